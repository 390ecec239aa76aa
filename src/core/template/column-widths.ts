/**
 * The setColumnWidths calls that give a new sheet its spec's column widths. One call sets one
 * width on a run of adjacent columns, and a later call overrides an earlier one (Sheet.
 * setColumnWidths reference), so a width that recurs is painted once under the columns between
 * its first and last use, and the others on top: [420, 150, 150, 150, 150, 320, 150] takes 3
 * calls instead of 4. A width of 0 means the sheet's default: that column is never painted.
 */

/** One call: `count` columns from `start` (1-based), `width` pixels. */
export interface WidthCall {
  start: number;
  count: number;
  width: number;
}

/** Runs of equal widths side by side, from column `offset` + 1. */
function runs(widths: number[], offset: number): WidthCall[] {
  const result: WidthCall[] = [];
  widths.forEach((width, i) => {
    const last = result[result.length - 1];
    if (last && last.width === width && last.start + last.count === offset + i + 1) last.count++;
    else if (width > 0) result.push({ start: offset + i + 1, count: 1, width });
  });
  return result;
}

/** The calls for one stretch of painted (non-zero) columns, starting after column `offset`. */
function segmentCalls(widths: number[], offset: number): WidthCall[] {
  const plain = runs(widths, offset);
  let best = plain;
  for (const width of new Set(widths)) {
    const first = widths.indexOf(width);
    const last = widths.lastIndexOf(width);
    const rest = widths.map((w, i) => (i >= first && i <= last && w === width ? 0 : w));
    const calls = [{ start: offset + first + 1, count: last - first + 1, width }, ...runs(rest, offset)];
    if (calls.length < best.length) best = calls;
  }
  return best;
}

/** The calls, in the order they must be made, for the widths of columns 1…n (0: leave as is). */
export function columnWidthCalls(widths: readonly number[]): WidthCall[] {
  const calls: WidthCall[] = [];
  let start = 0;
  for (let i = 0; i <= widths.length; i++) {
    if (i < widths.length && widths[i] > 0) continue;
    if (i > start) calls.push(...segmentCalls(widths.slice(start, i), start));
    start = i + 1;
  }
  return calls;
}
