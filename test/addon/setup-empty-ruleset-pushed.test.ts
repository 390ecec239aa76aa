/**
 * An empty "Bộ tiêu chí" (its header row left, every row under it deleted) whose header was pushed
 * down by rows people inserted above it, with a note typed there. Set-up must read it as the empty
 * table it is (rows above the header are no part of it), fill the built-in ruleset under the header
 * where it now is, write no second header, keep the note and say nothing. Expected cells typed by
 * hand from the TT25 table (README, "The ruleset table").
 */
import { describe, expect, it } from 'vitest';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

describe('an empty "Bộ tiêu chí" with its header pushed down', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const sheet = ss.sheet('Bộ tiêu chí');
  sheet.deleteRows(2, 150);
  sheet.insertRowsBefore(1, 2);
  sheet.type('A1', 'Ghi chú của xã');
  const result = setup(ss, new Date(2026, 10, 22, 8, 5));

  it('fills TT25 under the header where it is, keeps the note, says nothing', () => {
    expect(result.messages).toEqual([]);
    expect(result.rulesetId).toBe('TT25');
    expect(['A1', 'A2', 'A3', 'B3', 'L3', 'A4', 'B4', 'D4', 'A5', 'B5', 'A6', 'B6'].map((a1) => sheet.at(a1).value)).toEqual([
      'Ghi chú của xã',
      '',
      'Loại',
      'Mã',
      'Trạng thái',
      'Bộ tiêu chí',
      'TT25',
      'Mức độ',
      'Tiêu chí',
      'TC1',
      'Chỉ tiêu',
      'TC1.1',
    ]);
  });

  it('writes one header only, and the named range starts at it', () => {
    expect(sheet.values().filter((row) => row[0] === 'Loại')).toHaveLength(1);
    expect(ss.namedRanges.filter((n) => n.name === 'CDHT_BO_TIEU_CHI').map((n) => n.range.a1())).toEqual(['A3:L152']);
  });
});
