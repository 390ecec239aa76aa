/** Shares as the roll-up prints them in its sheets and its yearly report; expected texts typed by hand. */
import { describe, expect, it } from 'vitest';
import { resolveSummaries, shareText } from '../../../src/core/rollup/statistics';
import { PROVINCE_SUMMARY, record } from '../../fixtures/rollup-communes';

describe('shareText', () => {
  it.each<[number, number, string]>([
    [1, 8, '12,5%'],
    [2, 3, '66,7%'],
    [1, 3, '33,3%'],
    [0, 5, '0%'],
    [5, 5, '100%'],
    [1, 2000, '0,1%'],
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

  it('names a ruleset no record describes by its id, with no category of its own', () => {
    const summaries = resolveSummaries([record({ row: 2, commune: 'Xã Hòa An', year: 2025, rulesetId: 'HN-2019' })]);
    expect(summaries.get('HN-2019')).toEqual({ id: 'HN-2019', name: 'HN-2019', scheme: 'points', categories: [], criteria: [] });
  });
});
