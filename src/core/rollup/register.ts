import { cellText, foldText, nameKey } from '../cells/text';
import type { Cell } from '../cells/values';
import { formatViDate } from '../cells/vi-date';
import { readUnitName } from '../workbook/units';
import { TT25 } from '../ruleset/tt25';
import { TT44 } from '../ruleset/tt44';
import { UNRATED, listCategories, matchCategory, ratedCategories, rulesetIdForYear } from './categories';

/**
 * The register of communes ("Danh sách xã"), the one sheet of the Tổng hợp workbook that people
 * type into. Row 1 is the header; each following row is one commune in one assessment year:
 *
 *   Tên xã | Năm | Liên kết bảng tính | Kết quả nhập tay | Ghi chú | Đọc lại
 *
 * - Liên kết bảng tính: the commune workbook's address (any Google Sheets or Drive link, or the
 *   bare id); a cell whose text is a label with a link behind it works too.
 * - Kết quả nhập tay: for a commune that does not use the add-on, its result as decided
 *   ("Mức độ 1", "Khá", "Chưa đạt", "Không xếp loại"). Used only when there is no link.
 * - Ghi chú: free text for the people keeping the register; never read.
 * - Đọc lại: marked (a tick, "Đọc lại" or "x") when the next update must read the workbook again
 *   although the row did not change (the commune corrected it, or now shares it); the update
 *   clears the mark once it has read the workbook.
 * A commune assessed in several years has one row per year, each with that year's workbook.
 * Blank rows are skipped; a row that cannot be used is listed with the reason, never dropped.
 * Repeats (a commune or a workbook twice in a year) are judged once the rows are read
 * (duplicates.ts `countOnce`), so that a wrong row never blocks the right one.
 */
export const REGISTER_SHEET = 'Danh sách xã';
export const REGISTER_HEADER = ['Tên xã', 'Năm', 'Liên kết bảng tính', 'Kết quả nhập tay', 'Ghi chú', 'Đọc lại'] as const;
export const REGISTER_COLUMNS = { commune: 1, year: 2, link: 3, manual: 4, note: 5, reread: 6 } as const;

/** What the "Đọc lại" drop-down offers; a tick (TRUE) or any other text marks the row too. */
export const REREAD_MARK = 'Đọc lại';

/**
 * The pace setting, beside the header (row 1) where the people keeping the register see it:
 * the label in column H, the number of workbooks read per minute in column I.
 */
export const PACE_CELL = { row: 1, labelColumn: 8, valueColumn: 9, label: 'Tốc độ đọc (bảng tính mỗi phút):' } as const;

/** Columns read with the register in one call: the register's and the pace setting's. */
export const REGISTER_READ_WIDTH = PACE_CELL.valueColumn;

/** What a hand-typed result may be, for the drop-down of the "Kết quả nhập tay" column. */
export function manualChoices(): string[] {
  // A function, not a constant: module top levels run on every custom-function call.
  return [...new Set([...ratedCategories(TT25), ...ratedCategories(TT44), UNRATED])];
}

export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

export type EntrySource =
  | { kind: 'workbook'; spreadsheetId: string }
  /** `rating` null: "Không xếp loại". */
  | { kind: 'manual'; rulesetId: string; rating: string | null }
  | { kind: 'invalid'; reason: string };

export interface RegisterEntry {
  /** The sheet row (1-based), so every message can point at it. */
  row: number;
  commune: string;
  /** 0 when the year cell is blank or not a year. */
  year: number;
  /** The link as written (or the address behind a labelled link). */
  link: string;
  source: EntrySource;
  /** Remarks that do not stop the row from being read. */
  notes: string[];
  /** Marked "Đọc lại": read the workbook again in the next update. */
  reread: boolean;
}

const ID_CHARS = '[A-Za-z0-9_-]';
const LINK_PATTERNS = [
  new RegExp(`docs\\.google\\.com/(?:a/[^/]+/)?spreadsheets/(?:u/\\d+/)?d/(${ID_CHARS}{20,})`),
  new RegExp(`drive\\.google\\.com/(?:a/[^/]+/)?(?:file/d/|open\\?(?:.*&)?id=)(${ID_CHARS}{20,})`),
];
const BARE_ID = new RegExp(`^${ID_CHARS}{25,}$`);

/**
 * The spreadsheet id in a link: docs.google.com/spreadsheets/d/ID/…, the /u/0/ and Workspace
 * /a/domain/ forms, drive.google.com/open?id=ID and /file/d/ID, or the id alone. Null otherwise
 * (a Docs link, another site, a typo).
 */
export function spreadsheetIdFromLink(link: string): string | null {
  const text = link.trim();
  if (BARE_ID.test(text)) return text;
  for (const pattern of LINK_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return match[1];
  }
  return null;
}

/** A tick or any text but FALSE marks a row to be read again. */
export const isRereadMark = (cell: Cell): boolean => cell === true || (typeof cell === 'string' && cell.trim() !== '' && foldText(cell) !== 'false');

const text = (cell: Cell) => cellText(cell);

