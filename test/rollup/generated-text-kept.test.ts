/**
 * The generated sheets show a text as it was written, even one Sheets would read otherwise when a
 * script writes it (USER_ENTERED: "=…" a formula, a leading apostrophe dropped, "+1" a number; see
 * the README table "Google behaviours this add-on relies on"). Names typed in the register as text
 * come back unchanged in "Kết quả các xã".
 */
import { describe, expect, it } from 'vitest';
import { runUpdate } from '../../src/rollup/update';
import { harness } from './harness';

describe('texts in the generated sheets', () => {
  it('a name starting with "=", "+" or an apostrophe, typed as text, is shown as typed', () => {
    const h = harness();
    const register = h.register([['placeholder', 2025, '', 'Mức độ 1']]);
    register.type('A2', "'=Xã A");
    register.type('A3', "''Xã B");
    register.type('A4', "'+Xã C");
    for (const row of [3, 4]) register.getRange(row, 2, 1, 3).setValues([[2025, '', 'Mức độ 1']]);
    expect(
      register
        .values()
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['=Xã A', "'Xã B", '+Xã C']);
    expect(runUpdate(h.services, 'start').kind).toBe('done');
    const communes = h.spreadsheet.sheet('Kết quả các xã');
    expect(
      communes
        .values()
        .slice(1)
        .map((r) => r.slice(0, 5)),
    ).toEqual([
      [2, '=Xã A', 2025, 'TT25', 'Mức độ 1'],
      [3, "'Xã B", 2025, 'TT25', 'Mức độ 1'],
      [4, '+Xã C', 2025, 'TT25', 'Mức độ 1'],
    ]);
    expect(communes.at('B2').formula).toBe('');
  });
});
