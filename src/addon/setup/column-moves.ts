import { cellText } from '../../core/cells/text';
import { type Cell, isBlank } from '../../core/cells/values';
import { columnLetter } from '../../core/template/a1';
import { spillAreas } from '../../core/template/computed';
import { labelKey, type SheetMatch } from '../../core/template/match';
import { headerLabel, type SheetSpec } from '../../core/template/types';
import type { SheetLike } from '../../gas/spreadsheet';

/** One column move: the column now at `from` (1-based) to stand before column `destination`, counted before the move (Sheet.moveColumns). */
export interface ColumnMove {
  from: number;
  destination: number;
}

/** The moves that put one spilling formula's columns back side by side, and what the message says of them. */
export interface SpillGathering {
  moves: ColumnMove[];
  message: string;
}

/**
 * Where each column (1-based) stands after the column at `from` is moved before `destination`
 * (counted before the move): the columns between shift one place towards where it was, as
 * Sheet.moveColumns does (its reference: "existing data is shifted … while the source columns are
 * removed from the grid").
 */
export function movedTo({ from, destination }: ColumnMove): (column: number) => number {
  return (column) => {
    if (column === from) return destination > from ? destination - 1 : destination;
    if (destination > from && column > from && column < destination) return column - 1;
    if (destination < from && column >= destination && column < from) return column + 1;
    return column;
  };
}

/** Adds `step` to `moves` and sets each place in `tracked` (1-based columns) to where the move leaves it. */
function record(moves: ColumnMove[], step: ColumnMove, ...tracked: number[][]): void {
  moves.push(step);
  const to = movedTo(step);
  for (const places of tracked) places.splice(0, places.length, ...places.map(to));
}

/**
 * The columns a spilling formula of `spec` fills (the results "Kết quả Mức độ 1", "Kết quả Mức độ 2"
 * of "Đánh giá") found apart on the sheet `name` (`match`, `content` as read), one dragged away from
 * the others: the formula writes them left to right from its own cell, so they must stand side by
 * side in the template's order. Before, repair wrote CDHT_RESULTS above a results column dragged to
 * A, spilling over "Mã" (Sheets shows #REF!), and a switch took the former results for columns of
 * the commune's, said they were missing, and left a second pair of results headers (review 14b R2).
 * They hold nothing typed but their header (what the formula spills is its own), so repair moves
 * each stray one, whole, beside the one standing furthest right (the results stand right of the
 * inputs in the template): those before it in the template's order to its left, those after to its
 * right. A column is told by its header as read (a header people typed over leaves the template's
 * order of the places found). None when a column of the area was not found (deleted: re-created).
 * When only columns of the commune's stand between them, those move right of them instead
 * (theirsOutOfSpill), unless `switching`: a switch's placeResultsAsFormer moves them right of the new results.
 */
export function scatteredSpills(name: string, spec: SheetSpec, match: SheetMatch, content: Cell[][], switching: boolean): SpillGathering[] {
  return spillAreas(spec).flatMap((area) => {
    const specColumns = Array.from({ length: area.columns }, (_, k) => area.column + k);
    const found = specColumns.map((c) => match.columns[c]);
    if (found.length < 2 || found.some((p) => p === null)) return [];
    const places = (found as number[]).slice().sort((a, b) => a - b);
    const between = Array.from({ length: places[places.length - 1] - places[0] + 1 }, (_, i) => places[0] + i).filter((p) => !places.includes(p));
    if (between.length === 0) return [];
    // Only the commune's columns between them (one inserted between the results): a switch moves those right of the new
    // results (placeResultsAsFormer); a repair moves them right of these.
    if (!between.some((p) => match.columns.includes(p)))
      return switching ? [] : [theirsOutOfSpill(name, places, between, match.rows[spec.cells.findIndex((row) => row[area.column]?.kind === 'label')] ?? 0, content)];
    // Each spec column's place, by the header read there when every one is told apart, else in order.
    const headerRow = spec.cells.findIndex((row) => row[area.column]?.kind === 'label');
    const read = (p: number) => labelKey(content[(match.rows[headerRow] ?? headerRow + 1) - 1]?.[p - 1] ?? '');
    const label = (c: number) => {
      const cell = spec.cells[headerRow]?.[c];
      return cell?.kind === 'label' ? labelKey(cell.value) : '';
    };
    const byHeader = specColumns.map((c) => places.find((p) => read(p) === label(c)) ?? null);
    const at = byHeader.every((p) => p !== null) && new Set(byHeader).size === places.length ? (byHeader as number[]) : places;
    const start = [...at];
    const anchor = at.indexOf(Math.max(...at));
    const moves: ColumnMove[] = [];
    // The columns moved (indexes into the area): the others may only shift a place as the sheet closes up.
    const moved = new Set<number>();
    const move = (k: number, destination: number) => {
      moved.add(k);
      record(moves, { from: at[k], destination }, at);
    };
    for (let k = anchor - 1; k >= 0; k--) if (at[k] !== at[k + 1] - 1) move(k, at[k + 1]);
    for (let k = anchor + 1; k < at.length; k++) if (at[k] !== at[k - 1] + 1) move(k, at[k - 1] + 1);
    const stayed = specColumns.filter((_, k) => !moved.has(k));
    const list = [...moved]
      .sort((a, b) => a - b)
      .map((k) => `${headerLabel(spec, specColumns[k])} (đang ở cột ${columnLetter(start[k])}) đã được chuyển về cột ${columnLetter(at[k])}`)
      .join(', ');
    const beside = stayed.map((c) => headerLabel(spec, c)).join(', ');
    return [
      {
        moves,
        message: `Trang "${name}": ${list}, liền với ${beside}: các cột này là kết quả của cùng một công thức tự tính, luôn được điền liền nhau theo thứ tự của mẫu.`,
      },
    ];
  });
}

