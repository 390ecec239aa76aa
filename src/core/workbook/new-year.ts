import { cellA1, columnLetter } from '../template/a1';
import { INFO_LAYOUT, SHEETS } from '../template/layout';
import { matchSheet } from '../template/match';
import { type Placement, formulaForm, placeFormula } from '../template/placement';
import { type CellSpec, headerLabel, type WorkbookSpec } from '../template/types';
import { normalizeText } from '../cells/text';
import { isBlank, type Cell } from '../cells/values';
import { parseViNumber } from '../cells/vi-number';
import type { CommuneInfo } from './commune';
import { INFO_FIELDS, readInfo } from './info';

/**
 * "Bắt đầu năm đánh giá mới" and its undo, as pure plans over the template spec: every `input`
 * cell of the spec is either carried over (it describes the commune: name, committee, signer,
 * Mức độ 1 decision date, the ruleset table…) or yearly (values, evidence, notes, narrative,
 * document numbers, PCGD counts, and any input a later template adds). Yearly cells are copied to
 * a dated archive sheet, then emptied; the year goes up by one. Restoring from an archive first
 * archives the current year the same way, so neither direction loses anything.
 */

/** "Thông tin" fields that describe the commune rather than one year's assessment. */
export const CARRIED_FIELDS: ReadonlyArray<keyof CommuneInfo> = [
  'commune',
  'province',
  'rulesetId',
  'difficultArea',
  'md1DecisionDate',
  'recipientBody',
  'decidingAuthority',
  'signerAuthority',
  'signerTitle',
  'signerName',
  'distribution',
];

/** Sheets whose inputs are all carried over: the ruleset table is the province's, not the year's. */
const CARRIED_SHEETS: readonly string[] = [SHEETS.ruleset];

/** Other carried rows, by their label in column A: a commune's ĐBKK status (NĐ 20/2014) lasts for a period, not a year. */
export const CARRIED_ROW_LABELS: Readonly<Record<string, readonly string[]>> = {
  [SHEETS.pcgd]: ['Xã có điều kiện kinh tế - xã hội đặc biệt khó khăn (ĐBKK)'],
};

/** A yearly input cell of the template (1-based), with the label of its row for people and for finding it again. */
export interface YearlyCell {
  sheet: string;
  row: number;
  column: number;
  /** Column A of the row when the template writes a label there (indicator code, field name); else ''. */
  rowLabel: string;
  /** What the cell holds in a new year: the input's computed formula or initial value, or blank. */
  initial: Cell;
  /** A cell of a row people inserted into the unit table (no template cell): archived with no "Ô trong mẫu". */
  inserted?: true;
}

const YEAR_LABEL = INFO_FIELDS.find((f) => f.key === 'year')!.label;
/** A field's label as the sheet shows it, without the "*" of required fields. */
const plainLabel = (value: Cell) => normalizeText(String(value ?? '')).replace(/\s*\*$/, '');

function rowLabelOf(cells: Array<CellSpec | null>): string {
  const first = cells[0];
  return first?.kind === 'label' ? plainLabel(first.value) : '';
}

/** Carried input columns: the names of the thôn / tổ dân phố the commune counts by (column A, so never a labelled row). */
const CARRIED_COLUMNS: Readonly<Record<string, readonly number[]>> = {
  [SHEETS.units]: [1],
};

function isCarried(sheet: string, row: number, column: number, rowLabel: string): boolean {
  if (CARRIED_SHEETS.includes(sheet)) return true;
  if (CARRIED_COLUMNS[sheet]?.includes(column)) return true;
  if (CARRIED_ROW_LABELS[sheet]?.includes(rowLabel)) return true;
  if (sheet !== SHEETS.info) return false;
  if (row > INFO_LAYOUT.membersHeader && row <= INFO_LAYOUT.lastMember) return true;
  return INFO_FIELDS.some((f) => CARRIED_FIELDS.includes(f.key) && f.label === rowLabel);
}

