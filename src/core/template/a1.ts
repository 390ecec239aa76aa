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
 * Between a function's arguments in every formula the add-on writes. Sheets parses a script's
 * formula by the spreadsheet's locale: "," fails where the comma is the decimal mark (vi_VN, de_DE),
 * while ";" is accepted in every locale and shown converted (reports in
 * the README table "Google behaviours this add-on relies on"). Formulas hold no
 * decimal literal (`numberLiteral`) and no inline array literal for the same reason.
 */
export const ARGUMENT_SEPARATOR = ';';

/** `NAME(a;b;…)` with the separator every locale accepts. */
export function call(name: string, ...args: Array<string | number>): string {
  return `${name}(${args.join(ARGUMENT_SEPARATOR)})`;
}

/** A text constant in a formula: "Đạt" (a double quote inside doubled, as Sheets reads it). */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A number as formula text that reads the same in every locale: whole numbers as they are, a
 * fraction as a ratio of whole numbers (0.95 → "95/100"; the division is exact in IEEE doubles,
 * so it equals the literal 0.95).
 */
export function numberLiteral(value: number): string {
  if (Number.isInteger(value)) return String(value);
  for (let scale = 10; scale <= 1e9; scale *= 10) {
    const whole = Math.round(value * scale);
    if (whole / scale === value) return `${whole}/${scale}`;
  }
  throw new Error(`${value} has no short decimal form`);
}

/**
 * The same formula with "," between arguments: the one retry set-up makes if a sheet refuses the
 * ";" form. Strings ("…") and quoted sheet names ('…') are left as they are.
 */
export function commaSyntax(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'|;/g, (part) => (part === ';' ? ',' : part));
}
