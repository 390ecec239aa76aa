/**
 * Which communes moved up or down: only between consecutive rated years of one ruleset, since a
 * TT44 "Tốt" and a TT25 "Mức độ 1" measure different things (src/core/rollup/changes.ts).
 */
import { describe, expect, it } from 'vitest';
import { communeChanges } from '../../../src/core/rollup/changes';
import type { CommuneRecord } from '../../../src/core/rollup/record';
import { countsByRuleset, resolveSummaries } from '../../../src/core/rollup/statistics';
import { record } from '../../fixtures/rollup-communes';

const changesOf = (records: CommuneRecord[]) => communeChanges(records, countsByRuleset(records, resolveSummaries(records)));

describe('communeChanges', () => {
  it('TT44 in 2023, TT25 in 2024: no change, whatever the ratings', () => {
    const records = [
      record({ row: 2, commune: 'Xã Hòa An', year: 2023, rulesetId: 'TT44', rating: 'Chưa đạt' }),
      record({ row: 3, commune: 'Xã Hòa An', year: 2024, rulesetId: 'TT25', rating: 'Mức độ 2' }),
      record({ row: 4, commune: 'Xã Bình Minh', year: 2023, rulesetId: 'TT44', rating: 'Tốt' }),
      record({ row: 5, commune: 'Xã Bình Minh', year: 2024, rulesetId: 'TT25', rating: 'Chưa đạt' }),
    ];
    expect(changesOf(records)).toEqual([]);
  });

  it('the same ruleset in consecutive rated years: up and down, named by the later row’s spelling', () => {
    const records = [
      record({ row: 2, commune: 'Xã Hòa An', year: 2024, rulesetId: 'TT25', rating: 'Mức độ 1' }),
      record({ row: 3, commune: 'xã hòa an', year: 2025, rulesetId: 'TT25', rating: 'Mức độ 2' }),
      record({ row: 4, commune: 'Xã Bình Minh', year: 2024, rulesetId: 'TT25', rating: 'Mức độ 1' }),
      record({ row: 5, commune: 'Xã Bình Minh', year: 2025, rulesetId: 'TT25', rating: 'Chưa đạt' }),
    ];
    expect(changesOf(records)).toEqual([
      { commune: 'xã hòa an', rulesetId: 'TT25', fromYear: 2024, fromRating: 'Mức độ 1', toYear: 2025, toRating: 'Mức độ 2', direction: 'up' },
      { commune: 'Xã Bình Minh', rulesetId: 'TT25', fromYear: 2024, fromRating: 'Mức độ 1', toYear: 2025, toRating: 'Chưa đạt', direction: 'down' },
    ]);
  });
});
