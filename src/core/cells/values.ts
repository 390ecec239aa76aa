import { isBlank, type Cell } from './cell';
import { RESULT_WORDS } from './result-words';
import { foldText } from './text';
import { formatViDate } from './vi-date';
import { formatViExact, formatViNumber, formatViPercent, notNumberHint, parseViNumber } from './vi-number';
import type { Item } from '../ruleset/types';

export { isBlank, type Cell };

/**
 * A cell read for an indicator. Every kind becomes one number so that evaluation is a comparison:
 * yes/no → 1/0, level → 0–3, percent → a fraction 0–1, points → points.
 */
export type Reading = { state: 'blank' } | { state: 'ok'; value: number } | { state: 'invalid'; reason: string };

const BLANK: Reading = { state: 'blank' };
const ok = (value: number): Reading => ({ state: 'ok', value });
const invalid = (reason: string): Reading => ({ state: 'invalid', reason });

/**
 * What a number in a message means, which decides how it is written: `'as typed'` for anything
 * that is not an amount (a year, a code Sheets made a number, a phone number, a document or
 * decision number, a value of unknown meaning), written as a cell in the default format shows it
 * ("2025", "912345678", "0,5"); `'quantity'` for an amount (points, a percent value, a count),
 * grouped as vi-VN writes amounts ("1.234,5"), at most 4 decimals.
 */
export type NumberMeaning = 'as typed' | 'quantity';

/**
 * Shows a cell in a message as the user would recognise it: a number as its `meaning` asks (the
 * caller knows it: the field's or the indicator's kind), a date the vi-VN way (never JavaScript's
 * "Wed Jan 01 2025 … GMT+0700"), a checkbox as Sheets shows it, text quoted.
 */
export function describeCell(cell: Cell, meaning: NumberMeaning = 'as typed'): string {
  if (typeof cell === 'number') return meaning === 'quantity' ? formatViNumber(cell, 4) : formatViExact(cell);
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'một ngày tháng không hợp lệ' : `ngày ${formatViDate(cell)}`;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return `"${String(cell ?? '')}"`;
}

const [MET, NOT_MET, BELOW] = [RESULT_WORDS.met, RESULT_WORDS.notMet, RESULT_WORDS.below].map(foldText);
const YES = new Set([MET, 'x', 'có', 'true', '1', 'yes', 'v', '✓', '✔']);
const NO = new Set([NOT_MET, BELOW, 'không', 'false', '0', 'no', 'k']);

/**
 * The words already reduced: a roll-up reads the same few texts ("Đạt", "Mức độ 2") tens of
 * thousands of times, and normalising Unicode each time is most of reading them. Bounded, as a
 * custom function's values are the user's free text.
 */
const decisionWords = new Map<string, string>();
const MAX_DECISION_WORDS = 500;

/**
 * A word as official decisions write it, reduced to its core: "Đã đạt chuẩn." → "đạt",
 * "Chưa đạt chuẩn" → "chưa đạt". Only filler is dropped ("đã", a final "chuẩn", a final full stop),
 * never a negation.
 */
function decisionWord(text: string): string {
  let word = decisionWords.get(text);
  if (word === undefined) {
    word = foldText(text)
      .replace(/[.;!]+$/, '')
      .replace(/^đã /, '')
      .replace(/ chuẩn$/, '');
    if (decisionWords.size >= MAX_DECISION_WORDS) decisionWords.clear();
    decisionWords.set(text, word);
  }
  return word;
}

const YES_OR_NO = `"${RESULT_WORDS.met}" hoặc "${RESULT_WORDS.notMet}"`;
const YES_NO_FORMS = `${YES_OR_NO} (cũng nhận "${RESULT_WORDS.met} chuẩn", "Đã đạt chuẩn", "${RESULT_WORDS.below}", "x", "Có" / "Không", TRUE / FALSE, 1 / 0 hoặc ô đánh dấu)`;

export function readYesNo(cell: Cell): Reading {
  if (isBlank(cell)) return BLANK;
  if (typeof cell === 'boolean') return ok(cell ? 1 : 0);
  if (cell instanceof Date) return invalid(`là ngày tháng, cần ${YES_OR_NO}`);
  const word = decisionWord(String(cell));
  if (YES.has(word)) return ok(1);
  if (NO.has(word)) return ok(0);
  return invalid(`không hiểu được, cần ${YES_NO_FORMS}`);
}

