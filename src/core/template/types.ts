import { type Cell, isBlank } from '../cells/values';
import { columnLetter } from './a1';
import type { RangeName } from '../workbook/names';

/**
 * The commune workbook declared as data. The adapter (src/addon/setup/) applies it with a
 * few batched calls per sheet and never changes a value a user typed.
 */

/** How a cell is written on set-up and repair. */
export type CellSpec =
  /** Written every time (titles, headers, legal wording). */
  | { kind: 'label'; value: Cell; style?: StyleName; format?: NumberFormat }
  /**
   * The user's: kept as it is; `initial` only goes into an empty cell. `computed` (a formula, `=`
   * included) is what an empty cell gets instead: a value computed until someone types over it
   * (a percent from counts); whatever people put there, a value or a formula, is kept, and
   * clearing the cell brings the formula back at the next set-up / repair.
   */
  | { kind: 'input'; initial?: Cell; computed?: string; style?: StyleName; format?: NumberFormat; validation?: Validation }
  /** Written every time; `=` included. */
  | { kind: 'formula'; formula: string; style?: StyleName; format?: NumberFormat }
  /** Part of a spilling formula's output: must be empty or the spill fails. */
  | { kind: 'spill'; style?: StyleName; format?: NumberFormat };

export type StyleName = 'title' | 'header' | 'heading' | 'input' | 'result' | 'muted';
export type NumberFormat = 'percent' | 'date' | 'integer' | 'decimal' | 'text';

/**
 * Data validation of an input. Lists, numbers and dates warn (the entry is kept and marked); a
 * percent is refused outside 0%–100%, since a number above 1 in a percent cell is a typing slip
 * (120 for 120%, or 1,2 for 1,2%) that would silently change the result.
 */
export type Validation = { type: 'list'; values: string[] } | { type: 'number'; min: number; max: number } | { type: 'percent' } | { type: 'date' };

export interface ConditionalFormat {
  /** A1 range within the sheet. */
  range: string;
  /** Cell text equals / begins with the value, or a custom formula is true. */
  when: { textEquals: string } | { textStartsWith: string } | { formula: string };
  background: string;
}

export interface ChartSpec {
  title: string;
  /** Domain (labels) and one series, A1 ranges within the sheet. */
  domain: string;
  series: string;
  /** Top-left anchor cell (1-based). */
  row: number;
  column: number;
}

export interface SheetSpec {
  name: string;
  /** Cells from A1; null leaves a cell as it is. */
  cells: Array<Array<CellSpec | null>>;
  /** Widths in pixels of columns A, B, … set when the sheet is created; 0 keeps the default. */
  columnWidths: number[];
  /** Wrap long text (the legal wording of indicators). */
  wrapText: boolean;
  frozenRows: number;
  conditionalFormats: ConditionalFormat[];
  /** Warning-only protections: A1 ranges, or null for the whole sheet. */
  protections: Array<{ range: string | null; description: string }>;
  charts: ChartSpec[];
  /** What identifies a row, for messages ("mã chỉ tiêu"): sheets whose rows are found by their labels. */
  rowKey?: string;
  /** Content written only when all of its cells are blank (the ruleset table on first set-up). */
  seed?: { row: number; column: number; values: Cell[][] };
}

export interface NamedRangeSpec {
  name: RangeName;
  sheet: string;
  range: string;
  /**
   * A list people lengthen by inserting rows inside it: Sheets grows the named range around them,
   * and set-up keeps it grown and never empties the rows below the template's (which the list's
   * last rows then occupy); its sheet's placement follows no labels, so it ends where the template's does.
   */
  grows?: true;
}

export interface WorkbookSpec {
  version: number;
  sheets: SheetSpec[];
  namedRanges: NamedRangeSpec[];
}

/**
 * A row's label as the template writes it: its first label that is not blank (an indicator's code,
 * a field's label, a criterion's heading), or '' for a row without one. This is what a message or
 * an archive names a row by: set-up writes it back, so the user finds the row by it afterwards,
 * whatever the row's first cell held when read (a note typed over it, another ruleset's text).
 */
