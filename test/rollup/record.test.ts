import { describe, expect, it } from 'vitest';
import { failedCriteriaText, reasonText, recordFromAssessment, recordWithoutReading, scoreText } from '../../src/core/rollup/record';
import { rulesetToTable } from '../../src/core/ruleset/table';
import { TT44 } from '../../src/core/ruleset/tt44';
import type { Cell } from '../../src/core/cells/values';
import { INDICATOR_HEADERS } from '../../src/core/workbook/indicator-block';
import { NAMES } from '../../src/core/workbook/names';
import { assessWorkbook } from '../../src/core/workbook/snapshot';
import { TT25_VALUES, TT44_VALUES, communeWorkbook, workbookEntry } from '../fixtures/rollup-communes';

const read = (options: Parameters<typeof communeWorkbook>[0], entry = workbookEntry(2, options.commune, options.year)) => recordFromAssessment(entry, assessWorkbook(communeWorkbook(options)));

describe('recordFromAssessment: TT25', () => {
  it('Mức độ 2: nothing missed', () => {
    const r = read({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD2 });
    expect(r).toMatchObject({ status: 'read', rulesetId: 'TT25', rating: 'Mức độ 2', score: 15, indicators: 15, failedMd1: [], failedMd2: [], reason: '' });
    expect(failedCriteriaText(r)).toBe('');
  });

  it('Mức độ 1: the criteria that keep it from Mức độ 2', () => {
    const r = read({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD1 });
    expect(r).toMatchObject({ rating: 'Mức độ 1', failedMd1: [], failedMd2: ['TC4', 'TC5'] });
    expect(scoreText(r)).toBe('15/15 chỉ tiêu đạt Mức độ 1');
    expect(failedCriteriaText(r)).toBe('Mức độ 2: TC4, TC5');
  });

  it('Chưa đạt: the criterion missed at Mức độ 1 is named for both levels', () => {
    const r = read({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.FAIL });
    expect(r).toMatchObject({ rating: 'Chưa đạt', score: 14, failedMd1: ['TC1'], failedMd2: ['TC1', 'TC4', 'TC5'] });
    expect(failedCriteriaText(r)).toBe('Mức độ 1: TC1 · Mức độ 2: TC1, TC4, TC5');
  });

  it('incomplete data: read, not rated, with what is missing', () => {
    const r = read({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.INCOMPLETE });
    expect(r).toMatchObject({ status: 'read', rating: null, failedMd1: [], failedMd2: ['TC4', 'TC5'] });
    expect(r.reason).toBe('Chưa đủ dữ liệu: còn 1 chỉ tiêu chưa nhập (TC3.3).');
  });

  it('already decided with data missing: Chưa đạt, counted as such, with what is still blank', () => {
    const r = read({ commune: 'Xã Hòa An', year: 2025, values: { ...TT25_VALUES.FAIL, ...TT25_VALUES.INCOMPLETE } });
    expect(r).toMatchObject({ status: 'read', rating: 'Chưa đạt', failedMd1: ['TC1'] });
    expect(r.reason).toBe('Chưa đạt (TC1.2 không đạt Mức độ 1; còn 1 chỉ tiêu chưa nhập: TC3.3).');
  });

  it('a workbook of another commune is not counted for the register row: both names are given', () => {
    const entry = workbookEntry(4, 'Xã Hoà An', 2025);
    const r = read({ commune: 'Xã Bình Minh', year: 2025 }, entry);
    expect(r).toMatchObject({ commune: 'Xã Hoà An', status: 'failed', failure: 'other_commune', rating: null, score: null });
    expect(reasonText(r)).toBe(
      'Bảng tính của xã khác: bảng tính được liên kết là của Xã Bình Minh (ô Tên xã ở trang Thông tin), không phải của Xã Hoà An ghi trong danh sách: hãy kiểm tra lại liên kết (nếu xã đã đổi tên, hãy sửa tên cho khớp).',
    );
    expect(reasonText(r)).not.toMatch(/dòng \d/);
  });

  it('does not note the same name written with the other tone placement or without "Xã"', () => {
    expect(read({ commune: 'Xã Hòa An', year: 2025 }, workbookEntry(4, 'Hoà An', 2025)).reason).toBe('');
  });
});

