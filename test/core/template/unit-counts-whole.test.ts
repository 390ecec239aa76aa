/**
 * Newcomer review of issue 14 (K): a count of people is a whole number. "1,234" typed in a vi-VN
 * sheet for 1.234 people is the number 1,234; the count cell's integer format shows it as "1", the
 * rate uses 1,234. The unit row must be named, and the rate withheld, as for any wrong count:
 * "a wrong count can never pass or fail an indicator silently" (src/core/template/units-sheet.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { SHEETS } from '../../../src/core/template/layout';
import { workbookSpec } from '../../../src/core/template/spec';
import { HyperFormulaWorkbook, a1Of } from '../../fakes/hyperformula-workbook';
import { PERCENT_CODES, unitsOf } from './units-cells';

describe('a count that is not a whole number, in a vi-VN sheet', () => {
  let wb: HyperFormulaWorkbook;
  beforeAll(() => {
    wb = new HyperFormulaWorkbook(workbookSpec(TT25), 'vi-VN');
  });
  afterAll(() => wb.destroy());

  it('is named on its row and gives no rate', () => {
    const units = unitsOf(wb);
    const code = PERCENT_CODES[0];
    const c = units.counts.get(code)!;
    const row = units.unitRows[0];
    wb.set(SHEETS.units, { [a1Of(row, 1)]: 'Thôn Đông', [a1Of(row, c.numerator)]: 1.234, [a1Of(row, c.denominator)]: 1500 });
    expect(wb.get(SHEETS.units, a1Of(row, units.checkColumn))).toBe(`${code}: số người phải là số nguyên`);
    expect(wb.get(SHEETS.units, units.summary.get(code)!.rate)).toBe('Số liệu chưa hợp lệ: xem trang Số liệu theo đơn vị');
  });
});
