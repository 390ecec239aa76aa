/**
 * `assessWorkbook` whole for small hand-made snapshots: what every consumer (sidebar, dossier,
 * roll-up) gets from a commune workbook's named ranges, field by field, and every problem in
 * order (the "Thông tin" cells, the ruleset, the values, the evidence list). Expected values typed
 * by hand from the README (named ranges, "Thông tin", "Đánh giá", "Danh mục minh chứng").
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells/values';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';
import { rulesetToTable } from '../../../src/core/ruleset/table';
import { assessWorkbook, indicatorColumn, type WorkbookSnapshot } from '../../../src/core/workbook/snapshot';

const INFO: Cell[][] = [
  ['Mục', 'Nội dung', 'Hướng dẫn'],
  ['Tên xã', 'Xã Hòa An', ''],
  ['Năm đánh giá', 2025, ''],
  ['Bộ tiêu chí', 'TT25', ''],
  ['Xã thuộc vùng khó khăn', 'Có', ''],
  ['Phiên bản mẫu', 3, ''],
  ['Thuận lợi', ' Có trung tâm. ', ''],
];
const HEADER = ['Mã', 'Chỉ tiêu (nội dung theo văn bản)', 'Yêu cầu Mức độ 1', 'Yêu cầu Mức độ 2', 'Giá trị của xã', 'Minh chứng (liên kết)', 'Kết quả thực hiện (việc đã làm, số liệu)', 'Phụ trách'];
const INDICATORS: Cell[][] = [
  HEADER,
  ['TC1', 'Tiêu chí 1', '', '', '', '', '', ''],
  ['TC1.1', 'Tuyên truyền', 'Đạt', 'Đạt', 'Đạt', ' https://drive.google.com/x ', 'Đã làm\n\n  12 lớp ', 'Hội Khuyến học'],
  ['TC1.2', 'Kế hoạch', 'Đạt', 'Đạt', 'có lẽ', '', new Date(2025, 2, 5), ''],
];
const EVIDENCE: Cell[][] = [
  ['Mã minh chứng', 'Tên minh chứng', 'Số, ngày ban hành', 'Cơ quan ban hành', 'Liên kết', 'Chỉ tiêu liên quan'],
  ['H1.01', 'Kế hoạch', 'Số 1/KH-UBND', 'UBND xã', 'https://drive.google.com/y', 'TC1.1, TC1.2'],
  ['', 'Không mã', '', '', '', ''],
];
const snapshot = (more: WorkbookSnapshot = {}): WorkbookSnapshot => ({
  CDHT_THONG_TIN: INFO,
  CDHT_CHI_TIEU: INDICATORS,
  CDHT_MINH_CHUNG: EVIDENCE,
  ...more,
});

/** The TT25 items after TC1.2 that the snapshot leaves blank, in regulation order. */
const BLANK_AFTER = ['TC1.3', 'TC2.1', 'TC2.2', 'TC2.3', 'TC3.1', 'TC3.2', 'TC3.3', 'TC4.1', 'TC4.2', 'TC4.3', 'TC4.4', 'TC5.1', 'TC5.2a', 'TC5.2b'];

