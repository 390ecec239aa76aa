/**
 * A criterion the province has given no maximum yet takes points up to the ruleset's total, as its
 * table's "Bộ tiêu chí" row sets it, not up to TT44's 100 (Điều 4 khoản 2): a province's own
 * points ruleset may total 50 or 1.000. Expected values worked out by hand (session 15, seed 1541
 * P20: a ceiling of 100 for every points ruleset passed every test, all of whose totals were 100).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/engine/evaluate';
import type { PointsRuleset } from '../../../src/core/ruleset/types';

const P = { ref: 'Quyết định của tỉnh', status: 'paraphrase' } as const;

/** Two criteria without maxima, totalling `total`; one band from half of it. */
const scale = (total: number): PointsRuleset => ({
  id: 'TINH',
  name: 'Chấm điểm của tỉnh',
  scheme: 'points',
  provenance: P,
  facts: [],
  totalPoints: total,
  criteria: ['A', 'B'].map((code) => ({ code, name: `Tiêu chí ${code}`, provenance: P, items: [{ code, name: `Tiêu chí ${code}`, kind: 'points', provenance: P }] })),
  ratings: [{ label: 'Đạt', min: total / 2, noZeroCriterion: false, provenance: P }],
  failLabel: 'Chưa đạt',
});

describe("a criterion without maximum: points up to the ruleset's total", () => {
  it('total 50: 50 is read, 60 is refused naming the total', () => {
    const atTotal = evaluate(
      scale(50),
      new Map([
        ['A', 50],
        ['B', 0],
      ]),
      false,
    );
    expect([atTotal.score, atTotal.rating, atTotal.problems]).toEqual([50, 'Đạt', []]);
    const above = evaluate(
      scale(50),
      new Map([
        ['A', 60],
        ['B', 0],
      ]),
      false,
    );
    expect(above.problems.map((p) => p.message)).toEqual(['Tiêu chí A: giá trị 60 vượt quá điểm tối đa 50.']);
    expect(above.rating).toBeNull();
  });

  it('total 1.000: 600 is read', () => {
    const evaluation = evaluate(
      scale(1000),
      new Map([
        ['A', 600],
        ['B', 0],
      ]),
      false,
    );
    expect([evaluation.score, evaluation.rating, evaluation.problems]).toEqual([600, 'Đạt', []]);
  });
});
