import type { CommitteeMember, CommuneInfo, ReportNarrative } from './commune';
import { error, type Problem } from '../engine/problems';
import { cellText, foldText, normalizeText } from '../cells/text';
import { cellNumber, describeCell, isBlank, readFlag, type Cell } from '../cells/values';
import { readDate } from '../cells/vi-date';
import { FACT_KEYS, factOf, factText, isUnverified, yearsText } from '../ruleset/facts';
import { BUILT_IN_RULESETS, DEFAULT_RULESET } from '../ruleset/resolve';

/**
 * The "Thông tin" and "Nội dung báo cáo" sheets are label/value rows. Fields are found by label,
 * not position, so a workbook from an older template (rows moved or added) still reads.
 */
type InfoKind = 'text' | 'year' | 'flag' | 'date' | 'ruleset' | 'lines' | 'signer';

export interface InfoField {
  key: keyof CommuneInfo;
  label: string;
  kind: InfoKind;
  /** Needed before a dossier can be made. */
  required: boolean;
  hint: string;
  /** Written by set-up into an empty cell only. */
  initial?: Cell;
}

export const RULESET_CHOICES = ['TT25', 'TT44'] as const;

/** "; đề nghị Mức độ 2 sau ít nhất 12 tháng (chưa xác minh)", from the default ruleset's fact. */
const MD2_WAIT = factOf(DEFAULT_RULESET, FACT_KEYS.md2WaitMonths);
const MD2_WAIT_HINT = MD2_WAIT ? `; đề nghị Mức độ 2 sau ít nhất ${MD2_WAIT.value} tháng${isUnverified(MD2_WAIT) ? ' (chưa xác minh)' : ''}` : '';

/** "TT25 (Thông tư số 25/2023/TT-BGDĐT, từ năm 2024) hoặc TT44 (…, các năm 2015–2023)", from the ruleset data. */
const RULESET_HINT = BUILT_IN_RULESETS.map((r) => `${r.id} (${[factText(r, FACT_KEYS.citation), yearsText(r)].filter(Boolean).join(', ')})`).join(' hoặc ');

export const INFO_FIELDS: readonly InfoField[] = [
  { key: 'commune', label: 'Tên xã', kind: 'text', required: true, hint: 'Ghi cả chữ "Xã", ví dụ: Xã Hòa An' },
  { key: 'province', label: 'Tỉnh, thành phố', kind: 'text', required: true, hint: 'Ví dụ: Tỉnh Sông Lam' },
  { key: 'year', label: 'Năm đánh giá', kind: 'year', required: true, hint: 'Số liệu tính từ 01/01 đến 31/12 của năm này' },
  { key: 'rulesetId', label: 'Bộ tiêu chí', kind: 'ruleset', required: true, hint: RULESET_HINT, initial: 'TT25' },
  { key: 'difficultArea', label: 'Xã thuộc vùng khó khăn', kind: 'flag', required: false, hint: 'Có / Không: áp dụng ngưỡng riêng cho chỉ tiêu TC5.2', initial: 'Không' },
  { key: 'md1DecisionDate', label: 'Ngày quyết định công nhận Mức độ 1', kind: 'date', required: false, hint: `Nếu đã được công nhận Mức độ 1 (dd/mm/yyyy)${MD2_WAIT_HINT}` },
  { key: 'recipientBody', label: 'Cơ quan tiếp nhận hồ sơ', kind: 'text', required: true, hint: 'Từ 07/2025 không còn cấp huyện: ghi cơ quan tỉnh hướng dẫn' },
  { key: 'decidingAuthority', label: 'Cấp có thẩm quyền công nhận', kind: 'text', required: true, hint: 'Ví dụ: Chủ tịch Ủy ban nhân dân tỉnh' },
  {
    key: 'signerAuthority',
    label: 'Thẩm quyền ký',
    kind: 'signer',
    required: true,
    hint: 'Ví dụ: TM. ỦY BAN NHÂN DÂN; phó chủ tịch ký thay: TM. ỦY BAN NHÂN DÂN, xuống dòng (Alt + Enter), KT. CHỦ TỊCH',
    initial: 'TM. ỦY BAN NHÂN DÂN',
  },
  { key: 'signerTitle', label: 'Chức vụ người ký', kind: 'signer', required: true, hint: 'Ví dụ: CHỦ TỊCH, PHÓ CHỦ TỊCH', initial: 'CHỦ TỊCH' },
  { key: 'signerName', label: 'Họ và tên người ký', kind: 'text', required: true, hint: '' },
  { key: 'proposalNumber', label: 'Số Tờ trình', kind: 'text', required: false, hint: 'Ví dụ: 15/TTr-UBND; để trống nếu chưa lấy số' },
  { key: 'reportNumber', label: 'Số Báo cáo', kind: 'text', required: false, hint: 'Ví dụ: 42/BC-UBND' },
  { key: 'minutesNumber', label: 'Số Biên bản', kind: 'text', required: false, hint: 'Ví dụ: 03/BB-BCĐ' },
  { key: 'distribution', label: 'Nơi nhận', kind: 'lines', required: true, hint: 'Mỗi nơi nhận một dòng (Alt + Enter để xuống dòng)' },
];

