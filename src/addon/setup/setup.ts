import { InputError } from '../../core/engine/problems';
import { BUILT_IN_RULESETS, loadRulesetTable, resolveRuleset, rulesetForYear } from '../../core/ruleset/resolve';
import { TABLE_HEADER, tableHeaderFault } from '../../core/ruleset/table';
import type { Ruleset } from '../../core/ruleset/types';
import { cellA1, columnLetter, sheetRef } from '../../core/template/a1';
import { type SpillArea, type TypedInComputed, isErrorValue, spillAnchor, spillAreas, spillsInto, typedInComputed } from '../../core/template/computed';
import { type CarriedCells, carriedCells, isTextOnly } from '../../core/template/carried';
import { keyTexts, templateTexts, typedOverKey, typedOverLabels } from '../../core/template/typed-labels';
import { type DisplacedNote, displacedNotes } from '../../core/template/displaced';
import { archiveFormat, ARCHIVE_HEADER as YEAR_ARCHIVE_HEADER } from '../../core/workbook/new-year';
import { ASSESSMENT_FIRST_ROW, SHEET_TAG, SHEETS, sheetTagKey } from '../../core/template/layout';
import { type SheetMatch, matchSheet, outOfOrder, type SplitColumn, splitColumns } from '../../core/template/match';
import { type Placement, columnIndex, formulaShape, identityPlacement, placeRange } from '../../core/template/placement';
import { resultsFormula } from '../../core/template/assessment-sheet';
import { resultColumns } from '../../core/formulas/assessment';
import { workbookSpec } from '../../core/template/spec';
import { type CellSpec, headerLabel, type SheetSpec } from '../../core/template/types';
import { cellText, codeKey, firstWords, foldText, looksLikeCode } from '../../core/cells/text';
import { describeCell, isBlank, type Cell } from '../../core/cells/values';
import { readInfo } from '../../core/workbook/info';
import { INDICATOR_COLUMNS, INDICATOR_WIDTH } from '../../core/workbook/names';
import type { NamedRangeLike, RangeLike, SheetLike, SpreadsheetFactories, SpreadsheetLike } from '../../gas/spreadsheet';
import { applySheet, currentCells, looksOf, type ReadRange } from './apply-sheet';
import { type Before, checkWrittenFormulas } from './formula-check';
import { type ArchivedGroup, keptFormat, type Regrouped, regroup, segment, writeRegrouped } from './regroup';
import { LAID_OUT, type ListOnSheet, listedLinks } from './listed-links';
import { EVIDENCE_HEADER_ROW } from '../../core/workbook/evidence';
import { unitsUnderEndRow } from './units-end-row';
import { type ColumnMove, inTemplateOrder, moveColumns, type SpillGathering, scatteredSpills, theirColumnMoved } from './column-moves';

/** The end of the message for a deleted row re-created empty: what it held is not kept. */
export const RE_ENTER = 'Nếu dòng này từng có giá trị, hãy nhập lại.';

/**
 * "Thiết lập / sửa mẫu": creates what is missing and rewrites structure, formulas and formats,
 * never a value a user typed. Indicator values follow their code when rows move (another
 * ruleset, a province's edited table, a new template version), and whatever does not fit the new
 * layout is copied to a dated archive sheet first. Running it twice changes nothing.
 */
export interface SetupResult {
  rulesetId: string;
  created: string[];
  updated: string[];
  /** The archive sheet written by this run, if rows moved or the ruleset was switched. */
  archive: string | null;
  /** Things the user should know, in Vietnamese. */
  messages: string[];
  /** True when the structure could not be matched with certainty and nothing was changed. */
  refused: boolean;
}

/**
 * A sheet's current content, a formula where there is one, at least as large as its spec, and
 * what its cells show (a formula's result). One getDataRange instead of getLastRow +
 * getLastColumn + getRange: cells past the data range have no content by definition
 * (Sheet.getDataRange reference), so padding them with '' reads the same.
 */
function readContent(sheet: SheetLike, spec: SheetSpec): { content: Cell[][]; shown: Cell[][]; read: ReadRange } {
  const range = sheet.getDataRange();
  const { content: data, shown } = currentCells(range);
  const columns = Math.max(data[0]?.length ?? 0, spec.cells[0].length);
  const pad = (row: Cell[]) => [...row, ...new Array<Cell>(columns - row.length).fill('')];
  const content = Array.from({ length: Math.max(data.length, spec.cells.length) }, (_, r) => pad(data[r] ?? []));
  return { content, shown, read: { range, rows: data.length, columns: data[0]?.length ?? 0, cells: data, shown } };
}

const allBlank = (rows: Cell[][]) => rows.every((row) => row.every(isBlank));

/**
 * The ruleset the workbook should use: the table as the province left it, unless the scheme
 * changes. `tableName` is the name the table's sheet has now, for the message.
 */
function chooseRuleset(infoContent: Cell[][] | null, tableContent: Cell[][] | null, tableName: string, messages: string[]): { ruleset: Ruleset; previous: Ruleset | null } {
  const info = infoContent ? readInfo(infoContent).info : null;
  const choice = info?.rulesetId ?? '';
  let builtIn: Ruleset;
  try {
    // No choice made: the assessment year picks the ruleset in force for it.
    builtIn = choice.trim() === '' ? rulesetForYear(info?.year) : resolveRuleset(choice);
  } catch (thrown) {
    messages.push(`${(thrown as Error).message} Đang dùng TT25.`);
    builtIn = resolveRuleset('TT25');
  }
  // The rows under the header, wherever rows people inserted above it pushed it (else under row 1).
  const header = (tableContent ?? []).findIndex((row) => foldText(cellText(row[0])) === foldText(TABLE_HEADER[0]));
  const table = tableContent?.slice(header + 1 || 1) ?? [];
  if (allBlank(table)) return { ruleset: builtIn, previous: null };
  const { ruleset, problems } = loadRulesetTable(tableContent ?? []);
  const errors = problems.filter((p) => p.severity === 'error');
  // Columns out of place are repair's to name (a deleted one re-created, an inserted or moved one refused), not an error kept for the user.
  if (!ruleset && tableHeaderFault(tableContent ?? [])) return { ruleset: builtIn, previous: null };
  if (!ruleset) {
    messages.push(`Bảng ở trang "${tableName}" có lỗi nên được giữ nguyên để sửa: ${new InputError(errors).message}`);
    return { ruleset: builtIn, previous: null };
  }
  if (ruleset.scheme !== builtIn.scheme) {
    messages.push(`Đã chuyển sang bộ tiêu chí ${builtIn.id}; dữ liệu và Bộ tiêu chí cũ (${ruleset.id}) được lưu ở trang lưu trữ.`);
    return { ruleset: builtIn, previous: ruleset };
  }
  return { ruleset, previous: null };
}

function archiveName(existing: Set<string>, rulesetId: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const base = `Lưu trữ ${rulesetId} ${pad(now.getDate())}-${pad(now.getMonth() + 1)}-${now.getFullYear()} ${pad(now.getHours())}.${pad(now.getMinutes())}`;
  let name = base;
  for (let n = 2; existing.has(name); n++) name = `${base} (${n})`;
  return name;
}

/**
 * Sheets whose readers take each column by its place, not its header (readEvidenceList, the
 * sidebar's evidence rows, loadRulesetTable): a column moved there cannot be kept where it stands.
 */
const BY_POSITION: ReadonlySet<string> = new Set([SHEETS.evidence, SHEETS.ruleset]);
/** The sheets that hold people's values: found row by row and column by column, by their labels. */
const MATCHED: ReadonlySet<string> = new Set([SHEETS.info, SHEETS.assessment, SHEETS.pcgd, SHEETS.units]);
/**
 * Whether every row and column of a sheet was found, each label once, the rows in order (columns
 * in any: a column people moved is written where it stands, review 14 F2): the other
 * sheets (the guide, the evidence list, the results, the ruleset table) then follow the rows and
 * columns people inserted, as the matched ones do, so what was typed there stays and the
 * template's cells are written where they moved. Otherwise (another ruleset's results, a new
 * version's wording) such a sheet is rewritten in place, as the template lays it out.
 */
function complete(match: SheetMatch, emptiedKeys = false): boolean {
  const whole = (map: Array<number | null>) => map.every((p) => p !== null);
  // Columns may stand in another order (people moved them): each is written where it was found.
  // With `emptiedKeys`, a key people emptied (match.restored) is found where it stands and written back there: rewritten
  // as laid out, the sheet lost what people had inserted above it (a note above the evidence list went under its title).
  // Not on a sheet of text alone (the guide), where a line of another wording is carried below the template's lines.
  return match.duplicates.length === 0 && (emptiedKeys || match.restored.length === 0) && whole(match.rows) && ascending(found(match.rows)) && whole(match.columns);
}

