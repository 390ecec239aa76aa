/**
 * Totals as the sheet and the documents show them: sums of points are rounded to a billionth of a
 * point, so binary noise never reaches a cell (84,99999999999999 for points adding up to 85) and the
 * rating is decided on the total shown, while no value anyone entered changes. Expected totals are
 * written by hand in hundredths.
 */
import { describe, expect, it } from 'vitest';
import { cdhtCheck, cdhtCriteria, cdhtRating, cdhtScore } from '../../../src/core/formulas/assessment';
import { evaluate } from '../../../src/core/engine/evaluate';
import { roundPoints } from '../../../src/core/cells/values';
import { TT44 } from '../../../src/core/ruleset/tt44';
import type { PointsRuleset } from '../../../src/core/ruleset/types';
import { columns, pointsTotalling, tt44Rows } from '../../helpers';

describe('CDHT_SCORE returns a rounded total', () => {
  it('points adding up to 85 give exactly 85 and "Tốt", never 84,99999999999999', () => {
    const points = pointsTotalling(8500);
    // The premise: added naively in order, these points do not make 85.
    expect(points.reduce((a, b) => a + b, 0)).not.toBe(85);
    const { codes, values } = columns(tt44Rows(points));
    expect(cdhtScore(codes, values, 'TT44')).toBe(85);
    expect(cdhtRating(codes, values, 'TT44')).toBe('Tốt');
  });

  it('every total from 0 to 100 points in hundredths comes out exact', () => {
    const wrong: number[] = [];
    for (let hundredths = 0; hundredths <= 10000; hundredths += 7) {
      const { codes, values } = columns(tt44Rows(pointsTotalling(hundredths)));
      if (cdhtScore(codes, values, 'TT44') !== hundredths / 100) wrong.push(hundredths);
    }
    expect(wrong).toEqual([]);
  });

  it('a criterion made of several items shows its points rounded too', () => {
    const provenance = { ref: 'test', status: 'verbatim' } as const;
    const item = (code: string) => ({ code, name: code, kind: 'points' as const, max: 10, provenance });
    const split: PointsRuleset = { ...TT44, criteria: [{ code: 'TC1', name: 'Tiêu chí 1', provenance, items: [item('TC1a'), item('TC1b'), item('TC1c')] }] };
    // 0,1 + 0,2 + 0,4 is 0.7000000000000001 in binary.
    const evaluation = evaluate(
      split,
      new Map([
        ['TC1a', 0.1],
        ['TC1b', 0.2],
        ['TC1c', 0.4],
      ]),
      false,
    );
    expect(evaluation.criteria[0].points).toBe(0.7);
    expect(evaluation.score).toBe(0.7);
  });

  it('points entered with many decimals are kept as entered, in each criterion and in the total', () => {
    const points = [6.785714, ...pointsTotalling(9000).slice(1)];
    const { codes, values } = columns(tt44Rows(points));
    expect(cdhtCriteria(codes, values, 'TT44')[1][2]).toBe(6.785714);
    expect(roundPoints(6.785714)).toBe(6.785714);
  });

  it('rounding keeps any finite total finite (a province table may set a huge maximum)', () => {
    expect(roundPoints(1e25)).toBe(1e25);
    expect(roundPoints(0.1 + 0.2)).toBe(0.3);
  });

  it('CDHT_CRITERIA shows each criterion’s points as entered', () => {
    const { codes, values } = columns(tt44Rows(pointsTotalling(8500)));
    const rows = cdhtCriteria(codes, values, 'TT44').slice(1);
    expect(rows.map((r) => r[2])).toEqual(pointsTotalling(8500));
  });
});

describe('a total above the ruleset total', () => {
  const totalError = (hundredths: number) => {
    const { codes, values } = columns(tt44Rows(pointsTotalling(hundredths)));
    return cdhtCheck(codes, values, 'TT44')
      .map((row) => String(row[2]))
      .filter((message) => message.startsWith('Tổng điểm đã nhập'));
  };

  it('is named by CDHT_CHECK even when only half a point above 100', () => {
    expect(totalError(10050)).toEqual(['Tổng điểm đã nhập là 100,5, vượt quá 100 điểm.']);
  });

  it('is not reported at exactly 100', () => {
    expect(totalError(10000)).toEqual([]);
  });
});