const ROMAN = ['', 'i', 'ii', 'iii'];

/**
 * A level as decisions write it: "đạt chuẩn mức độ 3", "Mức độ III", "MĐ3", "mức 3" or the bare
 * number (Roman numerals I–III, the levels of NĐ 20/2014). A negated level ("chưa đạt mức độ 2")
 * does not match: it says which level is missing, not which one is reached.
 */
const LEVEL_TEXT = /^(?:đạt )?(?:chuẩn )?(?:(?:mức độ|mức|mđ|md) ?:? ?)?(\d+|i{1,3})$/;

/**
 * The level a cell names, as decisions and tables write it: 2, "Mức độ 2", "đạt mức độ 2", "Mức độ II",
 * "MĐ2", "mức 2"; null when it names none. The one reader of levels, for indicator values
 * (`readLevel`) and for the levels of the "Bộ tiêu chí" table alike. "Chưa đạt" names no level:
 * `readLevel` reads it as 0 for a value, a table has no use for it.
 */
export function levelNumber(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  const match = LEVEL_TEXT.exec(decisionWord(cell));
  if (!match) return null;
  return /\d/.test(match[1]) ? Number(match[1]) : ROMAN.indexOf(match[1]);
}

/** "Mức độ 2", "đạt mức độ 2", "Mức độ II", "MĐ2", 2; "Chưa đạt" is level 0 (the standard is not reached at all). */
export function readLevel(cell: Cell, max: number): Reading {
  if (isBlank(cell)) return BLANK;
  if (typeof cell === 'string') {
    const word = decisionWord(cell);
    if (word === BELOW || word === NOT_MET) return ok(0);
  }
  const level = levelNumber(cell);
  if (level !== null && level >= 0 && level <= max) return ok(level);
  // Only a value in error needs the forms spelled out.
  const expected = `cần một mức độ từ 1 đến ${max}: ${max}, "Mức độ ${max}", "mức ${max}", "MĐ${max}", "Mức độ ${ROMAN[max]?.toUpperCase() ?? max}", "đạt mức độ ${max}", hoặc "${RESULT_WORDS.below}"`;
  if (level !== null && level > max) {
    return invalid(`là mức độ ${level}, nhưng chỉ tiêu này cao nhất là mức độ ${max}: ${expected}`);
  }
  return invalid(`không hợp lệ, ${expected}`);
}

/**
 * How a number stands for a percent, one rule for every reader (formulas, sidebar, roll-up). A
 * custom function never sees a cell's format: a cell formatted as percent hands over its fraction
 * (showing 62,5% it gives 0,625, showing 120% it gives 1,2; Apps Script guide "Custom functions",
 * data types), while people also type percent points into plain cells (62,5 for 62,5%). So a number
 * is read by its size:
 * - 0 to 1: the fraction a percent cell holds (1 is 100%; CDHT_CHECK notes it could be 1% unless
 *   the range's other percents are fractions, src/core/engine/entries.ts);
 * - above 1 and below 2: both readings are plausible and far apart (1,2 is 120% as a percent cell
 *   shows it, above 100%, or 1,2% as percent points): an error naming both, never a guess;
 * - 2 to 100: percent points (62,5 is 62,5%); above 100: an error.
 * Text is what it shows: "62,5%" is 62,5%, a bare "62,5" percent points and "0,625" a fraction.
 * A percent cell showing 200% or more (2 and above) cannot be told from percent points by its
 * value alone; the template's percent cells refuse anything above 100% (src/core/template), and in
 * a range whose other percents are fractions such a number is named (src/core/engine/entries.ts).
 */
export const PERCENT_RULE = { fractionUpTo: 1, pointsFrom: 2 } as const;

/** The two readings of a number between PERCENT_RULE's bounds, as a message gives them. */
export function percentReadings(value: number): { asFraction: string; asPoints: string } {
  return { asFraction: formatViPercent(value, 4), asPoints: `${formatViNumber(value, 4)}%` };
}

/**
 * A percentage as a fraction 0–1, read by PERCENT_RULE. Negative values, values above 100% and
 * numbers that read two ways are invalid, with a reason naming what to write.
 */
