/**
 * Text people typed that Sheets would read back as a number if it were written into a cell
 * without the text format: a document number "0123", a phone number "0912345678". Set-up writes
 * the whole area of a sheet again whenever something in it must change (here: the template's
 * wording typed over, written back). Every value is written as a person would type it
 * (test/fakes/user-entered.ts), so the text format '@' must be given back to these cells before
 * the values, or "0123" comes back as the number 123 and the leading zero of a phone number is gone.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/template/layout';
import { filledWorkbook, setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);

describe('text that looks like a number, in an area set-up rewrites', () => {
  it('keeps "0123" and "0912345678" as text with the text format when repair writes the template text back', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    expect([sheet.at('A7').value, sheet.at('A8').value]).toEqual(['TC1.2', 'TC1.3']);
    // Typed under the text format, as Format › Number › Plain text makes it.
    sheet.at('G7').format = '@';
    sheet.type('G7', '0123');
    sheet.at('H8').format = '@';
    sheet.type('H8', '0912345678');
    expect([sheet.at('G7').value, sheet.at('H8').value]).toEqual(['0123', '0912345678']);
    // The template's wording typed over: repair must write the area again to put it back.
    const template = sheet.at('B7').value;
    sheet.type('B7', 'Xây dựng kế hoạch (xã sửa lời cho gọn)');
    ss.log.reset();

    setup(ss, LATER);

    expect(sheet.at('B7').value).toBe(template);
    expect(ss.log.count('Range.setValues', sheet.getName())).toBeGreaterThan(0);
    expect([sheet.at('G7').value, sheet.at('H8').value]).toEqual(['0123', '0912345678']);
    expect([sheet.at('G7').format, sheet.at('H8').format]).toEqual(['@', '@']);
  });
});
