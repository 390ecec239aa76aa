import { isBlank, type Cell } from '../cells/values';
import type { Placement } from './placement';
import type { SheetSpec } from './types';

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

/** A typed value found in a computed cell: where it is now (1-based), and the label of its row. */
export interface TypedInComputed {
  row: number;
  column: number;
  value: Cell;
  /** The row's first cell as it reads now (an indicator's code, a field's label), or ''. */
  rowLabel: string;
}

/**
 * The typed values in the computed cells of a sheet, placed by `placement` in `content` (a formula
 * where there is one). `shows(area)` is what the area's formula cell shows (its value), read
 * before set-up changed anything.
 */
export function typedInComputed(spec: SheetSpec, placement: Placement, content: Cell[][], shows: (area: SpillArea) => Cell): TypedInComputed[] {
  const at = (r: number, c: number) => ({ row: placement.rows[r], column: placement.columns[c] });
  const read = (r: number, c: number) => {
    const { row, column } = at(r, c);
    return content[row - 1]?.[column - 1] ?? '';
  };
  const found: TypedInComputed[] = [];
  const keep = (r: number, c: number) => {
    const { row, column } = at(r, c);
    const rowLabel = content[row - 1]?.[placement.columns[0] - 1];
    found.push({ row, column, value: read(r, c), rowLabel: isBlank(rowLabel) || rowLabel instanceof Date ? '' : String(rowLabel) });
  };
  for (const area of spillAreas(spec)) {
    const own = read(area.row, area.column);
    const overwritten = !isBlank(own) && !isFormula(own);
    if (overwritten) keep(area.row, area.column);
    if (!overwritten && !isErrorValue(shows(area)) && !isBlank(own)) continue;
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.column; c < area.column + area.columns; c++) {
        if ((r !== area.row || c !== area.column) && !isBlank(read(r, c))) keep(r, c);
      }
    }
  }
  return found;
}
