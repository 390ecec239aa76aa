/**
 * The sidebar's evidence list (and the dossier's check) when "Danh mục minh chứng" has a column deleted before the others
 * (column A, "Mã minh chứng") and set-up was not run since. The sidebar reads and writes the list by
 * column place: before, it showed each item's name as its code and its link as its issuer, and
 * "Lưu" wrote a new item's code under "Tên minh chứng" — the name under "Số, ngày ban hành" and so
 * on. Now loading says the list's headers are out of place (which columns, what to do), and a save
 * with evidence changes is refused before anything is written; indicator changes alone still save.
 * "Kiểm tra hồ sơ" names the same fault among what stops the dossier, rather than print the annex misread.
 *
 * Expected: the message as typed by hand in test/core/workbook/column-headers.test.ts; cells as
 * they were before the save.
 */
import { describe, expect, it } from 'vitest';
import { checkDossier } from '../../src/addon/dossier';
import { loadSidebarState, saveSidebarChanges } from '../../src/addon/sidebar';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { SHEETS } from '../../src/core/template/layout';
import { FakeLock } from '../fakes/lock';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

const NOW = new Date(2026, 10, 21, 9, 30);
const OUT_OF_PLACE = /Trang "Danh mục minh chứng", dòng 3: tiêu đề cột không đúng chỗ \(cột A là "Tên minh chứng", cần "Mã minh chứng"; .*"Thiết lập \/ sửa mẫu"/;

function shifted() {
  const ss = new FakeSpreadsheet();
  setupWorkbook(ss, fakeFactories(ss.log), NOW);
  const list = ss.sheet(SHEETS.evidence);
  list.getRange(4, 1, 1, 6).setValues([['H1.01', 'Nghị quyết 12', '12/NQ-ĐU', 'Đảng uỷ xã', 'https://drive.google.com/file/d/a/view', 'TC1.1']]);
  list.deleteColumn(1);
  return { ss, list };
}

describe('the sidebar and a list whose headers are out of place', () => {
  it('loading says so rather than showing the name as the code', () => {
    const { ss } = shifted();
    expect(() => loadSidebarState(ss, NOW)).toThrow(OUT_OF_PLACE);
  });

  it('"Lưu" with an evidence item is refused before any cell is written; indicator changes alone still save', () => {
    const { ss, list } = shifted();
    const before = list.values().map((row) => [...row]);
    const item = { code: 'H1.02', name: 'Kế hoạch', reference: '', issuer: '', link: '', indicators: 'TC1.2' };
    const change = { code: 'TC1.1', field: 'owner' as const, before: '', after: 'Hội Khuyến học xã' };
    const request = { overwrite: false, changes: [change], evidence: [{ row: null, before: null, after: item }] };
    expect(() => saveSidebarChanges(ss, new FakeLock(), () => {}, request)).toThrow(OUT_OF_PLACE);
    expect(list.values()).toEqual(before);
    expect(ss.sheet(SHEETS.assessment).at('H6').value).toBe('');
    expect(saveSidebarChanges(ss, new FakeLock(), () => {}, { ...request, evidence: [] }).saved).toBe(1);
  });
});

describe('the dossier and a list whose headers are out of place', () => {
  it('"Kiểm tra hồ sơ" names it among what stops the dossier', () => {
    const { ss } = shifted();
    expect(checkDossier(ss, NOW).map((line) => line.text)).toContainEqual(expect.stringMatching(OUT_OF_PLACE));
  });
});
