import type { CellSpec, ChartSpec, NumberFormat, SheetSpec, StyleName, Validation } from '../../core/template/types';
import { sheetValues } from '../../core/template/types';
import type { Cell } from '../../core/cells/values';
import { parseViNumber } from '../../core/cells/vi-number';
import type { RangeLike, SheetLike, SpreadsheetFactories } from '../../gas/spreadsheet';

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

const BOLD: ReadonlySet<StyleName | undefined> = new Set(['title', 'header', 'heading']);

/** Current content of a sheet area, a formula where there is one, for `sheetValues`. */
export function currentContent(range: RangeLike): Cell[][] {
  const formulas = range.getFormulas();
  return range.getValues().map((row, r) => row.map((value, c) => formulas[r][c] || value));
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

/** Equal widths side by side are set in one call; 0 (the default width) needs none. */
function widthRuns(widths: number[]): Array<{ start: number; count: number; width: number }> {
  const runs: Array<{ start: number; count: number; width: number }> = [];
  widths.forEach((width, i) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.start + last.count === i + 1) last.count++;
    else if (width > 0) runs.push({ start: i + 1, count: 1, width });
  });
  return runs;
}

export interface SheetWrite {
  sheet: SheetLike;
  spec: SheetSpec;
  /** True for a sheet just inserted: nothing to read, nothing to keep. */
  isNew: boolean;
  /** What to keep in input and untouched cells (1-based), e.g. the current content. */
  kept: (row: number, column: number) => Cell | undefined;
  /** Rows below the spec's area that held template content and must now be emptied. */
  clearRowsBelow: number;
}

export function applySheet({ sheet, spec, isNew, kept, clearRowsBelow }: SheetWrite, factories: SpreadsheetFactories): void {
  const rows = spec.cells.length + clearRowsBelow;
  const columns = spec.cells[0].length;
  const area = sheet.getRange(1, 1, rows, columns);
  const blankRow = () => new Array<Cell>(columns).fill('');
  const values = [...sheetValues(spec, kept), ...Array.from({ length: clearRowsBelow }, blankRow)];
  const cellAt = (r: number, c: number) => spec.cells[r]?.[c] ?? null;
  const grid = <T>(pick: (cell: CellSpec | null, r: number, c: number) => T): T[][] => values.map((row, r) => row.map((_, c) => pick(cellAt(r, c), r, c)));

  // Formats before values, so a text format protects what setValues writes.
  const formats = grid((cell, r, c) => formatOf(cell, values[r][c]));
  if (!isNew || formats.some((row) => row.some((f) => f !== 'General'))) area.setNumberFormats(formats);
  area.setValues(values);
  area.setFontWeights(grid((cell) => (BOLD.has(cell?.style) ? 'bold' : 'normal')));
  area.setBackgrounds(grid((cell) => (cell?.style ? BACKGROUNDS[cell.style] : null)));
  if (spec.wrapText) area.setWrap(true);
  const rules = new Map<string, unknown>();
  const ruleFor = (validation: Validation) => {
    const key = JSON.stringify(validation);
    if (!rules.has(key)) rules.set(key, validationRule(validation, factories));
    return rules.get(key);
  };
  if (spec.cells.some((row) => row.some((cell) => cell?.kind === 'input' && cell.validation))) {
    area.setDataValidations(grid((cell) => (cell?.kind === 'input' && cell.validation ? ruleFor(cell.validation) : null)));
  }
  if (spec.frozenRows > 0 && (isNew || sheet.getFrozenRows() !== spec.frozenRows)) sheet.setFrozenRows(spec.frozenRows);
  // Widths only on creation: afterwards they are the users' to change.
  if (isNew) for (const run of widthRuns(spec.columnWidths)) sheet.setColumnWidths(run.start, run.count, run.width);
  if (spec.conditionalFormats.length > 0) {
    const ranges = new Map<string, RangeLike>();
    const rangeOf = (a1: string) => ranges.get(a1) ?? ranges.set(a1, sheet.getRange(a1)).get(a1)!;
    sheet.setConditionalFormatRules(
      spec.conditionalFormats.map((format) => {
        const builder = factories
          .newConditionalFormatRule()
          .setRanges([rangeOf(format.range)])
          .setBackground(format.background);
        const when = format.when;
        if ('textEquals' in when) return builder.whenTextEqualTo(when.textEquals).build();
        if ('textStartsWith' in when) return builder.whenTextStartsWith(when.textStartsWith).build();
        return builder.whenFormulaSatisfied(when.formula).build();
      }),
    );
  }
  applyProtections(sheet, spec, isNew, factories);
  applyCharts(sheet, spec.charts, isNew, factories);
}

/** Warning-only protections, recognised by description so a repair neither duplicates nor loses them. */
function applyProtections(sheet: SheetLike, spec: SheetSpec, isNew: boolean, factories: SpreadsheetFactories): void {
  if (spec.protections.length === 0) return;
  const existing = isNew ? [] : [...sheet.getProtections(factories.protectionTypes.SHEET), ...sheet.getProtections(factories.protectionTypes.RANGE)];
  for (const wanted of spec.protections) {
    const found = existing.find((p) => p.getDescription() === wanted.description);
    if (found && (wanted.range === null || found.getRange().getA1Notation() === wanted.range)) continue;
    found?.remove();
    const protection = wanted.range === null ? sheet.protect() : sheet.getRange(wanted.range).protect();
    protection.setDescription(wanted.description);
    protection.setWarningOnly(true);
  }
}

function sameRanges(ranges: RangeLike[], chart: ChartSpec): boolean {
  return ranges.map((r) => r.getA1Notation()).join(',') === `${chart.domain},${chart.series}`;
}

function applyCharts(sheet: SheetLike, charts: ChartSpec[], isNew: boolean, factories: SpreadsheetFactories): void {
  if (charts.length === 0) return;
  const existing = isNew ? [] : sheet.getCharts();
  if (existing.length === charts.length && charts.every((c, i) => sameRanges(existing[i].getRanges(), c))) return;
  for (const chart of existing) sheet.removeChart(chart);
  for (const chart of charts) {
    const built = sheet
      .newChart()
      .setChartType(factories.columnChart)
      .addRange(sheet.getRange(chart.domain))
      .addRange(sheet.getRange(chart.series))
      .setPosition(chart.row, chart.column, 0, 0)
      .setOption('title', chart.title)
      .build();
    sheet.insertChart(built);
  }
}
