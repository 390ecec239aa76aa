/**
 * The archive of text typed where the template computes ("Lưu trữ ô tự tính …") names, for each
 * cell, the sheet, the cell and the template's label of its row ("Mục"), and holds the typed text
 * once, as the value ("Giá trị"). The "Mục" was the row's first cell as read: text typed over a
 * formula of the first column (the commune line A2 of "Kết quả") came back as its own row label,
 * and a note typed over a row's label (A5) named the row of the computed cell beside it (B5).
 * Expected rows typed by hand from the TT25 layout of "Kết quả" (A5 "Số chỉ tiêu đạt Mức độ 1
 * (trên 15)", B5 its score formula; A2 the commune line, a formula on a row without a label).
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

const ARCHIVE = 'Lưu trữ ô tự tính 22-11-2026 08.05';
const LABELS = 'Lưu trữ ô của mẫu 22-11-2026 08.05';

/** The archive's rows of sheet `sheet` (its columns Trang, Mục, Ô, Giá trị). */
const rowsOf = (ss: FakeSpreadsheet, archive: string, sheet: string) =>
  ss
    .sheet(archive)
    .values()
    .filter((row) => row[0] === sheet)
    .map((row) => row.slice(0, 4));

describe('text typed over a computed cell of "Kết quả": the archive names the row by the template’s label', () => {
  it('over the commune line A2 (a formula in the first column): the text is the value, not also the row label', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    ss.sheet(SHEETS.results).type('A2', 'Xã Hòa An – bản nháp');
    setup(ss, new Date(2026, 10, 22, 8, 5));
    expect(rowsOf(ss, ARCHIVE, SHEETS.results)).toEqual([[SHEETS.results, '', 'A2', 'Xã Hòa An – bản nháp']]);
  });

  it('over the score B5 with a note over its label A5: B5 is named by the label the template writes in A5', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const results = ss.sheet(SHEETS.results);
    results.type('A5', 'ghi chú của xã');
    results.type('B5', 'Đạt 12/15');
    setup(ss, new Date(2026, 10, 22, 8, 5));
    expect(rowsOf(ss, LABELS, SHEETS.results)).toEqual([
      // The row's key typed over, written back: named by that key (as before).
      [SHEETS.results, 'Số chỉ tiêu đạt Mức độ 1 (trên 15)', 'A5', 'ghi chú của xã'],
      [SHEETS.results, 'Số chỉ tiêu đạt Mức độ 1 (trên 15)', 'B5', 'Đạt 12/15'],
    ]);
  });
});
