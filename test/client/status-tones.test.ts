/// <reference lib="dom" />
/**
 * Both sidebars say an outcome by its colour as well as its words, as Google's own add-ons do: a
 * success or an indicator met in green, a failure, an error or an indicator not met in red, what is
 * missing or still to do in amber (a success shown in the error red reads as a failure at a glance).
 * The tab of the criterion shown is framed in blue. A disabled button looks faded, so "Lưu" with
 * nothing to save does not look clickable. Read from the built pages' own style sheets in real
 * Chromium, as computed styles of elements marked up as the sidebars mark them up.
 */
import { describe, expect, it } from 'vitest';
import { done, openLoaded, openSidebar, sampleState, type Sidebar } from './browser';
import { sharedBrowser } from './shared-browser';

const browser = sharedBrowser();

type Hue = 'green' | 'red' | 'amber' | 'blue' | 'grey';
/** A colour as a person names it: its hue, or grey when it has next to none (HSL saturation under 15 %; a pale tint such as #e6f4ea keeps 39 %). */
function hueName([r, g, b]: number[]): Hue | string {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const chroma = max - min;
  const saturation = chroma === 0 ? 0 : chroma / (255 - Math.abs(max + min - 255));
  if (saturation < 0.15) return 'grey';
  const sector = max === r ? ((g - b) / chroma + 6) % 6 : max === g ? (b - r) / chroma + 2 : (r - g) / chroma + 4;
  const degrees = sector * 60;
  if (degrees < 20 || degrees >= 340) return 'red';
  if (degrees >= 25 && degrees <= 60) return 'amber';
  if (degrees >= 90 && degrees <= 160) return 'green';
  if (degrees >= 190 && degrees <= 250) return 'blue';
  return `hue ${Math.round(degrees)}°`;
}

/** [markup, the element in it to read (marked data-probe), the CSS property]: each read as a colour's name, or a number (opacity). */
type Probe = [string, 'color' | 'background-color' | 'border-top-color' | 'border-bottom-color' | 'opacity'];

async function read(s: Sidebar, probes: Record<string, Probe>): Promise<Record<string, Hue | string | number>> {
  const raw = await s.page.evaluate((list) => {
    const out: Record<string, string> = {};
    for (const [name, [markup, property]] of Object.entries(list)) {
      const holder = document.createElement('div');
      holder.innerHTML = markup;
      document.body.append(holder);
      const target = holder.querySelector('[data-probe]') ?? holder;
      out[name] = getComputedStyle(target).getPropertyValue(property);
      holder.remove();
    }
    return out;
  }, probes);
  return Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, probes[name][1] === 'opacity' ? Number(value) : hueName((value.match(/\d+/g) ?? []).slice(0, 3).map(Number))]));
}

const STATUS: Record<string, Probe> = {
  'status line, success': ['<div class="status ok" data-probe>Đã lưu 1 thay đổi.</div>', 'color'],
  'status line, failure': ['<div class="status error" data-probe>Không lưu được</div>', 'color'],
  'load error': ['<p class="load-error" data-probe>Không tải được dữ liệu</p>', 'color'],
  'disabled button': ['<button class="action" disabled data-probe>Lưu</button>', 'opacity'],
  'enabled button': ['<button class="action" data-probe>Lưu</button>', 'opacity'],
};
const STATUS_SEEN = { 'status line, success': 'green', 'status line, failure': 'red', 'load error': 'red', 'disabled button': 0.5, 'enabled button': 1 };

