/**
 * `validateRuleset` whole: for the built-in rulesets and for hand-made ones broken one way each,
 * every problem (code, severity, message) word for word. Expected messages typed by hand from the
 * rules they enforce (levels from 0 to the standard's highest, percents 0–100%, Mức độ 2 never
 * below Mức độ 1, TT44 Điều 4 khoản 2–3 for points) and the README ("The ruleset table").
 */
import { describe, expect, it } from 'vitest';
import { validateRuleset } from '../../../src/core/ruleset/validate';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';
import type { Item, LegalFact, LevelsRuleset, PointsRuleset, Threshold } from '../../../src/core/ruleset/types';

const V = { ref: 'Điều 1', status: 'verbatim' } as const;
const U = { ref: 'Điều 2', status: 'unverified' } as const;
const rows = (ruleset: LevelsRuleset | PointsRuleset) => validateRuleset(ruleset).map((p) => [p.code, p.severity, p.message]);

const yesno = (code: string): Item => ({ code, name: code, kind: 'yesno', provenance: V });
const levels = (items: Item[], more: Partial<LevelsRuleset> = {}): LevelsRuleset => ({
  id: 'X',
  name: 'X',
  scheme: 'levels',
  provenance: V,
  facts: [],
  criteria: [{ code: 'A', name: 'A', provenance: V, items }],
  ...more,
});
const fact = (key: string, value: number | string): LegalFact => ({ key, text: key, value, provenance: V });

describe('the built-in rulesets', () => {
  it('TT25 has no problem', () => {
    expect(rows(TT25)).toEqual([]);
  });

  it("TT44: the maxima are the province's to enter, and the evidence rule of Điều 4 khoản 2 is quoted", () => {
    expect(rows(TT44)).toEqual([
      ['Bộ tiêu chí TT44', 'warning', 'Còn 15 tiêu chí chưa có điểm tối đa: nhập theo biểu điểm của tỉnh trong bảng Bộ tiêu chí.'],
      [
        'Minh chứng',
        'warning',
        'Thông tư 44/2014/TT-BGDĐT, Điều 4 khoản 2: "Các tiêu chí không có minh chứng phù hợp không được chấm điểm." Chỉ chấm điểm tiêu chí có minh chứng phù hợp (cột Minh chứng).',
      ],
    ]);
  });
});

