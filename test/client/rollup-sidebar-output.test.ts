/// <reference lib="dom" />
/**
 * The roll-up's progress sidebar (dist-rollup/Sidebar.html) whole, element by element
 * (test/client/outline.ts), for progress answers typed by hand: an update whose total is not
 * known yet, one with nothing to read, the buttons while a run goes on and after it, a broken
 * answer, and how often it asks again (every 15 s while an update is under way, every minute
 * otherwise), on Playwright's fake clock.
 */
import { describe, expect, it } from 'vitest';
import type { UpdateProgress } from '../../src/core/rollup/progress';
import { done, openSidebar, type Fakes, type Sidebar } from './browser';
import { outline } from './outline';
import { sharedBrowser } from './shared-browser';

const browser = sharedBrowser();
const lines = (text: string) => text.replace(/^\n|\n$/g, '').split('\n');
/** Polls: a run's end and the progress read after it arrive one after the other. */
const pin = (s: Sidebar, selector: string, expected: string[]) => expect.poll(() => outline(s.page, selector), { message: selector }).toEqual(expected);

const IDLE: UpdateProgress = { underWay: false, read: 0, total: null, minutesLeft: null, pace: 60, runs: 0, started: '', error: '', status: '' };
/** The first run is listing the communes: no total, no time left yet. */
const LISTING: UpdateProgress = { ...IDLE, underWay: true, read: 1234, pace: 45.5, runs: 1, started: '08:00 ngày 15/01/2026' };

async function open(fakes: Fakes, clock = false): Promise<Sidebar> {
  const s = await openSidebar(browser(), 'dist-rollup/Sidebar.html', fakes, clock ? (page) => page.clock.install() : undefined);
  await s.page.locator('#read, #idle, #status:not(:empty)').first().waitFor();
  return s;
}

const footer = (status: string, startDisabled: boolean, continueDisabled: boolean) =>
  lines(`
footer
  ${status}
  div.buttons
    button#start.action [${startDisabled ? 'disabled ' : ''}type=button] Cập nhật tổng hợp
    button#continue [${continueDisabled ? 'disabled ' : ''}type=button] Tiếp tục
    button#refresh [type=button] Làm mới
`);

