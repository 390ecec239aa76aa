import { describe, expect, it } from 'vitest';
import { STORE_SHEET, readRecords } from '../../src/rollup/store';
import { CONTINUE_HANDLER, readProgress, runUpdate, type UpdateOutcome } from '../../src/rollup/update';
import { scriptRunTransfer } from '../fakes/script-run';
import { asCounted } from '../../src/core/rollup/duplicates';
import { rollUp } from '../../src/core/rollup/rollup';
import { REGISTER_SHEET } from '../../src/core/rollup/register';
import { STATE_KEY } from '../../src/core/rollup/resume';
import { GENERATED_SHEETS } from '../../src/core/rollup/sheets';
import type { Cell } from '../../src/core/cells/values';
import { NAMES } from '../../src/core/workbook/names';
import { TT25_VALUES, TT44_VALUES, communeWorkbook } from '../fixtures/rollup-communes';
import { fakeId, harness, sheetLink } from './harness';

const done = (outcome: UpdateOutcome) => {
  if (outcome.kind !== 'done') throw new Error(`expected done, got ${outcome.kind}: ${outcome.message}`);
  return outcome;
};

/**
 * One district, every way a row can go: readable workbooks of both rulesets, no access (403),
 * gone (404), not a CĐHT workbook, a missing named range, an older template, a quota refusal
 * that clears on the second try and one that never does, a labelled link, a typed result and a
 * row without a name.
 */
function mixedDistrict() {
  const h = harness();
  const A = fakeId('hoa-an');
  h.workbook(A, communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD1 }));
  h.workbook(fakeId('binh-minh'), communeWorkbook({ commune: 'Xã Bình Minh', year: 2025, values: TT25_VALUES.MD2 }));
  h.api.files.set(fakeId('cat-tien'), { kind: 'error', code: 403, status: 'PERMISSION_DENIED', message: 'The caller does not have permission' });
  const notCdht = communeWorkbook({ commune: 'Xã Eo Gió', year: 2025 });
  delete notCdht[NAMES.info];
  h.workbook(fakeId('eo-gio'), notCdht);
  const noIndicators = communeWorkbook({ commune: 'Xã Gò Nổi', year: 2025 });
  delete noIndicators[NAMES.indicators];
  h.workbook(fakeId('go-noi'), noIndicators);
  h.workbook(fakeId('ha-tien'), communeWorkbook({ commune: 'Xã Hà Tiên', year: 2025, version: 0 }));
  h.workbook(fakeId('ich-thanh'), communeWorkbook({ commune: 'Xã Ích Thạnh', year: 2025, values: TT25_VALUES.FAIL }), 1);
  h.workbook(fakeId('kim-son'), communeWorkbook({ commune: 'Xã Kim Sơn', year: 2025 }), 99);
  h.workbook(fakeId('long-hai'), communeWorkbook({ commune: 'Xã Long Hải', year: 2025, values: TT25_VALUES.INCOMPLETE }));
  h.workbook(fakeId('hoa-an-2019'), communeWorkbook({ commune: 'Xã Hòa An', year: 2019, rulesetId: 'TT44', values: TT44_VALUES.KHA }));
  const register = h.register([
    ['Xã Hòa An', 2025, sheetLink(A)],
    ['Xã Bình Minh', 2025, sheetLink(fakeId('binh-minh'))],
    ['Xã Cát Tiên', 2025, sheetLink(fakeId('cat-tien'))],
    ['Xã Đông Sơn', 2025, sheetLink(fakeId('dong-son'))],
    ['Xã Eo Gió', 2025, sheetLink(fakeId('eo-gio'))],
    ['Xã Gò Nổi', 2025, sheetLink(fakeId('go-noi'))],
    ['Xã Hà Tiên', 2025, sheetLink(fakeId('ha-tien'))],
    ['Xã Ích Thạnh', 2025, sheetLink(fakeId('ich-thanh'))],
    ['Xã Kim Sơn', 2025, sheetLink(fakeId('kim-son'))],
    ['Xã Long Hải', 2025, 'Bảng tính xã Long Hải'],
    ['Xã Mỹ Lộc', 2025, '', 'Mức độ 1'],
    ['', 2025, sheetLink(fakeId('khong-ten'))],
    ['Xã Hòa An', 2019, sheetLink(fakeId('hoa-an-2019'))],
  ]);
  register.setLink(11, 3, sheetLink(fakeId('long-hai')));
  return h;
}