/** Every yearly input of the workbook spec, sheet by sheet, row by row. */
export function yearlyCells(spec: WorkbookSpec): YearlyCell[] {
  return spec.sheets.flatMap((sheet) =>
    sheet.cells.flatMap((cells, r) => {
      const rowLabel = rowLabelOf(cells);
      return cells.flatMap((cell, c): YearlyCell[] =>
        cell?.kind === 'input' && !isCarried(sheet.name, r + 1, c + 1, rowLabel) ? [{ sheet: sheet.name, row: r + 1, column: c + 1, rowLabel, initial: cell.computed ?? cell.initial ?? '' }] : [],
      );
    }),
  );
}

/** One cell to write: a value, or a formula starting with "=". */
export interface CellWrite {
  sheet: string;
  row: number;
  column: number;
  value: Cell;
}

export interface YearPlan {
  /** The year whose data goes to the archive (0 when "Năm đánh giá" was blank, on a restore only). */
  fromYear: number;
  /** The year the workbook shows afterwards (0 when the archive restored had none: the archive writes it blank). */
  toYear: number;
  /** The archive sheet to add first: its name and content (a rectangle). */
  archive: { name: string; rows: Cell[][] };
  /** Then these cells, in sheet order. */
  writes: CellWrite[];
  /** Archived cells that have no place in the current template (a restore after a ruleset change); they stay in the archive. */
  unplaced: string[];
}

/** Current content of a sheet from A1, a formula where there is one; null when the sheet is missing. */
export type SheetContent = (sheet: string) => Cell[][] | null;

/** Marks a year archive in A1; the restore recognises archives by it. */
export const ARCHIVE_TITLE = 'LƯU TRỮ DỮ LIỆU NĂM ĐÁNH GIÁ';
export const ARCHIVE_HEADER = ['Trang', 'Mục', 'Ô', 'Giá trị', 'Công thức (không có dấu =)', 'Ô trong mẫu'] as const;
/** The header row of an archive; archived cells follow it. */
export const ARCHIVE_FIRST_ROW = 4;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "Lưu trữ năm 2025 (29-11-2026 16.30)", made unique: sheet names cannot hold "/" or ":". */
function archiveName(year: number, now: Date, existing: ReadonlySet<string>): string {
  const base = `Lưu trữ năm ${year || 'chưa ghi'} (${pad2(now.getDate())}-${pad2(now.getMonth() + 1)}-${now.getFullYear()} ${pad2(now.getHours())}.${pad2(now.getMinutes())})`;
  let name = base;
  for (let n = 2; existing.has(name); n++) name = `${base} (${n})`;
  return name;
}

const a1 = (cell: { row: number; column: number }) => cellA1(cell.row, cell.column);
/** Where each yearly cell is in the sheets as people left them (rows or columns inserted, rows sorted). */
type Placed = Map<YearlyCell, { row: number; column: number }>;

const at = (content: SheetContent, sheet: string, position: { row: number; column: number } | undefined): Cell => (position ? (content(sheet)?.[position.row - 1]?.[position.column - 1] ?? '') : '');

/**
 * Finds every yearly cell by identity, as set-up does (src/core/template/match.ts): its row by
 * label or code, its column by header. A missing sheet, row or column, or a label found twice,
 * would send values to the wrong place: returns what is wrong instead, in Vietnamese. A computed
 * formula a cell gets back in a new year (a percent from the unit counts) is placed as set-up
 * places it: reading the cells where they now are, on the sheets as they are named now (`names`,
 * by spec name), so it is recognised as untouched and never written back to the template's cells.
 */