describe('the roll-up’s progress sidebar, whole', () => {
  it('an update still listing: communes read as a count of workbooks, no bar, no time left; a blank status line says so', async () => {
    const s = await open({ getUpdateProgress: { ok: LISTING } });
    await pin(s, '#app', [
      'div#app',
      '  main',
      '    h1#progress-title Tiến độ cập nhật tổng hợp',
      '    section#progress [aria-labelledby=progress-title aria-live=polite]',
      '      p#read Đã đọc 1.234 bảng tính.',
      '      p#pace.gray Tốc độ đọc: 45,5 bảng tính mỗi phút; bắt đầu lúc 08:00 ngày 15/01/2026, 1 lần chạy.',
      '    h2 Dòng đầu trang "Thống kê"',
      '    p#status-line.gray (trống)',
      ...footer('div#status.status [aria-live=polite role=status]', false, false).map((line) => `  ${line}`),
    ]);
    await done(s);
  });

  it('an update with nothing to read is complete: 0/0, the bar full, 0 minutes left', async () => {
    const s = await open({ getUpdateProgress: { ok: { ...IDLE, underWay: true, total: 0, minutesLeft: 0, runs: 2, started: '07:45 ngày 15/01/2026' } } });
    await pin(
      s,
      '#progress',
      lines(`
section#progress [aria-labelledby=progress-title aria-live=polite]
  p#read Đã đọc 0/0 xã.
  div.bar [aria-label=Tiến độ đọc aria-valuemax=100 aria-valuemin=0 aria-valuenow=100 role=progressbar]
    div.bar-fill [style=width: 100%]
  p#left Còn khoảng 0 phút.
  p#pace.gray Tốc độ đọc: 60 bảng tính mỗi phút; bắt đầu lúc 07:45 ngày 15/01/2026, 2 lần chạy.
`),
    );
    await done(s);
  });

  it('the bar rounds to a whole percent: 2 of 3 is 67 %', async () => {
    const s = await open({ getUpdateProgress: { ok: { ...LISTING, read: 2, total: 3, minutesLeft: 1 } } });
    await pin(
      s,
      '#progress .bar',
      lines(`
div.bar [aria-label=Tiến độ đọc aria-valuemax=100 aria-valuemin=0 aria-valuenow=67 role=progressbar]
  div.bar-fill [style=width: 67%]
`),
    );
    await done(s);
  });

  // Only a run that read on (paused, rollup-sidebar.test.ts) or finished (done) went well: any other kind is a failure, a fatal one too.
  it.each([
    ['busy', 'error'],
    ['fatal', 'error'],
    ['error', 'error'],
    ['done', 'ok'],
  ])('"Tiếp tục" runs the update on; both buttons wait for it; an outcome "%s" is said in the tone %s', async (kind, tone) => {
    const message = `Thông báo của lượt chạy (${kind}).`;
    const s = await open({ getUpdateProgress: { ok: LISTING }, runUpdateFromSidebar: { ok: { kind, message }, delay: 3_000 } });
    await s.page.click('#continue');
    await pin(s, 'footer', footer('div#status.status.info [aria-live=polite role=status] Đang chạy tiếp…', true, true));
    await s.page.locator('#status.ok, #status.error').waitFor();
    await pin(s, 'footer', footer(`div#status.status.${tone} [aria-live=polite role=status] ${message}`, false, false));
    expect((await s.calls()).map((c) => [c.name, c.args])).toEqual([
      ['getUpdateProgress', []],
      ['runUpdateFromSidebar', ['continue']],
      ['getUpdateProgress', []],
    ]);
    await done(s);
  });

  it('a run that fails to start is said in Vietnamese, and the progress is asked again', async () => {
    const s = await open({ getUpdateProgress: { ok: IDLE }, runUpdateFromSidebar: { fail: 'Exception: Bạn không có quyền chỉnh sửa bảng tính này.' } });
    await s.page.click('#start');
    await s.page.locator('#status.error').waitFor();
    await pin(s, 'footer', footer('div#status.status.error [aria-live=polite role=status] Không chạy được cập nhật: Bạn không có quyền chỉnh sửa bảng tính này.', false, true));
    await expect.poll(async () => (await s.calls()).length).toBe(3);
    await done(s);
  });

  it('after a run, the buttons work again even when the progress cannot be read', async () => {
    const s = await open({
      getUpdateProgress: [{ ok: IDLE }, { fail: 'Exception: Service unavailable: Properties.' }],
      runUpdateFromSidebar: { ok: { kind: 'paused', message: 'Đang cập nhật: đã đọc 300/400 xã, còn khoảng 2 phút.' } },
    });
    await s.page.click('#start');
    await pin(s, 'footer', footer('div#status.status.error [aria-live=polite role=status] Không lấy được tiến độ: Service unavailable: Properties.', false, true));
    await done(s);
  });

  it('a progress answer without the protocol’s shape is named in Vietnamese', async () => {
    const s = await open({ getUpdateProgress: { ok: { ...LISTING, total: '3.300' } } });
    await pin(
      s,
      '#status',
      lines(
        'div#status.status.error [aria-live=polite role=status] Không lấy được tiến độ: máy chủ trả lời không đúng dạng (trường "total" không phải số); hãy đóng thanh bên rồi mở lại, nếu vẫn lỗi hãy báo người hỗ trợ.',
      ),
    );
    await done(s);
  });
});

describe('how often the roll-up’s sidebar asks', () => {
  const count = async (s: Sidebar) => (await s.calls()).filter((c) => c.name === 'getUpdateProgress').length;

  it('every 15 seconds while an update is under way', async () => {
    const s = await open({ getUpdateProgress: { ok: LISTING } }, true);
    expect(await count(s)).toBe(1);
    await s.page.clock.runFor(14_000);
    expect(await count(s)).toBe(1);
    await s.page.clock.runFor(1_100);
    expect(await count(s)).toBe(2);
    await done(s);
  });

  it('every minute when none is', async () => {
    const s = await open({ getUpdateProgress: { ok: IDLE } }, true);
    await s.page.clock.runFor(59_000);
    expect(await count(s)).toBe(1);
    await s.page.clock.runFor(1_100);
    expect(await count(s)).toBe(2);
    await done(s);
  });
});