describe('Cập nhật tổng hợp: a mixed district in one run', () => {
  const h = mixedDistrict();
  const contents = () => JSON.stringify([...h.api.files].map(([id, file]) => [id, file.kind === 'workbook' ? file.ranges : file]));
  const filesBefore = contents();
  const outcome = done(runUpdate(h.services, 'start'));
  const communes = h.spreadsheet.sheet(GENERATED_SHEETS.communes).values();
  const byRow = (row: number) => communes.find((r) => r[0] === row) ?? [];
  const status = (row: number) => [byRow(row)[4], byRow(row)[8], String(byRow(row)[9]).split(':')[0]];

  it('lists every register row with its result, or why it could not be read', () => {
    expect(communes).toHaveLength(14);
    expect(status(2)).toEqual(['Mức độ 1', 'Đã đọc', '']);
    expect(status(3)).toEqual(['Mức độ 2', 'Đã đọc', '']);
    expect(status(4)).toEqual(['', 'Không đọc được', 'Không có quyền xem']);
    expect(status(5)).toEqual(['', 'Không đọc được', 'Không tìm thấy bảng tính']);
    expect(status(6)).toEqual(['', 'Không đọc được', 'Không phải bảng tính CĐHT']);
    expect(status(7)).toEqual(['', 'Không đọc được', 'Thiếu dữ liệu']);
    expect(status(8)).toEqual(['', 'Không đọc được', 'Mẫu bảng tính cũ']);
    expect(status(9)).toEqual(['Chưa đạt', 'Đã đọc', '']);
    expect(status(10)).toEqual(['', 'Không đọc được', 'Google tạm giới hạn số lần đọc']);
    expect(status(11)).toEqual(['Không xếp loại', 'Đã đọc', 'Chưa đủ dữ liệu']);
    expect(status(12)).toEqual(['Mức độ 1', 'Nhập tay', '']);
    expect(status(13)).toEqual(['', 'Không đọc được', 'Lỗi ở dòng danh sách']);
    expect(status(14)).toEqual(['Khá', 'Đã đọc', '']);
    expect(byRow(2).slice(1, 8)).toEqual(['Xã Hòa An', 2025, 'TT25', 'Mức độ 1', '15/15 chỉ tiêu đạt Mức độ 1', 'Mức độ 2: TC4, TC5', sheetLink(fakeId('hoa-an'))]);
    expect(byRow(11)[7]).toBe(sheetLink(fakeId('long-hai')));
  });

  it('counts the results per year', () => {
    const tt25 = outcome.rollUp.rulesets.find((s) => s.ruleset.id === 'TT25');
    expect(tt25?.years).toEqual([{ year: 2025, total: 5, counts: [1, 2, 1, 1] }]);
    expect(outcome.rollUp.coverage).toEqual([
      { year: 2019, listed: 1, read: 1, manual: 0, failed: 0 },
      { year: 2025, listed: 12, read: 4, manual: 1, failed: 7 },
    ]);
  });

  it('reads 11 workbooks in one fetchAll, then retries the two refused ones a minute later', () => {
    expect(h.urlFetch.batches.map((b) => b.length)).toEqual([11, 2, 1]);
    // Ích Thạnh answered the second time; Kim Sơn was refused three times, then listed.
    expect(h.api.asked.filter((id) => id === fakeId('kim-son'))).toHaveLength(3);
    // A refusal means the quota is spent: the next batch waits a minute after the batch ends.
    expect(h.clock.sleeps).toEqual([60_000, 60_000]);
  });

  it('only reads the commune workbooks', () => {
    expect(h.urlFetch.requests.every((r) => r.method === 'get' && r.url.includes('/values:batchGet?'))).toBe(true);
    expect(contents()).toBe(filesBefore);
  });

  it('leaves no state, no trigger, and the final records in the store for the summary report', () => {
    expect(h.properties.getProperty(STATE_KEY)).toBeNull();
    expect(h.script.triggers).toEqual([]);
    // One record per register row (13), under the header.
    expect(h.spreadsheet.sheet(STORE_SHEET).getLastRow()).toBe(14);
    expect(h.spreadsheet.sheet(STORE_SHEET).hidden).toBe(true);
    expect(h.lock.held).toBe(false);
    expect(h.spreadsheet.toasts.at(-1)).toBe('Đã cập nhật tổng hợp (đọc 11 bảng tính): 13 dòng danh sách, 7 dòng không đọc được (xem lý do ở trang "Kết quả các xã").');
  });

  it('draws one chart per ruleset, and replaces them on the next update', () => {
    const stats = h.spreadsheet.sheet(GENERATED_SHEETS.statistics);
    expect(stats.charts.map((c) => c.title)).toEqual(['Số xã theo kết quả (TT44)', 'Số xã theo kết quả (TT25)']);
    done(runUpdate(h.services, 'start'));
    expect(stats.charts).toHaveLength(2);
  });

  it('writes each generated sheet with one setValues', () => {
    const again = mixedDistrict();
    again.spreadsheet.log.reset();
    done(runUpdate(again.services, 'start'));
    for (const name of Object.values(GENERATED_SHEETS)) {
      const log = again.spreadsheet.log;
      expect(log.count('Range.setValues', name), name).toBe(1);
      expect(log.count('Sheet.clear', name), name).toBe(1);
    }
  });
});

