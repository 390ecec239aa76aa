/// <reference lib="dom" />
/**
 * The sidebar while "getSidebarState" has not answered yet (a large workbook, a slow network):
 * it says it is loading, in the page and in the status line read aloud, and offers nothing to
 * press. Blind sample 10's P7 (the words shortened to "Đang tải…") went unseen.
 */
import { describe, expect, it } from 'vitest';
import { done, openSidebar, text } from './browser';
import { sharedBrowser } from './shared-browser';
import { smallState } from './small-state';

const browser = sharedBrowser();

describe('the sidebar before the workbook has answered', () => {
  it('says "Đang tải dữ liệu…" in the page and in the status line, and shows no card yet', async () => {
    const s = await openSidebar(browser(), 'dist/Sidebar.html', { getSidebarState: { ok: smallState(), delay: 60_000 } });
    await s.page.locator('#main').waitFor();
    expect([await text(s, '#main'), await text(s, '#status'), await s.page.locator('.card').count()]).toEqual(['Đang tải dữ liệu…', 'Đang tải dữ liệu…', 0]);
    await done(s);
  });
});
