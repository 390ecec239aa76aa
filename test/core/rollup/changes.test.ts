/**
 * Which communes moved up or down: only between consecutive rated years of one ruleset, since a
 * TT44 "Tốt" and a TT25 "Mức độ 1" measure different things (src/core/rollup/changes.ts).
 */
import { describe, expect, it } from 'vitest';
import { communeChanges, countChanges } from '../../../src/core/rollup/changes';
import type { CommuneRecord } from '../../../src/core/rollup/record';
import { countsByRuleset, resolveSummaries, type RulesetStats } from '../../../src/core/rollup/statistics';
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

describe('communeChanges: which years are compared', () => {
  const failed = (row: number, commune: string, year: number) => record({ row, commune, year, status: 'failed', failure: 'no_access', rulesetId: '', rating: null });
  const of = (records: CommuneRecord[]) => communeChanges(records, countsByRuleset(records, resolveSummaries(records)));

  it('years in their order whatever the register’s; a year failed or not rated is passed over; the same result twice is no change', () => {
    const records = [
      record({ row: 2, commune: 'Xã An', year: 2026, rulesetId: 'TT25', rating: 'Mức độ 2' }),
      record({ row: 3, commune: 'Xã An', year: 2024, rulesetId: 'TT25', rating: 'Chưa đạt' }),
      failed(4, 'Xã An', 2025),
      record({ row: 5, commune: 'Xã An', year: 2027, rulesetId: 'TT25', rating: null }),
      record({ row: 6, commune: 'Xã An', year: 2028, rulesetId: 'TT25', rating: 'Mức độ 2' }),
      record({ row: 7, commune: 'Xã An', year: 2029, rulesetId: 'TT25', rating: 'Mức độ 1' }),
    ];
    expect(of(records)).toEqual([
      { commune: 'Xã An', rulesetId: 'TT25', fromYear: 2024, fromRating: 'Chưa đạt', toYear: 2026, toRating: 'Mức độ 2', direction: 'up' },
      { commune: 'Xã An', rulesetId: 'TT25', fromYear: 2028, fromRating: 'Mức độ 2', toYear: 2029, toRating: 'Mức độ 1', direction: 'down' },
    ]);
  });

  it('rows without a name are each a commune of their own; a name matching any spelling met before joins that commune', () => {
    const records = [
      record({ row: 2, commune: '', year: 2024, rulesetId: 'TT25', rating: 'Mức độ 1' }),
      record({ row: 3, commune: '', year: 2025, rulesetId: 'TT25', rating: 'Mức độ 2' }),
      // "An Lạc" is one with both "Phường An Lạc" and "Xã An Lạc", as the register counts them (duplicates.test.ts)
      record({ row: 4, commune: 'An Lạc', year: 2023, rulesetId: 'TT25', rating: 'Mức độ 1' }),
      record({ row: 5, commune: 'Phường An Lạc', year: 2024, rulesetId: 'TT25', rating: 'Mức độ 2' }),
      record({ row: 6, commune: 'Xã An Lạc', year: 2025, rulesetId: 'TT25', rating: 'Mức độ 1' }),
    ];
    expect(of(records).map((c) => `${c.commune} ${c.fromYear}→${c.toYear} ${c.direction}`)).toEqual(['Phường An Lạc 2023→2024 up', 'Xã An Lạc 2024→2025 down']);
  });

  it('without the year counts of a ruleset, nothing is compared in it', () => {
    const records = [record({ row: 2, commune: 'Xã An', year: 2024, rulesetId: 'TT25', rating: 'Chưa đạt' }), record({ row: 3, commune: 'Xã An', year: 2025, rulesetId: 'TT25', rating: 'Mức độ 1' })];
    expect(communeChanges(records, [])).toEqual([]);
  });
});

describe('countChanges', () => {
  const summary = (id: string) => ({ id, name: id, scheme: 'levels' as const, categories: [], criteria: [] });
  it('each category between each pair of consecutive assessed years of a ruleset; a ruleset of one year has none', () => {
    const stats: RulesetStats[] = [
      {
        ruleset: summary('TT25'),
        categories: ['Mức độ 2', 'Mức độ 1'],
        years: [
          { year: 2024, total: 5, counts: [1, 4] },
          { year: 2025, total: 6, counts: [3, 3] },
          { year: 2027, total: 7, counts: [7, 0] },
        ],
      },
      { ruleset: summary('TT44'), categories: ['Tốt'], years: [{ year: 2020, total: 2, counts: [2] }] },
    ];
    expect(countChanges(stats)).toEqual([
      { rulesetId: 'TT25', category: 'Mức độ 2', fromYear: 2024, fromCount: 1, toYear: 2025, toCount: 3 },
      { rulesetId: 'TT25', category: 'Mức độ 1', fromYear: 2024, fromCount: 4, toYear: 2025, toCount: 3 },
      { rulesetId: 'TT25', category: 'Mức độ 2', fromYear: 2025, fromCount: 3, toYear: 2027, toCount: 7 },
      { rulesetId: 'TT25', category: 'Mức độ 1', fromYear: 2025, fromCount: 3, toYear: 2027, toCount: 0 },
    ]);
    expect(countChanges([])).toEqual([]);
  });
});