/**
 * The commune's columns (`between`, 1-based) standing among a spill's columns (`places`): the
 * formula would spill over them (Sheets shows #REF! where one holds something), so each moves, whole,
 * right of the spill's columns, in their order, and is named by its header on `headerRow` of
 * `content`, as a switch names one it moves (theirColumns).
 */
function theirsOutOfSpill(name: string, places: number[], between: number[], headerRow: number, content: Cell[][]): SpillGathering {
  const area = [...places];
  const theirs = [...between];
  const moves: ColumnMove[] = [];
  for (let k = theirs.length - 1; k >= 0; k--) record(moves, { from: theirs[k], destination: Math.max(...area) + 1 }, area, theirs);
  const results = `kết quả tự tính (các cột ${columnLetter(Math.min(...area))}:${columnLetter(Math.max(...area))})`;
  return { moves, message: between.map((from, k) => theirColumnMoved(name, content[headerRow - 1]?.[from - 1] ?? '', from, theirs[k], results)).join('\n') };
}

/** What set-up says of a column of the commune's (`header` as read) it moved from between the results columns to their right (`results` names them). */
export function theirColumnMoved(name: string, header: Cell, from: number, to: number, results: string): string {
  return `Trang "${name}": cột ${isBlank(header) ? '' : `"${cellText(header)}" `}do xã thêm nằm giữa các cột kết quả nên được chuyển cùng tiêu đề và nội dung từ cột ${columnLetter(from)} sang cột ${columnLetter(to)}, bên phải ${results}.`;
}

/**
 * The moves that put the columns of a sheet read by column place back in the template's order
 * (`match`: where each of the spec's columns was found), each whole with what it holds, over the
 * places they stand at; the spec's column `c` goes to the `c`-th of them from the left. Null when
 * that cannot be done without moving something else: a column of the spec not found (deleted: it is
 * re-created), or a column of the commune's standing among them (named, for them to move).
 */
export function inTemplateOrder(match: SheetMatch): ColumnMove[] | null {
  if (match.columns.some((p) => p === null)) return null;
  const at = [...(match.columns as number[])];
  const places = [...at].sort((a, b) => a - b);
  if (places[places.length - 1] - places[0] !== places.length - 1) return null;
  const moves: ColumnMove[] = [];
  places.forEach((place, k) => {
    if (at[k] === place) return;
    // Every column not yet in place stands right of `place`: this one moves left onto it, those between shift right.
    record(moves, { from: at[k], destination: place }, at);
  });
  return moves;
}

/** Makes `moves` on `sheet`, in order, each counted on the sheet as the one before left it (Sheet.moveColumns). */
export function moveColumns(sheet: SheetLike, moves: ColumnMove[]): void {
  for (const { from, destination } of moves) sheet.moveColumns(sheet.getRange(1, from, 1, 1), destination);
}
