import { isBlank, type Cell } from './cell';

/**
 * Dates the Vietnamese way. Calendar dates are local midnight: Apps Script evaluates Dates in the
 * script's time zone (the manifest sets Asia/Ho_Chi_Minh, as the template sheet does), and Node
 * tests run with TZ=Asia/Ho_Chi_Minh so local getters mean the same thing in both.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** 05/03/2026 */
export function formatViDate(date: Date): string {
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/**
 * "ngày 05 tháng 3 năm 2026", as Nghị định 30/2020/NĐ-CP writes dates in documents: days below 10
 * and the months 1 and 2 take a leading zero.
 */
export function formatViLongDate(date: Date): string {
  const month = date.getMonth() + 1;
  return `ngày ${pad(date.getDate())} tháng ${month <= 2 ? pad(month) : month} năm ${date.getFullYear()}`;
}

/** Day 0 of Sheets' serial dates (what the Sheets API returns for dates as numbers). */
const SERIAL_EPOCH = { year: 1899, month: 11, day: 30 };

/**
 * Reads a date cell: a Date, a Sheets serial number, or text "dd/mm/yyyy" (also "d/m/yyyy",
 * "dd-mm-yyyy") or ISO "yyyy-mm-dd". Blank is null; anything else is 'invalid'.
 */
export function readDate(cell: Cell): Date | null | 'invalid' {
  if (isBlank(cell)) return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'invalid' : cell;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1) return 'invalid';
    return new Date(SERIAL_EPOCH.year, SERIAL_EPOCH.month, SERIAL_EPOCH.day + Math.floor(cell));
  }
  if (typeof cell !== 'string') return 'invalid';
  const text = cell.trim();
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  const parts = vi ? [vi[3], vi[2], vi[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!parts) return 'invalid';
  const [year, month, day] = parts.map(Number);
  return dayOf(year, month, day);
}

/**
 * The local date `day`/`month`/`year` (month 1–12), or 'invalid' for a day the month lacks: 31/02/2026
 * is rejected, not rolled over to March. Years 0–99 are 'invalid' too: `new Date` reads them as
 * 1900–1999, so "05/03/0026" would otherwise become 1926, a guessed year.
 */
export function dayOf(year: number, month: number, day: number): Date | 'invalid' {
  const date = new Date(year, month - 1, day);
  // The day needs no check of its own: one the month lacks rolls over into another month, or past
  // a year of days into another year ("366/01/2026" is 01/01/2027), which the two checks refuse.
  return date.getFullYear() === year && date.getMonth() === month - 1 ? date : 'invalid';
}

/**
 * The same day `months` months later, or the month's last day when it has no such day (as the
 * sheet's EDATE does: 29/02/2024 + 12 months = 28/02/2025). Mức độ 2 waits 12 months after Mức độ 1.
 */
export function addMonths(date: Date, months: number): Date {
  const lastDay = new Date(date.getFullYear(), date.getMonth() + months + 1, 0).getDate();
  return new Date(date.getFullYear(), date.getMonth() + months, Math.min(date.getDate(), lastDay));
}
