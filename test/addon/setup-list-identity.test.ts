/**
 * A list sheet set-up cannot match (a heading row typed twice) is rewritten as laid out
 * (src/addon/setup/setup.ts): its rows below the template's 200 are people's list and are never
 * emptied, while nothing of theirs inside the template's rows is lost either.
 */
import { expect, it } from 'vitest';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

const setup = (ss: FakeSpreadsheet, now: Date) => setupWorkbook(ss, fakeFactories(ss.log), now);

it('the evidence list with its heading row copied below: items past row 203 stay after the repair', () => {
  const ss = new FakeSpreadsheet();
  setup(ss, new Date(2026, 10, 21, 9, 30));
  const sheet = ss.sheet(SHEETS.evidence);
  for (const column of ['A', 'B', 'C', 'D', 'E', 'F']) sheet.type(`${column}205`, String(sheet.at(`${column}3`).value));
  sheet.type('A4', 'H1.01');
  sheet.type('A206', 'H5.09');
  sheet.type('A260', 'H5.10');

  const result = setup(ss, new Date(2026, 10, 22, 8, 5));

  expect(result.refused).toBe(false);
  expect(['A3', 'A4', 'A205', 'A206', 'A260'].map((a1) => sheet.at(a1).value)).toEqual(['Mã minh chứng', 'H1.01', 'Mã minh chứng', 'H5.09', 'H5.10']);
});
