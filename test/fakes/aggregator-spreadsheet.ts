/**
 * A minimal in-memory SpreadsheetApp for the roll-up's adapters (src/rollup/services.ts):
 * sheets of 2-D arrays, ranges that check their bounds and the shape of what is written the way
 * the real service does, and a log of calls so tests can assert batching.
 *
 * Differences from the real service, on purpose:
 * - values are stored as given: Sheets would turn the text "2016" into a number and a date-like
 *   text into a date; no number formats, no formulas, no A1-notation getRange;
 * - getRichTextValues only knows links set with `setLink` (null for non-text cells, as the real one);
 * - charts and data validations are recorded as plain objects, never drawn or enforced;
 * - clear() empties contents and bold rows; frozen rows, validations and charts are kept, as in
 *   Sheets (charts are removed by the code under test, which is what tests check).
 */
import type { ChartBuilderLike, ColumnChartBuilderLike, DataValidationBuilderLike, RangeLike, RichTextLike, SheetLike, SpreadsheetLike } from '../../src/rollup/services';

type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

export interface FakeChart {
  title: string;
  ranges: Array<{ row: number; column: number; numRows: number; numColumns: number }>;
  position: [row: number, column: number];
}

export interface FakeRule {
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

const isEmpty = (v: unknown) => v === '' || v === null || v === undefined;

export class FakeRange implements RangeLike {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private each<T>(f: (r: number, c: number) => T): T[][] {
    return Array.from({ length: this.numRows }, (_, i) => Array.from({ length: this.numColumns }, (_, j) => f(this.row + i, this.column + j)));
  }

  getValues(): unknown[][] {
    this.sheet.log.push(`getValues ${this.row},${this.column} ${this.numRows}x${this.numColumns}`);
    return this.each((r, c) => this.sheet.cell(r, c));
  }

  setValues(values: unknown[][]): RangeLike {
    this.sheet.log.push(`setValues ${this.row},${this.column} ${this.numRows}x${this.numColumns}`);
    if (values.length !== this.numRows) {
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.numRows}.`);
    }
    for (const row of values) {
      if (row.length !== this.numColumns) {
        throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.numColumns}.`);
      }
      for (const v of row) {
        if (v !== null && v !== undefined && typeof v === 'object' && !(v instanceof Date)) throw new Error(`Cannot convert ${String(v)} to a cell value.`);
      }
    }
    values.forEach((row, i) => row.forEach((v, j) => this.sheet.put(this.row + i, this.column + j, v)));
    return this;
  }

  getRichTextValues(): Array<Array<RichTextLike | null>> {
    return this.each((r, c) => {
      const value = this.sheet.cell(r, c);
      if (typeof value !== 'string') return null;
      const url = this.sheet.links.get(`${r},${c}`) ?? null;
      return { getLinkUrl: () => url };
    });
  }

  setFontWeight(fontWeight: string | null): RangeLike {
    for (let r = this.row; r < this.row + this.numRows; r++) if (fontWeight === 'bold') this.sheet.boldRows.add(r);
    return this;
  }

  setDataValidation(rule: Rule | null): RangeLike {
    this.sheet.validations.push({ row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns, rule: rule as unknown as FakeRule });
    return this;
  }
}

class FakeChartBuilder implements ColumnChartBuilderLike {
  private readonly chart: FakeChart = { title: '', ranges: [], position: [1, 1] };
  asColumnChart(): ColumnChartBuilderLike {
    return this;
  }
  setTitle(title: string): ColumnChartBuilderLike {
    this.chart.title = title;
    return this;
  }
  addRange(range: RangeLike): ChartBuilderLike {
    const r = range as FakeRange;
    this.chart.ranges.push({ row: r.row, column: r.column, numRows: r.numRows, numColumns: r.numColumns });
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number): ChartBuilderLike {
    this.chart.position = [anchorRowPos, anchorColPos];
    return this;
  }
  build(): Chart {
    return { ...this.chart } as unknown as Chart;
  }
}

export class FakeSheet implements SheetLike {
  /** Sparse rows; a missing row or cell reads as ''. */
  private rows: unknown[][] = [];
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  hidden = false;
  readonly boldRows = new Set<number>();
  readonly links = new Map<string, string>();
  readonly validations: Array<{ row: number; column: number; numRows: number; numColumns: number; rule: FakeRule }> = [];
  charts: FakeChart[] = [];
  readonly log: string[] = [];

  constructor(private name: string) {}

  getName(): string {
    return this.name;
  }

  cell(row: number, column: number): unknown {
    const value = this.rows[row - 1]?.[column - 1];
    return isEmpty(value) ? '' : value;
  }

  put(row: number, column: number, value: unknown): void {
    (this.rows[row - 1] ??= [])[column - 1] = isEmpty(value) ? '' : value;
  }

