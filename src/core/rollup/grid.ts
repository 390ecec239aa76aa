import type { Cell } from '../cells/values';

/**
 * The length of the longest row, at least `floor`. A loop, not Math.max(...rows): spreading a
 * register of 100,000 rows into arguments overflows the call stack.
 */
export function widest(rows: readonly (readonly unknown[])[], floor: number): number {
  let width = floor;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}

/** Pads each row with blanks to `width`, in place: the rows were built for this grid alone. */
export function padRows(rows: Cell[][], width: number): Cell[][] {
  for (const row of rows) while (row.length < width) row.push('');
  return rows;
}
