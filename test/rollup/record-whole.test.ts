/**
 * A register row's record (src/core/rollup/record.ts) pinned whole for small hand-made workbooks:
 * every field of a record read, each reason in full, the labels the per-commune sheet shows, and
 * the store's JSON round trip. Expected values typed by hand from the fixtures' values
 * (test/fixtures/sample-commune.ts, rollup-communes.ts) and what the province officer must read.
 */
import { describe, expect, it } from 'vitest';
import {
  FAILURE_LABELS,
  READ_STATUS_LABELS,
  failedCriteriaText,
  leanRecords,
  parseRecord,
  reasonText,
  recordFromAssessment,
  recordFromSnapshot,
  recordJson,
  recordWithoutReading,
  scoreText,
  type CommuneRecord,
} from '../../src/core/rollup/record';
import { NAMES } from '../../src/core/workbook/names';
import { assessWorkbook, type WorkbookSnapshot } from '../../src/core/workbook/snapshot';
import type { Cell } from '../../src/core/cells/values';
import { TT25_VALUES, communeWorkbook, tt44Points, workbookEntry } from '../fixtures/rollup-communes';
import { rulesetToTable } from '../../src/core/ruleset/table';
import { TT44 } from '../../src/core/ruleset/tt44';
import type { RulesetSummary } from '../../src/core/rollup/categories';
import { sampleSnapshot } from '../fixtures/sample-commune';

const ENTRY = workbookEntry(2, 'Xã Hòa An', 2025);
const LINK = 'https://docs.google.com/spreadsheets/d/id-2-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/edit';
const failed = (failure: string, reason: string) => ({ row: 2, commune: 'Xã Hòa An', year: 2025, link: LINK, status: 'failed', failure, reason, rulesetId: '', rating: null, score: null });
const read25 = (values: Record<string, string | number>) => recordFromAssessment(ENTRY, assessWorkbook(communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values })));

describe('the labels the per-commune sheet shows', () => {
  it('one per read status and per kind of failure', () => {
    expect(READ_STATUS_LABELS).toEqual({ read: 'Đã đọc', manual: 'Nhập tay', failed: 'Không đọc được' });
    expect(FAILURE_LABELS).toEqual({
      register: 'Lỗi ở dòng danh sách',
      no_access: 'Không có quyền xem',
      not_found: 'Không tìm thấy bảng tính',
      not_cdht: 'Không phải bảng tính CĐHT',
      old_version: 'Mẫu bảng tính cũ',
      new_version: 'Mẫu bảng tính mới hơn tiện ích',
      other_commune: 'Bảng tính của xã khác',
      missing_data: 'Thiếu dữ liệu',
      invalid: 'Dữ liệu không hợp lệ',
      quota: 'Google tạm giới hạn số lần đọc',
      network: 'Lỗi kết nối',
    });
  });
});

