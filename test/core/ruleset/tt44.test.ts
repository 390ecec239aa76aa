/**
 * Thông tư 44/2014/TT-BGDĐT against its official text (the codified official text).
 * Every expected value is written here by hand from the clause quoted in the test's name.
 */
import { describe, expect, it } from 'vitest';
import { TT44_CRITERIA_TEXT } from '../../fixtures/tt44-criteria';
import { TT44 } from '../../../src/core/ruleset/tt44';
import type { Cell } from '../../../src/core/cells/values';
import { pointsTotalling, ratingOf, run, scoreOf, tt44Rows } from '../../helpers';

describe('Điều 3: the fifteen criteria, word for word', () => {
  it.each(TT44_CRITERIA_TEXT.map((name, i) => [i + 1, name] as const))('khoản %d: "%s", cited Điều 3 and marked verbatim', (n, name) => {
    const criterion = TT44.criteria[n - 1];
    expect(criterion.code).toBe(`TC${n}`);
    expect(criterion.name).toBe(name);
    expect(criterion.provenance).toEqual({ ref: `Thông tư 44/2014/TT-BGDĐT, Điều 3 khoản ${n}`, status: 'verbatim' });
  });

  it('there are exactly fifteen', () => {
    expect(TT44.criteria).toHaveLength(15);
  });
});

describe('Điều 4 khoản 2: "Tổng số điểm tối đa cho tất cả các tiêu chí là 100"', () => {
  it('the total is 100 and a total above it is an error', () => {
    expect(TT44.totalPoints).toBe(100);
    expect(() => ratingOf(tt44Rows(pointsTotalling(10001)), 'TT44')).toThrow(/100/);
  });

  it('"Các tiêu chí không có minh chứng phù hợp không được chấm điểm." is shown by CDHT_CHECK with its reference', () => {
    const check = run(tt44Rows(pointsTotalling(9000)), 'TT44').check();
    const row = check.find((r) => r[0] === 'Minh chứng');
    expect(row?.[1]).toBe('Cảnh báo');
    expect(row?.[2]).toBe('Thông tư 44/2014/TT-BGDĐT, Điều 4 khoản 2: "Các tiêu chí không có minh chứng phù hợp không được chấm điểm." Chỉ chấm điểm tiêu chí có minh chứng phù hợp (cột Minh chứng).');
  });
});

/** Fifteen criteria with the first at `first` points and the other fourteen sharing `rest` in whole hundredths. */
function withFirst(first: number, restHundredths: number): Cell[] {
  const each = Math.floor(restHundredths / 14);
  return [first, ...Array.from({ length: 14 }, (_, i) => (i === 13 ? restHundredths - 13 * each : each) / 100)];
}

describe('Điều 4 khoản 3: the bands and their condition "không có tiêu chí bị điểm 0"', () => {
  it.each<[string, number, string]>([
    ['a) "Loại tốt: Tổng số điểm đạt được từ 85-100": 100', 10000, 'Tốt'],
    ['a) "… từ 85-100": 85 exactly', 8500, 'Tốt'],
    ['b) "Loại khá: … từ 70-84": 84,99 (below 85)', 8499, 'Khá'],
    ['b) "… từ 70-84": 84,5, a fraction between the written bands 84 and 85, is read as Khá', 8450, 'Khá'],
    ['b) "… từ 70-84": 70 exactly', 7000, 'Khá'],
    ['c) "Loại trung bình: … từ 50-69": 69,99', 6999, 'Trung bình'],
    ['c) "… từ 50-69": 69,5, between 69 and 70', 6950, 'Trung bình'],
    ['c) "… từ 50-69": 50 exactly', 5000, 'Trung bình'],
    ['d) "Loại chưa đạt: các trường hợp còn lại": 49,99', 4999, 'Chưa đạt'],
    ['d) "… các trường hợp còn lại": 49,5', 4950, 'Chưa đạt'],
  ])('%s → %s (no criterion at 0)', (_, hundredths, expected) => {
    const points = pointsTotalling(hundredths);
    expect(points.every((p) => p > 0)).toBe(true);
    expect(ratingOf(tt44Rows(points), 'TT44')).toBe(expected);
  });

  it.each<[string, number]>([
    ['a) Tốt needs no criterion at 0: 95 points with TC1 at 0', 9500],
    ['b) Khá needs no criterion at 0: 75 points with TC1 at 0', 7500],
    ['c) Trung bình needs no criterion at 0: 55 points with TC1 at 0', 5500],
  ])('%s → Chưa đạt (d: "các trường hợp còn lại")', (_, hundredths) => {
    const rows = tt44Rows(withFirst(0, hundredths));
    expect(scoreOf(rows, 'TT44')).toBeCloseTo(hundredths / 100, 9);
    expect(ratingOf(rows, 'TT44')).toBe('Chưa đạt');
  });

  it('a criterion at 0,01 points is not "bị điểm 0": 85 points in all → Tốt', () => {
    expect(ratingOf(tt44Rows(withFirst(0.01, 8499)), 'TT44')).toBe('Tốt');
  });

  it('a criterion written "0" or "0,0" as text is at 0 too', () => {
    expect(ratingOf(tt44Rows(withFirst('0' as unknown as number, 9000)), 'TT44')).toBe('Chưa đạt');
    expect(ratingOf(tt44Rows(withFirst('0,0' as unknown as number, 9000)), 'TT44')).toBe('Chưa đạt');
  });

  it('CDHT_CHECK names the criterion at 0 and the clause', () => {
    const check = run(tt44Rows(withFirst(0, 9000)), 'TT44').check();
    const row = check.find((r) => r[0] === 'TC1');
    expect(row?.[1]).toBe('Cảnh báo');
    expect(String(row?.[2])).toContain('Tiêu chí TC1 bị điểm 0');
    expect(String(row?.[2])).toContain('Điều 4 khoản 3');
  });

  it('the cut-offs and their conditions are data marked verbatim, quoting the clause', () => {
    expect(TT44.ratings.map((r) => [r.label, r.min, r.noZeroCriterion, r.provenance.status])).toEqual([
      ['Tốt', 85, true, 'verbatim'],
      ['Khá', 70, true, 'verbatim'],
      ['Trung bình', 50, true, 'verbatim'],
    ]);
    expect(TT44.ratings[1].provenance.ref).toContain('"Tổng số điểm đạt được từ 70-84, không có tiêu chí bị điểm 0"');
    expect(TT44.failLabel).toBe('Chưa đạt');
  });
});

describe('a result already decided while criteria are blank', () => {
  it('a criterion at 0 decides "Chưa đạt" and says how many are still blank', () => {
    const points: Cell[] = [0, 10, ...Array.from({ length: 13 }, () => '')];
    expect(ratingOf(tt44Rows(points), 'TT44')).toBe('Chưa đạt (tiêu chí bị điểm 0: TC1; còn 13 tiêu chí chưa nhập: TC3, TC4, TC5, TC6, TC7, …)');
  });

  it('without a criterion at 0 the result is not decided: "Chưa đủ dữ liệu"', () => {
    const points: Cell[] = [5, 10, ...Array.from({ length: 13 }, () => '')];
    expect(ratingOf(tt44Rows(points), 'TT44')).toMatch(/^Chưa đủ dữ liệu: còn 13 tiêu chí chưa nhập/);
  });
});