const tab = (outcome: string) => `<nav class="tabs"><button class="tab ${outcome}" data-probe>TC1</button></nav>`;
const COMMUNE: Record<string, Probe> = {
  ...STATUS,
  'badge Đạt, text': ['<span class="outcome met" data-probe>Đạt</span>', 'color'],
  'badge Đạt, background': ['<span class="outcome met" data-probe>Đạt</span>', 'background-color'],
  'badge Không đạt, text': ['<span class="outcome not_met" data-probe>Không đạt</span>', 'color'],
  'badge Không đạt, background': ['<span class="outcome not_met" data-probe>Không đạt</span>', 'background-color'],
  'badge Thiếu dữ liệu, text': ['<span class="outcome missing" data-probe>Thiếu dữ liệu</span>', 'color'],
  'badge Thiếu dữ liệu, background': ['<span class="outcome missing" data-probe>Thiếu dữ liệu</span>', 'background-color'],
  'result Không công nhận': ['<div class="result-box not_met" data-probe>Không công nhận</div>', 'background-color'],
  'tab of a criterion met': [tab('met'), 'border-bottom-color'],
  'tab of a criterion not met': [tab('not_met'), 'border-bottom-color'],
  'tab of a criterion missing data': [tab('missing'), 'border-bottom-color'],
  'tab of a TT44 criterion entered': [tab('entered'), 'border-bottom-color'],
  'tab of the criterion shown': [tab('met current'), 'border-top-color'],
  'tab of a criterion not shown': [tab('met'), 'border-top-color'],
  'problem, an error': ['<details class="problems" open><ul><li class="error" data-probe>x</li></ul></details>', 'color'],
  'problem, a warning': ['<details class="problems" open><ul><li class="warning" data-probe>x</li></ul></details>', 'color'],
  'card of an invalid value': ['<section class="card invalid" data-probe></section>', 'border-top-color'],
  'card of a valid value': ['<section class="card" data-probe></section>', 'border-top-color'],
  'a field’s error': ['<div class="field-error" data-probe>Tỷ lệ phải từ 0 đến 100.</div>', 'color'],
  'ruleset table broken': ['<p class="error" data-probe>Bảng "Bộ tiêu chí" trong trang tính có lỗi</p>', 'color'],
  'changes pending': ['<span class="unsaved pending" data-probe>2 thay đổi chưa lưu</span>', 'color'],
  'no change pending': ['<span class="unsaved" data-probe>Không có thay đổi chưa lưu</span>', 'color'],
  'conflicts box': ['<div class="conflicts" data-probe></div>', 'background-color'],
};

describe('each state’s colour says it', () => {
  it('the commune’s sidebar: outcomes, tabs, problems, pending changes, status lines, disabled buttons', async () => {
    const s = await openLoaded(browser(), { getSidebarState: { ok: sampleState() } });
    expect(await read(s, COMMUNE)).toEqual({
      ...STATUS_SEEN,
      'badge Đạt, text': 'green',
      'badge Đạt, background': 'green',
      'badge Không đạt, text': 'red',
      'badge Không đạt, background': 'red',
      'badge Thiếu dữ liệu, text': 'amber',
      'badge Thiếu dữ liệu, background': 'amber',
      'result Không công nhận': 'red',
      'tab of a criterion met': 'green',
      'tab of a criterion not met': 'red',
      'tab of a criterion missing data': 'amber',
      'tab of a TT44 criterion entered': 'blue',
      'tab of the criterion shown': 'blue',
      'tab of a criterion not shown': 'grey',
      'problem, an error': 'red',
      'problem, a warning': 'amber',
      'card of an invalid value': 'red',
      'card of a valid value': 'grey',
      'a field’s error': 'red',
      'ruleset table broken': 'red',
      'changes pending': 'amber',
      'no change pending': 'grey',
      'conflicts box': 'amber',
    });
    await done(s);
  });

  it('the roll-up’s sidebar: status lines, the last run’s error, disabled buttons', async () => {
    const s = await openSidebar(browser(), 'dist-rollup/Sidebar.html', {
      getUpdateProgress: { ok: { underWay: false, read: 0, total: null, minutesLeft: null, pace: 60, runs: 0, started: '', error: '', status: '' } },
    });
    expect(await read(s, STATUS)).toEqual(STATUS_SEEN);
    await done(s);
  });
});