/** 400 communes of 2025 (results cycling MĐ2, MĐ1, Chưa đạt, incomplete; every 37th refusing access). */
function largeProvince(latencyMs = 3_000) {
  const h = harness(latencyMs);
  const sets = [TT25_VALUES.MD2, TT25_VALUES.MD1, TT25_VALUES.FAIL, TT25_VALUES.INCOMPLETE];
  const rows: Cell[][] = [];
  for (let i = 0; i < 400; i++) {
    const commune = `Xã Số ${i + 1}`;
    if (i % 37 === 36) h.api.files.set(fakeId(i), { kind: 'error', code: 403, status: 'PERMISSION_DENIED', message: 'The caller does not have permission' });
    else h.workbook(fakeId(i), communeWorkbook({ commune, year: 2025, values: sets[i % 4] }));
    rows.push([commune, 2025, sheetLink(fakeId(i))]);
  }
  h.register(rows);
  return h;
}

describe('Cập nhật tổng hợp: 400 communes, resumed after the time limit', () => {
  const h = largeProvince();
  const first = runUpdate(h.services, 'start');

  it('stops before 5 minutes, having read what the quota allows, and saves its place', () => {
    // 60 reads a minute, 20 per batch of 3 s: batches start at 0, 3, 6 s of every minute. The
    // batch due at 5:00 would not end before the 5-minute line, so minutes 0–4 read 15 × 20.
    expect(first.kind).toBe('paused');
    expect(h.urlFetch.batches).toHaveLength(15);
    const state = JSON.parse(h.properties.getProperty(STATE_KEY) ?? '{}');
    expect(state).toMatchObject({ read: 300, runs: 1, attempts: {} });
    expect(h.urlFetch.batches.every((b) => b.length === 20)).toBe(true);
    expect(h.clock.time - new Date(2026, 0, 15, 8, 0).getTime()).toBeLessThanOrEqual(5 * 60_000);
    expect(h.spreadsheet.sheet(STORE_SHEET).getLastRow()).toBe(301);
  });

  it('schedules its own continuation and says how far it got', () => {
    expect(h.script.triggers.map((t) => [t.getHandlerFunction(), t.afterMs])).toEqual([[CONTINUE_HANDLER, 60_000]]);
    expect(h.spreadsheet.sheet(GENERATED_SHEETS.statistics).values()[0][0]).toBe(
      'Đang cập nhật: đã đọc 300/400 xã, còn khoảng 2 phút (bắt đầu lúc 08:00 ngày 15/01/2026, 1 lần chạy). Số liệu bên dưới là của lần cập nhật trước.',
    );
    expect(first.message).toBe(
      'Đang cập nhật: đã đọc 300/400 xã, còn khoảng 2 phút. Apps Script giới hạn mỗi lượt chạy 6 phút. Lượt tiếp theo tự chạy sau khoảng 1 phút; cũng có thể bấm CĐHT Tổng hợp › Tiếp tục cập nhật.',
    );
  });

  it('the next run continues where the first stopped and equals one uninterrupted run', () => {
    h.clock.advance(60_000);
    const second = done(runUpdate(h.services, 'continue'));
    expect(h.urlFetch.batches).toHaveLength(20);
    expect(new Set(h.api.asked).size).toBe(400);
    expect(h.api.asked).toHaveLength(400);
    expect(h.script.triggers).toEqual([]);

    const single = largeProvince(0);
    const once = done(runUpdate(single.services, 'start', { readsPerMinute: Infinity }));
    expect(single.urlFetch.batches).toHaveLength(20);
    // The same records but for when each workbook was read.
    const timeless = ({ records, ...rest }: typeof once.rollUp) => ({ ...rest, records: records.map(({ readAt, ...r }) => r) });
    expect(timeless(second.rollUp)).toEqual(timeless(once.rollUp));
    for (const name of [GENERATED_SHEETS.communes, GENERATED_SHEETS.criteria, GENERATED_SHEETS.changes]) {
      expect(h.spreadsheet.sheet(name).values(), name).toEqual(single.spreadsheet.sheet(name).values());
    }
    expect(h.spreadsheet.sheet(GENERATED_SHEETS.statistics).values().slice(1)).toEqual(single.spreadsheet.sheet(GENERATED_SHEETS.statistics).values().slice(1));
  });

  it('counts by hand: 10 of the 400 refuse access, the rest cycle through the four results', () => {
    const h2 = largeProvince(0);
    const outcome = done(runUpdate(h2.services, 'start', { readsPerMinute: Infinity }));
    // i % 37 === 36 for i = 36, 73, …, 369: 10 communes, with i % 4 = 0, 1, 2, 3, 0, 1, 2, 3, 0, 1.
    // Of 100 communes per result, MĐ2 and MĐ1 lose 3 each, Chưa đạt and incomplete lose 2 each.
    expect(outcome.rollUp.rulesets[0].years).toEqual([{ year: 2025, total: 390, counts: [97, 97, 98, 98] }]);
    expect(outcome.rollUp.coverage).toEqual([{ year: 2025, listed: 400, read: 390, manual: 0, failed: 10 }]);
  });
});

