/**
 * A commune workbook in a real formula engine: the template spec (src/core/template) loaded into
 * HyperFormula with the CDHT_* custom functions registered, so tests can type into input cells and
 * read what every formula computes. HyperFormula is GPL-3.0 and a dev dependency: it is imported
 * from test/ only, never from src/.
 *
 * Known differences from Google Sheets (what this fake does about each):
 *
 * - Spill size. Sheets sizes a custom function's spill from the array it returns, every time.
 *   HyperFormula fixes a formula's array size when the formula is entered (sizeOfResultArrayMethod,
 *   called on the AST before any evaluation). The fake emulates dynamic spills: the size method
 *   reads the last size the function actually returned at that address (1×1 at first); when a call
 *   returns another size, the fake records it and re-enters the formula (`settle`) until sizes are
 *   stable. While a result is larger than the reserved size the call returns a transient #ERROR!
 *   that `settle` replaces, so a read after `set` never sees it.
 * - Blocked spill. Sheets shows #REF! ("Array result was not expanded because it would overwrite
 *   data in …") and recovers by itself once the cell is cleared; HyperFormula shows #SPILL! and
 *   keeps it until the formula is entered again (`settle` re-enters every #SPILL! formula once).
 * - Thrown errors. Sheets shows #ERROR! in the formula cell with the message as its tooltip, and
 *   nothing in the cells the spill would cover. The fake returns HyperFormula's #ERROR! carrying the
 *   message; since the error is a 1×1 result the formula shrinks to one cell, as in Sheets.
 *   HyperFormula would otherwise repeat an array formula's error in every cell of its range.
 * - Arguments. Apps Script passes a multi-cell range as a 2-D array, a single cell (or 1×1 range)
 *   as a plain value, an empty cell as '', a date as a Date and a missing argument as undefined.
 *   The fake converts HyperFormula's values the same way, except dates: HyperFormula has no date
 *   type, a date cell is a serial number (days since 30/12/1899, the same epoch as Sheets), so a
 *   CDHT_* function would receive a number where Sheets passes a Date. No CDHT_* argument of the
 *   template is a date. An error cell inside a range argument arrives as its text ("#VALUE!"); a
 *   single-cell argument holding an error makes HyperFormula return that error without calling the
 *   function (what Sheets passes then is not verified).
 * - Typed values. Tests set values as Apps Script would read them back (a string stays a string:
 *   it is entered with a leading apostrophe so HyperFormula never parses "62.5%" or "TRUE"), not as
 *   a user's keystrokes, which Sheets would parse by the sheet's locale. Date objects become serial
 *   numbers.
 * - Computed inputs. An input with a `computed` formula (a percent from counts) holds that formula
 *   until a value is typed over it, as set-up leaves it; `snapshot()` then gives the formula's value,
 *   as getValues() does in Sheets, and typing over it or clearing it drops the formula.
 * - Array arithmetic. Sheets evaluates SUMPRODUCT's arguments as arrays (`(A5:A25<>"")*(…)`);
 *   HyperFormula only with `useArrayArithmetic: true`, which the fake sets for the whole workbook.
 *   That also lets a bare `=A1:A3*2` spill in HyperFormula where Sheets needs ARRAYFORMULA; the
 *   template has no such formula.
 * - Literals. HyperFormula has no TRUE/FALSE constants in formulas (`=FALSE` is #NAME?; it needs
 *   FALSE()); the template uses none.
 * - Comparisons. Text comparison is case-insensitive in both (`"có"="Có"` is TRUE) but accents
 *   count in Sheets (`"Co"="Có"` is FALSE): HyperFormula ignores them unless `accentSensitive: true`,
 *   which the fake sets (without it a misspelt `$B$14="Co"` in the ĐBKK test would pass unnoticed).
 *   Text never equals a number (`"2"=2` and `0=""` are FALSE) and an empty cell equals both "" and
 *   0, in both engines.
 * - Rounding. By default HyperFormula rounds every value it exports to 10 significant digits and
 *   treats numbers within a relative 1e-13 as equal (`smartRounding`, `precisionRounding`,
 *   `precisionEpsilon`); Sheets keeps the double and only displays it rounded. The fake sets
 *   `smartRounding: false`: exported values are the doubles and comparisons such as `E4>=0.95` are
 *   exact. (Whether Sheets compares with a tolerance is not documented; rates n ÷ d never come
 *   within 1e-9 of an NĐ 20/2014 minimum without being equal to it, d ≤ 10.000.000.)
 * - Dates. DATE(y, m, d) adds 1900 to a year below 1900 in both (DATE(3,12,31) = 31/12/1903).
 *   EDATE keeps the day or clamps it to the month's end in both (EDATE(29/02/2024, 12) =
 *   28/02/2025). A text date is coerced by HyperFormula's `dateFormats` (DD/MM/YYYY in a vi-VN
 *   workbook, MM/DD/YYYY in an en-US one, see `EngineLocale`); Sheets uses the spreadsheet's locale.
 * - Error values. #ERROR!, #VALUE!, #NAME?, #REF!, #N/A, #NUM! and #DIV/0! read the same in both;
 *   HyperFormula's #SPILL! and #CYCLE! are #REF! in Sheets (with "Array result was not expanded…"
 *   and "Circular dependency detected…"). A parse error is #ERROR! "Parsing error…" in
 *   HyperFormula, #ERROR! "Formula parse error." in Sheets. Messages of HyperFormula's own errors
 *   are English; those of the CDHT_* functions are the core's Vietnamese ones in both.
 */
