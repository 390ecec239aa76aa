/**
 * Every outcome of one run of "Cập nhật tổng hợp" (src/rollup/update.ts) that is not a plain
 * success, pinned whole: the kind, the Vietnamese message, the status line on "Thống kê" (a
 * trigger's run has nobody else to tell), the trigger left behind, and the lock released.
 * Messages typed by hand from what the officer must be told.
 */
import { describe, expect, it } from 'vitest';
import { runUpdate } from '../../src/rollup/update';
import { STORE_SHEET } from '../../src/rollup/store';
import { TT25_VALUES, communeWorkbook } from '../fixtures/rollup-communes';
import { fakeId, harness, sheetLink } from './harness';

const OLD_FIGURES = 'Số liệu bên dưới là của lần cập nhật trước.';
const STATE_KEY = 'CDHT_TONG_HOP_TIEN_DO';

/** Three 2025 workbooks that read well. */
function threeCommunes(latencyMs = 2_000) {
  const h = harness(latencyMs);
  const names = ['Xã Hòa An', 'Xã Bình Minh', 'Xã Cát Tiên'];
  for (const [i, commune] of names.entries()) h.workbook(fakeId(i), communeWorkbook({ commune, year: 2025, values: TT25_VALUES.MD1 }));
  h.register(names.map((commune, i) => [commune, 2025, sheetLink(fakeId(i))]));
  return h;
}

const statusLine = (h: ReturnType<typeof harness>) => h.spreadsheet.sheet('Thống kê').values()[0][0];
const triggers = (h: ReturnType<typeof harness>) => h.script.triggers.map((t) => [t.getHandlerFunction(), t.afterMs]);

/** The Spreadsheet service failing on its `at`-th getSheetByName (1-based) and that one only, with `error`. */
function failOnce(h: ReturnType<typeof harness>, at: number, error: unknown) {
  const original = h.spreadsheet.getSheetByName.bind(h.spreadsheet);
  let uses = 0;
  h.spreadsheet.getSheetByName = (name: string) => {
    if (++uses === at) throw error;
    return original(name);
  };
}

