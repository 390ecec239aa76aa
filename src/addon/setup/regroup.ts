import { isBlank, type Cell } from '../../core/cells/values';
import type { SheetLike } from '../../gas/spreadsheet';
import { archiveFormat } from '../../core/workbook/new-year';

/**
 * A switch of ruleset rebuilds "Đánh giá": each indicator's values follow its code. What people
 * added around an indicator follows it too (newcomer review of issue 14, finding 2): the rows they
 * inserted below it, up to the next indicator, and what they typed right of the table (K…) on its
 * row. Rows above the first indicator stay under the header, notes below the table stay below the
 * new one. What belonged to an indicator the new ruleset does not have leaves the sheet for the
 * archive (which holds every old row, all its columns) and comes back with its indicator when an
 * archive gives that indicator's values back.
 */

/** An indicator's row of the old sheet and the rows people inserted below it (1-based). */
export interface Group {
  row: number;
  extras: number[];
}

/** The old rows under the header: before the first indicator, by indicator key, and below the table. */
export interface Segments {
  top: number[];
  groups: Map<string, Group>;
  below: number[];
}

/**
 * Splits the old rows under the header, `keys[i]` being the key of row `first + i` ('' for a row
 * of no indicator) and `blank[i]` whether it is empty. After the last indicator, rows from the
 * first empty one on are below the table, not the last indicator's. A key seen twice is a row
 * people copied: it goes with the first, as one of its rows.
 *
 * A row people added goes with the indicator above it, where they typed it, unless the indicator
 * below comes first in the template (`rank`: an indicator's place in the template the sheet is laid
 * out in, -1 for none): a sort reversed the two, and the row was typed under that one. What the row carries
 * (a note, their own number) names no indicator; with the sheet in the template's order the one
 * above always comes first, so only a sort changes anything. Before, after a descending sort a row
 * typed under TC1.1 came back under TC1.2 from a switch (review 14b R6).
 */
export function segment(keys: string[], blank: boolean[], first: number, rank: (key: string) => number = () => 0): Segments {
  const segments: Segments = { top: [], groups: new Map(), below: [] };
  const last = keys.reduce((found, key, i) => (key ? i : found), -1);
  // Each indicator's own row (the first with its key), in the sheet's order.
  const heads = keys.flatMap((key, i) => (key && keys.indexOf(key) === i ? [i] : []));
  for (const i of heads) segments.groups.set(keys[i], { row: first + i, extras: [] });
  keys.forEach((_, i) => {
    const row = first + i;
    if (heads.includes(i)) return;
    const above = heads.filter((h) => h < i).pop();
    if (above === undefined) segments.top.push(row);
    else if (i > last && (segments.below.length > 0 || blank[i])) segments.below.push(row);
    else {
      const below = heads.find((h) => h > i);
      // A key the template does not order (rank -1) reverses nothing.
      const [up, down] = [rank(keys[above]), below === undefined ? -1 : rank(keys[below])];
      const owner = below !== undefined && down >= 0 && up >= 0 && down < up ? below : above;
      segments.groups.get(keys[owner])!.extras.push(row);
    }
  });
  return segments;
}

/** An indicator's cells from an archive, and the rows that followed it there; physical columns (index 0 = A). */
export interface ArchivedGroup {
  cells: Cell[];
  extras: Cell[][];
  /** The archive sheet's name. */
  archive: string;
}

/** Where a row of the new sheet comes from: an old row (1-based), or an archive (null, `archive` naming it), and its indicator's key. */
interface Source {
  cells: Cell[];
  from: number | null;
  key: string;
  archive?: string;
}

/** The new rows under the header and where each came from; what moved and what has no row any more. */
export interface Regrouped {
  /** Physical row (1-based) of each indicator row of the new layout, in order. */
  rows: number[];
  /** Rows from the one under the header on. */
  sources: Source[];
  /** New rows (1-based) that are people's whole: inserted or below the table, rewritten after the template. */
  whole: number[];
  /** What moved with its row or came back from an archive, for the message: from (null: an archive) → to, whole row or the cells right of the table. */
  moves: Array<{ from: number | null; to: number; whole: boolean; key: string }>;
  /** Old groups of indicators the new layout does not have: their inserted rows and their row, if it has cells right of the table. */
  orphans: Array<{ key: string; extras: number[]; beside: number | null }>;
}

/**
 * Lays out the rows under the header (row `headerRow`) for the indicator keys `keys` of the new
 * ruleset: the old rows of `content` (physical, each padded) by `segments`, an indicator missing
 * there from `archived`, else empty. `width` is the table's last column: cells right of it are
 * people's notes, as are those of `theirs` (1-based columns people inserted inside the table).
 */
