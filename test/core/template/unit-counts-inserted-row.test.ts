/**
 * Review finding: a row a commune inserts into the unit table (as the sheet's last line tells it
 * to) has no "Kiểm tra" formula until the next repair; its counts are added up, and only the totals
 * were checked (Σ đạt ≤ Σ tổng số). A count typed as text ("25 người") was skipped by SUM, and a row
 * with one count missing or a negative count was added in: the rate came out wrong with no word.
 * The totals must also catch text, a lone count and a negative count anywhere in the columns.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells/values';
import { SHEETS } from '../../../src/core/template/layout';
import { INVALID_COUNTS } from '../../../src/core/template/units-sheet';
import { a1Of, parseA1 } from '../../fakes/hyperformula-workbook';
import { unitsWorkbookPerTest } from './units-cells';

describe.each(['vi-VN', 'en-US'] as const)('a unit row inserted by hand, in a %s sheet', (locale) => {
  const t = unitsWorkbookPerTest(locale);

  const tc51 = () => t.units.counts.get('TC5.1')!;
  /** Inserts a row under the first unit row (as a person does in Sheets) and types into it, bypassing the spec. */
  function insertRow(numerator: Cell, denominator: Cell): void {
    const id = t.wb.sheetId(SHEETS.units);
    const at = t.units.unitRows[1] - 1; // 0-based index of the second unit row: the new row goes above it
    t.wb.hf.addRows(id, [at, 1]);
    const put = (column: number, value: Cell) => t.wb.hf.setCellContents({ sheet: id, row: at, col: column - 1 }, value === null ? null : value);
    put(1, 'Thôn mới');
    put(tc51().numerator, numerator);
    put(tc51().denominator, denominator);
  }
  const rate = () => t.wb.get(SHEETS.units, t.units.summary.get('TC5.1')!.rate);

  function firstUnit(numerator: number, denominator: number) {
    const row = t.units.unitRows[0];
    t.wb.set(SHEETS.units, { [a1Of(row, tc51().numerator)]: numerator, [a1Of(row, tc51().denominator)]: denominator });
  }

  it('a consistent inserted row is added up', () => {
    firstUnit(30, 40);
    insertRow(10, 40);
    expect(rate()).toBeCloseTo(40 / 80, 12);
  });

  it.each<[string, Cell, Cell]>([
    ['a count typed as text', '25 người', 40],
    // Both counts of the row stay uncounted, so only the text in the total column can tell.
    ['a total typed as text beside a blank count', null, '40 người'],
    ['the number reaching the standard missing', null, 40],
    ['the total missing', 25, null],
    ['a negative count', -5, 40],
    // "1,234" typed in a vi-VN sheet for 1.234 people: shown as 1 by the integer format.
    ['a count that is not a whole number', 1.234, 40],
  ])('%s makes the rate say the counts are not valid', (_, numerator, denominator) => {
    firstUnit(30, 40);
    insertRow(numerator, denominator);
    expect(rate()).toBe(INVALID_COUNTS);
  });

  it('the sheet still has its labels where the test looks (sanity)', () => {
    expect(parseA1(t.units.summary.get('TC5.1')!.rate).row).toBeLessThan(t.units.unitRows[0]);
  });
});