describe('assessWorkbook', () => {
  it('a TT25 commune with two values (one bad), two evidence rows (one without code)', () => {
    const a = assessWorkbook(snapshot());
    expect(a.info).toMatchObject({ commune: 'Xã Hòa An', year: 2025, rulesetId: 'TT25', difficultArea: true });
    expect(a.narrative.advantages).toBe('Có trung tâm.');
    expect(a.version).toBe(3);
    expect(a.ruleset).toBe(TT25);
    expect([...a.evidence]).toEqual([
      ['TC1.1', { description: 'Đã làm\n12 lớp', links: 'https://drive.google.com/x', owner: 'Hội Khuyến học' }],
      ['TC1.2', { description: '05/03/2025', links: '', owner: '' }],
    ]);
    expect(a.evidenceList).toEqual([
      { code: 'H1.01', name: 'Kế hoạch', reference: 'Số 1/KH-UBND', issuer: 'UBND xã', link: 'https://drive.google.com/y', indicators: ['TC1.1', 'TC1.2'], row: 4 },
      { code: '', name: 'Không mã', reference: '', issuer: '', link: '', indicators: [], row: 5 },
    ]);
    expect(a.evaluation?.ratingText).toBe('Chưa đủ dữ liệu: còn 14 chỉ tiêu chưa nhập (TC1.2, TC1.3, TC2.1, TC2.2, TC2.3, …)');
    expect(a.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      [
        'TC1.2',
        'error',
        'Chỉ tiêu TC1.2: giá trị "có lẽ" không hiểu được, cần "Đạt" hoặc "Không đạt" (cũng nhận "Đạt chuẩn", "Đã đạt chuẩn", "Chưa đạt", "x", "Có" / "Không", TRUE / FALSE, 1 / 0 hoặc ô đánh dấu).',
      ],
      ...BLANK_AFTER.map((code) => [code, 'warning', `Chỉ tiêu ${code}: chưa nhập giá trị.`]),
      ['Trang "Danh mục minh chứng" dòng 5', 'warning', 'Trang "Danh mục minh chứng" dòng 5: chưa có mã minh chứng (ví dụ H1.01).'],
    ]);
  });

  it('a range of codes cited in the evidence list is read along the workbook\'s ruleset: "TC1.1-1.3" is TC1.1, TC1.2, TC1.3', () => {
    const cited = [EVIDENCE[0], ['H1.01', 'Kế hoạch', '', '', '', 'TC1.1-1.3']];
    expect(assessWorkbook(snapshot({ CDHT_MINH_CHUNG: cited })).evidenceList[0].indicators).toEqual(['TC1.1', 'TC1.2', 'TC1.3']);
  });

  it('the "Bộ tiêu chí" table wins over the name in "Thông tin"', () => {
    const a = assessWorkbook(snapshot({ CDHT_BO_TIEU_CHI: rulesetToTable(TT44).map((row) => [...row]) }));
    expect(a.ruleset).toEqual(TT44);
    expect(a.problems[0]).toEqual({
      code: 'Bộ tiêu chí',
      severity: 'error',
      message:
        'Các mã trong vùng (TC1.1, TC1.2) là mã của bộ tiêu chí TT25, không phải TT44 đang dùng: hãy chọn bộ tiêu chí TT25 (ô "Bộ tiêu chí" trong vùng CDHT_THONG_TIN, hoặc đối số thứ ba của công thức, ví dụ "TT25").',
    });
  });

  it('a ruleset that cannot be used: its error, bad "Thông tin" cells before it; nothing evaluated, no evidence read', () => {
    const info = [...INFO.slice(0, 3), ['Bộ tiêu chí', 'TT99', ''], ['Xã thuộc vùng khó khăn', 'có lẽ', '']];
    const a = assessWorkbook(snapshot({ CDHT_THONG_TIN: info }));
    expect([a.ruleset, a.evaluation, a.evidence.size, a.version]).toEqual([null, null, 0, null]);
    expect(a.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      ['Xã thuộc vùng khó khăn', 'error', 'Ô "Xã thuộc vùng khó khăn" có giá trị "có lẽ": cần ghi "Có" hoặc "Không".'],
      ['Bộ tiêu chí', 'error', 'Không có bộ tiêu chí "TT99": dùng "TT25", "TT44" hoặc vùng bảng Bộ tiêu chí.'],
      ['Trang "Danh mục minh chứng" dòng 5', 'warning', 'Trang "Danh mục minh chứng" dòng 5: chưa có mã minh chứng (ví dụ H1.01).'],
    ]);
  });

  it('a broken table: every error with its row (blind sample 10’s P8 kept only the first)', () => {
    const table = rulesetToTable(TT25).map((row) => [...row]);
    table[2][11] = 'Đã xem';
    table[4][11] = 'Chưa rõ';
    const a = assessWorkbook(snapshot({ CDHT_BO_TIEU_CHI: table }));
    expect(a.ruleset).toBeNull();
    const why = (row: number) => `Bộ tiêu chí dòng ${row}: cột Trạng thái cần ghi "Nguyên văn", "Diễn đạt lại", "Nguồn thứ cấp", "Chưa xác minh".`;
    expect(a.problems.filter((p) => p.code.startsWith('Bộ tiêu chí'))).toEqual([
      { code: 'Bộ tiêu chí dòng 3', severity: 'error', message: why(3) },
      { code: 'Bộ tiêu chí dòng 5', severity: 'error', message: why(5) },
    ]);
  });

  it('an empty snapshot: the default ruleset, everything blank, no crash', () => {
    const a = assessWorkbook({});
    expect([a.ruleset, a.version, a.evidenceList, a.evidence.size]).toEqual([TT25, null, [], 0]);
    expect(a.evaluation?.missing).toHaveLength(16);
  });

  it('indicatorColumn: a column under its header, without the header; a version 1 block (no header) by place', () => {
    expect(indicatorColumn(snapshot(), 'code')).toEqual(['TC1', 'TC1.1', 'TC1.2']);
    expect(indicatorColumn(snapshot(), 'owner')).toEqual(['', 'Hội Khuyến học', '']);
    expect(indicatorColumn({ CDHT_CHI_TIEU: INDICATORS.slice(1) }, 'value')).toEqual(['', 'Đạt', 'có lẽ']);
    expect(indicatorColumn({}, 'value')).toEqual([]);
  });
});
