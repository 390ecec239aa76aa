import { manualChoices, PACE_CELL, REGISTER_COLUMNS, REGISTER_HEADER, REGISTER_SHEET, REREAD_MARK, YEAR_RANGE } from '../core/rollup/register';
import { DEFAULT_PACE } from '../core/rollup/resume';
import { GENERATED_SHEETS } from '../core/rollup/sheets';
import { foldText } from '../core/cells/text';
import type { SheetLike } from '../gas/spreadsheet';
import type { RollupServices } from './services';
import { sheetNamed, writeBlock } from './sheet-io';
import { STORE_SHEET } from './store';

/**
 * "Thiết lập bảng tổng hợp": the register sheet with its header and drop-downs, and the
 * generated sheets. Safe to run again: rows people typed are never changed (a register whose
 * first row is not the header gets the header inserted above it), existing generated sheets are
 * left as they are.
 */

const isBlank = (cell: unknown) => cell === '' || cell === null || cell === undefined;
/** How many of the header's labels, from the left, the row holds. */
const headerLabels = (row: unknown[]) => {
  const n = REGISTER_HEADER.findIndex((label, i) => foldText(String(row[i] ?? '')) !== foldText(label));
  return n < 0 ? REGISTER_HEADER.length : n;
};

/**
 * The header row: kept when whole; completed when it is an earlier, shorter one (a register made
 * before the "Đọc lại" column) followed by blanks; written into a blank first row; else
 * inserted above the rows people typed.
 */
function setUpHeader(sheet: SheetLike): 'written' | 'kept' | 'inserted' {
  const width = REGISTER_HEADER.length;
  const first = sheet.getRange(1, 1, 1, width).getValues()[0];
  const labels = headerLabels(first);
  if (labels === width) return 'kept';
  const outcome = first.slice(labels).every(isBlank) ? 'written' : 'inserted';
  if (outcome === 'inserted') sheet.insertRowBefore(1);
  writeBlock(sheet, 1, 1, [[...REGISTER_HEADER]]);
  return outcome;
}

/** The pace setting beside the header, with Google's default, unless a figure is already there. */
function setUpPace(sheet: SheetLike): void {
  const cells = sheet.getRange(PACE_CELL.row, PACE_CELL.labelColumn, 1, 2).getValues()[0];
  if (!isBlank(cells[1])) return;
  writeBlock(sheet, PACE_CELL.row, PACE_CELL.labelColumn, [[PACE_CELL.label, DEFAULT_PACE]]);
}

function setUpValidation(sheet: SheetLike, services: Pick<RollupServices, 'newDataValidation'>): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const year = services
    .newDataValidation()
    .requireNumberBetween(YEAR_RANGE.min, YEAR_RANGE.max)
    // A warning rather than a refusal: pasted rows are never lost; the update names bad years.
    .setAllowInvalid(true)
    .setHelpText('Năm đánh giá, ví dụ 2025.')
    .build();
  const manual = services.newDataValidation().requireValueInList(manualChoices(), true).setAllowInvalid(true).setHelpText('Chỉ ghi khi xã không dùng bảng tính CĐHT (không có liên kết).').build();
  sheet.getRange(2, REGISTER_COLUMNS.year, rows, 1).setDataValidation(year);
  sheet.getRange(2, REGISTER_COLUMNS.manual, rows, 1).setDataValidation(manual);
  const reread = services
    .newDataValidation()
    .requireValueInList([REREAD_MARK], true)
    .setAllowInvalid(true)
    .setHelpText('Đánh dấu để lần cập nhật sau đọc lại bảng tính của dòng này; tiện ích bỏ dấu sau khi đọc.')
    .build();
  sheet.getRange(2, REGISTER_COLUMNS.reread, rows, 1).setDataValidation(reread);
}

export function setUpWorkbook(services: Pick<RollupServices, 'spreadsheet' | 'newDataValidation'>): string {
  const { spreadsheet } = services;
  const existing = spreadsheet.getSheetByName(REGISTER_SHEET);
  const register = existing ?? spreadsheet.insertSheet(REGISTER_SHEET, 0);
  const header = setUpHeader(register);
  register.getRange(1, 1, 1, REGISTER_HEADER.length).setFontWeight('bold');
  register.setFrozenRows(1);
  setUpPace(register);
  setUpValidation(register, services);

  const created: string[] = [];
  for (const name of Object.values(GENERATED_SHEETS)) {
    if (spreadsheet.getSheetByName(name)) continue;
    writeBlock(sheetNamed(spreadsheet, name), 1, 1, [['Chưa có số liệu: ghi danh sách xã rồi bấm CĐHT Tổng hợp › Cập nhật tổng hợp.']]);
    created.push(name);
  }
  if (!spreadsheet.getSheetByName(STORE_SHEET)) sheetNamed(spreadsheet, STORE_SHEET).hideSheet();

  const lines = [existing ? `Trang "${REGISTER_SHEET}" đã có: giữ nguyên các dòng đã nhập.` : `Đã tạo trang "${REGISTER_SHEET}".`];
  if (header === 'inserted') lines.push('Dòng đầu chưa phải dòng tiêu đề: đã chèn dòng tiêu đề lên trên, các dòng đã nhập được giữ nguyên.');
  if (created.length > 0) lines.push(`Đã tạo các trang: ${created.map((n) => `"${n}"`).join(', ')}.`);
  lines.push(`Mỗi dòng một xã trong một năm: ${REGISTER_HEADER.join(' | ')}. Sau đó bấm CĐHT Tổng hợp › Cập nhật tổng hợp.`);
  return lines.join('\n');
}
