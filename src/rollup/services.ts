/**
 * The roll-up's services: the generic ones come from src/gas; the Spreadsheet interfaces below are
 * the roll-up's view of SpreadsheetApp until they join src/gas/spreadsheet.ts with the single fake.
 * The real services fit these types (checked by `liveServices` below, no casts).
 */
import { boundSpreadsheet, clock, documentApp, script, scriptLock, scriptProperties, urlFetch } from '../gas/live';
import type { DocumentAppLike } from '../gas/render-doc';
import type { Clock, LockLike, PropertiesLike, ScriptLike, UrlFetchLike } from '../gas/services';
import type { RollupProbe } from './self-check';

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

export interface RollupServices {
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

/** The year's report reads the stored records under the update's lock and writes one Google Doc. */
export type ReportServices = Pick<RollupServices, 'spreadsheet' | 'properties' | 'lock' | 'clock'> & { documentApp: DocumentAppLike };

/** Script property holding the Tổng hợp spreadsheet's id, for the runs a trigger starts. */
export const SPREADSHEET_ID_KEY = 'CDHT_TONG_HOP_ID';

/**
 * The real services; called inside entry points only, never at module top level. Each works in a
 * trigger as well as from the menu: the spreadsheet by its kept id, the script's properties and
 * lock rather than the document's (null where no document is open). The roll-up is a script bound
 * to one Tổng hợp spreadsheet, so the script's scope is that spreadsheet's.
 */
export function liveServices(): RollupServices {
  return {
    spreadsheet: boundSpreadsheet(SPREADSHEET_ID_KEY),
    urlFetch: urlFetch(),
    script: script(),
    properties: scriptProperties(),
    lock: scriptLock(),
    clock,
    newDataValidation: () => SpreadsheetApp.newDataValidation(),
  };
}

/** The roll-up workbook as the self-check reads it. */
export function liveProbe(): RollupProbe {
  return SpreadsheetApp.getActiveSpreadsheet();
}

export function liveReportServices(): ReportServices {
  return { ...liveServices(), documentApp: documentApp() };
}
