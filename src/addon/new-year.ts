import type { Cell } from '../core/cells/values';
import { SHEETS } from '../core/template/layout';
import { workbookSpec } from '../core/template/spec';
import type { WorkbookSpec } from '../core/template/types';
import { ARCHIVE_FIRST_ROW, ARCHIVE_HEADER, type CellWrite, archiveFormat, type SheetsNow, type YearPlan, isYearArchive, keepsAsText, planNewYear, planRestore } from '../core/workbook/new-year';
import { assessWorkbook } from '../core/workbook/snapshot';
import type { LockLike } from '../gas/services';
import type { SheetLike, SpreadsheetLike } from '../gas/spreadsheet';
import { currentContent } from './setup/apply-sheet';
import { identifySheets } from './setup/setup';
import { NOT_SET_UP, readSnapshot, unreadableRuleset } from './workbook-reader';

/**
 * "Bắt đầu năm đánh giá mới" and "Khôi phục năm từ trang lưu trữ" on a live spreadsheet: asks
 * first, then under the document lock (so a sidebar save cannot interleave) reads the sheets again,
 * writes the archive sheet, and only then changes the yearly cells, in a few rectangles per sheet.
 */
export interface YearDeps {
  spreadsheet: SpreadsheetLike;
  lock: LockLike;
  /** Asks the user; false cancels with nothing changed. */
  confirm: (message: string) => boolean;
  now: Date;
}

const LOCK_WAIT_MS = 10_000;
/** What a roll-over or a restore keeps, naming the ruleset sheet as it is called now. */
const kept = (workbook: Workbook) =>
  `Tên xã, tỉnh, bộ tiêu chí, Ban chỉ đạo, người ký, cơ quan tiếp nhận, nơi nhận, ngày quyết định công nhận Mức độ 1 và trang "${workbook.now.names.get(SHEETS.ruleset) ?? SHEETS.ruleset}" được giữ nguyên.`;

interface Workbook {
  spec: WorkbookSpec;
  /** The template's sheets by their spec name, found as set-up finds them (a renamed sheet too). */
  sheets: Map<string, SheetLike>;
  /** Every sheet name in use, for a new archive's name and position. */
  names: string[];
  /** Names and list ends the sheets have now. */
  now: SheetsNow;
  content: (name: string) => Cell[][] | null;
}

/** The template spec for the workbook's ruleset and the current content of its sheets (read once each). */
function readWorkbook(spreadsheet: SpreadsheetLike): Workbook | { problem: string } {
  const snapshot = readSnapshot(spreadsheet);
  if (!snapshot.CDHT_THONG_TIN) return { problem: NOT_SET_UP };
  const { ruleset, problems } = assessWorkbook(snapshot);
  if (!ruleset) return { problem: unreadableRuleset(problems) };
  const spec = workbookSpec(ruleset);
  const all = spreadsheet.getSheets();
  const names = all.map((s) => s.getName());
  const ambiguous: string[] = [];
  const sheets = identifySheets(names, all, ambiguous).found;
  if (ambiguous.length > 0) return { problem: ambiguous.join(' ') };
  const cache = new Map<string, Cell[][]>();
  const content = (name: string) => {
    const sheet = sheets.get(name);
    const sheetSpec = spec.sheets.find((s) => s.name === name);
    if (!sheet) return null;
    if (!cache.has(name)) {
      const rows = Math.max(sheet.getLastRow(), sheetSpec?.cells.length ?? 1, 1);
      // As wide as the sheet is: people insert columns, and set-up keeps the inputs under their headers.
      const columns = Math.max(sheet.getLastColumn(), sheetSpec?.cells[0]?.length ?? 1, 1);
      cache.set(name, currentContent(sheet.getRange(1, 1, rows, columns)));
    }
    return cache.get(name)!;
  };
  const sheetNames = new Map([...sheets].map(([specName, sheet]) => [specName, sheet.getName()]));
  // Where each growing list ends now: its named range grew over the rows people inserted inside it.
  const listEnds = new Map(
    spec.namedRanges.flatMap((named) => {
      const range = named.grows ? spreadsheet.getRangeByName(named.name) : null;
      return range ? [[named.sheet, range.getRow() + range.getNumRows() - 1] as const] : [];
    }),
  );
  return { spec, sheets, names, now: { names: sheetNames, listEnds }, content };
}

/** Neighbouring writes of a sheet as rectangles (one setValues each): runs along a row, then equal runs on consecutive rows; rows and columns are 1-based. */
export function rectangles(writes: CellWrite[]): Array<{ sheet: string; row: number; column: number; values: Cell[][] }> {
  const runs: Array<{ sheet: string; row: number; column: number; values: Cell[][] }> = [];
  for (const w of writes) {
    const last = runs[runs.length - 1];
    if (last && last.sheet === w.sheet && last.row === w.row && last.column + last.values[0].length === w.column) last.values[0].push(w.value);
    else runs.push({ sheet: w.sheet, row: w.row, column: w.column, values: [[w.value]] });
  }
  const merged: typeof runs = [];
  for (const run of runs) {
    const above = merged.find((r) => r.sheet === run.sheet && r.column === run.column && r.values[0].length === run.values[0].length && r.row + r.values.length === run.row);
    if (above) above.values.push(run.values[0]);
    else merged.push(run);
  }
  return merged;
}

