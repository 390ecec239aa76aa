/**
 * Notes typed in the results columns (I, J) of "Đánh giá" through a switch TT25 → TT44 → TT25
 * (issue 14's repair pass, finding 3). Before, such notes reached the archive but were named
 * nowhere, and on the switch back those of rows that came back from the archive stayed there
 * silently (a note on a row the committee inserted too, though no result spills there). Now each
 * note the rebuild does not write back is named with its cell and the archive that holds it, and
 * a note on an inserted row comes back with its row where the results do not spill.
 *
 * The notes in I6 and J7 sit inside the results' spill area: in Sheets they block the spill and
 * CDHT_RESULTS shows #REF! (README, "Google behaviours this add-on relies on"), which the fake is
 * told here. Expected: every message line and the cells typed by hand from the two layouts (TT25:
 * indicators with headings on rows 5–25; TT44: 15 indicators on rows 5–19).
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup, switchedLines } from './scenarios';

const ARCHIVE_TT25 = 'Lưu trữ TT25 22-11-2026 08.05';
const ARCHIVE_TT44 = 'Lưu trữ TT44 23-11-2026 08.05';

describe('TT25 → TT44 → TT25 with notes in the results columns', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const sheet = ss.sheet(SHEETS.assessment);
  expect([sheet.at('A6').value, sheet.at('A7').value, sheet.at('A25').value]).toEqual(['TC1.1', 'TC1.2', 'TC5.2b']);
  sheet.insertRowBefore(26);
  sheet.type('G26', 'Dòng riêng');
  sheet.type('J26', 'J dòng riêng');
  sheet.type('I6', 'Ghi chú I6');
  sheet.type('J7', 'Ghi chú J7 của xã');
  sheet.type('I28', 'Ghi chú I28');
  ss.evaluate = (formula) => (formula.startsWith('=CDHT_RESULTS(') ? '#REF!' : '');
  const info = ss.sheet(SHEETS.info);
  info.type('B7', 'TT44');
  const toTT44 = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
  const underTT44 = ['I6', 'J7', 'I21', 'G26', 'J26'].map((a1) => sheet.at(a1).value);
  const archived = ss.sheet(ARCHIVE_TT25).values();
  info.type('B7', 'TT25');
  const back = setupMessage(setup(ss, new Date(2026, 10, 23, 8, 5)));

  it('to TT44: the notes in I6 and J7 are named with the archive that holds them', () => {
    expect(toTT44).toBe(
      [
        ...switchedLines('TT25', 'TT44', ARCHIVE_TT25),
        'Trang "Đánh giá": nội dung nhập thêm ngoài các ô của mẫu đi theo dòng của nó: dòng 28 (dưới bảng) sang dòng 21.',
        `Trang "Đánh giá": dòng 26 (dưới "TC5.2b") thuộc chỉ tiêu không có trong bộ tiêu chí TT44 nên không còn trên trang; nội dung đã được chép sang trang "${ARCHIVE_TT25}" và sẽ trở lại cùng chỉ tiêu nếu chuyển lại bộ tiêu chí TT25.`,
        `Trang "Đánh giá": ô I6 ("Ghi chú I6"), ô J7 ("Ghi chú J7 của xã") ở cột kết quả tự tính không còn trên trang (kết quả tự tính ở đó, hoặc chỉ tiêu của dòng không còn); nội dung đã được chép sang trang "${ARCHIVE_TT25}".`,
        'Trang "Số liệu theo đơn vị" không dùng với bộ tiêu chí TT44 nên được để nguyên, số liệu trên trang không bị xoá.',
      ].join('\n'),
    );
    expect(underTT44).toEqual(['', '', 'Ghi chú I28', '', '']);
  });

  it('the archive holds each note on its row, under "Cột I" and "Cột J"', () => {
    expect(archived[1].slice(8, 10)).toEqual(['Cột I', 'Cột J']);
    // Sheet rows 6, 7, 26, 28 are archive rows 4, 5, 24, 26.
    expect([3, 4, 23, 25].map((r) => [archived[r][0], archived[r][6], archived[r][8], archived[r][9]])).toEqual([
      ['TC1.1', '', 'Ghi chú I6', ''],
      ['TC1.2', '', '', 'Ghi chú J7 của xã'],
      ['', 'Dòng riêng', '', 'J dòng riêng'],
      ['', '', 'Ghi chú I28', ''],
    ]);
  });

  it('back to TT25: the inserted row comes back with its note in J; the notes in I6 and J7 are named as still in the archive', () => {
    expect(back).toBe(
      [
        ...switchedLines('TT44', 'TT25', ARCHIVE_TT44),
        'Trang "Đánh giá": nội dung nhập thêm ngoài các ô của mẫu đi theo dòng của nó: dòng 21 (dưới bảng) sang dòng 28.',
        'Trang "Đánh giá": dòng 26 (dưới "TC5.2b") được lấy lại từ trang lưu trữ cùng với chỉ tiêu của chúng.',
        `Trang "Đánh giá": ô I6 ("Ghi chú I6"), ô J7 ("Ghi chú J7 của xã") lấy lại cùng chỉ tiêu không được ghi vào trang vì kết quả tự tính ở đó; nội dung vẫn ở trang "${ARCHIVE_TT25}".`,
      ].join('\n'),
    );
    expect(['I6', 'J7', 'G26', 'J26', 'I28', 'I21'].map((a1) => sheet.at(a1).value)).toEqual(['', '', 'Dòng riêng', 'J dòng riêng', 'Ghi chú I28', '']);
  });
});

describe('a switch reading the results as Sheets shows them', () => {
  it('the values CDHT_RESULTS spills (no formula of their own) are not taken for notes: not archived, not named', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const sheet = ss.sheet(SHEETS.assessment);
    // As getValues reads a spill: values, with getFormulas '' (the formula in I5 shows its first result).
    ss.evaluate = (formula) => (formula.startsWith('=CDHT_RESULTS(') ? Array.from({ length: 21 }, () => ['Thiếu dữ liệu', 'Thiếu dữ liệu']) : '');
    expect(['J5', 'I6', 'J25'].map((a1) => [sheet.getRange(a1).getValue(), sheet.getRange(a1).getFormulas()[0][0]])).toEqual(Array(3).fill(['Thiếu dữ liệu', '']));
    ss.sheet(SHEETS.info).type('B7', 'TT44');
    const result = setup(ss, new Date(2026, 10, 22, 8, 5));
    expect(result.messages).toEqual([
      'Đã chuyển sang bộ tiêu chí TT44; dữ liệu và Bộ tiêu chí cũ (TT25) được lưu ở trang lưu trữ.',
      `Dữ liệu cũ của trang "Đánh giá" được lưu ở trang "${ARCHIVE_TT25}".`,
      'Trang "Số liệu theo đơn vị" không dùng với bộ tiêu chí TT44 nên được để nguyên, số liệu trên trang không bị xoá.',
    ]);
    expect(ss.sheet(ARCHIVE_TT25).values()[1].slice(0, 10)).toEqual(['Mã', 'Nội dung', 'Yêu cầu Mức độ 1', 'Yêu cầu Mức độ 2', 'Giá trị', 'Minh chứng', 'Ghi chú', 'Phụ trách', '', '']);
  });

  /**
   * The formula's ranges past column Z (AA5:AA25): a commune that keeps its own working table of 26
   * columns left of the page. The results' height is read from the first range's two-letter
   * columns; read from one letter, nothing matched, the spill counted one row, and every value it
   * spills below passed for a note (hunter, session 17).
   */
  it('the same with the table moved right of column Z by columns inserted on its left', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const sheet = ss.sheet(SHEETS.assessment);
    sheet.insertColumnsBefore(1, 26);
    expect(sheet.at('AI5').formula).toBe("=CDHT_RESULTS(AA5:AA25;AE5:AE25;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)");
    ss.evaluate = (formula) => (formula.startsWith('=CDHT_RESULTS(') ? Array.from({ length: 21 }, () => ['Thiếu dữ liệu', 'Thiếu dữ liệu']) : '');
    expect(sheet.getRange('AJ25').getValue()).toBe('Thiếu dữ liệu');
    ss.sheet(SHEETS.info).type('B7', 'TT44');
    expect(setup(ss, new Date(2026, 10, 22, 8, 5)).messages).toEqual([
      'Đã chuyển sang bộ tiêu chí TT44; dữ liệu và Bộ tiêu chí cũ (TT25) được lưu ở trang lưu trữ.',
      `Dữ liệu cũ của trang "Đánh giá" được lưu ở trang "${ARCHIVE_TT25}".`,
      'Trang "Số liệu theo đơn vị" không dùng với bộ tiêu chí TT44 nên được để nguyên, số liệu trên trang không bị xoá.',
    ]);
  });
});

