/** The roll-over writes neighbouring cells with one setValues per rectangle: each value must still land in its own cell. */
import { describe, expect, it } from 'vitest';
import { rectangles } from '../../src/addon/new-year';

const write = (row: number, column: number, value: string) => ({ sheet: 'Đánh giá', row, column, value });

describe('rectangles of the roll-over writes', () => {
  it('a 2 × 2 block of neighbouring cells is one rectangle', () => {
    expect(rectangles([write(5, 5, 'a'), write(5, 6, 'b'), write(6, 5, 'c'), write(6, 6, 'd')])).toEqual([
      {
        sheet: 'Đánh giá',
        row: 5,
        column: 5,
        values: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
    ]);
  });

  it('E5 then F6 stay two cells: a write on the next row never joins the run of the row above', () => {
    expect(rectangles([write(5, 5, 'a'), write(6, 6, 'b')])).toEqual([
      { sheet: 'Đánh giá', row: 5, column: 5, values: [['a']] },
      { sheet: 'Đánh giá', row: 6, column: 6, values: [['b']] },
    ]);
  });

  it('cells of two sheets never share a rectangle, nor rows of unequal runs', () => {
    const other = { sheet: 'Thông tin', row: 5, column: 6, value: 'x' };
    expect(rectangles([write(5, 5, 'a'), other, write(6, 5, 'c'), write(6, 6, 'd')])).toHaveLength(3);
  });
});
