import type { Cell } from '../../src/core/cells/values';
import { isErrorValue } from '../../src/core/template/computed';
import type { ConditionalFormatRuleBuilderLike, DataValidationBuilderLike, SpreadsheetFactories } from '../../src/gas/spreadsheet';
import { type FormulaParser, type SheetLocale, type SheetQuoting, storedFormula, userEntered } from './user-entered';

/**
 * The one fake of SpreadsheetApp, shared by the commune add-on and the roll-up. It records every
 * call (Spreadsheet, Sheet, Range, Protection, NamedRange, DeveloperMetadata, Chart: builders are
 * local and logged apart), keeps 2-D arrays of cells with their formats, and does to them what
 * Sheets does when people edit the structure.
 *
 * What it follows, with sources (Apps Script reference pages under
 * developers.google.com/apps-script/reference/spreadsheet/ unless named otherwise):
 * - A new sheet has 1000 rows × 26 columns; getRange outside the grid throws "The coordinates of the
 *   range are outside the dimensions of the sheet." (Sheet.getRange; observed in every script that
 *   writes past row 1000, e.g. the roll-up's sheet-io.ts). A new spreadsheet has one sheet.
 * - setValues checks the data's dimensions with the real messages; a Date stays a Date. Every string
 *   goes through ONE hook, `enter()` below: Sheets parses what a script writes as if a person typed
 *   it in a sheet of the spreadsheet's locale (vi_VN unless a test chooses another), by the rules and
 *   sources in test/fakes/user-entered.ts: numbers, percents, dates, formulas ("=…"); text is kept
 *   only under the "@" format or behind a leading apostrophe. A formula that does not parse in the
 *   locale reads back as #ERROR!. getSpreadsheetLocale/getSpreadsheetTimeZone give the settings.
 * - A cell holds at most 50.000 characters: a longer string throws Sheets' own error text (TOO_LONG;
 *   source and caveats at MAX_CELL_CHARS in src/core/sidebar/protocol.ts).
 * - Row and column insertion and deletion (Sheet.insertRows*, insertColumns*, deleteRow(s),
 *   deleteColumn(s)) move values, formats, validations and links with their cells; named ranges
 *   and range protections grow when rows are inserted strictly inside them, shift when inserted
 *   before, and shrink when some of their rows are deleted (what the Sheets UI does to a named
 *   range; not stated on the reference pages).
 * - Developer metadata (classes DeveloperMetadata, DeveloperMetadataFinder,
 *   DeveloperMetadataLocation; Range/Sheet/Spreadsheet.addDeveloperMetadata and
 *   createDeveloperMetadataFinder; every method allows spreadsheets.currentonly): location types
 *   SPREADSHEET, SHEET, ROW and COLUMN. Range.addDeveloperMetadata takes whole rows or whole
 *   columns only. Row and column metadata "remain associated at those locations as they move around
 *   and the spreadsheet is edited … if the associated object is deleted its metadata is deleted
 *   too" (Sheets API reference, spreadsheets.developerMetadata). Sheet metadata survives a rename.
 * - Sheet.getDataRange is getRange(1, 1, getLastRow(), getLastColumn()) ("functionally equivalent",
 *   reference), A1 on an empty sheet.
 * - Sheet.setName renames the sheet; formulas elsewhere that name it are rewritten, as Sheets does.
 * - Rows or columns inserted or deleted (Sheet.insertRows*, insertColumns*, deleteRow(s),
 *   deleteColumn(s)) rewrite every formula's references to that sheet's rows or columns, on every
 *   sheet, "$" or not (editedInFormula): a reference at or past an insertion moves by the count; a
 *   range the rows are inserted strictly inside or at its last row grows (=CDHT_RESULTS(A5:A25;…)
 *   becomes A5:A26 when a row is inserted at row 10; inserted before row 5 it becomes A6:A26); a
 *   reference past deleted rows moves back; a range loses its deleted part; a reference whose
 *   cells were all deleted becomes #REF! (its sheet name with it) and the formula then shows
 *   #REF!. Not stated on Google's reference pages (searched: Apps Script Sheet reference, Sheets
 *   API row and column samples); the common spreadsheet rule, shown for insertion in "Step-by-Step:
 *   Inserting & Formulas" (1214119.sites.myregisteredsite.com/lessons/numbers-2/formulas/step-inserting.htm)
 *   and for Google Sheets' #REF! on deleted rows and columns by the third-party sheets.wiki/docs/Error;
 *   unverified on a real account (see the README table), in particular the text Sheets writes in
 *   place of a deleted reference ("#REF!" here, as Excel writes it).
 * - Array results spill (Apps Script guide "Custom functions": a 2-D array result spills into
 *   empty neighbouring cells). A 2-D array `evaluate` gives shows its first value in the formula's
 *   cell and the others, right and down, in cells that read '' from getFormulas. When any cell of
 *   the area (the array's size, else `spills`: by default addonSpill, the add-on's CDHT_RESULTS
 *   and CDHT_RATE) holds data (a value or a formula), the formula reads BLOCKED_SPILL (#REF!,
 *   "Array result was not expanded because it would overwrite data in …") whatever `evaluate`
 *   gives, and spills nothing: README Google-behaviours table and ../shared/notes/google-behaviours.md
 *   (a report; test/fakes/hyperformula-workbook.ts models the same for HyperFormula).
 * - Range.sort moves cell contents and formats within the range; rows themselves (and so their
 *   developer metadata) stay where they are (sort reorders data, not dimensions; inferred from the
 *   Sheets API, where SortRangeRequest moves cell data and DimensionRange metadata is untouched).
 *
 * Known differences from the real service:
 * - no formula engine: getValues() returns "" for a formula that parses (the real one returns its
 *   result), or what a test's `evaluate` gives; #REF! for one left with a deleted reference;
 * - whole-row and whole-column references ("A:A", "3:5") are not rewritten by structural edits;
 * - rows and columns inserted are blank with default formats (Sheets may copy the neighbour's format);
 * - conditional format rule ranges and chart ranges do not move with structural edits;
 * - a named range whose rows are all deleted keeps existing with no range (getRangeByName → null),
 *   where Sheets shows #REF!;
 * - one protection object per protect() call, with no editors or permission model;
 * - developer metadata visibility is always DOCUMENT; the size limits of the Sheets API guide "Read,
 *   write, and search metadata" are not enforced;
 * - no 10-million-cell quota; insertSheet ignores the active sheet.
 */

export class CallLog {
  /** Method names in call order, e.g. "Range.setValues". */
  readonly calls: string[] = [];
  /** The sheet each call concerned, when it concerned one. */
  readonly sheets: Array<string | null> = [];
  readonly builderCalls: string[] = [];
  record(name: string, sheet: string | null = null) {
    this.calls.push(name);
    this.sheets.push(sheet);
  }
  /** Calls whose name starts with `prefix`, optionally only those on one sheet. */
  count(prefix = '', sheet?: string): number {
    return this.calls.filter((c, i) => c.startsWith(prefix) && (sheet === undefined || this.sheets[i] === sheet)).length;
  }
  reset() {
    this.calls.length = 0;
    this.sheets.length = 0;
    this.builderCalls.length = 0;
  }
}

