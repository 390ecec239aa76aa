/**
 * The built-in TT44 ruleset evaluated at the edges of Thông tư 44/2014 Điều 4: khoản 2 (100 points
 * at most in all) and khoản 3 (a) Tốt 85–100, (b) Khá 70–84, (c) Trung bình 50–69, each "không có
 * tiêu chí bị điểm 0", (d) Chưa đạt otherwise. The bands are read as "from the lower bound": 84,5
 * points is Khá (not yet 85), 69,5 Trung bình, 49,5 Chưa đạt. Totals worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells/values';
import { evaluate } from '../../../src/core/engine/evaluate';
import { TT44 } from '../../../src/core/ruleset/tt44';

/** TC1…TC14 at `each` except TC14 at `tc14`, and TC15 at `last`; `blank` codes left empty. */
function points(each: number, tc14: number, last: Cell, blank: string[] = []): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (let i = 1; i <= 15; i++) {
    const code = `TC${i}`;
    if (!blank.includes(code)) cells.set(code, i === 15 ? last : i === 14 ? tc14 : each);
  }
  return cells;
}

const rated = (cells: Map<string, Cell>) => {
  const e = evaluate(TT44, cells, false);
  return { score: e.score, rating: e.rating, text: e.ratingText, problems: e.problems.map((p) => [p.code, p.severity, p.message]) };
};

// Điều 4 khoản 3 writes "không có tiêu chí bị điểm 0" in each of điểm a (Tốt), b (Khá) and c (Trung bình).
const ZERO_BARS = 'không được xếp loại Tốt, Khá, Trung bình (Thông tư 44/2014/TT-BGDĐT, Điều 4 khoản 3 điểm a, b, c)';

describe('TT44 Điều 4 khoản 3: the bands from their lower bounds', () => {
  it.each([
    // 13 × 6 + 6 + 1 = 85
    [6, 6, 1, 85, 'Tốt'],
    [6, 6, 0.5, 84.5, 'Khá'],
    // 13 × 5 + 4 + 1 = 70
    [5, 4, 1, 70, 'Khá'],
    [5, 4, 0.5, 69.5, 'Trung bình'],
    // 13 × 3 + 10 + 1 = 50
    [3, 10, 1, 50, 'Trung bình'],
    [3, 10, 0.5, 49.5, 'Chưa đạt'],
  ])('%s × 13, TC14 %s, TC15 %s: %s points → %s', (each, tc14, last, total, rating) => {
    expect(rated(points(each, tc14, last))).toEqual({ score: total, rating, text: rating, problems: [] });
  });

  it('khoản 2: exactly 100 points is no error (13 × 7 + 7 + 2); 100,5 is, naming the total and the 100', () => {
    expect(rated(points(7, 7, 2))).toEqual({ score: 100, rating: 'Tốt', text: 'Tốt', problems: [] });
    expect(rated(points(7, 7, 2.5)).problems).toEqual([['Bộ tiêu chí TT44', 'error', 'Tổng điểm đã nhập là 100,5, vượt quá 100 điểm.']]);
  });
});

describe('TT44 Điều 4 khoản 3: a criterion at 0 points', () => {
  it('95 points with TC15 at 0 is Chưa đạt (điểm d), with a warning naming TC15 and the bands it bars', () => {
    // 13 × 7 + 4 + 0 = 95
    expect(rated(points(7, 4, 0))).toEqual({
      score: 95,
      rating: 'Chưa đạt',
      text: 'Chưa đạt',
      problems: [['TC15', 'warning', `Tiêu chí TC15 bị điểm 0: ${ZERO_BARS}.`]],
    });
  });

  it('decides while others are blank: TC14 and TC15 at 0, TC1–TC7 blank (TC8–TC13: 6 × 7 = 42), names both and the seven blank', () => {
    const e = rated(points(7, 0, 0, ['TC1', 'TC2', 'TC3', 'TC4', 'TC5', 'TC6', 'TC7']));
    expect([e.score, e.rating, e.text]).toEqual([42, 'Chưa đạt', 'Chưa đạt (tiêu chí bị điểm 0: TC14, TC15; còn 7 tiêu chí chưa nhập: TC1, TC2, TC3, TC4, TC5, …)']);
    expect(e.problems.filter((p) => p[1] === 'warning' && String(p[2]).includes('bị điểm 0'))).toEqual([
      ['TC14', 'warning', `Tiêu chí TC14 bị điểm 0: ${ZERO_BARS}.`],
      ['TC15', 'warning', `Tiêu chí TC15 bị điểm 0: ${ZERO_BARS}.`],
    ]);
  });

  it('a blank criterion is not one at 0: TC15 blank, the rest 90 points, is not yet rated', () => {
    // 13 × 6 + 12 = 90
    const e = rated(points(6, 12, '', ['TC15']));
    expect([e.score, e.rating, e.text]).toEqual([90, null, 'Chưa đủ dữ liệu: còn 1 tiêu chí chưa nhập (TC15)']);
    expect(e.problems).toEqual([['TC15', 'warning', 'Tiêu chí TC15: chưa nhập giá trị.']]);
  });
});
