/**
 * A commune deleted column B of "Đánh giá" (the indicators' wording, long and often in the way),
 * gave TC1.1 "Đạt", and switched TT25 → TT44, later back (newcomer hunt, session 18). A plain
 * repair re-creates column B and names it; a switch re-creates it too, but the criterion headings
 * lost their text with the column, so the switch reads the heading rows as rows of the commune's:
 * it names rows 9, 13, 17 and 22 as "content" nobody typed, and lays an extra row with a second
 * CDHT_RESULTS in it above TC1, which blocks the first one's spill (#REF! in I5, every result
 * gone). Back under TT25, TC1.1's "Đạt" is not on its row. Expected values typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { rowWith, setup } from './scenarios';

describe('TT25 → TT44 → TT25 after column B (the wording) was deleted', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const sheet = ss.sheet(SHEETS.assessment);
  sheet.type('E6', 'Đạt');
  sheet.deleteColumn(2);
  expect([sheet.at('A6').value, sheet.at('D6').value]).toEqual(['TC1.1', 'Đạt']);
  ss.sheet(SHEETS.info).type('B7', 'TT44');
  const toTT44 = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
  const afterTT44 = sheet.values().map((row) => row[8]);
  const shownTT44 = sheet.getRange('I5').getValue();
  ss.sheet(SHEETS.info).type('B7', 'TT25');
  setup(ss, new Date(2026, 10, 22, 8, 6));

  // was a finding (session 18): the criterion headings, emptied by the deleted column, are taken for the commune's rows.
  it('names no heading row as the commune’s content', () => {
    expect(toTT44).not.toContain('dòng 9 (dưới "TC1.3")');
  });

  // was a finding (session 18): an extra row above TC1 gets a second results formula, which blocks the first.
  it('lays one CDHT_RESULTS under TT44, in I5, and it shows its results', () => {
    expect(afterTT44.filter((cell) => String(cell).startsWith('=CDHT_RESULTS')).length).toBe(1);
    expect(shownTT44).not.toBe('#REF!');
  });

  // was a finding (session 18): the value entered for TC1.1 does not come back beside its code.
  it('gives TC1.1 its "Đạt" back under TT25', () => {
    expect(sheet.at(`E${rowWith(sheet, 1, 'TC1.1')}`).value).toBe('Đạt');
  });
});
