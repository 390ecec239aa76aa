import { foldText } from './text';
import { formatViNumber, parseViNumber } from './vi-number';
import type { Item } from '../ruleset/types';

/** What a spreadsheet cell can hold, as Apps Script hands it to a custom function. */
export type Cell = string | number | boolean | Date | null | undefined;

/**
 * A cell read for an indicator. Every kind becomes one number so that evaluation is a comparison:
 * yes/no → 1/0, level → 0–3, percent → a fraction 0–1, points → points.
 */
export type Reading = { state: 'blank' } | { state: 'ok'; value: number } | { state: 'invalid'; reason: string };

const BLANK: Reading = { state: 'blank' };
const ok = (value: number): Reading => ({ state: 'ok', value });
const invalid = (reason: string): Reading => ({ state: 'invalid', reason });

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** Shows a cell in a message as the user would recognise it. */
export function describeCell(cell: Cell): string {
  if (typeof cell === 'number') return formatViNumber(cell, 4);
  if (cell instanceof Date) return 'một ngày tháng';
  return `"${String(cell)}"`;
}

const YES = new Set(['đạt', 'x', 'có', 'true', '1', 'yes', 'v', '✓', '✔']);
const NO = new Set(['không đạt', 'chưa đạt', 'không', 'false', '0', 'no', 'k']);

export function readYesNo(cell: Cell): Reading {
  if (isBlank(cell)) return BLANK;
  if (typeof cell === 'boolean') return ok(cell ? 1 : 0);
  if (cell instanceof Date) return invalid('là ngày tháng, cần "Đạt" hoặc "Không đạt"');
  const word = foldText(String(cell));
  if (YES.has(word)) return ok(1);
  if (NO.has(word)) return ok(0);
  return invalid('không hiểu được, cần "Đạt" hoặc "Không đạt"');
}

/** "Mức độ 2", "mức 2", "MĐ2", 2; "Chưa đạt" is level 0 (the standard is not reached at all). */
export function readLevel(cell: Cell, max: number): Reading {
  if (isBlank(cell)) return BLANK;
  const expected = `cần một mức độ từ 1 đến ${max} (ví dụ "Mức độ ${max}")`;
  let level: number | null = null;
  if (typeof cell === 'number') level = cell;
  else if (typeof cell === 'string') {
    const word = foldText(cell);
    if (word === 'chưa đạt' || word === 'không đạt') return ok(0);
    const match = /^(?:mức độ|mức|mđ|md)?\s*(\d+)$/.exec(word);
    level = match ? Number(match[1]) : null;
  }
  if (level === null || !Number.isInteger(level) || level < 0 || level > max) {
    return invalid(`không hợp lệ, ${expected}`);
  }
  return ok(level);
}

/**
 * A percentage: a fraction 0–1 (a %-formatted cell holds 0,625), a number above 1 up to 100 read
 * as percent (62,5), or text "62,5%" / "62.5%". So 1 means 100%; anything above 100% is an error.
 */
export function readPercent(cell: Cell): Reading {
  if (isBlank(cell)) return BLANK;
  const expected = 'cần một tỷ lệ từ 0% đến 100% (ví dụ 62,5%)';
  let fraction: number | null = null;
  if (typeof cell === 'number') fraction = cell > 1 ? cell / 100 : cell;
  else if (typeof cell === 'string') {
    const text = cell.trim();
    const hasSign = text.endsWith('%');
    const number = parseViNumber(hasSign ? text.slice(0, -1) : text);
    if (number !== null) fraction = hasSign || number > 1 ? number / 100 : number;
  }
  if (fraction === null || !Number.isFinite(fraction)) return invalid(`không phải là tỷ lệ, ${expected}`);
  if (fraction < 0) return invalid(`là số âm, ${expected}`);
  if (fraction > 1 + 1e-12) return invalid(`vượt quá 100%, ${expected}`);
  return ok(fraction);
}

/** Points of a criterion, 0 up to its maximum (or the ruleset total when no maximum is set). */
export function readPoints(cell: Cell, max: number): Reading {
  if (isBlank(cell)) return BLANK;
  const points = typeof cell === 'number' ? cell : typeof cell === 'string' ? parseViNumber(cell) : null;
  if (points === null || !Number.isFinite(points)) return invalid('không phải là số điểm');
  if (points < 0) return invalid('là số âm, điểm phải từ 0 trở lên');
  if (points > max) return invalid(`vượt quá điểm tối đa ${formatViNumber(max)}`);
  return ok(points);
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
