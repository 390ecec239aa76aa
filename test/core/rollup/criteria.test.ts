import { describe, expect, it } from 'vitest';
import type { RulesetSummary } from '../../../src/core/rollup/categories';
import { failedCriteria } from '../../../src/core/rollup/criteria';
import type { CommuneRecord } from '../../../src/core/rollup/record';
import { PROVINCE_SUMMARY } from '../../fixtures/rollup-communes';

/** A workbook read from the register: only what failedCriteria looks at varies. */
function read(commune: string, year: number, rulesetId: string, rest: Partial<CommuneRecord>): CommuneRecord {
  return { row: 2, commune, year, link: '', status: 'read', reason: '', rulesetId, rating: null, score: null, ...rest };
}

const levels: RulesetSummary = {
  id: 'L',
  name: 'Bộ mức độ',
  scheme: 'levels',
  categories: ['Mức độ 2', 'Mức độ 1', 'Chưa đạt'],
  criteria: [
    { code: 'TC1', name: 'Tiêu chí một' },
    { code: 'TC2', name: 'Tiêu chí hai' },
  ],
};
/** A province's own points ruleset: criteria A and B. */
const points = PROVINCE_SUMMARY;
const summaries = new Map([
  ['L', levels],
  ['SL-2025', points],
]);

describe('failedCriteria: which criteria hold communes back', () => {
  it('counts a criterion the summary does not list (a province added it) once per commune, in one row after the listed ones', () => {
    const records: CommuneRecord[] = [
      read('Xã Một', 2025, 'L', { failedMd1: ['TC6'], failedMd2: ['TC6', 'TC2'] }),
      read('Xã Hai', 2025, 'L', { failedMd1: ['TC6'], failedMd2: ['TC6'] }),
      read('Xã Ba', 2025, 'L', { failedMd1: [], failedMd2: ['TC1'] }),
      { ...read('Xã Bốn', 2025, 'L', { failedMd1: ['TC1'] }), status: 'failed' },
    ];
    expect(failedCriteria(records, summaries, ['L', 'SL-2025'])).toEqual([
      {
        ruleset: levels,
        year: 2025,
        assessed: 3,
        scheme: 'levels',
        rows: [
          { code: 'TC6', name: '', failedMd1: 2, failedMd2: 2 },
          { code: 'TC1', name: 'Tiêu chí một', failedMd1: 0, failedMd2: 1 },
          { code: 'TC2', name: 'Tiêu chí hai', failedMd1: 0, failedMd2: 1 },
        ],
      },
    ]);
  });

  it('ranks points criteria weakest first only when every maximum is known; an unlisted criterion takes part', () => {
    const records = [
      read('Xã Một', 2019, 'SL-2025', { points: { A: 6, B: 2, C: 3 }, maxima: { A: 8, B: 4, C: 4 } }),
      read('Xã Hai', 2019, 'SL-2025', { points: { A: 8, B: 4, C: 1 } }),
      read('Xã Ba', 2018, 'SL-2025', { points: { A: 1 } }),
    ];
    expect(failedCriteria(records, summaries, ['L', 'SL-2025'])).toEqual([
      {
        ruleset: points,
        year: 2018,
        assessed: 1,
        scheme: 'points',
        ranked: false,
        rows: [
          { code: 'A', name: 'Tiêu chí A', entered: 1, average: 1, max: null },
          { code: 'B', name: 'Tiêu chí B', entered: 0, average: null, max: null },
        ],
      },
      {
        ruleset: points,
        year: 2019,
        assessed: 2,
        scheme: 'points',
        ranked: true,
        // C: 2 of 4 = 50 %; B: 3 of 4 = 75 %; A: 7 of 8 = 87,5 %.
        rows: [
          { code: 'C', name: '', entered: 2, average: 2, max: 4 },
          { code: 'B', name: 'Tiêu chí B', entered: 2, average: 3, max: 4 },
          { code: 'A', name: 'Tiêu chí A', entered: 2, average: 7, max: 8 },
        ],
      },
    ]);
  });
});