export interface StoredCell {
  value: Cell;
  formula: string;
  format: string;
  weight: string;
  background: string | null;
  validation: unknown;
  wrap: boolean;
  /** A link set with Insert › Link (tests only; read through getRichTextValues). */
  link: string | null;
}

const emptyCell = (): StoredCell => ({ value: '', formula: '', format: 'General', weight: 'normal', background: null, validation: null, wrap: false, link: null });
const isEmptyCell = (cell: StoredCell | undefined) => !cell || JSON.stringify(cell) === JSON.stringify(emptyCell());

/** What parses a written value: the locale, and optionally a formula parser that replaces the locale's. */
export interface SheetSettings {
  locale: SheetLocale;
  parse?: FormulaParser;
  /** The form sheet names in formulas are given back in (test/fakes/user-entered.ts). */
  quoting: SheetQuoting;
}

/** Sheets' own error for a write longer than a cell holds (see MAX_CELL_CHARS in src/core/sidebar/protocol.ts). */
export const TOO_LONG = 'Your input contains more than the maximum of 50000 characters in a single cell.';

/** How Sheets stores what a script writes into a cell: parsed as typed (USER_ENTERED) by the sheet's locale. */
export function enter(cell: StoredCell, value: unknown, settings: SheetSettings): void {
  // The apostrophe that keeps text as text is not stored, so it is not counted (not documented either way).
  if (typeof value === 'string' && value.replace(/^'/, '').length > 50_000) throw new Error(TOO_LONG);
  const entered = userEntered(value as Cell, settings.locale, cell.format, { parse: settings.parse, quoting: settings.quoting });
  cell.formula = entered.formula;
  cell.value = entered.value;
}

/** What Sheets shows in an array formula's own cell when a cell of its spill area holds data. */
export const BLOCKED_SPILL = '#REF!';

/**
 * The area (rows × columns, the formula's own cell included) the add-on's array functions spill
 * over, read from the formula as Sheets keeps it (its ranges grow and shrink with the rows):
 * CDHT_RESULTS one row per row of its first range, two columns in both rulesets (cdhtResults and
 * resultColumns, src/core/formulas/assessment.ts); CDHT_RATE one column (cdhtRate, rate.ts). Null
 * for any other formula (CDHT_CRITERIA and CDHT_CHECK spill as many rows as the data gives).
 */
export function addonSpill(formula: string): { rows: number; columns: number } | null {
  const call = /^=(CDHT_RESULTS|CDHT_RATE)\(\$?[A-Z]{1,3}\$?(\d+):\$?[A-Z]{1,3}\$?(\d+)[;,]/.exec(formula);
  return call ? { rows: Number(call[3]) - Number(call[2]) + 1, columns: call[1] === 'CDHT_RESULTS' ? 2 : 1 } : null;
}

/** What a formula shows in its own cell and, for an array result, the cells it spills over ("row:column", 1-based). */
interface FormulaResult {
  own: Cell;
  spilled: Map<string, Cell>;
}

/**
 * What the formula at (row, column) of `sheet` gives: `evaluate`'s result (its first cell for an
 * array, the rest spilled right and down), or BLOCKED_SPILL and nothing spilled when a cell of its
 * area (the array's size, else `spills`) holds data: a value or a formula.
 */
function formulaResult(sheet: FakeSheet, row: number, column: number, formula: string): FormulaResult {
  const result = sheet.spreadsheet.evaluate?.(formula) ?? '';
  const array = Array.isArray(result) ? result : null;
  // An error in place of the result (#NAME?, a thrown #ERROR!) is no array: nothing to spill, nothing to block.
  if (!array && isErrorValue(result as Cell)) return { own: result as Cell, spilled: new Map() };
  const area = array ? { rows: array.length, columns: Math.max(0, ...array.map((r) => r.length)) } : sheet.spreadsheet.spills(formula);
  const spilled = new Map<string, Cell>();
  for (let r = 0; r < (area?.rows ?? 0); r++) {
    for (let c = r === 0 ? 1 : 0; c < area!.columns; c++) {
      const cell = sheet.cell(row + r, column + c);
      if (cell.formula !== '' || cell.value !== '') return { own: BLOCKED_SPILL, spilled: new Map() };
      spilled.set(`${row + r}:${column + c}`, array?.[r]?.[c] ?? '');
    }
  }
  return { own: array ? (array[0]?.[0] ?? '') : (result as Cell), spilled };
}

/**
 * How getValues() reads the cells of `sheet`: `at(row, column)` (1-based). A formula's result comes
 * from formulaResult; an empty cell an array result spills over reads that result (getFormulas
 * gives '' there, as in Sheets).
 */
function valuesOf(sheet: FakeSheet): (row: number, column: number) => Cell {
  const results = new Map<string, FormulaResult>();
  const spilled = new Map<string, Cell>();
  sheet.formulaCells().forEach(([row, column, formula]) => {
    const result = formulaResult(sheet, row, column, formula);
    results.set(`${row}:${column}`, result);
    for (const [key, value] of result.spilled) spilled.set(key, value);
  });
  return (row, column) => {
    const cell = sheet.cell(row, column);
    if (cell.formula && cell.value === '') return results.get(`${row}:${column}`)!.own;
    if (cell.formula === '' && cell.value === '') return spilled.get(`${row}:${column}`) ?? '';
    return cell.value instanceof Date ? new Date(cell.value) : cell.value;
  };
}

/** A cell or range reference in A1 notation, with its sheet ('Name'! or Name!) if it names one; not part of a longer name, nor a function's. */
const A1_REFERENCE = /(?<![\p{L}\p{N}_.$'])((?:'(?:[^']|'')+'|[\p{L}\p{N}_.]+)!)?(\$?[A-Z]{1,3}\$?)(\d+)(?::(\$?[A-Z]{1,3}\$?)(\d+))?(?![\p{L}\p{N}_(])/gu;

/** What a structural edit does to the rows (or columns) a reference spans, first to last (1-based): where they are now, or null when all were deleted. */
export type SpanEdit = (first: number, last: number) => [number, number] | null;

/** `k` rows (or columns) inserted before `at`: those at or after it move by `k`; a span across `at` grows by `k`. */
export const insertedSpan =
  (at: number, k: number): SpanEdit =>
  (first, last) => [first >= at ? first + k : first, last >= at ? last + k : last];

/** Rows (or columns) `at` to `at + k - 1` deleted: those after move back by `k`; a span loses its deleted part, and is gone (null) when nothing of it is left. */
export const deletedSpan =
  (at: number, k: number): SpanEdit =>
  (first, last) => {
    const end = at + k - 1;
    const [from, to] = [first < at ? first : first > end ? first - k : at, last < at ? last : last > end ? last - k : at - 1];
    return to < from ? null : [from, to];
  };

/** The reference Sheets writes in place of one whose cells were all deleted (it then shows #REF!). */
export const BROKEN_REFERENCE = '#REF!';

/**
 * `formula` after a structural edit of the rows (`dimension` ROWS) or columns of the sheet
 * `refersTo` accepts (given a reference's sheet name, or undefined for one without a sheet):
 * each reference's span as `edit` gives it, "$" or not (absolute only matters when a formula is
 * copied); a reference whose cells were all deleted becomes #REF!, its sheet name with it. Text
 * in double quotes is left alone. Whole rows or columns ("A:A", "3:5") are not rewritten (not used here).
 */
export function editedInFormula(formula: string, refersTo: (sheet: string | undefined) => boolean, dimension: Dimension, edit: SpanEdit): string {
  const letters = (column: string) => /^(\$?)([A-Z]+)(\$?)$/.exec(column)!;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(A1_REFERENCE, (whole, prefix: string | undefined, column: string, row: string, lastColumn: string | undefined, lastRow: string | undefined) => {
            const sheet =
              prefix === undefined
                ? undefined
                : prefix
                    .slice(0, -1)
                    .replace(/^'(.*)'$/, '$1')
                    .split("''")
                    .join("'");
            if (!refersTo(sheet)) return whole;
            const [first, last] = [letters(column), letters(lastColumn ?? column)];
            const rows: [number, number] = [Number(row), Number(lastRow ?? row)];
            const columns: [number, number] = [columnNumber(first[2]), columnNumber(last[2])];
            const span = edit(...(dimension === 'ROWS' ? rows : columns));
            if (span === null) return BROKEN_REFERENCE;
            const [r, c] = dimension === 'ROWS' ? [span, columns] : [rows, span];
            const cell = (parts: RegExpExecArray, column: number, rowNumber: number) => `${parts[1]}${columnName(column)}${parts[3]}${rowNumber}`;
            const start = cell(first, c[0], r[0]);
            return `${prefix ?? ''}${lastRow === undefined ? start : `${start}:${cell(last, c[1], r[1])}`}`;
          }),
    )
    .join('');
}

function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** A1 within a sheet: "B3", "A1:C4", whole rows "3:5", whole columns "C:D"; null fields mean "to the edge". */
function parseA1(a1: string): { row: number; column: number; lastRow: number | null; lastColumn: number | null } {
  const [start, end = start] = a1.replace(/\$/g, '').toUpperCase().split(':');
  const rows = /^(\d+)$/.exec(start) && /^(\d+)$/.exec(end);
  if (rows) return { row: Number(start), column: 1, lastRow: Number(end), lastColumn: null };
  const columns = /^([A-Z]+)$/.exec(start) && /^([A-Z]+)$/.exec(end);
  if (columns) return { row: 1, column: columnNumber(start), lastRow: null, lastColumn: columnNumber(end) };
  const parse = (ref: string) => {
    const match = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!match) throw new Error('Range not found');
    return { row: Number(match[2]), column: columnNumber(match[1]) };
  };
  const a = parse(start);
  const b = parse(end);
  return { row: a.row, column: a.column, lastRow: b.row, lastColumn: b.column };
}

/** A block of rows or columns that moves with structural edits: [start, start + count). */
interface Span {
  start: number;
  count: number;
}

/** Sheets' rule for an anchored block when `k` rows (or columns) are inserted before position `at`. */
function spanInserted(span: Span, at: number, k: number): void {
  if (at <= span.start) span.start += k;
  else if (at < span.start + span.count) span.count += k;
}

/** … and when rows at..at+k-1 are deleted: the block shrinks by its deleted part and shifts up. */
function spanDeleted(span: Span, at: number, k: number): void {
  const end = span.start + span.count - 1;
  const last = at + k - 1;
  const inside = Math.max(0, Math.min(end, last) - Math.max(span.start, at) + 1);
  const before = Math.max(0, Math.min(last, span.start - 1) - at + 1);
  span.start -= before;
  span.count -= inside;
}

type Dimension = 'ROWS' | 'COLUMNS';

/** Where a range, named range or protection is: rows and columns that move with edits. */
class Anchor {
  constructor(
    public sheet: FakeSheet,
    readonly rows: Span,
    readonly columns: Span,
  ) {}
  span(dimension: Dimension): Span {
    return dimension === 'ROWS' ? this.rows : this.columns;
  }
  get alive() {
    return this.rows.count > 0 && this.columns.count > 0;
  }
  range(log: CallLog): FakeRange {
    return new FakeRange(log, this.sheet, this.rows.start, this.columns.start, this.rows.count, this.columns.count);
  }
}

export class FakeProtection {
  description = '';
  warningOnly = false;
  constructor(
    private readonly log: CallLog,
    readonly anchor: Anchor,
    readonly type: 'SHEET' | 'RANGE',
  ) {}
  private record(name: string) {
    this.log.record(`Protection.${name}`, this.anchor.sheet.name);
  }
  /** Test helper: where it is now. */
  get range(): FakeRange {
    return this.anchor.range(this.log);
  }
  getDescription() {
    this.record('getDescription');
    return this.description;
  }
  setDescription(description: string) {
    this.record('setDescription');
    this.description = description;
    return this;
  }
  setWarningOnly(warningOnly: boolean) {
    this.record('setWarningOnly');
    this.warningOnly = warningOnly;
    return this;
  }
  getRange() {
    this.record('getRange');
    return this.anchor.range(this.log);
  }
  remove() {
    this.record('remove');
    const sheet = this.anchor.sheet;
    sheet.protections = sheet.protections.filter((p) => p !== this);
  }
}

export type LocationType = 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN';

/** Developer metadata: a key, an optional value and where it is attached. */
export class FakeDeveloperMetadata {
  removed = false;
  constructor(
    private readonly log: CallLog,
    private readonly spreadsheet: FakeSpreadsheet,
    readonly id: number,
    public key: string,
    public value: string | null,
    readonly locationType: LocationType,
    /** The sheet for SHEET, ROW and COLUMN locations. */
    readonly sheet: FakeSheet | null,
    /** The rows (ROW) or columns (COLUMN) it is attached to. */
    readonly span: Span | null,
  ) {}
  private record(name: string) {
    this.log.record(`DeveloperMetadata.${name}`, this.sheet?.name ?? null);
  }
  getId() {
    this.record('getId');
    return this.id;
  }
  getKey() {
    this.record('getKey');
    return this.key;
  }
  getValue() {
    this.record('getValue');
    return this.value;
  }
  getVisibility() {
    this.record('getVisibility');
    return 'DOCUMENT';
  }
  setValue(value: string) {
    this.record('setValue');
    this.value = value;
    return this;
  }
  getLocation() {
    this.record('getLocation');
    const log = this.log;
    const { locationType, sheet, span } = this;
    const spreadsheet = this.spreadsheet;
    const located = (name: string) => log.record(`DeveloperMetadataLocation.${name}`, sheet?.name ?? null);
    return {
      getLocationType() {
        located('getLocationType');
        return locationType;
      },
      getSpreadsheet() {
        located('getSpreadsheet');
        return locationType === 'SPREADSHEET' ? spreadsheet : null;
      },
      getSheet() {
        located('getSheet');
        return locationType === 'SHEET' ? sheet : null;
      },
      getRow() {
        located('getRow');
        return locationType === 'ROW' && sheet && span ? new FakeRange(log, sheet, span.start, 1, span.count, sheet.maxColumns) : null;
      },
      getColumn() {
        located('getColumn');
        return locationType === 'COLUMN' && sheet && span ? new FakeRange(log, sheet, 1, span.start, sheet.maxRows, span.count) : null;
      },
    };
  }
  remove() {
    this.record('remove');
    this.spreadsheet.metadata = this.spreadsheet.metadata.filter((m) => m !== this);
    this.removed = true;
  }
}

/** What a finder searches: everything in the spreadsheet, in one sheet, or in one range. */
type Scope = { sheet: FakeSheet | null; rows: [number, number] | null; columns: [number, number] | null };

class FakeDeveloperMetadataFinder {
  private readonly filters: Array<(m: FakeDeveloperMetadata) => boolean> = [];
  constructor(
    private readonly log: CallLog,
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly scope: Scope,
  ) {}
  private record(name: string) {
    this.log.record(`DeveloperMetadataFinder.${name}`, this.scope.sheet?.name ?? null);
  }
  withKey(key: string) {
    this.record('withKey');
    this.filters.push((m) => m.key === key);
    return this;
  }
  withValue(value: string) {
    this.record('withValue');
    this.filters.push((m) => m.value === value);
    return this;
  }
  withId(id: number) {
    this.record('withId');
    this.filters.push((m) => m.id === id);
    return this;
  }
  withLocationType(type: LocationType) {
    this.record('withLocationType');
    this.filters.push((m) => m.locationType === type);
    return this;
  }
  find(): FakeDeveloperMetadata[] {
    this.record('find');
    return this.spreadsheet.metadata.filter((m) => inScope(m, this.scope) && this.filters.every((f) => f(m)));
  }
}

function overlaps(span: Span, [from, to]: [number, number]): boolean {
  return span.start <= to && span.start + span.count - 1 >= from;
}

function inScope(m: FakeDeveloperMetadata, scope: Scope): boolean {
  if (!scope.sheet) return true;
  if (m.sheet !== scope.sheet) return false;
  if (!scope.rows || !scope.columns || !m.span) return scope.rows === null;
  return m.locationType === 'ROW' ? overlaps(m.span, scope.rows) : overlaps(m.span, scope.columns);
}

export class FakeRange {
  constructor(
    private readonly log: CallLog,
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
  ) {}

  private record(name: string) {
    this.log.record(`Range.${name}`, this.sheet.name);
  }

  private cells<T>(pick: (cell: StoredCell) => T): T[][] {
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.columns }, (_, c) => pick(this.sheet.cell(this.row + r, this.column + c))));
  }

  private write<T>(method: string, grid: T[][], put: (cell: StoredCell, value: T) => void) {
    this.record(method);
    if (grid.length !== this.rows) {
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${this.rows}.`);
    }
    for (const row of grid) {
      if (row.length !== this.columns) {
        throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.columns}.`);
      }
    }
    grid.forEach((row, r) => {
      row.forEach((value, c) => {
        put(this.sheet.cell(this.row + r, this.column + c, true), value);
      });
    });
    return this;
  }

  private every(method: string, put: (cell: StoredCell) => void) {
    return this.write(
      method,
      this.cells(() => null),
      (cell) => put(cell),
    );
  }

  getValues(): Cell[][] {
    this.record('getValues');
    const at = valuesOf(this.sheet);
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.columns }, (_, c) => at(this.row + r, this.column + c)));
  }
  getValue(): Cell {
    this.record('getValue');
    return valuesOf(this.sheet)(this.row, this.column);
  }
  getFormulas() {
    this.record('getFormulas');
    return this.cells((cell) => cell.formula);
  }
  getNumberFormats() {
    this.record('getNumberFormats');
    return this.cells((cell) => cell.format);
  }
  getFontWeights() {
    this.record('getFontWeights');
    return this.cells((cell) => cell.weight);
  }
  getBackgrounds() {
    this.record('getBackgrounds');
    // Sheets reports white for a cell without a background.
    return this.cells((cell) => cell.background ?? '#ffffff');
  }
  getDataValidations() {
    this.record('getDataValidations');
    return this.cells((cell) => cell.validation);
  }
  getRichTextValues() {
    this.record('getRichTextValues');
    return this.cells((cell) => (typeof cell.value === 'string' && !cell.formula ? { getLinkUrl: () => cell.link } : null));
  }
  setValues(values: unknown[][]) {
    for (const row of values) {
      for (const v of row ?? []) {
        if (v !== null && v !== undefined && typeof v === 'object' && !(v instanceof Date)) throw new Error(`Cannot convert ${String(v)} to a cell value.`);
      }
    }
    return this.write('setValues', values, (cell, value) => enter(cell, value, this.sheet.spreadsheet));
  }
  setValue(value: unknown) {
    this.record('setValue');
    enter(this.sheet.cell(this.row, this.column, true), value, this.sheet.spreadsheet);
    return this;
  }
  setFormula(formula: string) {
    this.record('setFormula');
    enter(this.sheet.cell(this.row, this.column, true), formula, this.sheet.spreadsheet);
    return this;
  }
  setNumberFormats(formats: string[][]) {
    return this.write('setNumberFormats', formats, (cell, format) => (cell.format = format));
  }
  setFontWeights(weights: Array<Array<string | null>>) {
    return this.write('setFontWeights', weights, (cell, weight) => (cell.weight = weight ?? 'normal'));
  }
  setFontWeight(weight: string | null) {
    return this.every('setFontWeight', (cell) => (cell.weight = weight ?? 'normal'));
  }
  setBackgrounds(colors: Array<Array<string | null>>) {
    return this.write('setBackgrounds', colors, (cell, color) => (cell.background = color === '#ffffff' ? null : color));
  }
  setDataValidations(rules: unknown[][]) {
    return this.write('setDataValidations', rules, (cell, rule) => (cell.validation = rule));
  }
  setDataValidation(rule: unknown) {
    return this.every('setDataValidation', (cell) => (cell.validation = rule));
  }
  setWrap(wrap: boolean) {
    return this.every('setWrap', (cell) => (cell.wrap = wrap));
  }
  /** Sorts the rows of the range by one column (absolute index) or several `{column, ascending}`. */
  sort(spec: number | { column: number; ascending?: boolean } | Array<number | { column: number; ascending?: boolean }>) {
    this.record('sort');
    const keys = (Array.isArray(spec) ? spec : [spec]).map((s) => (typeof s === 'number' ? { column: s, ascending: true } : { ascending: true, ...s }));
    this.sheet.sortRows(this.row, this.rows, this.column, this.columns, keys);
    return this;
  }
  getA1Notation() {
    this.record('getA1Notation');
    return this.a1();
  }
  /** Not a service call: for tests and the fake's own bookkeeping. */
  a1(): string {
    const start = `${columnName(this.column)}${this.row}`;
    return this.rows === 1 && this.columns === 1 ? start : `${start}:${columnName(this.column + this.columns - 1)}${this.row + this.rows - 1}`;
  }
  getRow() {
    this.record('getRow');
    return this.row;
  }
  getColumn() {
    this.record('getColumn');
    return this.column;
  }
  getLastRow() {
    this.record('getLastRow');
    return this.row + this.rows - 1;
  }
  getLastColumn() {
    this.record('getLastColumn');
    return this.column + this.columns - 1;
  }
  getNumRows() {
    this.record('getNumRows');
    return this.rows;
  }
  getNumColumns() {
    this.record('getNumColumns');
    return this.columns;
  }
  getSheet() {
    this.record('getSheet');
    return this.sheet;
  }
  getCell(row: number, column: number) {
    this.record('getCell');
    if (row < 1 || row > this.rows || column < 1 || column > this.columns) throw new Error('Cell reference out of range');
    return new FakeRange(this.log, this.sheet, this.row + row - 1, this.column + column - 1, 1, 1);
  }
  protect() {
    this.record('protect');
    const protection = new FakeProtection(this.log, this.anchor(), 'RANGE');
    this.sheet.protections.push(protection);
    return protection;
  }
  /** Whole rows or whole columns only, as the real service requires. */
  addDeveloperMetadata(key: string, value?: string) {
    this.record('addDeveloperMetadata');
    const wholeRows = this.column === 1 && this.columns === this.sheet.maxColumns;
    const wholeColumns = this.row === 1 && this.rows === this.sheet.maxRows;
    if (!wholeRows && !wholeColumns) {
      throw new Error(
        'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
      );
    }
    this.sheet.spreadsheet.attach(key, value ?? null, wholeRows ? 'ROW' : 'COLUMN', this.sheet, wholeRows ? { start: this.row, count: this.rows } : { start: this.column, count: this.columns });
    return this;
  }
  getDeveloperMetadata() {
    this.record('getDeveloperMetadata');
    return this.sheet.spreadsheet.metadata.filter((m) => inScope(m, this.scope()) && m.span !== null);
  }
  createDeveloperMetadataFinder() {
    this.record('createDeveloperMetadataFinder');
    return new FakeDeveloperMetadataFinder(this.log, this.sheet.spreadsheet, this.scope());
  }
  private scope(): Scope {
    return { sheet: this.sheet, rows: [this.row, this.row + this.rows - 1], columns: [this.column, this.column + this.columns - 1] };
  }
  /** Not a service call: a live anchor at this range's place. */
  anchor(): Anchor {
    return new Anchor(this.sheet, { start: this.row, count: this.rows }, { start: this.column, count: this.columns });
  }
}

