/**
 * A switch of ruleset after ordinary edits to the rows above the tables (newcomer hunt, session
 * 18). A plain repair handles both: it re-creates a deleted title row and names it, and it archives
 * and names a note typed over the template's text on "Kết quả". A switch did neither. Expected
 * messages and cells typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setUpUnder, setup } from './scenarios';

const NOTE = 'Đã đối chiếu với biên bản họp ngày 3/11';

/**
 * "Kết quả", column C is "Căn cứ, ghi chú": the commune wrote its note over C4's legal basis. A
 * repair copies it to "Lưu trữ ô của mẫu …" and names C4. A switch rewrites the sheet in place for
 * the new ruleset and moved only notes in cells the old layout left empty: this one was on no
 * sheet, named nowhere. Now it moves right of both layouts on its row (G4: "Kết quả" is six
 * columns wide, its chart's), as those notes do, and is named; in both directions.
 */
describe.each([
  ['TT25', 'TT44', 'Thông tư 25/2023/TT-BGDĐT, Điều 8', 'Xếp loại'],
  ['TT44', 'TT25', 'Thông tư 44/2014/TT-BGDĐT, Điều 4', 'Mức độ đạt được'],
] as const)('%s → %s with a note typed over the legal basis in C4 of "Kết quả"', (from, to, basis, row4) => {
  const ss = setUpUnder(from);
  const results = ss.sheet(SHEETS.results);
  expect(String(results.at('C4').value).startsWith(basis)).toBe(true);
  results.type('C4', NOTE);
  ss.sheet(SHEETS.info).type('B7', to);
  const lines = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5))).split('\n');

  // Row 4 is named as the user finds it after the switch: its number and the new layout's label
  // there (A4), the one the note now stands beside; not by what A4 held before the switch.
  it('moves the note to G4, on its row, and names both cells and the row as it now reads', () => {
    expect(results.at('G4').value).toBe(NOTE);
    expect(results.at('C4').value).not.toBe(NOTE);
    expect(results.at('A4').value).toBe(row4);
    expect(lines).toContain(
      `Trang "Kết quả" được viết lại theo bộ tiêu chí ${to}, nên nội dung nhập tay ở ô C4 ("${NOTE}") đã được chuyển sang ô G4 (dòng 4, "${row4}"), cùng dòng, bên phải phần của mẫu.`,
    );
  });
});

/**
 * "Đánh giá", its title row (row 1) deleted: the title formula is now A1, the hint A2, the headers
 * row 3. A repair re-creates row 1 with the title and names it. A switch puts the title's label on
 * row 1 as it was read, found the template's own formula there and named it as text the commune
 * typed (archived as "nội dung nhập tay"), and did not re-create the title; now it does as a repair does.
 */
describe('TT25 → TT44 after the title row of "Đánh giá" was deleted', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const sheet = ss.sheet(SHEETS.assessment);
  sheet.deleteRow(1);
  expect(sheet.at('A1').formula.startsWith("='Thông tin'!$B$4")).toBe(true);
  ss.sheet(SHEETS.info).type('B7', 'TT44');
  const message = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));

  // The rows above the indicators were placed as read on a switch; a missing one was not re-created.
  it('names no cell as typed over (nobody typed) and puts the title back', () => {
    expect(message).not.toContain('ô A1 (');
    // As a repair says it (the line of a title row re-created with the template's text).
    expect(message).toContain('Trang "Đánh giá": dòng "ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU" bị thiếu (có thể đã bị xoá) nên đã được tạo lại ở dòng 1, với nội dung của mẫu.');
    expect([sheet.at('A1').value, sheet.at('A2').formula.startsWith("='Thông tin'!$B$4")]).toEqual(['ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU', true]);
  });
});
