/**
 * The roll-up's "Kiểm tra tiện ích" report (src/rollup/self-check.ts), whole: every line a province
 * officer reads, every technical entry, and the one request sent. Expected texts typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { runRollupSelfCheck, type RollupProbe } from '../../src/rollup/self-check';
import { selfCheckLines } from '../../src/gas/self-check';
import type { Cell } from '../../src/core/cells/values';
import { FakeScriptApp } from '../fakes/script-app';
import { FakeUrlFetch, type FakeResponse } from '../fakes/url-fetch';

const NOW = new Date(Date.UTC(2026, 10, 29, 2, 30));

/** A roll-up workbook whose register holds `pace` in I1 (null: no register sheet at all). */
function probe(pace: Cell | null): RollupProbe {
  return {
    getId: () => 'roll-up-id',
    getSpreadsheetLocale: () => 'vi_VN',
    getSpreadsheetTimeZone: () => 'Asia/Ho_Chi_Minh',
    getSheetByName: (name) =>
      name === 'Danh sách xã' && pace !== null
        ? { getRange: (row, column, rows, columns) => ({ getValues: () => [[row === 1 && column === 9 && rows === 1 && columns === 1 ? pace : 'sai ô']] }) }
        : null,
  };
}

function scriptWith(handlers: string[]): FakeScriptApp {
  const script = new FakeScriptApp();
  for (const handler of handlers) script.newTrigger(handler).timeBased().after(60_000).create();
  return script;
}

const answer = (code: number, body: unknown): FakeResponse => ({ code, body: JSON.stringify(body) });

