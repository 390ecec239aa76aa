/**
 * "Số liệu theo đơn vị" with two columns of its unit table swapped by the commune, header and counts
 * together (cut and pasted as blocks, rows 8–49: the summary table above holds the sums in the same
 * columns, so whole columns cannot be moved), then "Thiết lập / sửa mẫu". Each column of the sheet
 * then carries the summary header of one template column and the unit header of another: the sums
 * must still count each count column once, never one column for both "Số đạt (cộng)" and
 * "Tổng số (cộng)" of an item, which shows a rate of 100 % whatever was typed.
 *
 * Before, repair wrote the unit headers back in the template's order over the swapped counts,
 * saying nothing (reported in session 18); since session 19 set-up sees the unit table's columns
 * stand apart from the summary's, changes nothing and says so (setup-block-columns-swapped.test.ts
 * pins the message). What must hold either way is that no count column is summed twice or left out.
 *
 * Expected: cells typed by hand from the template (README, "The commune workbook": summary rows
 * 4–6 summing rows 8–49 of the unit table; TC5.2b is counted in columns F and G).
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);

describe('"Số liệu theo đơn vị": the two TC5.2b columns of the unit table swapped (F8:F49 ↔ G8:G49)', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const sheet = ss.sheet(SHEETS.units);
  // Two units; TC5.2b: 7 of 100 and 5 of 80.
  sheet.getRange(9, 1, 2, 7).setValues([
    ['Thôn Đông', 50, 100, 20, 100, 7, 100],
    ['Thôn Tây', 60, 80, '', '', 5, 80],
  ]);
  const [f, g] = [sheet.getRange(8, 6, 42, 1).getValues(), sheet.getRange(8, 7, 42, 1).getValues()];
  sheet.getRange(8, 6, 42, 1).setValues(g);
  sheet.getRange(8, 7, 42, 1).setValues(f);
  const result = setup(ss, LATER);

  it('every count stays on the sheet, in its row', () => {
    expect(result.refused).toBe(true);
    const rows = sheet.getRange(9, 1, 2, 7).getValues();
    expect(rows.map((row) => [row[0], ...row.slice(5, 7).sort((a, b) => Number(a) - Number(b))])).toEqual([
      ['Thôn Đông', 7, 100],
      ['Thôn Tây', 5, 80],
    ]);
  });

  it('the sums and the rate of TC5.2b read the two count columns F and G, one each', () => {
    expect([sheet.at('C6').formula, sheet.at('D6').formula].sort()).toEqual(['=SUM(F8:F49)', '=SUM(G8:G49)']);
    // The rate (E6) divides one sum by the other: one column over itself would read 100 %.
    const rate = /SUM\(([A-Z])8:\1(?:49)\)\/SUM\(([A-Z])8:\2(?:49)\)\)+$/.exec(String(sheet.at('E6').formula));
    expect(rate && [rate[1], rate[2]].sort()).toEqual(['F', 'G']);
  });
});
