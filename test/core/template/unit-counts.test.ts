/**
 * Finding 4 of issue 14, the template side: percent indicators computed from the counts communes
 * hold, per thôn / tổ dân phố / former commune, on "Số liệu theo đơn vị", in HyperFormula set up as
 * a vi-VN and as an en-US sheet (test/fakes/hyperformula-workbook.ts). Each unit row must be judged
 * as CDHT_RATE judges a row of counts (the reference here is CDHT_RATE itself, a separate
 * implementation from the template's native formulas); a rate is Σ số đạt ÷ Σ tổng số, never above
 * 100%; a typed percent replaces it; and what the engine reads is what the value cell shows.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProblems } from '../../../src/core/formulas/assessment';
import { cdhtRate } from '../../../src/core/formulas/rate';
import type { Cell } from '../../../src/core/cells/values';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';
import { SHEETS } from '../../../src/core/template/layout';
import { workbookSpec } from '../../../src/core/template/spec';
import { INDICATOR_COLUMNS, NAMES } from '../../../src/core/workbook/names';
import { HyperFormulaWorkbook, a1Of, isEngineError } from '../../fakes/hyperformula-workbook';
import { type UnitsCells, PERCENT_CODES, unitsOf, valueCells } from './units-cells';

const SEED = 20261129;
interface UnitRow {
  unit: number;
  numerator: Cell;
  denominator: Cell;
}

/** Counts of one unit: mostly consistent, else each way CDHT_RATE refuses a row. */
const counts: fc.Arbitrary<{ numerator: Cell; denominator: Cell }> = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 1, max: 900 }).chain((d) => fc.integer({ min: 0, max: d }).map((n) => ({ numerator: n, denominator: d }))) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 900 }).chain((d) => fc.integer({ min: d + 1, max: d + 20 }).map((n) => ({ numerator: n, denominator: d }))) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 900 }).map((d) => ({ numerator: null, denominator: d })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 900 }).map((n) => ({ numerator: n, denominator: null })) },
  { weight: 1, arbitrary: fc.constant({ numerator: 0, denominator: 0 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 900 }).map((d) => ({ numerator: -3, denominator: d })) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 900 }).map((d) => ({ numerator: 'nhiều', denominator: d })) },
);

function unitRows(rows: number): fc.Arbitrary<UnitRow[]> {
  return fc.uniqueArray(
    fc.record({ unit: fc.integer({ min: 0, max: rows - 1 }), c: counts }).map(({ unit, c }) => ({ unit, ...c })),
    { maxLength: 6, selector: (r) => r.unit },
  );
}

/** CDHT_RATE's verdict on one unit row: null when it accepts it. */
function refused(row: UnitRow): boolean {
  try {
    cdhtRate(row.numerator, row.denominator);
    return false;
  } catch {
    return true;
  }
}

