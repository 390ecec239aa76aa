import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells/values';
import { DEFAULT_PACE, needsRead, readPace } from '../../../src/core/rollup/resume';
import { record, workbookEntry } from '../../fixtures/rollup-communes';

describe('readPace (the reads-per-minute cell)', () => {
  it.each<[Cell, number]>([
    [120, 120],
    ['120', 120],
    [' 90 ', 90],
    // Typed as text in a vi-VN sheet: dots group thousands, so "1.000" is a thousand, not 1.
    ['1.000', 1000],
  ])('%j is %d', (cell, pace) => expect(readPace(cell)).toBe(pace));

  it.each<Cell>(['', null, 0, -5, 2.5, '2,5', 'nhanh', '6 0', '1e3', '0x10', true])('%j falls back to the default', (cell) => {
    expect(readPace(cell)).toBe(DEFAULT_PACE);
  });
});

describe('needsRead at the start of an update', () => {
  // 10/01/2026 08:00: the 2025 dossiers are not final before 01/03/2026 (TT25 Điều 9), so a
  // record of 2025 read before the update would be read again.
  const startedAt = new Date(2026, 0, 10, 8, 0).getTime();
  const now = startedAt + 5 * 60_000;
  const marked = { ...workbookEntry(2, 'Xã Hòa An', 2025), reread: true };

  it('a record read at the very moment the update started belongs to it: not read twice, even marked "Đọc lại"', () => {
    expect(needsRead(marked, record({ row: 2, commune: 'Xã Hòa An', year: 2025, readAt: startedAt }), startedAt, now)).toBe(false);
  });

  it('a record read a millisecond before the update started is read again when marked', () => {
    expect(needsRead(marked, record({ row: 2, commune: 'Xã Hòa An', year: 2025, readAt: startedAt - 1 }), startedAt, now)).toBe(true);
  });
});
