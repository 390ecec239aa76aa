import { error, warning, type Problem } from '../engine/problems';
import { cellText, codeKey, firstWords, foldText, normalizeCode } from '../cells/text';
import { cellNumber, isBlank, levelNumber, readPercent, type Cell } from '../cells/values';
import { misplacedHeaders, misplacedHeadersText } from '../workbook/column-headers';
import { STATUS_LABELS, type Criterion, type IndicatorKind, type Item, type LegalFact, type Provenance, type RatingCutoff, type Ruleset, type Status, type Threshold } from './types';

/**
 * The "Bộ tiêu chí" table: a ruleset as rows a province can read and correct in the sheet. The
 * first column says what a row is; rows with a blank first column (and the header) are skipped.
 *
 *   Bộ tiêu chí | id  | name        | "Mức độ" or "Điểm" |     |     |     |     | total points |        | ref | status
 *   Tiêu chí    | TC1 | name        | ("Điểm")           |     |     |     |     | (max points) |        | ref | status
 *   Chỉ tiêu    | TC… | wording     | kind               | MĐ1 | MĐ2 | MĐ1 khó khăn | MĐ2 khó khăn | max level | part of | ref | status
 *   Xếp loại    |     | label       | (condition)        | from points (blank: the failing label) | … | ref | status
 *   Quy định    | key | what it is  |                    | value |     |     |     |              |        | ref | status
 *
 * A rating row's condition is NO_ZERO_CONDITION or blank; "Quy định" rows are the ruleset's
 * dated legal facts (src/core/ruleset/facts.ts), in any place after the "Bộ tiêu chí" row.
 */
export const TABLE_HEADER = [
  'Loại',
  'Mã',
  'Nội dung',
  'Kiểu',
  'Mức độ 1 / Điểm từ',
  'Mức độ 2',
  'Mức độ 1 (vùng khó khăn)',
  'Mức độ 2 (vùng khó khăn)',
  'Tối đa',
  'Thuộc chỉ tiêu',
  'Căn cứ pháp lý',
  'Trạng thái',
] as const;

const COL = { type: 0, code: 1, name: 2, kind: 3, md1: 4, md2: 5, md1Difficult: 6, md2Difficult: 7, max: 8, partOf: 9, ref: 10, status: 11 };

export const ROW_TYPES = { ruleset: 'Bộ tiêu chí', criterion: 'Tiêu chí', item: 'Chỉ tiêu', rating: 'Xếp loại', fact: 'Quy định' } as const;

/** Column D of a "Xếp loại" row: the band also needs every criterion above 0 points (TT44 Điều 4 khoản 3). */
export const NO_ZERO_CONDITION = 'Không có tiêu chí bị điểm 0';

export const KIND_LABELS: Record<IndicatorKind, string> = {
  yesno: 'Đạt/Không đạt',
  level: 'Mức độ',
  percent: 'Tỷ lệ',
  points: 'Điểm',
};
const SCHEME_LABELS = { levels: 'Mức độ', points: 'Điểm' } as const;

type Row = Cell[];
const blankRow = (): Row => TABLE_HEADER.map(() => '');

function provenanceCells(row: Row, provenance: Provenance): Row {
  row[COL.ref] = provenance.ref;
  row[COL.status] = STATUS_LABELS[provenance.status];
  return row;
}