/**
 * A row the committee inserted under TC2.1 (row 11) with a note in J, inside the results' spill
 * area (the note blocks the spill: #REF!). To TT44 the row leaves for the archive with its
 * indicator; back to TT25 it comes back on row 11, where the new results spill again: its G comes
 * back, its J cannot (the results take it) and is named as still in the archive. Before, no test
 * had an inserted row inside the area the new results spill into (planting "a whole row is never
 * spilled over" in resultColumnNotes left every test passing).
 */
describe('a note in the results columns of a row that comes back inside the new results', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const sheet = ss.sheet(SHEETS.assessment);
  expect([sheet.at('A10').value, sheet.at('A25').value]).toEqual(['TC2.1', 'TC5.2b']);
  sheet.insertRowBefore(11);
  sheet.type('G11', 'Dòng riêng TC2.1');
  sheet.type('J11', 'J dòng riêng');
  ss.evaluate = (formula) => (formula.startsWith('=CDHT_RESULTS(') ? '#REF!' : '');
  const info = ss.sheet(SHEETS.info);
  info.type('B7', 'TT44');
  const toTT44 = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
  const archived = ss.sheet(ARCHIVE_TT25).values();
  info.type('B7', 'TT25');
  const back = setupMessage(setup(ss, new Date(2026, 10, 23, 8, 5)));

  it('to TT44: the row leaves for the archive with its note under "Cột J"', () => {
    expect(toTT44).toBe(
      [
        ...switchedLines('TT25', 'TT44', ARCHIVE_TT25),
        `Trang "Đánh giá": dòng 11 (dưới "TC2.1") thuộc chỉ tiêu không có trong bộ tiêu chí TT44 nên không còn trên trang; nội dung đã được chép sang trang "${ARCHIVE_TT25}" và sẽ trở lại cùng chỉ tiêu nếu chuyển lại bộ tiêu chí TT25.`,
        'Trang "Số liệu theo đơn vị" không dùng với bộ tiêu chí TT44 nên được để nguyên, số liệu trên trang không bị xoá.',
      ].join('\n'),
    );
    // Sheet row 11 is archive row 9; the archive heads J as "Cột J", its ninth column.
    expect([archived[1][8], archived[8][0], archived[8][6], archived[8][8]]).toEqual(['Cột J', '', 'Dòng riêng TC2.1', 'J dòng riêng']);
  });

  it('back to TT25: the row is on row 11 again with its G; its J is left to the results and named as still in the archive', () => {
    expect(back).toBe(
      [
        ...switchedLines('TT44', 'TT25', ARCHIVE_TT44),
        'Trang "Đánh giá": dòng 11 (dưới "TC2.1") được lấy lại từ trang lưu trữ cùng với chỉ tiêu của chúng.',
        `Trang "Đánh giá": ô J11 ("J dòng riêng") lấy lại cùng chỉ tiêu không được ghi vào trang vì kết quả tự tính ở đó; nội dung vẫn ở trang "${ARCHIVE_TT25}".`,
      ].join('\n'),
    );
    expect(['A10', 'A11', 'G11', 'I11', 'J11', 'A12', 'A26'].map((a1) => sheet.at(a1).value)).toEqual(['TC2.1', '', 'Dòng riêng TC2.1', '', '', 'TC2.2', 'TC5.2b']);
    expect(sheet.at('I5').formula).toBe("=CDHT_RESULTS(A5:A26;E5:E26;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)");
  });
});
