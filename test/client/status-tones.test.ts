/// <reference lib="dom" />
/**
 * Both sidebars say an outcome by its colour as well as its words: a success in green, a failure in
 * red, as Google's own add-ons do (a success shown in the error red reads as a failure at a
 * glance). Read from the built pages' own style sheets in real Chromium, as computed colours.
 */
import { describe, expect, it } from 'vitest';
import { done, openLoaded, openSidebar, sampleState, type Sidebar } from './browser';
import { sharedBrowser } from './shared-browser';

const browser = sharedBrowser();

/** The computed text colour of a status line in each tone, as [red, green, blue]. */
async function toneColours(s: Sidebar): Promise<Record<'ok' | 'error', number[]>> {
  return s.page.evaluate(() => {
    const colour = (tone: string) => {
      const probe = document.createElement('div');
      probe.className = `status ${tone}`;
      probe.textContent = 'x';
      document.body.append(probe);
      const rgb = (getComputedStyle(probe).color.match(/\d+/g) ?? []).slice(0, 3).map(Number);
      probe.remove();
      return rgb;
    };
    return { ok: colour('ok'), error: colour('error') };
  });
}

const green = ([r, g, b]: number[]) => g > r && g > b;
const red = ([r, g, b]: number[]) => r > g && r > b;

describe('a status line’s colour says its outcome', () => {
  it.each([
    ['the commune’s sidebar', () => openLoaded(browser(), { getSidebarState: { ok: sampleState() } })],
    [
      'the roll-up’s sidebar',
      () =>
        openSidebar(browser(), 'dist-rollup/Sidebar.html', {
          getUpdateProgress: { ok: { underWay: false, read: 0, total: null, minutesLeft: null, pace: 60, runs: 0, started: '', error: '', status: '' } },
        }),
    ],
  ])('%s: a success in green, a failure in red', async (_, open) => {
    const s = await open();
    const tones = await toneColours(s);
    expect({ ok: green(tones.ok), error: red(tones.error) }).toEqual({ ok: true, error: true });
    await done(s);
  });
});
