/**
 * Newcomer review of issue 14, F9: a commune with more units than the table's rows typed them on
 * under its last row ("Thêm đơn vị: chèn dòng phía trên dòng này."), as one continues a list. Those
 * counts were in no sum and the rate left them out in silence. Counts under the table make the rate
 * say the counts are not valid and the check say where they are and what to do; a note typed there
 * (text, no count) changes nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells/values';
import { SHEETS } from '../../../src/core/template/layout';
import { INVALID_COUNTS } from '../../../src/core/template/units-sheet';
import { a1Of } from '../../fakes/hyperformula-workbook';
import { unitsWorkbookPerTest } from './units-cells';

describe.each(['vi-VN', 'en-US'] as const)('counts typed under the table of units, in a %s sheet', (locale) => {
  const t = unitsWorkbookPerTest(locale);
  /** The row under the table's end row ("Thêm đơn vị …"), where a 41st unit would be typed. */
  const under = () => t.units.unitRows[t.units.unitRows.length - 1] + 2;
  const type = (row: number, name: Cell, n: Cell, d: Cell, code = 'TC5.1') => {
    const c = t.units.counts.get(code)!;
    t.wb.set(SHEETS.units, { [a1Of(row, 1)]: name, [a1Of(row, c.numerator)]: n, [a1Of(row, c.denominator)]: d });
  };
  const summary = (code = 'TC5.1') => t.units.summary.get(code)!;

  it('make the rate not valid and the check say where they are', () => {
    type(t.units.unitRows[0], 'Thôn 1', 300, 500);
    type(under(), 'Thôn 41', 100, 200);
    expect(t.wb.get(SHEETS.units, summary().rate)).toBe(INVALID_COUNTS);
    expect(t.wb.get(SHEETS.units, summary().check)).toBe('Có số liệu dưới dòng “Thêm đơn vị” nên không được cộng: chèn dòng phía trên dòng đó rồi chép số liệu vào');
  });

  it('far under it too (500 rows), and only for the indicator whose columns hold them', () => {
    type(t.units.unitRows[0], 'Thôn 1', 300, 500);
    type(t.units.unitRows[0], 'Thôn 1', 100, 400, 'TC5.2a');
    type(under() + 499, 'Thôn 99', '', 200);
    expect([t.wb.get(SHEETS.units, summary().rate), t.wb.get(SHEETS.units, summary('TC5.2a').rate)]).toEqual([INVALID_COUNTS, 0.25]);
  });

  it('a note typed under the table, without counts, changes nothing', () => {
    type(t.units.unitRows[0], 'Thôn 1', 300, 500);
    t.wb.set(SHEETS.units, { [a1Of(under(), 1)]: 'Số liệu năm 2025 theo báo cáo của các thôn' });
    expect(t.wb.get(SHEETS.units, summary().rate)).toBeCloseTo(0.6, 12);
  });
});