describe('Cập nhật tổng hợp: interruptions and refusals', () => {
  it('"Tiếp tục" with nothing under way says so and reads nothing', () => {
    const h = mixedDistrict();
    const outcome = runUpdate(h.services, 'continue');
    expect(outcome.kind).toBe('nothing');
    expect(h.urlFetch.batches).toHaveLength(0);
  });

  it('a row edited between runs is read again by the next run, and nothing else twice', () => {
    const h = largeProvince();
    expect(runUpdate(h.services, 'start').kind).toBe('paused');
    h.spreadsheet
      .sheet(REGISTER_SHEET)
      .getRange(2, 1, 1, 1)
      .setValues([['Xã Số 1 (đổi tên)']]);
    h.clock.advance(60_000);
    const second = done(runUpdate(h.services, 'continue'));
    expect(h.api.asked).toHaveLength(401);
    expect(h.api.asked.filter((id) => id === fakeId(0))).toHaveLength(2);
    expect(second.rollUp.records[0].commune).toBe('Xã Số 1 (đổi tên)');
    expect(h.spreadsheet.sheet(STORE_SHEET).getLastRow()).toBe(401);
  });

  it('asks for the button when Apps Script refuses the trigger', () => {
    const h = largeProvince();
    h.script.refuseTriggers = true;
    const outcome = runUpdate(h.services, 'start');
    expect(outcome.message).toMatch(/Hãy bấm CĐHT Tổng hợp › Tiếp tục cập nhật để chạy tiếp\.$/);
    h.clock.advance(60_000);
    expect(runUpdate(h.services, 'continue').kind).toBe('done');
  });

  it('another run holding the lock: nothing is read', () => {
    const h = mixedDistrict();
    h.lock.heldElsewhere = true;
    expect(runUpdate(h.services, 'start')).toEqual({ kind: 'busy', message: 'Đang có một lượt cập nhật khác chạy: hãy đợi lượt đó xong.' });
    expect(h.urlFetch.batches).toHaveLength(0);
  });

  it('the Sheets API switched off stops the run where it was; once on, it goes on', () => {
    const h = mixedDistrict();
    const respond = h.api.respond;
    let apiOff = true;
    (h.urlFetch as unknown as { respond: typeof respond }).respond = (request) =>
      apiOff
        ? { code: 403, body: JSON.stringify({ error: { code: 403, status: 'PERMISSION_DENIED', message: 'Google Sheets API has not been used in project 1234 before or it is disabled.' } }) }
        : respond(request);
    const outcome = runUpdate(h.services, 'start');
    expect(outcome.kind).toBe('fatal');
    expect(outcome.message).toContain('API Google Sheets chưa được bật');
    expect(h.spreadsheet.sheet(GENERATED_SHEETS.statistics).values()[0][0]).toMatch(/^Cập nhật tổng hợp đã dừng: API Google Sheets chưa được bật/);
    expect(JSON.parse(h.properties.getProperty(STATE_KEY) ?? '{}')).toMatchObject({ read: 0 });
    expect(readRecords(h.spreadsheet).size).toBe(0);
    apiOff = false;
    expect(runUpdate(h.services, 'continue').kind).toBe('done');
  });

  it('a network failure of a whole batch is tried again', () => {
    const h = mixedDistrict();
    h.urlFetch.failBatches.add(0);
    const outcome = done(runUpdate(h.services, 'start'));
    expect(h.urlFetch.batches[1]).toHaveLength(11);
    expect(outcome.rollUp.records.find((r) => r.row === 2)?.rating).toBe('Mức độ 1');
  });

  it('without a register it says to set up first', () => {
    const h = harness();
    expect(runUpdate(h.services, 'start').kind).toBe('no_register');
  });
});

