import { describe, expect, it } from 'vitest';
import { READ_RANGES, a1Size, batchGetUrl, readOutcome, readRequest, snapshotFromBatchGet } from '../../src/core/rollup/sheets-api';
import { NAMES } from '../../src/core/workbook/names';
import { assessWorkbook } from '../../src/core/workbook/snapshot';
import { trimmed } from '../fakes/sheets-api';
import { communeWorkbook } from '../fixtures/rollup-communes';

describe('the request for one commune workbook', () => {
  it('asks values.batchGet for the three named ranges, Thông tin first, unformatted, dates as serial numbers', () => {
    const url = new URL(batchGetUrl('abc-123_XYZ'));
    expect(url.origin + url.pathname).toBe('https://sheets.googleapis.com/v4/spreadsheets/abc-123_XYZ/values:batchGet');
    expect(url.searchParams.getAll('ranges')).toEqual(['CDHT_THONG_TIN', 'CDHT_BO_TIEU_CHI', 'CDHT_CHI_TIEU']);
    expect(url.searchParams.get('valueRenderOption')).toBe('UNFORMATTED_VALUE');
    expect(url.searchParams.get('dateTimeRenderOption')).toBe('SERIAL_NUMBER');
    expect(url.searchParams.get('majorDimension')).toBe('ROWS');
    expect(url.searchParams.get('fields')).toBe('valueRanges(range,values)');
  });

  it('carries the script’s token and never throws on HTTP errors', () => {
    expect(readRequest('abc', 'tok')).toEqual({ url: batchGetUrl('abc'), method: 'get', headers: { Authorization: 'Bearer tok' }, muteHttpExceptions: true });
  });
});

describe('a1Size', () => {
  it.each([
    ["'Thông tin'!A1:C90", 90, 3],
    ["'Đánh giá'!A5:H25", 21, 8],
    ['Sheet1!B2', 1, 1],
    ["'It''s'!$A$1:$B$2", 2, 2],
    ["'Đánh giá'!A5:A", null, 1],
    ['Sheet1!3:7', 5, null],
    ['CDHT_THONG_TIN', null, null],
    // Two-digit first rows, columns past Z, lower-case letters (the pattern ignores case).
    ["'Đánh giá'!A10:H25", 16, 8],
    ['Sheet1!Z1:AB4', 4, 3],
    ['Sheet1!A1:AA1', 1, 27],
    ['Sheet1!b2:d4', 3, 3],
    // Not sheet-qualified, or not A1 after the sheet's name: no size rather than a guess.
    ['A1:C3', null, null],
    ['Sheet1!X-A1:B2', null, null],
    ['Sheet1!A1:B2x', null, null],
    // A sheet name may hold "!": the range starts after the last one.
    ["'Hỏi!'!A1:B3", 3, 2],
  ])('%s is %s × %s', (range, rows, columns) => {
    expect(a1Size(range)).toEqual({ rows, columns });
  });
});

