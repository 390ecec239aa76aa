/**
 * Sheets calls of a switch TT25 → TT44 that moves rows people added (issue 14's repair pass,
 * finding 4). Before, each whole row that moved with the rebuild was written on its own
 * (getRange, setNumberFormats, setValues: 3 calls a row); now a run of consecutive rows is one
 * range write. Five notes on rows 27–31 below TT25's table (row 26 blank) move below TT44's, to
 * rows 21–25 (row 20 blank): the run 20–25 is written with one range. Found on the way: a text
 * typed with an apostrophe ("'0912") among them came back as the number 912 (its old format,
 * General, was copied); text now goes under the text format, as the archive writes it.
 *
 * Expected: the calls on "Đánh giá" that write rows under the header, typed from the scenario;
 * the cells and formats of the moved rows typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);
const NOTES = ['Ghi chú 1', "'0912", 'Ghi chú 3', 'Ghi chú 4', 'Ghi chú 5'];

describe('TT25 → TT44 moving five consecutive rows below the table', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const sheet = ss.sheet(SHEETS.assessment);
  for (const [i, note] of NOTES.entries()) sheet.type(`G${27 + i}`, note);
  ss.sheet(SHEETS.info).type('B7', 'TT44');
  ss.log.reset();
  const result = setup(ss, LATER);
  const onSheet = ss.log.calls.flatMap((call, i) => (ss.log.sheets[i] === SHEETS.assessment ? [call] : []));

  it('says where the rows went', () => {
    expect(result.messages).toContain(
      'Trang "Đánh giá": nội dung nhập thêm ngoài các ô của mẫu đi theo dòng của nó: dòng 27 (dưới bảng) sang dòng 21, dòng 28 (dưới bảng) sang dòng 22, dòng 29 (dưới bảng) sang dòng 23, dòng 30 (dưới bảng) sang dòng 24, dòng 31 (dưới bảng) sang dòng 25.',
    );
  });

  it('writes the run of rows 20–25 as one range: one setValues and one setNumberFormats beyond the template’s', () => {
    // The template's own write of "Đánh giá" (one rectangle of values, one of formats) and the run of moved rows.
    expect(onSheet.filter((call) => call === 'Range.setValues')).toHaveLength(2);
    expect(onSheet.filter((call) => call === 'Range.setNumberFormats')).toHaveLength(2);
    // 52 calls on the sheet (172 in all) when each of the six rows was written on its own (3 calls a row); 37 (157) now.
    expect(onSheet).toHaveLength(37);
    expect(ss.log.calls).toHaveLength(157);
  });

  it('the notes are below TT44’s table on rows 21–25, a text still text; rows 26–31 empty', () => {
    expect([20, 21, 22, 23, 24, 25, 26, 27, 31].map((row) => sheet.at(`G${row}`).value)).toEqual(['', 'Ghi chú 1', '0912', 'Ghi chú 3', 'Ghi chú 4', 'Ghi chú 5', '', '', '']);
    expect(sheet.at('G22').format).toBe('@');
  });
});
