/**
 * A column moved on a sheet read by column place ("Danh mục minh chứng", "Bộ tiêu chí"): found
 * under its header elsewhere, it used to stop repair until the commune moved it back by hand. Now
 * repair moves it back itself (Sheet.moveColumns: the whole column, its content with it), names
 * what it did, and runs on the sheet as it then stands: the ruleset table is read once its columns
 * are in place, so a province's edit in it is kept. A column of theirs inserted among the template's
 * still stops repair (moving it would be a guess), as before.
 *
 * Expected: cells typed by hand; the template's header order from the README ("The commune workbook").
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { filledWorkbook, REPAIRED_TT25, rowWith, setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);
const EVIDENCE_ORDER = '("Mã minh chứng", "Tên minh chứng", "Số, ngày ban hành", "Cơ quan ban hành", "Liên kết", "Chỉ tiêu liên quan")';

describe('"Danh mục minh chứng": "Liên kết" dragged before "Tên minh chứng"', () => {
  const rows = [
    ['H1.01', 'Nghị quyết 12', '12/NQ-ĐU ngày 05/01/2025', 'Đảng uỷ xã', 'https://drive.google.com/file/d/a/view', 'TC1.1'],
    ['H1.02', 'Kế hoạch 30', '30/KH-UBND ngày 10/01/2025', 'UBND xã', 'https://drive.google.com/file/d/b/view', 'TC1.2'],
  ];

  it('repair moves it back with its links and says so', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.evidence);
    sheet.getRange(4, 1, 2, 6).setValues(rows);
    // Dragging column E's header to stand before B, as a person does.
    sheet.moveColumns(sheet.getRange('E1'), 2);
    expect(sheet.getRange(3, 1, 1, 3).getValues()[0]).toEqual(['Mã minh chứng', 'Liên kết', 'Tên minh chứng']);
    const message = setupMessage(setup(ss, LATER));
    expect(message).toBe(
      [
        REPAIRED_TT25,
        `Trang "Danh mục minh chứng": cột "Liên kết" từ cột B về cột E: các cột không theo thứ tự của mẫu ${EVIDENCE_ORDER} nên đã được chuyển về đúng chỗ, mỗi cột cùng nội dung của nó, vì trang này được đọc theo vị trí cột.`,
      ].join('\n'),
    );
    expect(sheet.getRange(4, 1, 2, 6).getValues()).toEqual(rows);
    expect(sheet.getRange(3, 5, 1, 1).getValues()).toEqual([['Liên kết']]);
  });

  it('with a column of theirs inserted among the list’s too: refused and named as before, nothing moved', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.evidence);
    sheet.getRange(4, 1, 2, 6).setValues(rows);
    sheet.moveColumns(sheet.getRange('E1'), 2);
    sheet.insertColumnBefore(4);
    sheet.type('D3', 'Ghi chú của xã');
    const state = ss.state();
    const result = setup(ss, LATER);
    expect(result.refused).toBe(true);
    expect(ss.state()).toEqual(state);
    expect(result.messages[0]).toBe(
      `Trang "Danh mục minh chứng": cột "Liên kết" (đang ở cột B) không theo thứ tự của mẫu ${EVIDENCE_ORDER}. Trang này được đọc theo vị trí cột, nên hãy kéo cột về đúng chỗ (nội dung đi cùng cột) rồi chạy lại.`,
    );
  });
});

describe('"Bộ tiêu chí": "Mức độ 1 / Điểm từ" dragged before "Nội dung", with a province’s note in "Căn cứ pháp lý"', () => {
  it('repair moves it back, then reads the table as the province left it: the note is kept', () => {
    const { ss } = filledWorkbook();
    const table = ss.sheet(SHEETS.ruleset);
    const row = rowWith(table, 2, 'TC1.1');
    table.type(`K${row}`, 'Công văn 123/SGDĐT của tỉnh');
    const before = table.values().map((cells) => [...cells]);
    table.moveColumns(table.getRange('E1'), 3);
    const result = setup(ss, LATER);
    expect(result.refused).toBe(false);
    expect(result.messages[0]).toBe(
      'Trang "Bộ tiêu chí": cột "Mức độ 1 / Điểm từ" từ cột C về cột E: các cột không theo thứ tự của mẫu ("Loại", "Mã", "Nội dung", "Kiểu", "Mức độ 1 / Điểm từ", "Mức độ 2", "Mức độ 1 (vùng khó khăn)", "Mức độ 2 (vùng khó khăn)", "Tối đa", "Thuộc chỉ tiêu", "Căn cứ pháp lý", "Trạng thái") nên đã được chuyển về đúng chỗ, mỗi cột cùng nội dung của nó, vì trang này được đọc theo vị trí cột.',
    );
    expect(table.values()).toEqual(before);
  });
});
