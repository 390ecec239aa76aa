/**
 * The Apps Script globals the built roll-up (dist-rollup/Code.js) calls, made of the roll-up's
 * fakes, in the two ways Apps Script runs a function (see the README table "Google behaviours this add-on relies on",
 * "Triggers, UI, authorization"):
 * - 'menu': a person chose a menu item in the open spreadsheet: getUi() and
 *   getActiveSpreadsheet() work.
 * - 'trigger': a time-driven trigger: getUi() throws "Cannot call SpreadsheetApp.getUi() from
 *   this context" (reported by several add-ons), and getActiveSpreadsheet() is taken as null, the
 *   stricter of the two conflicting reports; document properties and the document lock are null
 *   too (Apps Script documents them as null where no document is open). openById,
 *   script properties and the script lock work in both.
 * The runtime's clock is the fake clock: `Date.now` inside the bundle's context reads it and
 * Utilities.sleep advances it, so a 6-minute run takes no time.
 */
import vm from 'node:vm';
import { existsSync, readFileSync } from 'node:fs';
import { fakeDataValidation } from '../fakes/spreadsheet';
import { FakeDocumentApp } from '../fakes/document-app';
import { FakeProperties } from '../fakes/properties';
import { harness } from './harness';

export type RunMode = 'menu' | 'trigger';

export const TOTAL_SPREADSHEET_ID = '1TongHopTinhAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** A harness whose services are reached through the Apps Script globals of a loaded bundle. */
export function liveBundle(dir = 'dist-rollup') {
  const h = harness();
  const env = {
    mode: 'menu' as RunMode,
    alerts: [] as string[],
    prompts: [] as string[],
    answer: null as string | null,
    dialogs: [] as string[],
    sidebars: [] as Array<{ file: string; title: string }>,
  };
  const documentApp = new FakeDocumentApp();
  const scriptProperties = new FakeProperties();
  const spreadsheet = Object.assign(h.spreadsheet, { getId: () => TOTAL_SPREADSHEET_ID });
  const ui = {
    ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO' },
    Button: { OK: 'OK', YES: 'YES' },
    alert: (title: string, message?: string) => void env.alerts.push(message ?? title),
    /** Answers `env.answer`, or cancels when it is null. */
    prompt: (title: string) => {
      env.prompts.push(title);
      return { getSelectedButton: () => (env.answer === null ? 'CANCEL' : 'OK'), getResponseText: () => env.answer ?? '' };
    },
    showModalDialog: (output: { html: string }) => void env.dialogs.push(output.html),
    showSidebar: (output: { file: string; title: string }) => void env.sidebars.push({ file: output.file, title: output.title }),
    createMenu: () => {
      const menu = { addItem: () => menu, addSeparator: () => menu, addToUi: () => undefined };
      return menu;
    },
  };
  const inTrigger = () => env.mode === 'trigger';
  const globals = {
    SpreadsheetApp: {
      getUi: () => {
        if (inTrigger()) throw new Error('Exception: Cannot call SpreadsheetApp.getUi() from this context.');
        return ui;
      },
      getActiveSpreadsheet: () => (inTrigger() ? null : spreadsheet),
      openById: (id: string) => {
        if (id !== TOTAL_SPREADSHEET_ID) throw new Error(`Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp (${id}).`);
        return spreadsheet;
      },
      newDataValidation: () => fakeDataValidation(spreadsheet.log),
    },
    UrlFetchApp: h.urlFetch,
    ScriptApp: h.script,
    PropertiesService: {
      getScriptProperties: () => scriptProperties,
      getDocumentProperties: () => (inTrigger() ? null : h.properties),
    },
    LockService: {
      getScriptLock: () => h.lock,
      getDocumentLock: () => (inTrigger() ? null : h.lock),
    },
    Utilities: { sleep: (ms: number) => h.clock.sleep(ms) },
    DocumentApp: documentApp,
    HtmlService: {
      createHtmlOutput(html: string) {
        const output = { html, setWidth: () => output, setHeight: () => output };
        return output;
      },
      /** A file of the project by its name without ".html", as clasp pushes dist-rollup/Sidebar.html. */
      createHtmlOutputFromFile(file: string) {
        if (!existsSync(`${dir}/${file}.html`)) throw new Error(`Exception: No HTML file named ${file} was found.`);
        const output = { file, title: '', setTitle: (title: string) => Object.assign(output, { title }) };
        return output;
      },
    },
    fakeNow: () => h.clock.now(),
  };
  const context = vm.createContext(globals);
  vm.runInContext('Date.now = function () { return fakeNow(); };', context);
  vm.runInContext(readFileSync(`${dir}/Code.js`, 'utf8'), context, { filename: `${dir}/Code.js` });
  /** Runs a top-level function as Apps Script would, with `args` as google.script.run passes them; returns its answer. */
  const run = (mode: RunMode, name: string, ...args: unknown[]): unknown => {
    env.mode = mode;
    const entry = context[name] as ((...a: unknown[]) => unknown) | undefined;
    if (typeof entry !== 'function') throw new Error(`dist-rollup has no top-level function ${name}`);
    return entry(...args);
  };
  return { ...h, env, scriptProperties, documentApp, context, run };
}