/** Writes a ruleset as table rows (header first), for the "Bộ tiêu chí" sheet. */
export function rulesetToTable(ruleset: Ruleset): Row[] {
  const rows: Row[] = [[...TABLE_HEADER]];
  const head = blankRow();
  head[COL.type] = ROW_TYPES.ruleset;
  head[COL.code] = ruleset.id;
  head[COL.name] = ruleset.name;
  head[COL.kind] = SCHEME_LABELS[ruleset.scheme];
  if (ruleset.scheme === 'points') head[COL.max] = ruleset.totalPoints;
  rows.push(provenanceCells(head, ruleset.provenance));
  for (const criterion of ruleset.criteria) {
    const row = blankRow();
    row[COL.type] = ROW_TYPES.criterion;
    row[COL.code] = criterion.code;
    row[COL.name] = criterion.name;
    if (ruleset.scheme === 'points') {
      row[COL.kind] = KIND_LABELS.points;
      row[COL.max] = criterion.items[0]?.max ?? '';
      rows.push(provenanceCells(row, criterion.provenance));
      continue;
    }
    rows.push(provenanceCells(row, criterion.provenance));
    for (const item of criterion.items) rows.push(itemRow(item));
  }
  if (ruleset.scheme === 'points') {
    for (const rating of ruleset.ratings) {
      const row = blankRow();
      row[COL.type] = ROW_TYPES.rating;
      row[COL.name] = rating.label;
      row[COL.md1] = rating.min;
      if (rating.noZeroCriterion) row[COL.kind] = NO_ZERO_CONDITION;
      rows.push(provenanceCells(row, rating.provenance));
    }
    const fail = blankRow();
    fail[COL.type] = ROW_TYPES.rating;
    fail[COL.name] = ruleset.failLabel;
    rows.push(provenanceCells(fail, ruleset.provenance));
  }
  for (const fact of ruleset.facts) {
    const row = blankRow();
    row[COL.type] = ROW_TYPES.fact;
    row[COL.code] = fact.key;
    row[COL.name] = fact.text;
    row[COL.md1] = fact.value;
    rows.push(provenanceCells(row, fact.provenance));
  }
  return rows;
}

function itemRow(item: Item): Row {
  const row = blankRow();
  row[COL.type] = ROW_TYPES.item;
  row[COL.code] = item.code;
  row[COL.name] = item.name;
  row[COL.kind] = KIND_LABELS[item.kind];
  row[COL.md1] = item.thresholds?.MD1?.min ?? '';
  row[COL.md2] = item.thresholds?.MD2?.min ?? '';
  row[COL.md1Difficult] = item.thresholds?.MD1?.minDifficult ?? '';
  row[COL.md2Difficult] = item.thresholds?.MD2?.minDifficult ?? '';
  row[COL.max] = item.max ?? '';
  row[COL.partOf] = item.partOf ?? '';
  return provenanceCells(row, item.provenance);
}

/**
 * The table row (1-based, as in "Bộ tiêu chí dòng N") of each criterion and item code, and of the
 * "Bộ tiêu chí" row, so that problems found later by `validateRuleset` can name their row.
 */
export type TableRows = Map<string, number>;
/** Key of the "Bộ tiêu chí" row in `TableRows`; codes never contain spaces, so it cannot clash. */
const RULESET_ROW = ' ruleset';

/**
 * The error of a table whose header row stands out of the place its columns are read from (a
 * column deleted before others, or inserted among them: misplacedHeaders), or null. The header is
 * the first row showing three of TABLE_HEADER's words, wherever they stand; a range given without
 * it has none, and is read as it is.
 */
export function tableHeaderFault(rows: readonly Cell[][]): Problem | null {
  const headers = new Set(TABLE_HEADER.map((h) => foldText(h)));
  const header = rows.findIndex((row) => row.filter((cell) => headers.has(foldText(cellText(cell)))).length >= 3);
  const misplaced = header < 0 ? [] : misplacedHeaders(rows[header], TABLE_HEADER);
  if (misplaced.length === 0) return null;
  const at = `Bộ tiêu chí dòng ${header + 1}`;
  return error(at, misplacedHeadersText(at, misplaced));
}

