/**
 * An input with a computed formula (a percent from counts): set-up fills it while it is empty; a
 * value or a formula, ours or someone's own, stays as it is.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells/values';
import { input, label, sheetValues, takesComputed, type SheetSpec } from '../../../src/core/template/types';

const cell = input({ computed: "='Counts'!$E$4" });
const spec: SheetSpec = { name: 'S', cells: [[label('Rate'), cell]], columnWidths: [], wrapText: false, frozenRows: 0, conditionalFormats: [], protections: [], charts: [] };
const written = (current: Cell) => sheetValues(spec, (_, column) => (column === 2 ? current : undefined))[0][1];

describe('a computed input on repair', () => {
  it('an empty cell gets the formula, and so does a cell never read (null, undefined)', () => {
    expect(written('')).toBe("='Counts'!$E$4");
    expect(written(null)).toBe("='Counts'!$E$4");
    expect(sheetValues(spec, () => undefined)[0]).toEqual(['Rate', "='Counts'!$E$4"]);
  });

  it("today's formula stays", () => {
    expect(written("='Counts'!$E$4")).toBe("='Counts'!$E$4");
  });

  it("someone's own formula, a typed percent, text or 0 is kept", () => {
    for (const theirs of ["='Counts'!$D$4", '=55/100', "='Counts'!$D$3", 0.65, 0, 'khoảng 60%']) expect(written(theirs)).toBe(theirs);
  });

  it('an input without a computed formula never takes one; one with it only while the cell is empty', () => {
    expect(takesComputed(input(), '')).toBe(false);
    expect(takesComputed(label('x'), '')).toBe(false);
    expect(takesComputed(null, '')).toBe(false);
    expect(takesComputed(cell, '')).toBe(true);
    expect(takesComputed(cell, '=A1')).toBe(false);
  });
});
