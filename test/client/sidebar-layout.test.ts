/// <reference lib="dom" />
/**
 * Where things sit in the 300 × 900 px sidebar, measured in real Chromium: the criteria's tabs in
 * rows of at most six equal columns (TT25's five on one row, TT44's fifteen on three) within the
 * sidebar's width, each code whole; and "Lưu" in view from the first screen, however long the
 * criterion shown, since the footer stays at the bottom of the window while the page scrolls.
 */
import { describe, expect, it } from 'vitest';
import { done, openLoaded, sampleState, type Sidebar } from './browser';
import { sharedBrowser } from './shared-browser';

const browser = sharedBrowser();

/** The tabs' codes row by row, as laid out; those whose code does not fit its tab; those reaching past the row's right edge. */
function tabRows(s: Sidebar): Promise<{ rows: string[][]; clipped: string[]; outside: string[] }> {
  return s.page.evaluate(() => {
    const tabs = Array.from(document.querySelectorAll<HTMLElement>('.tabs .tab'));
    const edge = (document.querySelector('.tabs') as HTMLElement).getBoundingClientRect().right;
    const rows = new Map<number, string[]>();
    for (const tab of tabs) {
      const top = Math.round(tab.getBoundingClientRect().top);
      rows.set(top, [...(rows.get(top) ?? []), tab.textContent ?? '']);
    }
    return {
      rows: [...rows.entries()].sort(([a], [b]) => a - b).map(([, codes]) => codes),
      clipped: tabs.filter((tab) => tab.scrollWidth > tab.clientWidth).map((tab) => tab.textContent ?? ''),
      outside: tabs.filter((tab) => tab.getBoundingClientRect().right > edge + 0.5).map((tab) => tab.textContent ?? ''),
    };
  });
}

describe('the criteria’s tabs', () => {
  it('TT25: the five criteria on one row', async () => {
    const s = await openLoaded(browser(), { getSidebarState: { ok: sampleState('TT25') } });
    expect(await tabRows(s)).toEqual({ rows: [['TC1', 'TC2', 'TC3', 'TC4', 'TC5']], clipped: [], outside: [] });
    await done(s);
  });

  it('TT44: the fifteen criteria on three rows of six, six and three within the sidebar’s width, no code cut off', async () => {
    const s = await openLoaded(browser(), { getSidebarState: { ok: sampleState('TT44') } });
    expect(await tabRows(s)).toEqual({
      rows: [
        ['TC1', 'TC2', 'TC3', 'TC4', 'TC5', 'TC6'],
        ['TC7', 'TC8', 'TC9', 'TC10', 'TC11', 'TC12'],
        ['TC13', 'TC14', 'TC15'],
      ],
      clipped: [],
      outside: [],
    });
    await done(s);
  });
});

describe('the footer', () => {
  it('"Lưu" and "Tải lại" are in the window on the first screen and after scrolling to the middle, though the page is taller than the window', async () => {
    const s = await openLoaded(browser(), { getSidebarState: { ok: sampleState() } });
    const inView = () =>
      s.page.evaluate(() =>
        ['save', 'reload'].map((id) => {
          const box = (document.getElementById(id) as HTMLElement).getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      );
    expect(await s.page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(true);
    expect(await inView()).toEqual([true, true]);
    await s.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    expect(await inView()).toEqual([true, true]);
    await done(s);
  });
});
