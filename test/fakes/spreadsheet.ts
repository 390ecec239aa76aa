import type { Cell } from '../../src/core/cells/values';
import type {
  ChartBuilderLike,
  ChartLike,
  ConditionalFormatRuleBuilderLike,
  DataValidationBuilderLike,
  NamedRangeLike,
  ProtectionLike,
  RangeLike,
  SheetLike,
  SpreadsheetFactories,
  SpreadsheetLike,
} from '../../src/gas/spreadsheet';
import { userEntered, type FormulaParser, type SheetLocale } from './user-entered';

/**
 * A recording fake of SpreadsheetApp for the calls the add-on makes. Like the real service it
 * keeps 2-D arrays, checks their dimensions with the real error messages, stores Dates as Dates,
 * and reads every string written with setValue(s) as if a person typed it in a sheet of the
 * spreadsheet's locale (vi_VN unless a test chooses another): numbers, percents, dates and
 * formulas by the rules and sources in test/fakes/user-entered.ts, text kept only under the "@"
 * format or behind a leading apostrophe. A formula that does not parse in the locale reads back
 * as #ERROR!.
 *
 * Known differences from the real service:
 * - no formula engine: getValues() returns "" for a formula that parses (the real one returns its result);
 * - one protection object per protect() call, with no editors or permission model;
 * - charts keep only their ranges; conditional format and validation rules are plain objects;
 * - sheets grow without limit (no 10 million cell quota), and insertSheet ignores the active sheet.
 */

export class CallLog {
  readonly calls: string[] = [];
  readonly builderCalls: string[] = [];
  record(name: string) {
    this.calls.push(name);
  }
  count(prefix = ''): number {
    return this.calls.filter((c) => c.startsWith(prefix)).length;
  }
  reset() {
    this.calls.length = 0;
    this.builderCalls.length = 0;
  }
}

interface StoredCell {
  value: Cell;
  formula: string;
  format: string;
  weight: string;
  background: string | null;
  validation: unknown;
  wrap: boolean;
}

const emptyCell = (): StoredCell => ({ value: '', formula: '', format: 'General', weight: 'normal', background: null, validation: null, wrap: false });

function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function parseA1(a1: string): { row: number; column: number; rows: number; columns: number } {
  const [start, end = start] = a1.replace(/\$/g, '').split(':');
  const parse = (ref: string) => {
    const match = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!match) throw new Error(`Range not found`);
    const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(match[2]), column };
  };
  const a = parse(start);
  const b = parse(end);
  return { row: a.row, column: a.column, rows: b.row - a.row + 1, columns: b.column - a.column + 1 };
}

export class FakeProtection implements ProtectionLike {
  description = '';
  warningOnly = false;
  removed = false;
  constructor(
    private readonly log: CallLog,
    readonly range: FakeRange,
    readonly type: 'SHEET' | 'RANGE',
  ) {}
  getDescription() {
    this.log.record('Protection.getDescription');
    return this.description;
  }
  setDescription(description: string) {
    this.log.record('Protection.setDescription');
    this.description = description;
    return this;
  }
  setWarningOnly(warningOnly: boolean) {
    this.log.record('Protection.setWarningOnly');
    this.warningOnly = warningOnly;
    return this;
  }
  getRange() {
    this.log.record('Protection.getRange');
    return this.range;
  }
  remove() {
    this.log.record('Protection.remove');
    this.removed = true;
    this.range.sheet.protections = this.range.sheet.protections.filter((p) => p !== this);
  }
}

export class FakeRange implements RangeLike {
  constructor(
    private readonly log: CallLog,
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
  ) {}

