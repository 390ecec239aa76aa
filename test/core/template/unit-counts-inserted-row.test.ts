/**
 * Review finding: a row a commune inserts into the unit table (as the sheet's last line tells it
 * to) has no "Kiểm tra" formula until the next repair; its counts are added up, and only the totals
 * were checked (Σ đạt ≤ Σ tổng số). A count typed as text ("25 người") was skipped by SUM, and a row
 * with one count missing or a negative count was added in: the rate came out wrong with no word.
 * The totals must also catch text, a lone count and a negative count anywhere in the columns.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells/values';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { SHEETS } from '../../../src/core/template/layout';
import { workbookSpec } from '../../../src/core/template/spec';
import { INVALID_COUNTS } from '../../../src/core/template/units-sheet';
import { HyperFormulaWorkbook, a1Of, parseA1 } from '../../fakes/hyperformula-workbook';
import { type UnitsCells, unitsOf } from './units-cells';

describe.each(['vi-VN', 'en-US'] as const)('a unit row inserted by hand, in a %s sheet', (locale) => {
  let wb: HyperFormulaWorkbook;
  let units: UnitsCells;
  const all: HyperFormulaWorkbook[] = [];
  beforeEach(() => {
    wb = new HyperFormulaWorkbook(workbookSpec(TT25), locale);
    all.push(wb);
    units = unitsOf(wb);
  });
  afterAll(() => {
    for (const w of all) w.destroy();
  });

  const tc51 = () => units.counts.get('TC5.1')!;
  /** Inserts a row under the first unit row (as a person does in Sheets) and types into it, bypassing the spec. */
  function insertRow(numerator: Cell, denominator: Cell): void {
    const id = wb.sheetId(SHEETS.units);
    const at = units.unitRows[1] - 1; // 0-based index of the second unit row: the new row goes above it
    wb.hf.addRows(id, [at, 1]);
    const put = (column: number, value: Cell) => wb.hf.setCellContents({ sheet: id, row: at, col: column - 1 }, value === null ? null : value);
    put(1, 'Thôn mới');
    put(tc51().numerator, numerator);
    put(tc51().denominator, denominator);
  }
  const rate = () => wb.get(SHEETS.units, units.summary.get('TC5.1')!.rate);

  function firstUnit(numerator: number, denominator: number) {
    const row = units.unitRows[0];
    wb.set(SHEETS.units, { [a1Of(row, tc51().numerator)]: numerator, [a1Of(row, tc51().denominator)]: denominator });
  }

  it('a consistent inserted row is added up', () => {
    firstUnit(30, 40);
    insertRow(10, 40);
    expect(rate()).toBeCloseTo(40 / 80, 12);
  });

  it.each<[string, Cell, Cell]>([
    ['a count typed as text', '25 người', 40],
    ['the number reaching the standard missing', null, 40],
    ['the total missing', 25, null],
    ['a negative count', -5, 40],
  ])('%s makes the rate say the counts are not valid', (_, numerator, denominator) => {
    firstUnit(30, 40);
    insertRow(numerator, denominator);
    expect(rate()).toBe(INVALID_COUNTS);
  });

  it('the sheet still has its labels where the test looks (sanity)', () => {
    expect(parseA1(units.summary.get('TC5.1')!.rate).row).toBeLessThan(units.unitRows[0]);
  });
});
