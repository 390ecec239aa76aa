/**
 * Review finding: the sheet asks for counts "theo thôn, tổ dân phố … hoặc một dòng Toàn xã". A
 * commune that typed its thôn and then a "Toàn xã" row as the total (as paper tables do) had every
 * citizen counted twice; the rate happens to come out the same when the total row is exact, but
 * not when it is not, and "Tính từ 6 đơn vị" says nothing. A "Toàn xã" row beside unit rows of the
 * same indicator makes the rate say the counts are not valid, and the check says why.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells/values';
import { SHEETS } from '../../../src/core/template/layout';
import { INVALID_COUNTS } from '../../../src/core/template/units-sheet';
import { a1Of } from '../../fakes/hyperformula-workbook';
import { unitsWorkbookPerTest } from './units-cells';

describe.each(['vi-VN', 'en-US'] as const)('a "Toàn xã" row among the units, in a %s sheet', (locale) => {
  const t = unitsWorkbookPerTest(locale);

  const type = (rows: Array<[string, Cell, Cell]>, code = 'TC5.1') => {
    const c = t.units.counts.get(code)!;
    const typed: Record<string, Cell> = {};
    rows.forEach(([name, n, d], i) => {
      typed[a1Of(t.units.unitRows[i], 1)] = name;
      typed[a1Of(t.units.unitRows[i], c.numerator)] = n;
      typed[a1Of(t.units.unitRows[i], c.denominator)] = d;
    });
    t.wb.set(SHEETS.units, typed);
  };
  const summary = (code = 'TC5.1') => t.units.summary.get(code)!;

  it('alone, it is the commune’s count', () => {
    type([['Toàn xã', 650, 1000]]);
    expect(t.wb.get(SHEETS.units, summary().rate)).toBeCloseTo(0.65, 12);
  });

  it('beside thôn rows of the same indicator, the counts are not valid and the check says why', () => {
    type([
      ['Thôn Đông', 300, 500],
      ['Thôn Tây', 320, 500],
      ['Toàn xã', 650, 1000],
    ]);
    expect(t.wb.get(SHEETS.units, summary().rate)).toBe(INVALID_COUNTS);
    expect(String(t.wb.get(SHEETS.units, summary().check))).toMatch(/Toàn xã/);
  });

  it('a "Toàn xã" row for one indicator does not touch another counted by thôn', () => {
    type([['Toàn xã', 650, 1000]]);
    const c = t.units.counts.get('TC5.2a')!;
    t.wb.set(SHEETS.units, { [a1Of(t.units.unitRows[1], 1)]: 'Thôn Đông', [a1Of(t.units.unitRows[1], c.numerator)]: 300, [a1Of(t.units.unitRows[1], c.denominator)]: 500 });
    expect(t.wb.get(SHEETS.units, summary('TC5.2a').rate)).toBeCloseTo(0.6, 12);
  });
});
