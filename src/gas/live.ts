import { ADDON_NAME } from '../core/addon-name';
import type { DocsApiLike, DocumentAppLike } from './render-doc';
import type { Clock, DialogUi, LockLike, MenuUi, PropertiesLike, ScriptLike, UrlFetchLike } from './services';
import type { ProbeSpreadsheet, SpreadsheetFactories, SpreadsheetLike } from './spreadsheet';

/**
 * The only module that touches Apps Script globals, for both projects, and only when called: module
 * top levels run on every custom-function call, where most services are not allowed. Every return
 * type is one of our interfaces and no value is cast, so the compiler checks the real services
 * against them (@types/google-apps-script).
 */

export function activeSpreadsheet(): SpreadsheetLike {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** The active spreadsheet as the self-check uses it. */
export function probeSpreadsheet(): ProbeSpreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

export function spreadsheetFactories(): SpreadsheetFactories {
  return {
    newDataValidation: () => SpreadsheetApp.newDataValidation(),
    newConditionalFormatRule: () => SpreadsheetApp.newConditionalFormatRule(),
    protectionTypes: SpreadsheetApp.ProtectionType,
    columnChart: Charts.ChartType.COLUMN,
  };
}

export function flush(): void {
  SpreadsheetApp.flush();
}

/**
 * The spreadsheet a bound script belongs to, in any run (reports disagree; see the README table "Google behaviours this add-on relies on",
 * "Triggers, UI, authorization"): the open one in a person's run, whose id is then kept in the
 * script properties under `idKey` (a copy of the spreadsheet, with its copy of the script, keeps
 * its own); in a time-driven trigger, where reports disagree on whether getActiveSpreadsheet()
 * returns the host, the one with the kept id. Throws, in Vietnamese, when neither exists.
 */
export function boundSpreadsheet(idKey: string): SpreadsheetLike {
  const properties = PropertiesService.getScriptProperties();
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) {
    const id = active.getId();
    if (properties.getProperty(idKey) !== id) properties.setProperty(idKey, id);
    return active;
  }
  const id = properties.getProperty(idKey);
  if (!id) throw new Error('Chưa biết bảng tính nào: hãy mở bảng tính và chạy một mục của menu tiện ích một lần.');
  return SpreadsheetApp.openById(id);
}

/** The script's lock: unlike the document's, it exists in a trigger too (a bound script has one document). */
export function scriptLock(): LockLike {
  return LockService.getScriptLock();
}

/** The script's properties: unlike the document's, they exist in a trigger too. */
export function scriptProperties(): PropertiesLike {
  return PropertiesService.getScriptProperties();
}

/**
 * Shows `message` to the person who chose a menu item. In a trigger nobody is there and getUi()
 * throws: nothing is shown, and the caller has already told the sheet. Takes the message, never a
 * call, so that no work ever depends on a UI being there.
 */
export function tellPerson(title: string, message: string): void {
  let ui: DialogUi;
  try {
    ui = dialogUi(320);
  } catch {
    return;
  }
  ui.alert(title, message);
}

/** The name of the sheet the user has open (the year archive to restore). */
export function activeSheetName(): string {
  return SpreadsheetApp.getActiveSheet().getName();
}

export function documentLock(): LockLike {
  return LockService.getDocumentLock();
}

export function documentProperties(): PropertiesLike {
  return PropertiesService.getDocumentProperties();
}

export function urlFetch(): UrlFetchLike {
  return UrlFetchApp;
}

export function script(): ScriptLike {
  return ScriptApp;
}

export function documentApp(): DocumentAppLike {
  return DocumentApp;
}

/**
 * The advanced service "Docs", or null where the project does not enable it (a copy of the script
 * made without the manifest's dependency): the global is then not defined at all.
 */
export function docsApi(): DocsApiLike | null {
  return typeof Docs === 'undefined' || !Docs ? null : Docs;
}

export const clock: Clock = { now: () => Date.now(), sleep: (ms) => Utilities.sleep(ms) };

/** The menu builder; onOpen may call it in AuthMode.NONE. */
export function menuUi(): MenuUi {
  return SpreadsheetApp.getUi();
}

/** An add-on opened before it was used in this document runs onOpen in AuthMode.NONE; a bound script never does. */
export function openedAsAddon(event: { authMode?: GoogleAppsScript.Script.AuthMode } | undefined): boolean {
  return event?.authMode === ScriptApp.AuthMode.NONE;
}

/** The dialogs of a person's run. Throws in a trigger, where SpreadsheetApp.getUi() is not allowed. */
export function dialogUi(dialogHeight = 420): DialogUi {
  const ui = SpreadsheetApp.getUi();
  return {
    alert: (title, message) => void ui.alert(title, message, ui.ButtonSet.OK),
    confirm: (title, message) => ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES,
    prompt(title, message) {
      const response = ui.prompt(title, message, ui.ButtonSet.OK_CANCEL);
      return response.getSelectedButton() === ui.Button.OK ? response.getResponseText() : null;
    },
    showDialog: (title, html) => ui.showModalDialog(HtmlService.createHtmlOutput(html).setWidth(520).setHeight(dialogHeight), title),
  };
}

/** Shows a file of the project (clasp pushes dist/Sidebar.html as "Sidebar") in the sidebar. */
export function showSidebarFile(file: string, title: string): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(file).setTitle(title));
}

/** The first chart of a sheet as a PNG, or null (no sheet, no chart, or the export failed). */
export function firstChartImage(sheetName: string): GoogleAppsScript.Base.BlobSource | null {
  try {
    const chart = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName)?.getCharts()[0];
    return chart ? chart.getAs('image/png') : null;
  } catch {
    return null;
  }
}

/**
 * The e-mail addresses of the active spreadsheet's editors (Spreadsheet.getEditors, within the
 * spreadsheets.currentonly scope); none when they cannot be read.
 */
export function spreadsheetEditors(): string[] {
  try {
    return SpreadsheetApp.getActiveSpreadsheet()
      .getEditors()
      .map((user) => user.getEmail())
      .filter(Boolean);
  } catch {
    return [];
  }
}

/** A short message in the corner of the active spreadsheet while a long action runs. */
export function toast(message: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, ADDON_NAME, 30);
}