describe('a record read, every field', () => {
  it('TT25 Mức độ 1: 15 of 15 indicators at Mức độ 1, TC4 and TC5 short of Mức độ 2', () => {
    const r = read25(TT25_VALUES.MD1);
    expect(r).toEqual({
      row: 2,
      commune: 'Xã Hòa An',
      year: 2025,
      link: LINK,
      status: 'read',
      reason: '',
      rulesetId: 'TT25',
      rating: 'Mức độ 1',
      score: 15,
      indicators: 15,
      failedMd1: [],
      failedMd2: ['TC4', 'TC5'],
    });
    expect([scoreText(r), failedCriteriaText(r), reasonText(r)]).toEqual(['15/15 chỉ tiêu đạt Mức độ 1', 'Mức độ 2: TC4, TC5', '']);
  });

  it('TT44 with the province’s maxima: the points of each criterion, its maximum, those short of it', () => {
    const entry = workbookEntry(3, 'Xã Hòa An', 2021);
    const r = recordFromAssessment(entry, assessWorkbook(sampleSnapshot('TT44', { provinceMaxima: true })));
    const points = { TC1: 7, TC2: 6.5, TC3: 6, TC4: 7, TC5: 8, TC6: 5, TC7: 5.5, TC8: 4.5, TC9: 5, TC10: 5, TC11: 4, TC12: 3.5, TC13: 3, TC14: 2.5, TC15: 2 };
    const maxima = { TC1: 8, TC2: 8, TC3: 7, TC4: 8, TC5: 10, TC6: 6, TC7: 7, TC8: 7, TC9: 6, TC10: 6, TC11: 6, TC12: 5, TC13: 5, TC14: 5, TC15: 6 };
    expect(r).toMatchObject({ row: 3, status: 'read', reason: '', rulesetId: 'TT44', rating: 'Khá', score: 74.5, points, maxima });
    expect(scoreText(r)).toBe('74,5 điểm');
    // Every criterion but none is below its maximum: each is named with points / maximum, in the ruleset's order.
    expect(failedCriteriaText(r)).toBe(
      'TC1 (7/8), TC2 (6,5/8), TC3 (6/7), TC4 (7/8), TC5 (8/10), TC6 (5/6), TC7 (5,5/7), TC8 (4,5/7), TC9 (5/6), TC10 (5/6), TC11 (4/6), TC12 (3,5/5), TC13 (3/5), TC14 (2,5/5), TC15 (2/6)',
    );
  });

  it('data still missing, a register note, and no year in the workbook: the rating’s text first, then the notes', () => {
    const workbook = communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.INCOMPLETE });
    const info = (workbook[NAMES.info] ?? []).map((row) => (String(row[0]).startsWith('Năm đánh giá') ? [row[0], '', ...row.slice(2)] : row));
    const entry = { ...ENTRY, notes: ['Có cả kết quả nhập tay: dùng kết quả đọc từ bảng tính.'] };
    const r = recordFromAssessment(entry, assessWorkbook({ ...workbook, [NAMES.info]: info }));
    expect([r.status, r.rating, r.reason]).toEqual([
      'read',
      null,
      'Chưa đủ dữ liệu: còn 1 chỉ tiêu chưa nhập (TC3.3). Có cả kết quả nhập tay: dùng kết quả đọc từ bảng tính. Bảng tính chưa ghi Năm đánh giá: dùng năm trong danh sách.',
    ]);
    // Not rated ("Không xếp loại"): the 14 met are stated with the one still blank, never as 14/15 alone.
    expect([r.score, r.indicators, r.incomplete, scoreText(r)]).toEqual([14, 15, 1, '14/15 chỉ tiêu đạt Mức độ 1, còn 1 chỉ tiêu chưa nhập']);
  });

  it('not rated: TC5.2 blank in both parts is one indicator to enter; TT44 counts criteria; an older stored record says only that some are blank', () => {
    const r = read25({ 'TC5.2a': '', 'TC5.2b': '', 'TC1.1': '' });
    expect([r.rating, r.score, r.incomplete, scoreText(r)]).toEqual([null, 13, 2, '13/15 chỉ tiêu đạt Mức độ 1, còn 2 chỉ tiêu chưa nhập']);
    const points = { row: 3, commune: 'Xã Hòa An', year: 2021, link: '', status: 'read', reason: '', rulesetId: 'TT44', rating: null, score: 60 } as const;
    expect(scoreText({ ...points, incomplete: 2 })).toBe('60 điểm, còn 2 tiêu chí chưa nhập');
    expect(scoreText(points)).toBe('60 điểm, còn tiêu chí chưa nhập');
    expect(scoreText({ ...points, rulesetId: 'TT25', score: 14, indicators: 15 })).toBe('14/15 chỉ tiêu đạt Mức độ 1, còn chỉ tiêu chưa nhập');
    // Rated: the score alone; typed by hand: no score.
    expect(scoreText({ ...points, rating: 'Trung bình', incomplete: 1 })).toBe('60 điểm');
    expect(scoreText({ ...points, status: 'manual', score: null })).toBe('');
  });
});