class FakeChart {
  constructor(
    private readonly log: CallLog,
    readonly ranges: FakeRange[],
    readonly options: Record<string, unknown>,
  ) {}
  /** Test helper. */
  get title(): unknown {
    return this.options.title;
  }
  getRanges() {
    this.log.record('Chart.getRanges', this.ranges[0]?.sheet.name ?? null);
    return this.ranges;
  }
}

/** Sheet.newChart(): both the generic builder (setChartType, setOption) and asColumnChart().setTitle. */
class FakeChartBuilder {
  private ranges: FakeRange[] = [];
  private options: Record<string, unknown> = {};
  constructor(private readonly log: CallLog) {}
  private record(name: string) {
    this.log.builderCalls.push(`ChartBuilder.${name}`);
  }
  asColumnChart() {
    this.record('asColumnChart');
    this.options.type = 'COLUMN';
    return this;
  }
  setChartType(type: unknown) {
    this.record('setChartType');
    this.options.type = type;
    return this;
  }
  setTitle(title: string) {
    this.record('setTitle');
    this.options.title = title;
    return this;
  }
  addRange(range: unknown) {
    this.record('addRange');
    this.ranges.push(range as FakeRange);
    return this;
  }
  setPosition(row: number, column: number, _offsetX = 0, _offsetY = 0) {
    this.record('setPosition');
    this.options.position = [row, column];
    return this;
  }
  setOption(option: string, value: unknown) {
    this.record('setOption');
    this.options[option] = value;
    return this;
  }
  build() {
    this.record('build');
    return new FakeChart(this.log, this.ranges, this.options) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart;
  }
}

