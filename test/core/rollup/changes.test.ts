/**
 * Which communes moved up or down: only between consecutive rated years of one ruleset, since a
 * TT44 "Tốt" and a TT25 "Mức độ 1" measure different things (src/core/rollup/changes.ts).
 */
import { describe, expect, it } from 'vitest';
import { communeChanges } from '../../../src/core/rollup/changes';
import type { CommuneRecord } from '../../../src/core/rollup/record';
import { countsByRuleset, resolveSummaries } from '../../../src/core/rollup/statistics';
import { record } from '../../fixtures/rollup-communes';

/** A register row read: commune, year, ruleset, rating (sheet rows from 2 on). */
type Row = [commune: string, year: number, rulesetId: string, rating: string];
const changesOf = (rows: Row[]) => {
  const records: CommuneRecord[] = rows.map(([commune, year, rulesetId, rating], i) => record({ row: i + 2, commune, year, rulesetId, rating }));
  return communeChanges(records, countsByRuleset(records, resolveSummaries(records)));
};

describe('communeChanges', () => {
  it('TT44 in 2023, TT25 in 2024: no change, whatever the ratings', () => {
    const rows: Row[] = [
      ['Xã Hòa An', 2023, 'TT44', 'Chưa đạt'],
      ['Xã Hòa An', 2024, 'TT25', 'Mức độ 2'],
      ['Xã Bình Minh', 2023, 'TT44', 'Tốt'],
      ['Xã Bình Minh', 2024, 'TT25', 'Chưa đạt'],
    ];
    expect(changesOf(rows)).toEqual([]);
  });

  it('the same ruleset in consecutive rated years: up and down, named by the later row’s spelling', () => {
    const rows: Row[] = [
      ['Xã Hòa An', 2024, 'TT25', 'Mức độ 1'],
      ['xã hòa an', 2025, 'TT25', 'Mức độ 2'],
      ['Xã Bình Minh', 2024, 'TT25', 'Mức độ 1'],
      ['Xã Bình Minh', 2025, 'TT25', 'Chưa đạt'],
    ];
    expect(changesOf(rows)).toEqual([
      { commune: 'xã hòa an', rulesetId: 'TT25', fromYear: 2024, fromRating: 'Mức độ 1', toYear: 2025, toRating: 'Mức độ 2', direction: 'up' },
      { commune: 'Xã Bình Minh', rulesetId: 'TT25', fromYear: 2024, fromRating: 'Mức độ 1', toYear: 2025, toRating: 'Chưa đạt', direction: 'down' },
    ]);
  });

  it('one commune typed two ways across years (unit left out, old tone placement) is one commune, as the register counts it (review 13b finding 6)', () => {
    const rows: Row[] = [
      ['Xã Bình', 2024, 'TT25', 'Mức độ 1'],
      ['Xã Hoà An', 2024, 'TT25', 'Mức độ 1'],
      ['Phường Cầu', 2024, 'TT25', 'Mức độ 2'],
      ['Bình', 2025, 'TT25', 'Chưa đạt'],
      ['Xã Hòa An', 2025, 'TT25', 'Mức độ 2'],
      // Two kinds of unit are two units: a xã Cầu rated lower is not the phường's fall.
      ['Xã Cầu', 2025, 'TT25', 'Mức độ 1'],
      ['UBND xã Bình', 2026, 'TT25', 'Mức độ 2'],
    ];
    expect(changesOf(rows)).toEqual([
      { commune: 'Bình', rulesetId: 'TT25', fromYear: 2024, fromRating: 'Mức độ 1', toYear: 2025, toRating: 'Chưa đạt', direction: 'down' },
      { commune: 'UBND xã Bình', rulesetId: 'TT25', fromYear: 2025, fromRating: 'Chưa đạt', toYear: 2026, toRating: 'Mức độ 2', direction: 'up' },
      { commune: 'Xã Hòa An', rulesetId: 'TT25', fromYear: 2024, fromRating: 'Mức độ 1', toYear: 2025, toRating: 'Mức độ 2', direction: 'up' },
    ]);
  });
});
