import { columnLetter } from './a1';

/**
 * Where a sheet of the template actually is: its name as the user left it, and the physical row
 * and column (1-based) of every row and column of its spec. The spec is written in its own
 * ("logical") coordinates; a placement turns them into the sheet's, so rows and columns people
 * inserted stay where they are and sorted rows are written where they now are.
 */
export interface Placement {
  name: string;
  /** rows[r - 1] is the physical row of logical row r. */
  rows: number[];
  columns: number[];
}

/** A placement that changes nothing: a new sheet, or one nobody edited. */
export function identityPlacement(name: string, rows: number, columns: number): Placement {
  return { name, rows: Array.from({ length: rows }, (_, i) => i + 1), columns: Array.from({ length: columns }, (_, i) => i + 1) };
}

/** Beyond the spec's last row or column, positions keep their distance from its furthest one. */
function physical(map: number[], logical: number): number {
  if (logical <= map.length) return map[logical - 1];
  return Math.max(...map) + logical - map.length;
}

/** The smallest physical span holding logical positions from..to (rows may have been sorted). */
function span(map: number[], from: number, to: number): [number, number] {
  let low = Number.POSITIVE_INFINITY;
  let high = 0;
  for (let p = from; p <= to; p++) {
    const at = physical(map, p);
    low = Math.min(low, at);
    high = Math.max(high, at);
  }
  return [low, high];
}

const A1 = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/;
/** A column's number from its letters: "A" → 1, "K" → 11, "AA" → 27. */
export const columnIndex = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** An A1 cell or range of the spec ("B4", "$B$8", "A5:H25") where the placement puts it. */
export function placeRange(a1: string, placement: Placement): string {
  const [start, end = start] = a1.split(':');
  const a = A1.exec(start);
  const b = A1.exec(end);
  if (!a || !b) return a1;
  const [r1, r2] = span(placement.rows, Number(a[4]), Number(b[4]));
  const [c1, c2] = span(placement.columns, columnIndex(a[2]), columnIndex(b[2]));
  const cell = (m: RegExpExecArray, row: number, column: number) => `${m[1]}${columnLetter(column)}${m[3]}${row}`;
  return a1.includes(':') ? `${cell(a, r1, c1)}:${cell(b, r2, c2)}` : cell(a, r1, c1);
}

/** A sheet reference in a formula: 'Quoted name'! (kept) or a bare name of letters of any script, digits, "_" and ".". */
const SHEET_PREFIX = /'(?:[^']|'')+'!|(?<![\p{L}\p{N}_.$])([\p{L}_][\p{L}\p{N}_.]*)!/gu;

/**
 * A formula with every sheet name quoted (`DanhGia!A1` → `'DanhGia'!A1`, `ĐánhGiá!A1` →
 * `'ĐánhGiá'!A1`), text in double quotes left alone: what set-up compares. Which names Sheets gives
 * back bare is documented nowhere (quoting is always allowed), so both forms of the same formula
 * must compare equal, or repair would rewrite it on every run.
 */
export function formulaForm(formula: string): string {
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(SHEET_PREFIX, (prefix, bare: string | undefined) => (bare ? `'${bare}'!` : prefix))))
    .join('"');
}

/** A reference in a formula: an optional sheet ('Quoted name'! or Plain!) and a cell or range. */
const REFERENCE = /(?<![A-Za-z0-9_.$])(?:'((?:[^']|'')+)'!|([A-Za-z_][A-Za-z0-9_]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![A-Za-z0-9_(!])/g;

/** The sheet a reference of REFERENCE names: its quoted name unescaped, its bare name, else `own` (none: the formula's own sheet). */
const referencedSheet = (quoted: string | undefined, plain: string | undefined, own?: string) => (quoted ? quoted.replace(/''/g, "'") : (plain ?? own));

/**
 * Whether `formula`, standing on sheet `own`, reads the cell at 1-based `row`, `column` of sheet
 * `sheet`: a reference to it alone or to a range holding it. Text in double quotes is left aside.
 */
export function formulaReads(formula: string, own: string, sheet: string, row: number, column: number): boolean {
  return formula.split('"').some(
    (part, i) =>
      i % 2 === 0 &&
      [...part.matchAll(REFERENCE)].some(([, quoted, plain, range]) => {
        if (referencedSheet(quoted, plain, own) !== sheet) return false;
        const [start, end = start] = range.split(':').map((a1) => A1.exec(a1) as RegExpExecArray);
        const [top, bottom, left, right] = [Number(start[4]), Number(end[4]), columnIndex(start[2]), columnIndex(end[2])];
        return row >= top && row <= bottom && column >= left && column <= right;
      }),
  );
}

/**
 * What a formula computes, whichever cells it reads: its form (formulaForm) with the cell or range
 * of every reference replaced by "@", the sheet it names and text in double quotes kept. The
 * template's own formula keeps its shape wherever inserted rows and columns moved the cells it
 * reads, so set-up recognises it by this (`='Thông tin'!$B$4&" – năm…"` and
 * `='Thông tin'!$B$5&" – năm…"` are one shape). `names` gives the name a sheet has now by the
 * name the spec gives it: a spec formula's shape on a workbook where "Thông tin" was renamed
 * "Thông tin xã" names 'Thông tin xã', as the sheet's own formula does (Sheets rewrote it).
 */
export function formulaShape(formula: string, names: ReadonlyMap<string, string> = new Map()): string {
  const named = (sheet: string) => `'${(names.get(sheet) ?? sheet).replace(/'/g, "''")}'!`;
  return formulaForm(formula)
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (_whole: string, quoted: string | undefined, plain: string | undefined) => {
            const sheet = referencedSheet(quoted, plain);
            return sheet === undefined ? '@' : `${named(sheet)}@`;
          }),
    )
    .join('"');
}

/**
 * A formula of the spec in the sheets' coordinates: every reference to a sheet of the template
 * (by its spec name) is moved by that sheet's placement and named by its actual name. Text in
 * double quotes is left alone.
 */
export function placeFormula(formula: string, own: string, placements: ReadonlyMap<string, Placement>): string {
  return formula
    .split('"')
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part.replace(REFERENCE, (whole, quoted: string | undefined, plain: string | undefined, range: string) => {
        const sheet = referencedSheet(quoted, plain, own) as string;
        const placement = placements.get(sheet);
        if (!placement) return whole;
        const placed = placeRange(range, placement);
        if (!quoted && !plain) return placed;
        return `'${placement.name.replace(/'/g, "''")}'!${placed}`;
      });
    })
    .join('"');
}