describe('recordFromAssessment: TT44', () => {
  it.each([
    ['TOT', 'Tốt', 90],
    ['KHA', 'Khá', 74.5],
    ['TRUNG_BINH', 'Trung bình', 60],
    ['CHUA_DAT', 'Chưa đạt', 45],
  ] as const)('%s → %s (%s points)', (set, rating, score) => {
    const r = read({ commune: 'Xã Hòa An', year: 2019, rulesetId: 'TT44', values: TT44_VALUES[set] });
    expect(r).toMatchObject({ status: 'read', rulesetId: 'TT44', rating, score });
    expect(r.ruleset).toBeUndefined();
  });

  it('incomplete data: read, not rated, the blank counted in "tiêu chí" as TT44 names them (Điều 3)', () => {
    const r = read({ commune: 'Xã Hòa An', year: 2019, rulesetId: 'TT44', values: { ...TT44_VALUES.TOT, TC15: '' } });
    expect(r).toMatchObject({ status: 'read', rating: null, incomplete: 1 });
    expect(r.reason).toBe('Chưa đủ dữ liệu: còn 1 tiêu chí chưa nhập (TC15).');
    expect(scoreText(r)).toMatch(/ điểm, còn 1 tiêu chí chưa nhập$/);
  });

  it('a criterion at 0 decides with data missing: Chưa đạt, with the blank criteria', () => {
    const r = read({ commune: 'Xã Hòa An', year: 2019, rulesetId: 'TT44', values: { ...TT44_VALUES.TOT, TC14: 0, TC15: '' } });
    expect(r).toMatchObject({ status: 'read', rating: 'Chưa đạt' });
    expect(r.reason).toBe('Chưa đạt (tiêu chí bị điểm 0: TC14; còn 1 tiêu chí chưa nhập: TC15).');
  });

  it('refuses a workbook whose points exceed a criterion maximum the province entered', () => {
    const table = rulesetToTable({ ...TT44, criteria: TT44.criteria.map((c) => ({ ...c, items: c.items.map((i) => ({ ...i, max: c.code === 'TC1' ? 16 : 6 })) })) });
    const snapshot = { ...communeWorkbook({ commune: 'Xã Hòa An', year: 2019, rulesetId: 'TT44' }), [NAMES.ruleset]: table };
    const r = recordFromAssessment(workbookEntry(2, 'Xã Hòa An', 2019), assessWorkbook(snapshot));
    // The sample's points: TC1 7 of 16, TC2 6,5 (over 6: invalid) … so the whole workbook is refused.
    expect(r.status).toBe('failed');
    expect(r.failure).toBe('invalid');
    expect(r.reason).toContain('TC2');
  });

  it('lists the criteria short of their maximum', () => {
    const maxima = (code: string) => (code === 'TC1' ? 16 : 6);
    const table = rulesetToTable({ ...TT44, criteria: TT44.criteria.map((c) => ({ ...c, items: c.items.map((i) => ({ ...i, max: maxima(c.code) })) })) });
    const values = { ...TT44_VALUES.TOT, TC1: 12.5, TC2: 6, TC3: 5 };
    const snapshot = { ...communeWorkbook({ commune: 'Xã Hòa An', year: 2019, rulesetId: 'TT44', values }), [NAMES.ruleset]: table };
    const r = recordFromAssessment(workbookEntry(2, 'Xã Hòa An', 2019), assessWorkbook(snapshot));
    // 12,5 + 6 + 5 + 12 × 6 = 95,5 → Tốt; TC1 and TC3 lost points.
    expect(r).toMatchObject({ rating: 'Tốt', score: 95.5 });
    expect(r.points?.TC1).toBe(12.5);
    expect(r.maxima?.TC1).toBe(16);
    expect(failedCriteriaText(r)).toBe('TC1 (12,5/16), TC3 (5/6)');
    expect(scoreText(r)).toBe('95,5 điểm');
  });
});

describe('recordFromAssessment: a version 2 block read by its headers', () => {
  it('a column people inserted before C changes nothing in the record', () => {
    const workbook = communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD1 });
    const header = (Object.keys(INDICATOR_HEADERS) as Array<keyof typeof INDICATOR_HEADERS>).map((k) => INDICATOR_HEADERS[k][0]);
    const withColumn = (row: Cell[], extra: Cell) => [...row.slice(0, 2), extra, ...row.slice(2)];
    const block = [withColumn(header, 'Ghi chú riêng'), ...workbook[NAMES.indicators]!.map((row) => withColumn(row, 'việc riêng'))];
    const entry = workbookEntry(2, 'Xã Hòa An', 2025);
    const edited = recordFromAssessment(entry, assessWorkbook({ ...workbook, [NAMES.indicators]: block }));
    expect(edited).toEqual(recordFromAssessment(entry, assessWorkbook(workbook)));
    expect(edited).toMatchObject({ status: 'read', rating: 'Mức độ 1', failedMd2: ['TC4', 'TC5'] });
  });
});