function locate(spec: WorkbookSpec, cells: YearlyCell[], content: SheetContent, names: ReadonlyMap<string, string>): Placed | string {
  const placed: Placed = new Map();
  const placements = new Map<string, Placement>();
  for (const sheet of spec.sheets) {
    const rows = content(sheet.name);
    if (!rows) continue;
    const match = matchSheet(sheet, rows, names);
    const name = names.get(sheet.name) ?? sheet.name;
    placements.set(sheet.name, { name, rows: match.rows.map((row, r) => row ?? r + 1), columns: match.columns.map((column, c) => column ?? c + 1) });
    const own = cells.filter((c) => c.sheet === sheet.name);
    if (own.length === 0) continue;
    const twice = match.duplicates[0];
    if (twice) return `Trang "${name}" có "${twice.label}" ở nhiều dòng (${twice.rows.join(', ')}).`;
    for (const cell of own) {
      const row = match.rows[cell.row - 1];
      const column = match.columns[cell.column - 1];
      if (row === null || row === undefined) return `Trang "${name}" không còn dòng "${cell.rowLabel || cell.row}" của mẫu.`;
      if (column === null || column === undefined) return `Trang "${name}" không còn ${headerLabel(sheet, cell.column - 1)} của mẫu.`;
      placed.set(cell, { row, column });
    }
  }
  const missing = spec.sheets.find((sheet) => !placements.has(sheet.name) && cells.some((c) => c.sheet === sheet.name));
  if (missing) return `Không thấy trang "${missing.name}".`;
  for (const cell of cells) if (isFormula(cell.initial)) cell.initial = placeFormula(cell.initial, cell.sheet, placements);
  return placed;
}

const isFormula = (cell: Cell): cell is string => typeof cell === 'string' && cell.startsWith('=');

/** Whether a cell holds `value` already: a date by its time, a formula however Sheets quotes its sheet names. */
function holds(current: Cell, value: Cell): boolean {
  if (current instanceof Date && value instanceof Date) return current.getTime() === value.getTime();
  if (isFormula(current) && isFormula(value)) return formulaForm(current) === formulaForm(value);
  return current === value;
}

/**
 * Rows people inserted into a list of the template beyond its own rows: the counts of unit rows
 * in "Số liệu theo đơn vị" (its sums add them up, src/core/template/units-sheet.ts), down to its
 * totals row; the items of "Danh mục minh chứng", down to where its named range now ends
 * (`sheets.listEnds`: a named range grows over rows inserted inside it). Yearly like the
 * template's own list rows, so a new year never keeps last year's counts or evidence. Added to
 * `cells` and `placed`, as rows of no template cell.
 */
function addInsertedListRows(spec: WorkbookSpec, cells: YearlyCell[], placed: Placed, content: SheetContent, sheets: SheetsNow): void {
  for (const sheet of spec.sheets) {
    const rows = content(sheet.name);
    const listRows = sheet.cells.flatMap((cells, r) => (cells[0]?.kind === 'input' ? [r + 1] : []));
    const template = cells.filter((c) => c.sheet === sheet.name && c.row === listRows[0]);
    if (!rows || template.length === 0) continue;
    const match = matchSheet(sheet, rows, sheets.names);
    const header = match.rows[listRows[0] - 2];
    const listEnd = sheets.listEnds.get(sheet.name);
    const end = listEnd === undefined ? match.rows[listRows[listRows.length - 1]] : listEnd + 1;
    if (!header || !end) continue;
    const used = new Set(cells.filter((c) => c.sheet === sheet.name).map((c) => placed.get(c)?.row));
    for (let row = header + 1; row < end; row++) {
      if (used.has(row)) continue;
      for (const cell of template) {
        const extra: YearlyCell = { sheet: sheet.name, row, column: cell.column, rowLabel: '', initial: '', inserted: true };
        cells.push(extra);
        placed.set(extra, { row, column: placed.get(cell)!.column });
      }
    }
  }
}

/** What the adapter knows of the sheets beyond their content. */
export interface SheetsNow {
  /** The name each template sheet has now, by its spec name (people rename sheets). */
  names: ReadonlyMap<string, string>;
  /** The last row (1-based) of each growing list's named range now, by its sheet's spec name. */
  listEnds: ReadonlyMap<string, number>;
}

const AS_SPEC: SheetsNow = { names: new Map(), listEnds: new Map() };

/** The name a template sheet (by its spec name) has now, as people see it in the tab. */
const nameNow = (sheets: SheetsNow, specName: string) => sheets.names.get(specName) ?? specName;