describe('snapshotFromBatchGet', () => {
  it('pads what the API leaves out back to each range’s full size', () => {
    const snapshot = snapshotFromBatchGet({
      valueRanges: [
        { range: "'Thông tin'!A1:C4", values: [['Tên xã', 'Xã A'], [], ['Năm đánh giá', 2025]] },
        { range: "'Bộ tiêu chí'!A1:B2" },
        { range: "'Đánh giá'!A5:H7", values: [['TC1.1', 'Tuyên truyền', '', '', 'Đạt']] },
      ],
    });
    expect(snapshot[NAMES.info]).toEqual([
      ['Tên xã', 'Xã A', ''],
      ['', '', ''],
      ['Năm đánh giá', 2025, ''],
      ['', '', ''],
    ]);
    expect(snapshot[NAMES.ruleset]).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(snapshot[NAMES.indicators]).toEqual([
      ['TC1.1', 'Tuyên truyền', '', '', 'Đạt', '', '', ''],
      ['', '', '', '', '', '', '', ''],
      ['', '', '', '', '', '', '', ''],
    ]);
  });

  it('keeps the indicator block 8 columns wide when the range string is unreadable', () => {
    const snapshot = snapshotFromBatchGet({ valueRanges: [{}, {}, { range: 'CDHT_CHI_TIEU', values: [['TC1.1']] }] });
    expect(snapshot[NAMES.indicators]).toEqual([['TC1.1', '', '', '', '', '', '', '']]);
  });

  it('keeps the other two blocks only as wide as their widest row when their range strings are unreadable', () => {
    const snapshot = snapshotFromBatchGet({ valueRanges: [{ values: [['Tên xã', 'Xã A'], ['Năm']] }, { range: 'CDHT_BO_TIEU_CHI', values: [['TT25']] }, {}] });
    expect(snapshot[NAMES.info]).toEqual([
      ['Tên xã', 'Xã A'],
      ['Năm', ''],
    ]);
    expect(snapshot[NAMES.ruleset]).toEqual([['TT25']]);
    expect(snapshot[NAMES.indicators]).toEqual([]);
  });

  it('reads back a whole commune workbook as the API sends it, to the same assessment', () => {
    const workbook = communeWorkbook({ commune: 'Xã Hòa An', year: 2025 });
    const place: Record<string, string> = { CDHT_THONG_TIN: "'Thông tin'!A1", CDHT_BO_TIEU_CHI: "'Bộ tiêu chí'!A1", CDHT_CHI_TIEU: "'Đánh giá'!A5" };
    const valueRanges = READ_RANGES.map((name) => {
      const values = workbook[name] ?? [];
      const width = Math.max(...values.map((r) => r.length));
      const [, col, row] = /!([A-Z]+)(\d+)$/.exec(place[name])!;
      const end = `${String.fromCharCode(col.charCodeAt(0) + width - 1)}${Number(row) + values.length - 1}`;
      return { range: `${place[name]}:${end}`, values: trimmed(values) };
    });
    const snapshot = snapshotFromBatchGet(JSON.parse(JSON.stringify({ valueRanges })));
    for (const name of READ_RANGES) expect(snapshot[name], name).toEqual(workbook[name]?.map((r) => r.map((v) => v ?? '')));
    expect(assessWorkbook(snapshot).evaluation?.rating).toBe('Mức độ 1');
  });

  it('rejects a body without valueRanges', () => {
    expect(() => snapshotFromBatchGet({ error: {} })).toThrow('không có valueRanges');
  });
});

const apiError = (code: number, status: string, message: string) => JSON.stringify({ error: { code, status, message } });

describe('readOutcome', () => {
  it('a 200 with a body is a snapshot', () => {
    const outcome = readOutcome(200, JSON.stringify({ valueRanges: [{ range: "'Thông tin'!A1:B1", values: [['Tên xã', 'Xã A']] }] }));
    expect(outcome.kind).toBe('snapshot');
  });

  it('a 200 that is not JSON is tried again', () => {
    expect(readOutcome(200, '<html>')).toMatchObject({ kind: 'retry', failure: 'network' });
  });

  it('a missing "Thông tin" named range means not a CĐHT workbook; another missing range, missing data', () => {
    expect(readOutcome(400, apiError(400, 'INVALID_ARGUMENT', 'Unable to parse range: CDHT_THONG_TIN'))).toEqual({
      kind: 'failed',
      failure: 'not_cdht',
      reason: 'Bảng tính không có vùng CDHT_THONG_TIN: đây không phải bảng tính CĐHT.',
    });
    expect(readOutcome(400, apiError(400, 'INVALID_ARGUMENT', "Unable to parse range: 'CDHT_CHI_TIEU'"))).toEqual({
      kind: 'failed',
      failure: 'missing_data',
      reason: 'Bảng tính thiếu vùng đặt tên CDHT_CHI_TIEU: có thể vùng đã bị xóa hoặc đổi tên.',
    });
  });

  it('an uploaded Excel file is not a CĐHT workbook', () => {
    expect(readOutcome(400, apiError(400, 'FAILED_PRECONDITION', 'This operation is not supported for this document'))).toMatchObject({ kind: 'failed', failure: 'not_cdht' });
  });

  it('403 is no access, unless the API itself is off (then nothing can be read: stop)', () => {
    expect(readOutcome(403, apiError(403, 'PERMISSION_DENIED', 'The caller does not have permission'))).toMatchObject({ kind: 'failed', failure: 'no_access' });
    expect(readOutcome(403, apiError(403, 'PERMISSION_DENIED', 'Google Sheets API has not been used in project 123 before or it is disabled.'))).toMatchObject({ kind: 'fatal' });
  });

  it('404 is not found; 401 stops; 429 and 5xx are tried again', () => {
    expect(readOutcome(404, apiError(404, 'NOT_FOUND', 'Requested entity was not found.'))).toMatchObject({ kind: 'failed', failure: 'not_found' });
    expect(readOutcome(401, apiError(401, 'UNAUTHENTICATED', 'x'))).toMatchObject({ kind: 'fatal' });
    expect(readOutcome(429, apiError(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded'))).toMatchObject({ kind: 'retry', failure: 'quota' });
    expect(readOutcome(503, 'Service Unavailable')).toMatchObject({ kind: 'retry', failure: 'network' });
  });
});
