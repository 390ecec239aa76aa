/**
 * Which cells a template formula's result covers (src/core/template/computed.ts): its spill areas,
 * where the formula goes when rows were sorted or not found, and the sheet cells its result spills
 * into, with rows people inserted among them. Sheets spills an array result down and to the right
 * of its formula's cell, over every row between (rows inserted inside the ranges it reads widen
 * them); cells the spec fills otherwise are not its result. Expected cells worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { cellPlaces, spillAnchor, spillAreas, spillsInto } from '../../../src/core/template/computed';
import { formula, label, spill } from '../../../src/core/template/types';
import { bareSheetSpec } from '../../helpers';

/**
 * A formula in B1 whose result fills B1:C1 and B1:B3; C2 is nothing of the spec's, C3 a label
 * beside the column result.
 */
const spec = bareSheetSpec('x', [
  [label('a'), formula('=F(A1:A3)'), spill()],
  [label('b'), spill(), null],
  [label('c'), spill(), label('ghi chú')],
]);

describe('spillAreas', () => {
  it('gives each formula its rectangle: the spill cells right of it and below it', () => {
    expect(spillAreas(spec)).toEqual([{ row: 0, column: 1, rows: 3, columns: 2 }]);
  });

  it('a plain formula is a 1 × 1 area; labels, inputs and empty cells head none', () => {
    const plain = bareSheetSpec('y', [
      [label('Tổng'), formula('=SUM(B2:B3)'), null],
      [null, label('x'), formula('=1+1')],
    ]);
    expect(spillAreas(plain)).toEqual([
      { row: 0, column: 1, rows: 1, columns: 1 },
      { row: 1, column: 2, rows: 1, columns: 1 },
    ]);
  });
});

describe('spillAnchor', () => {
  const area = { row: 0, column: 1, rows: 3, columns: 2 };
  it('heads the placed rows and columns of its area, leaving out those not found', () => {
    // The formula's own row not found (null); its other rows at 7 and 5; its columns swapped.
    expect(spillAnchor(area, [null, 7, 5], [1, 4, 3])).toEqual({ row: 5, column: 3 });
  });
});

describe('cellPlaces', () => {
  it('columns swapped on the same rows: the formula goes to the left one, the spill cell there to its place', () => {
    const places = cellPlaces(spec, { name: 'x', rows: [1, 2, 3], columns: [1, 3, 2] });
    expect(places.at(0, 1)).toEqual({ row: 1, column: 2 });
    expect(places.at(0, 2)).toEqual({ row: 1, column: 3 });
    expect(places.cell(1, 2)).toEqual([0, 1]);
    expect(places.cell(1, 3)).toEqual([0, 2]);
  });

  it('a sheet row or column the spec does not place holds no spec cell', () => {
    const places = cellPlaces(spec, { name: 'x', rows: [1, 3, 4], columns: [1, 2, 3] });
    expect(places.cell(2, 2)).toBeNull();
    expect(places.cell(3, 4)).toBeNull();
    expect(places.cell(3, 2)).toEqual([1, 1]);
  });
});

describe('spillsInto', () => {
  it('the spill cells and the cells of a row inserted among them, not the formula, the label or the empty cell beside it', () => {
    // Row 2 was inserted: the spec's rows are at 1, 3 and 4.
    const into = spillsInto(spec, { name: 'x', rows: [1, 3, 4], columns: [1, 2, 3] });
    const covered = [];
    for (let row = 1; row <= 5; row++) for (let column = 1; column <= 4; column++) if (into(row, column)) covered.push(`${row}:${column}`);
    expect(covered).toEqual(['1:3', '2:2', '2:3', '3:2', '4:2']);
  });
});
