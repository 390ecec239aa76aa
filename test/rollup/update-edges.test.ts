/** Edges of an update (src/rollup/update.ts): marks cleared across runs, batches no larger than the pace, moved rows. */
import { describe, expect, it } from 'vitest';
import { runUpdate } from '../../src/rollup/update';
import { STORE_SHEET } from '../../src/rollup/store';
import { reasonText } from '../../src/core/rollup/record';
import { TT25_VALUES, communeWorkbook } from '../fixtures/rollup-communes';
import { fakeId, harness, sheetLink } from './harness';

describe('an update over several runs clears the marks of every row it read', () => {
  it('including the row read in the very millisecond the update started', () => {
    // No latency: the first batch is read at the update's start time exactly (readAt = startedAt).
    const h = harness(0);
    const rows = Array.from({ length: 7 }, (_, i) => {
      h.workbook(fakeId(i), communeWorkbook({ commune: `Xã Số ${i + 1}`, year: 2025, values: TT25_VALUES.MD1 }));
      return [`Xã Số ${i + 1}`, 2025, sheetLink(fakeId(i)), '', '', 'Đọc lại'];
    });
    const register = h.register(rows);
    // One read a minute: the first run reads rows 2–6 (at 0, 1, 2, 3 and 4 minutes) and stops before 5 minutes.
    const first = runUpdate(h.services, 'start', { readsPerMinute: 1, batchSize: 1 });
    expect(first.kind).toBe('paused');
    h.clock.advance(60_000);
    const second = runUpdate(h.services, 'continue', { readsPerMinute: 1, batchSize: 1 });
    expect(second.kind).toBe('done');
    expect(register.getRange(2, 6, 7, 1).getValues()).toEqual([[''], [''], [''], [''], [''], [''], ['']]);
  });
});

describe('a pace below the batch size', () => {
  it("sends no more requests in one batch, nor in any minute, than the register's pace allows", () => {
    const h = harness(0);
    const rows = Array.from({ length: 12 }, (_, i) => {
      h.workbook(fakeId(i), communeWorkbook({ commune: `Xã Số ${i + 1}`, year: 2025, values: TT25_VALUES.MD1 }));
      return [`Xã Số ${i + 1}`, 2025, sheetLink(fakeId(i))];
    });
    const register = h.register(rows);
    // The pace cell (I1), beside the header: 5 workbooks a minute, fewer than a batch of 20.
    register.getRange(1, 9, 1, 1).setValues([[5]]);
    expect(runUpdate(h.services, 'start').kind).toBe('done');
    // 12 reads at 5 a minute: 5 at once, 5 a minute later, the last 2 a minute after that.
    expect(h.urlFetch.batches.map((b) => b.length)).toEqual([5, 5, 2]);
    expect(h.clock.sleeps).toEqual([60_000, 60_000]);
  });
});

describe('a register row that moved', () => {
  it('is shown on its new row from the kept record, without being read again', () => {
    const h = harness(0);
    h.workbook(fakeId(1), communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD1 }));
    h.workbook(fakeId(2), communeWorkbook({ commune: 'Xã Bình Minh', year: 2025, values: TT25_VALUES.MD2 }));
    const register = h.register([
      ['Xã Hòa An', 2025, sheetLink(fakeId(1))],
      ['Xã Bình Minh', 2025, sheetLink(fakeId(2))],
    ]);
    expect(runUpdate(h.services, 'start').kind).toBe('done');
    h.clock.advance(60_000);
    register.insertRowBefore(2);
    const asked = h.api.asked.length;
    const again = runUpdate(h.services, 'start');
    if (again.kind !== 'done') throw new Error(again.message);
    expect(h.api.asked.slice(asked)).toEqual([]);
    expect(again.rollUp.records.map((r) => [r.row, r.commune, r.rating])).toEqual([
      [3, 'Xã Hòa An', 'Mức độ 1'],
      [4, 'Xã Bình Minh', 'Mức độ 2'],
    ]);
  });
});