  /** Test helper: the sheet's contents up to its last row and last column with data. */
  values(): unknown[][] {
    const last = this.getLastRow();
    const width = Math.max(0, ...this.rows.map((r) => (r ? r.reduce<number>((w, v, i) => (isEmpty(v) ? w : i + 1), 0) : 0)));
    return Array.from({ length: last }, (_, r) => Array.from({ length: width }, (_, c) => this.cell(r + 1, c + 1)));
  }

  /** Test helper: a labelled link in a cell, as Insert › Link makes one. */
  setLink(row: number, column: number, url: string): void {
    this.links.set(`${row},${column}`, url);
  }

  getRange(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    if (!Number.isInteger(row) || row < 1) throw new Error('The starting row of the range is too small.');
    if (!Number.isInteger(column) || column < 1) throw new Error('The starting column of the range is too small.');
    if (!Number.isInteger(numRows) || numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (!Number.isInteger(numColumns) || numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, row, column, numRows, numColumns);
  }

  getLastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) if (this.rows[r - 1]?.some((v) => !isEmpty(v))) return r;
    return 0;
  }

  getMaxRows(): number {
    return this.maxRows;
  }

  getMaxColumns(): number {
    return this.maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): SheetLike {
    this.rows.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => []));
    this.maxRows += howMany;
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): SheetLike {
    for (const row of this.rows) row?.splice(afterPosition, 0, ...new Array(howMany).fill(''));
    this.maxColumns += howMany;
    return this;
  }

  insertRowBefore(beforePosition: number): SheetLike {
    this.log.push(`insertRowBefore ${beforePosition}`);
    this.insertRowsAfter(beforePosition - 1, 1);
    const moved = [...this.links].map(([key, url]) => {
      const [r, c] = key.split(',').map(Number);
      return [r >= beforePosition ? `${r + 1},${c}` : key, url] as const;
    });
    this.links.clear();
    for (const [key, url] of moved) this.links.set(key, url);
    return this;
  }

  clear(): SheetLike {
    this.log.push('clear');
    this.rows = [];
    this.boldRows.clear();
    return this;
  }

  setFrozenRows(rows: number): void {
    this.frozenRows = rows;
  }

  hideSheet(): SheetLike {
    this.hidden = true;
    return this;
  }

  getCharts(): Chart[] {
    return this.charts as unknown as Chart[];
  }

  removeChart(chart: Chart): void {
    this.charts = this.charts.filter((c) => c !== (chart as unknown as FakeChart));
  }

  insertChart(chart: Chart): void {
    this.charts.push(chart as unknown as FakeChart);
  }

  newChart(): { asColumnChart(): ColumnChartBuilderLike } {
    return new FakeChartBuilder();
  }
}

export class FakeSpreadsheet implements SpreadsheetLike {
  readonly sheets: FakeSheet[] = [];
  readonly toasts: string[] = [];
  /** File → Settings, and the id (Spreadsheet reference: getId, getSpreadsheetLocale, getSpreadsheetTimeZone). */
  id = 'rollup-spreadsheet-id';
  locale = 'vi_VN';
  timeZone = 'Asia/Ho_Chi_Minh';

  getId(): string {
    return this.id;
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.getName() === name) ?? null;
  }

  insertSheet(sheetName: string, sheetIndex: number): FakeSheet {
    if (this.getSheetByName(sheetName)) throw new Error(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    if (sheetIndex < 0 || sheetIndex > this.sheets.length) throw new Error(`Sheet index ${sheetIndex} is out of range.`);
    const sheet = new FakeSheet(sheetName);
    this.sheets.splice(sheetIndex, 0, sheet);
    return sheet;
  }

  getNumSheets(): number {
    return this.sheets.length;
  }

  toast(msg: string): void {
    this.toasts.push(msg);
  }

  /** Test helper: the sheet by name, which must exist. */
  sheet(name: string): FakeSheet {
    const sheet = this.getSheetByName(name);
    if (!sheet) throw new Error(`No sheet "${name}" (have: ${this.sheets.map((s) => s.getName()).join(', ')})`);
    return sheet;
  }
}

/** SpreadsheetApp.newDataValidation(), recording what each rule asks for. */
export function fakeDataValidation(): DataValidationBuilderLike {
  const rule: FakeRule = { criteria: '', args: [], allowInvalid: true, helpText: '' };
  const builder: DataValidationBuilderLike = {
    requireNumberBetween: (start, end) => ((rule.criteria = 'NUMBER_BETWEEN'), (rule.args = [start, end]), builder),
    requireValueInList: (values, showDropdown) => ((rule.criteria = 'VALUE_IN_LIST'), (rule.args = [values, showDropdown]), builder),
    setAllowInvalid: (allow) => ((rule.allowInvalid = allow), builder),
    setHelpText: (text) => ((rule.helpText = text), builder),
    build: () => ({ ...rule }) as unknown as Rule,
  };
  return builder;
}