export function readPercent(cell: Cell): Reading {
  if (isBlank(cell)) return BLANK;
  const expected = 'cần một tỷ lệ từ 0% đến 100% (ví dụ 62,5%)';
  let fraction: number | null = null;
  let hint = '';
  if (typeof cell === 'number') {
    if (cell > PERCENT_RULE.fractionUpTo && cell < PERCENT_RULE.pointsFrom) {
      const { asFraction, asPoints } = percentReadings(cell);
      return invalid(`có hai cách hiểu: ${asFraction} (ô định dạng phần trăm), vượt quá 100%, hoặc ${asPoints} (khi đó hãy ghi rõ "${asPoints}")`);
    }
    fraction = cell > PERCENT_RULE.fractionUpTo ? cell / 100 : cell;
  } else if (typeof cell === 'string') {
    const text = cell.trim();
    const hasSign = text.endsWith('%');
    const bare = hasSign ? text.slice(0, -1) : text;
    const number = parseViNumber(bare);
    if (number !== null) fraction = hasSign || number > PERCENT_RULE.fractionUpTo ? number / 100 : number;
    else hint = notNumberHint(bare);
  }
  if (fraction === null || !Number.isFinite(fraction)) return invalid(`không phải là tỷ lệ${hint}, ${expected}`);
  if (fraction < 0) return invalid(`là số âm, ${expected}`);
  if (fraction > 1 + 1e-12) return invalid(`vượt quá 100%, ${expected}`);
  return ok(fraction);
}

/**
 * A number from a cell: a number as it is, text read the vi-VN way by `parseViNumber` ("1.234",
 * "62,5"); null for anything else (blank, a date, a boolean, text that is no number, Infinity).
 * The one way every count, points, threshold or setting is read from a cell.
 */
export function cellNumber(cell: Cell): number | null {
  const value = typeof cell === 'number' ? cell : typeof cell === 'string' ? parseViNumber(cell) : null;
  return value !== null && Number.isFinite(value) ? value : null;
}

/** Points of a criterion, 0 up to its maximum (or the ruleset total when no maximum is set). */
export function readPoints(cell: Cell, max: number): Reading {
  if (isBlank(cell)) return BLANK;
  const points = cellNumber(cell);
  const hint = typeof cell === 'string' ? notNumberHint(cell) : '';
  if (points === null) return invalid(`không phải là số điểm${hint}, cần một số từ 0 đến ${formatViNumber(max)} (ví dụ 7,5)`);
  if (points < 0) return invalid('là số âm, điểm phải từ 0 trở lên');
  if (points > max) return invalid(`vượt quá điểm tối đa ${formatViNumber(max)}`);
  return ok(points);
}

/**
 * Sums of points are rounded to a billionth of a point: adding decimals in binary leaves noise such
 * as 84,99999999999999 for 85, which a cell would show and a cut-off would miss. No biểu điểm gives
 * points that fine, so the rounding removes the noise and changes no value anyone entered. Every sum
 * of points goes through `sumPoints` before it is compared or shown.
 */
export const POINTS_DECIMALS = 9;

/**
 * A multiple of 1/512 (whole, half and quarter points, every level sum) is exact in binary and has
 * at most nine decimals, so rounding leaves it as it is: no need for toFixed, which is slow.
 */
const EXACT_STEPS = 512;

/** A number rounded to POINTS_DECIMALS (to the nearest, on its binary value, as toFixed does). */
export function roundPoints(points: number): number {
  if (Number.isInteger(points * EXACT_STEPS) && Math.abs(points) < 2 ** 40) return points;
  return Number(points.toFixed(POINTS_DECIMALS));
}

/** Adds points and rounds away the binary noise of the sum; a single value comes back as entered. */
export function sumPoints(points: readonly number[]): number {
  return points.length === 1 ? points[0] : roundPoints(points.reduce((sum, p) => sum + p, 0));
}

/** Reads a cell for an item; `pointsCeiling` is used for points items without their own maximum. */
export function readItem(item: Item, cell: Cell, pointsCeiling: number): Reading {
  switch (item.kind) {
    case 'yesno':
      return readYesNo(cell);
    case 'level':
      return readLevel(cell, item.max ?? 3);
    case 'percent':
      return readPercent(cell);
    case 'points':
      return readPoints(cell, item.max ?? pointsCeiling);
  }
}

/** Yes/no flags such as "xã thuộc vùng khó khăn"; blank is no. Returns null when not understood. */
export function readFlag(cell: Cell): boolean | null {
  if (isBlank(cell)) return false;
  const reading = readYesNo(cell);
  return reading.state === 'ok' ? reading.value === 1 : null;
}