const SET_UP_FIRST = 'Hãy chọn CĐHT → "Thiết lập / sửa mẫu" rồi thử lại; chưa có gì thay đổi.';

/**
 * The archive sheet of the current yearly values (non-blank ones only) and the list of cells, each
 * on its sheet as named now ("Trang"), where it is now ("Ô") and where the template has it ("Ô trong mẫu").
 */
function archiveOf(cells: YearlyCell[], placed: Placed, content: SheetContent, fromYear: number, toYear: number, now: Date, existing: ReadonlySet<string>, action: string, sheets: SheetsNow) {
  const when = `${pad2(now.getDate())}/${pad2(now.getMonth() + 1)}/${now.getFullYear()} ${pad2(now.getHours())}:${pad2(now.getMinutes())}`;
  const width = ARCHIVE_HEADER.length;
  const row = (...values: Cell[]) => [...values, ...new Array<Cell>(width - values.length).fill('')];
  const rows: Cell[][] = [
    row(ARCHIVE_TITLE, fromYear || ''),
    row('Năm đánh giá sau khi lưu', toYear || '', `${action} lúc ${when}. Khôi phục: mở trang này, chọn CĐHT → "Khôi phục năm từ trang lưu trữ".`),
    row(),
    [...ARCHIVE_HEADER],
  ];
  for (const cell of cells) {
    const current = at(content, cell.sheet, placed.get(cell));
    // A cell still holding what a new year gives it (a percent's computed formula) holds nothing of this year's.
    if (isBlank(current) || holds(current, cell.initial)) continue;
    const formula = typeof current === 'string' && current.startsWith('=') ? current.slice(1) : '';
    rows.push(row(nameNow(sheets, cell.sheet), cell.rowLabel, a1(placed.get(cell)!), formula ? '' : current, formula, cell.inserted ? '' : a1(cell)));
  }
  return { name: archiveName(fromYear, now, existing), rows };
}

/** Writes that make each yearly cell hold `target(cell)`; cells already holding it are left alone. */
function writesTo(cells: YearlyCell[], placed: Placed, content: SheetContent, target: (cell: YearlyCell) => Cell): CellWrite[] {
  return cells.flatMap((cell) => {
    const value = target(cell);
    const position = placed.get(cell)!;
    const current = at(content, cell.sheet, position);
    return holds(current, value) ? [] : [{ sheet: cell.sheet, row: position.row, column: position.column, value }];
  });
}

const isYearCell = (cell: YearlyCell) => cell.sheet === SHEETS.info && cell.rowLabel === YEAR_LABEL;

/**
 * "Bắt đầu năm đánh giá mới": archive this year's yearly cells, set the next year, empty the
 * rest (an input with an initial value gets it back). `existing` are the sheet names in use.
 * Returns a Vietnamese problem instead when "Năm đánh giá" is blank or the layout is not the template's.
 */
export function planNewYear(spec: WorkbookSpec, content: SheetContent, existing: ReadonlySet<string>, now: Date, sheets: SheetsNow = AS_SPEC): YearPlan | { problem: string } {
  const cells = yearlyCells(spec);
  const placed = locate(spec, cells, content, sheets.names);
  if (typeof placed === 'string') return { problem: `${placed} ${SET_UP_FIRST}` };
  addInsertedListRows(spec, cells, placed, content, sheets);
  const fromYear = readInfo(content(SHEETS.info) ?? []).info.year;
  if (!fromYear) {
    const cell = placed.get(cells.find(isYearCell)!)!;
    return {
      problem: `Ô "${YEAR_LABEL}" (${a1(cell)}) ở trang "${nameNow(sheets, SHEETS.info)}" đang trống hoặc sai: hãy ghi năm của dữ liệu hiện có (ví dụ 2025) trước khi chuyển năm; chưa có gì thay đổi.`,
    };
  }
  const toYear = fromYear + 1;
  const archive = archiveOf(cells, placed, content, fromYear, toYear, now, existing, `Chuyển sang năm ${toYear}`, sheets);
  return { fromYear, toYear, archive, writes: writesTo(cells, placed, content, (cell) => (isYearCell(cell) ? toYear : cell.initial)), unplaced: [] };
}