/** Reads a ruleset from table rows (columns by place: one error when its header is out of place). Returns the problems found instead of throwing. */
export function rulesetFromTable(rows: Cell[][]): { ruleset: Ruleset | null; problems: Problem[]; rowOf: TableRows } {
  const problems: Problem[] = [];
  const rowOf: TableRows = new Map();
  // Assigned inside readRow below; the cast stops TypeScript narrowing it to null for good.
  let head = null as { id: string; name: string; scheme: 'levels' | 'points'; total: number; provenance: Provenance } | null;
  const criteria: Criterion[] = [];
  const ratings: RatingCutoff[] = [];
  const facts: LegalFact[] = [];
  let failLabel = '';

  // One row; returns early (with the problem noted) when the row cannot be read.
  const readRow = (row: Cell[], index: number) => {
    const at = `Bộ tiêu chí dòng ${index + 1}`;
    const fail = (message: string) => problems.push(error(at, `${at}: ${message}`));
    const warn = (message: string) => problems.push(warning(at, `${at}: ${message}`));
    const noteUnread = (unread: string | null) => {
      if (unread) warn(unread);
    };
    const text = (col: number) => cellText(row[col]);
    const type = foldText(text(COL.type));
    if (type === '' || type === foldText(TABLE_HEADER[0])) return;
    const provenance = readProvenance(documentsText(row[COL.ref]), text(COL.status), fail);
    const code = normalizeCode(row[COL.code]);

    if (type === foldText(ROW_TYPES.ruleset)) {
      const schemeWord = foldText(text(COL.kind));
      const scheme = schemeWord === foldText(SCHEME_LABELS.points) ? 'points' : schemeWord === foldText(SCHEME_LABELS.levels) ? 'levels' : null;
      if (!scheme) return fail(`cột Kiểu cần ghi "${SCHEME_LABELS.levels}" hoặc "${SCHEME_LABELS.points}".`);
      const total = scheme === 'points' ? readNumber(row[COL.max], 'Tối đa (tổng điểm)', fail) : 0;
      head = { id: code, name: text(COL.name), scheme, total: total ?? 0, provenance };
      rowOf.set(RULESET_ROW, index + 1);
      noteUnread(unreadCell(row, type, scheme));
      return;
    }
    if (!head) return fail(`dòng "${ROW_TYPES.ruleset}" phải đứng trước mọi dòng khác.`);
    noteUnread(unreadCell(row, type, head.scheme));

    if (type === foldText(ROW_TYPES.criterion)) {
      const criterion: Criterion = { code, name: text(COL.name), provenance, items: [] };
      rowOf.set(codeKey(code), index + 1);
      if (head.scheme === 'points') {
        const max = isBlank(row[COL.max]) ? undefined : readNumber(row[COL.max], 'Tối đa', fail);
        criterion.items.push({ code, name: criterion.name, kind: 'points', provenance, ...(max == null ? {} : { max }) });
      }
      criteria.push(criterion);
    } else if (type === foldText(ROW_TYPES.item)) {
      const criterion = criteria[criteria.length - 1];
      if (head.scheme === 'points') return fail(`bộ tiêu chí chấm điểm chỉ dùng dòng "${ROW_TYPES.criterion}" (điểm tối đa ở cột Tối đa).`);
      if (!criterion) return fail(`chỉ tiêu ${code} phải nằm dưới một dòng "${ROW_TYPES.criterion}".`);
      const item = readItemRow(row, code, text, provenance, fail);
      if (item) criterion.items.push(item);
      rowOf.set(codeKey(code), index + 1);
    } else if (type === foldText(ROW_TYPES.rating)) {
      if (head.scheme === 'levels') {
        return warn(
          `bộ tiêu chí xét theo mức độ không xếp loại theo điểm nên dòng "${ROW_TYPES.rating}" này không được đọc; xóa dòng này hoặc ghi "${SCHEME_LABELS.points}" ở cột Kiểu của dòng "${ROW_TYPES.ruleset}".`,
        );
      }
      const label = text(COL.name);
      const condition = foldText(text(COL.kind));
      if (condition !== '' && condition !== foldText(NO_ZERO_CONDITION)) return fail(`cột Kiểu của dòng xếp loại chỉ ghi "${NO_ZERO_CONDITION}" hoặc để trống.`);
      if (isBlank(row[COL.md1])) failLabel = label;
      else {
        const min = readNumber(row[COL.md1], 'Điểm từ', fail);
        if (min !== null) ratings.push({ label, min, noZeroCriterion: condition !== '', provenance });
      }
    } else if (type === foldText(ROW_TYPES.fact)) {
      if (!code) return fail('dòng quy định cần mã ở cột Mã.');
      const cell = row[COL.md1];
      // A number retyped as text ("2015", "36") is still a number.
      const value = cellNumber(cell) ?? text(COL.md1);
      facts.push({ key: code, text: text(COL.name), value, provenance });
      rowOf.set(codeKey(code), index + 1);
    } else {
      fail(
        `loại dòng "${text(COL.type)}" không hợp lệ; dùng ${Object.values(ROW_TYPES)
          .map((t) => `"${t}"`)
          .join(', ')}.`,
      );
    }
  };
  const fault = tableHeaderFault(rows);
  if (fault) return { ruleset: null, problems: [fault], rowOf };
  rows.forEach((row, index) => {
    readRow(row, index);
  });

  const found = head;
  if (!found) {
    problems.push(error('Bộ tiêu chí', `Bảng Bộ tiêu chí chưa có dòng "${ROW_TYPES.ruleset}".`));
    return { ruleset: null, problems, rowOf };
  }
  const base = { id: found.id, name: found.name, provenance: found.provenance, criteria, facts };
  const ruleset: Ruleset = found.scheme === 'points' ? { ...base, scheme: 'points', totalPoints: found.total, ratings, failLabel } : { ...base, scheme: 'levels' };
  return { ruleset, problems, rowOf };
}