describe('a workbook that cannot be used: the whole reason', () => {
  it('a version too old, too new, or none', () => {
    const version = (v: number | null) => recordFromAssessment(ENTRY, assessWorkbook(communeWorkbook({ commune: 'Xã Hòa An', year: 2025, version: v })));
    expect(version(0)).toEqual(failed('old_version', 'Bảng tính dùng mẫu phiên bản 0, cũ hơn phiên bản 1 mà tiện ích tổng hợp đọc được: xã cần cập nhật bảng tính theo mẫu mới.'));
    expect(version(3)).toEqual(failed('new_version', 'Bảng tính dùng mẫu phiên bản 3, mới hơn phiên bản 2 của tiện ích tổng hợp: hãy cập nhật tiện ích tổng hợp.'));
    expect(version(null)).toEqual(failed('not_cdht', 'Trang "Thông tin" không có dòng "Phiên bản mẫu" ghi số phiên bản: đây không phải bảng tính CĐHT, hoặc bảng tính đã bị sửa.'));
  });

  it('an unusable ruleset table names what is wrong with it', () => {
    const workbook = communeWorkbook({ commune: 'Xã Hòa An', year: 2025 });
    expect(recordFromAssessment(ENTRY, assessWorkbook({ ...workbook, [NAMES.ruleset]: [['rác']] }))).toEqual(
      failed('invalid', 'Bộ tiêu chí trong bảng tính không dùng được. Không có bộ tiêu chí "rác": dùng "TT25", "TT44" hoặc vùng bảng Bộ tiêu chí.'),
    );
  });

  it('three invalid values: the first two in full, then how many more and where to see them', () => {
    const r = read25({ 'TC1.2': 'y', 'TC5.1': 'khoảng 70', 'TC5.2a': 'nhiều' });
    expect(r.failure).toBe('invalid');
    expect(r.reason).toMatch(/^Chỉ tiêu TC1\.2: giá trị "y" .* Chỉ tiêu TC5\.1: giá trị "khoảng 70" .* … và 1 lỗi khác \(mở bảng tính của xã, dùng CDHT_CHECK để xem hết\)\.$/);
    const two = read25({ 'TC1.2': 'y', 'TC5.1': 'khoảng 70' });
    expect(r.reason).not.toContain('nhiều');
    expect(two.reason).toMatch(/^Chỉ tiêu TC1\.2: giá trị "y" .* Chỉ tiêu TC5\.1: giá trị "khoảng 70" [^…]*$/);
  });

  it('no value at all', () => {
    const blank = Object.fromEntries(
      ['TC1.1', 'TC1.2', 'TC1.3', 'TC2.1', 'TC2.2', 'TC2.3', 'TC3.1', 'TC3.2', 'TC3.3', 'TC4.1', 'TC4.2', 'TC4.3', 'TC4.4', 'TC5.1', 'TC5.2a', 'TC5.2b'].map((c) => [c, '']),
    );
    expect(read25(blank)).toEqual(failed('missing_data', 'Bảng tính chưa có giá trị nào cho các chỉ tiêu (cột giá trị của vùng CDHT_CHI_TIEU trống).'));
  });

  it('evaluating the workbook throws: that row fails with what went wrong, ending in one full stop', () => {
    const throwing = (error: unknown): WorkbookSnapshot => ({
      get [NAMES.info](): Cell[][] {
        throw error;
      },
    });
    const tail = 'Các xã khác vẫn được tổng hợp; hãy gửi thông báo này kèm liên kết bảng tính cho người hỗ trợ.';
    expect(recordFromSnapshot(ENTRY, throwing(new Error('hỏng')))).toEqual(failed('invalid', `Tiện ích gặp lỗi khi đánh giá bảng tính của Xã Hòa An (năm 2025): hỏng. ${tail}`));
    expect(recordFromSnapshot(ENTRY, throwing(new Error('hỏng.')))).toEqual(failed('invalid', `Tiện ích gặp lỗi khi đánh giá bảng tính của Xã Hòa An (năm 2025): hỏng. ${tail}`));
    expect(recordFromSnapshot(ENTRY, throwing('Hết bộ nhớ!'))).toEqual(failed('invalid', `Tiện ích gặp lỗi khi đánh giá bảng tính của Xã Hòa An (năm 2025): Hết bộ nhớ. ${tail}`));
    // Anything else thrown is named as an unknown failure, never "[object Object]", and never throws again.
    for (const odd of [{}, null, JSON.parse('{"toString":0}'), { message: 42 }, { message: ' ' }, '']) {
      expect(recordFromSnapshot(ENTRY, throwing(odd))).toEqual(failed('invalid', `Tiện ích gặp lỗi khi đánh giá bảng tính của Xã Hòa An (năm 2025): lỗi không rõ nguyên nhân. ${tail}`));
    }
  });
});

