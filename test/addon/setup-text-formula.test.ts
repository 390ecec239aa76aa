/**
 * A formula of the template turned into text: a cell formatted as plain text ("Định dạng → Số →
 * Văn bản thuần túy", the "@" format) keeps what is typed or pasted into it as text, "=CDHT_…"
 * included (test/fakes/user-entered.ts; Sheets shows the formula's text instead of its result).
 * The cell then reads back the formula's very text as its value, with no formula: repair must
 * still write the formula (after giving the cell its format back), never take the text for it.
 * Found by the review of the set-up call savings.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/template/layout';
import { filledWorkbook, setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);

describe('a formula cell formatted as plain text', () => {
  it('repair gives a result formula back its format and writes it as a formula again', () => {
    const { ss } = filledWorkbook();
    const results = ss.sheet(SHEETS.results);
    const a1 = results
      .values()
      .flatMap((row, r) => row.map((cell, c) => ({ cell, a1: `${String.fromCharCode(65 + c)}${r + 1}` })))
      .find(({ cell }) => String(cell).startsWith('=CDHT_SCORE('))!.a1;
    const formula = results.at(a1).formula;
    results.at(a1).format = '@';
    results.type(a1, formula);
    expect(results.at(a1).formula).toBe('');
    expect(results.at(a1).value).toBe(formula);
    setup(ss, LATER);
    expect(results.at(a1).formula).toBe(formula);
    expect(results.at(a1).format).not.toBe('@');
  });
});
