import { SHEETS } from '../core/template/layout';
import type { DocumentAppLike } from '../gas/render-doc';
import type { LockLike, SpreadsheetFactories, SpreadsheetLike } from '../gas/spreadsheet';

/**
 * The only module that touches Apps Script globals, and only when called: module top levels run on
 * every custom-function call, where most services are not allowed.
 */
export function activeSpreadsheet(): SpreadsheetLike {
  return SpreadsheetApp.getActiveSpreadsheet() as unknown as SpreadsheetLike;
}

export function spreadsheetFactories(): SpreadsheetFactories {
  return {
    newDataValidation: () => SpreadsheetApp.newDataValidation() as never,
    newConditionalFormatRule: () => SpreadsheetApp.newConditionalFormatRule() as never,
    protectionTypes: SpreadsheetApp.ProtectionType,
    columnChart: Charts.ChartType.COLUMN,
  };
}

export function documentLock(): LockLike {
  return LockService.getDocumentLock();
}

export function flush(): void {
  SpreadsheetApp.flush();
}

export function ui(): GoogleAppsScript.Base.Ui {
  return SpreadsheetApp.getUi();
}

/** An add-on opened before it was used in this document runs onOpen in AuthMode.NONE; a bound script never does. */
export function openedAsAddon(event: { authMode?: GoogleAppsScript.Script.AuthMode } | undefined): boolean {
  return event?.authMode === ScriptApp.AuthMode.NONE;
}

/** Shows the built dist/Sidebar.html (clasp pushes it as "Sidebar"). */
export function showSidebarHtml(): void {
  ui().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('CĐHT Sheets'));
}

/** A modal dialog with prepared (escaped) HTML. */
export function showDialog(title: string, html: string): void {
  ui().showModalDialog(HtmlService.createHtmlOutput(html).setWidth(520).setHeight(420), title);
}

export function confirm(title: string, message: string): boolean {
  const u = ui();
  return u.alert(title, message, u.ButtonSet.YES_NO) === u.Button.YES;
}

export function documentApp(): DocumentAppLike {
  return DocumentApp;
}

/** The criteria chart of "Kết quả" as a PNG, or null: the dossier then shows its figures as a table. */
export function criteriaChartImage(): GoogleAppsScript.Base.BlobSource | null {
  try {
    const chart = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEETS.results)?.getCharts()[0];
    return chart ? chart.getAs('image/png') : null;
  } catch {
    return null;
  }
}

/**
 * The e-mail addresses of the spreadsheet's editors (Spreadsheet.getEditors, within the
 * spreadsheets.currentonly scope); none when they cannot be read (a consumer account hiding them).
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

/** A short message in the corner of the sheet while a long action runs. */
export function toast(message: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, 'CĐHT Sheets', 30);
}

export function alert(title: string, message: string): void {
  const u = ui();
  u.alert(title, message, u.ButtonSet.OK);
}