describe('rows that need no reading', () => {
  it('a typed result keeps the register’s notes; a register problem is its reason', () => {
    const manual = { row: 5, commune: 'Xã B', year: 2019, link: '', source: { kind: 'manual' as const, rulesetId: 'TT44', rating: 'Khá' }, notes: ['một', 'hai'], reread: false };
    expect(recordWithoutReading(manual)).toEqual({ row: 5, commune: 'Xã B', year: 2019, link: '', status: 'manual', reason: 'một hai', rulesetId: 'TT44', rating: 'Khá', score: null });
    const invalid = { ...manual, source: { kind: 'invalid' as const, reason: 'Thiếu tên xã.' } };
    expect(recordWithoutReading(invalid)).toEqual({
      row: 5,
      commune: 'Xã B',
      year: 2019,
      link: '',
      status: 'failed',
      failure: 'register',
      reason: 'Thiếu tên xã.',
      rulesetId: '',
      rating: null,
      score: null,
    });
    expect(reasonText(recordWithoutReading(invalid) as CommuneRecord)).toBe('Lỗi ở dòng danh sách: Thiếu tên xã.');
  });
});

describe('the store’s JSON', () => {
  const own = { id: 'SL', name: 'Bộ tỉnh', scheme: 'points' as const, categories: ['Đạt'], criteria: [{ code: 'A', name: 'Tiêu chí A' }] };
  const base: CommuneRecord = { row: 2, commune: 'Xã A', year: 2025, link: 'https://x', status: 'read', reason: '', rulesetId: 'SL', rating: 'Đạt', score: 8, ruleset: own };

  it('a province’s own ruleset is kept once per id, on its first record', () => {
    const records = [base, { ...base, row: 3 }, { ...base, row: 4, rulesetId: 'TT25', ruleset: undefined }, { ...base, row: 5, rulesetId: 'SL2', ruleset: { ...own, id: 'SL2' } }];
    expect(leanRecords(records).map((r) => [r.row, r.ruleset?.id ?? null])).toEqual([
      [2, 'SL'],
      [3, null],
      [4, null],
      [5, 'SL2'],
    ]);
  });

  it('the link stays out of the store and comes back blank; anything else is refused, naming what it got', () => {
    const json = recordJson(base);
    expect(JSON.parse(json)).not.toHaveProperty('link');
    expect(parseRecord(json)).toEqual({ ...base, link: '' });
    expect(() => parseRecord('{"row":"2","commune":"Xã A","year":2025,"status":"read"}')).toThrow('Bản ghi không hợp lệ: {"row":"2","commune":"Xã A","year":2025,"status":"read"}');
    expect(() => parseRecord('{"row":2,"commune":"Xã A","year":2025,"status":"đã đọc"}')).toThrow('Bản ghi không hợp lệ');
    expect(() => parseRecord('null')).toThrow('Bản ghi không hợp lệ: null');
    for (const status of ['read', 'manual', 'failed']) expect(parseRecord(`{"row":2,"commune":"Xã A","year":2025,"status":"${status}"}`).status).toBe(status);
  });

  it('a repeat keeps the row it repeats beside its reason; one stored as prose (before it was kept) is refused, so the next update reads it again', () => {
    const repeat = { ...base, repeatOf: { reason: 'cùng tên xã và năm 2025.', earlier: { row: 3, commune: 'Xã A' } } };
    expect(parseRecord(recordJson(repeat))).toEqual({ ...repeat, link: '' });
    const prose = '{"row":4,"commune":"Xã A","year":2025,"status":"read","repeatOf":"Trùng với dòng 3: cùng tên xã và năm 2025."}';
    expect(() => parseRecord(prose)).toThrow(`Bản ghi không hợp lệ: ${prose.slice(0, 80)}`);
  });
});

