import type { CellSpec, ChartSpec, NumberFormat, SheetSpec, StyleName, Validation } from '../../core/template/types';
import { sheetValues, takesComputed } from '../../core/template/types';
import type { Cell } from '../../core/cells/values';
import { parseViNumber } from '../../core/cells/vi-number';
import type { ProtectionLike, RangeLike, SheetLike, SpreadsheetFactories } from '../../gas/spreadsheet';
import { rangeA1 } from '../../core/template/a1';
import { formulaForm, type Placement, placeFormula, placeRange } from '../../core/template/placement';
import { cellPlaces, spillsInto } from '../../core/template/computed';
import type { LooksStyled } from '../../core/template/match';
import { columnWidthCalls } from '../../core/template/column-widths';

/**
 * Writes one sheet of the template with a fixed, small number of calls: every property of the
 * sheet's area (values, formats, weights, backgrounds, validations) goes in as one 2-D array.
 */

const NUMBER_FORMATS: Record<NumberFormat, string> = {
  percent: '0.00%',
  date: 'dd/mm/yyyy',
  integer: '#,##0',
  decimal: 'General',
  text: '@',
};

const BACKGROUNDS: Record<StyleName, string | null> = {
  title: null,
  header: '#d9e2f3',
  heading: '#eeeeee',
  input: '#fff9db',
  result: '#f3f3f3',
  // Hints and references read as plain text: a grey font would cost one more call per sheet.
  muted: null,
};

type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

const BOLD: ReadonlySet<StyleName | undefined> = new Set(['title', 'header', 'heading']);

/**
 * The template's look of a cell of `range` (read from A1), for matchSheet: its background is the
 * one applySheet gives `style`; a style without a background of its own tells nothing (false).
 * The backgrounds are read once, when first asked: only for a row whose key column was deleted.
 */
export function looksOf(range: RangeLike): LooksStyled {
  let backgrounds: string[][] | null = null;
  return (row, column, style) => {
    const wanted = BACKGROUNDS[style];
    if (wanted === null) return false;
    backgrounds ??= range.getBackgrounds();
    return backgrounds[row - 1]?.[column - 1] === wanted;
  };
}

/** Current content of a sheet area, a formula where there is one, for `sheetValues`. */
export function currentContent(range: RangeLike): Cell[][] {
  return currentCells(range).content;
}

/** The content (a formula where there is one) and what each cell shows (a formula's result). */
export function currentCells(range: RangeLike): { content: Cell[][]; shown: Cell[][] } {
  const formulas = range.getFormulas();
  const shown = range.getValues();
  return { content: shown.map((row, r) => row.map((value, c) => formulas[r][c] || value)), shown };
}

/**
 * Text the user typed that Sheets could re-read as a number on rewrite ("0123", "1.234") keeps
 * the text format, so rewriting the area cannot change it.
 */
function formatOf(cell: CellSpec | null, value: Cell): string {
  if (typeof value === 'string' && !value.startsWith('=') && value.trim() !== '' && parseViNumber(value) !== null && cell?.kind !== 'label') {
    return NUMBER_FORMATS.text;
  }
  return cell?.format ? NUMBER_FORMATS[cell.format] : 'General';
}

function validationRule(validation: Validation, factories: SpreadsheetFactories): unknown {
  const builder = factories.newDataValidation().setAllowInvalid(validation.type !== 'percent');
  if (validation.type === 'percent') return builder.requireNumberBetween(0, 1).setHelpText('Nhập tỷ lệ từ 0% đến 100%, ví dụ 65%.').build();
  if (validation.type === 'list') return builder.requireValueInList(validation.values, true).build();
  if (validation.type === 'number') {
    return builder.requireNumberBetween(validation.min, validation.max).setHelpText(`Nhập số từ ${validation.min} đến ${validation.max}.`).build();
  }
  return builder.requireDate().setHelpText('Nhập ngày dạng dd/mm/yyyy.').build();
}

