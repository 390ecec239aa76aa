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

  it('a version 1 block starts with its first indicator: no header row, every column at its version 1 place', () => {
    const first = ['TC1.1', 'Thực hiện công tác tuyên truyền', 'Đạt', 'Đạt', 'Đạt', '', '', ''];
    expect(indicatorLayout([first])).toEqual({
      firstRow: 0,
      columns: { code: 0, name: 1, requirementMD1: 2, requirementMD2: 3, value: 4, evidence: 5, description: 6, owner: 7 },
    });
    expect(indicatorLayout([])).toEqual({
      firstRow: 0,
      columns: { code: 0, name: 1, requirementMD1: 2, requirementMD2: 3, value: 4, evidence: 5, description: 6, owner: 7 },
    });
  });

  it('headers typed in capitals find their columns; the value moved after the evidence is read there', () => {
    const header = [
      'MÃ',
      'CHỈ TIÊU (NỘI DUNG THEO VĂN BẢN)',
      'YÊU CẦU MỨC ĐỘ 1',
      'YÊU CẦU MỨC ĐỘ 2',
      'MINH CHỨNG (LIÊN KẾT)',
      'GIÁ TRỊ CỦA XÃ',
      'PHỤ TRÁCH',
      'KẾT QUẢ THỰC HIỆN (VIỆC ĐÃ LÀM, SỐ LIỆU)',
    ];
    expect(indicatorLayout([header])).toEqual({
      firstRow: 1,
      columns: { code: 0, name: 1, requirementMD1: 2, requirementMD2: 3, value: 5, evidence: 4, description: 7, owner: 6 },
    });
  });

  it('TT44 with a blank column people inserted before "Điểm tối đa": the second requirement is still the one after it', () => {
    const header = ['Mã', 'Tiêu chí', '', 'Điểm tối đa', '', 'Điểm tự chấm', 'Minh chứng (liên kết)', 'Kết quả thực hiện (việc đã làm, số liệu)', 'Phụ trách'];
    expect(indicatorLayout([header]).columns).toEqual({ code: 0, name: 1, requirementMD1: 3, requirementMD2: 4, value: 5, evidence: 6, description: 7, owner: 8 });
  });
});
