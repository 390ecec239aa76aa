import type { RangeArg } from '../engine/entries';
import type { Grid } from './assessment';
import { resolveRuleset } from '../ruleset/resolve';
import { describeCell } from '../cells/values';
import { COUNTED_IN_RANGE, placeInRange } from '../cells/range-place';
import { UNRATED, listCategories, matchCategory, ratedCategories } from '../rollup/categories';

export const TALLY_HEADER = ['Kết quả', 'Số xã'] as const;

/**
 * CDHT_TALLY: counts a range of results (one per commune) into the ruleset's categories, best
 * first, then "Không xếp loại" (blank cells and incomplete ratings). Every category gets a row,
 * zero or not, so the table keeps its shape for charts. A text that is no category of the
 * ruleset is an error naming it: a typo would otherwise vanish from the statistics.
 */
export function tally(results: RangeArg, rulesetArg?: RangeArg): Grid {
  const ruleset = resolveRuleset(rulesetArg);
  const rated = ratedCategories(ruleset);
  const counts = new Map<string, number>([...rated, UNRATED].map((c) => [c, 0]));
  const rows = Array.isArray(results) ? results : [[results]];
  const oneColumn = rows.every((row) => row.length === 1);
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      const category = matchCategory(cell, rated);
      if (category === undefined) {
        throw new Error(
          `Kết quả ${describeCell(cell)} (${placeInRange(r, c, !oneColumn)}; ${COUNTED_IN_RANGE}) không có trong bộ tiêu chí ${ruleset.id}: dùng ${listCategories([...rated, UNRATED])}, hoặc để trống.`,
        );
      }
      counts.set(category, (counts.get(category) ?? 0) + 1);
    });
  });
  return [[...TALLY_HEADER], ...[...counts].map(([category, count]) => [category, count])];
}
