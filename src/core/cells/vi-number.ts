/**
 * Numbers the Vietnamese way (vi-VN: "1.234.567,5", "99,89%"), parsed and formatted by hand: the
 * ICU data behind Intl in Apps Script's V8 is not documented, so nothing here depends on it.
 */

/** Digits only: the sign is read once, before the parts are split ("--5" is not a number). */
const DIGITS = /^\d+$/;

/**
 * Reads a number typed as text: the one reader of every number and percent a person enters (cells,
 * the sidebar, the "Bộ tiêu chí" table, CDHT_RATE). A comma is the decimal mark; dots group
 * thousands ("1.234"). A single dot not followed by exactly three digits is taken as a decimal
 * point ("62.5"), because people paste numbers from English-locale sources. Spaces around the
 * number are dropped; a space inside it is refused ("6 5" is not 65): vi-VN groups thousands with
 * dots only, so a split number is a typo to show, never to guess (see `notNumberHint`).
 * Returns null when it is not a number.
 */
export function parseViNumber(text: string): number | null {
  const s = text.trim();
  if (s === '' || /\s/.test(s)) return null;
  const sign = s[0] === '-' ? -1 : 1;
  const body = s.replace(/^[+-]/, '');
  let intPart: string;
  let fracPart = '';
  const commas = body.split(',').length - 1;
  const dots = body.split('.').length - 1;
  if (commas > 1) return null;
  if (commas === 1) {
    [intPart, fracPart] = body.split(',');
    if (dots > 0 && !/^\d{1,3}(\.\d{3})+$/.test(intPart)) return null;
    intPart = intPart.replace(/\./g, '');
  } else if (dots > 1 || /^[1-9]\d{0,2}\.\d{3}$/.test(body)) {
    if (!/^\d{1,3}(\.\d{3})+$/.test(body)) return null;
    intPart = body.replace(/\./g, '');
  } else {
    [intPart, fracPart = ''] = body.split('.');
  }
  if (!DIGITS.test(intPart || '0') || (fracPart !== '' && !DIGITS.test(fracPart))) return null;
  if (intPart === '' && fracPart === '') return null;
  return sign * Number(`${intPart || '0'}.${fracPart || '0'}`);
}

/** Any space, between digits or after a sign or mark ("6 5", "1\u00a0234", "- 5", "62, 5"). */
const SPLIT_NUMBER = /[\d,.+-]\s+\d/;

/**
 * Why a text that `parseViNumber` refused is not a number, when the reason is not plain to see:
 * a space inside it. Returns a clause to put after the value in a message, or '' when there is
 * nothing to add.
 */
export function notNumberHint(text: string): string {
  return SPLIT_NUMBER.test(text.trim()) ? ' (có khoảng trắng giữa các chữ số; số nghìn ngăn bằng dấu chấm: 1.234)' : '';
}

/** "1.234", "99,89", "-0,5": at most `maxDecimals` decimals, trailing zeros dropped. */
export function formatViNumber(value: number, maxDecimals = 2): string {
  return formatVi(value, maxDecimals, true);
}

/**
 * A number written without thousands grouping, as people write a year ("1999", not "1.999") or as
 * Sheets shows a number in a text column (912345678); a decimal comma ("2024,5"), at most
 * `maxDecimals` decimals, trailing zeros dropped.
 */
export function formatViUngrouped(value: number, maxDecimals = 4): string {
  return formatVi(value, maxDecimals, false);
}

/**
 * A number as a text field holds it and a vi-VN sheet shows it in its default format: every digit
 * the sheet keeps (15 significant, so no binary noise such as 0,30000000000000004), a decimal
 * comma, no grouping ("0,5", "2025", "912345678"). Nothing is rounded away, unlike
 * `formatViUngrouped`.
 */
export function formatViExact(value: number): string {
  // NaN and ±Infinity need no case of their own: toPrecision writes them as String does.
  return String(Number(value.toPrecision(15))).replace('.', ',');
}

function formatVi(value: number, maxDecimals: number, group: boolean): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(maxDecimals);
  const [intPart, fracPart = ''] = fixed.split('.');
  const grouped = group ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : intPart;
  const frac = fracPart.replace(/0+$/, '');
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** A fraction as a percentage: 0.9989 → "99,89%". */
export function formatViPercent(fraction: number, maxDecimals = 2): string {
  return `${formatViNumber(fraction * 100, maxDecimals)}%`;
}