export class FakeSheet {
  /** rows[r][c], 0-based, sparse; a missing cell is empty. */
  private rows: Array<Array<StoredCell | undefined>> = [];
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  hidden = false;
  readonly widths = new Map<number, number>();
  conditionalRules: unknown[] = [];
  protections: FakeProtection[] = [];
  charts: FakeChart[] = [];

  constructor(
    private readonly log: CallLog,
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {}

  private record(name: string) {
    this.log.record(`Sheet.${name}`, this.name);
  }

  cell(row: number, column: number, create = false): StoredCell {
    const existing = this.rows[row - 1]?.[column - 1];
    if (existing || !create) return existing ?? emptyCell();
    const cell = emptyCell();
    this.rowAt(row)[column - 1] = cell;
    return cell;
  }

  /** Every cell holding a formula, as [row, column, formula] (1-based). */
  formulaCells(): Array<[number, number, string]> {
    return this.rows.flatMap((cells, r) => (cells ?? []).flatMap((cell, c) => (cell?.formula && cell.value === '' ? [[r + 1, c + 1, cell.formula] as [number, number, string]] : [])));
  }

  /** The stored row (1-based), created when missing. */
  private rowAt(row: number): Array<StoredCell | undefined> {
    this.rows[row - 1] = this.rows[row - 1] ?? [];
    return this.rows[row - 1];
  }

  getName() {
    this.record('getName');
    return this.name;
  }
  setName(name: string) {
    this.record('setName');
    if (this.spreadsheet.sheets.some((s) => s !== this && s.name === name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.spreadsheet.renamed(this, name);
    return this;
  }
  getSheetId() {
    this.record('getSheetId');
    return this.id;
  }
  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    this.record('getRange');
    if (typeof rowOrA1 === 'string') {
      const a1 = parseA1(rowOrA1);
      return this.checked(a1.row, a1.column, (a1.lastRow ?? this.maxRows) - a1.row + 1, (a1.lastColumn ?? this.maxColumns) - a1.column + 1);
    }
    return this.checked(rowOrA1, column ?? 1, numRows, numColumns);
  }
  /** Sheet.getDataRange: A1 to (getLastRow, getLastColumn), "functionally equivalent" per the reference; A1 alone on an empty sheet. */
  getDataRange(): FakeRange {
    this.record('getDataRange');
    return new FakeRange(this.log, this, 1, 1, Math.max(this.lastRow(), 1), Math.max(this.lastColumn(), 1));
  }
  private checked(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    if (!Number.isInteger(row) || row < 1) throw new Error('The starting row of the range is too small.');
    if (!Number.isInteger(column) || column < 1) throw new Error('The starting column of the range is too small.');
    if (!Number.isInteger(numRows) || numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (!Number.isInteger(numColumns) || numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    return new FakeRange(this.log, this, row, column, numRows, numColumns);
  }
  getMaxRows() {
    this.record('getMaxRows');
    return this.maxRows;
  }
  getMaxColumns() {
    this.record('getMaxColumns');
    return this.maxColumns;
  }
  getLastRow() {
    this.record('getLastRow');
    return this.lastRow();
  }
  getLastColumn() {
    this.record('getLastColumn');
    return this.lastColumn();
  }
  getFrozenRows() {
    this.record('getFrozenRows');
    return this.frozenRows;
  }
  setFrozenRows(rows: number) {
    this.record('setFrozenRows');
    this.frozenRows = rows;
  }
  setColumnWidths(start: number, count: number, width: number) {
    this.record('setColumnWidths');
    for (let c = start; c < start + count; c++) this.widths.set(c, width);
    return this;
  }
  setConditionalFormatRules(rules: unknown[]) {
    this.record('setConditionalFormatRules');
    this.conditionalRules = [...rules];
  }
  getProtections(type: unknown) {
    this.record('getProtections');
    return this.protections.filter((p) => p.type === type && p.anchor.alive);
  }
  protect() {
    this.record('protect');
    const protection = new FakeProtection(this.log, new Anchor(this, { start: 1, count: this.maxRows }, { start: 1, count: this.maxColumns }), 'SHEET');
    this.protections.push(protection);
    return protection;
  }
  getCharts() {
    this.record('getCharts');
    // Typed for both projects' narrowed interfaces until they are one (issue 8).
    return [...this.charts] as never[];
  }
  removeChart(chart: unknown) {
    this.record('removeChart');
    this.charts = this.charts.filter((c) => c !== chart);
  }
  newChart() {
    this.record('newChart');
    return new FakeChartBuilder(this.log);
  }
  insertChart(chart: unknown) {
    this.record('insertChart');
    this.charts.push(chart as FakeChart);
  }
  hideSheet() {
    this.record('hideSheet');
    this.hidden = true;
    return this;
  }
  /** Content and formats go; validations, frozen rows and charts stay (Sheet.clear). */
  clear() {
    this.record('clear');
    for (const row of this.rows ?? []) {
      if (!row) continue;
      for (let c = 0; c < row.length; c++) row[c] = row[c]?.validation ? { ...emptyCell(), validation: row[c]!.validation } : undefined;
    }
    return this;
  }
  addDeveloperMetadata(key: string, value?: string) {
    this.record('addDeveloperMetadata');
    this.spreadsheet.attach(key, value ?? null, 'SHEET', this, null);
    return this;
  }
  getDeveloperMetadata() {
    this.record('getDeveloperMetadata');
    return this.spreadsheet.metadata.filter((m) => m.locationType === 'SHEET' && m.sheet === this);
  }
  createDeveloperMetadataFinder() {
    this.record('createDeveloperMetadataFinder');
    return new FakeDeveloperMetadataFinder(this.log, this.spreadsheet, { sheet: this, rows: null, columns: null });
  }

  // Structural edits, as people make them (the add-on itself only inserts).
  insertRowBefore(at: number) {
    return this.insert('insertRowBefore', 'ROWS', at, 1);
  }
  insertRowAfter(after: number) {
    return this.insert('insertRowAfter', 'ROWS', after + 1, 1);
  }
  insertRowsBefore(at: number, k: number) {
    return this.insert('insertRowsBefore', 'ROWS', at, k);
  }
  insertRowsAfter(after: number, k: number) {
    return this.insert('insertRowsAfter', 'ROWS', after + 1, k);
  }
  insertColumnBefore(at: number) {
    return this.insert('insertColumnBefore', 'COLUMNS', at, 1);
  }
  insertColumnAfter(after: number) {
    return this.insert('insertColumnAfter', 'COLUMNS', after + 1, 1);
  }
  insertColumnsBefore(at: number, k: number) {
    return this.insert('insertColumnsBefore', 'COLUMNS', at, k);
  }
  insertColumnsAfter(after: number, k: number) {
    return this.insert('insertColumnsAfter', 'COLUMNS', after + 1, k);
  }
  deleteRow(at: number) {
    return this.remove('deleteRow', 'ROWS', at, 1);
  }
  deleteRows(at: number, k: number) {
    return this.remove('deleteRows', 'ROWS', at, k);
  }
  deleteColumn(at: number) {
    return this.remove('deleteColumn', 'COLUMNS', at, 1);
  }
  deleteColumns(at: number, k: number) {
    return this.remove('deleteColumns', 'COLUMNS', at, k);
  }

  /**
   * Sheet.moveColumns(columnSpec, destinationIndex): the whole columns `columnSpec` spans (not only
   * its rows) move to stand before column `destinationIndex`, "based on the coordinates before the
   * columns are moved"; the columns between shift to make room and the source columns are removed
   * from the grid, so they may end at another index than the one given (the reference's own sample:
   * A:B moved to index 5 become C:D). Sources: Apps Script reference, Sheet.moveColumns(Range,
   * Integer) (developers.google.com/apps-script/reference/spreadsheet/sheet#moveColumns(Range,Integer),
   * its sample as run and shown in googleappsscript.hatenablog.com/entry/2017/11/01/120000); the
   * Sheets API's MoveDimensionRequest.destinationIndex states the same rule. Cells move whole (value,
   * formula, formats, validation, link); references to the moved and shifted columns follow their
   * cells, each end of a range its own (inferred: references follow cells on every structural edit,
   * see editedInFormula; unverified on a real account; Google's pages searched in session 19, the
   * Sheet.moveColumns reference and MoveDimensionRequest, say only where the columns go, nothing
   * contrary; spreadsheets that copy Sheets' column drag do the same, e.g. frappe/suite PR 465),
   * and so do named ranges, protections and column metadata. Stricter than the reference, which
   * does not say: a destination inside the moved columns or just right of them (no move at all)
   * throws, as does a range of another sheet.
   */
  moveColumns(columnSpec: FakeRange, destinationIndex: number) {
    this.record('moveColumns');
    if (columnSpec.sheet !== this) throw new Error('The range must be on the sheet whose columns are moved.');
    const [first, last] = [columnSpec.column, columnSpec.column + columnSpec.columns - 1];
    if (!Number.isInteger(destinationIndex) || destinationIndex < 1 || destinationIndex > this.maxColumns + 1) throw new Error('Those columns are out of bounds.');
    if (destinationIndex >= first && destinationIndex <= last + 1) throw new Error(`Moving columns ${first}–${last} to index ${destinationIndex} moves nothing (fake: stricter than the reference).`);
    const k = last - first + 1;
    // Where each column (1-based) stands after the move.
    const to = (c: number) => {
      if (c >= first && c <= last) return destinationIndex > last ? destinationIndex - k + (c - first) : destinationIndex + (c - first);
      if (destinationIndex > last && c > last && c < destinationIndex) return c - k;
      if (destinationIndex < first && c >= destinationIndex && c < first) return c + k;
      return c;
    };
    for (const [r, row] of this.rows.entries()) {
      if (!row) continue;
      const moved: Array<StoredCell | undefined> = [];
      row.forEach((cell, c) => {
        if (cell) moved[to(c + 1) - 1] = cell;
      });
      this.rows[r] = moved;
    }
    const ends = (a: number, b: number): [number, number] => [Math.min(to(a), to(b)), Math.max(to(a), to(b))];
    this.spreadsheet.moved(this, 'COLUMNS', (span) => {
      const [start, end] = ends(span.start, span.start + span.count - 1);
      [span.start, span.count] = [start, end - start + 1];
    });
    this.spreadsheet.referencesEdited(this, 'COLUMNS', ends);
    return this;
  }

  private insert(method: string, dimension: Dimension, at: number, k: number) {
    this.record(method);
    const max = dimension === 'ROWS' ? this.maxRows : this.maxColumns;
    if (!Number.isInteger(at) || at < 1 || at > max + 1 || k < 1) throw new Error('Those rows are out of bounds.');
    if (dimension === 'ROWS') {
      this.rows.splice(at - 1, 0, ...Array.from({ length: k }, () => []));
      this.maxRows += k;
    } else {
      for (const row of this.rows) if (row && row.length >= at) row.splice(at - 1, 0, ...new Array<undefined>(k));
      this.maxColumns += k;
    }
    this.spreadsheet.moved(this, dimension, (span) => spanInserted(span, at, k));
    this.spreadsheet.referencesEdited(this, dimension, insertedSpan(at, k));
    return this;
  }

  private remove(method: string, dimension: Dimension, at: number, k: number) {
    this.record(method);
    const max = dimension === 'ROWS' ? this.maxRows : this.maxColumns;
    if (!Number.isInteger(at) || at < 1 || at + k - 1 > max) throw new Error('Those rows are out of bounds.');
    if (k >= max) throw new Error(`You can't delete all the ${dimension === 'ROWS' ? 'rows' : 'columns'} on the sheet.`);
    if (dimension === 'ROWS') {
      this.rows.splice(at - 1, k);
      this.maxRows -= k;
    } else {
      for (const row of this.rows) row?.splice(at - 1, k);
      this.maxColumns -= k;
    }
    this.spreadsheet.moved(this, dimension, (span) => spanDeleted(span, at, k));
    this.spreadsheet.referencesEdited(this, dimension, deletedSpan(at, k));
    return this;
  }

  /** Range.sort: reorders the cells of rows row..row+count-1 within the range's columns. */
  sortRows(row: number, count: number, column: number, columns: number, keys: Array<{ column: number; ascending: boolean }>) {
    const rank = (cell: StoredCell) => {
      const v = cell.formula ? '' : cell.value;
      return v === '' || v === null ? 3 : typeof v === 'number' || v instanceof Date ? 0 : typeof v === 'boolean' ? 2 : 1;
    };
    const compare = (a: StoredCell, b: StoredCell) => {
      const [ra, rb] = [rank(a), rank(b)];
      if (ra !== rb) return ra - rb;
      if (ra === 3) return 0;
      const [va, vb] = [a.value, b.value].map((v) => (v instanceof Date ? v.getTime() : v));
      return typeof va === 'string' && typeof vb === 'string' ? va.localeCompare(vb, 'vi') : Number(va) - Number(vb);
    };
    const slices = Array.from({ length: count }, (_, r) => Array.from({ length: columns }, (_, c) => this.cell(row + r, column + c)));
    const order = slices.map((_, i) => i);
    order.sort((a, b) => {
      for (const key of keys) {
        const ca = slices[a][key.column - column];
        const cb = slices[b][key.column - column];
        // Blanks go last whatever the direction, as in Sheets.
        const blank = Number(rank(ca) === 3) - Number(rank(cb) === 3);
        if (blank !== 0) return blank;
        const d = compare(ca, cb);
        if (d !== 0) return key.ascending ? d : -d;
      }
      return a - b;
    });
    order.forEach((from, r) => {
      slices[from].forEach((cell, c) => {
        this.rowAt(row + r)[column + c - 1] = cell;
      });
    });
  }

  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) if (this.rows[r - 1]?.some((cell) => cell && (cell.formula || (cell.value !== '' && cell.value !== null)))) return r;
    return 0;
  }
  private lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      row?.forEach((cell, c) => {
        if (cell && (cell.formula || (cell.value !== '' && cell.value !== null))) last = Math.max(last, c + 1);
      });
    }
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
    enter(this.cell(row, column, true), value, this.spreadsheet);
  }
  /** Test helper: a labelled link in a cell (1-based), as Insert › Link makes one. */
  setLink(row: number, column: number, url: string) {
    this.cell(row, column, true).link = url;
  }
  /** Test helper: the contents (formulas as their text) up to the last row and column with data. */
  values(): Cell[][] {
    const [rows, columns] = [this.lastRow(), this.lastColumn()];
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => {
        const cell = this.cell(r + 1, c + 1);
        return cell.formula || cell.value;
      }),
    );
  }
  /** Test helper: rows with a bold cell. */
  boldRows(): number[] {
    return this.rows.flatMap((row, r) => (row?.some((cell) => cell?.weight === 'bold') ? [r + 1] : []));
  }
  /**
   * Everything stored, for comparing two states of the fake: a copy, never the live cells, which
   * later writes change in place (a state taken before set-up would then always equal the one after).
   */
  state(): unknown {
    const cells = this.rows.flatMap((row, r) => (row ?? []).flatMap((cell, c) => (isEmptyCell(cell) ? [] : [[`${columnName(c + 1)}${r + 1}`, { ...cell }] as const])));
    return {
      name: this.name,
      size: [this.maxRows, this.maxColumns],
      cells,
      frozenRows: this.frozenRows,
      widths: [...this.widths],
      conditionalRules: [...this.conditionalRules],
      protections: this.protections.map((p) => [p.type, p.range.a1(), p.description, p.warningOnly]),
      charts: this.charts.map((c) => [c.ranges.map((r) => r.a1()), c.options]),
    };
  }
}