import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type CellValue,
  type FunctionPluginDefinition,
  type RawCellContent,
  type SimpleCellAddress,
} from 'hyperformula';
import { cdhtCheck, cdhtCriteria, cdhtRating, cdhtResults, cdhtScore } from '../../src/core/formulas/assessment';
import { cdhtRate } from '../../src/core/formulas/rate';
import { sheetValues, type CellSpec, type SheetSpec, type WorkbookSpec } from '../../src/core/template/types';
import type { Cell } from '../../src/core/cells/values';
import type { WorkbookSnapshot } from '../../src/core/workbook/snapshot';

// HyperFormula exports neither its AST nor its interpreter state; both are reachable from the
// (public) Interpreter.evaluateAst signature.
type Interpreter = ConstructorParameters<FunctionPluginDefinition>[0];
type Ast = Parameters<Interpreter['evaluateAst']>[0];
type State = Parameters<Interpreter['evaluateAst']>[1];
type EngineValue = ReturnType<Interpreter['evaluateAst']>;
type CallAst = Extract<Ast, { procedureName: string }>;
type Scalar = Exclude<EngineValue, SimpleRangeValue>;

/** A core function as Apps Script calls it: arguments as Sheets passes them. */
type CoreFunction = (...args: Array<Cell | Cell[][]>) => Cell | Cell[][];

const FUNCTIONS: Record<string, { method: string; arity: number; required: number; run: CoreFunction }> = {
  CDHT_RESULTS: { method: 'results', arity: 4, required: 2, run: cdhtResults as CoreFunction },
  CDHT_CRITERIA: { method: 'criteria', arity: 4, required: 2, run: cdhtCriteria as CoreFunction },
  CDHT_CHECK: { method: 'check', arity: 4, required: 2, run: cdhtCheck as CoreFunction },
  CDHT_RATING: { method: 'rating', arity: 4, required: 2, run: cdhtRating as CoreFunction },
  CDHT_SCORE: { method: 'score', arity: 4, required: 2, run: cdhtScore as CoreFunction },
  CDHT_RATE: { method: 'rate', arity: 3, required: 2, run: cdhtRate as CoreFunction },
};
export const CUSTOM_FUNCTIONS = Object.keys(FUNCTIONS);

