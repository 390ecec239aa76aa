/**
 * The resume rules (src/core/rollup/resume.ts) and the sidebar's progress (progress.ts) as tables:
 * which rows an update reads, the pacing, the time limits at their edges, the status line and the
 * saved state. Expected values worked out by hand from the quotas (60 reads a minute, 6-minute runs)
 * and TT25 Điều 9 (2025's dossiers are final from 01/03/2026).
 */
import { describe, expect, it } from 'vitest';
import { canStartBatch, canWriteSheets, minutesLeft, needsRead, newState, parseState, progressText, waitBeforeSending, type UpdateState } from '../../../src/core/rollup/resume';
import { updateProgress } from '../../../src/core/rollup/progress';
import type { CommuneRecord } from '../../../src/core/rollup/record';
import { record, workbookEntry } from '../../fixtures/rollup-communes';

const STARTED = new Date(2026, 0, 10, 8, 0).getTime();
const OPEN = STARTED + 60_000; // 2025 not final yet
const FINAL = new Date(2026, 2, 1, 0, 0).getTime(); // 2025 final from 01/03/2026

describe('needsRead: each rule', () => {
  const entry = workbookEntry(2, 'Xã A', 2025);
  const kept = (fields: Partial<CommuneRecord>) => record({ row: 2, commune: 'Xã A', year: 2025, ...fields });
  const before = STARTED - 1;
  it.each<[string, Parameters<typeof needsRead>, boolean]>([
    ['a typed result is never read', [{ ...entry, source: { kind: 'manual', rulesetId: 'TT25', rating: 'Mức độ 1' } }, undefined, STARTED, OPEN], false],
    ['a register error is never read', [{ ...entry, source: { kind: 'invalid', reason: 'x' } }, undefined, STARTED, OPEN], false],
    ['never read', [entry, undefined, STARTED, OPEN], true],
    ['kept without a time', [entry, kept({}), STARTED, OPEN], true],
    ['read by this update', [entry, kept({ readAt: STARTED }), STARTED, OPEN], false],
    ['read before, year still open, nothing asks', [entry, kept({ readAt: before }), STARTED, OPEN], false],
    ['read before, marked "Đọc lại"', [{ ...entry, reread: true }, kept({ readAt: before }), STARTED, OPEN], true],
    ['refused by the quota, even once final', [entry, kept({ readAt: before, status: 'failed', failure: 'quota' }), FINAL + 1, FINAL + 2], true],
    ['a network failure, even once final', [entry, kept({ readAt: before, status: 'failed', failure: 'network' }), FINAL + 1, FINAL + 2], true],
    ['no access while the year is open', [entry, kept({ readAt: before, status: 'failed', failure: 'no_access' }), STARTED, OPEN], true],
    ['no access after the deadline, failed after it too', [entry, kept({ readAt: FINAL, status: 'failed', failure: 'no_access' }), FINAL + 1, FINAL + 2], false],
    ['read while open, final now: once more', [entry, kept({ readAt: before }), FINAL, FINAL + 1], true],
    ['read once final: kept', [entry, kept({ readAt: FINAL }), FINAL + 1, FINAL + 2], false],
  ])('%s', (_what, args, read) => {
    expect(needsRead(...args)).toBe(read);
  });
});

describe('pacing and time limits', () => {
  it.each<[number[], number, number, number, number]>([
    // sentAt, now, count, perMinute → wait
    [[], 0, 20, 60, 0],
    [[0, 0, 0], 1_000, 57, 60, 0],
    [[0, 0, 0], 1_000, 58, 60, 59_000],
    [[0, 10_000, 20_000], 30_000, 59, 60, 40_000],
    [[0, 10_000, 20_000], 30_000, 60, 60, 50_000],
    // Requests older than a minute no longer count.
    [[0, 10_000], 60_001, 59, 60, 0],
    [[0, 10_000], 60_001, 60, 60, 9_999],
    [[0, 10_000], 70_001, 60, 60, 0],
    // Times given in any order: the wait is for the second oldest (10 s) to be a minute old.
    [[20_000, 0, 10_000], 30_000, 59, 60, 40_000],
  ])('waitBeforeSending(%j, %i, %i, %i) = %i', (sentAt, now, count, perMinute, wait) => {
    expect(waitBeforeSending(sentAt, now, count, perMinute)).toBe(wait);
  });

  it('a batch starts only if, as slow as the slowest (at least 30 s), it ends by 5 minutes', () => {
    expect([canStartBatch(270_000, 0), canStartBatch(270_001, 0), canStartBatch(200_000, 100_000), canStartBatch(200_001, 100_000)]).toEqual([true, false, true, false]);
  });

  it('the sheets are written only up to 4 minutes into a run', () => {
    expect([canWriteSheets(240_000), canWriteSheets(240_001)]).toEqual([true, false]);
  });

  it('minutes left: reads at the pace, 5 of every 6 minutes, rounded up', () => {
    expect([minutesLeft(0, 60), minutesLeft(1, 60), minutesLeft(50, 60), minutesLeft(51, 60), minutesLeft(3_300, 60), minutesLeft(100, 300)]).toEqual([0, 1, 1, 2, 66, 1]);
  });
});

describe('the saved state and the status line', () => {
  const state: UpdateState = { ...newState(new Date(2026, 0, 15, 7, 5).getTime()), runs: 3, read: 1_240, attempts: {} };

  it('a fresh state', () => {
    expect(newState(123)).toEqual({ startedAt: 123, runs: 0, read: 0, attempts: {} });
  });

  it('reads back only a state', () => {
    expect(parseState(JSON.stringify(state))).toEqual(state);
    for (const text of [
      null,
      '',
      'không phải JSON',
      'null',
      '{"startedAt":1,"read":1.5,"attempts":{}}',
      '{"startedAt":"1","read":1,"attempts":{}}',
      '{"startedAt":1,"read":1,"attempts":null}',
      '{"startedAt":1,"read":1}',
    ]) {
      expect(parseState(text), String(text)).toBeNull();
    }
  });

  it('how far, the thousands the vi-VN way, when it began and how many runs', () => {
    expect(progressText(state, 2_060, 60)).toBe(
      'Đang cập nhật: đã đọc 1.240/3.300 xã, còn khoảng 42 phút (bắt đầu lúc 07:05 ngày 15/01/2026, 3 lần chạy). Số liệu bên dưới là của lần cập nhật trước.',
    );
  });

  it('the sidebar’s progress: none under way, under way with and without the rows listed', () => {
    expect(updateProgress(null, 'Cập nhật lúc …', 90)).toEqual({ underWay: false, read: 0, total: null, minutesLeft: null, pace: 90, runs: 0, started: '', error: '', status: 'Cập nhật lúc …' });
    expect(updateProgress({ ...state, left: 2_060, pace: 120, error: 'Hết giờ.' }, 'Đang cập nhật', 90)).toEqual({
      underWay: true,
      read: 1_240,
      total: 3_300,
      minutesLeft: 21,
      pace: 120,
      runs: 3,
      started: '07:05 ngày 15/01/2026',
      error: 'Hết giờ.',
      status: 'Đang cập nhật',
    });
    expect(updateProgress(state, 'Đang cập nhật')).toEqual({
      underWay: true,
      read: 1_240,
      total: null,
      minutesLeft: null,
      pace: 60,
      runs: 3,
      started: '07:05 ngày 15/01/2026',
      error: '',
      status: 'Đang cập nhật',
    });
  });
});
