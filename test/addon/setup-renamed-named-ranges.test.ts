/**
 * Repair recognises a named range already in place without listing every named range
 * (setup-calls.test.ts), on sheets the commune renamed too: a named range belongs to its sheet
 * whatever the tab is called (Google: Sheet.setName keeps the sheet's ranges), so the range on
 * "Đánh giá 2025" is in place when set-up places "Đánh giá" there. Compared with the template's
 * name instead, every range on a renamed sheet was set again on each repair (Spreadsheet.getNamedRanges
 * and NamedRange.setRange: calls for nothing).
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/template/layout';
import { NAMES } from '../../src/core/workbook/names';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

describe('named ranges on renamed sheets', () => {
  it('are left as they are by a repair: no listing, no NamedRange call, each still on its renamed sheet', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const renamed: Array<[string, string]> = [
      [SHEETS.info, 'Thông tin xã'],
      [SHEETS.assessment, 'Đánh giá 2025'],
      [SHEETS.evidence, 'Minh chứng'],
      [SHEETS.ruleset, 'Bộ tiêu chí của tỉnh'],
    ];
    for (const [name, to] of renamed) ss.renamed(ss.sheet(name), to);
    const before = Object.values(NAMES).map((name) => ss.getRangeByName(name)!.getA1Notation());
    ss.log.reset();
    expect(setup(ss, new Date(2026, 10, 22, 8, 5)).messages).toEqual([]);
    expect(ss.log.count('Spreadsheet.getNamedRanges')).toBe(0);
    expect(ss.log.count('NamedRange.')).toBe(0);
    expect(ss.log.count('Spreadsheet.setNamedRange')).toBe(0);
    expect(Object.values(NAMES).map((name) => [ss.getRangeByName(name)!.getSheet().getName(), ss.getRangeByName(name)!.getA1Notation()])).toEqual([
      ['Thông tin xã', before[0]],
      ['Đánh giá 2025', before[1]],
      ['Bộ tiêu chí của tỉnh', before[2]],
      ['Minh chứng', before[3]],
    ]);
  });
});