describe('a levels ruleset broken one way at a time', () => {
  it('no id, no criterion', () => {
    expect(rows(levels([], { id: '', criteria: [] }))).toEqual([
      ['Bộ tiêu chí (chưa đặt mã)', 'error', 'Bộ tiêu chí chưa có mã.'],
      ['Bộ tiêu chí (chưa đặt mã)', 'error', 'Bộ tiêu chí chưa có tiêu chí nào.'],
    ]);
  });

  it('a criterion without items, codes missing or repeated (in any case)', () => {
    const ruleset = levels([], {
      criteria: [
        { code: 'A', name: 'A', provenance: V, items: [yesno('A.1'), yesno('a.1'), yesno('')] },
        { code: 'a', name: 'A again', provenance: V, items: [] },
        { code: '', name: 'none', provenance: V, items: [yesno('B.1')] },
      ],
    });
    expect(rows(ruleset)).toEqual([
      ['a', 'error', 'Mã tiêu chí a bị trùng trong bộ tiêu chí.'],
      ['', 'error', 'Có tiêu chí chưa có mã.'],
      ['a.1', 'error', 'Mã chỉ tiêu a.1 bị trùng trong bộ tiêu chí.'],
      ['', 'error', 'Có chỉ tiêu chưa có mã.'],
      ['a', 'error', 'Tiêu chí a chưa có chỉ tiêu nào.'],
    ]);
  });

  it('level items: maximum, each threshold from 0 to the maximum and whole, each level present', () => {
    const level = (code: string, more: Partial<Item>): Item => ({ code, name: code, kind: 'level', max: 3, thresholds: { MD1: { min: 2 }, MD2: { min: 3 } }, provenance: V, ...more });
    expect(
      rows(
        levels([
          level('L0', {}),
          level('L1', { max: 0 }),
          level('L2', { max: 2.5 }),
          level('L3', { thresholds: { MD1: { min: 2 }, MD2: { min: 4 } } }),
          level('L4', { thresholds: { MD1: { min: 1.5, minDifficult: -1 }, MD2: { min: 3 } } }),
          level('L5', { thresholds: { MD2: { min: 3 } } }),
          level('L6', { thresholds: {} }),
          level('L7', { max: undefined }),
        ]),
      ),
    ).toEqual([
      ['L1', 'error', 'Chỉ tiêu L1: cần mức độ tối đa là số nguyên từ 1 trở lên.'],
      ['L2', 'error', 'Chỉ tiêu L2: cần mức độ tối đa là số nguyên từ 1 trở lên.'],
      ['L3', 'error', 'Chỉ tiêu L3: yêu cầu Mức độ 2 là 4, cần từ 0 đến 3.'],
      ['L4', 'error', 'Chỉ tiêu L4: yêu cầu Mức độ 1 là 1,5, cần từ 0 đến 3.'],
      ['L4', 'error', 'Chỉ tiêu L4: yêu cầu Mức độ 1 là -1, cần từ 0 đến 3.'],
      ['L5', 'error', 'Chỉ tiêu L5: chưa có yêu cầu cho Mức độ 1.'],
      ['L6', 'error', 'Chỉ tiêu L6: chưa có yêu cầu cho Mức độ 1.'],
      ['L6', 'error', 'Chỉ tiêu L6: chưa có yêu cầu cho Mức độ 2.'],
      ['L7', 'error', 'Chỉ tiêu L7: cần mức độ tối đa là số nguyên từ 1 trở lên.'],
    ]);
  });

  it('a level item whose highest level is 1 is sound; a level or percent item without any requirement lacks both', () => {
    const item = (code: string, more: Partial<Item>): Item => ({ code, name: code, kind: 'level', provenance: V, ...more });
    expect(
      rows(levels([item('M1', { max: 1, thresholds: { MD1: { min: 0 }, MD2: { min: 1 } } }), item('M2', { max: 2, thresholds: undefined }), item('M3', { kind: 'percent', thresholds: undefined })])),
    ).toEqual([
      ['M2', 'error', 'Chỉ tiêu M2: chưa có yêu cầu cho Mức độ 1.'],
      ['M2', 'error', 'Chỉ tiêu M2: chưa có yêu cầu cho Mức độ 2.'],
      ['M3', 'error', 'Chỉ tiêu M3: chưa có yêu cầu cho Mức độ 1.'],
      ['M3', 'error', 'Chỉ tiêu M3: chưa có yêu cầu cho Mức độ 2.'],
    ]);
  });

  it('percent items: thresholds from 0% to 100% (edges allowed), Mức độ 2 never below Mức độ 1, there or in vùng khó khăn', () => {
    const percent = (code: string, MD1: Threshold, MD2: Threshold): Item => ({
      code,
      name: code,
      kind: 'percent',
      thresholds: { MD1, MD2 },
      provenance: V,
    });
    expect(
      rows(
        levels([
          percent('R0', { min: 0 }, { min: 1 }),
          percent('R1', { min: 1.2 }, { min: 1.2 }),
          percent('R2', { min: 0.6 }, { min: 0.5 }),
          percent('R3', { min: 0.5, minDifficult: 0.45 }, { min: 0.6, minDifficult: 0.4 }),
          percent('R4', { min: 0.5, minDifficult: 0.4 }, { min: 0.6 }),
          percent('R5', { min: 0.5 }, { min: 0.6, minDifficult: 0.45 }),
          percent('R6', { min: 0.5, minDifficult: 0.4 }, { min: 0.6, minDifficult: 0.4 }),
        ]),
      ),
    ).toEqual([
      ['R1', 'error', 'Chỉ tiêu R1: yêu cầu Mức độ 1 là 120%, cần từ 0% đến 100%.'],
      ['R1', 'error', 'Chỉ tiêu R1: yêu cầu Mức độ 2 là 120%, cần từ 0% đến 100%.'],
      ['R2', 'error', 'Chỉ tiêu R2: yêu cầu Mức độ 2 thấp hơn Mức độ 1.'],
      ['R3', 'error', 'Chỉ tiêu R3: ở vùng khó khăn, yêu cầu Mức độ 2 thấp hơn Mức độ 1.'],
      ['R5', 'error', 'Chỉ tiêu R5: ở vùng khó khăn, yêu cầu Mức độ 2 thấp hơn Mức độ 1.'],
    ]);
  });

  it('a points item in a levels ruleset', () => {
    expect(rows(levels([{ code: 'D', name: 'D', kind: 'points', thresholds: { MD1: { min: 0.5 }, MD2: { min: 0.6 } }, provenance: V }]))).toEqual([
      ['D', 'error', 'Chỉ tiêu D: bộ tiêu chí xét theo mức độ không dùng kiểu "Điểm".'],
    ]);
  });

  it('unverified criteria or items: one warning per criterion', () => {
    const ruleset = levels([], {
      criteria: [
        { code: 'A', name: 'A', provenance: U, items: [yesno('A.1')] },
        { code: 'B', name: 'B', provenance: V, items: [yesno('B.1'), { ...yesno('B.2'), provenance: U }, { ...yesno('B.3'), provenance: U }] },
        { code: 'C', name: 'C', provenance: V, items: [{ ...yesno('C.1'), provenance: { ref: '', status: 'secondary' } }] },
      ],
    });
    const note = 'chưa được xác minh từ văn bản chính thức; tỉnh có thể kiểm tra và sửa trong bảng Bộ tiêu chí.';
    expect(rows(ruleset)).toEqual([
      ['A', 'warning', `Tiêu chí A ${note}`],
      ['B', 'warning', `Tiêu chí B ${note}`],
    ]);
  });
});

