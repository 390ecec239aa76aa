/** Shares as the roll-up prints them in its sheets and its yearly report; expected texts typed by hand. */
import { describe, expect, it } from 'vitest';
import { countsByRuleset, coverageByYear, resolveSummaries, shareText } from '../../../src/core/rollup/statistics';
import type { RulesetSummary } from '../../../src/core/rollup/categories';
import { PROVINCE_SUMMARY, record } from '../../fixtures/rollup-communes';

describe('shareText', () => {
  it.each<[number, number, string]>([
    [1, 8, '12,5%'],
    [2, 3, '66,7%'],
    [1, 3, '33,3%'],
    [0, 5, '0%'],
    [5, 5, '100%'],
    [1, 2000, '0,1%'],
    [1, 1, '100%'],
  ])('%d of %d is %s (one decimal at most)', (part, whole, text) => {
    expect(shareText(part, whole)).toBe(text);
  });

  it('a share of nothing is left empty (or the caller’s mark), never "NaN%"', () => {
    expect(shareText(0, 0)).toBe('');
    expect(shareText(0, 0, '–')).toBe('–');
  });
});

describe('resolveSummaries', () => {
  it('takes a province ruleset’s summary from whichever record carries it, the first one read or not', () => {
    const summaries = resolveSummaries([
      record({ row: 2, commune: 'Xã Hòa An', year: 2025, rulesetId: 'SL-2025' }),
      record({ row: 3, commune: 'Xã Bình Minh', year: 2025, rulesetId: 'SL-2025', ruleset: PROVINCE_SUMMARY }),
    ]);
    expect(summaries.get('SL-2025')).toEqual(PROVINCE_SUMMARY);
  });

  it('keeps the first summary met for an id, and none for the rows without a ruleset (failures)', () => {
    const later = { ...PROVINCE_SUMMARY, categories: ['Giỏi'] };
    const summaries = resolveSummaries([
      record({ row: 2, commune: 'Xã Hòa An', year: 2025, rulesetId: '', status: 'failed' }),
      record({ row: 3, commune: 'Xã Bình Minh', year: 2025, rulesetId: 'SL-2025', ruleset: PROVINCE_SUMMARY }),
      record({ row: 4, commune: 'Xã Tân Lập', year: 2025, rulesetId: 'SL-2025', ruleset: later }),
    ]);
    expect([...summaries]).toEqual([['SL-2025', PROVINCE_SUMMARY]]);
  });

  it('names a ruleset no record describes by its id, with no category of its own', () => {
    const summaries = resolveSummaries([record({ row: 2, commune: 'Xã Hòa An', year: 2025, rulesetId: 'HN-2019' })]);
    expect(summaries.get('HN-2019')).toEqual({ id: 'HN-2019', name: 'HN-2019', scheme: 'points', categories: [], criteria: [] });
  });
});

describe('coverageByYear', () => {
  it('counts each year’s rows by how they were read, years in order and the rows without a year last', () => {
    const rows = coverageByYear([
      record({ row: 2, commune: 'Xã A', year: 2025 }),
      record({ row: 3, commune: 'Xã B', year: 0, status: 'failed' }),
      record({ row: 4, commune: 'Xã C', year: 2025, status: 'manual' }),
      record({ row: 5, commune: 'Xã D', year: 2023, status: 'failed' }),
      record({ row: 6, commune: 'Xã E', year: 2025, status: 'failed' }),
      record({ row: 7, commune: 'Xã F', year: 2024 }),
      record({ row: 8, commune: 'Xã G', year: 2025 }),
      record({ row: 9, commune: 'Xã H', year: 0, status: 'failed' }),
    ]);
    expect(rows).toEqual([
      { year: 2023, listed: 1, read: 0, manual: 0, failed: 1 },
      { year: 2024, listed: 1, read: 1, manual: 0, failed: 0 },
      { year: 2025, listed: 4, read: 2, manual: 1, failed: 1 },
      { year: 0, listed: 2, read: 0, manual: 0, failed: 2 },
    ]);
  });

  it('no record, no year', () => {
    expect(coverageByYear([])).toEqual([]);
  });
});

