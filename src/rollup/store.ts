import { leanRecords, parseRecord, recordJson, type CommuneRecord } from '../core/rollup/record';
import { sheetNamed, writeBlock } from './sheet-io';
import type { SheetLike, SpreadsheetLike } from '../gas/spreadsheet';

/**
 * The records the roll-up keeps, in a hidden sheet: one row per register row's request (its key
 * from entryKey, then the record as JSON). 3,300 communes × 5 years of records are megabytes, far
 * beyond the 500 KB of properties. An update appends each batch it reads (a later copy of a key
 * wins, so a batch stored twice after a cut-off run does no harm); the update's last run rewrites
 * the store with exactly the records of the register as it then is. The next update reads again
 * only what src/core/rollup/resume.ts `needsRead` asks for, and "Tạo báo cáo tổng hợp" builds
 * its report from the store without reading any workbook.
 */
export const STORE_SHEET = 'CĐHT dữ liệu tạm';
const STORE_HEADER = ['Khóa dòng danh sách', 'Bản ghi (tiện ích dùng khi cập nhật, không sửa)'];

export type KeyedRecord = readonly [key: string, record: CommuneRecord];

function resetStore(spreadsheet: SpreadsheetLike): SheetLike {
  const sheet = sheetNamed(spreadsheet, STORE_SHEET);
  sheet.clear();
  writeBlock(sheet, 1, 1, [STORE_HEADER]);
  sheet.hideSheet();
  return sheet;
}

export function appendRecords(spreadsheet: SpreadsheetLike, records: readonly KeyedRecord[]): void {
  if (records.length === 0) return;
  const sheet = sheetNamed(spreadsheet, STORE_SHEET);
  const start = Math.max(sheet.getLastRow(), 1) + 1;
  const lean = leanRecords(records.map(([, record]) => record));
  writeBlock(
    sheet,
    start,
    1,
    records.map(([key], i) => [key, recordJson(lean[i])]),
  );
}

/** The store holds `records` and nothing else (run at the end of an update). */
export function replaceRecords(spreadsheet: SpreadsheetLike, records: readonly KeyedRecord[]): void {
  resetStore(spreadsheet);
  appendRecords(spreadsheet, records);
}

/** The kept records by key; the last copy of a key wins, damaged rows are skipped (and read again). */
export function readRecords(spreadsheet: SpreadsheetLike): Map<string, CommuneRecord> {
  const records = new Map<string, CommuneRecord>();
  const sheet = spreadsheet.getSheetByName(STORE_SHEET);
  const last = sheet?.getLastRow() ?? 0;
  if (!sheet || last < 2) return records;
  for (const [key, json] of sheet.getRange(2, 1, last - 1, 2).getValues()) {
    if (typeof key !== 'string' || typeof json !== 'string') continue;
    try {
      records.set(key, parseRecord(json));
    } catch {
      // A damaged row: its register row has no kept record, so the next update reads it again.
    }
  }
  return records;
}
