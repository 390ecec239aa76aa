import type { Cell } from '../core/cells/values';

/**
 * The part of SpreadsheetApp the add-on uses, as structural interfaces: the real objects satisfy
 * them, and tests pass a recording fake (test/fakes/spreadsheet.ts). Builders and enums come in
 * through `SpreadsheetFactories` rather than globals, so nothing here touches Apps Script itself.
 */
export interface RangeLike {
  getValues(): Cell[][];
  getFormulas(): string[][];
  /** Hyperlinks of text cells (the roll-up reads register links); null for a cell that is not text. */
  getRichTextValues(): Array<Array<RichTextLike | null>>;
  setValues(values: Cell[][]): unknown;
  setValue(value: Cell): unknown;
  setNumberFormats(formats: string[][]): unknown;
  setFontWeights(weights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): unknown;
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): unknown;
  setBackgrounds(colors: Array<Array<string | null>>): unknown;
  setWrap(wrap: boolean): unknown;
  setDataValidations(rules: unknown[][]): unknown;
  setDataValidation(rule: unknown): unknown;
  getA1Notation(): string;
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getSheet(): SheetLike;
  getCell(row: number, column: number): RangeLike;
  protect(): ProtectionLike;
  /** Read only where people's own cells sit inside the template's area, to write them back unchanged. */
  getNumberFormats(): string[][];
  getFontWeights(): string[][];
  getBackgrounds(): string[][];
  getDataValidations(): unknown[][];
}

export interface RichTextLike {
  getLinkUrl(): string | null;
}

/** Developer metadata (spreadsheets.currentonly allows it): set-up tags the sheets it owns. */
export interface DeveloperMetadataLike {
  getKey(): string;
  getValue(): string | null;
}

export interface ProtectionLike {
  getDescription(): string;
  setDescription(description: string): unknown;
  setWarningOnly(warningOnly: boolean): unknown;
  getRange(): RangeLike;
  remove(): void;
}

export interface ChartLike {
  getRanges(): RangeLike[];
}

export interface ChartBuilderLike {
  setChartType(type: unknown): ChartBuilderLike;
  asColumnChart(): ColumnChartBuilderLike;
  addRange(range: RangeLike): ChartBuilderLike;
  setPosition(row: number, column: number, offsetX: number, offsetY: number): ChartBuilderLike;
  setOption(option: string, value: unknown): ChartBuilderLike;
  build(): unknown;
}

/** The column chart's own settings come first: addRange and setPosition return the plain builder. */
export interface ColumnChartBuilderLike extends ChartBuilderLike {
  setTitle(chartTitle: string): ColumnChartBuilderLike;
}

export interface SheetLike {
  getName(): string;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeLike;
  getRange(a1Notation: string): RangeLike;
  /** A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): RangeLike;
  getFrozenRows(): number;
  setFrozenRows(rows: number): void;
  setColumnWidths(startColumn: number, numColumns: number, width: number): unknown;
  setConditionalFormatRules(rules: unknown[]): void;
  getProtections(type: unknown): ProtectionLike[];
  protect(): ProtectionLike;
  getCharts(): ChartLike[];
  removeChart(chart: ChartLike): void;
  newChart(): ChartBuilderLike;
  insertChart(chart: unknown): void;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): unknown;
  insertColumnsAfter(afterPosition: number, howMany: number): unknown;
  insertRowBefore(beforePosition: number): unknown;
  clear(): unknown;
  hideSheet(): unknown;
  insertRowsBefore(beforePosition: number, howMany: number): unknown;
  insertColumnsBefore(beforePosition: number, howMany: number): unknown;
  /**
   * Moves the whole columns `columnSpec` spans to stand before column `destinationIndex`, counted
   * before the move (Sheet.moveColumns): values, formulas and formats go with them, and references
   * follow their cells. Repair puts back a template column people dragged where the sheet's
   * formulas or readers cannot follow it.
   */
  moveColumns(columnSpec: RangeLike, destinationIndex: number): void;
  addDeveloperMetadata(key: string, value?: string): unknown;
  /** The developer metadata at this sheet's location. */
  getDeveloperMetadata(): DeveloperMetadataLike[];
}

export interface NamedRangeLike {
  getName(): string;
  getRange(): RangeLike;
  setRange(range: RangeLike): void;
}

export interface SpreadsheetLike {
  getSheets(): SheetLike[];
  getSheetByName(name: string): SheetLike | null;
  getNumSheets(): number;
  toast(msg: string, title: string, timeoutSeconds: number): void;
  insertSheet(name: string, index: number): SheetLike;
  getRangeByName(name: string): RangeLike | null;
  getNamedRanges(): NamedRangeLike[];
  setNamedRange(name: string, range: RangeLike): void;
}

export interface DataValidationBuilderLike {
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderLike;
  requireNumberBetween(start: number, end: number): DataValidationBuilderLike;
  requireDate(): DataValidationBuilderLike;
  setAllowInvalid(allow: boolean): DataValidationBuilderLike;
  setHelpText(text: string): DataValidationBuilderLike;
  build(): unknown;
}

export interface ConditionalFormatRuleBuilderLike {
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilderLike;
  whenTextStartsWith(text: string): ConditionalFormatRuleBuilderLike;
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderLike;
  setBackground(color: string): ConditionalFormatRuleBuilderLike;
  setRanges(ranges: RangeLike[]): ConditionalFormatRuleBuilderLike;
  build(): unknown;
}

export interface SpreadsheetFactories {
  newDataValidation(): DataValidationBuilderLike;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderLike;
  protectionTypes: { RANGE: unknown; SHEET: unknown };
  columnChart: unknown;
}

/**
 * What the self-check ("Kiểm tra tiện ích") needs of the spreadsheet: its settings, and a sheet it
 * can add, hide and remove for a probe.
 */
export interface ProbeSpreadsheet {
  getSpreadsheetLocale(): string;
  getSpreadsheetTimeZone(): string;
  getSheets(): unknown[];
  getSheetByName(name: string): unknown;
  insertSheet(name: string, index: number): ProbeSheet;
  deleteSheet(sheet: ProbeSheet): void;
  getRangeByName(name: string): RangeLike | null;
}

export interface ProbeSheet {
  hideSheet(): unknown;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeLike;
}
