import { cellText } from '../cells/text';
import { isBlank, type Cell } from '../cells/values';
import { type Placement, formulaShape } from './placement';
import { rowLabelOf, type SheetSpec } from './types';

/**
 * Cells the template computes (its formulas, and the cells their results spill into) that hold
 * something a person typed. Set-up must empty them for the results, but keeps what was typed
 * (archive and message) instead of clearing it in silence.
 *
 * Sheets gives no way to tell a spilled result from typed text in a spill area: getValues reads
 * both. But text typed there blocks the spill, and the formula's own cell then shows #REF! ("Array
 * result was not expanded because it would overwrite data in …"), the area showing nothing but
 * what was typed; a formula that fails (#ERROR!, #N/A …) spills nothing either. So an area's
 * content counts as typed only when its formula shows an error value, or was itself typed over.
 */

/** A formula cell of the spec (0-based) and the spill cells right of and below it that its result fills. */
export interface SpillArea {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** The error values Sheets shows in a cell (what getValues reads there). */
const ERROR_VALUE = /^#(REF!|ERROR!|N\/A|VALUE!|NAME\?|DIV\/0!|NUM!|NULL!)$/;

export const isErrorValue = (cell: Cell): boolean => typeof cell === 'string' && ERROR_VALUE.test(cell);

const isFormula = (cell: Cell): boolean => typeof cell === 'string' && cell.startsWith('=');

/** Every formula of the spec with the rectangle of spill cells it heads (1 × 1 for a plain formula). */
export function spillAreas(spec: SheetSpec): SpillArea[] {
  const kind = (r: number, c: number) => spec.cells[r]?.[c]?.kind;
  return spec.cells.flatMap((cells, row) =>
    cells.flatMap((cell, column) => {
      if (cell?.kind !== 'formula') return [];
      let columns = 1;
      while (kind(row, column + columns) === 'spill') columns++;
      let rows = 1;
      while (kind(row + rows, column) === 'spill') rows++;
      return [{ row, column, rows, columns }];
    }),
  );
}

/** The span (first and last, 1-based) of `count` placed positions of `map` from `from` (0-based), null ones left out. */
function spanOf(map: Array<number | null>, from: number, count: number): [number, number] {
  const placed = map.slice(from, from + count).filter((p): p is number => p !== null);
  return [Math.min(...placed), Math.max(...placed)];
}

/**
 * The cell (1-based) a spill area's formula goes to: the top-left cell of the span its rows and
 * columns are placed over (`rows`, `columns`: each spec row's and column's place, null where not
 * found). A result spills only down and to the right of its formula, in the order the sheet holds
 * the rows it reads, which are the area's own; so the formula heads them wherever people sorted
 * the spec's rows. Before, it followed its own row: with "Đánh giá" sorted and the first
 * criterion's heading moved to row 21, CDHT_RESULTS went to I21 and its results sat beside the
 * wrong rows (review 14 F1).
 */
export function spillAnchor(area: SpillArea, rows: Array<number | null>, columns: Array<number | null>): { row: number; column: number } {
  return { row: spanOf(rows, area.row, area.rows)[0], column: spanOf(columns, area.column, area.columns)[0] };
}

/**
 * Where the spec's cells are written: `at(r, c)` (0-based spec cell) gives the sheet's cell
 * (1-based), `cell(row, column)` the spec cell (0-based) written there, or null for a cell the spec
 * does not place. Each is at its row's and column's place, except a formula, which goes to its
 * area's anchor (spillAnchor), and the spill cell placed there, which takes the formula's place.
 */
export function cellPlaces(spec: SheetSpec, placement: Placement): { at: (r: number, c: number) => { row: number; column: number }; cell: (row: number, column: number) => [number, number] | null } {
  const logicalRow = new Map(placement.rows.map((p, i) => [p, i] as const));
  const logicalColumn = new Map(placement.columns.map((p, i) => [p, i] as const));
  const there = new Map<string, [number, number]>();
  const moved = new Map<string, { row: number; column: number }>();
  for (const area of spillAreas(spec)) {
    const anchor = spillAnchor(area, placement.rows, placement.columns);
    const own = { row: placement.rows[area.row], column: placement.columns[area.column] };
    if (anchor.row === own.row && anchor.column === own.column) continue;
    const displaced: [number, number] = [logicalRow.get(anchor.row)!, logicalColumn.get(anchor.column)!];
    moved.set(`${area.row}:${area.column}`, anchor);
    moved.set(`${displaced[0]}:${displaced[1]}`, own);
    there.set(`${anchor.row}:${anchor.column}`, [area.row, area.column]);
    there.set(`${own.row}:${own.column}`, displaced);
  }
  return {
    at: (r, c) => moved.get(`${r}:${c}`) ?? { row: placement.rows[r], column: placement.columns[c] },
    cell: (row, column) => {
      const [r, c] = [logicalRow.get(row), logicalColumn.get(column)];
      return there.get(`${row}:${column}`) ?? (r === undefined || c === undefined ? null : [r, c]);
    },
  };
}

/**
 * The cells (1-based) a spill area covers in the sheet, its formula's cell first: the span of its
 * placed rows and columns, so rows people inserted among them are covered too (the formula's
 * ranges grow over them, and so does its result).
 */
function placedCells(spec: SheetSpec, area: SpillArea, placement: Placement): Array<{ row: number; column: number }> {
  const [top, bottom] = spanOf(placement.rows, area.row, area.rows);
  const [left, right] = spanOf(placement.columns, area.column, area.columns);
  const anchor = spillAnchor(area, placement.rows, placement.columns);
  const cells = [anchor];
  // Cells of the spec inside the rectangle that are not spill cells (a label beside a column result,
  // the formula's own cell at the anchor) are not covered.
  const written = cellPlaces(spec, placement).cell;
  const covered = (row: number, column: number) => {
    const at = written(row, column);
    return at === null || spec.cells[at[0]]?.[at[1]]?.kind === 'spill';
  };
  for (let row = top; row <= bottom; row++) {
    for (let column = left; column <= right; column++) if (covered(row, column)) cells.push({ row, column });
  }
  return cells;
}

/** Whether a cell (1-based) of the sheet is one a formula's result spills into, as `placement` puts the spec. */
export function spillsInto(spec: SheetSpec, placement: Placement): (row: number, column: number) => boolean {
  const cells = new Set(
    spillAreas(spec).flatMap((area) =>
      placedCells(spec, area, placement)
        .slice(1)
        .map(({ row, column }) => `${row}:${column}`),
    ),
  );
  return (row, column) => cells.has(`${row}:${column}`);
}

/** A typed value found in a computed cell: where it is now (1-based), and the label of its row. */
export interface TypedInComputed {
  row: number;
  column: number;
  value: Cell;
  /**
   * What names the row: the template's label there (rowLabelOf: an indicator's code, a field's
   * label), which set-up writes back; on a row without one (people's, or the template's without a
   * label), its first cell as read (a date as dd/mm/yyyy, a number as "0,5") unless that is a
   * typed cell archived itself; else ''. Never the typed text a second time.
   */
  rowLabel: string;
  /** A column header of the template (typedOverLabels): named as a header, not by its row's first cell, which is another header. */
  header?: boolean;
}

/**
 * The typed values in the computed cells of a sheet, placed by `placement` in `content` (a formula
 * where there is one). `shows(area)` is what the area's formula cell shows (its value), read
 * before set-up changed anything. A formula of the template's own (compared by shape, its sheets
 * by the names `names` gives them now) is never a typed value, wherever it sits: a row people
 * inserted or deleted can leave it in a cell its result spills into, and it is not theirs.
 * `shownAt(row, column)` is what a cell of `content` shows: read for the template's formula found
 * away from its area's anchor.
 */
export function typedInComputed(
  spec: SheetSpec,
  placement: Placement,
  content: Cell[][],
  shows: (area: SpillArea) => Cell,
  names: ReadonlyMap<string, string> = new Map(),
  shownAt: (row: number, column: number) => Cell = () => '',
): TypedInComputed[] {
  const read = (row: number, column: number) => content[row - 1]?.[column - 1] ?? '';
  const templates = new Set(spec.cells.flatMap((cells) => cells.flatMap((cell) => (cell?.kind === 'formula' ? [formulaShape(cell.formula, names)] : []))));
  const template = (cell: Cell) => isFormula(cell) && templates.has(formulaShape(cell as string));
  const found: TypedInComputed[] = [];
  const keep = ({ row, column }: { row: number; column: number }) => {
    const value = read(row, column);
    if (template(value)) return;
    found.push({ row, column, value, rowLabel: '' });
  };
  for (const area of spillAreas(spec)) {
    const [anchor, ...spilled] = placedCells(spec, area, placement);
    const own = read(anchor.row, anchor.column);
    const overwritten = !isBlank(own) && !isFormula(own);
    if (overwritten) keep(anchor);
    // The template's formula on another row of its area, its anchor empty (an earlier repair put it
    // on its own row after a sort, review 14 F1): the cells below and right of it hold its result
    // unless it shows an error; those above it were typed.
    const elsewhere = isBlank(own) ? spilled.find((cell) => template(read(cell.row, cell.column))) : undefined;
    const itsResult = (cell: { row: number; column: number }) =>
      elsewhere !== undefined && !isErrorValue(shownAt(elsewhere.row, elsewhere.column)) && cell.row >= elsewhere.row && cell.column >= elsewhere.column;
    if (!overwritten && !isErrorValue(shows(area)) && !isBlank(own)) continue;
    for (const cell of spilled) if (!isBlank(read(cell.row, cell.column)) && !itsResult(cell)) keep(cell);
  }
  const typed = new Set(found.map(({ row, column }) => `${row}:${column}`));
  const first = placement.columns[0];
  const rowLabel = (row: number): string => {
    const own = cellText(rowLabelOf(spec.cells[placement.rows.indexOf(row)]));
    return own || (typed.has(`${row}:${first}`) ? '' : cellText(read(row, first)));
  };
  return found.map((cell) => ({ ...cell, rowLabel: rowLabel(cell.row) }));
}
