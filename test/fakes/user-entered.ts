import type { Cell } from '../../src/core/cells/values';

/**
 * How Google Sheets reads what a script writes with Range.setValue(s): as if a person typed it in
 * a sheet of the spreadsheet's locale (the Sheets API calls this USER_ENTERED), and how it parses a
 * formula written by a script. Used by the Spreadsheet fake (test/fakes/spreadsheet.ts) and by the
 * template tests. Sources, as collected in the README table "Google behaviours this add-on relies on":
 *
 * - Strings are parsed as typed: "0912345678" → 912345678, "0123" → 123, "1/2" → a date in the
 *   locale's day/month order, "=…" → a formula, "62,5%" → 0.625 in vi_VN; the plain-text format "@"
 *   or a leading apostrophe keeps the text (the apostrophe is not part of the value read back).
 *   Report: brucemcpherson/gas-fakes notes/oddities.md; Sheets API ValueInputOption reference
 *   (USER_ENTERED); vlucas/sheetquery issue 20.
 * - A script-written formula with "," between arguments fails to parse in a locale whose decimal
 *   mark is the comma (the cell shows #ERROR!, "Formula parse error."); ";" is accepted in every
 *   locale. Decimal literals follow the locale. Report: ISA-tools/OntoMaton issues 15 and 36 (fix
 *   commit e425ca3), googleapis/google-api-nodejs-client issue 1994, mricon/ingress-fieldplan issue 5.
 * - Function names are English in every locale (doc: Google Sheets function list).
 * - A sheet name in a formula may be quoted ('Đánh giá'!A1, 'O''Hara'!A1: a quote inside doubled);
 *   quotes are required for names with spaces or special characters, and always quoting is safe
 *   (doc: Sheets API guide "Google Sheets API overview", A1 notation). How Sheets gives back a
 *   formula's sheet names (getFormulas) is documented nowhere; two forms are modelled and the
 *   add-on must take both for the same formula (README "First run on a real account" checks it):
 *   'fewest' (default) drops every quote the widest reported rule allows, Excel's as observed in
 *   jmcnamara/XlsxWriter issue 1078: letters of any script (so ĐánhGiá!A1 bare), digits, "_" and
 *   "." may stand bare, except at the start a digit or "."; a name read as a cell (AB12, R1C1)
 *   stays quoted. 'all' quotes every sheet name ('DanhGia'!A1), as the API guide allows.
 *   Renaming a sheet rewrites the formulas that name it the same way.
 * Stricter rather than kinder where sources are silent: an inline array literal ("{…}") is a parse
 * error in every locale here (its separators differ by locale and no source pins them down); "1.5"
 * in a decimal-comma locale is read as a date (day 1, month 5), not kept as text; times and
 * currencies are not modelled (kept as text).
 */

/** A spreadsheet locale as getSpreadsheetLocale() returns it. */
export type SheetLocale = 'vi_VN' | 'en_US' | 'en_GB' | 'de_DE';

interface Conventions {
  decimal: ',' | '.';
  grouping: '.' | ',';
  /** Order of day and month in a typed date. */
  dayFirst: boolean;
}

const CONVENTIONS: Record<SheetLocale, Conventions> = {
  vi_VN: { decimal: ',', grouping: '.', dayFirst: true },
  de_DE: { decimal: ',', grouping: '.', dayFirst: true },
  en_US: { decimal: '.', grouping: ',', dayFirst: false },
  en_GB: { decimal: '.', grouping: ',', dayFirst: true },
};

/** What a cell holds after a write: a value, or a formula (whose value is its result). */
export interface Entered {
  value: Cell;
  formula: string;
}

/** The text Sheets shows in a cell whose formula does not parse. */
export const PARSE_ERROR = '#ERROR!';

/**
 * Why Sheets in `locale` would not parse `formula` (with its "="), or null when it parses.
 * Checks what differs between locales: separators, decimal literals, array literals, and the
 * balance of quotes and parentheses.
 */
export function formulaParseError(formula: string, locale: SheetLocale): string | null {
  const { decimal } = CONVENTIONS[locale];
  let depth = 0;
  for (let i = 1; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A string literal, or a quoted sheet name; a doubled quote escapes itself.
      let j = i + 1;
      for (; j < formula.length; j++) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j++;
          else break;
        }
      }
      if (j >= formula.length) return `unterminated ${ch === '"' ? 'string' : 'sheet name'} at ${i}`;
      i = j;
      continue;
    }
    // A decimal mark sits inside a number: digits on both sides, not after a cell reference (B12),
    // and only one per number ("0,1,2" is not a number).
    const before = wordBefore(formula, i);
    const digitsAround = /\d/.test(formula[i - 1] ?? '') && /\d/.test(formula[i + 1] ?? '') && !/[A-Z$]\d*$/i.test(before) && !/[.,]/.test(formula[i - before.length - 1] ?? '');
    if (ch === '{' || ch === '}') return `inline array literal at ${i}`;
    if (ch === '(') depth++;
    if (ch === ')' && --depth < 0) return `unbalanced ")" at ${i}`;
    if (ch === ',' && decimal === ',' && !digitsAround) return `"," between arguments in a ${locale} sheet at ${i}`;
    if (ch === '.' && decimal === ',' && digitsAround) return `decimal point in a ${locale} sheet at ${i}`;
    if (ch === ',' && decimal === '.' && depth === 0) return `"," outside any function call in a ${locale} sheet at ${i}`;
  }
  return depth === 0 ? null : 'unbalanced "("';
}

