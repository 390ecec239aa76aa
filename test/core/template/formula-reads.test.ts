/**
 * formulaReads (src/core/template/placement.ts): whether a formula reads a cell, by the references
 * the placement parser finds. Set-up's read-back uses it to tell a formula showing the #ERROR! of a
 * CDHT_* cell it reads from one that does not parse. Cases typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { formulaReads } from '../../../src/core/template/placement';

describe('formulaReads', () => {
  const B8 = `=IF(AND(OR(B4="Mức độ 1";B4="Mức độ 2");ISNUMBER('Thông tin'!$B$6));EDATE(DATE('Thông tin'!$B$6;12;31);36);"")`;

  it.each([
    ['a cell of its own sheet named bare', B8, 'Kết quả', 4, 2, true],
    ['another cell of its own sheet', B8, 'Kết quả', 5, 2, false],
    ['the same address on another sheet', B8, 'Đánh giá', 4, 2, false],
    ['a cell of a quoted sheet, absolute', B8, 'Thông tin', 6, 2, true],
    ['a cell inside a range', "=SUM('Số liệu theo đơn vị'!F8:G49)", 'Số liệu theo đơn vị', 20, 7, true],
    ['a cell beside a range', "=SUM('Số liệu theo đơn vị'!F8:G49)", 'Số liệu theo đơn vị', 20, 8, false],
    ['a quoted name holding an apostrophe', "='Kết quả, O''Hara'!B4", "Kết quả, O'Hara", 4, 2, true],
    ['an address inside text in quotes', '="xem B4"&A1', 'Kết quả', 4, 2, false],
    ['a function name that looks like an address', '=LOG10(A1)', 'Kết quả', 10, 334, false],
  ] as const)('%s', (_what, formula, sheet, row, column, expected) => {
    expect(formulaReads(formula, 'Kết quả', sheet, row, column)).toBe(expected);
  });
});
