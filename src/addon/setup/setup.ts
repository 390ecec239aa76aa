import { InputError } from '../../core/engine/problems';
import { resolveRuleset } from '../../core/ruleset/resolve';
import { rulesetFromTable } from '../../core/ruleset/table';
import type { Ruleset } from '../../core/ruleset/types';
import { ASSESSMENT_FIRST_ROW, SHEETS } from '../../core/template/layout';
import { workbookSpec } from '../../core/template/spec';
import type { SheetSpec } from '../../core/template/types';
import { codeKey } from '../../core/cells/text';
import { isBlank, type Cell } from '../../core/cells/values';
import { readInfo } from '../../core/workbook/info';
import { INDICATOR_COLUMNS, INDICATOR_WIDTH } from '../../core/workbook/names';
import type { SheetLike, SpreadsheetFactories, SpreadsheetLike } from '../../gas/spreadsheet';
import { applySheet, currentContent } from './apply-sheet';
import { checkWrittenFormulas } from './formula-check';

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
}

interface Current {
  sheet: SheetLike;
  content: Cell[][];
}

function readCurrent(sheet: SheetLike, spec: SheetSpec): Current {
  const rows = Math.max(sheet.getLastRow(), spec.cells.length);
  return { sheet, content: currentContent(sheet.getRange(1, 1, rows, spec.cells[0].length)) };
}

const allBlank = (rows: Cell[][]) => rows.every((row) => row.every(isBlank));