/** The identifier-or-number run that ends just before position `i`, e.g. "B12" before a comma. */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && /[A-Za-z0-9_$]/.test(text[j - 1])) j--;
  return text.slice(j, i);
}

/** A formula parser: why a formula is refused, or null. */
export type FormulaParser = (formula: string) => string | null;

/**
 * What a cell holds after setValue(value) in a sheet of `locale` whose number format is `format`.
 * Non-strings are stored as they are. `year` is the year a date typed without one falls in;
 * `parse` replaces the locale's formula parser (to play a sheet that refuses what reports say works);
 * `quoting` is the form sheet names are given back in (default 'fewest').
 */
export function userEntered(value: Cell, locale: SheetLocale, format: string, options: { year?: number; parse?: FormulaParser; quoting?: SheetQuoting } = {}): Entered {
  const year = options.year ?? new Date().getFullYear();
  const parse = options.parse ?? ((formula: string) => formulaParseError(formula, locale));
  if (typeof value !== 'string') return { value: value instanceof Date ? new Date(value) : (value ?? ''), formula: '' };
  if (format === '@') return { value, formula: '' };
  if (value.startsWith("'")) return { value: value.slice(1), formula: '' };
  if (value.startsWith('=') && value.length > 1) return { value: parse(value) ? PARSE_ERROR : '', formula: storedFormula(value, options.quoting ?? 'fewest') };
  const text = value.trim();
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true', formula: '' };
  const number = typedNumber(text, CONVENTIONS[locale]);
  if (number !== null) return { value: number, formula: '' };
  const date = typedDate(text, CONVENTIONS[locale], year);
  if (date) return { value: date, formula: '' };
  return { value, formula: '' };
}

/** How the fake gives back the sheet names in a stored formula (see the header: no source settles it). */
export type SheetQuoting = 'fewest' | 'all';

/** Letters of any script, digits, "_" and "." (what a bare sheet name is made of, in the widest reported rule). */
const NAME_CHAR = /[\p{L}\p{N}_.]/u;

/** Whether `name` may stand bare in the widest reported rule: no leading digit or ".", not a cell's name. */
function mayStandBare(name: string): boolean {
  const chars = [...name];
  if (chars.length === 0 || !chars.every((ch) => NAME_CHAR.test(ch)) || /^[\d.]/.test(name)) return false;
  const looksLikeA1 = /^[a-z]{1,3}[0-9]+$/i.test(name);
  const looksLikeR1C1 = /^r[0-9]*c?[0-9]*$/i.test(name) || /^c[0-9]*$/i.test(name);
  return !looksLikeA1 && !looksLikeR1C1;
}

/** The index of the quote closing the one at `open` (a doubled quote is part of the text), or the last index. */
function closingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] !== quote) continue;
    if (text[i + 1] === quote) i++;
    else return i;
  }
  return text.length - 1;
}

/**
 * A formula as the fake stores it: each sheet reference ('Name'! or Name!), outside text in double
 * quotes, given back in the `quoting` form, named by `rename(name)` (Sheets' rewrite after a rename).
 */
export function storedFormula(formula: string, quoting: SheetQuoting, rename: (name: string) => string = (name) => name): string {
  const reference = (name: string) => {
    const renamed = rename(name);
    return quoting === 'fewest' && mayStandBare(renamed) ? `${renamed}!` : `'${renamed.split("'").join("''")}'!`;
  };
  let stored = '';
  let at = 0;
  while (at < formula.length) {
    const ch = formula[at];
    if (ch === '"' || ch === "'") {
      const end = closingQuote(formula, at);
      if (ch === "'" && formula[end + 1] === '!') {
        stored += reference(
          formula
            .slice(at + 1, end)
            .split("''")
            .join("'"),
        );
        at = end + 2;
      } else {
        stored += formula.slice(at, end + 1);
        at = end + 1;
      }
      continue;
    }
    if (!NAME_CHAR.test(ch)) {
      stored += ch;
      at++;
      continue;
    }
    let end = at;
    while (end < formula.length && NAME_CHAR.test(formula[end])) end++;
    const word = formula.slice(at, end);
    const isSheet = formula[end] === '!';
    stored += isSheet ? reference(word) : word;
    at = isSheet ? end + 1 : end;
  }
  return stored;
}

/** "1.234,5", "-0,5", "62,5%", "0123" in vi_VN (the grouping must be in threes). */
function typedNumber(text: string, c: Conventions): number | null {
  const g = c.grouping === '.' ? '\\.' : ',';
  const d = c.decimal === '.' ? '\\.' : ',';
  const match = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}(\\d+))?(%?)$`).exec(text);
  if (!match || (match[2] === undefined && match[3] === undefined)) return null;
  const [, sign, whole = '0', fraction = '0', percent] = match;
  const number = Number(`${sign}${whole.split(c.grouping).join('')}.${fraction}`);
  return percent ? number / 100 : number;
}

/** "1/2", "01/02/2026", "1.5", "2026-02-01" as a date in the locale's day/month order. */
function typedDate(text: string, c: Conventions, year: number): Date | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const match = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?$/.exec(text);
  if (!match) return null;
  const [a, b] = [Number(match[1]), Number(match[2])];
  const y = match[3] === undefined ? year : match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  return c.dayFirst ? validDate(y, b, a) : validDate(y, a, b);
}

function validDate(year: number, month: number, day: number): Date | null {
  const date = new Date(year, month - 1, day);
  return date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}