/** Whether a sheet's content is a year archive written by planNewYear or planRestore. */
export function isYearArchive(rows: Cell[][]): boolean {
  return rows[0]?.[0] === ARCHIVE_TITLE && ARCHIVE_HEADER.every((h, i) => rows[ARCHIVE_FIRST_ROW - 1]?.[i] === h);
}

/**
 * The undo: the current yearly cells go to a new archive first (nothing typed since is lost), then
 * every yearly cell gets its archived value back, or blank (its initial value) when the archive
 * has none. Cells are found by sheet, row label and column, so a template whose rows moved still
 * receives them; an archived cell with no such place is listed in `unplaced` and stays archived.
 */
export function planRestore(spec: WorkbookSpec, content: SheetContent, archiveRows: Cell[][], existing: ReadonlySet<string>, now: Date, sheets: SheetsNow = AS_SPEC): YearPlan | { problem: string } {
  if (!isYearArchive(archiveRows)) return { problem: `Trang đang mở không phải trang lưu trữ năm đánh giá (ô A1 phải là "${ARCHIVE_TITLE}").` };
  const cells = yearlyCells(spec);
  const placed = locate(spec, cells, content, sheets.names);
  if (typeof placed === 'string') return { problem: `${placed} ${SET_UP_FIRST}` };
  // Counts in inserted unit rows are archived and emptied like the others; archived ones come back
  // only to template cells (an inserted row has none), the rest listed as unplaced.
  addInsertedListRows(spec, cells, placed, content, sheets);
  const restored = new Map<YearlyCell, Cell>();
  const unplaced: string[] = [];
  for (const [sheet, rowLabel, ref, value, formula, templateRef] of archiveRows.slice(ARCHIVE_FIRST_ROW)) {
    if (isBlank(sheet)) continue;
    const column = /^([A-Z]+)(\d+)$/.exec(String(templateRef));
    // An archive names a sheet as it was called then: by the template's name, or the name it has now.
    const target = column
      ? cells.find(
          (c) =>
            !c.inserted &&
            (c.sheet === sheet || nameNow(sheets, c.sheet) === sheet) &&
            columnLetter(c.column) === column[1] &&
            (rowLabel ? c.rowLabel === plainLabel(rowLabel) : c.row === Number(column[2])),
        )
      : undefined;
    if (target) restored.set(target, isBlank(formula) ? value : `=${formula}`);
    else unplaced.push(`${sheet}!${ref}${rowLabel ? ` (${rowLabel})` : ''}`);
  }
  const fromYear = readInfo(content(SHEETS.info) ?? []).info.year;
  const archivedYear = archiveRows[0][1];
  const toYear = typeof archivedYear === 'number' ? archivedYear : 0;
  const archive = archiveOf(cells, placed, content, fromYear, toYear, now, existing, `Khôi phục năm ${toYear || '(chưa ghi)'} từ trang lưu trữ`, sheets);
  return { fromYear, toYear, archive, writes: writesTo(cells, placed, content, (cell) => (restored.has(cell) ? restored.get(cell)! : cell.initial)), unplaced };
}

/** A text a user typed that Sheets would re-read as a number ("0123", "1.234"): written with the text format so it stays text. */
export function keepsAsText(value: Cell): boolean {
  return typeof value === 'string' && !value.startsWith('=') && value.trim() !== '' && parseViNumber(value) !== null;
}

/**
 * The number format that keeps a value copied to an archive (or back) as it was: text as text
 * ("0123", "1/2" are not re-read), a date as dd/mm/yyyy (with the time when it has one).
 */
export const archiveFormat = (value: Cell): string =>
  typeof value === 'string' ? '@' : value instanceof Date ? (value.getHours() || value.getMinutes() ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy') : 'General';