describe('two register rows asking for the same workbook', () => {
  it('keep one record in the store, and the second row is named as the first one’s duplicate', () => {
    const h = harness(0);
    h.workbook(fakeId(1), communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD1 }));
    h.register([
      ['Xã Hòa An', 2025, sheetLink(fakeId(1))],
      ['Xã Hòa An', 2025, sheetLink(fakeId(1))],
    ]);
    const outcome = runUpdate(h.services, 'start');
    if (outcome.kind !== 'done') throw new Error(outcome.message);
    // One key for both rows: had the second row's record been kept too, the store would hold the key twice.
    expect(
      h.spreadsheet
        .sheet(STORE_SHEET)
        .values()
        .map((row) => row[0]),
    ).toEqual(['Khóa dòng danh sách', `xã hòa an|2025|workbook|${fakeId(1)}`]);
    expect(outcome.rollUp.records.map((r) => [r.row, r.rating ?? reasonText(r)])).toEqual([
      [2, 'Mức độ 1'],
      [3, 'Lỗi ở dòng danh sách: Trùng với dòng 2: cùng tên xã và năm 2025.'],
    ]);
  });
});

describe('a register someone emptied entirely, its header too', () => {
  it('an update finds no row and rolls up nothing, without an error', () => {
    const h = harness(0);
    h.register([['Xã Hòa An', 2025, sheetLink(fakeId(1))]]).clear();
    const outcome = runUpdate(h.services, 'start');
    if (outcome.kind !== 'done') throw new Error(outcome.message);
    expect([outcome.rollUp.records, h.api.asked]).toEqual([[], []]);
  });
});

describe('"Cập nhật tổng hợp" pressed again while an update is paused', () => {
  it('starts a new update: the rows already read are kept, the count and the runs start from nought', () => {
    const h = harness(0);
    const rows = Array.from({ length: 7 }, (_, i) => {
      h.workbook(fakeId(i), communeWorkbook({ commune: `Xã Số ${i + 1}`, year: 2025, values: TT25_VALUES.MD1 }));
      return [`Xã Số ${i + 1}`, 2025, sheetLink(fakeId(i))];
    });
    h.register(rows);
    // One read a minute: the first run reads rows 2–6 and stops before 5 minutes, 2 rows left.
    expect(runUpdate(h.services, 'start', { readsPerMinute: 1, batchSize: 1 }).kind).toBe('paused');
    h.clock.advance(60_000);
    // "Cập nhật" rather than "Tiếp tục": a new update, which still reads only the 2 rows never read.
    const again = runUpdate(h.services, 'start', { readsPerMinute: 1, batchSize: 1 });
    expect(again).toMatchObject({ kind: 'done', reads: 2 });
    expect(again.message).toBe('Đã cập nhật tổng hợp (đọc 2 bảng tính): 7 dòng danh sách, tất cả đều đọc được.');
    expect(h.api.asked).toHaveLength(7);
  });
});

describe('a network failure on every try', () => {
  it('fails the rows after three tries, each a minute apart, naming the network and Google’s words', () => {
    const h = harness(0);
    h.workbook(fakeId(1), communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD1 }));
    h.register([['Xã Hòa An', 2025, sheetLink(fakeId(1))]]);
    for (const batch of [0, 1, 2]) h.urlFetch.failBatches.add(batch);
    const outcome = runUpdate(h.services, 'start');
    expect(outcome.kind).toBe('done');
    expect(h.urlFetch.batches).toHaveLength(3);
    expect(h.clock.sleeps).toEqual([60_000, 60_000]);
    if (outcome.kind !== 'done') return;
    expect(outcome.rollUp.records.map((r) => [r.row, r.status, r.failure, r.reason])).toEqual([
      [2, 'failed', 'network', 'Không kết nối được Google Sheets (Address unavailable: https://sheets.googleapis.com).'],
    ]);
  });
});

describe('slow batches', () => {
  it('a batch starts only if it can end, as slow as the slowest so far, before 5 minutes', () => {
    // Each fetchAll takes 45 s: batches start at 0, 45, 90, 135, 180 and 225 s. The one due at
    // 270 s would end at 315 s, past the 5-minute line (the 30 s assumed of a first batch would fit).
    const h = harness(45_000);
    const rows = Array.from({ length: 10 }, (_, i) => {
      h.workbook(fakeId(i), communeWorkbook({ commune: `Xã Số ${i + 1}`, year: 2025, values: TT25_VALUES.MD1 }));
      return [`Xã Số ${i + 1}`, 2025, sheetLink(fakeId(i))];
    });
    h.register(rows);
    const outcome = runUpdate(h.services, 'start', { readsPerMinute: Infinity, batchSize: 1 });
    expect(outcome.kind).toBe('paused');
    expect(h.urlFetch.batches).toHaveLength(6);
    expect(h.clock.time - new Date(2026, 0, 15, 8, 0).getTime()).toBe(270_000);
  });
});