/** Spill sizes per engine (keyed by its dependency graph, which each plugin instance can see). */
interface Spills {
  /** "sheet:row:col" → the size the function last returned there. */
  sizes: Map<string, { width: number; height: number }>;
  /** Addresses whose formula must be entered again for a new size. */
  resized: Map<string, SimpleCellAddress>;
}
const spillsByGraph = new WeakMap<object, Spills>();
const keyOf = (a: SimpleCellAddress) => `${a.sheet}:${a.row}:${a.col}`;

/** Apps Script's view of one cell value. */
function toAppsScript(value: unknown): Cell {
  if (value === EmptyValue || value === undefined || value === null) return '';
  if (value instanceof CellError) return `#${value.type === ErrorType.DIV_BY_ZERO ? 'DIV/0!' : value.type === ErrorType.NAME ? 'NAME?' : value.type === ErrorType.NA ? 'N/A' : `${value.type}!`}`;
  if (typeof value === 'object' && 'val' in value && typeof value.val === 'number') return value.val; // a RichNumber: date, percent, …
  return value as Cell;
}

/** A range argument as Apps Script passes it: a 2-D array, or the value itself for one cell. */
function argument(value: unknown): Cell | Cell[][] {
  if (value === undefined) return undefined;
  if (value instanceof SimpleRangeValue) {
    const rows = value.data.map((row) => row.map(toAppsScript));
    return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
  }
  return toAppsScript(value);
}

function toEngine(cell: Cell): Scalar {
  if (cell === null || cell === undefined) return EmptyValue;
  if (cell instanceof Date) return dateSerial(cell);
  if (typeof cell === 'number' && !Number.isFinite(cell)) return new CellError(ErrorType.NUM, 'Kết quả không phải là số hữu hạn.');
  return cell;
}

class CdhtPlugin extends FunctionPlugin {
  static implementedFunctions = Object.fromEntries(
    Object.entries(FUNCTIONS).map(([name, f]) => [
      name,
      {
        method: f.method,
        sizeOfResultArrayMethod: 'spillSize',
        vectorizationForbidden: true,
        parameters: Array.from({ length: f.arity }, (_, i) => ({ argumentType: FunctionArgumentType.ANY, ...(i >= f.required ? { optionalArg: true } : {}) })),
      },
    ]),
  );

  private spills(): Spills {
    let spills = spillsByGraph.get(this.dependencyGraph);
    if (!spills) {
      spills = { sizes: new Map(), resized: new Map() };
      spillsByGraph.set(this.dependencyGraph, spills);
    }
    return spills;
  }

  /** The size the formula at this address returned last time (one cell until it has run). */
  spillSize(_ast: CallAst, state: State): ArraySize {
    const size = this.spills().sizes.get(keyOf(state.formulaAddress));
    return size ? new ArraySize(size.width, size.height) : ArraySize.scalar();
  }

  private call(name: string, ast: CallAst, state: State): EngineValue {
    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) => {
      let grid: Array<Array<Cell | CellError>>;
      try {
        const result = FUNCTIONS[name].run(...args.map(argument));
        grid = Array.isArray(result) ? result : [[result]];
      } catch (thrown) {
        // Sheets: #ERROR! with the message as the cell's tooltip.
        grid = [[new CellError(ErrorType.ERROR, thrown instanceof Error ? thrown.message : String(thrown))]];
      }
      const size = { width: Math.max(0, ...grid.map((r) => r.length)), height: grid.length };
      if (size.width === 0 || size.height === 0) return new CellError(ErrorType.VALUE, `${name} trả về một mảng rỗng.`);
      const address = state.formulaAddress;
      const spills = this.spills();
      const reserved = spills.sizes.get(keyOf(address)) ?? { width: 1, height: 1 };
      if (reserved.width !== size.width || reserved.height !== size.height) {
        spills.sizes.set(keyOf(address), size);
        spills.resized.set(keyOf(address), address);
        // Larger than the cells reserved: HyperFormula cannot place it; `settle` re-enters the formula.
        if (size.width > reserved.width || size.height > reserved.height) return new CellError(ErrorType.ERROR, 'Spill size pending (fake).');
      }
      const cellOf = (c: Cell | CellError): Scalar => (c instanceof CellError ? c : toEngine(c));
      if (size.width === 1 && size.height === 1) return cellOf(grid[0][0]);
      return SimpleRangeValue.onlyValues(grid.map((row) => Array.from({ length: size.width }, (_, i) => (i < row.length ? cellOf(row[i]) : EmptyValue))));
    });
  }

  results(ast: CallAst, state: State) {
    return this.call('CDHT_RESULTS', ast, state);
  }
  criteria(ast: CallAst, state: State) {
    return this.call('CDHT_CRITERIA', ast, state);
  }
  check(ast: CallAst, state: State) {
    return this.call('CDHT_CHECK', ast, state);
  }
  rating(ast: CallAst, state: State) {
    return this.call('CDHT_RATING', ast, state);
  }
  score(ast: CallAst, state: State) {
    return this.call('CDHT_SCORE', ast, state);
  }
  rate(ast: CallAst, state: State) {
    return this.call('CDHT_RATE', ast, state);
  }
}

