/**
 * A switch of ruleset after ordinary edits to the rows above the tables (newcomer hunt, session
 * 18). A plain repair handles both: it re-creates a deleted title row and names it, and it archives
 * and names a note typed over the template's text on "Kết quả". A switch does neither. Expected
 * messages and cells typed by hand; the repair's lines were read off the same workbook repaired
 * without the switch.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

const NOTE = 'Đã đối chiếu với biên bản họp ngày 3/11';

/**
 * "Kết quả", column C is "Căn cứ, ghi chú": the commune wrote its note over C4's legal basis. A
 * repair copies it to "Lưu trữ ô của mẫu …" and names C4; a switch rewrites the sheet for the new
 * ruleset's rows and the note is on no sheet, named nowhere.
 */
describe('TT25 → TT44 with a note typed over the legal basis in C4 of "Kết quả"', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const results = ss.sheet(SHEETS.results);
  expect(results.at('C4').value).toBe('Thông tư 25/2023/TT-BGDĐT, Điều 8');
  results.type('C4', NOTE);
  ss.sheet(SHEETS.info).type('B7', 'TT44');
  const message = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
  const everywhere = ss.getSheets().flatMap((sheet) => ss.sheet(sheet.getName()).values().flat());

  // "Kết quả" was rewritten on a switch without reading what was typed over its labels (the former layout's).
  it('keeps the note on a sheet and names C4', () => {
    expect(everywhere).toContain(NOTE);
    // The row may be named as it was or as it is now ("Mức độ đạt được", "Xếp loại"): the cell and the note must be said.
    expect(message).toContain('ô C4 (');
    expect(message).toContain(NOTE);
  });
});

/**
 * "Đánh giá", its title row (row 1) deleted: the title formula is now A1, the hint A2, the headers
 * row 3. A repair re-creates row 1 with the title and names it. A switch puts the title's label on
 * row 1 as it was read, finds the template's own formula there and names it as text the commune
 * typed (archived as "nội dung nhập tay"), and the title is not re-created.
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
    expect(
      sheet
        .values()
        .slice(0, 4)
        .map((row) => row[0]),
    ).toContain('ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU');
    // As a repair says it (the line of a title row re-created with the template's text).
    expect(message).toContain('Trang "Đánh giá": dòng "ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU" bị thiếu (có thể đã bị xoá) nên đã được tạo lại ở dòng 1, với nội dung của mẫu.');
    expect([sheet.at('A1').value, sheet.at('A2').formula.startsWith("='Thông tin'!$B$4")]).toEqual(['ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU', true]);
  });
});
