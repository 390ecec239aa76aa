import type { Cell } from '../cells/values';
import { INDICATOR_WIDTH, NAMES, type RangeName } from '../workbook/names';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { FailureKind } from './record';
import { widest } from './grid';

/**
 * Reading commune workbooks through the Sheets API (values.batchGet), one request per workbook,
 * many requests per UrlFetchApp.fetchAll. Pure: the URLs, the batches, and what a response means.
 * SpreadsheetApp.openById would need one slow call per range and per workbook; this needs one
 * HTTP request per workbook, sent in parallel.
 */

export const SHEETS_API = 'https://sheets.googleapis.com/v4/spreadsheets';

/**
 * The three named ranges of a commune workbook, all assessWorkbook needs. "Thông tin" comes
 * first: when a spreadsheet has no such name (not a CĐHT workbook) the API rejects the whole
 * request and names the first range it could not parse, so the message then says exactly that.
 */
export const READ_RANGES: readonly RangeName[] = [NAMES.info, NAMES.ruleset, NAMES.indicators];

/**
 * Workbooks per fetchAll. Small enough that one batch (bounded by the slowest of its requests)
 * leaves room to stop on time; large enough that 100 communes take 5 round trips.
 */
export const BATCH_SIZE = 20;

export function batchGetUrl(spreadsheetId: string): string {
  const ranges = READ_RANGES.map((name) => `ranges=${encodeURIComponent(name)}`).join('&');
  // UNFORMATTED_VALUE: numbers as numbers (a 65,12% cell is 0.6512), whatever the sheet's locale.
  // SERIAL_NUMBER: dates as day numbers, which readDate already understands.
  const options = 'valueRenderOption=UNFORMATTED_VALUE&dateTimeRenderOption=SERIAL_NUMBER&majorDimension=ROWS';
  const fields = `fields=${encodeURIComponent('valueRanges(range,values)')}`;
  return `${SHEETS_API}/${encodeURIComponent(spreadsheetId)}/values:batchGet?${ranges}&${options}&${fields}`;
}

/** A request as UrlFetchApp.fetchAll takes it; muteHttpExceptions so one failure does not sink the batch. */
export interface ReadRequest {
  url: string;
  method: 'get';
  headers: { Authorization: string };
  muteHttpExceptions: true;
}

export function readRequest(spreadsheetId: string, token: string): ReadRequest {
  return { url: batchGetUrl(spreadsheetId), method: 'get', headers: { Authorization: `Bearer ${token}` }, muteHttpExceptions: true };
}

/**
 * The size of an A1 range as the API names it ("'Thông tin'!A2:B16" is 15 × 2); null for a side
 * that is open ("'Đánh giá'!A5:A") or a range that is not sheet-qualified A1.
 */
export function a1Size(range: string): { rows: number | null; columns: number | null } {
  const bang = range.lastIndexOf('!');
  const match = bang < 0 ? null : /^\$?([A-Z]*)\$?(\d*)(?::\$?([A-Z]*)\$?(\d*))?$/i.exec(range.slice(bang + 1));
  if (!match) return { rows: null, columns: null };
  const single = match[3] === undefined;
  const [c1, r1] = [match[1], match[2]];
  const [c2, r2] = single ? [c1, r1] : [match[3], match[4]];
  const column = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return {
    rows: r1 && r2 ? Math.abs(Number(r2) - Number(r1)) + 1 : null,
    columns: c1 && c2 ? Math.abs(column(c2) - column(c1)) + 1 : null,
  };
}

/** Pads to `rows` × `columns`: the API leaves out trailing empty rows and cells. */
function pad(values: Cell[][], rows: number, columns: number): Cell[][] {
  const out: Cell[][] = [];
  for (let r = 0; r < rows; r++) {
    const row = values[r] ?? [];
    out.push([...row, ...new Array<Cell>(Math.max(0, columns - row.length)).fill('')]);
  }
  return out;
}

interface ValueRange {
  range?: string;
  values?: Cell[][];
}

/**
 * A batchGet response as the snapshot SpreadsheetApp would have given: every range at its full
 * size (from the A1 range the API echoes), blanks as ''. The indicator block is at least as wide
 * as the template makes it, so its value column is there even when the API's range string
 * cannot be read and every value is blank.
 */