describe('Cập nhật tổng hợp: what each kind of stop tells the officer', () => {
  it('no register sheet: set up first; nothing read, nothing stored', () => {
    const h = harness();
    expect(runUpdate(h.services, 'start')).toEqual({ kind: 'no_register', message: 'Chưa có trang "Danh sách xã": hãy chạy CĐHT Tổng hợp › Thiết lập bảng tổng hợp.' });
    expect([h.urlFetch.batches.length, h.properties.getProperty(STATE_KEY), h.lock.held]).toEqual([0, null, false]);
  });

  it('"Tiếp tục" with no update under way: says how to start one, reads nothing', () => {
    const h = threeCommunes();
    expect(runUpdate(h.services, 'continue')).toEqual({ kind: 'nothing', message: 'Không có lượt cập nhật nào đang dở: bấm CĐHT Tổng hợp › Cập nhật tổng hợp để cập nhật.' });
    expect([h.urlFetch.batches.length, h.properties.getProperty(STATE_KEY), h.lock.held]).toEqual([0, null, false]);
  });

  it('the login refused (401): the update stops, says why on the status line, schedules nothing', () => {
    const h = threeCommunes();
    h.api.files.set(fakeId(1), { kind: 'error', code: 401, status: 'UNAUTHENTICATED', message: 'Request had invalid authentication credentials.' });
    const message = 'Google không chấp nhận phiên đăng nhập của tiện ích (lỗi 401): hãy đóng và mở lại bảng tổng hợp rồi chạy lại.';
    expect(runUpdate(h.services, 'start')).toEqual({ kind: 'fatal', message });
    expect(statusLine(h)).toBe(`Cập nhật tổng hợp đã dừng: ${message} ${OLD_FIGURES}`);
    expect(triggers(h)).toEqual([]);
    expect(h.lock.held).toBe(false);
    expect(JSON.parse(h.properties.getProperty(STATE_KEY) ?? 'null')).toMatchObject({ runs: 1, read: 0, left: 3 });
  });

  it('out of time with rows left, Apps Script refusing the trigger: how far, and the button to press', () => {
    // Each batch of two takes 160 s: a second one would end after the 5-minute line.
    const h = threeCommunes(160_000);
    h.script.refuseTriggers = true;
    const outcome = runUpdate(h.services, 'start', { batchSize: 2 });
    const message = 'Đang cập nhật: đã đọc 2/3 xã, còn khoảng 1 phút. Apps Script giới hạn mỗi lượt chạy 6 phút. Hãy bấm CĐHT Tổng hợp › Tiếp tục cập nhật để chạy tiếp.';
    expect([outcome.kind, outcome.message]).toEqual(['paused', message]);
    expect(h.spreadsheet.toasts).toEqual([message]);
    expect(statusLine(h)).toBe(`Đang cập nhật: đã đọc 2/3 xã, còn khoảng 1 phút (bắt đầu lúc 08:00 ngày 15/01/2026, 1 lần chạy). ${OLD_FIGURES}`);
    expect(h.urlFetch.batches.map((b) => b.length)).toEqual([2]);
    expect(JSON.parse(h.properties.getProperty(STATE_KEY) ?? 'null')).toEqual({ startedAt: new Date(2026, 0, 15, 8, 0).getTime(), runs: 1, read: 2, attempts: {}, left: 1, pace: 60, failedRuns: 0 });
  });

  it('all read but too late to write the sheets: the next run writes them, reading nothing again', () => {
    const h = threeCommunes(250_000);
    const outcome = runUpdate(h.services, 'start');
    expect([outcome.kind, outcome.message]).toEqual([
      'paused',
      'Đang cập nhật: đã đọc 3/3 xã, còn khoảng 0 phút. Apps Script giới hạn mỗi lượt chạy 6 phút. Lượt tiếp theo tự chạy sau khoảng 1 phút; cũng có thể bấm CĐHT Tổng hợp › Tiếp tục cập nhật.',
    ]);
    expect(triggers(h)).toEqual([['continueUpdate', 60_000]]);
    h.clock.advance(60_000);
    const next = runUpdate(h.services, 'continue');
    expect([next.kind, next.message]).toEqual(['done', 'Đã cập nhật tổng hợp (đọc 3 bảng tính): 3 dòng danh sách, tất cả đều đọc được.']);
    expect(h.urlFetch.batches).toHaveLength(1);
    expect(triggers(h)).toEqual([]);
  });

  it('an error before anything was saved: nothing read, start again; the reason gets its full stop', () => {
    const h = threeCommunes();
    failOnce(h, 1, new Error('Service Spreadsheets timed out while accessing document with id 1abc'));
    const message = `Cập nhật tổng hợp bị gián đoạn vì lỗi: Service Spreadsheets timed out while accessing document with id 1abc. Chưa đọc bảng tính nào; hãy bấm CĐHT Tổng hợp › Cập nhật tổng hợp để thử lại. ${OLD_FIGURES}`;
    expect(runUpdate(h.services, 'start')).toEqual({ kind: 'error', message });
    expect(statusLine(h)).toBe(message);
    expect([triggers(h), h.properties.getProperty(STATE_KEY), h.lock.held]).toEqual([[], null, false]);
  });

  it('an error after the state was saved but before the rows were listed: how many read, and the run goes on by itself', () => {
    const h = threeCommunes();
    // getSheetByName: the register (1), then the store (2) fails.
    failOnce(h, 2, 'Hết hạn mức!');
    const message = `Cập nhật tổng hợp bị gián đoạn vì lỗi: Hết hạn mức! Đã đọc 0 bảng tính; lượt tiếp theo tự chạy sau khoảng 1 phút và tiếp tục từ chỗ này (cũng có thể bấm CĐHT Tổng hợp › Tiếp tục cập nhật). ${OLD_FIGURES}`;
    expect(runUpdate(h.services, 'start')).toEqual({ kind: 'error', message });
    expect(statusLine(h)).toBe(message);
    expect(triggers(h)).toEqual([['continueUpdate', 60_000]]);
    expect(JSON.parse(h.properties.getProperty(STATE_KEY) ?? 'null')).toMatchObject({ runs: 1, read: 0, failedRuns: 1, error: 'Hết hạn mức!' });
    h.clock.advance(60_000);
    expect(runUpdate(h.services, 'continue').kind).toBe('done');
    expect(h.spreadsheet.sheet(STORE_SHEET).getLastRow()).toBe(4);
  });
});

describe('Cập nhật tổng hợp in a trigger whose register sheet was renamed meanwhile', () => {
  it('the status line says the update stopped and why, not that the next run goes on by itself', () => {
    const h = threeCommunes(160_000);
    expect(runUpdate(h.services, 'start', { batchSize: 2 }).kind).toBe('paused');
    expect(triggers(h)).toEqual([['continueUpdate', 60_000]]);
    h.spreadsheet.sheet('Danh sách xã').setName('Danh sách xã 2026');
    h.clock.advance(60_000);
    const message = 'Chưa có trang "Danh sách xã": hãy chạy CĐHT Tổng hợp › Thiết lập bảng tổng hợp.';
    expect(runUpdate(h.services, 'continue')).toEqual({ kind: 'no_register', message });
    expect(statusLine(h)).toBe(`Cập nhật tổng hợp đã dừng: ${message} ${OLD_FIGURES}`);
  });
});
