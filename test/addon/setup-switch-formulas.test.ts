/**
 * Formulas a committee put in rows and cells a switch of ruleset moves (issue 14, session 10,
 * gap 1): a formula in a row below the table (which moves under the new table), in a row inserted
 * under an indicator the new ruleset has not (which leaves for the archive and comes back with its
 * indicator) and right of the table on an indicator's row (likewise). Each must still be a
 * formula afterwards, computing, not its text under the plain-text format "@" (the fake keeps
 * "=…" as text under "@", as Sheets does: test/fakes/user-entered.ts).
 *
 * Before: rows moved on the sheet kept their formulas, but no test held a formula (writing every
 * moved cell under "@" went unseen), and a formula coming back from the archive was written under
 * "@" (the archive keeps it as text), so it came back as text, no longer computing.
 *
 * Expected: rows typed by hand from the two layouts (TT25 with headings: TC1.1 on row 6, TC2.1 on row 10, TC5.2b on
 * row 25; TT44: 15 indicators on rows 5–19), counted on the sheet below.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { rowWith, setup } from './scenarios';

const SUMS: Record<string, number> = { '=SUM(1;2)': 3, '=SUM(2;3)': 5, '=SUM(4;5)': 9 };

describe('formulas people put in rows a switch TT25 → TT44 → TT25 moves', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const sheet = ss.sheet(SHEETS.assessment);
  ss.evaluate = (formula) => SUMS[formula] ?? '';
  const tc21 = rowWith(sheet, 1, 'TC2.1');
  expect([sheet.at('A6').value, tc21, sheet.at('A25').value]).toEqual(['TC1.1', 10, 'TC5.2b']);
  // A row inserted under TC2.1 (row 11) with a formula in G; a formula right of the table on TC1.1's row; one below the table.
  sheet.insertRowBefore(11);
  sheet.type('G11', '=SUM(1;2)');
  sheet.type('K6', '=SUM(2;3)');
  sheet.type('G28', '=SUM(4;5)');
  const info = ss.sheet(SHEETS.info);
  info.type('B7', 'TT44');
  setup(ss, new Date(2026, 10, 22, 8, 5));
  const underTT44 = (a1: string) => ({ formula: sheet.at(a1).formula, format: sheet.at(a1).format, shows: sheet.getRange(a1).getValue() });
  const movedBelow = underTT44('G21');
  const leftK6 = sheet.at('K6').value;
  info.type('B7', 'TT25');
  setup(ss, new Date(2026, 10, 23, 8, 5));

  it('to TT44: the row below the table moves from row 28 to row 21 with its formula, still computing', () => {
    expect(movedBelow).toEqual({ formula: '=SUM(4;5)', format: 'General', shows: 9 });
    expect(leftK6).toBe('');
  });

  it('back to TT25: the inserted row and the cell right of the table come back as formulas, not as their text', () => {
    expect(['G11', 'K6', 'G28'].map((a1) => [sheet.at(a1).formula, sheet.getRange(a1).getValue()])).toEqual([
      ['=SUM(1;2)', 3],
      ['=SUM(2;3)', 5],
      ['=SUM(4;5)', 9],
    ]);
  });
});

/**
 * The same kind on "Kết quả", which a switch rewrites in place: a note the new layout would cover
 * moves right on its row (displacedNotes). A formula a person put there must move as a formula, and
 * a text that only looks like one ("=…" typed under the text format "@") as text. Before, every
 * moved text went under "@", the formula with it. TT44's last row is 31 (setup-switch-notes.test.ts),
 * so notes in E32 and E33 are emptied by the rewrite and move to G32 and G33.
 * On a renamed "Kết quả" ("Kết quả 2026") the same: what each cell showed is kept under the
 * template's sheet name, not the tab's. Looked up by the tab's, nothing was found, the "=…" text
 * passed for a formula and moved as one (no longer the text people typed).
 */
describe('a formula and a "=…" text below the results of "Kết quả" when switching TT25 → TT44', () => {
  it.each([SHEETS.results, 'Kết quả 2026'])('on the tab "%s": the formula moves as a formula, computing; the text as text; the message names the tab', (tab) => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    ss.evaluate = (formula) => SUMS[formula] ?? '';
    const sheet = ss.sheet(SHEETS.results);
    sheet.setName(tab);
    sheet.type('E32', '=SUM(2;3)');
    sheet.getRange('E33').setNumberFormats([['@']]);
    sheet.type('E33', '=SUM(1;2) chưa tính');
    ss.sheet(SHEETS.info).type('B7', 'TT44');
    const { messages } = setup(ss, new Date(2026, 10, 22, 8, 5));
    expect(messages[messages.length - 1]).toBe(
      `Trang "${tab}" được viết lại theo bộ tiêu chí TT44, nên nội dung nhập tay ở ô E32 ("=SUM(2;3)") đã được chuyển sang ô G32, ô E33 ("=SUM(1;2) chưa tính") sang ô G33, cùng dòng, bên phải phần của mẫu.`,
    );
    expect(['G32', 'G33'].map((a1) => [sheet.at(a1).formula, sheet.getRange(a1).getValue(), sheet.at(a1).format])).toEqual([
      ['=SUM(2;3)', 5, 'General'],
      ['', '=SUM(1;2) chưa tính', '@'],
    ]);
  });
});
