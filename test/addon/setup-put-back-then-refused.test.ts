/**
 * Repair's first run puts back a column people dragged on a sheet read by column place, then runs
 * again on the sheet as it then stands; when only that second run finds what stops repair, the
 * message must say both: which column was put back (that move is made), what stops repair, and
 * that nothing ELSE changed. "Chưa thay đổi gì trong bảng tính." would be untrue: the column moved.
 * The case: the province renamed TC1.2 to "TC1.2a" with new wording in "Bộ tiêu chí", and someone
 * dragged that table's "Mức độ 1 / Điểm từ" before "Nội dung". The table can be read only once
 * its columns are back, and then "TC1.2" in "Đánh giá" A7 is no code of it.
 * Expected messages typed by hand (setup-code-slips and setup-list-columns-put-back name each part).
 */
import { describe, expect, it } from 'vitest';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

const TABLE_ORDER =
  '("Loại", "Mã", "Nội dung", "Kiểu", "Mức độ 1 / Điểm từ", "Mức độ 2", "Mức độ 1 (vùng khó khăn)", "Mức độ 2 (vùng khó khăn)", "Tối đa", "Thuộc chỉ tiêu", "Căn cứ pháp lý", "Trạng thái")';

describe('a column put back, then repair stopped by a code the province renamed', () => {
  it('names the column put back and the code, says nothing else changed, and the column stands back in place', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const table = ss.sheet('Bộ tiêu chí');
    // TC1.2 is on row 5 of the TT25 table (row 2 the ruleset, 3 TC1, 4 TC1.1).
    table.type('B5', 'TC1.2a');
    table.type('C5', 'Nội dung mới của tỉnh');
    const before = table.values().map((row) => [...row]);
    table.moveColumns(table.getRange('E1'), 3);
    const result = setup(ss, new Date(2026, 10, 22, 8, 5));
    expect(result.refused).toBe(true);
    expect(result.messages).toEqual([
      `Trang "Bộ tiêu chí": cột "Mức độ 1 / Điểm từ" từ cột C về cột E: các cột không theo thứ tự của mẫu ${TABLE_ORDER} nên đã được chuyển về đúng chỗ, mỗi cột cùng nội dung của nó, vì trang này được đọc theo vị trí cột.`,
      'Trang "Đánh giá", ô A7: "TC1.2" không phải mã chỉ tiêu nào trong trang "Bộ tiêu chí" (TT25), nên chưa biết giá trị ở dòng 7 thuộc chỉ tiêu nào. ' +
        'Nếu mã gõ nhầm, hãy sửa lại cho đúng; nếu tỉnh đã đổi mã chỉ tiêu trong trang "Bộ tiêu chí", hãy ghi mã mới vào ô; nếu chỉ tiêu đã bị bỏ khỏi bảng, hãy ghi lại nó vào bảng hoặc xoá mã ở ô (giá trị trên dòng vẫn còn nhưng không được tính nữa). Sau đó chạy lại.',
      'Ngoài các cột đã chuyển về đúng chỗ nói trên, chưa thay đổi gì khác trong bảng tính.',
    ]);
    expect(table.values()).toEqual(before);
    expect(ss.sheet('Đánh giá').at('A7').value).toBe('TC1.2');
  });
});
