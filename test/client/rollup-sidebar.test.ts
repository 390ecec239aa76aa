/// <reference lib="dom" />
/**
 * The roll-up's progress sidebar (dist-rollup/Sidebar.html) in real headless Chromium against a
 * fake google.script.run: what it shows of an update under way, its buttons, its failures, and
 * WCAG 2.1 AA by axe-core. The progress answers are written by hand, as src/rollup/update.ts
 * `readProgress` gives them (test/rollup/update.test.ts checks that side).
 */
import { describe, expect, it } from 'vitest';
import type { UpdateProgress } from '../../src/core/rollup/progress';
import { violations } from './axe';
import { done, type Fakes, type Sidebar, openSidebar, text } from './browser';
import { sharedBrowser } from './shared-browser';

const browser = sharedBrowser();

const IDLE: UpdateProgress = {
  underWay: false,
  read: 0,
  total: null,
  minutesLeft: null,
  pace: 60,
  runs: 0,
  started: '',
  error: '',
  status: 'Cập nhật lúc 08:30 ngày 15/01/2026: 3.300 dòng danh sách.',
};
const UNDER_WAY: UpdateProgress = {
  ...IDLE,
  underWay: true,
  read: 1240,
  total: 3300,
  minutesLeft: 42,
  runs: 5,
  started: '08:00 ngày 15/01/2026',
  status: 'Đang cập nhật: đã đọc 1.240/3.300 xã, còn khoảng 42 phút (bắt đầu lúc 08:00 ngày 15/01/2026, 5 lần chạy). Số liệu bên dưới là của lần cập nhật trước.',
};

async function open(fakes: Fakes): Promise<Sidebar> {
  const s = await openSidebar(browser(), 'dist-rollup/Sidebar.html', fakes);
  await s.page.locator('#read, #idle, #status:not(:empty)').first().waitFor();
  return s;
}

describe('the roll-up’s progress sidebar', () => {
  it('shows how far the update got, the time left, the pace and the status line, in Vietnamese', async () => {
    const s = await open({ getUpdateProgress: { ok: UNDER_WAY } });
    expect(await text(s, '#read')).toBe('Đã đọc 1.240/3.300 xã.');
    expect(await s.page.getAttribute('[role="progressbar"]', 'aria-valuenow')).toBe('38');
    expect(await text(s, '#left')).toBe('Còn khoảng 42 phút.');
    expect(await text(s, '#pace')).toBe('Tốc độ đọc: 60 bảng tính mỗi phút; bắt đầu lúc 08:00 ngày 15/01/2026, 5 lần chạy.');
    expect(await text(s, '#status-line')).toBe(UNDER_WAY.status);
    expect(await s.page.isEnabled('#continue')).toBe(true);
    expect(await violations(s)).toEqual([]);
    await done(s);
  });

  it('names the last error as text, markup and all', async () => {
    const error = 'Service Spreadsheets failed <img src=x onerror=alert(1)>';
    const s = await open({ getUpdateProgress: { ok: { ...UNDER_WAY, error } } });
    expect(await text(s, '#last-error')).toBe(`Lần chạy trước dừng vì lỗi: ${error}`);
    expect(await s.page.locator('img').count()).toBe(0);
    expect(await violations(s)).toEqual([]);
    await done(s);
  });

  it('with none under way, "Tiếp tục" is off; "Cập nhật tổng hợp" runs one update and shows what it says', async () => {
    const s = await open({
      getUpdateProgress: [{ ok: IDLE }, { ok: UNDER_WAY }],
      runUpdateFromSidebar: { ok: { kind: 'paused', message: 'Đang cập nhật: đã đọc 300/400 xã, còn khoảng 2 phút.' }, delay: 2_000 },
    });
    expect(await text(s, '#idle')).toBe('Không có lượt cập nhật nào đang dở.');
    expect(await s.page.isDisabled('#continue')).toBe(true);
    await s.page.click('#start');
    expect(await s.page.isDisabled('#start')).toBe(true);
    await s.page.locator('#status.ok').waitFor();
    expect(await text(s, '#status')).toBe('Đang cập nhật: đã đọc 300/400 xã, còn khoảng 2 phút.');
    await s.page.locator('#read').waitFor();
    expect(await s.page.isEnabled('#continue')).toBe(true);
    expect((await s.calls()).map((c) => [c.name, c.args])).toEqual([
      ['getUpdateProgress', []],
      ['runUpdateFromSidebar', ['start']],
      ['getUpdateProgress', []],
    ]);
    await done(s);
  });

  it('a failed call is said in Vietnamese, and "Làm mới" asks again', async () => {
    const s = await open({ getUpdateProgress: [{ fail: 'Exception: Service unavailable: Properties.' }, { ok: IDLE }] });
    expect(await text(s, '#status')).toBe('Không lấy được tiến độ: Service unavailable: Properties.');
    expect(await s.page.getAttribute('#status', 'class')).toBe('status error');
    expect(await violations(s)).toEqual([]);
    await s.page.click('#refresh');
    await s.page.locator('#idle').waitFor();
    // The read now answered: the old failure is no longer true and is gone (it stayed, red, beside the progress).
    expect(await text(s, '#status')).toBe('');
    expect(await s.page.getAttribute('#status', 'class')).toBe('status');
    await done(s);
  });

  it("after a failed read, a run's outcome stays when the progress read after it answers", async () => {
    const s = await open({
      getUpdateProgress: [{ fail: 'Exception: Service unavailable: Properties.' }, { ok: UNDER_WAY }],
      runUpdateFromSidebar: { ok: { kind: 'paused', message: 'Đang cập nhật: đã đọc 300/400 xã, còn khoảng 2 phút.' } },
    });
    await s.page.locator('#status.error').waitFor();
    await s.page.click('#start');
    await s.page.locator('#read').waitFor();
    expect(await text(s, '#status')).toBe('Đang cập nhật: đã đọc 300/400 xã, còn khoảng 2 phút.');
    expect(await s.page.getAttribute('#status', 'class')).toBe('status ok');
    await done(s);
  });
});
