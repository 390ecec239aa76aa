/** A1 notation, 1-based rows and columns, and sheet-qualified references for formulas. */

export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function rangeA1(row: number, column: number, rows = 1, columns = 1): string {
  const start = cellA1(row, column);
  return rows === 1 && columns === 1 ? start : `${start}:${cellA1(row + rows - 1, column + columns - 1)}`;
}

/** 'Thông tin'!B8 — sheet names with spaces or diacritics must be quoted. */
export function sheetRef(sheet: string, a1: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1}`;
}

/**
 * A formula call. Apps Script's setFormula/setValues are believed to take English syntax (`,`
 * between arguments) whatever the sheet's locale, and Sheets shows it as `;` in a vi-VN sheet.
 * Not verifiable offline: this is the one place to change if that proves wrong.
 */
export const ARGUMENT_SEPARATOR = ',';

export function call(name: string, ...args: string[]): string {
  return `${name}(${args.join(ARGUMENT_SEPARATOR)})`;
}
