/**
 * Review finding: a date typed in an indicator row's text columns ("Kết quả thực hiện", "Phụ
 * trách") reached the sidebar as an ISO time, "2025-01-14T17:00:00.000Z" for a cell showing
 * 15/01/2025 (the day before, in UTC), and the sidebar showed that in the field. A cell travels as
 * the sheet shows it: a date as dd/mm/yyyy, on loading and when "Lưu" compares with the sheet,
 * so an edit of that cell is no false conflict.
 */
import { describe, expect, it } from 'vitest';
import { loadSidebarState, saveSidebarChanges } from '../../src/addon/sidebar';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { TT25 } from '../../src/core/ruleset/tt25';
import { assessmentRows } from '../../src/core/template/assessment-sheet';
import { ASSESSMENT_FIRST_ROW, SHEETS } from '../../src/core/template/layout';
import { FakeLock } from '../fakes/lock';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

const NOW = new Date(2026, 0, 15, 8, 30);
const rowOf = (code: string) => ASSESSMENT_FIRST_ROW + assessmentRows(TT25).findIndex((r) => 'item' in r && r.item.code === code);

function workbook() {
  const ss = new FakeSpreadsheet();
  setupWorkbook(ss, fakeFactories(ss.log), NOW);
  const sheet = ss.sheet(SHEETS.assessment);
  // Typed as a person types them: Sheets (and the fake) reads "15/01/2025" in a vi-VN sheet as a date.
  sheet.type(`G${rowOf('TC2.1')}`, '15/01/2025');
  sheet.type(`H${rowOf('TC2.1')}`, '01/02/2025');
  return { ss, sheet };
}

describe('a date in an indicator row’s text column', () => {
  it('loads as the sheet shows it', () => {
    const { ss, sheet } = workbook();
    expect(sheet.at(`G${rowOf('TC2.1')}`).value).toEqual(new Date(2025, 0, 15));
    const tc21 = loadSidebarState(ss, NOW).indicators.find((i) => i.code === 'TC2.1');
    expect(tc21?.fields).toEqual({ value: '', evidence: '', description: '15/01/2025', owner: '01/02/2025' });
  });

  it('is what "Lưu" compares with: an edit of it is written, not a conflict, and comes back as written', () => {
    const { ss, sheet } = workbook();
    const result = saveSidebarChanges(ss, new FakeLock(), () => {}, {
      overwrite: false,
      changes: [{ code: 'TC2.1', field: 'description', before: '15/01/2025', after: 'Họp ngày 15/01/2025' }],
    });
    expect([result.saved, result.conflicts, result.held]).toEqual([1, [], [{ code: 'TC2.1', field: 'description', value: 'Họp ngày 15/01/2025' }]]);
    expect(sheet.at(`G${rowOf('TC2.1')}`).value).toBe('Họp ngày 15/01/2025');
  });
});