describe('roll-up self-check: the whole report', () => {
  it('healthy, with a pace of 1.200 a minute: every line as the officer reads it, the pace the vi-VN way', () => {
    const script = scriptWith(['continueUpdate', 'onOpenReport']);
    const fetch = new FakeUrlFetch(() => answer(200, { properties: { locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' } }));
    const report = runRollupSelfCheck(probe(1200), fetch, script, NOW);
    expect(fetch.batches).toEqual([
      [
        {
          url: 'https://sheets.googleapis.com/v4/spreadsheets/roll-up-id?fields=properties(locale%2CtimeZone)',
          method: 'get',
          headers: { Authorization: 'Bearer ya29.token-for-tests' },
          muteHttpExceptions: true,
        },
      ],
    ]);
    expect(selfCheckLines(report).map((line) => line.text)).toEqual([
      'Tiện ích hoạt động bình thường trên bảng tính này.',
      '✔ Cài đặt bảng tổng hợp: ngôn ngữ vi_VN, múi giờ Asia/Ho_Chi_Minh',
      '✔ API Google Sheets: trả lời bình thường.',
      '✔ Trình kích hoạt: 2 trình kích hoạt (1 để tiếp tục cập nhật); Google cho tối đa 20.',
      '✔ Nhịp đọc: 1.200 bảng tính mỗi phút (ô "Tốc độ đọc (bảng tính mỗi phút):" của trang "Danh sách xã"), tối đa 20 bảng tính mỗi lượt gửi.',
      'Thông tin kỹ thuật (sao chép và gửi cho người hỗ trợ nếu cần):',
      'locale: vi_VN',
      'timeZone: Asia/Ho_Chi_Minh',
      'sheetsApi: 200',
      'triggers: 2 (continueUpdate: 1)',
      'pace: 1200 reads/min, batch 20',
      'checkedAt: 2026-11-29T02:30:00.000Z',
    ]);
  });

  it('no register sheet, no trigger: the default pace of 60', () => {
    const fetch = new FakeUrlFetch(() => answer(200, {}));
    const report = runRollupSelfCheck(probe(null), fetch, scriptWith([]), NOW);
    expect(report.items).toEqual([
      { label: 'Cài đặt bảng tổng hợp', ok: true, detail: 'ngôn ngữ vi_VN, múi giờ Asia/Ho_Chi_Minh' },
      { label: 'API Google Sheets', ok: true, detail: 'trả lời bình thường.' },
      { label: 'Trình kích hoạt', ok: true, detail: '0 trình kích hoạt (0 để tiếp tục cập nhật); Google cho tối đa 20.' },
      { label: 'Nhịp đọc', ok: true, detail: '60 bảng tính mỗi phút (ô "Tốc độ đọc (bảng tính mỗi phút):" của trang "Danh sách xã"), tối đa 20 bảng tính mỗi lượt gửi.' },
    ]);
    expect(report.technical).toEqual({
      locale: 'vi_VN',
      timeZone: 'Asia/Ho_Chi_Minh',
      sheetsApi: '200',
      triggers: '0 (continueUpdate: 0)',
      pace: '60 reads/min, batch 20',
      checkedAt: '2026-11-29T02:30:00.000Z',
    });
  });

  it('a pace typed as text the vi-VN way ("2.000") is read as 2.000', () => {
    const report = runRollupSelfCheck(probe('2.000'), new FakeUrlFetch(() => answer(200, {})), scriptWith([]), NOW);
    expect(report.items[3].detail).toBe('2.000 bảng tính mỗi phút (ô "Tốc độ đọc (bảng tính mỗi phút):" của trang "Danh sách xã"), tối đa 20 bảng tính mỗi lượt gửi.');
    expect(report.technical.pace).toBe('2000 reads/min, batch 20');
  });

  it('19 triggers still pass; the 20th is the limit', () => {
    const nineteen = runRollupSelfCheck(probe(60), new FakeUrlFetch(() => answer(200, {})), scriptWith(new Array(19).fill('continueUpdate')), NOW);
    expect(nineteen.items[2]).toEqual({ label: 'Trình kích hoạt', ok: true, detail: '19 trình kích hoạt (19 để tiếp tục cập nhật); Google cho tối đa 20.' });
    const twenty = runRollupSelfCheck(probe(60), new FakeUrlFetch(() => answer(200, {})), scriptWith([...new Array(19).fill('other'), 'continueUpdate']), NOW);
    expect(twenty.items[2]).toEqual({ label: 'Trình kích hoạt', ok: false, detail: '20 trình kích hoạt (1 để tiếp tục cập nhật); Google cho tối đa 20.' });
    expect(twenty.technical.triggers).toBe('20 (continueUpdate: 1)');
    expect(selfCheckLines(twenty)[0].text).toBe('Có 1 mục cần xem lại (đánh dấu ✘).');
  });

  it('each way the API can fail: what the officer reads, and the code with the start of the answer for support', () => {
    const disabled = { error: { code: 403, status: 'PERMISSION_DENIED', message: 'Google Sheets API has not been used in project 123 before or it is disabled.' } };
    const cases: [FakeResponse, string, string][] = [
      [
        answer(403, disabled),
        'API Google Sheets chưa được bật cho dự án Apps Script của bảng tổng hợp (lỗi 403): hãy bật dịch vụ nâng cao "Google Sheets API" rồi chạy lại.',
        `403 ${JSON.stringify(disabled)}`,
      ],
      [
        answer(401, { error: { status: 'UNAUTHENTICATED' } }),
        'Google không chấp nhận phiên đăng nhập của tiện ích (lỗi 401): hãy đóng và mở lại bảng tổng hợp rồi chạy lại.',
        '401 {"error":{"status":"UNAUTHENTICATED"}}',
      ],
      [answer(429, {}), 'Google tạm giới hạn số lần đọc (lỗi 429): hãy cập nhật lại sau ít phút.', '429 {}'],
      [{ code: 503, body: 'x'.repeat(300) }, 'Máy chủ Google Sheets tạm lỗi (lỗi 503): hãy cập nhật lại sau.', `503 ${'x'.repeat(200)}`],
    ];
    for (const [response, detail, technical] of cases) {
      const report = runRollupSelfCheck(probe(60), new FakeUrlFetch(() => response), scriptWith([]), NOW);
      expect(report.items[1], detail).toEqual({ label: 'API Google Sheets', ok: false, detail });
      expect(report.technical.sheetsApi).toBe(technical);
      expect(
        selfCheckLines(report)
          .slice(0, 3)
          .map((line) => line.text),
      ).toEqual(['Có 1 mục cần xem lại (đánh dấu ✘).', '✔ Cài đặt bảng tổng hợp: ngôn ngữ vi_VN, múi giờ Asia/Ho_Chi_Minh', `✘ API Google Sheets: ${detail}`]);
    }
  });

  it('the network failing: the check says so instead of crashing', () => {
    const fetch = new FakeUrlFetch(() => answer(200, {}));
    fetch.failBatches.add(0);
    const report = runRollupSelfCheck(probe(60), fetch, scriptWith([]), NOW);
    expect(report.items[1]).toEqual({ label: 'API Google Sheets', ok: false, detail: 'không gọi được (Address unavailable: https://sheets.googleapis.com).' });
    expect(report.technical.sheetsApi).toBe('error: Address unavailable: https://sheets.googleapis.com');
  });
});
