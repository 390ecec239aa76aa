/**
 * "Đánh giá" for a points ruleset (TT44 Điều 4: each criterion scored, no Mức độ): its header and
 * its rows say points, not levels. Expected texts typed from the README's sheet table.
 */
import { describe, expect, it } from 'vitest';
import { assessmentSheet } from '../../../src/core/template/assessment-sheet';
import { TT44 } from '../../../src/core/ruleset/tt44';
import { tinyPointsRuleset } from '../../fixtures/tiny-points';

const cells = assessmentSheet(TT44).cells;
const text = (row: number) => cells[row - 1].map((c) => (c?.kind === 'label' ? c.value : c === null ? null : c.kind));

describe('"Đánh giá" under TT44 (points)', () => {
  it('the header names points: "Điểm tối đa", "Điểm tự chấm", and the results "Điểm", "Tối đa" without "Kết quả"', () => {
    expect(text(4)).toEqual(['Mã', 'Tiêu chí', 'Điểm tối đa', '', 'Điểm tự chấm', 'Minh chứng (liên kết)', 'Kết quả thực hiện (việc đã làm, số liệu)', 'Phụ trách', 'Điểm', 'Tối đa']);
  });

  it('a criterion row has no Mức độ 2 requirement: column D is empty', () => {
    const row = text(5);
    expect(row[0]).toBe(TT44.criteria[0].items[0].code);
    expect(row[3]).toBe('');
  });

  it("with the province's maxima, each criterion's maximum in column C only (TC1: 40 points)", () => {
    const row = assessmentSheet(tinyPointsRuleset(true)).cells[4].map((c) => (c?.kind === 'label' ? c.value : null));
    expect(row.slice(0, 4)).toEqual(['TC1', expect.any(String), 'Tối đa 40 điểm', '']);
  });
});
