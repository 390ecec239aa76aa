import type { Cell } from '../core/cells/values';
import type { GeneratedSheet } from '../core/rollup/sheets';
import type { SheetLike, SpreadsheetLike } from '../gas/spreadsheet';

/**
 * Writing whole blocks into sheets of the Tổng hợp workbook: one setValues per block, after
 * growing the sheet (getRange outside the grid throws, and a new sheet has 1000 rows).
 */

export function sheetNamed(spreadsheet: SpreadsheetLike, name: string): SheetLike {
  return spreadsheet.getSheetByName(name) ?? spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
}

export function ensureSize(sheet: SheetLike, rows: number, columns: number): void {
  const [maxRows, maxColumns] = [sheet.getMaxRows(), sheet.getMaxColumns()];
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Writes `rows` (rectangular) with its top-left cell at (row, column). */
export function writeBlock(sheet: SheetLike, row: number, column: number, rows: Cell[][]): void {
  if (rows.length === 0) return;
  ensureSize(sheet, row + rows.length - 1, column + rows[0].length - 1);
  sheet.getRange(row, column, rows.length, rows[0].length).setValues(rows);
}

/**
 * A text Sheets would not show as written: setValues reads strings as typed (USER_ENTERED, see
 * the README's table of Google behaviours), so "+1" becomes the number 1, "=…" a formula and a leading
 * apostrophe disappears. Such a text is written after an apostrophe, which Sheets keeps out of the value.
 */
const asText = (cell: Cell): Cell => (typeof cell === 'string' && /^[+=']/.test(cell) ? `'${cell}` : cell);

/** Replaces a generated sheet's contents, formats and charts; its texts are shown as written. */
export function writeGenerated(spreadsheet: SpreadsheetLike, generated: GeneratedSheet): void {
  const sheet = sheetNamed(spreadsheet, generated.name);
  sheet.clear();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  writeBlock(
    sheet,
    1,
    1,
    generated.rows.map((row) => row.map(asText)),
  );
  const width = generated.rows[0]?.length ?? 1;
  for (const row of generated.boldRows) sheet.getRange(row, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(generated.frozenRows);
  for (const spec of generated.charts) {
    const chart = sheet
      .newChart()
      .asColumnChart()
      .setTitle(spec.title)
      .addRange(sheet.getRange(spec.row, spec.column, spec.numRows, spec.numColumns))
      .setPosition(spec.anchorRow, spec.anchorColumn, 0, 0)
      .build();
    sheet.insertChart(chart);
  }
}
