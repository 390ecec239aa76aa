/**
 * Sheets read by column place ("Danh mục minh chứng", "Bộ tiêu chí") with a column deleted or
 * inserted, then "Thiết lập / sửa mẫu" (issue 14: every value entered survives repair; bad
 * structure gets a clear message). Before, with column A of the evidence list deleted, repair
 * wrote the template's title, hint and headers back over A–F and left every item one column to the
 * left — the name under "Mã minh chứng", the link under "Cơ quan ban hành" — saying only "Dữ liệu
 * đã nhập được giữ nguyên"; a column inserted among the list's kept the headers where they stood
 * and the readers then took the inserted column for "Số, ngày ban hành". Now a deleted column comes
 * back empty where it was, named, every other value under its own header; an inserted one stops
 * repair, which names the sheet and the column and says what to do, and changes nothing.
 *
 * Expected: the sheet as before the deletion, cell for cell, but the deleted column's cells under
 * the header; messages typed by hand from the template's headers (README, "The commune workbook").
 */
import { describe, expect, it } from 'vitest';
import { readSnapshot } from '../../src/addon/workbook-reader';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { assessWorkbook } from '../../src/core/workbook/snapshot';
import { filledWorkbook, setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);
const HEADER = ['Mã minh chứng', 'Tên minh chứng', 'Số, ngày ban hành', 'Cơ quan ban hành', 'Liên kết', 'Chỉ tiêu liên quan'];
const ITEMS = [
  ['H1.01', 'Nghị quyết 12', '12/NQ-ĐU ngày 05/01/2025', 'Đảng uỷ xã', 'https://drive.google.com/file/d/a/view', 'TC1.1'],
  ['H1.02', 'Kế hoạch 30', '30/KH-UBND ngày 10/01/2025', 'UBND xã', 'https://drive.google.com/file/d/b/view', 'TC1.2'],
];
const HISTORY = 'có thể xem và chép lại từ Tệp → Nhật ký phiên bản → Xem nhật ký phiên bản, ở phiên bản trước khi cột bị xoá.';

function listed() {
  const { ss } = filledWorkbook();
  const list = ss.sheet(SHEETS.evidence);
  list.getRange(4, 1, ITEMS.length, 6).setValues(ITEMS);
  return { ss, list, before: list.values().map((row) => [...row]) };
}

describe('"Danh mục minh chứng": each column deleted in turn', () => {
  HEADER.forEach((header, c) => {
    const letter = String.fromCharCode(65 + c);
    it(`column ${letter} ("${header}"): re-created empty and named, every other value under its own header`, () => {
      const { ss, list, before } = listed();
      list.deleteColumn(c + 1);
      const message = setupMessage(setup(ss, LATER));
      expect(message).toContain(
        `Trang "Danh mục minh chứng": cột "${header}" bị thiếu (có thể đã bị xoá) nên đã được tạo lại, trống, ở cột ${letter}. Những gì đã nhập ở các ô ${letter}4:${letter}203 (nếu có) đã mất cùng cột cũ; ${HISTORY}`,
      );
      expect(list.values()).toEqual(before.map((row, r) => row.map((cell, k) => (k === c && r >= 3 ? '' : cell))));
      const read = assessWorkbook(readSnapshot(ss));
      expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(read.evidenceList.map((i) => [i.name, i.link])).toEqual(ITEMS.map((item) => [c === 1 ? '' : item[1], c === 4 ? '' : item[4]]));
      expect(setup(ss, LATER).messages).toEqual([]);
    });
  });
});

describe('"Danh mục minh chứng": a column inserted among the list\'s', () => {
  for (const at of [1, 3]) {
    const letter = String.fromCharCode(64 + at);
    it(`at ${letter}, with a note in it: repair refuses, names the column and what to do, changes nothing`, () => {
      const { ss, list } = listed();
      list.insertColumnBefore(at);
      list.type(`${letter}4`, 'Bản giấy lưu ở văn phòng');
      const state = ss.state();
      const result = setup(ss, LATER);
      expect(result.refused).toBe(true);
      expect(ss.state()).toEqual(state);
      expect(result.messages).toEqual([
        `Trang "Danh mục minh chứng": cột ${letter} nằm giữa các cột của mẫu (có thể đã được chèn thêm). Trang này được đọc theo vị trí cột, nên hãy chuyển nội dung cột ${letter} (nếu cần giữ) sang bên phải cột "Chỉ tiêu liên quan", xoá cột ${letter} rồi chạy lại.`,
        'Chưa thay đổi gì trong bảng tính.',
      ]);
    });
  }
});

describe('"Bộ tiêu chí": a column inserted among the table\'s', () => {
  it('repair refuses, names the column, changes nothing', () => {
    const { ss } = filledWorkbook();
    const table = ss.sheet(SHEETS.ruleset);
    table.insertColumnBefore(7);
    table.type('G1', 'Ghi chú của tỉnh');
    const state = ss.state();
    const result = setup(ss, LATER);
    expect(result.refused).toBe(true);
    expect(ss.state()).toEqual(state);
    expect(result.messages).toContain(
      'Trang "Bộ tiêu chí": cột G nằm giữa các cột của mẫu (có thể đã được chèn thêm). Trang này được đọc theo vị trí cột, nên hãy chuyển nội dung cột G (nếu cần giữ) sang bên phải cột "Trạng thái", xoá cột G rồi chạy lại.',
    );
  });
});

describe('"Bộ tiêu chí": column A ("Loại") deleted', () => {
  it('re-created empty and named, every other cell of the table back under its header, no "có lỗi" line about the shifted headers', () => {
    const { ss } = filledWorkbook();
    const table = ss.sheet(SHEETS.ruleset);
    const before = table.values().map((row) => [...row]);
    table.deleteColumn(1);
    const message = setupMessage(setup(ss, LATER));
    expect(message).toContain(
      `Trang "Bộ tiêu chí": cột "Loại" bị thiếu (có thể đã bị xoá) nên đã được tạo lại, trống, ở cột A. Những gì đã nhập ở các ô A2:A150 (nếu có) đã mất cùng cột cũ; ${HISTORY}`,
    );
    expect(message).not.toContain('tiêu đề cột không đúng chỗ');
    expect(table.values()).toEqual(before.map((row, r) => row.map((cell, k) => (k === 0 && r >= 1 ? '' : cell))));
  });
});
