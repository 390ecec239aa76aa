/**
 * "Kết quả" (or the evidence list) emptied whole (Ctrl+A, Delete: Sheets' Delete key clears values
 * and formulas and keeps the formats) and then repaired: the sheet holds nothing people typed, so
 * it is written again as a first set-up lays it out, in place. Its rows without a label (blank
 * spacers, the rows formulas spill into, the list's item rows) were once "found" where they stand on
 * the blank sheet, which then counted as one lacking only its labelled rows: each came back inserted
 * above ("Kết quả": eleven rows more, the sheet at 1.011 rows; the list: three) and the table stood lower.
 */
import { describe, expect, it } from 'vitest';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

const setup = (ss: FakeSpreadsheet, now: Date) => setupWorkbook(ss, fakeFactories(ss.log), now);
/** What the first 40 rows and 8 columns hold: values and formulas, as a first set-up writes them. */
const cellsOf = (ss: FakeSpreadsheet, name: string) => {
  const range = ss.sheet(name).getRange(1, 1, 40, 8);
  return [range.getFormulas(), range.getValues()];
};

describe('a sheet read by its rows emptied whole, then repaired', () => {
  it.each([SHEETS.results, SHEETS.evidence])('"%s" is written again in place: no row inserted, the sheet still 1.000 rows, every cell as a first set-up writes it', (name) => {
    const ss = new FakeSpreadsheet();
    setup(ss, new Date(2026, 10, 21));
    const laidOut = cellsOf(ss, name);
    const sheet = ss.sheet(name);
    sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).setValues(Array.from({ length: sheet.getMaxRows() }, () => Array.from({ length: sheet.getMaxColumns() }, () => '')));
    expect(
      cellsOf(ss, name)
        .flat(2)
        .every((f) => f === ''),
    ).toBe(true);
    ss.log.reset();
    const result = setup(ss, new Date(2026, 10, 22));
    expect(result.refused).toBe(false);
    expect(ss.log.count('Sheet.insertRows', name)).toBe(0);
    expect(sheet.getMaxRows()).toBe(1000);
    expect(cellsOf(ss, name)).toEqual(laidOut);
    // Nothing was missing that people could have typed: no row named as re-created.
    expect(result.messages.filter((m) => m.includes(`Trang "${name}"`))).toEqual([]);
  });
});