export function regroup(content: Cell[][], headerRow: number, segments: Segments, keys: string[], archived: ReadonlyMap<string, ArchivedGroup>, width: number, theirs: readonly number[]): Regrouped {
  const result: Regrouped = { rows: [], sources: [], whole: [], moves: [], orphans: [] };
  const beside = (cells: Cell[]) => cells.some((cell, c) => (c >= width || theirs.includes(c + 1)) && !isBlank(cell));
  const add = (source: Source, whole: boolean, key: string) => {
    result.sources.push(source);
    const to = headerRow + result.sources.length;
    if (whole) result.whole.push(to);
    const holds = whole ? source.cells.some((cell) => !isBlank(cell)) : beside(source.cells);
    if (source.from !== to && holds) result.moves.push({ from: source.from, to, whole, key });
    return to;
  };
  const old = (row: number, key: string): Source => ({ cells: content[row - 1] ?? [], from: row, key });
  for (const row of segments.top) add(old(row, ''), false, '');
  for (const key of keys) {
    const group = segments.groups.get(key);
    const fromArchive = group ? undefined : archived.get(key);
    const archive = fromArchive?.archive;
    result.rows.push(add(group ? old(group.row, key) : { cells: fromArchive?.cells ?? [], from: null, key, archive }, false, key));
    for (const row of group?.extras ?? []) add(old(row, key), true, key);
    for (const cells of fromArchive?.extras ?? []) add({ cells, from: null, key, archive }, true, key);
  }
  for (const row of segments.below) add(old(row, ''), true, '');
  const kept = new Set(keys);
  for (const [key, group] of segments.groups) {
    const right = beside(content[group.row - 1] ?? []) ? group.row : null;
    if (!kept.has(key) && (group.extras.length > 0 || right !== null)) result.orphans.push({ key, extras: group.extras, beside: right });
  }
  return result;
}

/**
 * The number format a person's value is written back under: a text under the text format ("0912"
 * typed with an apostrophe, not stored, would be re-read as 912), a formula or a number under the
 * format its cell had (`format`).
 */
export const keptFormat = (cell: Cell, format: string): string => (typeof cell === 'string' && cell !== '' && !cell.startsWith('=') ? '@' : format);

/**
 * Writes what the template does not (after applySheet wrote it): the whole rows people added, at
 * their new places (the cells the template's results spill into left empty, `spilled`), and the
 * cells right of the table (columns `width` + 1 to the last of `content`, the sheet as read) from
 * the row under the header to the last old or new row, emptied where nothing comes, when any of
 * them changes. Each with the number format it had (`formats`, read before anything was written;
 * an archive's cell by its kind), so a text stays text.
 */
export function writeRegrouped(
  sheet: SheetLike,
  regrouped: Regrouped,
  headerRow: number,
  width: number,
  content: Cell[][],
  formats: string[][],
  spilled: (row: number, column: number) => boolean,
): void {
  const formatOf = (source: Source | undefined, c: number) => {
    const cell = source?.cells[c] ?? '';
    const formula = typeof cell === 'string' && cell.startsWith('=');
    // The archive keeps a formula as its text (under "@"): it comes back a formula, as an indicator's own cells do (applySheet).
    if (!source?.from) return formula ? 'General' : archiveFormat(cell);
    return keptFormat(cell, formats[source.from - 1]?.[c] ?? 'General');
  };
  const sourceAt = (row: number): Source | undefined => regrouped.sources[row - headerRow - 1];
  // Rewritten even where they stay (below the placed rows the template's write emptied them), each run of consecutive rows as one range.
  const runs: number[][] = [];
  for (const row of regrouped.whole) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === row - 1) run.push(row);
    else runs.push([row]);
  }
  for (const run of runs) {
    const cells = run.map((row) => Array.from({ length: width }, (_, c) => (spilled(row, c + 1) ? '' : (sourceAt(row)!.cells[c] ?? ''))));
    const range = sheet.getRange(run[0], 1, run.length, width);
    range.setNumberFormats(run.map((row, i) => cells[i].map((_, c) => formatOf(sourceAt(row), c))));
    range.setValues(cells);
  }
  const columns = Math.max(content[0]?.length ?? 0, ...regrouped.sources.map((source) => source.cells.length)) - width;
  const rows = Array.from({ length: Math.max(content.length, headerRow + regrouped.sources.length) - headerRow }, (_, i) => headerRow + 1 + i);
  if (columns <= 0 || rows.length === 0) return;
  const values = rows.map((row) => Array.from({ length: columns }, (_, c) => sourceAt(row)?.cells[width + c] ?? ''));
  const same = (a: Cell, b: Cell) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);
  if (values.every((cells, i) => cells.every((cell, c) => same(cell, content[rows[i] - 1]?.[width + c] ?? '')))) return;
  const range = sheet.getRange(headerRow + 1, width + 1, rows.length, columns);
  range.setNumberFormats(rows.map((row) => values[0].map((_, c) => (sourceAt(row) ? formatOf(sourceAt(row), width + c) : 'General'))));
  range.setValues(values);
}
