/**
 * The communes' guide (docs/huong-dan-xa.md) and the README against the code: the guide shows the
 * CĐHT menu exactly as onOpen builds it, the authorisation steps, and the add-on's name; the
 * "Hướng dẫn" sheet points to the guide; every local link and picture of both files exists in the
 * repository (never in the git-ignored out/), and so does every project path either names in a code span.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MENU_ITEMS } from '../../src/addon/menu';
import { ADDON_NAME } from '../../src/core/addon-name';
import { GUIDE_URL, guideSheet } from '../../src/core/template/guide-sheet';
import { SHEETS } from '../../src/core/template/layout';

const GUIDE = 'docs/huong-dan-xa.md';
const guide = readFileSync(GUIDE, 'utf8');
const labels = MENU_ITEMS.flatMap((item) => (item ? [item[0]] : []));

describe('the guide for communes', () => {
  it('lists the CĐHT menu as it appears, item by item and in order', () => {
    const listed = [...guide.matchAll(/^- (.+)$/gm)].map((m) => m[1]).filter((line) => labels.includes(line));
    expect(listed).toEqual(labels);
  });

  it('names every sheet set-up creates, as the sheet tab spells it', () => {
    const unnamed = Object.values(SHEETS).filter((name) => !guide.replace(/\s+/g, ' ').includes(name));
    expect(unnamed).toEqual([]);
  });

  it('names menu items only as the menu spells them', () => {
    const named = [...guide.matchAll(/CĐHT → ([^*\n]+?)\*\*/g)].map((m) => m[1].trim());
    expect(named.length).toBeGreaterThan(5);
    for (const name of named) expect(labels, name).toContain(name);
  });

  it('walks through the unverified-app screen with the add-on name users will see', () => {
    const steps = ['Google chưa xác minh ứng dụng này', '**Nâng cao**', `**Đi tới ${ADDON_NAME} (không an toàn)**`, '**Cho phép**'];
    const at = steps.map((s) => guide.indexOf(s));
    expect(
      at.every((i) => i >= 0),
      steps.filter((_, i) => at[i] < 0).join(', '),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(guide).toContain('**Ngôn ngữ và vùng** (*Locale*): **Việt Nam**');
  });

  it('is where the "Hướng dẫn" sheet sends communes', () => {
    const first = guideSheet().cells[1][0];
    if (GUIDE_URL) expect(first).toMatchObject({ kind: 'formula', formula: expect.stringContaining(GUIDE_URL) });
    else expect(first).toMatchObject({ kind: 'label', value: expect.stringContaining(GUIDE) });
  });
});

describe('local links of the README and the guide', () => {
  const tracked = new Set(execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n'));
  for (const file of ['README.md', GUIDE]) {
    it(`${file}: every picture and file link is committed`, () => {
      const text = readFileSync(file, 'utf8');
      const targets = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((t) => !/^[a-z]+:/.test(t));
      for (const target of targets) {
        const path = normalize(join(dirname(file), target));
        expect(path, `${file} → ${target}`).not.toMatch(/^out\//);
        expect(existsSync(path) && (tracked.has(path) || [...tracked].some((t) => t.startsWith(`${path}/`))), `${file} → ${target}`).toBe(true);
      }
    });
  }

  it(`README.md, ${GUIDE}: every path to the project's own files named in code spans is committed`, () => {
    const named = ['README.md', GUIDE].flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/`((?:src|test|scripts|docs)\/[\w./-]*\w)`/g)].map((m) => m[1]));
    expect(named.length).toBeGreaterThan(20);
    const missing = named.filter((path) => !tracked.has(path) && ![...tracked].some((t) => t.startsWith(`${path}/`)));
    expect(missing).toEqual([]);
  });

  it('the README links the guide and shows the committed pictures', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`](${GUIDE})`);
    expect(readme).toContain('](docs/img/sidebar.png)');
  });
});
