/**
 * outOfOrder (match.ts) names the fewest positions that stand out of the template's order, and
 * cellPlaces (computed.ts) writes a spilling formula atop the rows its area is placed over (review
 * 14, F1, F2). Expected values worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { cellPlaces } from '../../../src/core/template/computed';
import { outOfOrder } from '../../../src/core/template/match';
import { formula, label, spill, type SheetSpec } from '../../../src/core/template/types';

describe('outOfOrder', () => {
  it('nothing in order, nothing missing: none', () => {
    expect(outOfOrder([1, 2, 5, 9])).toEqual([]);
  });
  it('two swapped: one of them', () => {
    expect(outOfOrder([1, 2, 4, 3, 5]).length).toBe(1);
  });
  it('the first moved to the end: the first', () => {
    expect(outOfOrder([9, 2, 3, 4])).toEqual([0]);
  });
  it('positions not found are never named', () => {
    expect(outOfOrder([null, 3, null, 1, 2])).toEqual([1]);
  });
});

describe('cellPlaces', () => {
  // A label column and a formula heading a three-row spill beside it.
  const spec = {
    cells: [
      [label('a'), formula('=F(A1:A3)')],
      [label('b'), spill()],
      [label('c'), spill()],
    ],
  } as unknown as SheetSpec;

  it('rows in order: every cell at its row and column', () => {
    const places = cellPlaces(spec, { name: 'x', rows: [1, 2, 3], columns: [1, 2] });
    expect(places.at(0, 1)).toEqual({ row: 1, column: 2 });
    expect(places.cell(1, 2)).toEqual([0, 1]);
  });

  it('rows sorted (a, the formula’s row, to the bottom): the formula goes atop, the spill cell there to its place', () => {
    const places = cellPlaces(spec, { name: 'x', rows: [3, 1, 2], columns: [1, 2] });
    expect(places.at(0, 1)).toEqual({ row: 1, column: 2 });
    expect(places.at(1, 1)).toEqual({ row: 3, column: 2 });
    expect([places.cell(1, 2), places.cell(3, 2), places.cell(3, 1)]).toEqual([
      [0, 1],
      [1, 1],
      [0, 0],
    ]);
  });
});
