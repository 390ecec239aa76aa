import { formatViDate } from '../cells/vi-date';
import { formatViNumber } from '../cells/vi-number';

/**
 * A long update in several runs. Apps Script ends a run at 6 minutes and the Sheets API reads
 * 60 workbooks a minute per user, so a province's 100 communes fit in one run but the country's
 * 3,300 × several years do not. A run reads batches while there is time, keeps each batch's
 * records, saves its position here (document properties: a few hundred bytes, far below the 9 KB
 * a value may hold) and the next run, started by a trigger or by "Tiếp tục cập nhật", goes on.
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

export interface UpdateState {
  /** registerFingerprint of the register being read: a changed register restarts the update. */
  fingerprint: string;
  /** Register entries in all. */
  total: number;
  /** The first entry not yet taken in order. */
  next: number;
  /** Entries to read again (they answered "try later"), before going on. */
  retry: number[];
  /** Failed tries so far, by entry index. */
  attempts: Record<string, number>;
  runs: number;
  startedAt: number;
  /** 'write' once every entry has its record and only the generated sheets remain. */
  phase: 'read' | 'write';
}

export function newState(fingerprint: string, total: number, now: number): UpdateState {
  return { fingerprint, total, next: 0, retry: [], attempts: {}, runs: 0, startedAt: now, phase: 'read' };
}

/** The saved state, or null when there is none or it is not one (then the update starts over). */
export function parseState(json: string | null): UpdateState | null {
  if (!json) return null;
  try {
    const state = JSON.parse(json) as UpdateState;
    const ok = typeof state.fingerprint === 'string' && Number.isInteger(state.next) && Array.isArray(state.retry) && (state.phase === 'read' || state.phase === 'write');
    return ok ? state : null;
  } catch {
    return null;
  }
}

/** Entries with a record so far. */
export function processed(state: UpdateState): number {
  return state.next - state.retry.length;
}

/**
 * The next batch: entries to retry first, then entries in order, until `size` of them need a
 * request (`needsRequest`); entries that need none (typed results, register errors) come along
 * free. Returns the entry indices, the retries left for later and where the in-order part now stands.
 */
export function takeBatch(state: UpdateState, needsRequest: (index: number) => boolean, size: number): { indices: number[]; retry: number[]; next: number } {
  const indices = state.retry.slice(0, size);
  let requests = indices.length;
  let next = state.next;
  while (next < state.total && (requests < size || !needsRequest(next))) {
    if (needsRequest(next)) requests++;
    indices.push(next++);
  }
  return { indices, retry: state.retry.slice(size), next };
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

const pad = (n: number) => String(n).padStart(2, '0');

/** What the "Thống kê" sheet and the toast say while an update is under way. */
export function progressText(state: UpdateState, startedAt: Date): string {
  const done = `${formatViNumber(processed(state))}/${formatViNumber(state.total)}`;
  const since = `${pad(startedAt.getHours())}:${pad(startedAt.getMinutes())} ngày ${formatViDate(startedAt)}`;
  return `Đang cập nhật: đã xử lý ${done} dòng danh sách sau ${state.runs} lần chạy (bắt đầu lúc ${since}). Số liệu bên dưới là của lần cập nhật trước.`;
}
