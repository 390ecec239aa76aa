/**
 * looksOf (apply-sheet.ts): how repair tells a row by its look when its key column was deleted. A
 * cell's background counts only for the styles set-up paints (header, heading, input, result); a
 * style with no background of its own (title, muted) tells nothing, even on a white cell, which every
 * cell people never painted is (Sheets reports white for a cell without a background:
 * Range.getBackgrounds reference).
 */
import { describe, expect, it } from 'vitest';
import { looksOf } from '../../src/addon/setup/apply-sheet';
import { FakeSpreadsheet } from '../fakes/spreadsheet';

describe('looksOf', () => {
  const ss = new FakeSpreadsheet();
  const sheet = ss.insertSheet('Thông tin', 0);
  // Row 1 unpainted (white), row 2 the input colour, row 3 the header colour.
  sheet.getRange(2, 1, 2, 1).setBackgrounds([['#fff9db'], ['#d9e2f3']]);
  const looks = looksOf(sheet.getRange(1, 1, 3, 1));

  it('a title or a muted hint matches no cell, white or painted', () => {
    expect([1, 2, 3].flatMap((row) => [looks(row, 1, 'title'), looks(row, 1, 'muted')])).toEqual([false, false, false, false, false, false]);
  });

  it('a painted style matches only a cell of its own colour', () => {
    expect([1, 2, 3].map((row) => [looks(row, 1, 'input'), looks(row, 1, 'header'), looks(row, 1, 'result')])).toEqual([
      [false, false, false],
      [true, false, false],
      [false, true, false],
    ]);
  });
});