  private cells<T>(pick: (cell: StoredCell) => T): T[][] {
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.columns }, (_, c) => pick(this.sheet.cell(this.row + r, this.column + c))));
  }

  private write<T>(method: string, grid: T[][], put: (cell: StoredCell, value: T) => void) {
    this.log.record(`Range.${method}`);
    if (grid.length !== this.rows) {
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${this.rows}.`);
    }
    grid.forEach((row, r) => {
      if (row.length !== this.columns) {
        throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.columns}.`);
      }
      row.forEach((value, c) => put(this.sheet.cell(this.row + r, this.column + c, true), value));
    });
    return this;
  }

  getValues() {
    this.log.record('Range.getValues');
    const evaluate = this.sheet.settings().evaluate;
    return this.cells((cell) => (cell.formula && cell.value === '' && evaluate ? evaluate(cell.formula) : cell.value instanceof Date ? new Date(cell.value) : cell.value));
  }
  getFormulas() {
    this.log.record('Range.getFormulas');
    return this.cells((cell) => cell.formula);
  }
  setValues(values: Cell[][]) {
    return this.write('setValues', values, (cell, value) => storeValue(cell, value, this.sheet.settings()));
  }
  setValue(value: Cell) {
    this.log.record('Range.setValue');
    storeValue(this.sheet.cell(this.row, this.column, true), value, this.sheet.settings());
    return this;
  }
  setNumberFormats(formats: string[][]) {
    return this.write('setNumberFormats', formats, (cell, format) => (cell.format = format));
  }
  setFontWeights(weights: Array<Array<string | null>>) {
    return this.write('setFontWeights', weights, (cell, weight) => (cell.weight = weight ?? 'normal'));
  }
  setBackgrounds(colors: Array<Array<string | null>>) {
    return this.write('setBackgrounds', colors, (cell, color) => (cell.background = color));
  }
  setDataValidations(rules: unknown[][]) {
    return this.write('setDataValidations', rules, (cell, rule) => (cell.validation = rule));
  }
  setWrap(wrap: boolean) {
    this.log.record('Range.setWrap');
    this.cells((cell) => cell).forEach((row, r) => row.forEach((_, c) => (this.sheet.cell(this.row + r, this.column + c, true).wrap = wrap)));
    return this;
  }
  getA1Notation() {
    this.log.record('Range.getA1Notation');
    return this.a1();
  }
  /** Not a service call: for tests and the fake's own bookkeeping. */
  a1(): string {
    const start = `${columnName(this.column)}${this.row}`;
    return this.rows === 1 && this.columns === 1 ? start : `${start}:${columnName(this.column + this.columns - 1)}${this.row + this.rows - 1}`;
  }
  getRow() {
    this.log.record('Range.getRow');
    return this.row;
  }
  getColumn() {
    this.log.record('Range.getColumn');
    return this.column;
  }
  getNumRows() {
    this.log.record('Range.getNumRows');
    return this.rows;
  }
  getNumColumns() {
    this.log.record('Range.getNumColumns');
    return this.columns;
  }
  getSheet() {
    this.log.record('Range.getSheet');
    return this.sheet;
  }
  getCell(row: number, column: number) {
    this.log.record('Range.getCell');
    if (row < 1 || row > this.rows || column < 1 || column > this.columns) throw new Error('Cell reference out of range');
    return new FakeRange(this.log, this.sheet, this.row + row - 1, this.column + column - 1, 1, 1);
  }
  protect() {
    this.log.record('Range.protect');
    const protection = new FakeProtection(this.log, this, 'RANGE');
    this.sheet.protections.push(protection);
    return protection;
  }
}

/** What parses a written value: the locale, and optionally a formula parser that replaces the locale's. */
export interface SheetSettings {
  locale: SheetLocale;
  parse?: FormulaParser;
  /** Results of formulas that parse (the fake has no engine): formula → value; "" when absent. */
  evaluate?: (formula: string) => Cell;
}

/** Stores a value the way setValue(s) does: parsed as typed in the sheet's locale (user-entered.ts). */
function storeValue(cell: StoredCell, value: Cell, settings: SheetSettings) {
  const entered = userEntered(value, settings.locale, cell.format, { parse: settings.parse });
  cell.formula = entered.formula;
  cell.value = entered.value;
}

class FakeChart implements ChartLike {
  constructor(
    private readonly log: CallLog,
    readonly ranges: FakeRange[],
    readonly options: Record<string, unknown>,
  ) {}
  getRanges() {
    this.log.record('Chart.getRanges');
    return this.ranges;
  }
}

class FakeChartBuilder implements ChartBuilderLike {
  private ranges: FakeRange[] = [];
  private options: Record<string, unknown> = {};
  constructor(private readonly log: CallLog) {}
  setChartType(type: unknown) {
    this.log.builderCalls.push('ChartBuilder.setChartType');
    this.options.type = type;
    return this;
  }
  addRange(range: RangeLike) {
    this.log.builderCalls.push('ChartBuilder.addRange');
    this.ranges.push(range as FakeRange);
    return this;
  }
  setPosition(row: number, column: number) {
    this.log.builderCalls.push('ChartBuilder.setPosition');
    this.options.position = [row, column];
    return this;
  }
  setOption(option: string, value: unknown) {
    this.log.builderCalls.push('ChartBuilder.setOption');
    this.options[option] = value;
    return this;
  }
  build() {
    this.log.builderCalls.push('ChartBuilder.build');
    return new FakeChart(this.log, this.ranges, this.options);
  }
}

