import type { Cell } from '../../src/core/cells/values';
import { type SheetLocale, userEntered } from './user-entered';

/**
 * What Apps Script hands a custom function for a range, from what the range shows in the sheet.
 * Tests describe cells the way a person sees them ("120%", "15/03/2025", "62,5", a ticked
 * checkbox) and get the argument Google passes, so the CDHT_* functions meet the shapes a real
 * sheet gives rather than the ones a test author would guess.
 *
 * Source: Apps Script guide "Custom Functions in Google Sheets"
 * (https://developers.google.com/apps-script/guides/sheets/functions), sections "Arguments" and
 * "Data types": a range argument arrives as a two-dimensional array of its values; a single cell
 * as its value alone; an empty cell as the empty string; numbers as numbers, a percent-formatted
 * cell as its decimal (50% → 0.5; so a cell showing 120% arrives as 1.2); a date as a JavaScript
 * Date; a boolean (a checkbox) as a boolean; text as a string. A missing argument is undefined
 * (plain JavaScript). Also summarised in ../shared/notes/google-behaviours.md ("Custom functions").
 *
 * Stricter rather than kinder: what a cell shows is read as the sheet would have stored it when a
 * person typed it in the sheet's locale (test/fakes/user-entered.ts), so "1,2" in a vi_VN sheet is
 * the number 1.2 and "1.5" there is a date; a number stored as text (plain-text format, or typed with
 * an apostrophe) must be marked with `asText`. A shown formula is refused: a custom function receives
 * values, never formulas.
 */

/** A cell as it shows: its displayed text, a checkbox, or text kept as text (`asText`). */
export type Shown = string | boolean | { text: string };

/** A cell whose content is text even though it looks like a number or a date ("0123", "1,2"). */
export const asText = (text: string): Shown => ({ text });

/** The value Apps Script passes for one shown cell. */
function passed(cell: Shown, locale: SheetLocale): Cell {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'object') return cell.text;
  if (cell.trim() === '') return '';
  if (cell.startsWith('=')) throw new Error(`A cell shows a value, not the formula ${cell}`);
  return userEntered(cell, locale, 'General', { year: 2025 }).value;
}

/**
 * The argument for a range showing `shown` (rows of cells): a 2-D array, or the value alone for a
 * single cell; undefined for a missing argument. `locale` is the spreadsheet's (vi_VN unless said).
 */
export function customFunctionArgument(shown: Shown[][] | undefined, locale: SheetLocale = 'vi_VN'): Cell | Cell[][] {
  if (shown === undefined) return undefined;
  if (shown.length === 0 || shown.some((row) => row.length !== shown[0].length || row.length === 0)) {
    throw new Error('A range is a non-empty rectangle of cells');
  }
  const values = shown.map((row) => row.map((cell) => passed(cell, locale)));
  return values.length === 1 && values[0].length === 1 ? values[0][0] : values;
}

/** A one-column range, top to bottom. */
export const columnOf = (...cells: Shown[]): Shown[][] => cells.map((cell) => [cell]);

/** A single cell as a range argument. */
export const cellOf = (cell: Shown): Shown[][] => [[cell]];