class FakeNamedRange {
  constructor(
    private readonly log: CallLog,
    readonly name: string,
    public anchor: Anchor,
  ) {}
  /** Test helper: where it points now. */
  get range(): FakeRange {
    return this.anchor.range(this.log);
  }
  getName() {
    this.log.record('NamedRange.getName');
    return this.name;
  }
  getRange() {
    this.log.record('NamedRange.getRange', this.anchor.sheet.name);
    if (!this.anchor.alive) throw new Error('Range not found');
    return this.anchor.range(this.log);
  }
  setRange(range: FakeRange) {
    this.log.record('NamedRange.setRange', range.sheet.name);
    this.anchor = range.anchor();
  }
  remove() {
    this.log.record('NamedRange.remove');
    const ss = this.anchor.sheet.spreadsheet;
    ss.namedRanges = ss.namedRanges.filter((n) => n !== this);
  }
}

export class FakeSpreadsheet {
  readonly log = new CallLog();
  sheets: FakeSheet[] = [];
  namedRanges: FakeNamedRange[] = [];
  metadata: FakeDeveloperMetadata[] = [];
  readonly toasts: string[] = [];
  private nextId = 0;
  /** File → Settings: the locale that parses what is written, and the time zone. */
  locale: SheetLocale = 'vi_VN';
  timeZone = 'Asia/Ho_Chi_Minh';
  /** Replaces the locale's formula parser, to play a sheet that refuses what the reports say works. */
  parse?: FormulaParser;
  /** How formulas give back sheet names: 'fewest' quotes, or 'all' (no source says which Sheets does). */
  quoting: SheetQuoting = 'fewest';
  /** Results for formulas that parse, since the fake has no engine (formula text → value). */
  evaluate?: (formula: string) => Cell | Cell[][];
  /** The area an array formula spills over (formula text → rows × columns) when `evaluate` gives no array, for BLOCKED_SPILL. */
  spills: (formula: string) => { rows: number; columns: number } | null = addonSpill;
  readonly id = '1FakeSpreadsheetIdForTests000000000000000000';

