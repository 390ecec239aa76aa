/**
 * Writing blocks into the roll-up's sheets (src/rollup/sheet-io.ts) on the Spreadsheet fake, whose
 * new sheet has 1000 rows × 26 columns and whose getRange outside them throws, as Sheets' does.
 */
import { describe, expect, it } from 'vitest';
import { writeBlock } from '../../src/rollup/sheet-io';
import { FakeSpreadsheet } from '../fakes/spreadsheet';

describe('writeBlock', () => {
  it('grows the sheet to the right for a block wider than its 26 columns', () => {
    const sheet = new FakeSpreadsheet().insertSheet('Tiêu chí', 0);
    writeBlock(sheet, 2, 3, [Array.from({ length: 30 }, (_, c) => `cột ${c + 1}`)]);
    expect(sheet.getMaxColumns()).toBe(32);
    expect([sheet.at('C2').value, sheet.at('AF2').value]).toEqual(['cột 1', 'cột 30']);
  });

  it('writes nothing, and asks for no range, for a block of no row', () => {
    const ss = new FakeSpreadsheet();
    const sheet = ss.insertSheet('Tiêu chí', 0);
    const calls = ss.log.count();
    expect(() => writeBlock(sheet, 1, 1, [])).not.toThrow();
    expect(ss.log.count()).toBe(calls);
  });
});
