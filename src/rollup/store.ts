import { parseRecord, type CommuneRecord } from '../core/rollup/record';
import { sheetNamed, writeBlock } from './sheet-io';
import type { SheetLike, SpreadsheetLike } from './services';

/**
 * The records of an update under way, kept in a hidden sheet between runs: 3,300 communes × 5
 * years of records are megabytes, far beyond the 500 KB of document properties. One row per
 * record (register row, JSON), appended batch by batch. A batch stored again after a run was cut
 * off between storing and saving its position simply overrides the earlier copy.
 */
export const STORE_SHEET = 'CĐHT dữ liệu tạm';
const STORE_HEADER = ['Dòng danh sách', 'Bản ghi (tiện ích dùng khi cập nhật, không sửa)'];

export function resetStore(spreadsheet: SpreadsheetLike): SheetLike {
  const sheet = sheetNamed(spreadsheet, STORE_SHEET);
  sheet.clear();
  writeBlock(sheet, 1, 1, [STORE_HEADER]);
  sheet.hideSheet();
  return sheet;
}

export function appendRecords(spreadsheet: SpreadsheetLike, records: readonly CommuneRecord[]): void {
  if (records.length === 0) return;
  const sheet = sheetNamed(spreadsheet, STORE_SHEET);
  const start = Math.max(sheet.getLastRow(), 1) + 1;
  writeBlock(
    sheet,
    start,
    1,
    records.map((r) => [r.row, JSON.stringify(r)]),
  );
}

/**
 * Keeps the complete records of a finished update until the next one starts: "Tạo báo cáo tổng
 * hợp" builds the year's report from them without reading every commune workbook again.
 */
export function replaceRecords(spreadsheet: SpreadsheetLike, records: readonly CommuneRecord[]): void {
  resetStore(spreadsheet);
  appendRecords(spreadsheet, records);
}

/** The stored records by register row; the last copy of a row wins, damaged rows are skipped. */
export function readRecords(spreadsheet: SpreadsheetLike): Map<number, CommuneRecord> {
  const records = new Map<number, CommuneRecord>();
  const sheet = spreadsheet.getSheetByName(STORE_SHEET);
  const last = sheet?.getLastRow() ?? 0;
  if (!sheet || last < 2) return records;
  for (const [, json] of sheet.getRange(2, 1, last - 1, 2).getValues()) {
    if (typeof json !== 'string' || json === '') continue;
    try {
      const record = parseRecord(json);
      records.set(record.row, record);
    } catch {
      // A damaged row: its register row is read as missing and listed as not read.
    }
  }
  return records;
}
