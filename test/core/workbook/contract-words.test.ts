/**
 * The words and names other parts and other people rely on, typed by hand: the named ranges and
 * columns a roll-up reads from workbooks already set up (README, "Named ranges"), the headers and
 * labels the sheets show, the words results are written with. Every module uses the constant, so
 * a changed value passes every other test; these fail.
 */
import { RULESET_TABLE_HEADER } from '../../fixtures/ruleset-table-header';
import { describe, expect, it } from 'vitest';
import { INDICATOR_COLUMNS, INDICATOR_WIDTH, NAMES } from '../../../src/core/workbook/names';
import { INDICATOR_HEADERS } from '../../../src/core/workbook/indicator-block';
import { TEMPLATE_VERSION } from '../../../src/core/workbook/version';
import { RESULT_WORDS } from '../../../src/core/cells/result-words';
import { COUNTED_IN_RANGE, placeInRange } from '../../../src/core/cells/range-place';
import { PERCENT_RULE, POINTS_DECIMALS } from '../../../src/core/cells/values';
import { SEVERITY_LABELS } from '../../../src/core/engine/problems';
import { OUTCOME_LABELS } from '../../../src/core/engine/evaluate';
import { KIND_LABELS, NO_ZERO_CONDITION, ROW_TYPES, TABLE_HEADER } from '../../../src/core/ruleset/table';
import { LEVEL_IDS, LEVEL_LABELS, NOT_RECOGNISED, STATUS_LABELS } from '../../../src/core/ruleset/types';
import { TALLY_HEADER } from '../../../src/core/formulas/tally';
import { criteriaHeader, resultColumns } from '../../../src/core/formulas/assessment';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';

describe('the workbook contract', () => {
  it('named ranges, indicator columns A–H and the template version', () => {
    expect(NAMES).toEqual({ info: 'CDHT_THONG_TIN', indicators: 'CDHT_CHI_TIEU', ruleset: 'CDHT_BO_TIEU_CHI', evidence: 'CDHT_MINH_CHUNG' });
    expect(INDICATOR_COLUMNS).toEqual({ code: 0, name: 1, requirementMD1: 2, requirementMD2: 3, value: 4, evidence: 5, description: 6, owner: 7 });
    expect(INDICATOR_WIDTH).toBe(8);
    expect(TEMPLATE_VERSION).toBe(2);
  });

  it('the "Đánh giá" headers, levels (TT25) then points (TT44)', () => {
    expect(INDICATOR_HEADERS).toEqual({
      code: ['Mã', 'Mã'],
      name: ['Chỉ tiêu (nội dung theo văn bản)', 'Tiêu chí'],
      requirementMD1: ['Yêu cầu Mức độ 1', 'Điểm tối đa'],
      requirementMD2: ['Yêu cầu Mức độ 2', ''],
      value: ['Giá trị của xã', 'Điểm tự chấm'],
      evidence: ['Minh chứng (liên kết)', 'Minh chứng (liên kết)'],
      description: ['Kết quả thực hiện (việc đã làm, số liệu)', 'Kết quả thực hiện (việc đã làm, số liệu)'],
      owner: ['Phụ trách', 'Phụ trách'],
    });
  });

  it('the "Bộ tiêu chí" table: header, row types, kinds, the band condition, statuses', () => {
    expect([...TABLE_HEADER]).toEqual(RULESET_TABLE_HEADER);
    expect(ROW_TYPES).toEqual({ ruleset: 'Bộ tiêu chí', criterion: 'Tiêu chí', item: 'Chỉ tiêu', rating: 'Xếp loại', fact: 'Quy định' });
    expect(KIND_LABELS).toEqual({ yesno: 'Đạt/Không đạt', level: 'Mức độ', percent: 'Tỷ lệ', points: 'Điểm' });
    expect(NO_ZERO_CONDITION).toBe('Không có tiêu chí bị điểm 0');
    expect(STATUS_LABELS).toEqual({ verbatim: 'Nguyên văn', paraphrase: 'Diễn đạt lại', secondary: 'Nguồn thứ cấp', unverified: 'Chưa xác minh' });
  });
});

describe('the words results and problems are written with', () => {
  it('results, outcomes, levels, severities', () => {
    expect(RESULT_WORDS).toEqual({ met: 'Đạt', notMet: 'Không đạt', below: 'Chưa đạt', missing: 'Thiếu dữ liệu' });
    expect(OUTCOME_LABELS).toEqual({ met: 'Đạt', not_met: 'Không đạt', missing: 'Thiếu dữ liệu' });
    expect([LEVEL_IDS, LEVEL_LABELS, NOT_RECOGNISED]).toEqual([['MD1', 'MD2'], { MD1: 'Mức độ 1', MD2: 'Mức độ 2' }, 'Chưa đạt']);
    expect(SEVERITY_LABELS).toEqual({ error: 'Lỗi', warning: 'Cảnh báo' });
  });

  it("the formulas' headers and result columns", () => {
    expect([...TALLY_HEADER]).toEqual(['Kết quả', 'Số xã']);
    expect([resultColumns(TT25), resultColumns(TT44)]).toEqual([
      ['Mức độ 1', 'Mức độ 2'],
      ['Điểm', 'Tối đa'],
    ]);
    expect([criteriaHeader(TT25), criteriaHeader(TT44)]).toEqual([
      ['Tiêu chí', 'Nội dung', 'Mức độ 1', 'Mức độ 2', 'Chỉ tiêu đạt mức độ 1', 'Số chỉ tiêu'],
      ['Tiêu chí', 'Nội dung', 'Điểm', 'Tối đa'],
    ]);
  });

  it('a place in a range, counted from 1, and how it is counted', () => {
    expect([placeInRange(0, 0, false), placeInRange(2, 5, false), placeInRange(2, 5, true), COUNTED_IN_RANGE]).toEqual([
      'ô thứ 1 từ trên xuống của vùng trong công thức',
      'ô thứ 3 từ trên xuống của vùng trong công thức',
      'dòng thứ 3, cột thứ 6 của vùng trong công thức',
      'không phải số dòng của trang tính',
    ]);
  });

  it('the percent rule and the rounding of points', () => {
    expect(PERCENT_RULE).toEqual({ fractionUpTo: 1, pointsFrom: 2 });
    expect(POINTS_DECIMALS).toBe(9);
  });
});
