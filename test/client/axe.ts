/**
 * axe-core (the npm package, injected into the page) against WCAG 2.1 AA, for the sidebar tests.
 */
import { createRequire } from 'node:module';
import type { Sidebar } from './browser';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices (landmarks, headings). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface Violation {
  id: string;
  help: string;
  nodes: Array<{ target: string[]; failureSummary: string }>;
}

/** axe-core's violations on the page as it is now, one line per failing element. */
export async function violations(s: Sidebar): Promise<string[]> {
  if (!(await s.page.evaluate(() => 'axe' in window))) await s.page.addScriptTag({ path: AXE });
  const found = await s.page.evaluate(
    async (tags) =>
      (await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations as never,
    TAGS,
  );
  return (found as Violation[]).flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary}`));
}
