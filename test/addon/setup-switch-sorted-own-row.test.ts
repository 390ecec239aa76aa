/**
 * A row the committee added under an indicator of "Đánh giá", the sheet then sorted in reverse
 * (by their own "STT" column, descending), then a switch of ruleset and back (review 14b R6). A
 * switch takes each added row with the indicator it follows; after the reverse sort the row stands
 * below TC1.2 and above TC1.1, and it came back under TC1.2. What the row carries ties it to
 * neither; where it was typed does: between TC1.1 and TC1.2, under the one of its two neighbours
 * that comes first in the template (TC1.1), which is the one above it whenever the sheet is in the
 * template's order, the one below it when a sort reversed them.
 *
 * Expected: the committee's row right under TC1.1 after the round trip, typed by hand from the
 * template's order (TC1.1, then TC1.2).
 */
import { expect, it } from 'vitest';
import { SHEETS } from '../../src/core/template/layout';
import { expectAllKept, filledWorkbook, rowWith, setup } from './scenarios';

const [T1, T2, T3] = [new Date(2026, 10, 22, 8, 5), new Date(2026, 10, 22, 9, 10), new Date(2026, 10, 23, 10, 15)];

it('an added row under TC1.1, the sheet sorted by the commune’s STT descending, TT25 → TT44 → TT25: the row comes back under TC1.1', () => {
  const { ss, tracked } = filledWorkbook();
  const sheet = ss.sheet(SHEETS.assessment);
  // Their own "STT" column before "Mã", numbering the rows 1…21 as the template orders them.
  sheet.insertColumnBefore(1);
  sheet.type('A4', 'STT');
  for (let row = 5; row <= 25; row++) sheet.type(`A${row}`, row - 4);
  // A row of theirs under TC1.1 (row 6), numbered between TC1.1's 2 and TC1.2's 3, with a note.
  sheet.insertRowAfter(6);
  sheet.type('A7', 2.5);
  sheet.type('H7', 'Ý kiến riêng về TC1.1');
  setup(ss, T1);
  sheet.getRange(5, 1, 22, 9).sort({ column: 1, ascending: false });
  expect([sheet.at('B23').value, sheet.at('H24').value, sheet.at('B25').value]).toEqual(['TC1.2', 'Ý kiến riêng về TC1.1', 'TC1.1']);
  for (const [rulesetId, now] of [
    ['TT44', T2],
    ['TT25', T3],
  ] as const) {
    ss.sheet(SHEETS.info).type('B7', rulesetId);
    setup(ss, now);
  }
  const code = rowWith(sheet, 2, 'TC1.1');
  expect(sheet.at(`H${code + 1}`).value).toBe('Ý kiến riêng về TC1.1');
  expect(sheet.at(`A${code + 1}`).value).toBe(2.5);
  expect(sheet.at(`B${code + 2}`).value).toBe('TC1.2');
  expectAllKept(tracked.filter((t) => t.key !== 'Bộ tiêu chí'));
});