describe('failedCriteria: order, first maximum, when criteria can be ranked', () => {
  const ranking = (records: CommuneRecord[]) => failedCriteria(records, summaries, ['L', 'SL-2025']).map((b) => [b.year, b.scheme === 'points' && b.ranked, b.rows.map((r) => r.code).join(' ')]);

  it('levels: missed as often at Mức độ 1, the one missed more at Mức độ 2 first; else the order the ruleset lists them in', () => {
    const three: RulesetSummary = { ...levels, criteria: [...levels.criteria, { code: 'TC3', name: 'Tiêu chí ba' }] };
    const records = [read('Xã Một', 2025, 'L', { failedMd1: ['TC3', 'TC2', 'TC1'], failedMd2: ['TC3', 'TC2', 'TC1'] }), read('Xã Hai', 2025, 'L', { failedMd1: [], failedMd2: ['TC3'] })];
    expect(failedCriteria(records, new Map([['L', three]]), ['L'])[0].rows.map((r) => r.code)).toEqual(['TC3', 'TC1', 'TC2']);
  });

  it('points: weakest against its own maximum first (2 of 10 before 1 of 2 before 3 of 4); ties keep their order', () => {
    const records = [
      read('Xã Một', 2019, 'SL-2025', { points: { A: 2, B: 3, C: 1, D: 1 }, maxima: { A: 10, B: 4, C: 2, D: 2 } }),
      // a later workbook's maxima do not replace the first one met
      read('Xã Hai', 2019, 'SL-2025', { points: { A: 2, B: 3, C: 1, D: 1 }, maxima: { A: 2, B: 3, C: 1, D: 1 } }),
    ];
    expect(failedCriteria(records, summaries, ['SL-2025'])[0].rows).toEqual([
      { code: 'A', name: 'Tiêu chí A', entered: 2, average: 2, max: 10 },
      { code: 'C', name: '', entered: 2, average: 1, max: 2 },
      { code: 'D', name: '', entered: 2, average: 1, max: 2 },
      { code: 'B', name: 'Tiêu chí B', entered: 2, average: 3, max: 4 },
    ]);
  });

  it('points: not ranked while a maximum is 0 or missing, or a criterion has no points entered, nor without criteria', () => {
    expect(
      ranking([
        read('Xã Một', 2016, 'SL-2025', { points: { A: 1, B: 3 }, maxima: { A: 0, B: 4 } }),
        read('Xã Một', 2017, 'SL-2025', { points: { A: 1, B: 3 }, maxima: { B: 4 } }),
        read('Xã Một', 2018, 'SL-2025', { points: { B: 3 }, maxima: { A: 2, B: 4 } }),
        read('Xã Một', 2019, 'SL-2025', { points: { A: 3, B: 1 }, maxima: { A: 4, B: 4 } }),
      ]),
    ).toEqual([
      [2016, false, 'A B'],
      [2017, false, 'A B'],
      [2018, false, 'A B'],
      [2019, true, 'B A'],
    ]);
    const none: RulesetSummary = { ...points, criteria: [] };
    expect(failedCriteria([read('Xã Một', 2019, 'SL-2025', {})], new Map([['SL-2025', none]]), ['SL-2025'])).toEqual([
      { ruleset: none, year: 2019, assessed: 1, scheme: 'points', ranked: false, rows: [] },
    ]);
  });

  it('blocks follow the rulesets’ order, then the years; a ruleset with no summary counts nowhere', () => {
    const records = [
      read('Xã Một', 2017, 'L', { failedMd1: ['TC1'] }),
      read('Xã Một', 2019, 'SL-2025', { points: { A: 1 } }),
      read('Xã Hai', 2018, 'SL-2025', { points: { A: 1 } }),
      read('Xã Ba', 2025, 'TINH-KHAC', { failedMd1: ['TC1'] }),
    ];
    expect(failedCriteria(records, summaries, ['SL-2025', 'L']).map((b) => `${b.ruleset.id} ${b.year} ${b.assessed}`)).toEqual(['SL-2025 2018 1', 'SL-2025 2019 1', 'L 2017 1']);
  });
});
