/// <reference lib="dom" />
/**
 * Two screen changes the other sidebar tests did not reach.
 *
 * "Tải lại" after someone broke the "Bộ tiêu chí" table while the sidebar was open: the new
 * answer has no usable ruleset, so what was on screen ends with it. The edits the user confirmed
 * to drop are gone (the footer says so and "Lưu" is off: nothing may be written against a table
 * that no longer reads), and a later failed load shows its message as the page, as on a first
 * load, rather than beside a list of errors.
 *
 * A save that meets cells another member changed, made while the user is scrolled down to the
 * card they edited: the conflict panel opens at the top of the sidebar, so it is scrolled into
 * sight, or the user would not see the choice waiting (only "1 ô đã được người khác sửa…" in the
 * footer). Expected texts are typed from what the user reads.
 */
import { describe, expect, it } from 'vitest';
import type { SaveResult } from '../../src/core/sidebar/protocol';
import { done, openLoaded, sampleState, text } from './browser';
import { sharedBrowser } from './shared-browser';
import { SMALL_TABLE, smallState } from './small-state';

const browser = sharedBrowser();
const input = (code: string, field = 'value') => `.card[data-code="${code}"] [data-field="${field}"]`;
/** SMALL_TABLE with TC1.2's kind typed wrong ("Mức" for "Mức độ"): an error, so no ruleset. */
const BROKEN = SMALL_TABLE.map((row) => (row[1] === 'TC1.2' ? row.map((cell, c) => (c === 3 ? 'Mức' : cell)) : row));

describe('"Tải lại" into a "Bộ tiêu chí" table with an error', () => {
  it('drops the assessment and its edits: no change pending, "Lưu" off, the error listed', async () => {
    const s = await openLoaded(browser(), {
      getSidebarState: [{ ok: smallState() }, { ok: { ...smallState(), rulesetTable: BROKEN } }, { fail: 'Exception: Hết thời gian chờ.' }],
    });
    await s.page.fill(input('TC1.2', 'owner'), 'Trường Tiểu học');
    expect(await text(s, '#unsaved')).toBe('1 thay đổi chưa lưu');
    await s.page.click('#reload');
    await s.page.click('#confirm-reload');
    await s.page.locator('.problems-list').waitFor();
    expect(await text(s, '.problems-list')).toBe('Bộ tiêu chí dòng 5: chỉ tiêu TC1.2: cột Kiểu cần ghi "Đạt/Không đạt", "Mức độ" hoặc "Tỷ lệ".');
    expect(await text(s, '#unsaved')).toBe('Không có thay đổi chưa lưu');
    expect(await s.page.isDisabled('#save')).toBe(true);
    expect(await s.page.locator('.card').count()).toBe(0);

    // Nothing is on screen to keep: a failed load is the page, as on a first load.
    await s.page.click('#reload');
    await s.page.locator('#load-error').waitFor();
    expect(await text(s, '#load-error')).toBe('Không tải được dữ liệu: Hết thời gian chờ. Bấm "Tải lại" để thử lại.');
    expect(await text(s, '#status')).toBe('');
    await done(s);
  });
});

describe('"Tải lại" into a ruleset with fewer criteria', () => {
  // Someone switched the workbook from TT44 (15 criteria) to TT25 (5) while this member was on TC15: the criterion
  // kept across the reload is the last there is, never none (every criterion hidden, an empty sidebar).
  it('shows the last criterion of the new ruleset, and only it', async () => {
    const s = await openLoaded(browser(), { getSidebarState: [{ ok: sampleState('TT44') }, { ok: sampleState('TT25') }] });
    await s.page.click('.tab[data-criterion="TC15"]');
    await s.page.click('#reload');
    await s.page.locator('.tab[data-criterion="TC5"]').waitFor();
    expect(await s.page.locator('section.criterion:not([hidden])').evaluateAll((sections) => sections.map((e) => e.getAttribute('data-criterion')))).toEqual(['TC5']);
    expect(await s.page.getAttribute('.tab[data-criterion="TC5"]', 'aria-pressed')).toBe('true');
    await done(s);
  });
});

describe('a save into a conflict, scrolled down', () => {
  it('scrolls the conflict panel at the top of the sidebar into sight', async () => {
    const answer: SaveResult = {
      saved: 0,
      conflicts: [{ code: 'TC4.3', field: 'value', before: 'Mức độ 2', current: 'Mức độ 1', after: 'Mức độ 3' }],
      missing: [],
      held: [],
      evidenceConflicts: [],
      evidence: [],
    };
    const s = await openLoaded(browser(), { getSidebarState: { ok: sampleState() }, saveSidebarChanges: { ok: answer } });
    await s.page.click('.tab[data-criterion="TC4"]');
    await s.page.selectOption(input('TC4.3'), 'Mức độ 3');
    await s.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await s.page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await s.page.click('#save');
    await s.page.locator('#conflicts li').waitFor();
    const panel = await s.page.evaluate(() => {
      const box = (document.getElementById('conflicts') as HTMLElement).getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, height: window.innerHeight };
    });
    expect(panel.top).toBeGreaterThanOrEqual(0);
    expect(panel.top).toBeLessThan(panel.height);
    await done(s);
  });
});
