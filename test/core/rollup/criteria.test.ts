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