/**
 * The key of a commune's own name: its name whatever the tone placement ("Hoà An" / "Hòa An"),
 * case and spaces, without the kind of unit or the committee typed before it (`readUnitName`:
 * "UBND xã Hòa An", "Phường An Lạc", "Thị trấn …" give the key of "Hòa An", "An Lạc"). Rows of one
 * key are one commune unless they name two kinds of unit (`sameCommune`).
 */
export function communeKey(name: string): string {
  return nameKey(readUnitName(name, 'xã').name);
}

/**
 * Whether two names are one commune (a workbook's and its register row's, or two register rows):
 * one `communeKey`, a kind of unit ("Phường", "Thị trấn", "Đặc khu", "Xã", as `readUnitName`
 * reads it) written on one side only being no difference and two different kinds being different
 * units ("Phường Hòa An" is not "Xã Hòa An").
 */
export function sameCommune(a: string, b: string): boolean {
  const [x, y] = [a, b].map((name) => readUnitName(name, 'xã').unit);
  return communeKey(a) === communeKey(b) && (x === '' || y === '' || x === y);
}

/** Four digits as the cell shows them: a number cell reads as the sheet shows it ("2025", "2024,5"). */
function readYear(cell: Cell): number | null {
  const shown = text(cell);
  const year = /^\d{4}$/.test(shown) ? Number(shown) : Number.NaN;
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max ? year : null;
}

/** A hand-typed result: the ruleset is the one whose category it is, or the year's when both have it ("Chưa đạt"). */
function readManual(cell: Cell, year: number): EntrySource {
  const inTT25 = matchCategory(cell, ratedCategories(TT25));
  const inTT44 = matchCategory(cell, ratedCategories(TT44));
  const label = inTT25 ?? inTT44;
  if (label === undefined) {
    return { kind: 'invalid', reason: `Kết quả nhập tay ${JSON.stringify(text(cell))} không hợp lệ: dùng ${listCategories(manualChoices())}.` };
  }
  // "Không xếp loại" and "Chưa đạt" are in both: the year's ruleset.
  const onlyOne = (inTT25 === undefined) !== (inTT44 === undefined);
  const rulesetId = onlyOne ? (inTT25 !== undefined ? 'TT25' : 'TT44') : rulesetIdForYear(year);
  return { kind: 'manual', rulesetId, rating: label === UNRATED ? null : label };
}

/**
 * Reads the register from its values (row 1 first). `linkUrls`, aligned with the rows, holds the
 * address behind a labelled link in the link column (from the cells' rich text), when there is one.
 */
export function parseRegister(rows: Cell[][], linkUrls: ReadonlyArray<string | null> = []): RegisterEntry[] {
  // One row's entry, or null for a blank row or the header.
  const entryOf = (cells: Cell[], index: number): RegisterEntry | null => {
    const row = index + 1;
    const [commune, yearText, linkText, manualText] = [0, 1, 2, 3].map((c) => text(cells[c]));
    const link = linkUrls[index]?.trim() || linkText;
    if (!commune && !yearText && !link && !manualText) return null;
    if (foldText(commune) === foldText(REGISTER_HEADER[0])) return null;
    const year = readYear(cells[1]) ?? 0;
    const notes: string[] = [];
    const reread = isRereadMark(cells[REGISTER_COLUMNS.reread - 1]);
    const invalid = (reason: string): RegisterEntry => ({ row, commune, year, link, source: { kind: 'invalid', reason }, notes, reread });
    if (!commune) return invalid('Thiếu tên xã.');
    if (cells[1] instanceof Date) {
      // A year column formatted as dates shows 2025 as 17/07/1905, and getValues hands a Date.
      return invalid(`Ô Năm đang là ngày tháng (${formatViDate(cells[1])}): cần ghi một năm, ví dụ 2025; nếu ô được định dạng ngày tháng, hãy đổi sang định dạng số.`);
    }
    if (!year) return invalid(yearText ? `Năm "${yearText}" không hợp lệ: cần một năm từ ${YEAR_RANGE.min} đến ${YEAR_RANGE.max}, ví dụ 2025.` : 'Chưa ghi năm đánh giá.');
    if (link) {
      const spreadsheetId = spreadsheetIdFromLink(link);
      if (!spreadsheetId) return invalid(`Liên kết "${link}" không phải liên kết bảng tính Google.`);
      if (manualText) notes.push('Có cả kết quả nhập tay: dùng kết quả đọc từ bảng tính.');
      return { row, commune, year, link, source: { kind: 'workbook', spreadsheetId }, notes, reread };
    }
    if (!manualText) return invalid('Chưa có liên kết bảng tính hay kết quả nhập tay.');
    return { row, commune, year, link, source: readManual(cells[3], year), notes, reread };
  };
  return rows.flatMap((cells, index) => entryOf(cells, index) ?? []);
}

/**
 * What a row asks for, as the key its record is kept under between updates: the commune (folded),
 * the year and the workbook (or typed result). A row moved elsewhere in the register keeps its
 * record; a row whose commune, year or link changed is a new request and is read again.
 */
export function entryKey(entry: RegisterEntry): string {
  const source = entry.source;
  const what = source.kind === 'workbook' ? source.spreadsheetId : source.kind === 'manual' ? `${source.rulesetId}:${source.rating ?? ''}` : 'invalid';
  return `${foldText(entry.commune)}|${entry.year}|${source.kind}|${what}`;
}
