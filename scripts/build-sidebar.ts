/**
 * The sidebar as one HTML file: HtmlService cannot serve separate JS files, and `<?!= include ?>`
 * templates cannot be rendered by local tests, so the browser bundle is inlined at build time.
 */
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A sidebar page: its script's entry and its HTML template. */
export interface SidebarPage {
  entry: string;
  template: string;
}

/** The commune add-on's data-entry sidebar and the roll-up's progress sidebar. */
export const SIDEBARS = {
  commune: { entry: 'src/client/sidebar.ts', template: 'src/client/sidebar.html' },
  rollup: { entry: 'src/client/rollup-sidebar.ts', template: 'src/client/rollup-sidebar.html' },
} as const satisfies Record<string, SidebarPage>;
const PLACEHOLDER = '<!-- SIDEBAR_SCRIPT -->';

/**
 * Makes code safe inside <script>…</script>: the HTML parser ends the element at the first
 * "</script" whatever the JS context, and "<!--" can switch it into an escaped state. Both only
 * occur inside string or regex literals, where "\/" and "\!" mean the same characters.
 */
export function escapeScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** Bundles a sidebar, writes its template with the bundle inlined to `outFile`; returns its size in bytes. */
export async function buildSidebar(page: SidebarPage, outFile: string): Promise<number> {
  const bundle = await esbuild.build({
    entryPoints: [page.entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // The sidebar runs in the user's browser; es2019 matches the server bundle and suits older browsers on commune office PCs.
    target: 'es2019',
    legalComments: 'none',
    charset: 'utf8',
    minify: true,
    write: false,
  });
  const template = readFileSync(page.template, 'utf8');
  if (!template.includes(PLACEHOLDER)) throw new Error(`${page.template} has no ${PLACEHOLDER} placeholder`);
  const script = `<script>\n${escapeScript(bundle.outputFiles[0].text)}</script>`;
  // A function replacement: "$&" or "$'" in the bundle must not be read as patterns.
  const html = template.replace(PLACEHOLDER, () => script);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, html);
  return Buffer.byteLength(html);
}
