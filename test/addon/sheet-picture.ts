/**
 * A sheet of the fake as a person sees it, in a form a test can type by hand: each attribute
 * (content, number format, bold, background, validation, wrap) mapped to the A1 rectangles that
 * carry it. Cells with the default attribute are left out. Reads the fake's stored cells, never
 * the add-on's readers.
 */
import { cellA1 } from '../../src/core/template/a1';
import type { FakeSheet, StoredCell } from '../fakes/spreadsheet';

/** Rectangles (A1) covering exactly the given cells (1-based): row runs, then equal runs merged downwards. */
export function rectangles(cells: Array<[number, number]>): string[] {
  const byRow = new Map<number, number[]>();
  for (const [r, c] of cells) byRow.set(r, [...(byRow.get(r) ?? []), c]);
  const open: Array<{ top: number; bottom: number; left: number; right: number }> = [];
  const done: typeof open = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const columns = byRow.get(row)!.sort((a, b) => a - b);
    const runs: Array<[number, number]> = [];
    for (const c of columns) {
      const last = runs[runs.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else runs.push([c, c]);
    }
    for (const [left, right] of runs) {
      const above = open.find((o) => o.bottom === row - 1 && o.left === left && o.right === right);
      if (above) above.bottom = row;
      else open.push({ top: row, bottom: row, left, right });
    }
    for (let i = open.length - 1; i >= 0; i--) if (open[i].bottom !== row) done.push(...open.splice(i, 1));
  }
  return [...done, ...open]
    .sort((a, b) => a.top - b.top || a.left - b.left)
    .map((o) => (o.top === o.bottom && o.left === o.right ? cellA1(o.top, o.left) : `${cellA1(o.top, o.left)}:${cellA1(o.bottom, o.right)}`));
}

/** A validation rule as a short text: "list Có|Không", "number 0–10 warn", "percent 0–1 refuse: help", "date warn". */
export function ruleText(rule: unknown): string {
  const r = rule as Record<string, unknown>;
  const how = r.setAllowInvalid === false ? 'refuse' : 'warn';
  const help = r.setHelpText ? `: ${String(r.setHelpText)}` : '';
  if (r.requireValueInList) {
    const [values, dropdown] = r.requireValueInList as [string[], boolean];
    return `list ${values.join('|')}${dropdown ? '' : ' (no dropdown)'} ${how}${help}`;
  }
  if (r.requireNumberBetween) {
    const [min, max] = r.requireNumberBetween as [number, number];
    return `number ${min}–${max} ${how}${help}`;
  }
  if ('requireDate' in r) return `date ${how}${help}`;
  return JSON.stringify(r);
}

/** attribute value → rectangles, for the cells where `pick` gives something. */
function group(sheet: FakeSheet, pick: (cell: StoredCell) => string | null): Record<string, string[]> {
  const found = new Map<string, Array<[number, number]>>();
  const rows = sheet.getMaxRows();
  const columns = sheet.getMaxColumns();
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= columns; c++) {
      const value = pick(sheet.cell(r, c));
      if (value !== null) found.set(value, [...(found.get(value) ?? []), [r, c]]);
    }
  }
  return Object.fromEntries([...found].map(([value, cells]) => [value, rectangles(cells)]));
}

/** The non-empty cells, A1 → formula or value. */
export function contents(sheet: FakeSheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  sheet.values().forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== '' && value !== null) out[cellA1(r + 1, c + 1)] = value;
    });
  });
  return out;
}

/** Every attribute of the sheet's cells but their content, by rectangles. */
export function looks(sheet: FakeSheet) {
  return {
    formats: group(sheet, (cell) => (cell.format === 'General' ? null : cell.format)),
    bold: group(sheet, (cell) => (cell.weight === 'bold' ? 'bold' : null)).bold ?? [],
    backgrounds: group(sheet, (cell) => cell.background),
    validations: group(sheet, (cell) => (cell.validation ? ruleText(cell.validation) : null)),
    wrap: group(sheet, (cell) => (cell.wrap ? 'wrap' : null)).wrap ?? [],
  };
}

/** Everything about a sheet but its cells' contents: looks, frozen rows, widths, colour rules, protections, charts, hidden. */
export function frame(sheet: FakeSheet) {
  const state = sheet.state() as { frozenRows: number; widths: Array<[number, number]>; conditionalRules: unknown[]; protections: unknown[]; charts: unknown[] };
  return {
    ...looks(sheet),
    frozen: state.frozenRows,
    widths: Object.fromEntries([...state.widths].sort((a, b) => a[0] - b[0])),
    rules: state.conditionalRules,
    protections: state.protections,
    charts: state.charts,
    hidden: sheet.hidden,
  };
}

/** The template's colours as the guide's key names them (typed here, not read from the template). */
export const COLOURS = { header: '#d9e2f3', input: '#fff9db', heading: '#eeeeee', computed: '#f3f3f3', green: '#d9ead3', red: '#f4cccc', amber: '#fff2cc' } as const;

/** A conditional colour rule as the fake records it. */
export const colourRule = (range: string, background: string, when: Record<string, string>) => ({ kind: 'ConditionalFormatRule', setRanges: [range], setBackground: background, ...when });
/** A rule colouring `range` when its text is `text`. */
export const whenEquals = (range: string, text: string, background: string) => colourRule(range, background, { whenTextEqualTo: text });
/** A rule colouring `range` when its text starts with `text`. */
export const whenStartsWith = (range: string, text: string, background: string) => colourRule(range, background, { whenTextStartsWith: text });

/** One row of values as A1 → value from column A, blank cells left out (for `contents`). */
export function rowCells(row: number, values: unknown[]): Record<string, unknown> {
  return Object.fromEntries(values.flatMap((value, c) => (value === '' ? [] : [[cellA1(row, c + 1), value]])));
}

/** The header row of an archive sheet (year roll-over, typed text from computed cells), as people read it. */
export const ARCHIVE_COLUMNS = ['Trang', 'Mục', 'Ô', 'Giá trị', 'Công thức (không có dấu =)', 'Ô trong mẫu'];
