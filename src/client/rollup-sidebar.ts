/// <reference lib="dom" />
/**
 * The roll-up's sidebar, "Tiến độ cập nhật" (bundled by scripts/build-sidebar.ts into
 * dist-rollup/Sidebar.html): how far the update under way has got, polled from the server while
 * the sidebar is open, and buttons to start or continue an update. Everything shown is built as
 * text nodes (dom.ts): the server's messages and commune names never become markup.
 */
import type { RollupSidebarServer, UpdateProgress } from '../core/rollup/progress';
import { formatViNumber } from '../core/cells/vi-number';
import { isBoolean, isNumber, isString, shapeProblem } from './answer';
import { el, fill } from './dom';
import { failureText, serverCaller } from './server';

/**
 * How often the sidebar asks for the progress: often while an update is under way (each run saves
 * it after every batch of reads), seldom otherwise (one may be started from the menu meanwhile).
 */
const POLL_MS = { underWay: 15_000, idle: 60_000 } as const;

const orNull = (check: (v: unknown) => boolean) => (v: unknown) => v === null || check(v);

const callServer = serverCaller<RollupSidebarServer>({
  getUpdateProgress: (value) =>
    shapeProblem(value, {
      underWay: [isBoolean, 'Có/Không'],
      read: [isNumber, 'số'],
      total: [orNull(isNumber), 'số'],
      minutesLeft: [orNull(isNumber), 'số'],
      pace: [isNumber, 'số'],
      runs: [isNumber, 'số'],
      started: [isString, 'chữ'],
      error: [isString, 'chữ'],
      status: [isString, 'chữ'],
    }),
  runUpdateFromSidebar: (value) => shapeProblem(value, { kind: [isString, 'chữ'], message: [isString, 'chữ'] }),
});

const n = (value: number) => formatViNumber(value);

/** The progress as lines of text, and the bar's value (0–100) when the total is known. */
function progressLines(p: UpdateProgress): HTMLElement[] {
  if (!p.underWay) return [el('p', { attrs: { id: 'idle' } }, 'Không có lượt cập nhật nào đang dở.')];
  const lines: HTMLElement[] = [];
  if (p.total === null) lines.push(el('p', { attrs: { id: 'read' } }, `Đã đọc ${n(p.read)} bảng tính.`));
  else {
    const percent = p.total === 0 ? 100 : Math.round((p.read / p.total) * 100);
    lines.push(
      el('p', { attrs: { id: 'read' } }, `Đã đọc ${n(p.read)}/${n(p.total)} xã.`),
      el(
        'div',
        { class: 'bar', attrs: { role: 'progressbar', 'aria-label': 'Tiến độ đọc', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(percent) } },
        el('div', { class: 'bar-fill', attrs: { style: `width: ${percent}%` } }),
      ),
    );
  }
  if (p.minutesLeft !== null) lines.push(el('p', { attrs: { id: 'left' } }, `Còn khoảng ${n(p.minutesLeft)} phút.`));
  lines.push(el('p', { class: 'gray', attrs: { id: 'pace' } }, `Tốc độ đọc: ${n(p.pace)} bảng tính mỗi phút; bắt đầu lúc ${p.started}, ${n(p.runs)} lần chạy.`));
  if (p.error) lines.push(el('p', { class: 'load-error', attrs: { id: 'last-error' } }, `Lần chạy trước dừng vì lỗi: ${p.error}`));
  return lines;
}

class ProgressSidebar {
  private busy = false;
  private underWay = false;
  /** The message line says that the last progress read failed (and nothing said since). */
  private readFailed = false;
  private poll: ReturnType<typeof setTimeout> | undefined;
  private readonly progress = el('section', { attrs: { id: 'progress', 'aria-live': 'polite', 'aria-labelledby': 'progress-title' } });
  private readonly statusLine = el('p', { class: 'gray', attrs: { id: 'status-line' } });
  private readonly message = el('div', { class: 'status', attrs: { id: 'status', role: 'status', 'aria-live': 'polite' } });
  private readonly startButton = el('button', { class: 'action', attrs: { type: 'button', id: 'start' } }, 'Cập nhật tổng hợp');
  private readonly continueButton = el('button', { attrs: { type: 'button', id: 'continue' } }, 'Tiếp tục');
  private readonly refreshButton = el('button', { attrs: { type: 'button', id: 'refresh' } }, 'Làm mới');

  constructor(root: HTMLElement) {
    this.startButton.addEventListener('click', () => this.run('start'));
    this.continueButton.addEventListener('click', () => this.run('continue'));
    this.refreshButton.addEventListener('click', () => this.refresh());
    fill(
      root,
      el('main', {}, el('h1', { attrs: { id: 'progress-title' } }, 'Tiến độ cập nhật tổng hợp'), this.progress, el('h2', {}, 'Dòng đầu trang "Thống kê"'), this.statusLine),
      el('footer', {}, this.message, el('div', { class: 'buttons' }, this.startButton, this.continueButton, this.refreshButton)),
    );
    this.enable();
  }

  /** Asks the server for the progress, then schedules the next poll; a failure is said, and the next poll tries again. */
  async refresh(): Promise<void> {
    clearTimeout(this.poll);
    try {
      this.show(await callServer('getUpdateProgress'));
      // A failed read said before is no longer true once a read answers; a run's outcome, said since, stays.
      if (this.readFailed) this.say('', 'info');
    } catch (failure) {
      this.say(`Không lấy được tiến độ: ${failureText(failure)}.`, 'error');
      this.readFailed = true;
    }
    this.poll = setTimeout(() => void this.refresh(), this.underWay ? POLL_MS.underWay : POLL_MS.idle);
  }

  private show(p: UpdateProgress): void {
    this.underWay = p.underWay;
    fill(this.progress, ...progressLines(p));
    fill(this.statusLine, p.status || '(trống)');
    this.enable();
  }

  /** One run of the update, which can take up to 6 minutes; the poll keeps showing its progress meanwhile. */
  private async run(mode: 'start' | 'continue'): Promise<void> {
    this.busy = true;
    this.enable();
    this.say(mode === 'start' ? 'Đang cập nhật… (mỗi lượt chạy tối đa 6 phút)' : 'Đang chạy tiếp…', 'info');
    try {
      const outcome = await callServer('runUpdateFromSidebar', mode);
      this.say(outcome.message, outcome.kind === 'done' || outcome.kind === 'paused' ? 'ok' : 'error');
    } catch (failure) {
      this.say(`Không chạy được cập nhật: ${failureText(failure)}.`, 'error');
    } finally {
      this.busy = false;
      // Now, not when the progress comes: a failed read of it must not leave the buttons off.
      this.enable();
      await this.refresh();
    }
  }

  private enable(): void {
    this.startButton.disabled = this.busy;
    this.continueButton.disabled = this.busy || !this.underWay;
  }

  /** Says `text` in the message line, in `tone`'s colour; '' clears it. */
  private say(text: string, tone: 'info' | 'ok' | 'error'): void {
    this.readFailed = false;
    this.message.className = text ? `status ${tone}` : 'status';
    fill(this.message, text);
  }
}

const root = document.getElementById('app');
if (root) void new ProgressSidebar(root).refresh();