describe('countsByRuleset', () => {
  const LEVELS: RulesetSummary = { id: 'TT25', name: 'TT25', scheme: 'levels', categories: ['Mức độ 2', 'Mức độ 1', 'Chưa đạt'], criteria: [] };
  const POINTS: RulesetSummary = { id: 'TT44', name: 'TT44', scheme: 'points', categories: ['Tốt', 'Khá', 'Trung bình', 'Chưa đạt'], criteria: [] };
  const summaries = new Map([
    ['TT25', LEVELS],
    ['TT44', POINTS],
    ['SL-2025', PROVINCE_SUMMARY],
  ]);

  it('per ruleset (earliest year first, then by id) and year: communes with a result in each category, unrated last; failures left out', () => {
    const stats = countsByRuleset(
      [
        record({ row: 2, commune: 'Xã A', year: 2025, rulesetId: 'SL-2025', rating: 'Xuất sắc' }),
        record({ row: 3, commune: 'Xã B', year: 2024, rulesetId: 'TT44', rating: 'Khá', status: 'manual' }),
        record({ row: 4, commune: 'Xã C', year: 2025, rulesetId: 'TT25', rating: 'Mức độ 2' }),
        record({ row: 5, commune: 'Xã D', year: 2025, rulesetId: 'TT25', rating: null }),
        record({ row: 6, commune: 'Xã E', year: 2024, rulesetId: 'TT25', rating: 'Mức độ 1' }),
        record({ row: 7, commune: 'Xã F', year: 2025, rulesetId: 'TT25', rating: 'Mức độ 2' }),
        record({ row: 8, commune: 'Xã G', year: 2025, rulesetId: 'TT25', rating: 'Mức độ 2', status: 'failed' }),
        record({ row: 9, commune: 'Xã H', year: 2025, rulesetId: '', rating: 'Mức độ 2', status: 'manual' }),
        // A label the province renamed in its table after the summary was stored: still counted, after the listed ones.
        record({ row: 10, commune: 'Xã I', year: 2025, rulesetId: 'SL-2025', rating: 'Giỏi' }),
        record({ row: 11, commune: 'Xã K', year: 2023, rulesetId: 'SL-2025', rating: 'Đạt' }),
        record({ row: 12, commune: 'Xã L', year: 2025, rulesetId: 'SL-2025', rating: 'Giỏi' }),
      ],
      summaries,
    );
    expect(stats.map((s) => [s.ruleset, s.categories, s.years])).toEqual([
      [
        PROVINCE_SUMMARY,
        ['Xuất sắc', 'Đạt', 'Không đạt', 'Giỏi', 'Không xếp loại'],
        [
          { year: 2023, total: 1, counts: [0, 1, 0, 0, 0] },
          { year: 2025, total: 3, counts: [1, 0, 0, 2, 0] },
        ],
      ],
      [
        LEVELS,
        ['Mức độ 2', 'Mức độ 1', 'Chưa đạt', 'Không xếp loại'],
        [
          { year: 2024, total: 1, counts: [0, 1, 0, 0] },
          { year: 2025, total: 3, counts: [2, 0, 0, 1] },
        ],
      ],
      [POINTS, ['Tốt', 'Khá', 'Trung bình', 'Chưa đạt', 'Không xếp loại'], [{ year: 2024, total: 1, counts: [0, 1, 0, 0, 0] }]],
    ]);
    // The summary's own list is left as it was: the next year's counts start from it again.
    expect(PROVINCE_SUMMARY.categories).toEqual(['Xuất sắc', 'Đạt', 'Không đạt']);
  });

  it('a ruleset no summary describes is still counted, by the labels its records carry', () => {
    const stats = countsByRuleset([record({ row: 2, commune: 'Xã A', year: 2025, rulesetId: 'HN-2019', rating: 'Đạt' })], new Map());
    expect(stats.map((s) => [s.categories, s.years])).toEqual([[['Đạt', 'Không xếp loại'], [{ year: 2025, total: 1, counts: [1, 0] }]]]);
  });

  it('two rulesets first met the same year go by id, whatever the order of the rows', () => {
    const rows = (ids: string[]) => ids.map((rulesetId, i) => record({ row: i + 2, commune: `Xã ${i}`, year: 2024, rulesetId, rating: null }));
    expect(countsByRuleset(rows(['TT44', 'TT25']), summaries).map((s) => s.ruleset.id)).toEqual(['TT25', 'TT44']);
    expect(countsByRuleset(rows(['TT25', 'TT44']), summaries).map((s) => s.ruleset.id)).toEqual(['TT25', 'TT44']);
  });
});
