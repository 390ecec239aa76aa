/**
 * Where a value sits in a range a formula was given, as a message names it. A custom function
 * receives the values, never the sheet's row numbers, so the place is counted from the range's
 * first cell and the message says so: "dòng thứ 2" alone reads as row 2 of the sheet.
 */

/** "ô thứ 2 từ trên xuống của vùng trong công thức" (one column), or "dòng thứ 2, cột thứ 3 …"; `row` and `column` count from 0. */
export function placeInRange(row: number, column: number, wide: boolean): string {
  const place = wide ? `dòng thứ ${row + 1}, cột thứ ${column + 1}` : `ô thứ ${row + 1} từ trên xuống`;
  return `${place} của vùng trong công thức`;
}

/** Said once per message after a place: how it is counted. */
export const COUNTED_IN_RANGE = 'không phải số dòng của trang tính';