describe('Cập nhật tổng hợp: a wrong row never blocks the right one', () => {
  /**
   * Row 2 links Bình Minh's workbook under Hòa An's name; row 3 is Hòa An's own. Row 5's link is
   * not a spreadsheet; row 6 is Cát Tiên's own. Rows 7 and 8 repeat rows 6 and 3 and stay rejected.
   */
  const h = harness();
  h.workbook(fakeId('hoa-an'), communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD1 }));
  h.workbook(fakeId('binh-minh'), communeWorkbook({ commune: 'Xã Bình Minh', year: 2025, values: TT25_VALUES.MD2 }));
  h.workbook(fakeId('cat-tien'), communeWorkbook({ commune: 'Xã Cát Tiên', year: 2025, values: TT25_VALUES.FAIL }));
  h.register([
    ['Xã Hòa An', 2025, sheetLink(fakeId('binh-minh'))],
    ['Xã Hòa An', 2025, sheetLink(fakeId('hoa-an'))],
    ['Xã Bình Minh', 2025, sheetLink(fakeId('binh-minh'))],
    ['Xã Cát Tiên', 2025, 'https://example.com/bang-tinh'],
    ['Xã Cát Tiên', 2025, sheetLink(fakeId('cat-tien'))],
    ['Xã Cát Tiên', 2025, '', 'Mức độ 1'],
    ['Hoà An', 2025, sheetLink(fakeId('hoa-an'))],
  ]);
  const outcome = done(runUpdate(h.services, 'start'));
  const byRow = (row: number) => outcome.rollUp.records.find((r) => r.row === row);

  it('the row linking another commune’s workbook fails, naming both communes', () => {
    expect(byRow(2)).toMatchObject({ status: 'failed', failure: 'other_commune' });
    expect(byRow(2)?.reason).toContain('Xã Bình Minh');
    expect(byRow(2)?.reason).toContain('Xã Hòa An');
  });

  it('the commune’s own row and the other commune’s row are both counted', () => {
    expect([2, 3, 4, 5, 6, 7, 8].map((row) => [byRow(row)?.status, byRow(row)?.rating])).toEqual([
      ['failed', null],
      ['read', 'Mức độ 1'],
      ['read', 'Mức độ 2'],
      ['failed', null],
      ['read', 'Chưa đạt'],
      ['failed', null],
      ['failed', null],
    ]);
    expect(outcome.rollUp.rulesets[0].years).toEqual([{ year: 2025, total: 3, counts: [1, 1, 1, 0] }]);
  });

  it('repeats are judged against the rows that were counted', () => {
    expect([byRow(7), byRow(8)].map((r) => r && [r.reason, r.earlier])).toEqual([
      ['cùng tên xã và năm 2025.', { row: 6, commune: 'Xã Cát Tiên' }],
      ['cùng tên xã và năm 2025.', { row: 3, commune: 'Xã Hòa An' }],
    ]);
  });

  it('the year’s report, built from the store alone, counts as the sheets do', () => {
    const stored = [...readRecords(h.spreadsheet).values()].map(asCounted);
    expect(rollUp(stored).rulesets[0].years).toEqual([{ year: 2025, total: 3, counts: [1, 1, 1, 0] }]);
    expect(stored.find((r) => r.row === 8)).toMatchObject({ status: 'failed', failure: 'register', reason: 'cùng tên xã và năm 2025.', earlier: { row: 3, commune: 'Xã Hòa An' } });
  });

  it('once the counted row is gone, its repeat is counted without being read again', () => {
    const asked = h.api.asked.length;
    h.clock.advance(60_000);
    h.spreadsheet
      .sheet(REGISTER_SHEET)
      .getRange(3, 1, 1, 3)
      .setValues([['', '', '']]);
    const again = done(runUpdate(h.services, 'start'));
    expect(again.rollUp.records.find((r) => r.row === 8)).toMatchObject({ status: 'read', rating: 'Mức độ 1' });
    // Only the failed row 2 is read again, its year being still open.
    expect(h.api.asked.slice(asked)).toEqual([fakeId('binh-minh')]);
  });
});

