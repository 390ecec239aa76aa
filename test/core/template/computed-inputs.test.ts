/**
 * An input with a computed formula (a percent from counts): set-up fills it while it is empty or
 * still holds a formula an earlier template computed there; a value or someone's own formula stays.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells/values';
import { input, label, sheetValues, takesComputed, type SheetSpec } from '../../../src/core/template/types';

const cell = input({ computed: "='Counts'!$E$4", earlier: ["='Counts'!$D$3"] });
const spec: SheetSpec = { name: 'S', cells: [[label('Rate'), cell]], columnWidths: [], wrapText: false, frozenRows: 0, conditionalFormats: [], protections: [], charts: [] };
const written = (current: Cell) => sheetValues(spec, (_, column) => (column === 2 ? current : undefined))[0][1];

describe('a computed input on repair', () => {
  it('an empty cell gets the formula', () => {
    expect(written('')).toBe("='Counts'!$E$4");
  });

  it("an earlier template's formula, as Sheets may give it back (spacing, letter case), is replaced by today's", () => {
    expect(written("='Counts'!$D$3")).toBe("='Counts'!$E$4");
    expect(written("= 'counts'!$d$3")).toBe("='Counts'!$E$4");
  });

  it("today's formula stays", () => {
    expect(written("='Counts'!$E$4")).toBe("='Counts'!$E$4");
  });

  it("someone's own formula, a typed percent, text or 0 is kept", () => {
    for (const theirs of ["='Counts'!$D$4", '=55/100', "='Counts'!$D$3*1", 0.65, 0, 'khoảng 60%']) expect(written(theirs)).toBe(theirs);
  });

  it('an input without a computed formula never takes one', () => {
    expect(takesComputed(input({ earlier: ['=A1'] }), '=A1')).toBe(false);
  });
});
