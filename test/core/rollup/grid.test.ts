/** The roll-up's grids: a sheet's values are a rectangle (Range.setValues wants every row as wide as the range). */
import { describe, expect, it } from 'vitest';
import { padRows, widest } from '../../../src/core/rollup/grid';

describe('widest', () => {
  it('is the longest row, or the floor when every row is narrower', () => {
    expect(widest([['a'], ['a', 'b', 'c'], ['a', 'b']], 1)).toBe(3);
    expect(widest([['a'], []], 4)).toBe(4);
    expect(widest([], 2)).toBe(2);
  });
});

describe('padRows', () => {
  it('pads each row with blanks to the width exactly, leaving a full row as it is', () => {
    const rows = [['a'], ['a', 'b', 'c'], []];
    expect(padRows(rows, 3)).toBe(rows);
    expect(rows).toEqual([
      ['a', '', ''],
      ['a', 'b', 'c'],
      ['', '', ''],
    ]);
  });
});
