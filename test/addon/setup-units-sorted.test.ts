/**
 * "Số liệu theo đơn vị" sorted by unit name over its rows down to the table's end row, then
 * "Thiết lập / sửa mẫu" (review 14b, R8). The end row ("Thêm đơn vị: chèn dòng phía trên dòng
 * này.") sorts above the units ("Thêm" before "Thôn"); the sums, fixed rows 8–49, still count them.
 * Repair took the end row for a row left after people deleted the table's empty rows and
 * re-created those rows above it: every unit went under the end row, out of every sum, and the
 * message said the data was kept. Now repair names the end row and the units under it and changes
 * nothing, so the commune can undo the sort or drag the end row down.
 *
 * Expected: rows and the message typed by hand from the template (README, "The commune workbook":
 * the unit table is rows 9–48 under its header on row 8, the end row 49).
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/template/layout';
import { filledWorkbook, setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);
const UNITS = [
  ['Thôn Đông', 100, 200, 50, 150, 10, 150],
  ['Thôn Bắc', 101, 201, 51, 151, 11, 151],
  ['Thôn An', 102, 202, 52, 152, 12, 152],
];

describe('"Số liệu theo đơn vị" sorted by unit name with its end row', () => {
  const { ss } = filledWorkbook();
  const sheet = ss.sheet(SHEETS.units);
  sheet.getRange(10, 1, 3, 7).setValues(UNITS);
  sheet.getRange(9, 1, 41, 8).sort({ column: 1, ascending: true });

  it('the sort put the end row above the units, all inside the sums’ rows 8–49', () => {
    expect(
      sheet
        .values()
        .slice(8, 12)
        .map((row) => row[0]),
    ).toEqual(['Thêm đơn vị: chèn dòng phía trên dòng này.', 'Thôn An', 'Thôn Bắc', 'Thôn Đông']);
    expect(sheet.at('C4').formula).toBe('=SUM(B8:B49)');
  });

  it('repair names the end row and the units under it, and changes nothing', () => {
    const state = ss.state();
    const result = setup(ss, LATER);
    expect(result.refused).toBe(true);
    expect(result.messages).toEqual([
      'Trang "Số liệu theo đơn vị": dòng cuối của bảng ("Thêm đơn vị: chèn dòng phía trên dòng này.") đang ở dòng 9, trên các đơn vị ở dòng 10, 11, 12 (có thể do sắp xếp). Sửa mẫu lúc này sẽ đưa các đơn vị đó xuống dưới bảng, ra ngoài các tổng. Hãy hoàn tác việc sắp xếp, hoặc kéo dòng 9 xuống dưới đơn vị cuối cùng (dòng 12), rồi chạy lại.',
      'Chưa thay đổi gì trong bảng tính.',
    ]);
    expect(ss.state()).toEqual(state);
  });

  it('with the end row dragged back under the units, repair keeps every unit inside the sums', () => {
    const rows = sheet.getRange(9, 1, 4, 8);
    const [end, ...units] = rows.getValues().map((row, r) => row.map((cell, c) => rows.getFormulas()[r][c] || cell));
    rows.setValues([...units, end]);
    const result = setup(ss, LATER);
    expect(result.refused).toBe(false);
    const names = sheet.values().map((row) => row[0]);
    const [first, last, endRow] = [names.indexOf('Thôn An') + 1, names.indexOf('Thôn Đông') + 1, names.indexOf('Thêm đơn vị: chèn dòng phía trên dòng này.') + 1];
    const sum = /^=SUM\(B8:B(\d+)\)$/.exec(sheet.at('C4').formula);
    expect(sum).not.toBeNull();
    expect([first >= 9, last < endRow, Number(sum![1]) >= last]).toEqual([true, true, true]);
  });
});

describe('"Số liệu theo đơn vị" with its empty rows deleted and a note typed under the end row', () => {
  it('repair re-creates the rows and keeps the note: a note loses nothing by moving down', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.units);
    sheet.getRange(9, 1, 2, 7).setValues(UNITS.slice(0, 2));
    sheet.deleteRows(11, 30);
    sheet.type('A21', 'Nguồn: báo cáo của các thôn');
    const result = setup(ss, LATER);
    expect(result.refused).toBe(false);
    const names = sheet.values().map((row) => row[0]);
    expect([names.indexOf('Thêm đơn vị: chèn dòng phía trên dòng này.') + 1, names.indexOf('Nguồn: báo cáo của các thôn') + 1]).toEqual([49, 51]);
  });
});

describe('"Số liệu theo đơn vị" sorted with units that have one count each, or a name alone', () => {
  it('names exactly the rows with a count, the first count column (B) and the last (G) alike; a name alone is no count', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.units);
    sheet.getRange(10, 1, 3, 7).setValues([
      ['Thôn Đông', 100, '', '', '', '', ''],
      ['Thôn Bắc', '', '', '', '', '', 151],
      ['Thôn An', '', '', '', '', '', ''],
    ]);
    sheet.getRange(9, 1, 41, 8).sort({ column: 1, ascending: true });
    const result = setup(ss, LATER);
    expect(result.messages).toEqual([
      'Trang "Số liệu theo đơn vị": dòng cuối của bảng ("Thêm đơn vị: chèn dòng phía trên dòng này.") đang ở dòng 9, trên các đơn vị ở dòng 11, 12 (có thể do sắp xếp). Sửa mẫu lúc này sẽ đưa các đơn vị đó xuống dưới bảng, ra ngoài các tổng. Hãy hoàn tác việc sắp xếp, hoặc kéo dòng 9 xuống dưới đơn vị cuối cùng (dòng 12), rồi chạy lại.',
      'Chưa thay đổi gì trong bảng tính.',
    ]);
  });
});

/**
 * Units typed under the end row while it stands in its place, no row of the table missing (review
 * 14 F9): repair re-creates nothing above the end row, so nothing moves; it goes ahead and the
 * units stay where they were typed (the sheet's own check names them), never a refusal.
 */
describe('"Số liệu theo đơn vị" with a unit typed under its end row, the table whole', () => {
  it('repair goes ahead and leaves the unit on row 50 with its counts', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.units);
    expect(sheet.at('A49').value).toBe('Thêm đơn vị: chèn dòng phía trên dòng này.');
    sheet.getRange(50, 1, 1, 7).setValues([UNITS[0]]);
    const result = setup(ss, LATER);
    expect([result.refused, result.messages]).toEqual([false, []]);
    expect(sheet.getRange(50, 1, 1, 7).getValues()).toEqual([UNITS[0]]);
  });
});
