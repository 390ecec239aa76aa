import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnWidthCalls } from '../../../src/core/template/column-widths';
import { assessmentSheet } from '../../../src/core/template/assessment-sheet';
import { resolveRuleset } from '../../../src/core/ruleset/resolve';

/** What the columns end up with when the calls are made in order (0: never set). */
function paint(length: number, calls: ReturnType<typeof columnWidthCalls>): number[] {
  const widths = new Array<number>(length).fill(0);
  for (const call of calls) for (let c = call.start; c < call.start + call.count; c++) widths[c - 1] = call.width;
  return widths;
}

describe('column width calls', () => {
  it('paints a recurring width once under the columns between its uses, the others on top', () => {
    expect(columnWidthCalls([0, 420, 150, 150, 150, 150, 320, 150])).toEqual([
      { start: 3, count: 6, width: 150 },
      { start: 2, count: 1, width: 420 },
      { start: 7, count: 1, width: 320 },
    ]);
  });

  it('takes the fewest calls whichever base gives them, not the last one tried', () => {
    // Base 150 paints A:G in one call and the others on top: 5 calls; the last base tried (420) would take 8.
    expect(columnWidthCalls([150, 300, 150, 300, 150, 300, 150, 420])).toEqual([
      { start: 1, count: 7, width: 150 },
      { start: 2, count: 1, width: 300 },
      { start: 4, count: 1, width: 300 },
      { start: 6, count: 1, width: 300 },
      { start: 8, count: 1, width: 420 },
    ]);
  });

  it('never paints over a column left at the default width (0)', () => {
    expect(columnWidthCalls([150, 0, 150])).toEqual([
      { start: 1, count: 1, width: 150 },
      { start: 3, count: 1, width: 150 },
    ]);
  });

  it('"Đánh giá" gets its widths in 3 calls', () => {
    const spec = assessmentSheet(resolveRuleset('TT25'));
    expect(paint(spec.columnWidths.length, columnWidthCalls(spec.columnWidths))).toEqual(spec.columnWidths);
    expect(columnWidthCalls(spec.columnWidths)).toHaveLength(3);
  });

  it('any widths: made in order, the calls give every column its width and are never more than the runs of equal widths', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 100, 150, 320), { maxLength: 14 }), (widths) => {
        const calls = columnWidthCalls(widths);
        expect(paint(widths.length, calls)).toEqual(widths);
        const runs = widths.filter((w, i) => w > 0 && w !== widths[i - 1]).length;
        expect(calls.length).toBeLessThanOrEqual(runs);
        expect(calls.every((c) => c.count > 0 && c.width > 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
