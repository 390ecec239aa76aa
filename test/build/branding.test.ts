/**
 * Google's add-on style guide, "Add-on name" (developers.google.com/workspace/add-ons/guides/workspace-style):
 * 15 characters or fewer is best, title case, no "Google", "Gmail" or other Google product names,
 * no "add-on", no version. Checked on the name and on what the built projects show.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADDON_NAME } from '../../src/core/addon-name';

const GOOGLE_NAMES = /google|gmail|sheets?|docs|drive|workspace|trang tính|add-?on|tiện ích|v\d/i;

describe('the add-on name', () => {
  it('follows the style guide', () => {
    expect(ADDON_NAME.length).toBeLessThanOrEqual(15);
    expect(ADDON_NAME).not.toMatch(GOOGLE_NAMES);
  });

  it('is the only name the built projects show (the working name "CĐHT Sheets" never reaches users)', () => {
    const html = readFileSync('dist/Sidebar.html', 'utf8');
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).toBe(ADDON_NAME);
    // Comment lines (the build's header) are for developers in the script editor, not shown to users.
    const shown = (file: string) => readFileSync(file, 'utf8').replace(/^\/\/.*$/gm, '');
    for (const file of ['dist/Code.js', 'dist/Sidebar.html', 'dist-rollup/Code.js', 'dist-rollup/Sidebar.html']) expect(shown(file), file).not.toMatch(/CĐHT Sheets/);
  });
});