export class FakeSheet implements SheetLike {
  private readonly grid = new Map<string, StoredCell>();
  frozenRows = 0;
  readonly widths = new Map<number, number>();
  conditionalRules: unknown[] = [];
  protections: FakeProtection[] = [];
  charts: FakeChart[] = [];

  constructor(
    private readonly log: CallLog,
    public name: string,
    /** The spreadsheet's settings, which parse what is written (not a service call). */
    readonly settings: () => SheetSettings = () => ({ locale: 'vi_VN' }),
  ) {}

  cell(row: number, column: number, create = false): StoredCell {
    const key = `${row}:${column}`;
    let cell = this.grid.get(key);
    if (!cell) {
      cell = emptyCell();
      if (create) this.grid.set(key, cell);
    }
    return cell;
  }

  getName() {
    this.log.record('Sheet.getName');
    return this.name;
  }
  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    this.log.record('Sheet.getRange');
    if (typeof rowOrA1 === 'string') {
      const { row, column: col, rows, columns } = parseA1(rowOrA1);
      return new FakeRange(this.log, this, row, col, rows, columns);
    }
    return new FakeRange(this.log, this, rowOrA1, column ?? 1, numRows, numColumns);
  }
  getFrozenRows() {
    this.log.record('Sheet.getFrozenRows');
    return this.frozenRows;
  }
  setFrozenRows(rows: number) {
    this.log.record('Sheet.setFrozenRows');
    this.frozenRows = rows;
  }
  setColumnWidths(start: number, count: number, width: number) {
    this.log.record('Sheet.setColumnWidths');
    for (let c = start; c < start + count; c++) this.widths.set(c, width);
    return this;
  }
  setConditionalFormatRules(rules: unknown[]) {
    this.log.record('Sheet.setConditionalFormatRules');
    this.conditionalRules = [...rules];
  }
  getProtections(type: unknown) {
    this.log.record('Sheet.getProtections');
    return this.protections.filter((p) => p.type === type);
  }
  protect() {
    this.log.record('Sheet.protect');
    const protection = new FakeProtection(this.log, new FakeRange(this.log, this, 1, 1, Math.max(1, this.lastRow()), 26), 'SHEET');
    this.protections.push(protection);
    return protection;
  }
  getCharts() {
    this.log.record('Sheet.getCharts');
    return [...this.charts];
  }
  removeChart(chart: ChartLike) {
    this.log.record('Sheet.removeChart');
    this.charts = this.charts.filter((c) => c !== chart);
  }
  newChart() {
    this.log.record('Sheet.newChart');
    return new FakeChartBuilder(this.log);
  }
  insertChart(chart: unknown) {
    this.log.record('Sheet.insertChart');
    this.charts.push(chart as FakeChart);
  }
  hidden = false;
  hideSheet() {
    this.log.record('Sheet.hideSheet');
    this.hidden = true;
    return this;
  }
  getLastRow() {
    this.log.record('Sheet.getLastRow');
    return this.lastRow();
  }
  private lastRow(): number {
    let last = 0;
    for (const [key, cell] of this.grid) if (cell.formula || (cell.value !== '' && cell.value !== null)) last = Math.max(last, Number(key.split(':')[0]));
    return last;
  }

  /** Test helpers (not service calls): the stored state of a cell, and a cell by A1. */
  at(a1: string): StoredCell {
    const { row, column } = parseA1(a1);
    return this.cell(row, column);
  }
  /** Types into a cell as a user would (no call recorded). */
  type(a1: string, value: Cell) {
    const { row, column } = parseA1(a1);
    storeValue(this.cell(row, column, true), value, this.settings());
  }
  /** Everything stored, for comparing two states of the fake. */
  state(): unknown {
    const cells = [...this.grid].filter(([, c]) => JSON.stringify(c) !== JSON.stringify(emptyCell())).sort(([a], [b]) => a.localeCompare(b));
    return {
      name: this.name,
      cells,
      frozenRows: this.frozenRows,
      widths: [...this.widths],
      conditionalRules: this.conditionalRules,
      protections: this.protections.map((p) => [p.type, p.range.a1(), p.description, p.warningOnly]),
      charts: this.charts.map((c) => [c.ranges.map((r) => r.a1()), c.options]),
    };
  }
}