describe('Cập nhật tổng hợp: an unexpected error in a trigger’s run', () => {
  /** The Spreadsheet service failing as Apps Script reports it, on the store's `after`-th use. */
  function failingStore(h: ReturnType<typeof largeProvince>, after: number, times = Infinity) {
    const original = h.spreadsheet.getSheetByName.bind(h.spreadsheet);
    let uses = 0;
    let thrown = 0;
    h.spreadsheet.getSheetByName = (name: string) => {
      if (name === STORE_SHEET && ++uses >= after && thrown < times) {
        thrown++;
        throw new Error('Service Spreadsheets failed while accessing document with id 1abc.');
      }
      return original(name);
    };
  }

  it('writes why and how far on the status line, keeps its place, and the next run finishes', () => {
    const h = largeProvince();
    expect(runUpdate(h.services, 'start').kind).toBe('paused');
    h.clock.advance(60_000);
    // The trigger's run: readRecords, then two batches stored, then the third fails.
    failingStore(h, 4, 1);
    const outcome = runUpdate(h.services, 'continue');
    expect(outcome.kind).toBe('error');
    const status = String(h.spreadsheet.sheet(GENERATED_SHEETS.statistics).values()[0][0]);
    expect(status).toBe(
      'Cập nhật tổng hợp bị gián đoạn vì lỗi: Service Spreadsheets failed while accessing document with id 1abc. Đã đọc 340/400 xã; lượt tiếp theo tự chạy sau khoảng 1 phút và tiếp tục từ chỗ này (cũng có thể bấm CĐHT Tổng hợp › Tiếp tục cập nhật). Số liệu bên dưới là của lần cập nhật trước.',
    );
    // The saved state counts what the store holds, and one continuation is scheduled.
    expect(JSON.parse(h.properties.getProperty(STATE_KEY) ?? '{}')).toMatchObject({ read: 340, failedRuns: 1 });
    expect(readRecords(h.spreadsheet).size).toBe(340);
    expect(h.script.triggers.map((t) => t.getHandlerFunction())).toEqual([CONTINUE_HANDLER]);

    expect(readProgress(h.services)).toMatchObject({ underWay: true, read: 340, total: 400, error: 'Service Spreadsheets failed while accessing document with id 1abc.' });

    h.clock.advance(60_000);
    const last = done(runUpdate(h.services, 'continue'));
    expect(last.rollUp.coverage).toEqual([{ year: 2025, listed: 400, read: 390, manual: 0, failed: 10 }]);
    expect(new Set(h.api.asked).size).toBe(400);
    expect(h.script.triggers).toEqual([]);
    expect(h.properties.getProperty(STATE_KEY)).toBeNull();
  });

  it('an error that does not go away: three runs, then no trigger, and the button is named', () => {
    const h = largeProvince();
    expect(runUpdate(h.services, 'start').kind).toBe('paused');
    failingStore(h, 1);
    for (let run = 1; run <= 3; run++) {
      h.clock.advance(60_000);
      expect(runUpdate(h.services, 'continue').kind).toBe('error');
      expect(h.script.triggers, `run ${run}`).toHaveLength(run < 3 ? 1 : 0);
    }
    const status = String(h.spreadsheet.sheet(GENERATED_SHEETS.statistics).values()[0][0]);
    expect(status).toMatch(/^Cập nhật tổng hợp bị gián đoạn vì lỗi: Service Spreadsheets failed/);
    expect(status).toContain('Đã đọc 300/400 xã; lỗi lặp lại 3 lượt liền nên tiện ích không tự chạy tiếp: khi đã khắc phục, hãy bấm CĐHT Tổng hợp › Tiếp tục cập nhật để tiếp tục từ chỗ này.');
    expect(JSON.parse(h.properties.getProperty(STATE_KEY) ?? '{}')).toMatchObject({ read: 300, failedRuns: 3 });
  });

  it('a run that goes as planned after a failed one clears the error', () => {
    const h = largeProvince();
    failingStore(h, 3, 1);
    expect(runUpdate(h.services, 'start').kind).toBe('error');
    expect(readProgress(h.services).error).toMatch(/^Service Spreadsheets failed/);
    h.clock.advance(60_000);
    expect(runUpdate(h.services, 'continue').kind).toBe('paused');
    expect(readProgress(h.services)).toMatchObject({ underWay: true, error: '' });
    expect(JSON.parse(h.properties.getProperty(STATE_KEY) ?? '{}')).toMatchObject({ failedRuns: 0 });
  });
});