export const MEMBER_HEADER = ['Họ và tên', 'Chức vụ', 'Vai trò trong Ban chỉ đạo'] as const;

export const NARRATIVE_FIELDS: ReadonlyArray<{ key: keyof ReportNarrative; label: string }> = [
  { key: 'advantages', label: 'Thuận lợi' },
  { key: 'difficulties', label: 'Khó khăn' },
  { key: 'highlights', label: 'Kết quả nổi bật' },
  { key: 'limitations', label: 'Hạn chế' },
  { key: 'lessons', label: 'Bài học kinh nghiệm' },
  { key: 'recommendations', label: 'Kiến nghị, đề xuất' },
];

/** A label as matched: folded, without the "*" that marks required fields in the sheet. */
const labelKey = (label: Cell) => foldText(String(label ?? '')).replace(/\s*\*$/, '');

/** The header above the fields: "Mục" over the labels, "Nội dung" over the values. */
export const INFO_HEADER = ['Mục', 'Nội dung', 'Hướng dẫn'] as const;

/** The title row that closes the committee table. */
export const NARRATIVE_TITLE = 'NỘI DUNG BÁO CÁO (do Ban chỉ đạo viết; để trống thì hồ sơ ghi chỗ cần bổ sung)';

/**
 * Where the labels and values are: under the "Mục" and "Nội dung" headers, so that a column
 * people inserted does not shift what is read (columns A and B when there is no header). The
 * header row is the one with the first header and another; a header missing from it is a deleted
 * column (-1: nothing read there), never the column that now sits where it was.
 */
function columnsUnder(rows: Cell[][], headers: readonly string[], fallback: number[]): { header: number; columns: number[] } {
  const wanted = headers.map(labelKey);
  for (let r = 0; r < rows.length; r++) {
    const keys = rows[r].map(labelKey);
    const columns = wanted.map((h) => keys.indexOf(h));
    if (columns[0] >= 0 && columns.slice(1).some((c) => c >= 0)) return { header: r, columns };
  }
  return { header: -1, columns: fallback };
}

/** Where a field's value is in a "Thông tin" block (0-based), beside its label under the headers; null when absent. */
export function infoValueCell(rows: Cell[][], label: string): { row: number; column: number } | null {
  const [labelColumn, valueColumn] = columnsUnder(rows, INFO_HEADER, [0, 1, 2]).columns;
  const row = rows.findIndex((r) => labelKey(r[labelColumn]) === labelKey(label));
  return row < 0 || valueColumn < 0 ? null : { row, column: valueColumn };
}

/** Label → value of label/value rows (the first occurrence of a label wins). */
function byLabel(rows: Cell[][]): Map<string, Cell> {
  const [labelColumn, valueColumn] = columnsUnder(rows, INFO_HEADER, [0, 1, 2]).columns;
  const map = new Map<string, Cell>();
  for (const row of rows) {
    const label = row[labelColumn];
    if (!isBlank(label) && !map.has(labelKey(label))) map.set(labelKey(label), row[valueColumn]);
  }
  return map;
}

/** Rows in the committee table under its header row. */
export const MEMBER_ROWS = 20;
export const VERSION_LABEL = 'Phiên bản mẫu';
export const DOSSIER_LABELS = { link: 'Liên kết hồ sơ gần nhất', time: 'Thời điểm tạo' } as const;

/**
 * A text field's cell as written: whatever Sheets made of the typing (a date from "3/1", a number
 * from "15,5") is kept as the sheet shows it (dd/mm/yyyy, "15,5"), never dropped; text keeps its
 * line breaks.
 */