class FakeNamedRange implements NamedRangeLike {
  constructor(
    private readonly log: CallLog,
    readonly name: string,
    public range: FakeRange,
  ) {}
  getName() {
    this.log.record('NamedRange.getName');
    return this.name;
  }
  getRange() {
    this.log.record('NamedRange.getRange');
    return this.range;
  }
  setRange(range: RangeLike) {
    this.log.record('NamedRange.setRange');
    this.range = range as FakeRange;
  }
}

export class FakeSpreadsheet implements SpreadsheetLike {
  readonly log = new CallLog();
  sheets: FakeSheet[];
  namedRanges: FakeNamedRange[] = [];

  /** File → Settings: the locale that parses what is written, and the time zone. */
  locale: SheetLocale = 'vi_VN';
  timeZone = 'Asia/Ho_Chi_Minh';
  /** Replaces the locale's formula parser, to play a sheet that refuses what the reports say works. */
  parse?: FormulaParser;
  /** Results for formulas, since the fake has no engine (see SheetSettings). */
  evaluate?: (formula: string) => Cell;

  /** A new Google Sheet has one empty sheet ("Trang tính1" in Vietnamese). */
  constructor(firstSheet = 'Trang tính1', settings: { locale?: SheetLocale; timeZone?: string } = {}) {
    this.locale = settings.locale ?? this.locale;
    this.timeZone = settings.timeZone ?? this.timeZone;
    this.sheets = [this.newSheet(firstSheet)];
  }

  private newSheet(name: string): FakeSheet {
    return new FakeSheet(this.log, name, () => ({ locale: this.locale, parse: this.parse, evaluate: this.evaluate }));
  }

  getSpreadsheetLocale() {
    this.log.record('Spreadsheet.getSpreadsheetLocale');
    return this.locale;
  }
  getSpreadsheetTimeZone() {
    this.log.record('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }

  getSheets() {
    this.log.record('Spreadsheet.getSheets');
    return [...this.sheets];
  }
  insertSheet(name: string, index: number) {
    this.log.record('Spreadsheet.insertSheet');
    if (this.sheets.some((s) => s.name === name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = this.newSheet(name);
    this.sheets.splice(Math.min(index, this.sheets.length), 0, sheet);
    return sheet;
  }
  deleteSheet(sheet: FakeSheet) {
    this.log.record('Spreadsheet.deleteSheet');
    if (!this.sheets.includes(sheet)) throw new Error('Sheet not found');
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.namedRanges = this.namedRanges.filter((n) => n.range.sheet !== sheet);
  }
  getRangeByName(name: string) {
    this.log.record('Spreadsheet.getRangeByName');
    return this.namedRanges.find((n) => n.name === name)?.range ?? null;
  }
  getNamedRanges() {
    this.log.record('Spreadsheet.getNamedRanges');
    return [...this.namedRanges];
  }
  setNamedRange(name: string, range: RangeLike) {
    this.log.record('Spreadsheet.setNamedRange');
    this.namedRanges.push(new FakeNamedRange(this.log, name, range as FakeRange));
  }

  /** Test helpers. */
  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }
  state(): unknown {
    return { sheets: this.sheets.map((s) => s.state()), named: this.namedRanges.map((n) => [n.name, n.range.sheet.name, n.range.a1()]) };
  }
}

/** Builders record their calls separately: they run locally, not against the document. */
export function fakeFactories(log: CallLog): SpreadsheetFactories {
  const builder = <T extends object>(kind: string, spec: Record<string, unknown>) =>
    new Proxy({} as T, {
      get(_, method: string) {
        return (...args: unknown[]) => {
          log.builderCalls.push(`${kind}.${method}`);
          if (method === 'build') return { kind, ...spec };
          // Ranges are kept as A1 text so states compare without reference cycles.
          const plain = args.map((a) => (a instanceof FakeRange ? a.a1() : Array.isArray(a) ? a.map((x) => (x instanceof FakeRange ? x.a1() : x)) : a));
          spec[method] = plain.length === 1 ? plain[0] : plain;
          return builder<T>(kind, spec);
        };
      },
    });
  return {
    newDataValidation: () => builder<DataValidationBuilderLike>('DataValidation', {}),
    newConditionalFormatRule: () => builder<ConditionalFormatRuleBuilderLike>('ConditionalFormatRule', {}),
    protectionTypes: { RANGE: 'RANGE', SHEET: 'SHEET' },
    columnChart: 'COLUMN',
  };
}