describe('the progress the roll-up sidebar shows', () => {
  it('none under way: the status line and the register’s pace, nothing else', () => {
    const h = mixedDistrict();
    expect(readProgress(h.services)).toEqual({
      underWay: false,
      read: 0,
      total: null,
      minutesLeft: null,
      pace: 60,
      runs: 0,
      started: '',
      error: '',
      status: 'Chưa có số liệu: ghi danh sách xã rồi bấm CĐHT Tổng hợp › Cập nhật tổng hợp.',
    });
  });

  it('paused after the first run: 300 of 400 read, 100 left at 60 a minute in runs of 5 minutes out of 6', () => {
    const h = largeProvince();
    runUpdate(h.services, 'start');
    const progress = readProgress(h.services);
    expect(progress).toEqual({
      underWay: true,
      read: 300,
      total: 400,
      minutesLeft: 2,
      pace: 60,
      runs: 1,
      started: '08:00 ngày 15/01/2026',
      error: '',
      status: 'Đang cập nhật: đã đọc 300/400 xã, còn khoảng 2 phút (bắt đầu lúc 08:00 ngày 15/01/2026, 1 lần chạy). Số liệu bên dưới là của lần cập nhật trước.',
    });
    // What crosses google.script.run: nothing is lost on the way.
    expect(scriptRunTransfer(progress, 'return')).toEqual({ ok: true, value: progress });
  });
});
