/**
 * The Sheets API's values.batchGet as seen through UrlFetchApp, for a set of fake spreadsheets:
 * named ranges resolve to A1 ranges, trailing empty cells and rows are left out and an empty
 * range has no `values` (as the API does), an unknown name fails the whole request with 400
 * "Unable to parse range", and a spreadsheet can answer 403, 404 or 429 instead.
 */
import { columnLetter } from '../../src/core/template/a1';
import type { Cell } from '../../src/core/cells/values';
import type { FakeResponse } from './url-fetch';

export type FakeSpreadsheetFile = { kind: 'workbook'; ranges: Record<string, Cell[][]>; tooManyRequests?: number } | { kind: 'error'; code: number; status: string; message: string };

/** Where each named range sits in the template, for the A1 range the API echoes. */
const PLACES: Record<string, { sheet: string; row: number; column: number }> = {
  CDHT_THONG_TIN: { sheet: 'Thông tin', row: 1, column: 1 },
  CDHT_BO_TIEU_CHI: { sheet: 'Bộ tiêu chí', row: 1, column: 1 },
  CDHT_CHI_TIEU: { sheet: 'Đánh giá', row: 5, column: 1 },
};

const isEmpty = (v: Cell) => v === '' || v === null || v === undefined;

/** What the API sends for a range: rows without trailing empties, no trailing empty rows. */
export function trimmed(values: Cell[][]): Cell[][] {
  const rows = values.map((row) => {
    let end = row.length;
    while (end > 0 && isEmpty(row[end - 1])) end--;
    return row.slice(0, end).map((v) => (isEmpty(v) ? '' : v));
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

const error = (code: number, status: string, message: string): FakeResponse => ({ code, body: JSON.stringify({ error: { code, message, status } }) });

export class FakeSheetsApi {
  readonly files = new Map<string, FakeSpreadsheetFile>();
  /** Spreadsheet ids in the order they were asked for. */
  readonly asked: string[] = [];

  constructor(readonly token: string) {}

  readonly respond = (request: GoogleAppsScript.URL_Fetch.URLFetchRequest): FakeResponse => {
    const url = new URL(request.url);
    const id = decodeURIComponent(/\/v4\/spreadsheets\/([^/]+)\/values:batchGet$/.exec(url.pathname)?.[1] ?? '');
    this.asked.push(id);
    const auth = (request.headers as Record<string, string> | undefined)?.Authorization;
    if (auth !== `Bearer ${this.token}`) return error(401, 'UNAUTHENTICATED', 'Request is missing required authentication credential.');
    if (request.muteHttpExceptions !== true) throw new Error('Test expects muteHttpExceptions: true (else fetchAll throws on the first 4xx).');
    if (url.searchParams.get('valueRenderOption') !== 'UNFORMATTED_VALUE' || url.searchParams.get('dateTimeRenderOption') !== 'SERIAL_NUMBER') {
      return error(400, 'INVALID_ARGUMENT', 'Test fake only answers UNFORMATTED_VALUE with SERIAL_NUMBER dates.');
    }
    const file = this.files.get(id);
    if (!file) return error(404, 'NOT_FOUND', 'Requested entity was not found.');
    if (file.kind === 'error') return error(file.code, file.status, file.message);
    if (file.tooManyRequests) {
      file.tooManyRequests--;
      return error(429, 'RESOURCE_EXHAUSTED', "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user'.");
    }
    const valueRanges = [];
    for (const name of url.searchParams.getAll('ranges')) {
      const values = file.ranges[name];
      if (!values) return error(400, 'INVALID_ARGUMENT', `Unable to parse range: ${name}`);
      const place = PLACES[name] ?? { sheet: 'Trang tính1', row: 1, column: 1 };
      const width = Math.max(1, ...values.map((r) => r.length));
      const end = `${columnLetter(place.column + width - 1)}${place.row + Math.max(values.length, 1) - 1}`;
      const range = `'${place.sheet}'!${columnLetter(place.column)}${place.row}:${end}`;
      const sent = trimmed(values);
      valueRanges.push(sent.length > 0 ? { range, majorDimension: 'ROWS', values: sent } : { range, majorDimension: 'ROWS' });
    }
    return { code: 200, body: JSON.stringify({ spreadsheetId: id, valueRanges }) };
  };
}
