/** A1 notation as Sheets writes it (src/core/template/a1.ts); expected strings written by hand. commaSyntax and numberLiteral: formula-syntax.test.ts. */
import { describe, expect, it } from 'vitest';
import { cellA1, columnLetter, rangeA1, sheetRef } from '../../../src/core/template/a1';

describe('A1 notation', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('column %d is %s', (column, letters) => expect(columnLetter(column)).toBe(letters));

  it('a cell, and a range by its first cell and size', () => {
    expect(cellA1(5, 3)).toBe('C5');
    expect(rangeA1(5, 3)).toBe('C5');
    expect(rangeA1(5, 3, 4)).toBe('C5:C8');
    expect(rangeA1(2, 1, 1, 3)).toBe('A2:C2');
    expect(rangeA1(10, 26, 2, 2)).toBe('Z10:AA11');
  });

  it('quotes a sheet name and doubles an apostrophe inside it, as Sheets does', () => {
    expect(sheetRef('Thông tin', 'B8')).toBe("'Thông tin'!B8");
    expect(sheetRef("Xã Hòa An's", 'A1:A3')).toBe("'Xã Hòa An''s'!A1:A3");
  });
});