export interface SheetWrite {
  sheet: SheetLike;
  spec: SheetSpec;
  /** True for a sheet just inserted: nothing to read, nothing to keep. */
  isNew: boolean;
  /** Where the spec's rows and columns are in this sheet. */
  placement: Placement;
  /** Every sheet's placement by spec name, for the references formulas make to other sheets. */
  placements: ReadonlyMap<string, Placement>;
  /** What to keep in a physical cell (1-based) the spec leaves to people, or that is not the spec's. */
  kept: (row: number, column: number) => Cell | undefined;
  /** Physical rows below the placed ones that held template content and must now be emptied, up to this row. */
  clearTo: number;
  /**
   * The sheet as another ruleset laid it out, when set-up switches from it and rewrites this sheet
   * in place: its labels, formulas and results outside this spec (columns it had and this one has
   * not) are emptied with their look, not kept as people's.
   */
  former?: SheetSpec;
  /** The range set-up read this sheet's content from, if the sheet kept its shape since. */
  current?: ReadRange;
}

/** A range read from A1, with its size as the values read showed it (no call needed to know it). */
export interface ReadRange {
  range: RangeLike;
  rows: number;
  columns: number;
  /** What was read through it: each cell's formula, else its value. */
  cells: Cell[][];
  /** What each cell showed: a formula's result, so a cell showing "=…" itself holds it as text. */
  shown: Cell[][];
}

/**
 * Whether writing `value` at (r, c), 0-based, would store what the cell already holds. A formula
 * a cell holds as text (typed or pasted under the "@" format, which keeps "=…" as text:
 * test/fakes/user-entered.ts) reads as the same string, but writing it after its format is given
 * back makes it a formula again.
 */
function holds(read: ReadRange, r: number, c: number, value: Cell): boolean {
  const held = read.cells[r]?.[c] ?? '';
  const formula = typeof value === 'string' && value.startsWith('=');
  if (formula && typeof held === 'string' ? formulaForm(value) !== formulaForm(held) : value !== held) return false;
  return !(formula && read.shown[r]?.[c] === held);
}

/** The physical area a write covers, and which of its rows and columns are the spec's. */
function area(write: SheetWrite) {
  const { placement, clearTo, former } = write;
  const placedRows = Math.max(...placement.rows);
  const rows = Math.max(placedRows, clearTo);
  const columns = Math.max(...placement.columns, former?.cells[0]?.length ?? 0);
  const logicalRow = new Map(placement.rows.map((p, i) => [p, i] as const));
  const logicalColumn = new Map(placement.columns.map((p, i) => [p, i] as const));
  const formerly = (r: number, c: number) => (former?.cells[r]?.[c]?.kind ?? 'input') !== 'input';
  // Cells inside the placed span that are not the spec's are people's: kept with their formats.
  const foreign = (r: number, c: number) => r < placedRows && (!logicalRow.has(r + 1) || !logicalColumn.has(c + 1)) && !formerly(r, c);
  return { rows, columns, placedRows, logicalRow, logicalColumn, foreign };
}

/** What applySheet leaves for the rest of set-up: the range it wrote, and any range of the sheet by A1. */
export interface AppliedSheet {
  /** The written area, from A1: every placed cell is inside it. */
  area: RangeLike;
  rangeOf: (a1: string) => RangeLike;
}

/**
 * Writes the sheet and returns its ranges by A1, each fetched once (the area itself included),
 * so that named ranges, protections and formats on the same cells cost no further calls.
 */
