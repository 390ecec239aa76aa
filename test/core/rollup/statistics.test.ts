/** Shares as the roll-up prints them in its sheets and its yearly report; expected texts typed by hand. */
import { describe, expect, it } from 'vitest';
import { shareText } from '../../../src/core/rollup/statistics';

describe('shareText', () => {
  it.each<[number, number, string]>([
    [1, 8, '12,5%'],
    [2, 3, '66,7%'],
    [1, 3, '33,3%'],
    [0, 5, '0%'],
    [5, 5, '100%'],
    [1, 2000, '0,1%'],
  ])('%d of %d is %s (one decimal at most)', (part, whole, text) => {
    expect(shareText(part, whole)).toBe(text);
  });

  it('a share of nothing is left empty (or the caller’s mark), never "NaN%"', () => {
    expect(shareText(0, 0)).toBe('');
    expect(shareText(0, 0, '–')).toBe('–');
  });
});