describe('recordFromAssessment: workbooks that cannot be used', () => {
  it.each([
    [{ version: 0 }, 'old_version', 'mẫu phiên bản 0, cũ hơn phiên bản 1'],
    [{ version: 3 }, 'new_version', 'mẫu phiên bản 3, mới hơn phiên bản 2'],
    [{ version: null }, 'not_cdht', 'không có dòng "Phiên bản mẫu"'],
  ] as const)('%o → %s', (options, failure, text) => {
    const r = read({ commune: 'Xã A', year: 2025, ...options });
    expect(r).toMatchObject({ status: 'failed', failure, rating: null, rulesetId: '' });
    expect(r.reason).toContain(text);
  });

  it.each([1, 2])('the versions it reads, both ends included: version %d is read', (version) => {
    expect(read({ commune: 'Xã A', year: 2025, version })).toMatchObject({ status: 'read', rulesetId: 'TT25' });
  });

  it('no value entered at all is missing data', () => {
    const blank = Object.fromEntries(
      ['TC1.1', 'TC1.2', 'TC1.3', 'TC2.1', 'TC2.2', 'TC2.3', 'TC3.1', 'TC3.2', 'TC3.3', 'TC4.1', 'TC4.2', 'TC4.3', 'TC4.4', 'TC5.1', 'TC5.2a', 'TC5.2b'].map((c) => [c, '']),
    );
    const r = read({ commune: 'Xã A', year: 2025, values: blank });
    expect(r).toMatchObject({ status: 'failed', failure: 'missing_data' });
  });

  it('an invalid value is named', () => {
    const r = read({ commune: 'Xã A', year: 2025, values: { 'TC5.1': 'khoảng 70' } });
    expect(r.failure).toBe('invalid');
    expect(r.reason).toContain('TC5.1');
    expect(reasonText(r)).toMatch(/^Dữ liệu không hợp lệ: Chỉ tiêu TC5\.1/);
  });

  it('a workbook of another year than the register row is refused', () => {
    const r = read({ commune: 'Xã A', year: 2024 }, workbookEntry(3, 'Xã A', 2025));
    expect(r).toMatchObject({ failure: 'invalid', reason: 'Năm đánh giá trong bảng tính là 2024, khác năm 2025 trong danh sách.' });
  });

  it('a workbook that has not written its year yet is read with the register row’s year, and says so', () => {
    const workbook = communeWorkbook({ commune: 'Xã A', year: 2025, values: TT25_VALUES.MD1 });
    const info = workbook[NAMES.info]!.map((row) => (String(row[0]).startsWith('Năm đánh giá') ? [row[0], '', ...row.slice(2)] : row));
    const r = recordFromAssessment(workbookEntry(3, 'Xã A', 2025), assessWorkbook({ ...workbook, [NAMES.info]: info }));
    expect(r).toMatchObject({ status: 'read', year: 2025, rating: 'Mức độ 1', reason: 'Bảng tính chưa ghi Năm đánh giá: dùng năm trong danh sách.' });
  });
});

describe('recordWithoutReading', () => {
  it('turns typed results and register problems into records, and leaves workbooks to be read', () => {
    expect(recordWithoutReading({ row: 3, commune: 'Xã B', year: 2019, link: '', source: { kind: 'manual', rulesetId: 'TT44', rating: 'Khá' }, notes: [], reread: false })).toMatchObject({
      status: 'manual',
      rulesetId: 'TT44',
      rating: 'Khá',
      score: null,
    });
    expect(recordWithoutReading({ row: 4, commune: '', year: 2019, link: '', source: { kind: 'invalid', reason: 'Thiếu tên xã.' }, notes: [], reread: false })).toMatchObject({
      status: 'failed',
      failure: 'register',
      reason: 'Thiếu tên xã.',
    });
    expect(recordWithoutReading(workbookEntry(5, 'Xã C', 2025))).toBeNull();
  });
});
