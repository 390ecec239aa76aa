/**
 * A note the commune keeps far right of "Đánh giá", past column Z (AA), through a switch TT25 →
 * TT44 → TT25. The archive heads it by its letters ('Cột AA ("Ghi chú xa")'); on the switch back
 * the row's note must come back to AA, as one in I does (setup-switch-own-column.test.ts): a
 * column's letters are one or more (A1 notation), and a commune's sheet is not as narrow as the
 * template.
 *
 * Expected: cells typed by hand (TT25's TC1.1 on row 6; TT44 has no TC1.1, so its row leaves for
 * the archive and comes back).
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

const ARCHIVE_TT25 = 'Lưu trữ TT25 22-11-2026 08.05';

describe('TT25 → TT44 → TT25 with a note in column AA', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const sheet = ss.sheet(SHEETS.assessment);
  expect(sheet.at('A6').value).toBe('TC1.1');
  // A column past Z exists only once the sheet is that wide (Sheets adds columns at its right edge).
  sheet.insertColumnsAfter(sheet.maxColumns, 1);
  sheet.type('AA4', 'Ghi chú xa');
  sheet.type('AA6', 'ghi chú AA TC1.1');
  const info = ss.sheet(SHEETS.info);
  info.type('B7', 'TT44');
  setup(ss, new Date(2026, 10, 22, 8, 5));
  const sixTT44 = sheet.at('AA6').value;
  const archived = ss.sheet(ARCHIVE_TT25).values();
  info.type('B7', 'TT25');
  setup(ss, new Date(2026, 10, 23, 8, 5));

  it('to TT44: the row of TC1.1 leaves with its note, archived under "Cột AA ("Ghi chú xa")"', () => {
    expect(sixTT44).toBe('');
    const at = archived[1].indexOf('Cột AA ("Ghi chú xa")');
    expect([archived[3][0], at >= 0 ? archived[3][at] : 'no "Cột AA ("Ghi chú xa")"']).toEqual(['TC1.1', 'ghi chú AA TC1.1']);
  });

  it('back to TT25: the note is in AA again, on TC1.1’s row, its header kept', () => {
    expect(['A6', 'AA4', 'AA6'].map((a1) => sheet.at(a1).value)).toEqual(['TC1.1', 'Ghi chú xa', 'ghi chú AA TC1.1']);
  });
});
