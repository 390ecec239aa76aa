/**
 * Where the columns of the CDHT_CHI_TIEU block are: under their headers, so that a column people
 * inserted shifts nothing; a column without a header of its own sits after the one before it.
 */
import { describe, expect, it } from 'vitest';
import { indicatorLayout } from '../../../src/core/workbook/indicator-block';

describe('indicatorLayout', () => {
  it('TT44 has no second requirement: that column, headed by nothing, is the one after "Điểm tối đa"', () => {
    const header = ['Mã', 'Tiêu chí', 'Điểm tối đa', '', 'Điểm tự chấm', 'Minh chứng (liên kết)', 'Kết quả thực hiện (việc đã làm, số liệu)', 'Phụ trách'];
    expect(indicatorLayout([header])).toEqual({
      firstRow: 1,
      columns: { code: 0, name: 1, requirementMD1: 2, requirementMD2: 3, value: 4, evidence: 5, description: 6, owner: 7 },
    });
  });

  it('template version 2 headed the description "Ghi chú minh chứng": found by place, after the links, not on them', () => {
    const header = ['Mã', 'Chỉ tiêu (nội dung theo văn bản)', 'Yêu cầu Mức độ 1', 'Yêu cầu Mức độ 2', 'Giá trị của xã', 'Minh chứng (liên kết)', 'Ghi chú minh chứng', 'Phụ trách'];
    const { columns } = indicatorLayout([header]);
    expect([columns.evidence, columns.description, columns.owner]).toEqual([5, 6, 7]);
  });

  it('a column people inserted before the value shifts the value and what follows by one', () => {
    const header = [
      'Mã',
      'Chỉ tiêu (nội dung theo văn bản)',
      'Yêu cầu Mức độ 1',
      'Yêu cầu Mức độ 2',
      'Ghi chú riêng',
      'Giá trị của xã',
      'Minh chứng (liên kết)',
      'Kết quả thực hiện (việc đã làm, số liệu)',
      'Phụ trách',
    ];
    const { columns } = indicatorLayout([header]);
    expect([columns.value, columns.evidence, columns.description, columns.owner]).toEqual([5, 6, 7, 8]);
  });
});
