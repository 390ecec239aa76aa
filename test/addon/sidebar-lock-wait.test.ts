/**
 * How long "Lưu" waits for another member's save: 10 seconds, then it says so and writes nothing.
 * A save holds the document lock for one read and a few writes, well under that; a longer wait
 * would leave the sidebar showing "Đang lưu…" with no word of why (Apps Script reference,
 * Lock.tryLock(timeoutInMillis)).
 */
import { describe, expect, it } from 'vitest';
import { saveSidebarChanges } from '../../src/addon/sidebar';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { FakeLock } from '../fakes/lock';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

const request = { overwrite: false, changes: [{ code: 'TC1.1', field: 'value' as const, before: '', after: 'Đạt' }] };

describe('the lock "Lưu" waits for', () => {
  it('is asked for once, for at most 10 seconds, and released', () => {
    const ss = new FakeSpreadsheet();
    setupWorkbook(ss, fakeFactories(ss.log), new Date(2026, 0, 15));
    const lock = new FakeLock();
    saveSidebarChanges(ss, lock, () => {}, request);
    expect([lock.waits, lock.acquired, lock.released]).toEqual([[10_000], 1, 1]);
  });

  it('held by another save: after 10 seconds, a Vietnamese message and nothing written', () => {
    const ss = new FakeSpreadsheet();
    setupWorkbook(ss, fakeFactories(ss.log), new Date(2026, 0, 15));
    ss.log.reset();
    const lock = new FakeLock(true);
    expect(() => saveSidebarChanges(ss, lock, () => {}, request)).toThrow('Một thành viên khác đang lưu vào bảng tính. Vui lòng bấm "Lưu" lại sau ít giây.');
    expect([lock.waits, ss.log.count('Range.setValue'), lock.released]).toEqual([[10_000], 0, 0]);
  });
});