describe.each(['vi-VN', 'en-US'] as const)('percent indicators from counts per unit, in a %s sheet', (locale) => {
  let wb: HyperFormulaWorkbook;
  let units: UnitsCells;
  let values: Map<string, string>;
  beforeAll(() => {
    wb = new HyperFormulaWorkbook(workbookSpec(TT25), locale);
    units = unitsOf(wb);
    values = valueCells(wb);
  });
  afterAll(() => wb.destroy());

  /** Every count cell emptied. */
  const noCounts = (): Record<string, Cell> =>
    Object.fromEntries(
      units.unitRows.flatMap((r) =>
        [...units.counts.values()].flatMap((c) => [
          [a1Of(r, c.numerator), null],
          [a1Of(r, c.denominator), null],
        ]),
      ),
    );

  const snapshotValue = (code: string) => {
    const block = wb.snapshot()[NAMES.indicators]!;
    return block.find((row) => row[INDICATOR_COLUMNS.code] === code)?.[INDICATOR_COLUMNS.value];
  };

  it('the value cell of each percent indicator is a percent input refusing above 100%, computed from the sheet of counts', () => {
    for (const [code, a1] of values) {
      const spec = wb.cellSpec(SHEETS.assessment, a1);
      expect(spec?.kind, code).toBe('input');
      if (spec?.kind !== 'input') continue;
      expect(spec.validation).toEqual({ type: 'percent' });
      expect(spec.format).toBe('percent');
      expect(spec.computed, code).toBe(`='${SHEETS.units}'!$${units.summary.get(code)!.rate.replace(/(\d+)/, '$$$1')}`);
    }
  });

  it('with no counts, each indicator reads as not entered', () => {
    for (const code of PERCENT_CODES) {
      expect(wb.get(SHEETS.assessment, values.get(code)!), code).toBe('');
      expect(snapshotValue(code)).toBe('');
    }
  });

  it('random counts (fixed seed): rates, row checks and what the engine reads agree with CDHT_RATE', () => {
    fc.assert(
      fc.property(fc.tuple(...PERCENT_CODES.map(() => unitRows(units.unitRows.length))), (perItem) => {
        const typed = noCounts();
        PERCENT_CODES.forEach((code, i) => {
          const columns = units.counts.get(code)!;
          for (const row of perItem[i]) {
            typed[a1Of(units.unitRows[row.unit], columns.numerator)] = row.numerator;
            typed[a1Of(units.unitRows[row.unit], columns.denominator)] = row.denominator;
          }
        });
        wb.set(SHEETS.units, typed);
        const problems = checkProblems(...engineArgs(wb));
        PERCENT_CODES.forEach((code, i) => {
          const rows = perItem[i];
          const bad = new Set(rows.filter(refused).map((r) => r.unit));
          const cells = units.summary.get(code)!;
          const rate = wb.get(SHEETS.units, cells.rate);
          const shown = wb.get(SHEETS.assessment, values.get(code)!);
          // Every unit row names this indicator exactly when CDHT_RATE refuses its counts.
          units.unitRows.forEach((r, u) => {
            const check = String(wb.get(SHEETS.units, a1Of(r, units.checkColumn)) ?? '');
            expect(check.includes(`${code}:`), `row ${r} ${check}`).toBe(bad.has(u));
          });
          expect(isEngineError(rate), String(rate)).toBe(false);
          expect(shown, `${code}: the value cell shows the rate`).toEqual(rate);
          expect(snapshotValue(code), `${code}: the engine reads what the cell shows`).toEqual(rate);
          const errors = problems.filter((p) => p.code === code && p.severity === 'error');
          if (bad.size > 0) {
            expect(rate).toMatch(/^Số liệu chưa hợp lệ/);
            expect(wb.get(SHEETS.units, cells.check)).toMatch(/chưa hợp lệ/);
            expect(errors, `${code}: CDHT_CHECK names it`).toHaveLength(1);
          } else if (rows.length === 0) {
            expect(rate).toBe('');
            expect(wb.get(SHEETS.units, cells.check)).toBe('Chưa nhập số liệu');
          } else {
            const n = rows.reduce((sum, r) => sum + (r.numerator as number), 0);
            const d = rows.reduce((sum, r) => sum + (r.denominator as number), 0);
            expect(rate as number).toBeCloseTo(n / d, 12);
            expect(rate as number).toBeLessThanOrEqual(1);
            expect(wb.get(SHEETS.units, cells.numerator)).toBe(n);
            expect(wb.get(SHEETS.units, cells.denominator)).toBe(d);
            expect(wb.get(SHEETS.units, cells.check)).toBe(`Tính từ ${rows.length} đơn vị`);
            expect(errors).toEqual([]);
          }
        });
      }),
      { numRuns: 40, seed: SEED },
    );
  });

  it('a percent typed over the rate is what the engine reads; the counts no longer matter', () => {
    const tc51 = units.counts.get('TC5.1')!;
    wb.set(SHEETS.units, { ...noCounts(), [a1Of(units.unitRows[0], tc51.numerator)]: 30, [a1Of(units.unitRows[0], tc51.denominator)]: 40 });
    expect(wb.get(SHEETS.assessment, values.get('TC5.1')!)).toBe(0.75);
    wb.set(SHEETS.assessment, { [values.get('TC5.1')!]: 0.65 });
    expect(snapshotValue('TC5.1')).toBe(0.65);
    wb.set(SHEETS.units, { [a1Of(units.unitRows[0], tc51.numerator)]: 10 });
    expect(snapshotValue('TC5.1')).toBe(0.65);
  });
});

/** The arguments the template's formulas pass the engine, from the cells the add-on reads. */
function engineArgs(wb: HyperFormulaWorkbook): [Cell[][], Cell[][], Cell[][], Cell] {
  const snapshot = wb.snapshot();
  const block = snapshot[NAMES.indicators]!.slice(1);
  return [block.map((r) => [r[INDICATOR_COLUMNS.code]]), block.map((r) => [r[INDICATOR_COLUMNS.value]]), snapshot[NAMES.ruleset]!, ''];
}

describe('a ruleset without percent indicators', () => {
  it('TT44 (points only) has no sheet of counts and no computed value', () => {
    const spec = workbookSpec(TT44);
    expect(spec.sheets.map((s) => s.name)).not.toContain(SHEETS.units);
    const computed = spec.sheets.flatMap((s) => s.cells.flat()).filter((c) => c?.kind === 'input' && c.computed !== undefined);
    expect(computed).toEqual([]);
  });
});