/** Rows (1-based, ascending) as a message lists them, runs shortened: "3–18, 21, 44–49". */
function rowList(rows: number[]): string {
  const runs: Array<[number, number]> = [];
  for (const row of [...new Set(rows)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs.map(([first, last]) => (first === last ? String(first) : `${first}–${last}`)).join(', ');
}

/**
 * What set-up says, refusing, of a sheet whose tables stand in different column orders (`split`,
 * match.ts splitColumns): each spec column by its headers, where it stands on which rows. Written
 * in one place, a column would go over what one of the tables holds there, so the commune puts
 * the table back (or the others in the same order) and runs again.
 */
function splitColumnsProblem(name: string, spec: SheetSpec, split: SplitColumn[]): string {
  const columns = split.map((s) => {
    const here = s.atRows.length > 0 ? `ở cột ${columnLetter(s.at)} tại dòng ${rowList(s.atRows)}, ` : '';
    return `${headerLabel(spec, s.column)} của mẫu ${here}ở cột ${columnLetter(s.elsewhere)} tại dòng ${rowList(s.rows)}`;
  });
  return (
    `Trang "${name}": các bảng trên trang dùng chung cột nhưng không cùng thứ tự cột (có vẻ các cột của một bảng đã được cắt, dán đổi chỗ riêng): ${columns.join('; ')}. ` +
    'Hãy đổi lại cho mọi bảng cùng thứ tự cột như mẫu (cắt, dán cả khối ô cùng nội dung) rồi chạy lại.'
  );
}

/** The positions a match found (null: not found), in the template's order. */
const found = (map: Array<number | null>): number[] => map.filter((p): p is number => p !== null);

/** Whether positions stand in the template's order, each below or right of the one before. */
const ascending = (positions: number[]): boolean => positions.every((p, i) => i === 0 || p > positions[i - 1]);

/**
 * Whether a sheet lacks only some of the template's rows or columns (people deleted them), every
 * one found standing once and in order: re-creating the missing ones where they belong keeps what
 * is typed below them in place (columns may stand in another order), where rewriting the sheet as laid out would write the template's
 * rows over it (a deleted hint row put the heading over the first evidence item).
 */
function onlyMissing(match: SheetMatch, content: Cell[][]): boolean {
  // A sheet emptied whole (Ctrl+A, Delete) has nothing to keep in place: its rows without a label,
  // "found" where they stand, made it one lacking only the labelled rows, each inserted above.
  if (allBlank(content)) return false;
  // A row found by another of its labels because its key column was deleted (column A of the
  // evidence list, with the title, the hint and "Mã minh chứng") is in place: the key comes back with the column.
  const keyDeleted = match.restored.every((k) => match.columns[k.column] === null);
  return match.duplicates.length === 0 && keyDeleted && found(match.rows).length > 0 && ascending(found(match.rows));
}

/**
 * The columns (1-based, as read) standing among a sheet's known ones that are none of them
 * (people inserted them): on a sheet read by column place (BY_POSITION) each would shift the
 * columns right of it under another's header.
 */
function insertedColumns(match: SheetMatch): number[] {
  const known = found(match.columns);
  return Array.from({ length: Math.max(0, ...known) }, (_, i) => i + 1).filter((p) => !known.includes(p));
}

const SHEET_KEYS = new Map(Object.entries(SHEETS).map(([key, name]) => [name as string, key]));

const TAG_PREFIX = sheetTagKey('');

/**
 * The template's sheets as they are now: by the developer metadata set-up put on them (it follows
 * a renamed sheet), else by name, else, for a renamed sheet of an older workbook, by its title.
 * Each sheet's own metadata is read (one call, then the key of what is there: the role is in it;
 * the value only for a tag of an older workbook) rather than
 * a spreadsheet-wide finder, which costs three calls and then the location, sheet and name of
 * each hit to learn which sheet it is on: set-up only ever tags sheets, so both find the same tags.
 */
export function identifySheets(names: string[], sheets: SheetLike[], problems: string[]): { found: Map<string, SheetLike>; tagged: Set<string> } {
  const byTag = new Map<string, number[]>();
  sheets.forEach((sheet, index) => {
    for (const metadata of sheet.getDeveloperMetadata()) {
      const key = metadata.getKey();
      const role = key.startsWith(TAG_PREFIX) ? key.slice(TAG_PREFIX.length) : key === SHEET_TAG ? (metadata.getValue() ?? '') : null;
      if (role !== null) byTag.set(role, [...(byTag.get(role) ?? []), index]);
    }
  });
  const found = new Map<string, SheetLike>();
  const tagged = new Set<string>();
  const claimed = new Set([...byTag.values()].flat());
  for (const [name, key] of SHEET_KEYS) {
    const indexes = byTag.get(key) ?? [];
    const index = indexes.length === 1 ? indexes[0] : indexes.find((i) => names[i] === name);
    if (indexes.length > 1 && index === undefined) {
      problems.push(
        `Có ${indexes.length} trang cùng là trang "${name}" của mẫu (${indexes.map((i) => `"${names[i]}"`).join(', ')}): hãy xoá bản sao, hoặc đặt lại tên "${name}" cho trang đang dùng, rồi chạy lại.`,
      );
      continue;
    }
    if (index !== undefined) {
      found.set(name, sheets[index]);
      tagged.add(name);
      continue;
    }
    const byName = names.findIndex((n, i) => n === name && !claimed.has(i));
    if (byName >= 0) {
      found.set(name, sheets[byName]);
      claimed.add(byName);
    }
  }
  return { found, tagged };
}

/** A renamed sheet of a workbook set up before sheets were tagged: the first cell still reads the spec's title. */
function findByTitle(specs: SheetSpec[], found: Map<string, SheetLike>, names: string[], sheets: SheetLike[]): void {
  if (found.size === 0) return;
  const free = sheets.filter((sheet, i) => ![...found.values()].includes(sheet) && !names[i].startsWith(ARCHIVE_PREFIX));
  for (const spec of specs) {
    if (found.has(spec.name) || free.length === 0) continue;
    const title = spec.cells[0][0];
    if (title?.kind !== 'label') continue;
    const index = free.findIndex((sheet) => foldText(String(sheet.getRange(1, 1, 1, 1).getValues()[0][0] ?? '')) === foldText(String(title.value)));
    if (index >= 0) found.set(spec.name, free.splice(index, 1)[0]);
  }
}

/**
 * The "Bộ tiêu chí" sheet as the formulas read it (the CDHT_BO_TIEU_CHI range, from the header to
 * the template's last row, rows people inserted inside it included): what people typed above or
 * below the table is no part of it, so it cannot make set-up refuse the table. Rows keep their
 * numbers for messages. Unchanged when the table is not found as the template lays it out.
 */
function asTable(spec: SheetSpec, content: Cell[][] | null): Cell[][] | null {
  if (!content) return null;
  const match = matchSheet(spec, content);
  if (!complete(match)) return content;
  const [first, last] = [match.rows[0]!, match.rows[match.rows.length - 1]!];
  return content.slice(0, last).map((row, r) => (r + 1 < first ? [] : row));
}

/** What one sheet's write needs: where the spec goes, and what to keep in each physical cell. */
interface Plan {
  placement: Placement;
  kept: (row: number, column: number) => Cell | undefined;
  clearTo: number;
  /** The sheet as the ruleset switched from laid it out, when it is rewritten in place. */
  former?: SheetSpec;
  /** People's notes the rewrite would cover, moved right on their rows after it. */
  displaced?: DisplacedNote[];
  /** "Đánh giá" rebuilt for another ruleset: the rows and notes people added, written with their indicators after it. */
  regrouped?: { result: Regrouped; headerRow: number; width: number; content: Cell[][]; formats: string[][] };
  /** On a sheet of text alone, what people typed, moved under (or beside) the new lines after the rewrite, with the formats it had. */
  carried?: { cells: CarriedCells; formats: string[][] };
}

/** Inserts the rows (or columns) a match found missing, after their predecessor; returns the complete map. */
function insertMissing(map: Array<number | null>, insert: (at: number, index: number) => void): number[] {
  const result = [...map];
  for (let i = 0; i < result.length; i++) {
    if (result[i] !== null) continue;
    const at = i === 0 ? 1 : result[i - 1]! + 1;
    insert(at, i);
    for (let j = 0; j < result.length; j++) if (result[j] !== null && result[j]! >= at) result[j]! += 1;
    result[i] = at;
  }
  return result as number[];
}

const indicatorKey = (code: Cell, heading: Cell) => (isBlank(code) ? (isBlank(heading) ? '' : `heading:${foldText(String(heading))}`) : codeKey(code));

/**
 * Codes under the header of "Đánh giá" that are no indicator's of the ruleset, on rows the match
 * did not recognise (by code, by wording or by place): a slip ("TC12", "TC2.l") on a row whose
 * wording was changed too, or an indicator the province removed from "Bộ tiêu chí" or gave another
 * code. Set-up cannot tell which indicator such a row holds, so it stops and names each cell, with
 * what to do in either case (a number, a date or a note in the code column is no code:
 * looksLikeCode). `names` are the sheets' names now: "Đánh giá"'s, then "Bộ tiêu chí"'s.
 */
function unknownCodes(spec: SheetSpec, content: Cell[][] | undefined, match: SheetMatch | undefined, rulesetId: string, names: [string, string]): string[] {
  const column = match?.columns[INDICATOR_COLUMNS.code] ?? null;
  if (!content || !match || column === null) return [];
  const keys = new Set(logicalKeys(spec));
  const header = match.rows[ASSESSMENT_FIRST_ROW - 2] ?? ASSESSMENT_FIRST_ROW - 1;
  const recognised = new Set(match.rows);
  const rows = content.flatMap((row, r) => {
    const cell = row[column - 1];
    return r + 1 > header && !recognised.has(r + 1) && looksLikeCode(cell) && !keys.has(codeKey(cell)) ? [r + 1] : [];
  });
  if (rows.length === 0) return [];
  const cells = rows.map((r) => `ô ${cellA1(r, column)}: ${describeCell(content[r - 1][column - 1])}`);
  const [assessment, table] = names;
  return [
    `Trang "${assessment}", ${cells.join(', ')} không phải mã chỉ tiêu nào trong trang "${table}" (${rulesetId}), nên chưa biết giá trị ở dòng ${rows.join(', ')} thuộc chỉ tiêu nào. ` +
      `Nếu mã gõ nhầm, hãy sửa lại cho đúng; nếu tỉnh đã đổi mã chỉ tiêu trong trang "${table}", hãy ghi mã mới vào ô; nếu chỉ tiêu đã bị bỏ khỏi bảng, hãy ghi lại nó vào bảng hoặc xoá mã ở ô (giá trị trên dòng vẫn còn nhưng không được tính nữa). Sau đó chạy lại.`,
  ];
}

/**
 * What set-up says of the template rows people deleted (null in `match`, as read) that it
 * re-created at `rows` (1-based, after the insertions), each once: a row of the template's text
 * alone (a title, a hint) comes back whole, one with inputs empty. A row without a label is named
 * by its formula (the commune line under the title of "Đánh giá"): re-created unnamed, it was
 * either left out of the message or, on a switch, not re-created and its place taken by the hint.
 * Rows without a label or a formula (blank spacers, people's own rows) are not the template's text.
 */
function recreatedRowMessages(sheetName: string, spec: SheetSpec, match: SheetMatch, rows: number[]): string[] {
  return rows.flatMap((row, r) => {
    if (match.rows[r] !== null) return [];
    const cells = spec.cells[r];
    const labelsOnly = !cells.some((cell) => cell?.kind === 'input');
    const formulaAt = cells.findIndex((cell) => cell?.kind === 'formula');
    const byFormula = labelsOnly && formulaAt >= 0 ? `dòng tự tính của mẫu (công thức ở ô ${cellA1(row, formulaAt + 1)})` : null;
    const what = match.labels[r] ? `dòng "${firstWords(match.labels[r])}"` : byFormula;
    if (!what) return [];
    const line = `Trang "${sheetName}": ${what} bị thiếu (có thể đã bị xoá) nên đã được tạo lại`;
    return [labelsOnly ? `${line} ở dòng ${row}, với nội dung của mẫu.` : `${line}, trống, ở dòng ${row}. ${RE_ENTER}`];
  });
}

/**
 * The indicators of "Đánh giá" by their wording (folded), each wording that is one indicator's
 * alone: how an archived row whose code was typed over is still known (readArchives).
 */
function itemWordings(spec: SheetSpec): Map<string, string> {
  const keys = logicalKeys(spec);
  const pairs = spec.cells.flatMap((row, r) => {
    const [code, name] = [row[INDICATOR_COLUMNS.code], row[INDICATOR_COLUMNS.name]];
    return code?.kind === 'label' && !isBlank(code.value) && name?.kind === 'label' && !isBlank(name.value) ? [[foldText(cellText(name.value)), keys[r]] as const] : [];
  });
  return new Map(pairs.filter(([wording]) => pairs.filter(([other]) => other === wording).length === 1));
}

/** The key of each logical row of "Đánh giá" from its first row: a code, or a criterion heading. */
function logicalKeys(spec: SheetSpec): string[] {
  const labelAt = (row: Array<CellSpec | null>, column: number): Cell => {
    const cell = row[column];
    return cell?.kind === 'label' ? cell.value : '';
  };
  return spec.cells.map((row) => indicatorKey(labelAt(row, INDICATOR_COLUMNS.code), labelAt(row, INDICATOR_COLUMNS.name)));
}

/**
 * Runs "Thiết lập / sửa mẫu" on `spreadsheet` at `now` (archive names carry it): see SetupResult.
 * A column people moved on a sheet read by column place ("Danh mục minh chứng", "Bộ tiêu chí") is
 * put back first, whole, and set-up runs again on the sheet as it then stands (the ruleset table is
 * read only once its columns are in place); `movedBack` is what that first run said, and a second
 * run never moves columns again. The columns of one spilling formula people dragged apart are
 * gathered the same way, moved first and set-up run again (`gathered`), once.
 */
export function setupWorkbook(spreadsheet: SpreadsheetLike, factories: SpreadsheetFactories, now: Date, movedBack: string[] = [], gathered = false): SetupResult {
  const messages: string[] = [...movedBack];
  const problems: string[] = [];
  const all = spreadsheet.getSheets();
  const names = all.map((s) => s.getName());
  const nameOf = (sheet: SheetLike) => names[all.indexOf(sheet)];
  const provisional = workbookSpec(resolveRuleset('TT25'));
  const { found, tagged } = identifySheets(names, all, problems);
  findByTitle(provisional.sheets, found, names, all);
  const contents = new Map<string, Cell[][]>();
  const shown = new Map<string, Cell[][]>();
  const readRanges = new Map<string, ReadRange>();
  const read = (spec: SheetSpec) => {
    const sheet = found.get(spec.name);
    if (sheet && !contents.has(spec.name)) {
      const cells = readContent(sheet, spec);
      contents.set(spec.name, cells.content);
      shown.set(spec.name, cells.shown);
      readRanges.set(spec.name, cells.read);
    }
    return contents.get(spec.name) ?? null;
  };
  // Sheets where set-up inserted rows or columns: the range read before no longer covers the same cells.
  const reshaped = new Set<string>();
  const specOf = (spec: typeof provisional, name: string) => spec.sheets.find((s) => s.name === name)!;

  // The ruleset first: the other sheets' layout depends on it.
  const infoContent = read(specOf(provisional, SHEETS.info));
  const tableContent = asTable(specOf(provisional, SHEETS.ruleset), read(specOf(provisional, SHEETS.ruleset)));
  const rulesetSheet = found.get(SHEETS.ruleset);
  const { ruleset, previous } = chooseRuleset(infoContent, tableContent, rulesetSheet ? nameOf(rulesetSheet) : SHEETS.ruleset, messages);
  const switching = previous !== null;
  const spec = workbookSpec(ruleset);
  for (const sheetSpec of spec.sheets) read(sheetSpec);

  // Match every existing sheet before changing anything: an ambiguous one stops set-up.
  const matches = new Map<string, SheetMatch>();
  // The columns of one spilling formula people dragged apart, put back side by side once set-up goes ahead.
  const gatherings = new Map<string, SpillGathering[]>();
  // Columns moved on a sheet read by column place, put back before set-up runs again.
  const putBack: Array<{ sheet: SheetLike; moves: ColumnMove[]; message: string }> = [];
  // A sheet of text alone that does not match whole is rewritten in place: what people typed on it is carried.
  const partial = new Map<string, SheetMatch>();
  // Formulas read renamed sheets by their new names (Sheets rewrote them): the spec's are compared so.
  const sheetNames = new Map([...found].map(([specName, sheet]) => [specName, nameOf(sheet)]));
  for (const sheetSpec of spec.sheets) {
    const content = contents.get(sheetSpec.name);
    if (!content) continue;
    const match = matchSheet(sheetSpec, content, sheetNames, looksOf(readRanges.get(sheetSpec.name)!.range));
    if (!MATCHED.has(sheetSpec.name)) {
      const byPosition = BY_POSITION.has(sheetSpec.name);
      const moved = byPosition ? movedColumnNames(sheetSpec, match, match.columns) : [];
      const inserted = byPosition && moved.length === 0 ? insertedColumns(match).map(columnLetter).join(', ') : '';
      const name = nameOf(found.get(sheetSpec.name)!);
      const back = moved.length > 0 && movedBack.length === 0 ? inTemplateOrder(match) : null;
      if (back) {
        // Put back once set-up goes ahead, each column whole with its content; before, set-up refused until people moved them.
        const places = match.columns.filter((p): p is number => p !== null).sort((a, b) => a - b);
        const list = moved.map((m) => `${headerLabel(sheetSpec, m.column)} từ cột ${columnLetter(m.at)} về cột ${columnLetter(places[m.column])}`).join(', ');
        putBack.push({
          sheet: found.get(sheetSpec.name)!,
          moves: back,
          message: `Trang "${name}": ${list}: các cột không theo thứ tự của mẫu (${headerOrder(sheetSpec)}) nên đã được chuyển về đúng chỗ, mỗi cột cùng nội dung của nó, vì trang này được đọc theo vị trí cột.`,
        });
      } else if (moved.length > 0) {
        problems.push(
          `Trang "${name}": ${moved.map((m) => m.text).join(', ')} không theo thứ tự của mẫu (${headerOrder(sheetSpec)}). Trang này được đọc theo vị trí cột, nên hãy kéo cột về đúng chỗ (nội dung đi cùng cột) rồi chạy lại.`,
        );
      } else if (inserted) {
        const last = headerLabel(sheetSpec, sheetSpec.cells[0].length - 1);
        problems.push(
          `Trang "${name}": cột ${inserted} nằm giữa các cột của mẫu (có thể đã được chèn thêm). Trang này được đọc theo vị trí cột, nên hãy chuyển nội dung cột ${inserted} (nếu cần giữ) sang bên phải ${last}, xoá cột ${inserted} rồi chạy lại.`,
        );
      } else if (complete(match, !isTextOnly(sheetSpec)) || (!isTextOnly(sheetSpec) && onlyMissing(match, content))) matches.set(sheetSpec.name, match);
      else if (isTextOnly(sheetSpec)) partial.set(sheetSpec.name, match);
      continue;
    }
    const name = nameOf(found.get(sheetSpec.name)!);
    if (sheetSpec.name === SHEETS.units) problems.push(...unitsUnderEndRow(name, match, content, ruleset));
    // "Đánh giá" is laid out in the former ruleset until a switch has rebuilt it.
    const laidOut = sheetSpec.name === SHEETS.assessment && previous ? specOf(workbookSpec(previous), SHEETS.assessment) : sheetSpec;
    const laidOutMatch = laidOut === sheetSpec ? match : matchSheet(laidOut, content, sheetNames);
    // A key found twice in the layout the sheet stands in stops a switch as it stops a repair: matched
    // against the new layout alone, a former code typed over another row ("TC1.3" over TC1.1's) was no
    // key there, and the switch archived both rows under one code, the other indicator's value lost to it.
    const duplicates = [...match.duplicates, ...laidOutMatch.duplicates.filter((d) => !match.duplicates.some((m) => m.label === d.label))];
    for (const d of duplicates) problems.push(`Trang "${name}": dòng "${d.label}" có ở ${d.rows.length} chỗ (dòng ${d.rows.join(', ')}). Hãy xoá hoặc sửa dòng thừa rồi chạy lại.`);
    problems.push(...rowsAmongSpill(name, laidOut, laidOutMatch));
    const split = splitColumns(laidOut, content, laidOutMatch);
    if (split.length > 0) problems.push(splitColumnsProblem(name, laidOut, split));
    const scattered = scatteredSpills(name, laidOut, laidOutMatch, content, laidOut !== sheetSpec);
    if (scattered.length > 0) gatherings.set(sheetSpec.name, scattered);
    const labelled = match.labels.filter(Boolean).length;
    const missing = match.labels.filter((label, r) => label && match.rows[r] === null).length;
    if (sheetSpec.name !== SHEETS.assessment && !allBlank(content) && missing * 2 > labelled) {
      problems.push(
        `Không nhận ra cấu trúc trang "${name}": thiếu ${missing}/${labelled} dòng của mẫu. Hãy khôi phục trang (Tệp → Nhật ký phiên bản) hoặc đổi tên trang này rồi chạy lại để tạo trang mới.`,
      );
    }
    matches.set(sheetSpec.name, match);
  }
  const currentName = (specName: string) => (found.has(specName) ? nameOf(found.get(specName)!) : specName);
  if (!switching) {
    const names: [string, string] = [currentName(SHEETS.assessment), currentName(SHEETS.ruleset)];
    problems.push(...unknownCodes(specOf(spec, SHEETS.assessment), contents.get(SHEETS.assessment), matches.get(SHEETS.assessment), ruleset.id, names));
  }
  if (problems.length > 0) {
    // After columns were put back (a first run), those moves are made; nothing else is.
    const unchanged = movedBack.length > 0 ? 'Ngoài các cột đã chuyển về đúng chỗ nói trên, chưa thay đổi gì khác trong bảng tính.' : 'Chưa thay đổi gì trong bảng tính.';
    return { rulesetId: ruleset.id, created: [], updated: [], archive: null, messages: [...movedBack, ...problems, unchanged], refused: true };
  }
  if (putBack.length > 0) {
    for (const { sheet, moves } of putBack) moveColumns(sheet, moves);
    return setupWorkbook(
      spreadsheet,
      factories,
      now,
      putBack.map((p) => p.message),
    );
  }
  // Moved on the sheet first, whole; then set-up runs again on the workbook as it then stands, as if
  // people had left them there. Every sheet is read again, not only the moved one: Sheets rewrites
  // each formula that reads a moved or shifted column, on any sheet ("Kết quả" reads codes and values
  // of "Đánh giá"), so what was read of them before is stale. Before, "Kết quả" was planned from that
  // stale read and kept the formulas the move had shifted ('Đánh giá'!I5:I25 for the codes in A).
  // A run that gathered never gathers again (the moves leave those columns side by side), so this never loops.
  if (gatherings.size > 0 && !gathered) {
    for (const [specName, scattered] of gatherings) {
      moveColumns(
        found.get(specName)!,
        scattered.flatMap((g) => g.moves),
      );
    }
    const said = [...gatherings.values()].flatMap((scattered) => scattered.map((g) => g.message));
    return setupWorkbook(spreadsheet, factories, now, [...movedBack, ...said], true);
  }

  // What each formula shows, read before rows or columns are inserted: an error means its area holds typed text.
  const formulaShows = new Map(spec.sheets.map((sheetSpec) => [sheetSpec.name, formulaResults(matches.get(sheetSpec.name), shown.get(sheetSpec.name) ?? [])] as const));

  const assessmentSpec = specOf(spec, SHEETS.assessment);
  const assessmentContent = contents.get(SHEETS.assessment) ?? null;
  const assessmentMatch = matches.get(SHEETS.assessment) ?? null;
  // Rows of "Đánh giá" are rebuilt (values following their code) when the ruleset is switched; a
  // code of no indicator otherwise stopped set-up above (unknownCodes), so a slip never rebuilds.
  const keys = logicalKeys(assessmentSpec);
  let headerRow = assessmentMatch?.rows[ASSESSMENT_FIRST_ROW - 2] ?? ASSESSMENT_FIRST_ROW - 1;
  const rebuild = assessmentContent !== null && switching;
  // The assessment year (0 when not filled in): a switch's archive is of the year it was made in.
  const year = infoContent ? readInfo(infoContent).info.year : 0;

  // The evidence list as read, where its match found it (else as laid out): a deleted link column's links may still be there.
  const evidenceList = (): ListOnSheet | null => {
    const [sheet, content, match] = [found.get(SHEETS.evidence), contents.get(SHEETS.evidence), matches.get(SHEETS.evidence)];
    if (!sheet || !content) return null;
    const place = match ? { headerRow: match.rows[EVIDENCE_HEADER_ROW - 1] ?? EVIDENCE_HEADER_ROW, columns: match.columns } : LAID_OUT;
    return { name: nameOf(sheet), content, ...place };
  };

  let archive: string | null = null;
  const plans = new Map<string, Plan>();
  // The template's texts of every ruleset (and the one switched from): another's wording is not people's.
  const known = [spec, ...BUILT_IN_RULESETS.map(workbookSpec), ...(previous ? [workbookSpec(previous)] : [])];
  // Text typed over a row's key, which repair writes back (match.restored), goes to the archive of
  // typed-over labels (archiveTyped): named in the key's message, before that archive is written.
  // Its name depends on no sheet set-up adds first (a switch's archive is "Lưu trữ TT25 …").
  const labelArchive = archiveName(new Set(names), 'ô của mẫu', now);
  const keptKeys = new Map<string, SheetMatch['restored']>();
  // A list people lengthen ("Danh mục minh chứng"): rows below the template's are theirs, never emptied.
  const lists = new Set(spec.namedRanges.flatMap((n) => (n.grows ? [n.sheet] : [])));
  for (const sheetSpec of spec.sheets) {
    const sheet = found.get(sheetSpec.name);
    const content = contents.get(sheetSpec.name);
    if (!sheet || !content) continue;
    const name = nameOf(sheet);
    const match = matches.get(sheetSpec.name);
    const width = sheetSpec.cells[0].length;
    if (!match) {
      const former = previous ? workbookSpec(previous).sheets.find((s) => s.name === sheetSpec.name) : undefined;
      const text = partial.get(sheetSpec.name);
      const cells = text ? carriedCells(sheetSpec, text, content) : null;
      plans.set(sheetSpec.name, {
        placement: identityPlacement(name, sheetSpec.cells.length, width),
        kept: (r, c) => content[r - 1]?.[c - 1],
        clearTo: lists.has(sheetSpec.name) ? 0 : content.length,
        former,
        // Another ruleset's text where the old layout had a label is the template's, not a note.
        displaced: former && !text ? displacedNotes(sheetSpec, former, content, templateTexts([sheetSpec, former, ...BUILT_IN_RULESETS.map((r) => specOf(workbookSpec(r), sheetSpec.name))])) : [],
        carried: cells && cells.moves.length > 0 ? { cells, formats: readRanges.get(sheetSpec.name)!.range.getNumberFormats() } : undefined,
      });
      continue;
    }
    const recreated: number[] = [];
    // What the cells showed moves with them, as their content does: formerResults reads both, cell for cell.
    const cellsShown = shown.get(sheetSpec.name) ?? [];
    const movedOut: Array<{ from: number; to: number }> = [];
    // The old rows as a repair finds them in the former ruleset's layout: with the template's looks, so a
    // criterion heading whose text went with a deleted column B is found by what remains of it (its grey cells).
    let formerMatch: SheetMatch | null = null;
    if (sheetSpec.name === SHEETS.assessment && rebuild) {
      // Every row above the header people deleted (the title, the commune line's formula, the hint)
      // comes back where it belongs, as a repair re-creates it: placed as read, the title went over
      // the commune's line, a deleted formula row was not re-created and the hint took its place,
      // so the template's own text (or a note typed over the hint) was named as typed in a computed cell.
      // Found as the former ruleset laid them out: its hint and commune line are not the new one's
      // (another wording, another name in the formula), so the new layout took a deleted row's
      // neighbour for it and re-created the neighbour instead.
      const header = ASSESSMENT_FIRST_ROW - 2;
      const asLaidOut = matchSheet(specOf(workbookSpec(previous ?? ruleset), SHEETS.assessment), content, sheetNames);
      if (match.rows[header] !== null && asLaidOut.rows[header] === match.rows[header]) {
        const above = insertMissing(asLaidOut.rows.slice(0, header + 1), (at) => {
          sheet.insertRowsBefore(at, 1);
          reshaped.add(sheetSpec.name);
          content.splice(at - 1, 0, new Array<Cell>(content[0]?.length ?? 0).fill(''));
          cellsShown.splice(at - 1, 0, new Array<Cell>(cellsShown[0]?.length ?? 0).fill(''));
        });
        const added = above[header] - match.rows[header]!;
        // Named with the new layout's labels (what is written there now); a row as the former layout found it.
        messages.push(...recreatedRowMessages(name, sheetSpec, { ...match, rows: asLaidOut.rows }, above));
        // The rows below the header all moved down by the rows inserted above it.
        match.rows = [...above, ...match.rows.slice(header + 1).map((p) => (p === null ? null : p + added))];
        headerRow += added;
      }
      formerMatch = matchSheet(specOf(workbookSpec(previous ?? ruleset), SHEETS.assessment), content, sheetNames, looksOf(readRanges.get(sheetSpec.name)!.range));
      asFormerColumns(match, formerMatch);
      movedOut.push(
        ...placeResultsAsFormer(
          match,
          formerMatch,
          (column) => content.some((row) => !isBlank(row[column - 1] ?? '')),
          (at) => {
            sheet.insertColumnsBefore(at, 1);
            for (const row of [...content, ...cellsShown]) row.splice(at - 1, 0, '');
          },
        ),
      );
      // Moved on the sheet itself, header and formats included, before anything reads or writes it.
      for (const { from, to } of movedOut) {
        const [source, target] = [sheet.getRange(1, from, content.length, 1), sheet.getRange(1, to, content.length, 1)];
        target.setNumberFormats(source.getNumberFormats());
        target.setValues(content.map((row) => [row[from - 1] ?? '']));
        source.setValues(content.map(() => ['']));
        for (const row of [...content, ...cellsShown]) [row[to - 1], row[from - 1]] = [row[from - 1] ?? '', ''];
      }
      // The cells moved: what was read there is no longer what the sheet holds.
      if (movedOut.length > 0) reshaped.add(sheetSpec.name);
    }
    const columns = insertMissing(match.columns, (at, column) => {
      sheet.insertColumnsBefore(at, 1);
      reshaped.add(sheetSpec.name);
      for (const row of [...content, ...cellsShown]) row.splice(at - 1, 0, '');
      recreated.push(column);
    });
    // A labelled column placed past the last one read was deleted at the sheet's end: written anew there.
    const read = readRanges.get(sheetSpec.name)!.columns;
    match.columns.forEach((p, c) => {
      if (p !== null && p > read && sheetSpec.cells.some((row) => row[c]?.kind === 'label' && !isBlank(row[c]!.value))) recreated.push(c);
    });
    // Named once the rows are placed: the message gives the cells an input column held.
    const elsewhere = (column: number) =>
      sheetSpec.name === SHEETS.assessment && column === INDICATOR_COLUMNS.evidence ? listedLinks(evidenceList(), previous ? [ruleset, previous] : [ruleset]) : null;
    // On a switch the results columns are the new ruleset's, laid where the former ones stood or past them
    // (placeResultsAsFormer): none is a former column re-created, and named so by the former header
    // ("Kết quả Mức độ 2" … tạo lại ở cột K, where TT44 writes "Tối đa") the line was false.
    const columnMessages = (laidOut: SheetSpec, rows: number[]) =>
      recreated
        .filter((column) => !rebuild || sheetSpec.name !== SHEETS.assessment || column < INDICATOR_WIDTH)
        .map((column) => recreatedColumn(name, laidOut, column, { name, rows, columns }, elsewhere(column)));
    if (sheetSpec.name === SHEETS.assessment && rebuild) {
      const width = Math.max(...columns);
      const block = oldIndicatorRows(content, headerRow, columns);
      const results = formerResults(content, shown.get(SHEETS.assessment) ?? [], previous ?? ruleset, sheetNames);
      const beside = besideBlock(block, headerRow + 1, columns, results, content[0].length, content[headerRow - 1] ?? []);
      archive = archiveName(new Set(names), (previous ?? ruleset).id, now);
      const formerSpec = specOf(workbookSpec(previous ?? ruleset), SHEETS.assessment);
      const formerOrder = logicalKeys(formerSpec);
      const formerKeys = new Set(formerOrder.filter(Boolean));
      // Each old row is the indicator (or criterion heading) a repair would take it for (formerMatch: by
      // its code, else by its wording or its place, a heading by its look), not only by what its code
      // cell reads: a code typed over, or a heading emptied with column B, made the row one of the
      // commune's, so its value left with the row above's and did not come back (session 18).
      const foundAs = new Map<number, number>();
      formerMatch!.rows.forEach((p, r) => {
        if (p !== null && r >= ASSESSMENT_FIRST_ROW - 1 && formerOrder[r]) foundAs.set(p, r);
      });
      /** The former spec's row each row of the block was found as, if any. */
      const formerRows = block.map((_, i) => foundAs.get(headerRow + 1 + i));
      const keyOf = (logical: Cell[]) => {
        const key = indicatorKey(logical[INDICATOR_COLUMNS.code], logical[INDICATOR_COLUMNS.name]);
        return formerKeys.has(key) ? key : '';
      };
      const blockKeys = block.map((row, i) => (formerRows[i] === undefined ? keyOf(row.logical) : formerOrder[formerRows[i]]));
      // The archive is read back by each row's code or heading: a key cell left empty (its column deleted) gets the template's.
      const archiveRows = block.map((row, i) => {
        const r = formerRows[i];
        const labelAt = (c: number) => (r === undefined ? null : formerSpec.cells[r][c]);
        return row.logical.map((cell, c) => {
          const own = labelAt(c);
          return isBlank(cell) && (c === INDICATOR_COLUMNS.code || c === INDICATOR_COLUMNS.name) && own?.kind === 'label' ? own.value : cell;
        });
      });
      writeArchive(spreadsheet, archive, name, year, [...ARCHIVE_HEADER, ...beside.header], [...archiveRows.map((row, i) => [...row, ...beside.cells[i]])], tableContent, all.length);
      messages.push(`Dữ liệu cũ của trang "${name}" được lưu ở trang "${archive}".`);
      // A key typed over is named as a repair names it; what was typed is in the archive, on the row's own line.
      for (const { row: r, column, was } of formerMatch!.restored) {
        const p = formerMatch!.rows[r];
        if (p === null || isBlank(was) || r < ASSESSMENT_FIRST_ROW - 1 || formerMatch!.columns[column] === null) continue;
        messages.push(
          `Trang "${name}", dòng ${p}: ô ${cellA1(p, columns[column])} ghi ${describeCell(was)}, khác với mẫu; dòng được nhận là của "${formerMatch!.labels[r]}" theo các ô khác của nó và đi cùng chỉ tiêu này, nội dung ô được lưu ở trang "${archive}".`,
        );
      }
      const segments = segment(
        blockKeys,
        block.map((row) => row.physical.every(isBlank)),
        headerRow + 1,
        (key) => formerOrder.indexOf(key),
      );
      // Values of codes that are not here come back from the newest archive that has them, with their rows.
      const indicatorKeys = keys.slice(ASSESSMENT_FIRST_ROW - 1);
      const missingKeys = indicatorKeys.filter((k) => k && !segments.groups.has(k));
      const { groups: archived, otherYears } =
        missingKeys.length > 0 ? readArchives(all, names, missingKeys, keys, columns, year, itemWordings(assessmentSpec)) : { groups: new Map<string, ArchivedGroup>(), otherYears: [] };
      for (const other of otherYears) {
        messages.push(
          `Trang "${other.archive}" giữ dữ liệu của năm ${other.year} nên không được đưa vào năm đánh giá ${year}: các chỉ tiêu ${ruleset.id} chưa có trên trang "${name}" được để trống. Nếu cần, hãy xem hoặc chép từ trang lưu trữ đó.`,
        );
      }
      // Columns people inserted among the template's (a notes column before the results): theirs, kept on the page with their rows.
      const theirs = Array.from({ length: width }, (_, c) => c + 1).filter((c) => !columns.includes(c));
      const result = regroup(content, headerRow, segments, indicatorKeys, archived, width, theirs);
      // Rows are named by their code, a criterion heading by the code it starts with ("TC2. …" → "TC2").
      const labels = new Map<string, string>(keys.map((key, r) => [key, match.labels[r]] as const));
      archiveRows.forEach((row, i) => {
        const r = formerRows[i];
        labels.set(blockKeys[i], r !== undefined ? formerMatch!.labels[r] : cellText(isBlank(row[INDICATOR_COLUMNS.code]) ? row[INDICATOR_COLUMNS.name] : row[INDICATOR_COLUMNS.code]));
      });
      const outside = (row: number, fromArchive: boolean) =>
        communeCells(row, fromArchive ? (result.sources[row - headerRow - 1]?.cells ?? []) : (content[row - 1] ?? []), (c) => c > width || theirs.includes(c), content[headerRow - 1] ?? []);
      messages.push(...regroupMessages(name, archive, ruleset.id, (previous ?? ruleset).id, result, (key) => labels.get(key) ?? key, outside));
      const rows = keys.map((_, r) => (r < ASSESSMENT_FIRST_ROW - 1 ? (match.rows[r] ?? r + 1) : result.rows[r - (ASSESSMENT_FIRST_ROW - 1)]));
      // A deleted column's cells are named where the former ruleset had them, not where the new one puts its rows.
      messages.push(
        ...columnMessages(
          formerSpec,
          matchSheet(formerSpec, content, sheetNames).rows.map((p, r) => p ?? r + 1),
        ),
      );
      // Rows are written back in the new ruleset's order: only columns can stay out of the template's.
      messages.push(...orderMessages(name, sheetSpec, match, { name, rows, columns }, false));
      const others = columns.slice(INDICATOR_WIDTH);
      const left = [...segments.groups].filter(([key]) => !indicatorKeys.includes(key)).map(([, group]) => group.row);
      messages.push(...theirColumns(name, ruleset.id, [...theirs, ...movedOut.map((m) => m.to)], movedOut, headerRow, content, others));
      messages.push(...resultColumnNotes(name, archive, result, { headerRow, others, left, content, former: results, spilled: spillsInto(sheetSpec, { name, rows, columns }) }));
      const layout = (r: number) => (r <= headerRow ? content[r - 1] : result.sources[r - headerRow - 1]?.cells);
      const formats = result.moves.length > 0 || result.orphans.length > 0 ? sheet.getRange(1, 1, content.length, content[0].length).getNumberFormats() : [];
      plans.set(sheetSpec.name, {
        placement: { name, rows, columns },
        kept: (r, c) => layout(r)?.[c - 1],
        clearTo: Math.max(content.length, headerRow + result.sources.length),
        regrouped: { result, headerRow, width, content, formats },
      });
      continue;
    }
    const inserted: number[] = [];
    const rows = insertMissing(match.rows, (at) => {
      sheet.insertRowsBefore(at, 1);
      reshaped.add(sheetSpec.name);
      content.splice(at - 1, 0, []);
      cellsShown.splice(at - 1, 0, []);
      inserted.push(at);
    });
    messages.push(...columnMessages(sheetSpec, rows), ...orderMessages(name, sheetSpec, match, { name, rows, columns }, true));
    messages.push(...recreatedRowMessages(name, sheetSpec, match, rows));
    const specs = known.map((s) => specOf(s, sheetSpec.name));
    const kept = match.restored.filter((k) => match.columns[k.column] !== null && typedOverKey(k.was, match.labels[k.row], keyTexts(sheetSpec, k.row, specs)));
    keptKeys.set(sheetSpec.name, kept);
    messages.push(...emptiedKeyMessages(name, sheetSpec, match, { name, rows, columns }, content, inserted, (k) => (kept.includes(k) ? labelArchive : null)));
    plans.set(sheetSpec.name, { placement: { name, rows, columns }, kept: (r, c) => content[r - 1]?.[c - 1], clearTo: 0 });
  }

  const typed = spec.sheets.flatMap((sheetSpec) => {
    const plan = plans.get(sheetSpec.name);
    const content = contents.get(sheetSpec.name);
    const match = matches.get(sheetSpec.name);
    if (!plan || !content) return [];
    // What each cell shows, as `content` (rows and columns set-up inserted included).
    const cellsShown = shown.get(sheetSpec.name) ?? [];
    // A rebuilt "Đánh giá" has every cell of its old block, its results columns included, in the
    // switch's archive; not the rows above it: a header typed over the results', or text typed
    // over the title's formula (A2), is only found here.
    const above = plan.regrouped?.headerRow;
    const computed = typedInComputed(sheetSpec, plan.placement, content, formulaShows.get(sheetSpec.name)!, sheetNames, (r, c) => cellsShown[r - 1]?.[c - 1] ?? '')
      .filter((cell) => above === undefined || cell.row <= above)
      .map((cell) => ({ ...cell, over: 'computed' as const }));
    // Labels only where the sheet was matched: a sheet rewritten in place holds another layout's cells there.
    const specs = match ? known.map((s) => specOf(s, sheetSpec.name)) : null;
    // A key written back is named by emptiedKeyMessages, which a rebuilt page does not reach.
    const restoredKey = (r: number, c: number) => above === undefined && match!.restored.some((k) => k.row === r && k.column === c);
    const labels = specs
      ? typedOverLabels(sheetSpec, plan.placement, content, specs, restoredKey)
          .filter((cell) => above === undefined || cell.row <= above)
          .map((cell) => ({ ...cell, over: 'label' as const }))
      : [];
    // Named by emptiedKeyMessages with this archive; what the row is, by the key written back.
    const keys = (keptKeys.get(sheetSpec.name) ?? []).map((k) => ({
      row: plan.placement.rows[k.row],
      column: plan.placement.columns[k.column],
      value: k.was,
      rowLabel: match!.labels[k.row],
      over: 'key' as const,
    }));
    return [...keys, ...labels, ...computed].map((cell) => ({ sheet: plan.placement.name, ...cell }));
  });
  if (typed.length > 0) {
    const kind = typed.some((t) => t.over !== 'computed') ? 'ô của mẫu' : 'ô tự tính';
    messages.push(...archiveTyped(spreadsheet, typed, archiveName(new Set([...names, archive ?? '']), kind, now), all.length + (archive ? 1 : 0)));
  }

  // A sheet of the template the new ruleset has no use for (the counts, under TT44) keeps what people entered.
  for (const [specName, sheet] of switching ? found : []) {
    if (!spec.sheets.some((s) => s.name === specName)) messages.push(`Trang "${nameOf(sheet)}" không dùng với bộ tiêu chí ${ruleset.id} nên được để nguyên, số liệu trên trang không bị xoá.`);
  }

  const created: string[] = [];
  const updated: string[] = [];
  spec.sheets.forEach((sheetSpec, index) => {
    if (found.has(sheetSpec.name)) return;
    const sheet = spreadsheet.insertSheet(sheetSpec.name, Math.min(index, all.length + created.length));
    found.set(sheetSpec.name, sheet);
    created.push(sheetSpec.name);
    plans.set(sheetSpec.name, { placement: identityPlacement(sheetSpec.name, sheetSpec.cells.length, sheetSpec.cells[0].length), kept: () => undefined, clearTo: 0 });
  });
  // Sheets rewrote every formula that reads a sheet set-up inserted rows or columns in, on any sheet
  // ("Kết quả" reads "Đánh giá"): such a sheet no longer holds what was read either, so all of it is
  // written. Before, a formula read as the template's was taken as written, and the insertion had
  // shifted it ('Đánh giá'!F5:F25 for the values in E after a deleted column was re-created).
  const insertedIn = [...reshaped].map((specName) => nameOf(found.get(specName)!));
  for (const [specName, content] of contents) if (readsAny(content, insertedIn)) reshaped.add(specName);
  const placements = new Map([...plans].map(([specName, plan]) => [specName, plan.placement] as const));
  const rangesOf = new Map<string, (a1: string) => RangeLike>();
  const areas = new Map<string, RangeLike>();
  for (const sheetSpec of spec.sheets) {
    const sheet = found.get(sheetSpec.name)!;
    const plan = plans.get(sheetSpec.name)!;
    const isNew = created.includes(sheetSpec.name);
    if (!isNew) updated.push(plan.placement.name);
    const kept = sheetSpec.name === SHEETS.ruleset && switching ? () => undefined : plan.kept;
    const current = reshaped.has(sheetSpec.name) ? undefined : readRanges.get(sheetSpec.name);
    const applied = applySheet({ sheet, spec: sheetSpec, isNew, placement: plan.placement, placements, kept, clearTo: plan.clearTo, former: plan.former, current }, factories);
    if (plan.displaced?.length) messages.push(moveDisplaced(sheet, plan.placement.name, plan.displaced, ruleset.id, shown.get(sheetSpec.name) ?? []));
    const regrouped = plan.regrouped;
    if (regrouped) writeRegrouped(sheet, regrouped.result, regrouped.headerRow, regrouped.width, regrouped.content, regrouped.formats, spillsInto(sheetSpec, plan.placement));
    if (plan.carried) messages.push(moveCarried(sheet, plan.placement.name, sheetSpec, plan.carried.cells, plan.carried.formats, contents.get(sheetSpec.name)!));
    rangesOf.set(sheetSpec.name, applied.rangeOf);
    areas.set(sheetSpec.name, applied.area);
    if (!tagged.has(sheetSpec.name)) sheet.addDeveloperMetadata(sheetTagKey(SHEET_KEYS.get(sheetSpec.name)!));
  }

  applyNamedRanges(spreadsheet, spec.namedRanges, rangesOf, placements, created);
  // Sheets kept in shape since they were read: what each cell held and showed then is where it is now.
  const before = new Map<string, Before>();
  for (const [name, content] of contents) if (!reshaped.has(name)) before.set(name, { content, shown: shown.get(name) ?? [] });
  messages.push(...checkWrittenFormulas(spec, found, areas, placements, before));
  return { rulesetId: ruleset.id, created, updated, archive, messages, refused: false };
}

/** Whether `content` (a sheet as read) holds a formula that reads a sheet named in `sheetNames`, quoted or not. */
function readsAny(content: Cell[][], sheetNames: string[]): boolean {
  const prefixes = sheetNames.flatMap((name) => [sheetRef(name, ''), `${name}!`]);
  return content.some((row) => row.some((cell) => typeof cell === 'string' && cell.startsWith('=') && prefixes.some((prefix) => cell.includes(prefix))));
}

/**
 * Writes people's notes where `displacedNotes` moves them (after the sheet was rewritten, which
 * emptied where they were), a text under the text format so it is not re-read, a formula as a
 * formula: one that showed something else than its text (`shown`, the sheet as read), where a
 * "=…" typed under "@" shows itself. Returns the message.
 */
function moveDisplaced(sheet: SheetLike, name: string, notes: DisplacedNote[], rulesetId: string, shown: Cell[][]): string {
  for (const note of notes) {
    const cell = sheet.getRange(note.row, note.to, 1, 1);
    const formula = typeof note.value === 'string' && note.value.startsWith('=') && shown[note.row - 1]?.[note.column - 1] !== note.value;
    if (typeof note.value === 'string' && !formula) cell.setNumberFormats([['@']]);
    cell.setValues([[note.value]]);
  }
  // Each row named as it reads after the rewrite (its number and the new layout's label there).
  const row = (n: DisplacedNote) => (n.rowLabel ? ` (dòng ${n.row}, "${firstWords(n.rowLabel)}")` : '');
  const moves = notes.map((n, i) => `${i === 0 ? '' : ', '}ô ${cellA1(n.row, n.column)} (${describeCell(n.value)})${i === 0 ? ' đã được chuyển' : ''} sang ô ${cellA1(n.row, n.to)}${row(n)}`);
  return `Trang "${name}" được viết lại theo bộ tiêu chí ${rulesetId}, nên nội dung nhập tay ở ${moves.join('')}, cùng dòng, bên phải phần của mẫu.`;
}

/**
 * Writes what people typed on a sheet of text alone where `carriedCells` moves it, after the
 * rewrite wrote the template's lines: the columns right of the lines on their rows, then whole
 * rows below them. Typed text goes under the text format, so "0912345678" is not re-read as a
 * number; anything else keeps the format it had. Returns the message naming each move.
 */
function moveCarried(sheet: SheetLike, name: string, spec: SheetSpec, carried: CarriedCells, formats: string[][], content: Cell[][]): string {
  const [lines, width] = [spec.cells.length, spec.cells[0].length];
  const values = carried.arrange(content, '');
  const shown = carried.arrange(formats, 'General');
  const write = (row: number, column: number, rows: Cell[][], rowFormats: string[][]) => {
    if (rows.length === 0 || rows[0].length === 0) return;
    const range = sheet.getRange(row, column, rows.length, rows[0].length);
    range.setNumberFormats(rows.map((cells, r) => cells.map((cell, c) => keptFormat(cell, rowFormats[r][c]))));
    range.setValues(rows);
  };
  write(
    1,
    width + 1,
    values.slice(0, lines).map((row) => row.slice(width)),
    shown.slice(0, lines).map((row) => row.slice(width)),
  );
  write(lines + 1, 1, values.slice(lines), shown.slice(lines));
  const cellsOf = (row: number, from: number) =>
    (content[row - 1] ?? [])
      .slice(from)
      .filter((cell) => !isBlank(cell))
      .map((cell) => describeCell(cell));
  const moves = carried.moves.map(({ from, to, beside, edited }) =>
    beside
      ? `ô ${cellA1(from, width + 1)} (${cellsOf(from, width).join(', ')}) chuyển sang ô ${cellA1(to, width + 1)}, cạnh dòng hướng dẫn của nó`
      : edited
        ? `dòng ${from} (${cellsOf(from, 0).join(', ')}), khác với dòng hướng dẫn của mẫu ở đó, được chép xuống dòng ${to} và dòng ${from} được ghi lại như mẫu`
        : `dòng ${from} (${cellsOf(from, 0).join(', ')}) chuyển xuống dòng ${to}`,
  );
  return `Trang "${name}" được ghi lại theo mẫu hiện hành. Nội dung không có trong hướng dẫn của mẫu (xã ghi thêm, hoặc của hướng dẫn cũ) được giữ: ${moves.join(', ')}.`;
}

/**
 * What repair did with rows whose key someone emptied: the key written back where the row was
 * recognised; otherwise the row left as it is and named with its values, beside the rows
 * re-created empty, so the user can move them. `inserted` are the rows inserted since matching,
 * in order; `content` and `placement` are the sheet after them.
 */
function emptiedKeyMessages(
  name: string,
  spec: SheetSpec,
  match: SheetMatch,
  placement: Placement,
  content: Cell[][],
  inserted: number[],
  archivedIn: (key: SheetMatch['restored'][number]) => string | null,
): string[] {
  const { rows, columns } = placement;
  // Keys of a column that was deleted are written back with it, as its message says.
  const restored = match.restored.flatMap((key) => {
    const { row, column, was } = key;
    if (match.columns[column] === null) return [];
    const cell = `ô ${columnLetter(columns[column])}${rows[row]}`;
    const before = isBlank(was) ? 'trống' : `ghi ${describeCell(was)}, khác với mẫu,`;
    // What was typed there is kept in an archive (typedOverKey), named here only: the archive's own message leaves it out.
    const archive = archivedIn(key);
    const kept = archive ? ` Nội dung đã nhập ở ô được chép sang trang "${archive}".` : '';
    return [`Trang "${name}", dòng ${rows[row]}: ${cell} ${before} nên đã ghi lại "${match.labels[row]}".${kept}`];
  });
  // Only a missing row that holds values can be where an orphan's values belong: a row of the template's text alone (a list's hint) holds none (review 14 F7).
  const holdsValues = (r: number) => spec.cells[r].some((cell) => cell?.kind === 'input');
  const missing = match.labels.flatMap((label, r) => (label && match.rows[r] === null && holdsValues(r) ? [`"${label}" (dòng ${rows[r]})`] : []));
  // The spec's labels and results are not people's values (a spill shows its results there).
  const people = (column: number) => {
    const c = columns.indexOf(column);
    return c < 0 || spec.cells.some((row) => row[c]?.kind === 'input');
  };
  const orphans = (missing.length === 0 ? [] : match.orphans).map((row) => {
    const at = inserted.reduce((p, i) => (p >= i ? p + 1 : p), row);
    const cells = (content[at - 1] ?? []).flatMap((cell, c) => (isBlank(cell) || !people(c + 1) ? [] : [`${columnLetter(c + 1)}${at}: ${describeCell(cell)}`]));
    const noun = spec.rowKey ?? 'nhãn';
    return `Dòng ${at} của trang "${name}" có giá trị nhưng không có ${noun}: ${cells.join(', ')}. Dòng này được để nguyên; nếu đó là giá trị của ${missing.join(' hoặc ')}, hãy chép sang dòng đó rồi xoá dòng ${at}.`;
  });
  return [...restored, ...orphans];
}

/**
 * What each formula of a sheet showed before set-up, by its spill area; '' where it was not found.
 * Copied when called: the match's positions are those of the sheet as read, before set-up inserts
 * the rows and columns it found missing (which the sheet's `shown` then follows).
 */
function formulaResults(match: SheetMatch | undefined, cells: Cell[][]): (area: SpillArea) => Cell {
  const shown = cells.map((row) => [...row]);
  return (area) => {
    // Where the formula stands as the sheet was read: atop the rows it reads (spillAnchor).
    const { row, column } = match ? spillAnchor(area, match.rows, match.columns) : { row: area.row + 1, column: area.column + 1 };
    return Number.isFinite(row) && Number.isFinite(column) ? (shown[row - 1]?.[column - 1] ?? '') : '';
  };
}

/**
 * Copies what people typed into computed cells (`over: 'computed'`) or over the template's text
 * (`over: 'label'`; `'key'`: a row's key written back, which emptiedKeyMessages names) to a new
 * archive sheet (cell by cell, in the year archive's columns), before set-up writes the template
 * back there; returns the messages, a sheet's cells of each kind together.
 */
function archiveTyped(spreadsheet: SpreadsheetLike, typed: Array<TypedInComputed & { sheet: string; over: 'computed' | 'label' | 'key' }>, name: string, position: number): string[] {
  const header = [...YEAR_ARCHIVE_HEADER];
  const pad = (row: Cell[]) => [...row, ...new Array<Cell>(header.length - row.length).fill('')];
  const labels = typed.some((t) => t.over !== 'computed');
  const rows = [
    pad([labels ? 'NỘI DUNG NHẬP TAY Ở Ô CỦA MẪU' : 'NỘI DUNG NHẬP TAY Ở Ô TỰ TÍNH']),
    pad([
      labels
        ? 'Các ô này do mẫu ghi (chữ của mẫu, công thức và kết quả tự tính); "Thiết lập / sửa mẫu" đã ghi lại chúng như mẫu và chép nội dung nhập tay sang đây.'
        : 'Các ô này do công thức tính; "Thiết lập / sửa mẫu" đã làm trống chúng để kết quả hiện lại và chép nội dung sang đây.',
    ]),
    pad([]),
    header,
    ...typed.map((t) => pad([t.sheet, t.header ? 'dòng tiêu đề' : t.rowLabel, cellA1(t.row, t.column), t.value, '', ''])),
  ];
  const sheet = spreadsheet.insertSheet(name, position);
  const range = sheet.getRange(1, 1, rows.length, header.length);
  // Typed text stays text ("0123" is not re-read as a number).
  range.setNumberFormats(rows.map((row) => row.map((cell) => (typeof cell === 'string' ? '@' : 'General'))));
  range.setValues(rows);
  const groups = new Map<string, { sheet: string; over: 'computed' | 'label'; cells: string[] }>();
  // A row's key typed over is named by its own message (emptiedKeyMessages), with this archive.
  for (const t of typed) {
    if (t.over === 'key') continue;
    const key = `${t.sheet}|${t.over}`;
    const group = groups.get(key) ?? groups.set(key, { sheet: t.sheet, over: t.over, cells: [] }).get(key)!;
    const row = t.over !== 'label' ? '' : t.header ? 'tiêu đề cột: ' : t.rowLabel ? `dòng "${t.rowLabel}": ` : '';
    group.cells.push(`${cellA1(t.row, t.column)} (${row}${describeCell(t.value)})`);
  }
  return [...groups.values()].map(({ sheet: sheetName, over, cells }) =>
    over === 'label'
      ? `Trang "${sheetName}": ${cells.map((c) => `ô ${c}`).join(', ')} khác với chữ của mẫu; nội dung đã được chép sang trang "${name}" và ô được ghi lại chữ của mẫu.`
      : `Trang "${sheetName}": ô tự tính ${cells.join(', ')} có nội dung nhập tay; nội dung đã được chép sang trang "${name}" và ô được làm trống để kết quả hiện lại.`,
  );
}

/**
 * What repair says of the rows and columns of a sheet found out of the template's order (people
 * sorted rows, moved columns; `outOfOrder` names the fewest that stand out; `rows` false leaves
 * rows out): each is kept where it stands with what it holds and read by its code, label or
 * header, and the template's formulas read them there (a spilling formula heads the rows it reads:
 * cellPlaces). Repair does not move them back: rewriting a person's cells elsewhere could lose
 * what values do not carry (a link on part of a text, a comment), and where the rows people
 * inserted belong in a sorted block is a guess. Named, so the order is not taken for repair's, nor
 * a moved column for a lost one (review 14 F1, F2). `placement` gives the places now (after
 * set-up inserted what was missing); `match` the places as read, which tell the order.
 */
function orderMessages(name: string, spec: SheetSpec, match: SheetMatch, placement: Placement, rows: boolean): string[] {
  const keyed = match.labels.map((label, r) => (label ? match.rows[r] : null));
  const rowNames = rows ? outOfOrder(keyed).map((r) => ({ at: placement.rows[r], text: `dòng ${placement.rows[r]} ("${firstWords(match.labels[r])}")` })) : [];
  const columnNames = movedColumnNames(spec, match, placement.columns);
  const list = (items: Array<{ at: number; text: string }>) =>
    items
      .sort((a, b) => a.at - b.at)
      .map((item) => item.text)
      .join(', ');
  return [
    ...(columnNames.length > 0 ? [`Trang "${name}": ${list(columnNames)} không theo thứ tự của mẫu; được giữ nguyên tại chỗ cùng nội dung, được đọc theo tiêu đề và không bị tạo lại.`] : []),
    ...(rowNames.length > 0
      ? [
          `Trang "${name}": ${list(rowNames)} không theo thứ tự của mẫu (có thể do sắp xếp); các dòng được giữ nguyên tại chỗ cùng giá trị của chúng và được đọc theo mã hoặc nhãn của dòng, không theo vị trí.`,
        ]
      : []),
  ];
}

/**
 * A labelled row of the template found among the rows a spilling formula reads, which it is not one
 * of (`match`: the sheet `name` as found against `spec`): a sort over a range that took it along (the
 * header row of "Đánh giá" sorted down among the indicators, the ĐBKK row of "Số liệu PCGD-XMC" up
 * among the rates). The formula heads the span of the rows it reads (cellPlaces), so it would read
 * that row and spill over it: repair wrote CDHT_RESULTS over the header row, with the results
 * headers inside its spill area, and a switch left the rows above the header unread (review 14b R3).
 * Named, with what to do; set-up then changes nothing.
 */
function rowsAmongSpill(name: string, spec: SheetSpec, match: SheetMatch): string[] {
  return spillAreas(spec).flatMap((area) => {
    const own = (r: number) => r >= area.row && r < area.row + area.rows;
    const placed = match.rows.filter((p, r): p is number => own(r) && p !== null);
    if (placed.length === 0) return [];
    const [top, bottom] = [Math.min(...placed), Math.max(...placed)];
    return match.rows.flatMap((p, r) => {
      if (own(r) || p === null || !match.labels[r] || p < top || p > bottom) return [];
      const span = `${top}–${bottom}`;
      return [
        `Trang "${name}": dòng ${p} ("${firstWords(match.labels[r])}") của mẫu đang nằm giữa các dòng ${span} mà công thức tự tính đọc (có thể do sắp xếp cả dòng này). ` +
          'Sửa mẫu lúc này sẽ để kết quả tự tính đọc nhầm hoặc đè lên dòng đó. ' +
          `Hãy hoàn tác việc sắp xếp, hoặc đưa dòng ${p} về chỗ của nó trong mẫu, ra ngoài các dòng ${span}, rồi chạy lại.`,
      ];
    });
  });
}

/** The labelled columns a match found out of the template's order (`column`: the spec's), each named with its place now (`columns`: the spec's columns' places). */
function movedColumnNames(spec: SheetSpec, match: SheetMatch, columns: number[] | Array<number | null>): Array<{ at: number; column: number; text: string }> {
  const labelled = match.columns.map((p, c) => (spec.cells.some((row) => row[c]?.kind === 'label' && !isBlank(row[c]!.value)) ? p : null));
  return outOfOrder(labelled).map((c) => ({ at: columns[c]!, column: c, text: `${headerLabel(spec, c)} (đang ở cột ${columnLetter(columns[c]!)})` }));
}

/** The template's headers of a sheet, left to right, as a message lists them: "Mã minh chứng, Tên minh chứng, …". */
function headerOrder(spec: SheetSpec): string {
  return spec.cells[0].map((_, c) => headerLabel(spec, c).replace(/^cột /, '')).join(', ');
}

/** The end of the message for a deleted column of inputs re-created empty: where what it held can still be found. */
export const FROM_HISTORY = 'có thể xem và chép lại từ Tệp → Nhật ký phiên bản → Xem nhật ký phiên bản, ở phiên bản trước khi cột bị xoá.';

/**
 * What repair says of a column of the template it re-created (`column` of the spec, at its place
 * in `placement`): one of the template's own text is written again whole; a blank one just comes
 * back; one of inputs comes back empty, and what people typed there went with the deleted column,
 * so the message names its cells and where the old values still are (the file's version history;
 * for the evidence links, `elsewhere`: what the evidence list still holds, from listedLinks).
 */
function recreatedColumn(name: string, spec: SheetSpec, column: number, placement: Placement, elsewhere: string | null): string {
  const letter = columnLetter(placement.columns[column]);
  const head = `Trang "${name}": ${headerLabel(spec, column)} bị thiếu (có thể đã bị xoá) nên đã được tạo lại`;
  // People's cells: the inputs, and the cells the template leaves alone around them under the header (a note on a heading's row).
  const kinds = spec.cells.map((row) => row[column]?.kind ?? null);
  const last = kinds.lastIndexOf('input');
  if (last >= 0) {
    let from = kinds.indexOf('input');
    while (from > 0 && kinds[from - 1] === null) from--;
    const [top, bottom] = [placement.rows[from], placement.rows[last]];
    const cells = top === bottom ? `ô ${letter}${top}` : `các ô ${letter}${top}:${letter}${bottom}`;
    const lost = `${head}, trống, ở cột ${letter}. Những gì đã nhập ở ${cells} (nếu có) đã mất cùng cột cũ`;
    return elsewhere ? `${lost}. ${elsewhere}, và hồ sơ in các liên kết đó từ trang này; liên kết hay ghi chú chỉ ghi ở cột cũ ${FROM_HISTORY}` : `${lost}; ${FROM_HISTORY}`;
  }
  const text = spec.cells.some((row) => row[column]?.kind === 'label' && !isBlank(row[column]!.value));
  return `${head} ở cột ${letter}${text ? ', với nội dung của mẫu' : ''}.`;
}

/** The indicator rows under the header of the current "Đánh giá" sheet: each as it is, and in the block's columns. */
function oldIndicatorRows(content: Cell[][], headerRow: number, columns: number[]): Array<{ physical: Cell[]; logical: Cell[] }> {
  const rows = content.slice(headerRow).map((physical) => ({ physical, logical: columns.slice(0, INDICATOR_WIDTH).map((c) => physical[c - 1] ?? '') }));
  let end = rows.length;
  while (end > 0 && rows[end - 1].physical.every(isBlank)) end--;
  return rows.slice(0, end);
}

const ARCHIVE_PREFIX = 'Lưu trữ ';

/** A switch archive's title names the assessment year of its data (writeArchive). */
const ARCHIVED_YEAR = /năm (\d{4}) trước khi thiết lập lại$/;
/** The year archive a roll-over or a restore writes ("Lưu trữ năm 2025 (…)"): it archives the year then current. */
const YEAR_ARCHIVE_NAME = /^Lưu trữ năm (\d{4})\b/;

/**
 * The assessment year of the switch archive at `index` of the sheets (`title`: its A1): the one its
 * title names; for an archive of an older version, without it, the year of the first year archive
 * after it (archives are added at the end: the next roll-over archived the year the switch was made
 * in); 0 when unknown.
 */
function archiveYear(title: Cell, names: string[], index: number): number {
  const own = ARCHIVED_YEAR.exec(String(title ?? ''));
  if (own) return Number(own[1]);
  const later = names
    .slice(index + 1)
    .map((n) => YEAR_ARCHIVE_NAME.exec(n))
    .find(Boolean);
  return later ? Number(later[1]) : 0;
}

/**
 * The archived rows of the given keys, newest archive first, in the sheet's columns (`columns`
 * places the block's): each with the rows that followed it there up to the next indicator
 * (`layout`: the keys of the layout's rows, in order; a code is one too), which people had inserted
 * below it (or above it, where a sort had reversed the two indicators around them: segment), and
 * what the archive holds in columns it heads by their letter ("Cột I", "Cột K" …)
 * back in that column (in the results columns only where the results do not spill: see
 * `resultColumnNotes`). An archive of another assessment year than `year` (0: not filled in) gives
 * nothing back: last year's values are no values of this year; `otherYears` names each one that
 * held some of the keys.
 */
function readArchives(
  sheets: SheetLike[],
  names: string[],
  keys: string[],
  layout: string[],
  columns: number[],
  year: number,
  wordings: ReadonlyMap<string, string>,
): { groups: Map<string, ArchivedGroup>; otherYears: Array<{ archive: string; year: number }> } {
  const wanted = new Set(keys);
  const boundaries = new Set(layout.filter(Boolean));
  const result = new Map<string, ArchivedGroup>();
  const otherYears: Array<{ archive: string; year: number }> = [];
  const width = Math.max(...columns);
  for (let i = sheets.length - 1; i >= 0 && result.size < wanted.size; i--) {
    if (!names[i].startsWith(ARCHIVE_PREFIX)) continue;
    const last = sheets[i].getLastRow();
    if (last < 3) continue;
    const rows = sheets[i].getRange(1, 1, last, Math.max(INDICATOR_WIDTH, sheets[i].getLastColumn())).getValues();
    const header = rows.findIndex((row) => foldText(String(row[0] ?? '')) === foldText(ARCHIVE_HEADER[0]));
    // Other archives (a year's, typed text from computed cells) hold no indicator rows.
    if (header < 0) continue;
    const archived = archiveYear(rows[0][0], names, i);
    const stale = year > 0 && archived > 0 && archived !== year;
    // Every column the archive heads by its letter goes back to it: right of the table, and the
    // results columns (I, J), where a row the template's results do not spill into takes it back.
    const block = new Set(columns.slice(0, INDICATOR_WIDTH));
    const right = rows[header].flatMap((title, c) => {
      const letters = /^Cột ([A-Z]+)(?: \(".*"\))?$/.exec(String(title))?.[1];
      return letters && !block.has(columnIndex(letters)) ? [{ from: c, to: columnIndex(letters) }] : [];
    });
    const physical = (row: Cell[]): Cell[] => {
      const cells = new Array<Cell>(Math.max(width, ...right.map((r) => r.to))).fill('');
      columns.slice(0, INDICATOR_WIDTH).forEach((c, k) => {
        cells[c - 1] = row[k] ?? '';
      });
      for (const { from, to } of right) cells[to - 1] = row[from] ?? '';
      return cells;
    };
    const body = rows.slice(header + 1);
    const end = body.findIndex((row) => row.every(isBlank));
    const used = end < 0 ? body : body.slice(0, end);
    // A row with neither code nor wording (a note in G alone) is one people inserted, not a boundary.
    // One whose code cell holds no code (typed over: a switch named it and kept the text here) is the
    // indicator whose wording it has, as a repair finds such a row on the page (match.ts restoreEmptied).
    const rowKeys = used.map((row) => {
      const key = indicatorKey(row[INDICATOR_COLUMNS.code], row[INDICATOR_COLUMNS.name]);
      if (looksLikeCode(row[INDICATOR_COLUMNS.code]) || (key !== '' && boundaries.has(key))) return key || cellText(row[INDICATOR_COLUMNS.code]);
      return wordings.get(foldText(cellText(row[INDICATOR_COLUMNS.name]))) ?? '';
    });
    const { groups } = segment(
      rowKeys,
      used.map(() => false),
      0,
      (key) => layout.indexOf(key),
    );
    for (const [key, group] of groups) {
      if (!wanted.has(key) || result.has(key)) continue;
      if (stale) {
        if (!otherYears.some((o) => o.archive === names[i])) otherYears.push({ archive: names[i], year: archived });
        continue;
      }
      result.set(key, { cells: physical(used[group.row]), extras: group.extras.map((r) => physical(used[r])), archive: names[i] });
    }
  }
  return { groups: result, otherYears };
}

const ARCHIVE_HEADER = ['Mã', 'Nội dung', 'Yêu cầu Mức độ 1', 'Yêu cầu Mức độ 2', 'Giá trị', 'Minh chứng', 'Ghi chú', 'Phụ trách'];

/**
 * The cells of the former ruleset's results (1-based, the formula's own included) on the sheet as
 * read (`shown`: what each cell shows): in Sheets a spilled result reads as a value with no formula
 * (getFormulas gives ''), so it would otherwise pass for a note typed there. Found by the formula
 * (its shape, `names` giving each template sheet's name now): as tall as its first range (which
 * Sheets grows over inserted rows), as wide as the former results columns. Only the formula's own
 * cell while it shows an error: a note typed in the area then blocks the spill (#REF!), and
 * whatever is there was typed (as typedInComputed reads it).
 */
function formerResults(content: Cell[][], shown: Cell[][], former: Ruleset, names: ReadonlyMap<string, string>): (row: number, column: number) => boolean {
  // Compared as Sheets rewrote it: the sheets it reads by their names now.
  const own = formulaShape(`=${resultsFormula(former)}`, names);
  for (let r = 0; r < content.length; r++) {
    const c = content[r].findIndex((cell) => typeof cell === 'string' && cell.startsWith('=') && formulaShape(cell) === own);
    if (c < 0) continue;
    if (isErrorValue(shown[r]?.[c] ?? '')) return (row, column) => row === r + 1 && column === c + 1;
    const span = /[A-Z]+(\d+):[A-Z]+(\d+)/.exec(String(content[r][c]));
    const height = span ? Number(span[2]) - Number(span[1]) + 1 : 1;
    const width = resultColumns(former).length;
    return (row, column) => row > r && row <= r + height && column > c && column <= c + width;
  }
  return () => false;
}

/**
 * What the rows of the old block (the first on row `first`) hold in the other columns the rebuild
 * empties (up to the last placed column: the results columns, I:J): a note a person typed there
 * must reach the archive with its row. The former results (`results`: the formula and what it
 * spills) are not theirs and are left out. Each column is headed by its letter, one of the commune's
 * also by the header it has on row `header` ('Cột A ("STT")'); none when nothing is there.
 */
function besideBlock(
  block: Array<{ physical: Cell[] }>,
  first: number,
  columns: number[],
  results: (row: number, column: number) => boolean,
  width: number,
  header: Cell[],
): { header: string[]; cells: Cell[][] } {
  const inBlock = new Set(columns.slice(0, INDICATOR_WIDTH));
  const others = Array.from({ length: Math.max(width, ...columns) }, (_, c) => c + 1).filter((c) => !inBlock.has(c));
  const cells = block.map(({ physical }, i) => others.map((c) => (results(first + i, c) ? '' : (physical[c - 1] ?? ''))));
  const used = others.filter((_, i) => cells.some((row) => !isBlank(row[i])));
  // A column of the commune's own keeps the header they gave it beside its letter (review 14).
  const title = (c: number) => (columns.includes(c) || isBlank(header[c - 1] ?? '') ? '' : ` ("${cellText(header[c - 1])}")`);
  return { header: used.map((c) => `Cột ${columnLetter(c)}${title(c)}`), cells: cells.map((row) => row.filter((_, i) => used.includes(others[i]))) };
}

/**
 * On a switch, puts the new ruleset's results columns (the spec's columns from INDICATOR_WIDTH on,
 * found by no label of theirs: another ruleset's headers are there) side by side from the first
 * column where `former`, the former ruleset's match of the same sheet, found its results (one
 * formula spills them): a column people inserted before those (a notes column after "Phụ trách")
 * then stays theirs instead of taking the new results, and no old results header is left beside
 * the new ones (review 14, F8). A column of theirs among the former results would be spilled
 * over: it moves right of the new results, into a former results column left free or a column
 * inserted at the end (`insert(at)`, 1-based, inserts one before `at`); a column that holds nothing
 * (`holds(column)` false: the former results' column dragged elsewhere left it blank) is taken as it
 * is, since there is nothing to move and naming it "do xã thêm" would be false. Returns those moves
 * (1-based columns, as the sheet is after the insertions); none when the new results would stand
 * over another column of the new ruleset (the former results are right of the others, or left of
 * one people dragged past them: review 14b R2).
 */
function placeResultsAsFormer(match: SheetMatch, former: SheetMatch, holds: (column: number) => boolean, insert: (at: number) => void): Array<{ from: number; to: number }> {
  const formerResults = former.columns.slice(INDICATOR_WIDTH).filter((c): c is number => c !== null);
  const first = formerResults[0];
  const count = match.columns.length - INDICATOR_WIDTH;
  const last = first + count - 1;
  // Right of the other columns, or left of one people dragged past them ("Phụ trách" after the results): never over one.
  const over = match.columns.slice(0, INDICATOR_WIDTH).some((p) => p != null && p >= first && p <= last);
  if (first === undefined || over) return [];
  const free = formerResults.filter((c) => c > last);
  let end = Math.max(last, ...formerResults);
  const moves = Array.from({ length: count }, (_, k) => first + k)
    .filter((c) => !formerResults.includes(c) && holds(c))
    .map((from) => {
      const to = free.shift();
      if (to !== undefined) return { from, to };
      end += 1;
      insert(end);
      return { from, to: end };
    });
  for (let k = 0; k < count; k++) match.columns[INDICATOR_WIDTH + k] = first + k;
  return moves;
}

/**
 * Puts each indicator column of the new ruleset's match of "Đánh giá" (`match`, in place) where
 * the former ruleset's column of the same role was found (`former`): the page is laid out in the
 * former ruleset, and both rulesets' columns have their roles by index (INDICATOR_COLUMNS: code,
 * wording, requirements, value, evidence, notes, owner). Matched by its own headers alone, a column
 * whose header differs between rulesets ("Giá trị của xã" / "Điểm tự chấm") went next to its
 * found neighbours, its place only when nobody had moved a column: with "Minh chứng" dragged
 * before "Giá trị của xã", the value column was called deleted, re-created empty, and the values
 * kept as a column of the commune's (review 14b R1). A column the former match did not find keeps
 * the new match's place unless that place is now another's (then it is re-created as missing).
 */
function asFormerColumns(match: SheetMatch, former: SheetMatch): void {
  const placed = new Set(former.columns.slice(0, INDICATOR_WIDTH).filter((p): p is number => p !== null));
  for (let c = 0; c < INDICATOR_WIDTH; c++) {
    const p = former.columns[c];
    if (p != null) match.columns[c] = p;
    else if (match.columns[c] != null && placed.has(match.columns[c]!)) match.columns[c] = null;
  }
}

/**
 * The columns people inserted among the template's in "Đánh giá" (`theirs`, 1-based, as placed
 * after `moved`: those moved right of the results), named with their header (row `headerRow` of
 * `content`) as kept on the page through a switch to `rulesetId`, or as moved, its results being
 * in `results` (1-based columns). A kept column that holds nothing is not named.
 */
function theirColumns(name: string, rulesetId: string, theirs: number[], moved: Array<{ from: number; to: number }>, headerRow: number, content: Cell[][], results: number[]): string[] {
  const held = theirs.filter((c) => content.some((row) => !isBlank(row[c - 1] ?? '')));
  const header = (c: number) => content[headerRow - 1]?.[c - 1] ?? '';
  const span = results.length > 1 ? `các cột ${columnLetter(Math.min(...results))}:${columnLetter(Math.max(...results))}` : `cột ${columnLetter(results[0])}`;
  const kept = held.filter((c) => !moved.some((m) => m.to === c)).map((c) => `cột ${columnLetter(c)}${isBlank(header(c)) ? '' : ` ("${cellText(header(c))}")`}`);
  return [
    ...(kept.length > 0 ? [`Trang "${name}": ${kept.join(', ')} do xã thêm được giữ nguyên trên trang, nội dung đi theo dòng của nó; kết quả tự tính của bộ tiêu chí ${rulesetId} ở ${span}.`] : []),
    ...moved.map(({ from, to }) => theirColumnMoved(name, header(to), from, to, `kết quả tự tính của bộ tiêu chí ${rulesetId} (${span})`)),
  ];
}

/**
 * A row's cells in columns of the commune's own (`theirs`, 1-based: inserted among the template's
 * or right of its table) that hold something, each named with its column as the commune's, by the
 * header it was given on `header` (the header row): 'ô A6 ở cột "STT" do xã thêm', 'ô L6' when
 * the column has no header. Never "cột kết quả tự tính": these cells are people's (review 14 F6).
 */
function communeCells(row: number, cells: Cell[], theirs: (column: number) => boolean, header: Cell[]): string {
  return cells
    .flatMap((cell, c) => {
      if (isBlank(cell) || !theirs(c + 1)) return [];
      const title = header[c] ?? '';
      return [`ô ${cellA1(row, c + 1)}${isBlank(title) ? '' : ` ở cột "${cellText(title)}" do xã thêm`}`];
    })
    .join(', ');
}

/**
 * What a rebuild of "Đánh giá" did with what people added around the indicators, named for the
 * user (`label` gives a key's code, or a criterion heading's whole text): rows and notes right of
 * the table that moved with their indicator (or below the table), those that came back from an
 * archive with theirs, and those of indicators `rulesetId` does not have, which left the sheet for
 * the archive `archive` until a switch back to `formerId`. `beside(row, fromArchive)` names a row's
 * cells outside the table, each in its column (communeCells), on the old row or, from an archive,
 * on the new one. A criterion heading is named by the code it starts with ("TC2. …" → "TC2") where
 * it stays; one that leaves is named whole, as the former ruleset's heading row: "of TC1, not in
 * TT44" was false, TT44 has a TC1 (it has no heading rows).
 */
function regroupMessages(
  name: string,
  archive: string,
  rulesetId: string,
  formerId: string,
  regrouped: Regrouped,
  label: (key: string) => string,
  beside: (row: number, fromArchive: boolean) => string,
): string[] {
  const heading = (key: string) => key.startsWith('heading:');
  // `leaves`: the row left the page; a heading then is the former ruleset's row, named whole.
  const of = (key: string, whole: boolean, leaves: boolean) => {
    if (key === '') return 'dưới bảng';
    const named = !heading(key) ? `"${label(key)}"` : leaves ? `dòng tiêu chí "${label(key)}" của bộ tiêu chí ${formerId}` : `"${label(key).split('. ')[0]}"`;
    return `${whole ? 'dưới' : 'của'} ${named}`;
  };
  const what = (row: number, key: string, whole: boolean, { fromArchive = false, leaves = false } = {}) =>
    whole ? `dòng ${row} (${of(key, whole, leaves)})` : `${beside(row, fromArchive)} (${of(key, whole, leaves)})`;
  const moved = regrouped.moves.flatMap((m) => (m.from === null ? [] : [`${what(m.from, m.key, m.whole)} sang dòng ${m.to}`]));
  const back = regrouped.moves.flatMap((m) => (m.from === null ? [what(m.to, m.key, m.whole, { fromArchive: true })] : []));
  const left = (orphans: Regrouped['orphans']) =>
    orphans.flatMap((o) => [...o.extras.map((row) => what(row, o.key, true, { leaves: true })), ...(o.beside === null ? [] : [what(o.beside, o.key, false, { leaves: true })])]);
  const gone = left(regrouped.orphans.filter((o) => !heading(o.key)));
  const headings = left(regrouped.orphans.filter((o) => heading(o.key)));
  return [
    ...(moved.length > 0 ? [`Trang "${name}": nội dung nhập thêm ngoài các ô của mẫu đi theo dòng của nó: ${moved.join(', ')}.`] : []),
    ...(back.length > 0 ? [`Trang "${name}": ${back.join(', ')} được lấy lại từ trang lưu trữ cùng với chỉ tiêu của chúng.`] : []),
    ...(gone.length > 0
      ? [
          `Trang "${name}": ${gone.join(', ')} thuộc chỉ tiêu không có trong bộ tiêu chí ${rulesetId} nên không còn trên trang; nội dung đã được chép sang trang "${archive}" và sẽ trở lại cùng chỉ tiêu nếu chuyển lại bộ tiêu chí ${formerId}.`,
        ]
      : []),
    ...(headings.length > 0
      ? [
          `Trang "${name}": ${headings.join(', ')} không còn trên trang vì bộ tiêu chí ${rulesetId} không có dòng này; nội dung đã được chép sang trang "${archive}" và sẽ trở lại cùng dòng này nếu chuyển lại bộ tiêu chí ${formerId}.`,
        ]
      : []),
  ];
}

/**
 * What people typed in the results columns (`others`: I, J) that a rebuild of "Đánh giá" does not
 * write back, each cell named: a note on a row that left the sheet with its indicator (`left`,
 * old rows) or that lands where the new results spill (`spilled`), or on an indicator's row, which
 * the results always take. An old row's note is in this switch's `archive`; one an archive gave
 * back stays in that archive. The former results (`former`) are not people's. Notes on inserted
 * rows that left are named with their row (regroupMessages).
 */
function resultColumnNotes(
  name: string,
  archive: string,
  result: Regrouped,
  at: { headerRow: number; others: number[]; left: number[]; content: Cell[][]; former: (row: number, column: number) => boolean; spilled: (row: number, column: number) => boolean },
): string[] {
  const note = (row: number, column: number, value: Cell) => `ô ${cellA1(row, column)} (${describeCell(value)})`;
  const typed = (cells: Cell[], column: number) => !isBlank(cells[column - 1] ?? '');
  const emptied = at.left.flatMap((row) => at.others.flatMap((c) => (typed(at.content[row - 1] ?? [], c) && !at.former(row, c) ? [note(row, c, at.content[row - 1][c - 1])] : [])));
  const stays = new Map<string, string[]>();
  result.sources.forEach((source, k) => {
    const to = at.headerRow + 1 + k;
    for (const c of at.others) {
      if (!typed(source.cells, c) || (source.from !== null && at.former(source.from, c)) || (result.whole.includes(to) && !at.spilled(to, c))) continue;
      if (source.from !== null) emptied.push(note(source.from, c, source.cells[c - 1]));
      else stays.set(source.archive ?? '', [...(stays.get(source.archive ?? '') ?? []), note(to, c, source.cells[c - 1])]);
    }
  });
  return [
    ...(emptied.length > 0
      ? [`Trang "${name}": ${emptied.join(', ')} ở cột kết quả tự tính không còn trên trang (kết quả tự tính ở đó, hoặc chỉ tiêu của dòng không còn); nội dung đã được chép sang trang "${archive}".`]
      : []),
    ...[...stays].map(([from, cells]) => `Trang "${name}": ${cells.join(', ')} lấy lại cùng chỉ tiêu không được ghi vào trang vì kết quả tự tính ở đó; nội dung vẫn ở trang "${from}".`),
  ];
}

/**
 * The archive of a switch: the old rows of "Đánh giá" (`sheetName`, as named now) under its title,
 * which names their assessment `year` (0: not filled in; read back by archiveYear), and `header`, then the old table.
 */
function writeArchive(spreadsheet: SpreadsheetLike, name: string, sheetName: string, year: number, header: string[], block: Cell[][], table: Cell[][] | null, position: number): void {
  const title = `Dữ liệu trang "${sheetName}"${year ? ` năm ${year}` : ''} trước khi thiết lập lại`;
  const rows: Cell[][] = [[title, ...new Array<Cell>(header.length - 1).fill('')], header, ...block];
  const width = Math.max(header.length, table?.[0]?.length ?? 0);
  const pad = (row: Cell[]) => [...row, ...new Array<Cell>(width - row.length).fill('')];
  const all = table ? [...rows, [], [`Bộ tiêu chí cũ`], ...table] : rows;
  const sheet = spreadsheet.insertSheet(name, position);
  const range = sheet.getRange(1, 1, all.length, width);
  // Typed text stays text ("0912", "1/2" are not re-read as a number or a date).
  range.setNumberFormats(all.map((row) => pad(row).map(archiveFormat)));
  range.setValues(all.map(pad));
}

/** A named range's cells, or null when it has none or its sheet was deleted (#REF! in Sheets: getRange throws); set-up then points it anew. */
function liveRange(get: () => RangeLike | null): RangeLike | null {
  try {
    return get();
  } catch {
    return null;
  }
}

/** "A3:F206" → its first cell ("A3"), last column ("F") and last row (206). */
const A1_SPAN = /^([A-Z]+\d+):([A-Z]+)(\d+)$/;

/** True when a named range's cells `actual` are its placed cells `placed`, or for a list that grows, those grown downward. */
function inPlace(actual: string, placed: string, grows: boolean): boolean {
  if (actual === placed) return true;
  const [a, p] = [A1_SPAN.exec(actual), A1_SPAN.exec(placed)];
  return grows && a !== null && p !== null && a[1] === p[1] && a[2] === p[2] && Number(a[3]) > Number(p[3]);
}

/**
 * Points each named range of the spec at its placed cells. One already in place is recognised by
 * getRangeByName (then its sheet and A1), without listing every named range and reading each
 * name; the list is read only when one must be re-pointed (the NamedRange object is needed for
 * that), and at once when its sheet was just created, where it cannot be in place.
 */
function applyNamedRanges(
  spreadsheet: SpreadsheetLike,
  wanted: ReturnType<typeof workbookSpec>['namedRanges'],
  rangesOf: ReadonlyMap<string, (a1: string) => RangeLike>,
  placements: ReadonlyMap<string, Placement>,
  created: readonly string[],
): void {
  let existing: Map<string, NamedRangeLike> | null = null;
  const listed = () => {
    existing ??= new Map(spreadsheet.getNamedRanges().map((n) => [n.getName(), n] as const));
    return existing;
  };
  for (const named of wanted) {
    const placement = placements.get(named.sheet)!;
    const a1 = placeRange(named.range, placement);
    if (!created.includes(named.sheet)) {
      const range = liveRange(() => spreadsheet.getRangeByName(named.name));
      if (range && range.getSheet().getName() === placement.name && inPlace(range.getA1Notation(), a1, named.grows === true)) continue;
    }
    const found = listed().get(named.name);
    const range = rangesOf.get(named.sheet)!(a1);
    if (found) found.setRange(range);
    else spreadsheet.setNamedRange(named.name, range);
  }
}