describe('what a record says of its criteria and how the store keeps it', () => {
  const base: CommuneRecord = { row: 2, commune: 'Xã A', year: 2025, link: '', status: 'read', reason: '', rulesetId: 'TT25', rating: 'Mức độ 1', score: 15 };

  it('failedCriteriaText with only one level’s list kept names that level alone, every code', () => {
    expect(failedCriteriaText({ ...base, failedMd2: ['TC4', 'TC5'] })).toBe('Mức độ 2: TC4, TC5');
    expect(failedCriteriaText({ ...base, failedMd1: ['TC1', 'TC2'] })).toBe('Mức độ 1: TC1, TC2');
  });

  it('a TT44 workbook with a criterion still blank: its points are not given, and no maximum the province did not enter', () => {
    const r = recordFromAssessment(
      workbookEntry(2, 'Xã Hòa An', 2019),
      assessWorkbook(communeWorkbook({ commune: 'Xã Hòa An', year: 2019, rulesetId: 'TT44', values: { ...tt44Points(6), TC3: '' } })),
    );
    expect(Object.keys(r.points ?? {})).toHaveLength(14);
    expect(r.points).not.toHaveProperty('TC3');
    expect(r.points?.TC4).toBe(6);
    expect(Object.keys(r.maxima ?? {})).toEqual([]);
  });

  it('a province’s own ruleset travels with its record; the store keeps it on the first record that has it', () => {
    const table = rulesetToTable({ ...TT44, id: 'SL-2025' });
    const snapshot = { ...communeWorkbook({ commune: 'Xã Hòa An', year: 2019, rulesetId: 'TT44', values: tt44Points(6) }), [NAMES.ruleset]: table };
    const r = recordFromAssessment(workbookEntry(2, 'Xã Hòa An', 2019), assessWorkbook(snapshot));
    expect([r.rulesetId, r.ruleset?.id, r.ruleset?.categories]).toEqual(['SL-2025', 'SL-2025', ['Tốt', 'Khá', 'Trung bình', 'Chưa đạt']]);
    const own = r.ruleset as RulesetSummary;
    const lean = leanRecords([
      { ...base, rulesetId: 'SL-2025' },
      { ...base, row: 3, rulesetId: 'SL-2025', ruleset: own },
    ]);
    expect(lean.map((x) => x.ruleset?.id ?? null)).toEqual([null, 'SL-2025']);
  });

  it('parseRecord refuses a commune that is no text, a year that is no number, a repeat of nothing; it quotes 80 characters at most', () => {
    expect(() => parseRecord('{"row":2,"commune":5,"year":2025,"status":"read"}')).toThrow('Bản ghi không hợp lệ');
    expect(() => parseRecord('{"row":2,"commune":"Xã A","year":"2025","status":"read"}')).toThrow('Bản ghi không hợp lệ');
    expect(() => parseRecord('{"row":2,"commune":"Xã A","year":2025,"status":"read","repeatOf":null}')).toThrow('Bản ghi không hợp lệ');
    const long = `{"row":"2","commune":"${'x'.repeat(100)}"}`;
    expect(() => parseRecord(long)).toThrow(new Error(`Bản ghi không hợp lệ: {"row":"2","commune":"${'x'.repeat(58)}`));
  });
});
