/**
 * The setColumnWidths calls that give a new sheet its spec's column widths. One call sets one
 * width on a run of adjacent columns, and a later call overrides an earlier one (Sheet.
 * setColumnWidths reference), so a width that recurs may be painted once under the columns from
 * its first use to its last, and the others on top: [420, 150, 150, 150, 150, 320, 150] takes 3
 * calls instead of 4. A width of 0 means the sheet's default: that column is never painted.
 */

/** One call: `count` columns from `start` (1-based), `width` pixels. */
export interface WidthCall {
  start: number;
  count: number;
  width: number;
}

/** The calls, in the order they must be made, for the widths of columns 1…n (0: leave as is). */
export function columnWidthCalls(widths: readonly number[]): WidthCall[] {
  let best: WidthCall[] | null = null;
  // 0 as the base paints nothing under the runs: the plain runs of equal widths.
  for (const base of [0, ...widths]) {
    const first = widths.indexOf(base);
    const last = widths.lastIndexOf(base);
    const under = base > 0 && !widths.slice(first, last).includes(0);
    const calls: WidthCall[] = under ? [{ start: first + 1, count: last - first + 1, width: base }] : [];
    widths.forEach((width, i) => {
      const previous = calls[calls.length - 1];
      // The base width occurs only from its first use to its last: all of them lie on the base call.
      if (width === 0 || (under && width === base)) return;
      if (previous && previous.width === width && previous.start + previous.count === i + 1) previous.count++;
      else calls.push({ start: i + 1, count: 1, width });
    });
    if (!best || calls.length < best.length) best = calls;
  }
  return best!;
}
