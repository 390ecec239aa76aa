import { isBlank, type Cell } from '../cells/values';
import type { SheetMatch } from './match';
import type { SheetSpec } from './types';

/**
 * What people typed on a sheet of text alone (the guide), which set-up rewrites in place when its
 * lines no longer match the template's (a new version's wording): the rewrite writes the new lines
 * in the rows the template gives them and would cover or empty everything else. A row holding
 * none of the template's lines (recognised by its wording or by its place: match.ts) is people's,
 * or a line the new version dropped: it moves whole, in order, below the new lines after one
 * empty row. So does a line someone typed over (recognised by its place, its text no longer the
 * template's: match.restored), which the rewrite gives back the template's text: the person's
 * wording is kept below, named as `edited`. Cells right of the template's columns on a line's row
 * move with that line.
 */
export interface CarriedCells {
  /** Moves of whole rows (people's; `edited` for a line typed over) and of the cells beside a line (`beside`), 1-based; none when nothing moves. */
  moves: Array<{ from: number; to: number; beside: boolean; edited?: true }>;
  /**
   * A grid of the sheet (its values, or their formats) laid out after the moves, from row 1, as
   * wide as the content: `empty` where the rewrite writes the template (its rows in its columns)
   * and wherever nothing lands.
   */
  arrange: <T>(grid: T[][], empty: T) => T[][];
}

/** Whether a spec holds only text for people to read: no cell to fill in, no result spilling over others. */
export function isTextOnly(spec: SheetSpec): boolean {
  return spec.cells.every((row) => row.every((cell, c) => cell === null || cell.kind === 'label' || (cell.kind === 'formula' && row[c + 1]?.kind !== 'spill')));
}

/** Where what people typed on `content` (the sheet from A1) goes when the text-only `spec` is rewritten in place; `match` is the spec's match there. */
export function carriedCells(spec: SheetSpec, match: SheetMatch, content: Cell[][]): CarriedCells {
  const lines = spec.cells.length;
  const width = spec.cells[0]?.length ?? 0;
  const columns = Math.max(width, ...content.map((row) => row.length));
  // A line typed over is the person's row now: the template's line is written back in its place.
  const edited = new Set(match.restored.flatMap(({ row, was }) => (isBlank(was) || match.rows[row] === null ? [] : [match.rows[row]!])));
  const lineOf = new Map(match.rows.flatMap((p, i) => (p === null || edited.has(p) ? [] : [[p, i + 1] as const])));
  const has = (row: Cell[] | undefined, from: number) => (row ?? []).some((cell, c) => c >= from && !isBlank(cell));
  const moves: CarriedCells['moves'] = [];
  let next = lines + 2;
  content.forEach((row, r) => {
    const line = lineOf.get(r + 1);
    if (edited.has(r + 1)) moves.push({ from: r + 1, to: next++, beside: false, edited: true });
    else if (line === undefined && has(row, 0)) moves.push({ from: r + 1, to: next++, beside: false });
    if (line !== undefined && line !== r + 1 && has(row, width)) moves.push({ from: r + 1, to: line, beside: true });
  });
  const arrange = <T>(grid: T[][], empty: T): T[][] => {
    const cells = Array.from({ length: Math.max(content.length, next - 1) }, () => new Array<T>(columns).fill(empty));
    // Cells beside a line that stays where it was stay too.
    lineOf.forEach((line, p) => {
      if (line === p) for (let c = width; c < columns; c++) cells[p - 1][c] = grid[p - 1]?.[c] ?? empty;
    });
    for (const { from, to, beside } of moves) {
      for (let c = beside ? width : 0; c < columns; c++) cells[to - 1][c] = grid[from - 1]?.[c] ?? empty;
    }
    return cells;
  };
  return { moves, arrange };
}
