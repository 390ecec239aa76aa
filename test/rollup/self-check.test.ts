/** The roll-up's "Kiểm tra tiện ích" (src/rollup/self-check.ts) against healthy and broken fakes. */
import { describe, expect, it } from 'vitest';
import { runRollupSelfCheck } from '../../src/rollup/self-check';
import { selfCheckLines } from '../../src/gas/self-check';
import { FakeScriptApp } from '../fakes/script-app';
import { FakeUrlFetch, type FakeResponse } from '../fakes/url-fetch';

const NOW = new Date(2026, 10, 29, 9, 30);
/** A roll-up workbook whose register asks for 30 reads a minute in its pace cell (I1). */
const probe = {
  getId: () => 'roll-up-id',
  getSpreadsheetLocale: () => 'vi_VN',
  getSpreadsheetTimeZone: () => 'Asia/Ho_Chi_Minh',
  getSheetByName: (name: string) => (name === 'Danh sách xã' ? { getRange: (row: number, column: number) => ({ getValues: () => [[row === 1 && column === 9 ? 30 : '']] }) } : null),
};
const answer = (code: number, body: unknown): FakeResponse => ({ code, body: JSON.stringify(body) });

function triggers(script: FakeScriptApp, handler: string, count: number) {
  for (let i = 0; i < count; i++) script.newTrigger(handler).timeBased().after(60_000).create();
}

describe('roll-up self-check', () => {
  it('healthy: the API answers for the roll-up workbook with the user token; triggers and pace reported', () => {
    const script = new FakeScriptApp();
    triggers(script, 'continueUpdate', 1);
    const fetch = new FakeUrlFetch(() => answer(200, { properties: { locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' } }));
    const report = runRollupSelfCheck(probe, fetch, script, NOW);
    expect(report.items.every((i) => i.ok)).toBe(true);
    expect(fetch.requests).toHaveLength(1);
    expect(fetch.requests[0].url).toMatch(/^https:\/\/sheets\.googleapis\.com\/v4\/spreadsheets\/roll-up-id\?fields=/);
    expect(fetch.requests[0].headers).toEqual({ Authorization: `Bearer ${script.token}` });
    expect(report.technical).toMatchObject({ locale: 'vi_VN', sheetsApi: '200', triggers: '1 (continueUpdate: 1)', pace: '30 reads/min, batch 20' });
    expect(selfCheckLines(report)[0].text).toBe('Tiện ích hoạt động bình thường trên bảng tính này.');
  });

  it('broken: the Sheets API is off and the trigger quota is used up', () => {
    const script = new FakeScriptApp();
    triggers(script, 'continueUpdate', 20);
    const fetch = new FakeUrlFetch(() => answer(403, { error: { code: 403, status: 'PERMISSION_DENIED', message: 'Google Sheets API has not been used in project 123 before or it is disabled.' } }));
    const report = runRollupSelfCheck(probe, fetch, script, NOW);
    expect(report.items.map((i) => [i.label, i.ok])).toEqual([
      ['Cài đặt bảng tổng hợp', true],
      ['API Google Sheets', false],
      ['Trình kích hoạt', false],
      ['Nhịp đọc', true],
    ]);
    expect(report.items[1].detail).toMatch(/chưa được bật/);
    expect(report.technical.sheetsApi).toMatch(/^403 /);
  });

  it('broken: the network fails: the check says so instead of crashing', () => {
    const fetch = new FakeUrlFetch(() => answer(200, {}));
    fetch.failBatches.add(0);
    const report = runRollupSelfCheck(probe, fetch, new FakeScriptApp(), NOW);
    expect(report.items[1]).toMatchObject({ ok: false });
    expect(report.items[1].detail).toMatch(/^không gọi được \(Address unavailable/);
  });
});

describe('the UrlFetch fake follows the reference', () => {
  it('without muteHttpExceptions a 4xx throws for the whole batch', () => {
    const fetch = new FakeUrlFetch((r) => (r.url.endsWith('bad') ? answer(404, {}) : answer(200, {})));
    expect(() => fetch.fetchAll([{ url: 'https://x.test/ok' }, { url: 'https://x.test/bad' }])).toThrow(/returned code 404/);
    expect(fetch.fetchAll([{ url: 'https://x.test/ok' }, { url: 'https://x.test/bad', muteHttpExceptions: true }]).map((r) => r.getResponseCode())).toEqual([200, 404]);
  });
});