  /** A new Google Sheet has one empty sheet ("Trang tính1" in Vietnamese). */
  constructor(firstSheet = 'Trang tính1', settings: { locale?: SheetLocale; timeZone?: string } = {}) {
    this.locale = settings.locale ?? this.locale;
    this.timeZone = settings.timeZone ?? this.timeZone;
    this.sheets = [this.newSheet(firstSheet)];
  }

  getId() {
    this.log.record('Spreadsheet.getId');
    return this.id;
  }
  getSpreadsheetLocale() {
    this.log.record('Spreadsheet.getSpreadsheetLocale');
    return this.locale;
  }
  getSpreadsheetTimeZone() {
    this.log.record('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }

  private newSheet(name: string): FakeSheet {
    // Sheet ids: 0 for the first sheet, then large numbers, as Sheets gives them.
    const id = this.nextId === 0 ? 0 : 1_000_000 + this.nextId * 7919;
    this.nextId++;
    return new FakeSheet(this.log, this, name, id);
  }

  getSheets() {
    this.log.record('Spreadsheet.getSheets');
    return [...this.sheets];
  }
  getSheetByName(name: string) {
    this.log.record('Spreadsheet.getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  getNumSheets() {
    this.log.record('Spreadsheet.getNumSheets');
    return this.sheets.length;
  }
  insertSheet(name: string, index: number) {
    this.log.record('Spreadsheet.insertSheet', name);
    if (this.sheets.some((s) => s.name === name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    if (index < 0 || index > this.sheets.length) throw new Error(`Sheet index ${index} is out of range.`);
    const sheet = this.newSheet(name);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }
  deleteSheet(sheet: FakeSheet) {
    this.log.record('Spreadsheet.deleteSheet', sheet.name);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.metadata = this.metadata.filter((m) => m.sheet !== sheet);
    for (const n of this.namedRanges) if (n.anchor.sheet === sheet) n.anchor.rows.count = 0;
  }
  getRangeByName(name: string) {
    this.log.record('Spreadsheet.getRangeByName');
    const named = this.namedRanges.find((n) => n.name === name);
    return named?.anchor.alive ? named.anchor.range(this.log) : null;
  }
  getNamedRanges() {
    this.log.record('Spreadsheet.getNamedRanges');
    return [...this.namedRanges];
  }
  setNamedRange(name: string, range: FakeRange) {
    this.log.record('Spreadsheet.setNamedRange', range.sheet.name);
    const existing = this.namedRanges.find((n) => n.name === name);
    if (existing) existing.anchor = range.anchor();
    else this.namedRanges.push(new FakeNamedRange(this.log, name, range.anchor()));
  }
  toast(message: string, _title?: string, _timeoutSeconds?: number) {
    this.log.record('Spreadsheet.toast');
    this.toasts.push(message);
  }
  addDeveloperMetadata(key: string, value?: string) {
    this.log.record('Spreadsheet.addDeveloperMetadata');
    this.attach(key, value ?? null, 'SPREADSHEET', null, null);
    return this;
  }
  getDeveloperMetadata() {
    this.log.record('Spreadsheet.getDeveloperMetadata');
    return this.metadata.filter((m) => m.locationType === 'SPREADSHEET');
  }
  createDeveloperMetadataFinder() {
    this.log.record('Spreadsheet.createDeveloperMetadataFinder');
    return new FakeDeveloperMetadataFinder(this.log, this, { sheet: null, rows: null, columns: null });
  }

  /** The fake's bookkeeping (not service calls). */
  attach(key: string, value: string | null, type: LocationType, sheet: FakeSheet | null, span: Span | null) {
    if (!key) throw new Error('Invalid argument: key');
    const id = 1 + this.metadata.reduce((max, m) => Math.max(max, m.id), 0);
    this.metadata.push(new FakeDeveloperMetadata(this.log, this, id, key, value, type, sheet, span));
  }
  /** Every anchored thing of `sheet` along `dimension` follows a structural edit; what loses all its rows goes. */
  moved(sheet: FakeSheet, dimension: Dimension, edit: (span: Span) => void) {
    for (const named of this.namedRanges) if (named.anchor.sheet === sheet && named.anchor.alive) edit(named.anchor.span(dimension));
    for (const protection of sheet.protections) if (protection.type === 'RANGE') edit(protection.anchor.span(dimension));
    sheet.protections = sheet.protections.filter((p) => p.anchor.alive);
    const along = dimension === 'ROWS' ? 'ROW' : 'COLUMN';
    for (const m of this.metadata) if (m.sheet === sheet && m.locationType === along && m.span) edit(m.span);
    this.metadata = this.metadata.filter((m) => !m.span || m.span.count > 0);
  }
  /**
   * Sheets rewrites every formula's references to the rows or columns of `sheet` a structural edit
   * moved (see editedInFormula); a formula left with a #REF! reference shows #REF!.
   */
  referencesEdited(sheet: FakeSheet, dimension: Dimension, edit: SpanEdit) {
    for (const other of this.sheets) {
      for (const row of (other as unknown as { rows: Array<Array<StoredCell | undefined>> }).rows) {
        for (const cell of row ?? []) {
          if (!cell?.formula) continue;
          const formula = editedInFormula(cell.formula, (named) => (named === undefined ? other === sheet : named === sheet.name), dimension, edit);
          if (formula !== cell.formula && formula.includes(BROKEN_REFERENCE)) cell.value = BROKEN_REFERENCE;
          cell.formula = formula;
        }
      }
    }
  }
  /** Sheets rewrites every formula that names a renamed sheet. */
  renamed(sheet: FakeSheet, name: string) {
    for (const other of this.sheets) {
      for (const row of (other as unknown as { rows: Array<Array<StoredCell | undefined>> }).rows) {
        for (const cell of row ?? []) {
          if (cell?.formula) cell.formula = storedFormula(cell.formula, this.quoting, (named) => (named === sheet.name ? name : named));
        }
      }
    }
    sheet.name = name;
  }

  /** Test helpers. */
  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`No sheet "${name}" (have: ${this.sheets.map((s) => s.name).join(', ')})`);
    return sheet;
  }
  state(): unknown {
    return {
      sheets: this.sheets.map((s) => s.state()),
      named: this.namedRanges.map((n) => [n.name, n.anchor.sheet.name, n.anchor.alive ? n.range.a1() : '#REF!']),
      metadata: this.metadata.map((m) => [m.key, m.value, m.locationType, m.sheet?.name ?? null, m.span ? [m.span.start, m.span.count] : null]),
    };
  }
}

/** A rule as the fake's builders record it. */
export interface FakeRule {
  kind: string;
  [method: string]: unknown;
}

/** Builders record their calls separately: they run locally, not against the document. */
function builder<T extends object>(log: CallLog, kind: string, spec: Record<string, unknown>): T {
  return new Proxy({} as T, {
    get(_, method: string) {
      return (...args: unknown[]) => {
        log.builderCalls.push(`${kind}.${method}`);
        if (method === 'build') return { kind, ...spec };
        // Ranges are kept as A1 text so states compare without reference cycles.
        const plain = args.map((a) => (a instanceof FakeRange ? a.a1() : Array.isArray(a) ? a.map((x) => (x instanceof FakeRange ? x.a1() : x)) : a));
        spec[method] = plain.length === 1 ? plain[0] : plain;
        return builder<T>(log, kind, spec);
      };
    },
  });
}

/** SpreadsheetApp.newDataValidation(), recording what the rule asks for. */
export function fakeDataValidation(log = new CallLog()): DataValidationBuilderLike {
  return builder<DataValidationBuilderLike>(log, 'DataValidation', {});
}

export function fakeFactories(log: CallLog): SpreadsheetFactories {
  return {
    newDataValidation: () => fakeDataValidation(log),
    newConditionalFormatRule: () => builder<ConditionalFormatRuleBuilderLike>(log, 'ConditionalFormatRule', {}),
    protectionTypes: { RANGE: 'RANGE', SHEET: 'SHEET' },
    columnChart: 'COLUMN',
  };
}
