/**
 * The built bundles loaded in a fresh node:vm context with Apps Script's globals backed by the
 * fakes, as the entry-point tests run them: dist/Code.js (the commune add-on) and
 * dist-rollup/Code.js (the roll-up, over the roll-up harness).
 */
import { loadBundle } from '../../scripts/lib/load-bundle';
import { FakeDocsApi } from '../fakes/docs-api';
import { FakeDocumentApp } from '../fakes/document-app';
import { FakeLock } from '../fakes/lock';
import { FakeProperties } from '../fakes/properties';
import { FakeSpreadsheet, fakeDataValidation, fakeFactories } from '../fakes/spreadsheet';
import { FakeUi, fakeHtmlService, type RunMode } from '../fakes/ui';
import { harness } from '../rollup/harness';

/** What the Ui showed from the `from`-th item on, as [kind, title, content]. */
const shownFrom = (ui: FakeUi) => (from: number) => ui.shown.slice(from).map((s) => [s.kind, s.title, s.content]);

/** The add-on's bundle over fresh fakes; `withDocs: false` leaves the Docs advanced service out, as a copy of the script without it. */
export function addonBundle(mode: RunMode = 'person', withDocs = true) {
  const ss = new FakeSpreadsheet();
  const factories = fakeFactories(ss.log);
  const ui = new FakeUi(mode);
  const lock = new FakeLock();
  const documentApp = new FakeDocumentApp();
  const docs = new FakeDocsApi(documentApp);
  const flushes = { count: 0 };
  // The tab the person has open (Sheet.activate); the first tab until a test opens another.
  let active: string | null = null;
  const gas = loadBundle('dist/Code.js', {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ss,
      getActiveSheet: () => (active === null ? ss.sheets[0] : ss.sheet(active)),
      getUi: ui.getUi,
      flush: () => void flushes.count++,
      newDataValidation: factories.newDataValidation,
      newConditionalFormatRule: factories.newConditionalFormatRule,
      ProtectionType: factories.protectionTypes,
    },
    Charts: { ChartType: { COLUMN: factories.columnChart } },
    ScriptApp: { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' } },
    LockService: { getDocumentLock: () => lock },
    PropertiesService: { getDocumentProperties: () => new FakeProperties() },
    HtmlService: fakeHtmlService,
    DocumentApp: documentApp,
    ...(withDocs ? { Docs: docs } : {}),
    Utilities: { sleep: () => {} },
  });
  /** Opens the tab `name`, as a person clicking it (Sheet.activate): getActiveSheet returns it from then on. */
  const activate = (name: string) => {
    active = name;
  };
  return { ss, ui, lock, documentApp, docs, flushes, gas, activate, shown: shownFrom(ui) };
}

/** The roll-up's bundle over the roll-up harness (no latency), the Ui in `mode`. */
export function rollupBundle(mode: RunMode = 'person') {
  const h = harness(0);
  const ui = new FakeUi(mode);
  const documentApp = new FakeDocumentApp();
  const gas = loadBundle('dist-rollup/Code.js', {
    SpreadsheetApp: { getActiveSpreadsheet: () => h.spreadsheet, openById: () => h.spreadsheet, getUi: ui.getUi, newDataValidation: fakeDataValidation, flush: () => {} },
    UrlFetchApp: h.urlFetch,
    ScriptApp: Object.assign(h.script, { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' } }),
    PropertiesService: { getDocumentProperties: () => h.properties, getScriptProperties: () => h.properties },
    LockService: { getDocumentLock: () => h.lock, getScriptLock: () => h.lock },
    HtmlService: fakeHtmlService,
    DocumentApp: documentApp,
    Utilities: { sleep: (ms: number) => h.clock.advance(ms) },
  });
  return { h, ui, documentApp, gas, shown: shownFrom(ui) };
}
