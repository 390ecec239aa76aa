import { formatViDate } from '../cells/vi-date';
import { formatViNumber } from '../cells/vi-number';
import { cellNumber, type Cell } from '../cells/values';
import { isFinal } from './final';
import type { CommuneRecord, FailureKind } from './record';
import type { RegisterEntry } from './register';

/**
 * A long update in several runs, and which workbooks an update reads at all.
 *
 * Apps Script ends a run at 6 minutes and the Sheets API reads 60 workbooks a minute per user,
 * so a province's 100 communes fit in one run but the country's 3,300 × several years do not.
 * Every record read is kept in the store (src/rollup/store.ts) under its row's key; each run
 * works out afresh from the register and the store what is left to read, so a run cut off
 * anywhere, or a register edited between runs, loses nothing and reads nothing twice. What
 * stays between runs here is small (document-sized properties hold 9 KB a value).
 */

export const STATE_KEY = 'CDHT_TONG_HOP_TIEN_DO';

export const TIME_LIMITS = {
  /** Apps Script stops a run after 6 minutes. */
  runMs: 6 * 60_000,
  /** A batch starts only if it can end, as slow as the slowest so far, before 5 minutes. */
  stopBeforeMs: 5 * 60_000,
  /** What a batch is assumed to take before one has been timed. */
  firstBatchMs: 30_000,
  /** The generated sheets are written only this early in a run, else in the next one. */
  writeBeforeMs: 4 * 60_000,
  /** The next run starts this long after a stop; the read quota refills each minute. */
  resumeAfterMs: 60_000,
} as const;

/** Tries for a workbook that answered "try later" (429, 5xx) before it is listed as unreadable. */
export const MAX_ATTEMPTS = 3;

/**
 * The Sheets API allows 60 read requests per minute per user per project (300 per project):
 * developers.google.com/workspace/sheets/api/limits. Above it, requests fail with 429. A
 * province whose Cloud project was granted more writes its figure in the pace cell.
 */
export const DEFAULT_PACE = 60;

/** The pace cell's value: a positive whole number of reads a minute (text read the vi-VN way, "1.000"), else the default. */
export function readPace(cell: Cell): number {
  const pace = cellNumber(cell);
  return pace !== null && Number.isInteger(pace) && pace > 0 ? pace : DEFAULT_PACE;
}

export interface UpdateState {
  startedAt: number;
  runs: number;
  /** Workbooks read in this update so far. */
  read: number;
  /** "Try later" answers so far, by register row. */
  attempts: Record<string, number>;
  /** Workbooks still to read when the state was saved (unknown before the first run has listed them). */
  left?: number;
  /** The pace of the last run, reads per minute. */
  pace?: number;
  /** Runs in a row that an unexpected error stopped; a continuation is scheduled only below MAX_ATTEMPTS. */
  failedRuns?: number;
  /** What stopped the last run that failed, as Apps Script said it. */
  error?: string;
}

export function newState(now: number): UpdateState {
  return { startedAt: now, runs: 0, read: 0, attempts: {} };
}

/** The saved state, or null when there is none or it is not one (then the update starts over). */
export function parseState(json: string | null): UpdateState | null {
  if (!json) return null;
  try {
    const state = JSON.parse(json) as UpdateState;
    const ok = Number.isFinite(state.startedAt) && Number.isInteger(state.read) && typeof state.attempts === 'object' && state.attempts !== null;
    return ok ? state : null;
  } catch {
    return null;
  }
}

/** Failures that say nothing about the workbook: a later try may well succeed. */
const PASSING_FAILURES: ReadonlySet<FailureKind | undefined> = new Set<FailureKind | undefined>(['quota', 'network']);

/**
 * Whether the update that started at `startedAt` must read this row's workbook, given the
 * record kept from an earlier read (undefined: none). Read: a row never read (new, or changed:
 * its key is new), one marked "Đọc lại", one whose last try failed for a passing reason or
 * failed while its year is still open, and one read while its year was open that is final now
 * (its dossier may have changed until the deadline). Not again within the same update.
 */
export function needsRead(entry: RegisterEntry, kept: CommuneRecord | undefined, startedAt: number, now: number): boolean {
  if (entry.source.kind !== 'workbook') return false;
  if (!kept || kept.readAt === undefined) return true;
  if (kept.readAt >= startedAt) return false;
  if (entry.reread) return true;
  if (kept.status === 'failed' && (PASSING_FAILURES.has(kept.failure) || !isFinal(entry.year, now))) return true;
  return !isFinal(entry.year, kept.readAt) && isFinal(entry.year, now);
}

/** Whether a batch may start `elapsedMs` into the run, given the slowest batch so far. */
export function canStartBatch(elapsedMs: number, slowestBatchMs: number): boolean {
  return elapsedMs + Math.max(slowestBatchMs, TIME_LIMITS.firstBatchMs) <= TIME_LIMITS.stopBeforeMs;
}

export function canWriteSheets(elapsedMs: number): boolean {
  return elapsedMs <= TIME_LIMITS.writeBeforeMs;
}

/**
 * How long to wait before sending `count` requests so that no minute holds more than
 * `perMinute`, given when the earlier requests of this run were sent.
 */
export function waitBeforeSending(sentAt: readonly number[], now: number, count: number, perMinute: number): number {
  const recent = sentAt.filter((t) => t > now - 60_000).sort((a, b) => a - b);
  const excess = recent.length + count - perMinute;
  if (excess <= 0) return 0;
  // Once the `excess` oldest recent requests are a minute old, the new ones fit.
  return recent[Math.min(excess, recent.length) - 1] + 60_000 - now;
}

/**
 * Minutes until `left` workbooks are read at `pace` a minute: runs read for 5 of every 6
 * minutes (each stops before Apps Script's limit and the next starts a minute later).
 */
export function minutesLeft(left: number, pace: number): number {
  return Math.ceil((left / pace) * (TIME_LIMITS.runMs / TIME_LIMITS.stopBeforeMs));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "08:00 ngày 15/01/2026": when the update under way began. */
export function startedText(state: UpdateState): string {
  const started = new Date(state.startedAt);
  return `${pad(started.getHours())}:${pad(started.getMinutes())} ngày ${formatViDate(started)}`;
}

/** "Đang cập nhật: đã đọc 1.240/3.300 xã, còn khoảng 32 phút …": the status line while an update is under way. */
export function progressText(state: UpdateState, left: number, pace: number): string {
  const since = startedText(state);
  const read = `${formatViNumber(state.read)}/${formatViNumber(state.read + left)}`;
  return `Đang cập nhật: đã đọc ${read} xã, còn khoảng ${formatViNumber(minutesLeft(left, pace))} phút (bắt đầu lúc ${since}, ${state.runs} lần chạy). Số liệu bên dưới là của lần cập nhật trước.`;
}