const written = (cell: Cell) => (typeof cell === 'string' ? cell : cellText(cell));
const text = (cell: Cell) => normalizeText(written(cell));

/**
 * The committee rows of a "Thông tin" block, under the "Họ và tên" header up to the narrative's
 * title (rows people inserted count), as [name, title, role].
 */
function memberRows(rows: Cell[][]): Cell[][] {
  const { header, columns } = columnsUnder(rows, MEMBER_HEADER, [0, 1, 2]);
  if (header < 0) return [];
  const labelColumn = columnsUnder(rows, INFO_HEADER, [0, 1, 2]).columns[0];
  let end = rows.findIndex((row, r) => r > header && labelKey(row[labelColumn]) === labelKey(NARRATIVE_TITLE));
  if (end < 0) end = header + 1 + MEMBER_ROWS;
  return rows.slice(header + 1, end).map((row) => columns.map((c) => row[c]));
}

/** Reads a "Thông tin" block. Bad cells are problems naming the field; they read as blank. */
export function readInfo(rows: Cell[][]): { info: CommuneInfo; problems: Problem[] } {
  const cells = byLabel(rows);
  const problems: Problem[] = [];
  const info: Record<string, unknown> = {};
  for (const field of INFO_FIELDS) {
    const cell = cells.get(labelKey(field.label));
    // No field of "Thông tin" is an amount: a year, a date or a document number is shown as typed.
    const shown = describeCell(cell);
    const bad = (expected: string) => problems.push(error(field.label, `Ô "${field.label}" có giá trị ${shown}: ${expected}.`));
    switch (field.kind) {
      case 'text':
      case 'ruleset':
        info[field.key] = text(cell);
        break;
      case 'lines':
        info[field.key] = written(cell).split(/\r?\n/).map(normalizeText).filter(Boolean);
        break;
      case 'signer':
        // The lines of a signer's capacity ("TM. …" / "KT. …", Nghị định 30/2020) as typed with Alt+Enter: the document prints them so.
        info[field.key] = written(cell).split(/\r?\n/).map(normalizeText).filter(Boolean).join('\n');
        break;
      case 'year': {
        const year = cellNumber(cell);
        const valid = year !== null && Number.isInteger(year) && year >= 2000 && year <= 2100;
        if (!isBlank(cell) && !valid) bad('cần một năm, ví dụ 2025');
        info[field.key] = valid ? year : 0;
        break;
      }
      case 'flag': {
        const flag = readFlag(cell);
        if (flag === null) bad('cần ghi "Có" hoặc "Không"');
        info[field.key] = flag ?? false;
        break;
      }
      case 'date': {
        const date = readDate(cell);
        if (date === 'invalid') bad('cần một ngày dạng dd/mm/yyyy');
        info[field.key] = date instanceof Date ? date : null;
        break;
      }
    }
  }
  const members: CommitteeMember[] = memberRows(rows)
    .filter((row) => !isBlank(row[0]))
    .map(([name, title, role]) => ({ name: text(name), title: text(title), role: text(role) }));
  return { info: { ...(info as Omit<CommuneInfo, 'members'>), members }, problems };
}

/** The required fields still blank: what to fill in before a dossier can be made. */
export function missingInfo(info: CommuneInfo): string[] {
  const missing = INFO_FIELDS.filter((f) => {
    if (!f.required) return false;
    const value = info[f.key];
    // A required field is text, a year (0 when blank) or lines: never a date, the one kind read as null.
    return value === '' || value === 0 || (Array.isArray(value) && value.length === 0);
  }).map((f) => f.label);
  if (info.members.length === 0) missing.push('Thành viên Ban chỉ đạo');
  return missing;
}

export function readNarrative(rows: Cell[][]): ReportNarrative {
  const cells = byLabel(rows);
  const narrative = {} as ReportNarrative;
  for (const field of NARRATIVE_FIELDS) {
    const cell = cells.get(labelKey(field.label));
    narrative[field.key] = written(cell).trim();
  }
  return narrative;
}

/** The template version recorded in a "Thông tin" block, or null when there is none. */
export function readVersion(rows: Cell[][]): number | null {
  const cell = byLabel(rows).get(labelKey(VERSION_LABEL));
  return typeof cell === 'number' ? cell : null;
}
