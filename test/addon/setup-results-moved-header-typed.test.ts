/**
 * A commune dragged "Kết quả Mức độ 1" (column I of "Đánh giá", the results formula's own) to
 * column A and typed its own header there ("KQ1"), then ran a repair (newcomer hunt, session 18).
 * Dragged alone, the column is found by its header and put back beside "Kết quả Mức độ 2"
 * (setup-switch-moved-columns.test.ts). With its header typed over, the column is not found: the
 * repair says it was deleted and lays a new results column in J, and leaves the template's own
 * CDHT_RESULTS in A5, whose spill is blocked by the codes in B (#REF!), on the page; a second repair
 * says nothing is wrong. Expected cells typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

describe('"Kết quả Mức độ 1" dragged to A and its header typed over, then a repair', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const sheet = ss.sheet(SHEETS.assessment);
  sheet.moveColumns(sheet.getRange('I1:I1'), 1);
  sheet.type('A4', 'KQ1');
  expect([sheet.at('A5').formula.startsWith('=CDHT_RESULTS('), sheet.at('B6').value]).toEqual([true, 'TC1.1']);
  const message = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
  const formulas = sheet.values().flatMap((row) => row.filter((cell) => String(cell).startsWith('=CDHT_RESULTS(')));
  const shown = sheet.values()[4].map((_, c) => sheet.getRange(5, c + 1).getValue());

  // Was a finding (session 18): the template's formula is left in A5 beside a new one, and shows #REF!.
  it('leaves one CDHT_RESULTS on the page, and no cell of row 5 shows #REF!', () => {
    expect(formulas.length).toBe(1);
    expect(shown).not.toContain('#REF!');
  });

  // Was a finding (session 18): the column was moved and renamed, not deleted; its header is the commune's, kept and named.
  it('does not call the moved column deleted', () => {
    expect(message).not.toContain('"Kết quả Mức độ 1" bị thiếu (có thể đã bị xoá)');
  });
});
