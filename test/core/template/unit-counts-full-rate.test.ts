/**
 * Review finding: a commune whose counts give a real 100% (every citizen counted reaches the
 * standard) had CDHT_CHECK warn "số 1 được đọc là 100%; nếu là 1%, hãy ghi rõ "1%"" on the sheet
 * it cannot act on: the value cell is a percent cell the template computes (or a percent typed as
 * 100%, which the cell holds as 1 too), so 1 there is 100% and nothing else. 1 is doubted only in a
 * range that writes its other percents as percent points (or gives no other percent to judge by).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProblems } from '../../../src/core/formulas/assessment';
import type { Cell } from '../../../src/core/cells/values';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { SHEETS } from '../../../src/core/template/layout';
import { workbookSpec } from '../../../src/core/template/spec';
import { INDICATOR_COLUMNS, NAMES } from '../../../src/core/workbook/names';
import { HyperFormulaWorkbook, a1Of } from '../../fakes/hyperformula-workbook';
import { TT25_AT_MD2, columns, md2With, tt25Rows } from '../../helpers';
import { cdhtCheck } from '../../../src/core/formulas/assessment';
import { PERCENT_CODES, unitsOf, valueCells } from './units-cells';

function engineArgs(wb: HyperFormulaWorkbook): [Cell[][], Cell[][], Cell[][], Cell] {
  const snapshot = wb.snapshot();
  const block = snapshot[NAMES.indicators]!.slice(1);
  return [block.map((r) => [r[INDICATOR_COLUMNS.code]]), block.map((r) => [r[INDICATOR_COLUMNS.value]]), snapshot[NAMES.ruleset]!, ''];
}

describe('a real 100% rate in the template', () => {
  let wb: HyperFormulaWorkbook;
  beforeAll(() => {
    wb = new HyperFormulaWorkbook(workbookSpec(TT25), 'vi-VN');
  });
  afterAll(() => wb.destroy());

  it('computed from counts (đạt = tổng số in every unit) is read as 100% with no warning', () => {
    const units = unitsOf(wb);
    const typed: Record<string, Cell> = {};
    PERCENT_CODES.forEach((code, i) => {
      const c = units.counts.get(code)!;
      for (const [u, d] of [120, 95].entries()) {
        // TC5.1 at 100%, the others below.
        typed[a1Of(units.unitRows[u], c.numerator)] = i === 0 ? d : Math.floor(d / (i + 2));
        typed[a1Of(units.unitRows[u], c.denominator)] = d;
      }
    });
    wb.set(SHEETS.units, typed);
    expect(wb.get(SHEETS.assessment, valueCells(wb).get(PERCENT_CODES[0])!)).toBe(1);
    const warnings = checkProblems(...engineArgs(wb)).filter((p) => p.severity === 'warning' && p.code === PERCENT_CODES[0]);
    expect(warnings).toEqual([]);
  });

  it('typed as 100% over the rate (the cell holds 1) is read as 100% with no warning', () => {
    wb.set(SHEETS.assessment, { [valueCells(wb).get(PERCENT_CODES[0])!]: 1 });
    const warnings = checkProblems(...engineArgs(wb)).filter((p) => p.severity === 'warning' && p.code === PERCENT_CODES[0]);
    expect(warnings).toEqual([]);
  });
});

describe('1 in a user range is still doubted where it may be 1%', () => {
  const warningsOf = (values: Partial<Record<string, Cell>>) => {
    const { codes, values: v } = columns(md2With(values));
    return cdhtCheck(codes, v).filter((row) => row[1] === 'Cảnh báo');
  };
  it('among percents written as percent points', () => {
    expect(warningsOf({ 'TC5.1': 1, 'TC5.2a': 62.5, 'TC5.2b': 15 })).toHaveLength(1);
  });
  it('with no other percent written as a number', () => {
    expect(warningsOf({ 'TC5.1': 1 })).toHaveLength(1);
    expect(tt25Rows(TT25_AT_MD2).length).toBeGreaterThan(0);
  });
});