describe('facts', () => {
  it('numbers where numbers are read, unique keys, years forwards, a whole deadline', () => {
    const ruleset = levels([yesno('A.1')], {
      facts: [
        fact('NAM_DAU', 2024),
        fact('NAM_CUOI', 2020),
        fact('BAO_LUU_THANG', 'ba mươi sáu'),
        fact('CHO_MD2_THANG', -1),
        fact('THANG_DANH_GIA', 12),
        fact('THANG_DANH_GIA', 11),
        fact('HAN_NOP_NGAY', 28),
      ],
    });
    expect(rows(ruleset)).toEqual([
      ['THANG_DANH_GIA', 'error', 'Mã quy định THANG_DANH_GIA bị trùng trong bộ tiêu chí.'],
      ['BAO_LUU_THANG', 'error', 'Quy định BAO_LUU_THANG: cần một số nguyên, đang là "ba mươi sáu".'],
      ['CHO_MD2_THANG', 'error', 'Quy định CHO_MD2_THANG: cần một số nguyên, đang là "-1".'],
      ['Bộ tiêu chí X', 'error', 'Năm đánh giá cuối cùng (2020) trước năm đầu tiên (2024).'],
      ['HAN_NOP_THANG', 'error', 'Hạn gửi hồ sơ cần cả ngày (1–31, HAN_NOP_NGAY) và tháng (1–12, HAN_NOP_THANG).'],
    ]);
  });

  it('a year that is no whole number is shown with a decimal comma, years never grouped', () => {
    expect(rows(levels([yesno('A.1')], { facts: [fact('NAM_DAU', 2024.5), fact('NAM_CUOI', 2023.25)] }))).toEqual([
      ['NAM_DAU', 'error', 'Quy định NAM_DAU: cần một số nguyên, đang là "2024,5".'],
      ['NAM_CUOI', 'error', 'Quy định NAM_CUOI: cần một số nguyên, đang là "2023,25".'],
      ['Bộ tiêu chí X', 'error', 'Năm đánh giá cuối cùng (2023,25) trước năm đầu tiên (2024,5).'],
    ]);
    expect(rows(levels([yesno('A.1')], { facts: [fact('NAM_DAU', 12000), fact('NAM_CUOI', 1999)] }))).toEqual([
      ['Bộ tiêu chí X', 'error', 'Năm đánh giá cuối cùng (1999) trước năm đầu tiên (12000).'],
    ]);
  });

  it.each<[string, LegalFact[], string | null]>([
    ['a day and a month in range', [fact('HAN_NOP_NGAY', 31), fact('HAN_NOP_THANG', 12)], null],
    ['the first day of the first month', [fact('HAN_NOP_NGAY', 1), fact('HAN_NOP_THANG', 1)], null],
    ['day 0', [fact('HAN_NOP_NGAY', 0), fact('HAN_NOP_THANG', 2)], 'HAN_NOP_NGAY'],
    ['day 32', [fact('HAN_NOP_NGAY', 32), fact('HAN_NOP_THANG', 2)], 'HAN_NOP_NGAY'],
    ['month 13', [fact('HAN_NOP_NGAY', 28), fact('HAN_NOP_THANG', 13)], 'HAN_NOP_THANG'],
    ['month 0', [fact('HAN_NOP_NGAY', 28), fact('HAN_NOP_THANG', 0)], 'HAN_NOP_THANG'],
    ['a month without day', [fact('HAN_NOP_THANG', 2)], 'HAN_NOP_NGAY'],
    ['neither', [], null],
    ['a first year alone, and the same first and last year', [fact('NAM_DAU', 2024), fact('NAM_CUOI', 2024)], null],
  ])('deadline and years: %s', (_, facts, code) => {
    expect(rows(levels([yesno('A.1')], { facts }))).toEqual(code ? [[code, 'error', 'Hạn gửi hồ sơ cần cả ngày (1–31, HAN_NOP_NGAY) và tháng (1–12, HAN_NOP_THANG).']] : []);
  });
});

