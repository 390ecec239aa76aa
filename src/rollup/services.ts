/**
 * The Apps Script services the roll-up uses, narrowed from @types/google-apps-script to the
 * methods it calls. The real services fit these types (checked by `liveServices` below), and the
 * test fakes implement only these. Methods, not function properties, so that a fake's narrower
 * parameter types (a fake Range where the real one takes Range) are accepted.
 */
import type { DocumentAppLike } from '../gas/render-doc';
import type { MenuLike } from '../addon/menu';
import type { LockLike } from '../gas/spreadsheet';
import { hostSpreadsheet } from './host';

export type { LockLike, MenuLike };

export interface RichTextLike {
  getLinkUrl(): string | null;
}

export interface RangeLike {
  getValues(): unknown[][];
  setValues(values: unknown[][]): RangeLike;
  getRichTextValues(): Array<Array<RichTextLike | null>>;
  setFontWeight(fontWeight: string | null): RangeLike;
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): RangeLike;
}

export interface ChartBuilderLike {
  addRange(range: RangeLike): ChartBuilderLike;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): ChartBuilderLike;
  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart;
}

/** The column chart's own settings come first: addRange and setPosition return the plain builder. */
export interface ColumnChartBuilderLike extends ChartBuilderLike {
  setTitle(chartTitle: string): ColumnChartBuilderLike;
}

export interface SheetLike {
  getName(): string;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeLike;
  getLastRow(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): SheetLike;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetLike;
  insertRowBefore(beforePosition: number): SheetLike;
  clear(): SheetLike;
  setFrozenRows(rows: number): void;
  hideSheet(): SheetLike;
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[];
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void;
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void;
  newChart(): { asColumnChart(): ColumnChartBuilderLike };
}

export interface SpreadsheetLike {
  getSheetByName(name: string): SheetLike | null;
  insertSheet(sheetName: string, sheetIndex: number): SheetLike;
  getNumSheets(): number;
  toast(msg: string, title: string, timeoutSeconds: number): void;
}

export interface DataValidationBuilderLike {
  requireNumberBetween(start: number, end: number): DataValidationBuilderLike;
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderLike;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderLike;
  setHelpText(helpText: string): DataValidationBuilderLike;
  build(): GoogleAppsScript.Spreadsheet.DataValidation;
}

export type HttpResponseLike = Pick<GoogleAppsScript.URL_Fetch.HTTPResponse, 'getResponseCode' | 'getContentText'>;

export interface UrlFetchLike {
  fetchAll(requests: GoogleAppsScript.URL_Fetch.URLFetchRequest[]): HttpResponseLike[];
}

export interface TriggerLike {
  getHandlerFunction(): string;
}

export interface ScriptLike {
  getOAuthToken(): string;
  getProjectTriggers(): TriggerLike[];
  deleteTrigger(trigger: TriggerLike): void;
  newTrigger(functionName: string): { timeBased(): { after(durationMilliseconds: number): { create(): unknown } } };
}

export interface PropertiesLike {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): unknown;
  deleteProperty(key: string): unknown;
}

/** Time, so that tests can run the 6-minute limit in no time. */
export interface Clock {
  now(): number;
  sleep(milliseconds: number): void;
}

export interface UiLike {
  alert(prompt: string): unknown;
  createMenu(caption: string): MenuLike;
}

export interface AggregatorServices {
  /** The Tổng hợp workbook (the one the script is bound to). */
  spreadsheet: SpreadsheetLike;
  urlFetch: UrlFetchLike;
  script: ScriptLike;
  /** Properties of the Tổng hợp workbook's bound script. */
  properties: PropertiesLike;
  /** Script lock: one update at a time, whoever or whatever started it. */
  lock: LockLike;
  clock: Clock;
  newDataValidation(): DataValidationBuilderLike;
}

/** What "Tạo báo cáo tổng hợp" asks and shows. */
export interface SummaryUi {
  /** The text typed, or null when the user cancelled or closed the prompt. */
  prompt(title: string, message: string): string | null;
  alert(message: string): void;
  /** A modal dialog with prepared (escaped) HTML. */
  showDialog(title: string, html: string): void;
}

/** The report reads the stored records under the update's lock and writes one Google Doc. */
export type SummaryServices = Pick<AggregatorServices, 'spreadsheet' | 'properties' | 'lock' | 'clock'> & { documentApp: DocumentAppLike };

/**
 * The real services; called inside entry points only, never at module top level. Each works in a
 * trigger as well as from the menu: the spreadsheet by its kept id, and script properties and
 * the script lock rather than the document's (null where no document is open). The roll-up is a
 * script bound to one Tổng hợp spreadsheet, so the script's scope is that spreadsheet's.
 */
export function liveServices(): AggregatorServices {
  return {
    spreadsheet: hostSpreadsheet(),
    urlFetch: UrlFetchApp,
    script: ScriptApp,
    properties: PropertiesService.getScriptProperties(),
    lock: LockService.getScriptLock(),
    clock: { now: () => Date.now(), sleep: (ms) => Utilities.sleep(ms) },
    newDataValidation: () => SpreadsheetApp.newDataValidation(),
  };
}

export function liveSummaryServices(): SummaryServices {
  return { ...liveServices(), documentApp: DocumentApp };
}

/** Only from the menu: a trigger has no UI to ask the year in. */
export function liveSummaryUi(): SummaryUi {
  const ui = SpreadsheetApp.getUi();
  return {
    prompt(title, message) {
      const response = ui.prompt(title, message, ui.ButtonSet.OK_CANCEL);
      return response.getSelectedButton() === ui.Button.OK ? response.getResponseText() : null;
    },
    alert: (message) => void ui.alert(message),
    showDialog: (title, html) => ui.showModalDialog(HtmlService.createHtmlOutput(html).setWidth(520).setHeight(320), title),
  };
}