if (!HyperFormula.getFunctionPlugin('CDHT_RESULTS')) {
  HyperFormula.registerFunctionPlugin(CdhtPlugin, { enGB: Object.fromEntries(CUSTOM_FUNCTIONS.map((n) => [n, n])) });
}

// ---------------------------------------------------------------------------------------------
// A1 and values

export interface CellAddress {
  row: number;
  column: number;
}

/** "B12" → { row: 12, column: 2 } (1-based); "$B$12" works too. */
export function parseA1(a1: string): CellAddress {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1.trim());
  if (!match) throw new Error(`Not an A1 cell: ${a1}`);
  const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), column };
}

/** "A5:H25" → top-left and bottom-right (1-based); a single cell is both. */
export function parseRange(a1: string): { start: CellAddress; end: CellAddress } {
  const [start, end = start] = a1.split(':');
  return { start: parseA1(start), end: parseA1(end) };
}

export function a1Of(row: number, column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/** A Sheets/HyperFormula date serial: days since 30/12/1899 (calendar date, no time zone). */
export function dateSerial(date: Date): number {
  return Math.round((Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A formula's value as Apps Script's getValues() gives it: '' for empty, an error as its text ("#VALUE!"). */
function appsScriptValue(value: CellValue): Cell {
  if (value === null) return '';
  if (value instanceof DetailedCellError) return value.value;
  return value;
}

/** A cell as HyperFormula reads it back. */
export type EngineCell = CellValue;
export const isEngineError = (value: unknown): value is DetailedCellError => value instanceof DetailedCellError;

const isEmpty = (cell: Cell) => cell === null || cell === undefined || cell === '';

/** A typed value as HyperFormula's content: strings are kept as text, never parsed. */
function content(cell: Cell): RawCellContent {
  if (isEmpty(cell)) return null;
  if (typeof cell === 'string') return `'${cell}`;
  return cell;
}

// ---------------------------------------------------------------------------------------------
// The workbook

/**
 * The spreadsheet's locale as HyperFormula's parser sees it. A vi-VN sheet reads "," as the
 * decimal mark and "." as the grouping mark, so only ";" can separate arguments; an en-US sheet reads
 * "." as the decimal mark. Sheets accepts ";" between arguments in every locale (reports in
 * the README table "Google behaviours this add-on relies on"); HyperFormula takes one separator, so both
 * configurations use ";", and what differs between them is the decimal mark and the date order:
 * a decimal literal in a formula fails in one of the two.
 */
export type EngineLocale = 'vi-VN' | 'en-US';
const LOCALE_CONFIG = {
  'vi-VN': { functionArgSeparator: ';', decimalSeparator: ',', thousandSeparator: '.', arrayColumnSeparator: ';', arrayRowSeparator: '|', dateFormats: ['DD/MM/YYYY'] as string[] },
  'en-US': { functionArgSeparator: ';', decimalSeparator: '.', thousandSeparator: ',', arrayColumnSeparator: ';', arrayRowSeparator: '|', dateFormats: ['MM/DD/YYYY'] as string[] },
} as const;

export class HyperFormulaWorkbook {
  readonly hf: HyperFormula;
  /** Plain copy of every value written or typed (formula cells hold their text), for snapshots. */
  private readonly model = new Map<string, Cell[][]>();
  private readonly sheetIds = new Map<string, number>();
  private readonly specs = new Map<string, SheetSpec>();

  constructor(
    readonly spec: WorkbookSpec,
    readonly locale: EngineLocale = 'vi-VN',
  ) {
    this.hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', useArrayArithmetic: true, smartRounding: false, accentSensitive: true, ...LOCALE_CONFIG[locale] });
    for (const sheet of spec.sheets) {
      const name = this.hf.addSheet(sheet.name);
      if (name !== sheet.name) throw new Error(`HyperFormula renamed sheet "${sheet.name}" to "${name}"`);
      this.sheetIds.set(sheet.name, this.hf.getSheetId(name)!);
      this.specs.set(sheet.name, sheet);
      // What set-up writes into a new sheet: labels, formulas, initial inputs, the seed.
      this.model.set(
        sheet.name,
        sheetValues(sheet, () => undefined),
      );
    }
    // Names first, so formulas that use them parse as names rather than #NAME?.
    for (const named of spec.namedRanges) {
      const { start, end } = parseRange(named.range);
      const abs = (a: CellAddress) => a1Of(a.row, a.column).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
      const ref = `'${named.sheet.replace(/'/g, "''")}'!${abs(start)}${named.range.includes(':') ? `:${abs(end)}` : ''}`;
      this.hf.addNamedExpression(named.name, `=${ref}`);
    }
    this.hf.batch(() => {
      for (const sheet of spec.sheets) {
        const grid = this.model.get(sheet.name)!;
        const width = Math.max(0, ...grid.map((r) => r.length));
        const rows = grid.map((row, r) =>
          Array.from({ length: width }, (_, c): RawCellContent => {
            const cellSpec = sheet.cells[r]?.[c];
            return cellSpec?.kind === 'formula' || this.isComputed(sheet.name, r + 1, c + 1) ? String(row[c]) : content(row[c]);
          }),
        );
        if (rows.length > 0) this.hf.setCellContents({ sheet: this.sheetIds.get(sheet.name)!, row: 0, col: 0 }, rows);
      }
    });
    this.settle();
  }

  sheetId(sheet: string): number {
    const id = this.sheetIds.get(sheet);
    if (id === undefined) throw new Error(`No sheet "${sheet}"`);
    return id;
  }

  /** The spec of a cell (null when the spec leaves it alone or it lies outside the spec). */
  cellSpec(sheet: string, a1: string): CellSpec | null {
    const { row, column } = parseA1(a1);
    return this.specs.get(sheet)?.cells[row - 1]?.[column - 1] ?? null;
  }

  /** Types values into cells (A1 → value), then lets spills settle. Formula and spill cells are refused. */
  set(sheet: string, values: Record<string, Cell>): void {
    const id = this.sheetId(sheet);
    const grid = this.model.get(sheet)!;
    this.hf.batch(() => {
      for (const [a1, value] of Object.entries(values)) {
        const kind = this.cellSpec(sheet, a1)?.kind;
        if (kind === 'formula' || kind === 'spill' || kind === 'label') throw new Error(`${sheet}!${a1} is a ${kind} cell, not an input`);
        const { row, column } = parseA1(a1);
        (grid[row - 1] ??= [])[column - 1] = value;
        this.hf.setCellContents({ sheet: id, row: row - 1, col: column - 1 }, content(value));
      }
    });
    this.settle();
  }

  /** An input cell that still holds the computed formula set-up gave it (nobody typed over it). */
  private isComputed(sheet: string, row: number, column: number): boolean {
    const cellSpec = this.specs.get(sheet)?.cells[row - 1]?.[column - 1];
    return cellSpec?.kind === 'input' && cellSpec.computed !== undefined && this.model.get(sheet)?.[row - 1]?.[column - 1] === cellSpec.computed;
  }

  /** The value a cell shows (dates as serial numbers, errors as DetailedCellError). */
  get(sheet: string, a1: string): EngineCell {
    const { row, column } = parseA1(a1);
    return this.hf.getCellValue({ sheet: this.sheetId(sheet), row: row - 1, col: column - 1 });
  }

  /** The written or typed value of a cell, as kept beside the engine (not read from it). */
  typed(sheet: string, a1: string): Cell {
    const { row, column } = parseA1(a1);
    return this.model.get(sheet)?.[row - 1]?.[column - 1] ?? null;
  }

  /**
   * Written or typed values of a range, '' for empty cells, as Apps Script's getValues gives them;
   * an input still holding its computed formula gives the formula's value.
   */
  typedRange(sheet: string, range: string): Cell[][] {
    const { start, end } = parseRange(range);
    const grid = this.model.get(sheet) ?? [];
    return Array.from({ length: end.row - start.row + 1 }, (_, r) =>
      Array.from({ length: end.column - start.column + 1 }, (_, c) => {
        const row = start.row + r;
        const column = start.column + c;
        if (this.specs.get(sheet)?.cells[row - 1]?.[column - 1]?.kind === 'formula') {
          throw new Error(`${sheet}!${a1Of(row, column)} is a formula: a snapshot of typed values cannot hold its result`);
        }
        // A computed input reads as its formula's value, as getValues() gives it.
        if (this.isComputed(sheet, row, column)) return appsScriptValue(this.get(sheet, a1Of(row, column)));
        const cell = grid[row - 1]?.[column - 1];
        return isEmpty(cell) ? '' : cell;
      }),
    );
  }

  /** The named ranges with their written and typed values: what the add-on reads (no formula results). */
  snapshot(): WorkbookSnapshot {
    const snapshot: Record<string, Cell[][]> = {};
    for (const named of this.spec.namedRanges) snapshot[named.name] = this.typedRange(named.sheet, named.range);
    return snapshot as WorkbookSnapshot;
  }

  /** Re-enters formulas whose spill size changed (and blocked ones) until every size is stable. */
  settle(): void {
    const spills = spillsByGraph.get(this.hf.dependencyGraph);
    if (!spills) return;
    for (let round = 0; ; round++) {
      const pending = [...spills.resized.values()];
      spills.resized.clear();
      if (pending.length === 0) break;
      if (round > 20) throw new Error('Spill sizes do not settle');
      this.hf.batch(() => {
        for (const address of pending) this.hf.setCellContents(address, this.hf.getCellFormula(address)!);
      });
    }
    const blocked = [...spills.sizes.keys()]
      .map((key) => key.split(':').map(Number))
      .map(([sheet, row, col]) => ({ sheet, row, col }))
      .filter((a) => {
        const value = this.hf.getCellValue(a);
        return value instanceof DetailedCellError && value.type === ErrorType.SPILL;
      });
    if (blocked.length > 0) {
      this.hf.batch(() => blocked.forEach((a) => this.hf.setCellContents(a, this.hf.getCellFormula(a)!)));
      if (spills.resized.size > 0) this.settle();
    }
  }

  /** Every formula cell of the spec, as sheet name and A1. */
  formulaCells(): ReadonlyArray<{ sheet: string; a1: string; formula: string }> {
    this.formulas ??= this.spec.sheets.flatMap((sheet) =>
      sheet.cells.flatMap((row, r) => row.flatMap((cell, c) => (cell?.kind === 'formula' ? [{ sheet: sheet.name, a1: a1Of(r + 1, c + 1), formula: cell.formula }] : []))),
    );
    return this.formulas;
  }
  private formulas?: Array<{ sheet: string; a1: string; formula: string }>;

  destroy(): void {
    this.hf.destroy();
  }
}