/** Archive first, then the yearly cells: if anything fails midway, the data is already in the archive. */
function applyPlan(spreadsheet: SpreadsheetLike, workbook: Workbook, plan: YearPlan): void {
  const rows = plan.archive.rows;
  const archive = spreadsheet.insertSheet(plan.archive.name, workbook.names.length);
  const range = archive.getRange(1, 1, rows.length, rows[0].length);
  range.setNumberFormats(rows.map((row) => row.map(archiveFormat)));
  range.setValues(rows);
  for (const w of plan.writes)
    if (keepsAsText(w.value))
      workbook.sheets
        .get(w.sheet)!
        .getRange(w.row, w.column, 1, 1)
        .setNumberFormats([['@']]);
  for (const rect of rectangles(plan.writes)) workbook.sheets.get(rect.sheet)!.getRange(rect.row, rect.column, rect.values.length, rect.values[0].length).setValues(rect.values);
}

/**
 * Plans with `plan`, asks with the message `ask` makes of it, then plans again under the lock on
 * fresh content (what was typed meanwhile is archived too) and applies that. Returns lines for the user.
 */
function run(
  deps: YearDeps,
  plan: (workbook: Workbook) => YearPlan | { problem: string },
  ask: (plan: YearPlan, workbook: Workbook) => string,
  done: (plan: YearPlan, workbook: Workbook) => string[],
): string[] {
  const first = readWorkbook(deps.spreadsheet);
  const draft = 'problem' in first ? first : plan(first);
  if ('problem' in draft) return [draft.problem];
  if (!deps.confirm(ask(draft, first as Workbook))) return ['Đã hủy, chưa có gì thay đổi.'];
  if (!deps.lock.tryLock(LOCK_WAIT_MS)) return ['Một thành viên khác đang lưu vào bảng tính. Vui lòng thử lại sau ít giây; chưa có gì thay đổi.'];
  try {
    const workbook = readWorkbook(deps.spreadsheet);
    if ('problem' in workbook) return [workbook.problem];
    const final = plan(workbook);
    if ('problem' in final) return [final.problem];
    applyPlan(deps.spreadsheet, workbook, final);
    return done(final, workbook);
  } finally {
    deps.lock.releaseLock();
  }
}

const cellCount = (plan: YearPlan) => plan.archive.rows.length - ARCHIVE_FIRST_ROW;

/** "Bắt đầu năm đánh giá mới": this year's data to a dated archive sheet, the next year set, the yearly inputs emptied. */
export function startNewYear(deps: YearDeps): string[] {
  return run(
    deps,
    (wb) => planNewYear(wb.spec, wb.content, new Set(wb.names), deps.now, wb.now),
    (p, wb) =>
      `Bắt đầu năm đánh giá ${p.toYear}?\n\nDữ liệu năm ${p.fromYear} (${cellCount(p)} ô: giá trị, minh chứng, ghi chú của từng chỉ tiêu, nội dung báo cáo, số liệu PCGD-XMC, số văn bản, liên kết hồ sơ) được chép sang trang lưu trữ mới rồi xóa khỏi các ô nhập.\n\n${kept(wb)}\n\nCó thể khôi phục lại từ trang lưu trữ.`,
    (p, wb) => [
      `Đã chuyển sang năm đánh giá ${p.toYear}.`,
      `Dữ liệu năm ${p.fromYear} (${cellCount(p)} ô) được lưu ở trang "${p.archive.name}".`,
      kept(wb),
      `Muốn quay lại: mở trang "${p.archive.name}" rồi chọn CĐHT → Khôi phục năm từ trang lưu trữ.`,
    ],
  );
}

/**
 * The undo of startNewYear: the year archive named `sheetName` (the sheet the user has open), or
 * else the last year archive in the spreadsheet, goes back into the yearly cells, after the current
 * data has been archived in its turn.
 */
export function restoreYear(deps: YearDeps, sheetName: string | null): string[] {
  const archives = deps.spreadsheet.getSheets().filter((sheet) => isYearArchive(sheet.getRange(1, 1, ARCHIVE_FIRST_ROW, ARCHIVE_HEADER.length).getValues()));
  const chosen = archives.find((s) => s.getName() === sheetName) ?? archives[archives.length - 1];
  if (!chosen) return ['Chưa có trang lưu trữ năm đánh giá nào (trang lưu trữ được tạo khi chọn "Bắt đầu năm đánh giá mới").'];
  const name = chosen.getName();
  return run(
    deps,
    (wb) => planRestore(wb.spec, wb.content, archiveContent(chosen), new Set(wb.names), deps.now, wb.now),
    (p, wb) =>
      `Khôi phục dữ liệu năm ${p.toYear} từ trang "${name}"?\n\nDữ liệu hiện có của năm ${p.fromYear || '(chưa ghi)'} được chép sang một trang lưu trữ mới trước, nên không mất gì. ${kept(wb)}`,
    (p) => [
      `Đã khôi phục dữ liệu năm ${p.toYear} từ trang "${name}".`,
      `Dữ liệu năm ${p.fromYear || '(chưa ghi)'} trước khi khôi phục được lưu ở trang "${p.archive.name}".`,
      ...(p.unplaced.length > 0 ? [`Không còn chỗ trong mẫu hiện tại cho ${p.unplaced.length} ô (vẫn giữ ở trang "${name}"): ${p.unplaced.join(', ')}.`] : []),
    ],
  );
}

function archiveContent(sheet: SheetLike): Cell[][] {
  return currentContent(sheet.getRange(1, 1, Math.max(sheet.getLastRow(), ARCHIVE_FIRST_ROW), ARCHIVE_HEADER.length));
}