/** The ruleset the workbook should use: the table as the province left it, unless the scheme changes. */
function chooseRuleset(infoContent: Cell[][] | null, tableContent: Cell[][] | null, messages: string[]): { ruleset: Ruleset; previous: Ruleset | null } {
  const choice = infoContent ? readInfo(infoContent).info.rulesetId : '';
  let builtIn: Ruleset;
  try {
    builtIn = resolveRuleset(choice);
  } catch (thrown) {
    messages.push(`${(thrown as Error).message} Đang dùng TT25.`);
    builtIn = resolveRuleset('TT25');
  }
  const table = tableContent?.slice(1) ?? [];
  if (allBlank(table)) return { ruleset: builtIn, previous: null };
  const { ruleset, problems } = rulesetFromTable(tableContent ?? []);
  const errors = problems.filter((p) => p.severity === 'error');
  if (!ruleset || errors.length > 0) {
    messages.push(`Bảng Bộ tiêu chí có lỗi nên được giữ nguyên để sửa: ${new InputError(errors).message}`);
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

export function setupWorkbook(spreadsheet: SpreadsheetLike, factories: SpreadsheetFactories, now: Date): SetupResult {
  const messages: string[] = [];
  const sheets = new Map(spreadsheet.getSheets().map((s) => [s.getName(), s] as const));
  const provisional = workbookSpec(resolveRuleset('TT25'));
  const specOf = (spec: typeof provisional, name: string) => spec.sheets.find((s) => s.name === name)!;
  const current = new Map<string, Current>();
  const read = (name: string, spec: SheetSpec) => {
    const sheet = sheets.get(name);
    if (sheet && !current.has(name)) current.set(name, readCurrent(sheet, spec));
    return current.get(name)?.content ?? null;
  };

  // The ruleset first: the other sheets' layout depends on it.
  const infoContent = read(SHEETS.info, specOf(provisional, SHEETS.info));
  const tableContent = read(SHEETS.ruleset, specOf(provisional, SHEETS.ruleset));
  const { ruleset, previous } = chooseRuleset(infoContent, tableContent, messages);
  const switching = previous !== null;
  const spec = workbookSpec(ruleset);

  const oldBlock = oldIndicatorBlock(read(SHEETS.assessment, specOf(spec, SHEETS.assessment)));
  const newCodes = spec.sheets
    .find((s) => s.name === SHEETS.assessment)!
    .cells.slice(ASSESSMENT_FIRST_ROW - 1)
    .map((row) => (row[0]?.kind === 'label' ? String(row[0].value) : ''));
  const moved = oldBlock.length > 0 && (oldBlock.length !== newCodes.length || oldBlock.some((row, i) => codeKey(row[INDICATOR_COLUMNS.code]) !== codeKey(newCodes[i])));

  let archive: string | null = null;
  if ((moved && !allBlank(oldBlock.map((row) => row.slice(INDICATOR_COLUMNS.value)))) || switching) {
    archive = archiveName(new Set(sheets.keys()), (previous ?? ruleset).id, now);
    writeArchive(spreadsheet, archive, oldBlock, switching ? tableContent : null, sheets.size);
    messages.push(`Dữ liệu cũ của trang "${SHEETS.assessment}" được lưu ở trang "${archive}".`);
  }

  const keptByCode = new Map(oldBlock.map((row) => [codeKey(row[INDICATOR_COLUMNS.code]), row] as const));
  const created: string[] = [];
  const updated: string[] = [];
  spec.sheets.forEach((sheetSpec, index) => {
    const existing = sheets.get(sheetSpec.name);
    const content = existing ? read(sheetSpec.name, sheetSpec) : null;
    const sheet = existing ?? spreadsheet.insertSheet(sheetSpec.name, index);
    (existing ? updated : created).push(sheetSpec.name);
    const positional = (row: number, column: number) => content?.[row - 1]?.[column - 1];
    let kept = positional;
    if (sheetSpec.name === SHEETS.assessment && moved) {
      kept = (row, column) => {
        if (row < ASSESSMENT_FIRST_ROW) return positional(row, column);
        const code = newCodes[row - ASSESSMENT_FIRST_ROW];
        return code && column > INDICATOR_COLUMNS.value && column <= INDICATOR_WIDTH ? keptByCode.get(codeKey(code))?.[column - 1] : undefined;
      };
    }
    if (sheetSpec.name === SHEETS.ruleset && switching) kept = () => undefined;
    applySheet({ sheet, spec: sheetSpec, isNew: !existing, kept, clearRowsBelow: Math.max(0, (content?.length ?? 0) - sheetSpec.cells.length) }, factories);
    sheets.set(sheetSpec.name, sheet);
  });

  applyNamedRanges(spreadsheet, spec.namedRanges, sheets);
  messages.push(...checkWrittenFormulas(spec, sheets));
  return { rulesetId: ruleset.id, created, updated, archive, messages };
}

/** The indicator rows under the header of the current "Đánh giá" sheet (they may be more or fewer than the new ones). */
function oldIndicatorBlock(content: Cell[][] | null): Cell[][] {
  if (!content) return [];
  const rows = content.slice(ASSESSMENT_FIRST_ROW - 1).map((row) => row.slice(0, INDICATOR_WIDTH));
  let end = rows.length;
  while (end > 0 && rows[end - 1].every(isBlank)) end--;
  return rows.slice(0, end);
}

function writeArchive(spreadsheet: SpreadsheetLike, name: string, block: Cell[][], table: Cell[][] | null, position: number): void {
  const header = ['Mã', 'Nội dung', 'Yêu cầu Mức độ 1', 'Yêu cầu Mức độ 2', 'Giá trị', 'Minh chứng', 'Ghi chú', 'Phụ trách'];
  const rows: Cell[][] = [[`Dữ liệu trang "${SHEETS.assessment}" trước khi thiết lập lại`, ...new Array<Cell>(header.length - 1).fill('')], header, ...block];
  const width = Math.max(header.length, table?.[0]?.length ?? 0);
  const pad = (row: Cell[]) => [...row, ...new Array<Cell>(width - row.length).fill('')];
  const all = table ? [...rows, [], [`Bộ tiêu chí cũ`], ...table] : rows;
  const sheet = spreadsheet.insertSheet(name, position);
  sheet.getRange(1, 1, all.length, width).setValues(all.map(pad));
}

function applyNamedRanges(spreadsheet: SpreadsheetLike, wanted: ReturnType<typeof workbookSpec>['namedRanges'], sheets: Map<string, SheetLike>): void {
  const existing = new Map(spreadsheet.getNamedRanges().map((n) => [n.getName(), n] as const));
  for (const named of wanted) {
    const found = existing.get(named.name);
    if (found) {
      const range = found.getRange();
      if (range.getSheet().getName() === named.sheet && range.getA1Notation() === named.range) continue;
    }
    const range = sheets.get(named.sheet)!.getRange(named.range);
    if (found) found.setRange(range);
    else spreadsheet.setNamedRange(named.name, range);
  }
}