describe('a points ruleset broken one way at a time', () => {
  const criterion = (code: string, max?: number, kind: Item['kind'] = 'points') => ({
    code,
    name: code,
    provenance: V,
    items: [{ code, name: code, kind, provenance: V, ...(max === undefined ? {} : { max }) }],
  });
  const points = (more: Partial<PointsRuleset>): PointsRuleset => ({
    id: 'P',
    name: 'P',
    scheme: 'points',
    provenance: V,
    facts: [],
    totalPoints: 100,
    criteria: [criterion('T1', 40), criterion('T2', 60)],
    ratings: [
      { label: 'Tốt', min: 85, noZeroCriterion: true, provenance: V },
      { label: 'Khá', min: 70, noZeroCriterion: true, provenance: V },
    ],
    failLabel: 'Chưa đạt',
    ...more,
  });

  it('whole and sound: no problem; a band from 0 and one at the total are allowed', () => {
    expect(rows(points({}))).toEqual([]);
    expect(
      rows(
        points({
          ratings: [
            { label: 'Tốt', min: 100, noZeroCriterion: true, provenance: V },
            { label: 'Đạt', min: 0, noZeroCriterion: false, provenance: V },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('maxima: all given but not adding up, above the total, some missing; a maximum of 0; a criterion of another kind', () => {
    expect(rows(points({ criteria: [criterion('T1', 40), criterion('T2', 50)] }))).toEqual([['Bộ tiêu chí P', 'error', 'Điểm tối đa các tiêu chí cộng lại là 90, phải bằng 100.']]);
    expect(rows(points({ criteria: [criterion('T1', 70.5), criterion('T2', 40), criterion('T3')] }))).toEqual([['Bộ tiêu chí P', 'error', 'Điểm tối đa đã nhập cộng lại là 110,5, vượt quá 100.']]);
    expect(rows(points({ criteria: [criterion('T1', 40), criterion('T2'), criterion('T3')] }))).toEqual([
      ['Bộ tiêu chí P', 'warning', 'Còn 2 tiêu chí chưa có điểm tối đa: nhập theo biểu điểm của tỉnh trong bảng Bộ tiêu chí.'],
    ]);
    expect(rows(points({ criteria: [criterion('T1', 100), criterion('T2', 0)] }))).toEqual([['T2', 'error', 'Tiêu chí T2: điểm tối đa phải lớn hơn 0.']]);
    expect(rows(points({ criteria: [criterion('T1', 40), criterion('T2', 60, 'yesno')] }))).toEqual([['T2', 'error', 'Tiêu chí T2: bộ tiêu chí chấm điểm chỉ dùng kiểu "Điểm".']]);
  });

  it('maxima may differ from the total by binary rounding, up to and including a billionth of a point', () => {
    // 0,1 + 0,2 is 0,30000000000000004 in binary: the same sum a province means.
    expect(rows(points({ totalPoints: 0.3, criteria: [criterion('T1', 0.1), criterion('T2', 0.2)], ratings: [{ label: 'Đạt', min: 0.2, noZeroCriterion: false, provenance: V }] }))).toEqual([]);
    // 2e-9 is exactly twice 1e-9 in binary, so these differences are exactly one billionth.
    const ratings = [{ label: 'Đạt', min: 0, noZeroCriterion: false, provenance: V }];
    expect(rows(points({ totalPoints: 2e-9, criteria: [criterion('T1', 1e-9)], ratings }))).toEqual([]);
    expect(rows(points({ totalPoints: 1e-9, criteria: [criterion('T1', 2e-9), criterion('T2')], ratings }))).toEqual([
      ['Bộ tiêu chí P', 'warning', 'Còn 1 tiêu chí chưa có điểm tối đa: nhập theo biểu điểm của tỉnh trong bảng Bộ tiêu chí.'],
    ]);
  });

  it('the total, the bands and the failing label', () => {
    expect(rows(points({ totalPoints: 0, criteria: [criterion('T1')] }))).toEqual([
      ['Bộ tiêu chí P', 'error', 'Tổng điểm của bộ tiêu chí phải lớn hơn 0.'],
      ['Bộ tiêu chí P', 'warning', 'Còn 1 tiêu chí chưa có điểm tối đa: nhập theo biểu điểm của tỉnh trong bảng Bộ tiêu chí.'],
      ['Bộ tiêu chí P', 'error', 'Ngưỡng "Tốt" là 85 điểm, cần từ 0 đến 0.'],
      ['Bộ tiêu chí P', 'error', 'Ngưỡng "Khá" là 70 điểm, cần từ 0 đến 0.'],
    ]);
    expect(rows(points({ ratings: [], failLabel: '' }))).toEqual([
      ['Bộ tiêu chí P', 'error', 'Chưa có ngưỡng xếp loại nào.'],
      ['Bộ tiêu chí P', 'error', 'Chưa có tên xếp loại cho mức không đạt.'],
    ]);
    expect(
      rows(
        points({
          ratings: [
            { label: 'Tốt', min: 100.5, noZeroCriterion: true, provenance: V },
            { label: '', min: 70, noZeroCriterion: true, provenance: V },
            { label: 'Trung bình', min: 70, noZeroCriterion: true, provenance: V },
            { label: 'Yếu', min: -1, noZeroCriterion: true, provenance: V },
          ],
        }),
      ),
    ).toEqual([
      ['Bộ tiêu chí P', 'error', 'Ngưỡng "Tốt" là 100,5 điểm, cần từ 0 đến 100.'],
      ['Bộ tiêu chí P', 'error', 'Ngưỡng xếp loại thứ 2 chưa có tên.'],
      ['Bộ tiêu chí P', 'error', 'Ngưỡng "Trung bình" phải thấp hơn ngưỡng "" (xếp từ cao xuống thấp).'],
      ['Bộ tiêu chí P', 'error', 'Ngưỡng "Yếu" là -1 điểm, cần từ 0 đến 100.'],
    ]);
  });

  it('unverified bands are named with their cut-off', () => {
    expect(rows(points({ ratings: [{ label: 'Khá', min: 70.5, noZeroCriterion: true, provenance: U }] }))).toEqual([
      ['Khá', 'warning', 'Ngưỡng xếp loại "Khá" (từ 70,5 điểm) chưa được xác minh từ văn bản chính thức; tỉnh có thể kiểm tra và sửa trong bảng Bộ tiêu chí.'],
    ]);
  });
});
