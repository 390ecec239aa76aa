/// <reference lib="dom" />
/**
 * Real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core; never a
 * downloaded browser) with a fake google.script.run, as the toolchain notes (apps-script.md §4.1) advise.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { pathToFileURL } from 'node:url';
import { SCRIPT_RUN_TRANSFER } from '../fakes/script-run';
import type { SidebarState } from '../../src/core/sidebar/protocol';
import { buildSidebarState } from '../../src/core/sidebar/state';
import { sampleSnapshot } from '../fixtures/sample-commune';

export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** One answer of a fake server function, given after `delay` ms (google.script.run is always async). */
export type Answer = { ok: unknown; delay?: number } | { fail: string; delay?: number };
/** A single answer is given to every call; a list is used up in order, its last answer repeating. */
export type Fakes = Record<string, Answer | Answer[]>;

export interface ServerCall {
  name: string;
  args: unknown[];
}

/**
 * The stub, as plain JS so nothing the test runner's compiler adds leaks into the page. The runner
 * is a Proxy like HtmlService's: with… methods return new runners, any other property is a server
 * function that is recorded in window.__calls and answered from window.__serverFakes. Arguments
 * and answers cross as google.script.run lets them (test/fakes/script-run.ts: a Date in an answer
 * makes it null, an illegal argument fails the call).
 */
const FAKE_SERVER = `
${SCRIPT_RUN_TRANSFER}
(() => {
  window.__calls = [];
  const next = (name) => {
    const fake = window.__serverFakes[name];
    if (!Array.isArray(fake)) return fake;
    return fake.length > 1 ? fake.shift() : fake[0];
  };
  const runner = (onSuccess, onFailure) => new Proxy({}, {
    get(_target, prop) {
      if (prop === 'withSuccessHandler') return (handler) => runner(handler, onFailure);
      if (prop === 'withFailureHandler') return (handler) => runner(onSuccess, handler);
      if (prop === 'withUserObject') return () => runner(onSuccess, onFailure);
      return (...args) => {
        const sent = scriptRunTransfer(args, 'argument');
        window.__calls.push({ name: String(prop), args: sent.ok ? sent.value : sent.error });
        const answer = next(String(prop));
        setTimeout(() => {
          if (!sent.ok) onFailure && onFailure(new Error(sent.error));
          else if (!answer) onFailure && onFailure(new Error('ScriptError: Không tìm thấy hàm tập lệnh: ' + String(prop)));
          else if ('fail' in answer) onFailure && onFailure(new Error(answer.fail));
          else onSuccess && onSuccess(scriptRunTransfer(answer.ok, 'return').value);
        }, answer && answer.delay !== undefined ? answer.delay : 5);
      };
    },
  });
  window.google = { script: { run: runner() } };
})();
`;

export interface Sidebar {
  page: Page;
  /** alert/confirm/prompt dialogs the page opened (an escaping failure would open one). */
  dialogs: string[];
  /** Uncaught errors in the page. */
  errors: string[];
  calls(): Promise<ServerCall[]>;
  /** Replaces the answers of one fake server function. */
  answer(name: string, answers: Answer | Answer[]): Promise<void>;
}

/**
 * Opens the built sidebar, 300 px wide like Sheets' sidebar, with the network blocked; `prepare`
 * runs on the page before it loads (e.g. to install Playwright's fake clock).
 */
export async function openSidebar(browser: Browser, htmlFile: string, fakes: Fakes, prepare?: (page: Page) => Promise<void>): Promise<Sidebar> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await prepare?.(page);
  // The add-ons CSS lives on gstatic: abort every non-file request so nothing waits on the network.
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript({ content: `window.__serverFakes = ${JSON.stringify(fakes)};\n${FAKE_SERVER}` });
  await page.goto(pathToFileURL(htmlFile).href);
  return {
    page,
    dialogs,
    errors,
    calls: () => page.evaluate(() => (window as unknown as { __calls: ServerCall[] }).__calls),
    answer: (name, answers) =>
      page.evaluate(
        ([n, a]) => {
          (window as unknown as { __serverFakes: Fakes }).__serverFakes[n as string] = a as Answer[];
        },
        [name, answers] as const,
      ),
  };
}

/** What getSidebarState answers for the sample commune (test/fixtures), loaded at 15/01/2026 08:30. */
export function sampleState(rulesetId: 'TT25' | 'TT44' = 'TT25'): SidebarState {
  const state = buildSidebarState(sampleSnapshot(rulesetId), new Date('2026-01-15T08:30:00+07:00'));
  if (!state) throw new Error('the sample has no usable ruleset');
  return state;
}

/** Opens the built sidebar and waits for its first screen: the assessment, or the load error. */
export async function openLoaded(browser: Browser, fakes: Fakes): Promise<Sidebar> {
  const s = await openSidebar(browser, 'dist/Sidebar.html', fakes);
  await s.page.locator('.assessment, #load-error').first().waitFor();
  return s;
}

/** A text on the page, trimmed ('' when the element is empty). */
export async function text(s: Sidebar, selector: string): Promise<string> {
  return ((await s.page.textContent(selector)) ?? '').trim();
}

/** Every test ends with no page error and no dialog. */
export async function done(s: Sidebar): Promise<void> {
  expect(s.errors).toEqual([]);
  expect(s.dialogs).toEqual([]);
  await s.page.close();
}