export function snapshotFromBatchGet(body: unknown): WorkbookSnapshot {
  const valueRanges = (body as { valueRanges?: ValueRange[] } | null)?.valueRanges;
  if (!Array.isArray(valueRanges)) throw new Error('Phản hồi của Google Sheets không có valueRanges.');
  const snapshot: WorkbookSnapshot = {};
  READ_RANGES.forEach((name, i) => {
    const valueRange = valueRanges[i] ?? {};
    const values = Array.isArray(valueRange.values) ? valueRange.values : [];
    const size = a1Size(valueRange.range ?? '');
    const minColumns = name === NAMES.indicators ? INDICATOR_WIDTH : 0;
    const rows = size.rows ?? values.length;
    const columns = size.columns ?? widest(values, minColumns);
    snapshot[name] = pad(values, rows, columns);
  });
  return snapshot;
}

/** What one response means for its register row. */
export type ReadOutcome =
  | { kind: 'snapshot'; snapshot: WorkbookSnapshot }
  | { kind: 'failed'; failure: FailureKind; reason: string }
  /** Worth another try later (quota, a server hiccup); `failure` is what it becomes after the last try. */
  | { kind: 'retry'; failure: FailureKind; reason: string }
  /** Nothing else will read either (the API is off, the token is refused): stop the update. */
  | { kind: 'fatal'; message: string };

function errorOf(body: string): { message: string; status: string } {
  try {
    const error = (JSON.parse(body) as { error?: { message?: unknown; status?: unknown } }).error;
    return { message: String(error?.message ?? ''), status: String(error?.status ?? '') };
  } catch {
    return { message: body.slice(0, 200), status: '' };
  }
}

export function readOutcome(code: number, body: string): ReadOutcome {
  if (code === 200) {
    try {
      return { kind: 'snapshot', snapshot: snapshotFromBatchGet(JSON.parse(body)) };
    } catch (thrown) {
      return { kind: 'retry', failure: 'network', reason: `Phản hồi không đọc được (${(thrown as Error).message}).` };
    }
  }
  const { message, status } = errorOf(body);
  if (code === 400) {
    const missing = /Unable to parse range:\s*'?([^'\s]+)/i.exec(message)?.[1];
    if (missing === NAMES.info) return { kind: 'failed', failure: 'not_cdht', reason: `Bảng tính không có vùng ${NAMES.info}: đây không phải bảng tính CĐHT.` };
    if (missing) return { kind: 'failed', failure: 'missing_data', reason: `Bảng tính thiếu vùng đặt tên ${missing}: có thể vùng đã bị xóa hoặc đổi tên.` };
    if (/not supported for this document/i.test(message)) {
      return { kind: 'failed', failure: 'not_cdht', reason: 'Tệp không phải Google Trang tính (có thể là tệp Excel tải lên Drive): hãy mở bằng Google Trang tính và dùng liên kết của bản đó.' };
    }
    return { kind: 'failed', failure: 'network', reason: `Google Sheets từ chối yêu cầu (lỗi 400): ${message}` };
  }
  if (code === 401) return { kind: 'fatal', message: 'Google không chấp nhận phiên đăng nhập của tiện ích (lỗi 401): hãy đóng và mở lại bảng tổng hợp rồi chạy lại.' };
  if (code === 403) {
    if (/SERVICE_DISABLED|accessNotConfigured|has not been used|is disabled/i.test(`${status} ${message}`)) {
      return { kind: 'fatal', message: 'API Google Sheets chưa được bật cho dự án Apps Script của bảng tổng hợp (lỗi 403): hãy bật dịch vụ nâng cao "Google Sheets API" rồi chạy lại.' };
    }
    return { kind: 'failed', failure: 'no_access', reason: 'Tài khoản đang chạy tổng hợp chưa được chia sẻ bảng tính này (lỗi 403): đề nghị xã chia sẻ quyền Người xem.' };
  }
  if (code === 404) return { kind: 'failed', failure: 'not_found', reason: 'Không tìm thấy bảng tính (lỗi 404): liên kết sai hoặc bảng tính đã bị xóa.' };
  if (code === 429) return { kind: 'retry', failure: 'quota', reason: 'Google tạm giới hạn số lần đọc (lỗi 429): hãy cập nhật lại sau ít phút.' };
  if (code >= 500) return { kind: 'retry', failure: 'network', reason: `Máy chủ Google Sheets tạm lỗi (lỗi ${code}): hãy cập nhật lại sau.` };
  return { kind: 'failed', failure: 'network', reason: `Google Sheets trả lỗi ${code}${message ? `: ${message}` : ''}.` };
}