/**
 * Names the table row in problems that `validateRuleset` found in a ruleset read from a table:
 * by the code they concern, or the "Bộ tiêu chí" row for problems of the whole ruleset.
 */
export function onTableRows(problems: Problem[], rowOf: TableRows): Problem[] {
  return problems.map((p) => {
    const whole = p.code.startsWith(ROW_TYPES.ruleset);
    const row = whole ? rowOf.get(RULESET_ROW) : rowOf.get(codeKey(p.code));
    return row === undefined ? p : { ...p, message: `Bộ tiêu chí dòng ${row}: ${p.message}` };
  });
}

/** The columns each row type reads besides Loại, Căn cứ pháp lý and Trạng thái (the table's layout above). */
const READ_COLUMNS: Record<string, number[]> = {
  [foldText(ROW_TYPES.ruleset)]: [COL.code, COL.name, COL.kind],
  [foldText(ROW_TYPES.criterion)]: [COL.code, COL.name],
  [foldText(ROW_TYPES.rating)]: [COL.name, COL.kind, COL.md1],
  [foldText(ROW_TYPES.fact)]: [COL.code, COL.name, COL.md1],
};
const THRESHOLD_COLUMNS = [COL.md1, COL.md2, COL.md1Difficult, COL.md2Difficult];

/**
 * A warning for the first filled cell that a row of `type` (folded) does not read — a threshold
 * typed on a "Đạt/Không đạt" indicator, a level on a criterion row — so that nobody believes a
 * value counts that the reader skips; null when every filled cell is read, or when the row's type
 * or kind is unknown (that error is named where the row is read).
 */
function unreadCell(row: Row, type: string, scheme: 'levels' | 'points'): string | null {
  let read = READ_COLUMNS[type];
  let what = Object.values(ROW_TYPES).find((t) => foldText(t) === type);
  if (scheme === 'points' && (type === foldText(ROW_TYPES.criterion) || type === foldText(ROW_TYPES.ruleset))) read = [COL.code, COL.name, COL.kind, COL.max];
  // A levels ruleset reads no "Xếp loại" row at all, a points ruleset no "Chỉ tiêu" row: the row is named whole where it is read.
  if (scheme === 'levels' && type === foldText(ROW_TYPES.rating)) return null;
  if (type === foldText(ROW_TYPES.item)) {
    if (scheme === 'points') return null;
    const kind = itemKind(row);
    if (!kind) return null;
    read = [COL.code, COL.name, COL.kind, COL.partOf, ...(kind === 'yesno' ? [] : THRESHOLD_COLUMNS), ...(kind === 'level' ? [COL.max] : [])];
    what = undefined;
  }
  if (!read) return null;
  const col = row.findIndex((cell, i) => i > COL.type && i < COL.ref && !read.includes(i) && !isBlank(cell));
  if (col < 0) return null;
  const owner = what ? `dòng "${what}"` : `chỉ tiêu ${normalizeCode(row[COL.code])} (${cellText(row[COL.kind])})`;
  // An item's kind decides which columns count, so the kind may be what is wrong; other rows read fixed columns.
  const fix = what ? 'xóa ô này' : 'xóa ô này hoặc sửa cột Kiểu';
  return `cột ${TABLE_HEADER[col]} không dùng cho ${owner} nên "${firstWords(cellText(row[col]))}" không được đọc; ${fix}.`;
}

