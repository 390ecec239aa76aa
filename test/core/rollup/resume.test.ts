import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells/values';
import { DEFAULT_PACE, readPace } from '../../../src/core/rollup/resume';

describe('readPace (the reads-per-minute cell)', () => {
  it.each<[Cell, number]>([
    [120, 120],
    ['120', 120],
    [' 90 ', 90],
    // Typed as text in a vi-VN sheet: dots group thousands, so "1.000" is a thousand, not 1.
    ['1.000', 1000],
  ])('%j is %d', (cell, pace) => expect(readPace(cell)).toBe(pace));

  it.each<Cell>(['', null, 0, -5, 2.5, '2,5', 'nhanh', '6 0', '1e3', '0x10', true])('%j falls back to the default', (cell) => {
    expect(readPace(cell)).toBe(DEFAULT_PACE);
  });
});