export function rowLabelOf(row: ReadonlyArray<CellSpec | null> | undefined): Cell {
  const first = row?.find((cell) => cell?.kind === 'label' && !isBlank(cell.value));
  return first?.kind === 'label' ? first.value : '';
}

export const label = (value: Cell, style?: StyleName): CellSpec => ({
  kind: 'label',
  value,
  ...(style ? { style } : {}),
});

export const formula = (text: string, extra: { style?: StyleName; format?: NumberFormat } = {}): CellSpec => ({
  kind: 'formula',
  formula: text.startsWith('=') ? text : `=${text}`,
  ...extra,
});

export const spill = (style?: StyleName): CellSpec => ({ kind: 'spill', ...(style ? { style } : {}) });

export const input = (extra: Omit<Extract<CellSpec, { kind: 'input' }>, 'kind'> = {}): CellSpec => ({ kind: 'input', style: 'input', ...extra });

/** A cell nobody has filled: set-up may write the spec's initial value or computed formula there. */
export const isUnset = (cell: Cell | undefined): boolean => cell === undefined || cell === null || cell === '';

/** An input cell with a computed formula. */
type ComputedInput = Extract<CellSpec, { kind: 'input' }> & { computed: string };

/**
 * True when set-up writes the input's computed formula into a cell now holding `current`: the
 * cell is empty. Anything else (a value, someone's own formula, ours kept as it is) is left.
 */
export function takesComputed(cell: CellSpec | null | undefined, current: Cell | undefined): cell is ComputedInput {
  return cell?.kind === 'input' && cell.computed !== undefined && isUnset(current);
}

/** Pads rows to the same width so the adapter can write one rectangle. */
export function rectangular(rows: Array<Array<CellSpec | null>>): Array<Array<CellSpec | null>> {
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...new Array<CellSpec | null>(width - r.length).fill(null)]);
}

/**
 * The values a sheet's area gets: labels and formulas from the spec, spill cells emptied, and for
 * input and untouched cells whatever `kept(row, column)` gives (1-based; the cell's current
 * content, a formula included), else the input's computed formula or initial value. The seed fills its area when
 * every cell of it is still blank.
 */
export function sheetValues(sheet: SheetSpec, kept: (row: number, column: number) => Cell | undefined): Cell[][] {
  const grid = sheet.cells.map((cells, r) =>
    cells.map((cell, c): Cell => {
      if (cell?.kind === 'label') return cell.value;
      if (cell?.kind === 'formula') return cell.formula;
      if (cell?.kind === 'spill') return '';
      const current = kept(r + 1, c + 1);
      if (takesComputed(cell, current)) return cell.computed;
      if (!isUnset(current)) return current;
      return cell?.kind === 'input' ? (cell.initial ?? '') : '';
    }),
  );
  const seed = sheet.seed;
  if (seed) {
    const cells = seed.values.flatMap((row, r) => row.map((_, c) => [seed.row - 1 + r, seed.column - 1 + c] as const));
    if (cells.every(([r, c]) => grid[r][c] === '')) for (const [r, c] of cells) grid[r][c] = seed.values[r - seed.row + 1][c - seed.column + 1];
  }
  return grid;
}

/**
 * A column of the spec (0-based) named for messages: by its headers, top to bottom, each table's
 * where a sheet stacks two ("Số liệu theo đơn vị": `cột "Số đạt (cộng)" / "TC5.1: tổng số"`, the
 * same column under both; before, only the top one was named, review 14b R4), else (TT44's blank
 * column D) by its letter in the template. Headers, not a letter, since a message about a deleted
 * or moved column is read on a sheet whose letters after it have shifted.
 */
export function headerLabel(spec: SheetSpec, column: number): string {
  const headers = spec.cells.flatMap((row) => {
    const cell = row[column];
    return cell?.kind === 'label' && cell.style === 'header' && !isBlank(cell.value) ? [`"${String(cell.value)}"`] : [];
  });
  return headers.length > 0 ? `cột ${[...new Set(headers)].join(' / ')}` : `cột ${columnLetter(column + 1)} (để trống trong mẫu)`;
}