export function applySheet(write: SheetWrite, factories: SpreadsheetFactories): AppliedSheet {
  const { sheet, spec, isNew, placement, placements, kept } = write;
  const { rows, columns, placedRows, foreign } = area(write);
  // The range the content was read from, when it is exactly the area: a Range stands for fixed
  // cells, and nothing was inserted into this sheet since, so it is the same cells as a new getRange.
  const read = write.current;
  const range = read && read.rows === rows && read.columns === columns ? read.range : sheet.getRange(1, 1, rows, columns);
  const ranges = new Map<string, RangeLike>([[rangeA1(1, 1, rows, columns), range]]);
  const rangeOf = (a1: string) => ranges.get(a1) ?? ranges.set(a1, sheet.getRange(a1)).get(a1)!;
  const place = (a1: string) => placeRange(a1, placement);
  const logical = sheetValues(spec, (r, c) => kept(placement.rows[r - 1], placement.columns[c - 1]));
  // Where each spec cell goes: a spilling formula heads the rows it reads, wherever people sorted them.
  const written = cellPlaces(spec, placement).cell;
  const specAt = (r: number, c: number): { cell: CellSpec | null; value: Cell } | null => {
    const at = written(r + 1, c + 1);
    if (at === null) return null;
    const [lr, lc] = at;
    const cell = spec.cells[lr]?.[lc] ?? null;
    const value = logical[lr][lc];
    // The spec's formulas are in its own coordinates; what people left in a cell is already in the sheet's.
    const fromSpec = cell?.kind === 'formula' || takesComputed(cell, kept(placement.rows[lr], placement.columns[lc]));
    return { cell, value: fromSpec ? placeFormula(String(value), spec.name, placements) : value };
  };
  const grid = <T>(pick: (r: number, c: number) => T): T[][] => Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => pick(r, c)));
  // A row people inserted among the results gets them too: what they show there is not theirs to keep.
  const spilled = spillsInto(spec, placement);
  const values = grid((r, c) => specAt(r, c)?.value ?? (foreign(r, c) && !spilled(r + 1, c + 1) ? (kept(r + 1, c + 1) ?? '') : ''));
  const hasForeign = !isNew && grid(foreign).some((row) => row.some(Boolean));
  const current = hasForeign ? { formats: range.getNumberFormats(), weights: range.getFontWeights(), backgrounds: range.getBackgrounds(), validations: range.getDataValidations() } : null;
  const own = <T>(pick: (cell: CellSpec | null, value: Cell) => T, theirs: (r: number, c: number) => T) =>
    grid((r, c) => {
      const at = specAt(r, c);
      if (at) return pick(at.cell, at.value);
      return current && foreign(r, c) ? theirs(r, c) : pick(null, '');
    });

  // Formats before values, so a text format protects what setValues writes.
  const formats = own(
    (cell, value) => formatOf(cell, value),
    (r, c) => current!.formats[r][c],
  );
  if (!isNew || formats.some((row) => row.some((f) => f !== 'General'))) range.setNumberFormats(formats);
  // What the sheet already holds, cell for cell, is not written again (a repair with nothing to
  // change); past the range read, cells are empty (Sheet.getDataRange reference).
  if (!read || values.some((row, r) => row.some((value, c) => !holds(read, r, c, value)))) range.setValues(values);
  // A new sheet is all normal weight and without backgrounds: only what differs costs a call.
  const weights = own(
    (cell): FontWeight => (BOLD.has(cell?.style) ? 'bold' : 'normal'),
    (r, c) => current!.weights[r][c] as FontWeight,
  );
  if (!isNew || weights.some((row) => row.some((w) => w !== 'normal'))) range.setFontWeights(weights);
  const backgrounds = own(
    (cell) => (cell?.style ? BACKGROUNDS[cell.style] : null),
    (r, c) => current!.backgrounds[r][c],
  );
  if (!isNew || backgrounds.some((row) => row.some((b) => b !== null))) range.setBackgrounds(backgrounds);
  // Rows emptied below the placed ones lose the wrap with their content.
  if (spec.wrapText && rows === placedRows) range.setWrap(true);
  if (spec.wrapText && rows > placedRows) {
    rangeOf(rangeA1(1, 1, placedRows, columns)).setWrap(true);
    rangeOf(rangeA1(placedRows + 1, 1, rows - placedRows, columns)).setWrap(false);
  }
  const rules = new Map<string, unknown>();
  const ruleFor = (validation: Validation) => {
    const key = JSON.stringify(validation);
    if (!rules.has(key)) rules.set(key, validationRule(validation, factories));
    return rules.get(key);
  };
  if (spec.cells.some((row) => row.some((cell) => cell?.kind === 'input' && cell.validation))) {
    range.setDataValidations(
      own(
        (cell) => (cell?.kind === 'input' && cell.validation ? ruleFor(cell.validation) : null),
        (r, c) => current!.validations[r][c],
      ),
    );
  }
  const frozen = spec.frozenRows > 0 ? placement.rows[spec.frozenRows - 1] : 0;
  if (frozen > 0 && (isNew || sheet.getFrozenRows() !== frozen)) sheet.setFrozenRows(frozen);
  // Widths only on creation: afterwards they are the users' to change.
  if (isNew) for (const call of columnWidthCalls(spec.columnWidths)) sheet.setColumnWidths(call.start, call.count, call.width);
  if (spec.conditionalFormats.length > 0) {
    sheet.setConditionalFormatRules(
      spec.conditionalFormats.map((format) => {
        const builder = factories
          .newConditionalFormatRule()
          .setRanges([rangeOf(place(format.range))])
          .setBackground(format.background);
        const when = format.when;
        if ('textEquals' in when) return builder.whenTextEqualTo(when.textEquals).build();
        if ('textStartsWith' in when) return builder.whenTextStartsWith(when.textStartsWith).build();
        return builder.whenFormulaSatisfied(placeFormula(when.formula, spec.name, placements)).build();
      }),
    );
  }
  applyProtections(sheet, spec, isNew, factories, place, rangeOf);
  applyCharts(
    sheet,
    spec.charts.map((chart) => ({ ...chart, domain: place(chart.domain), series: place(chart.series) })),
    isNew,
    factories,
    rangeOf,
  );
  return { area: range, rangeOf };
}

