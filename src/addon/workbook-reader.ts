import { NAMES } from '../core/workbook/names';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import type { SpreadsheetLike } from '../gas/spreadsheet';

/** Reads the workbook's named ranges (two calls each), the one way the add-on reads its own data. */
export function readSnapshot(spreadsheet: SpreadsheetLike): WorkbookSnapshot {
  const snapshot: WorkbookSnapshot = {};
  for (const name of Object.values(NAMES)) {
    const range = spreadsheet.getRangeByName(name);
    if (range) snapshot[name] = range.getValues();
  }
  return snapshot;
}

/** Thrown to the user when the workbook was never set up: every menu action says the same. */
export const NOT_SET_UP = 'Bảng tính chưa được thiết lập: chọn menu CĐHT → "Thiết lập / sửa mẫu" trước.';
