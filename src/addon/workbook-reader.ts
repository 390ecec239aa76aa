import type { Problem } from '../core/engine/problems';
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

/**
 * What every action that needs the ruleset says when the "Bộ tiêu chí" table cannot be read: the
 * table's errors, by row, indicator and column (`problems` from assessWorkbook; its warnings left
 * out). Not NOT_SET_UP: the workbook is set up, and set-up would only keep the table for the user
 * to fix.
 */
export function unreadableRuleset(problems: readonly Problem[]): string {
  return `Chưa đọc được bộ tiêu chí: ${problems
    .filter((p) => p.severity === 'error')
    .map((p) => p.message)
    .join(' ')}`;
}