/** Warning-only protections, recognised by description so a repair neither duplicates nor loses them. */
function applyProtections(sheet: SheetLike, specs: SheetSpec, isNew: boolean, factories: SpreadsheetFactories, place: (a1: string) => string, rangeOf: (a1: string) => RangeLike): void {
  if (specs.protections.length === 0) return;
  // The kind the spec asks for is read first; the other kind only when a description is not found
  // there (a protection an older template made of the other kind is still found and replaced).
  const types = factories.protectionTypes;
  const wantsSheet = specs.protections.some((p) => p.range === null);
  const kinds = wantsSheet ? [types.SHEET, types.RANGE] : [types.RANGE, types.SHEET];
  const existing: ProtectionLike[] = [];
  let read = isNew ? kinds.length : 0;
  const described = new Map<ProtectionLike, string>();
  const find = (description: string): ProtectionLike | undefined => {
    for (;;) {
      const found = existing.find((p) => (described.get(p) ?? described.set(p, p.getDescription()).get(p)) === description);
      if (found || read === kinds.length) return found;
      existing.push(...sheet.getProtections(kinds[read++]));
    }
  };
  for (const spec of specs.protections) {
    const wanted = { ...spec, range: spec.range === null ? null : place(spec.range) };
    const found = find(wanted.description);
    if (found && (wanted.range === null || found.getRange().getA1Notation() === wanted.range)) continue;
    found?.remove();
    const protection = wanted.range === null ? sheet.protect() : rangeOf(wanted.range).protect();
    protection.setDescription(wanted.description);
    protection.setWarningOnly(true);
  }
}

function sameRanges(ranges: RangeLike[], chart: ChartSpec): boolean {
  return ranges.map((r) => r.getA1Notation()).join(',') === `${chart.domain},${chart.series}`;
}

function applyCharts(sheet: SheetLike, charts: ChartSpec[], isNew: boolean, factories: SpreadsheetFactories, rangeOf: (a1: string) => RangeLike): void {
  if (charts.length === 0) return;
  const existing = isNew ? [] : sheet.getCharts();
  if (existing.length === charts.length && charts.every((c, i) => sameRanges(existing[i].getRanges(), c))) return;
  for (const chart of existing) sheet.removeChart(chart);
  for (const chart of charts) {
    const built = sheet
      .newChart()
      .setChartType(factories.columnChart)
      .addRange(rangeOf(chart.domain))
      .addRange(rangeOf(chart.series))
      .setPosition(chart.row, chart.column, 0, 0)
      .setOption('title', chart.title)
      .build();
    sheet.insertChart(built);
  }
}