/** The kind an item row's Kiểu cell names, or null when it names none. */
function itemKind(row: Row): IndicatorKind | null {
  const kindWord = foldText(cellText(row[COL.kind]));
  return (Object.keys(KIND_LABELS) as IndicatorKind[]).find((k) => foldText(KIND_LABELS[k]) === kindWord) ?? null;
}

function readItemRow(row: Row, code: string, text: (col: number) => string, provenance: Provenance, fail: (m: string) => void): Item | null {
  const kind = itemKind(row);
  if (!kind || kind === 'points') {
    fail(`chỉ tiêu ${code}: cột Kiểu cần ghi "${KIND_LABELS.yesno}", "${KIND_LABELS.level}" hoặc "${KIND_LABELS.percent}".`);
    return null;
  }
  const item: Item = { code, name: text(COL.name), kind, provenance };
  const partOf = normalizeCode(row[COL.partOf]);
  if (partOf) item.partOf = partOf;
  if (kind === 'level') {
    const max = readLevelCell(row[COL.max], 'Tối đa', fail);
    if (max !== null) item.max = max;
  }
  if (kind !== 'yesno') {
    const read = (col: number, label: string) => (isBlank(row[col]) ? undefined : ((kind === 'percent' ? readPercentCell(row[col], label, fail) : readLevelCell(row[col], label, fail)) ?? undefined));
    const threshold = (col: number, difficultCol: number): Threshold | undefined => {
      const min = read(col, TABLE_HEADER[col]);
      if (min === undefined) return undefined;
      const minDifficult = read(difficultCol, TABLE_HEADER[difficultCol]);
      return minDifficult === undefined ? { min } : { min, minDifficult };
    };
    const md1 = threshold(COL.md1, COL.md1Difficult);
    const md2 = threshold(COL.md2, COL.md2Difficult);
    item.thresholds = { ...(md1 ? { MD1: md1 } : {}), ...(md2 ? { MD2: md2 } : {}) };
  }
  return item;
}

function readNumber(cell: Cell, label: string, fail: (m: string) => void): number | null {
  const value = cellNumber(cell);
  if (value === null) {
    fail(`cột ${label} cần một số.`);
    return null;
  }
  return value;
}

/** A level of a "Mức độ" item: 2, "Mức độ 2", "Mức độ II", "MĐ2" (the reader of indicator values). */
function readLevelCell(cell: Cell, label: string, fail: (m: string) => void): number | null {
  const level = levelNumber(cell);
  if (level === null) fail(`cột ${label} cần một mức độ, ví dụ 2 hoặc "Mức độ 2".`);
  return level;
}

function readPercentCell(cell: Cell, label: string, fail: (m: string) => void): number | null {
  const reading = readPercent(cell);
  if (reading.state === 'ok') return reading.value;
  fail(`cột ${label} cần một tỷ lệ từ 0% đến 100%.`);
  return null;
}

/**
 * A "Căn cứ pháp lý" cell's text with each line a document: lines (Alt+Enter in Sheets) joined by
 * "; " as a cell listing documents on one line writes them, so that no two documents run into one
 * when the text is normalized (review rev13g M3).
 */
function documentsText(cell: Cell): string {
  if (typeof cell !== 'string') return cellText(cell);
  return cell
    .split(/[\r\n]+/)
    .map(cellText)
    .filter((line) => line !== '')
    .join('; ');
}

function readProvenance(ref: string, statusText: string, fail: (m: string) => void): Provenance {
  if (statusText === '') return { ref, status: 'unverified' };
  const status = (Object.keys(STATUS_LABELS) as Status[]).find((s) => foldText(STATUS_LABELS[s]) === foldText(statusText));
  if (!status) {
    fail(
      `cột Trạng thái cần ghi ${Object.values(STATUS_LABELS)
        .map((l) => `"${l}"`)
        .join(', ')}.`,
    );
    return { ref, status: 'unverified' };
  }
  return { ref, status };
}
