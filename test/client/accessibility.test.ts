/// <reference lib="dom" />
/**
 * The sidebar against WCAG 2.1 AA in real headless Chromium: axe-core (the npm package, injected
 * into the page) finds no violation in any state a committee member meets (loaded, an invalid
 * value with the problem list open, points with notes, a save conflict, a failed load), and every
 * action works from the keyboard alone, the problem list included.
 */
import { describe, expect, it } from 'vitest';
import { type Fakes, type Sidebar, openLoaded, sampleState as state } from './browser';
import { sharedBrowser } from './shared-browser';
import { violations } from './axe';

const browser = sharedBrowser();
const open = (fakes: Fakes): Promise<Sidebar> => openLoaded(browser(), fakes);

describe('sidebar accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('has no violation when loaded, with an invalid value and its problem list open', async () => {
    const s = await open({ getSidebarState: { ok: state() } });
    expect(await violations(s)).toEqual([]);
    await s.page.click('.tab[data-criterion="TC5"]');
    await s.page.fill('.card[data-code="TC5.1"] [data-field="value"]', '120');
    await s.page.click('#problems summary');
    expect(await violations(s)).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.page.close();
  });

  it('has no violation with points (TT44) and its notes, in a save conflict, or when loading fails', async () => {
    const tt44 = await open({ getSidebarState: { ok: state('TT44') } });
    expect(await violations(tt44)).toEqual([]);
    await tt44.page.close();

    const conflict = {
      code: 'TC4.3',
      field: 'value',
      before: 'Mức độ 2',
      after: 'Mức độ 3',
      current: 'Mức độ 1',
    };
    const s = await open({ getSidebarState: { ok: state() }, saveSidebarChanges: { ok: { saved: 0, conflicts: [conflict], missing: [], held: [], evidenceConflicts: [], evidence: [] } } });
    await s.page.click('.tab[data-criterion="TC4"]');
    await s.page.selectOption('.card[data-code="TC4.3"] [data-field="value"]', 'Mức độ 3');
    await s.page.click('#save');
    await s.page.locator('#conflicts li').waitFor();
    expect(await violations(s)).toEqual([]);
    await s.page.close();

    const failed = await open({ getSidebarState: { fail: 'Bảng tính chưa được thiết lập.' } });
    expect(await violations(failed)).toEqual([]);
    await failed.page.close();
  });
});

describe('sidebar by keyboard alone', () => {
  it('reaches a problem with Tab and Enter on it opens the indicator, focused', async () => {
    const s = await open({ getSidebarState: { ok: state() } });
    await s.page.click('.tab[data-criterion="TC5"]');
    await s.page.fill('.card[data-code="TC5.1"] [data-field="value"]', '120');
    await s.page.click('.tab[data-criterion="TC1"]');
    // From the top of the page, Tab until the problem list's entry for TC5.1 has the focus.
    await s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let reached = false;
    for (let i = 0; i < 120 && !reached; i++) {
      await s.page.keyboard.press('Tab');
      reached = await s.page.evaluate(() => document.activeElement?.closest('#problems [data-code="TC5.1"]') !== null);
      if (!reached && (await s.page.evaluate(() => document.activeElement?.matches('#problems summary') && !(document.querySelector('#problems details') as HTMLDetailsElement | null)?.open))) {
        await s.page.keyboard.press('Enter');
      }
    }
    expect(reached).toBe(true);
    await s.page.keyboard.press('Enter');
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.closest('.card')?.getAttribute('data-code'))).toBe('TC5.1');
    expect(await s.page.getAttribute('.tab[data-criterion="TC5"]', 'aria-pressed')).toBe('true');
    expect(s.errors).toEqual([]);
    await s.page.close();
  });

  it('shows where the focus is: every focusable element has a visible focus style', async () => {
    const s = await open({ getSidebarState: { ok: state() } });
    const unstyled = await s.page.evaluate(() => {
      const missing: string[] = [];
      for (const node of Array.from(document.querySelectorAll<HTMLElement>('button, select, input, textarea, a[href], summary, [tabindex]'))) {
        if (node.offsetParent === null || node.matches(':disabled')) continue;
        const before = getComputedStyle(node);
        const plain = [before.outlineStyle, before.outlineWidth, before.boxShadow, before.borderColor].join('|');
        node.focus();
        const after = getComputedStyle(node);
        if ([after.outlineStyle, after.outlineWidth, after.boxShadow, after.borderColor].join('|') === plain) missing.push(node.outerHTML.slice(0, 80));
      }
      return missing;
    });
    expect(unstyled).toEqual([]);
    await s.page.close();
  });
});
