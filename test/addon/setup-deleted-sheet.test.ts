/**
 * A sheet of the template deleted by a person: "Thiết lập / sửa mẫu" must re-create it and point
 * the named ranges at it again, never fail (a named range whose sheet is gone cannot give its
 * range: #REF! in Sheets, "Range not found" from Apps Script). Found by a newcomer's review.
 */
import { describe, expect, it } from 'vitest';
import { NAMES } from '../../src/core/workbook/names';
import { SHEETS } from '../../src/core/template/layout';
import { filledWorkbook, setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);

describe('repair after a sheet was deleted', () => {
  it.each([SHEETS.ruleset, SHEETS.assessment, SHEETS.pcgd])('re-creates "%s" and its named ranges, twice without an error', (name) => {
    const { ss } = filledWorkbook();
    ss.deleteSheet(ss.sheet(name));
    expect(() => setup(ss, LATER)).not.toThrow();
    expect(() => setup(ss, LATER)).not.toThrow();
    expect(ss.getSheets().map((s) => s.getName())).toContain(name);
    for (const rangeName of Object.values(NAMES)) expect(ss.getRangeByName(rangeName)).not.toBeNull();
  });

  it('keeps every value of the other sheets', () => {
    const { ss } = filledWorkbook();
    const info = ss.sheet(SHEETS.info).values();
    ss.deleteSheet(ss.sheet(SHEETS.ruleset));
    setup(ss, LATER);
    expect(ss.sheet(SHEETS.info).values()).toEqual(info);
  });
});
