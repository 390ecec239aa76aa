import { failedRecord, recordFromSnapshot, recordWithoutReading, type CommuneRecord } from '../core/rollup/record';
import { PACE_CELL, REGISTER_COLUMNS, REGISTER_READ_WIDTH, REGISTER_SHEET, entryKey, isRereadMark, parseRegister, type RegisterEntry } from '../core/rollup/register';
import {
  MAX_ATTEMPTS,
  STATE_KEY,
  TIME_LIMITS,
  canStartBatch,
  canWriteSheets,
  needsRead,
  newState,
  parseState,
  progressText,
  readPace,
  waitBeforeSending,
  type UpdateState,
} from '../core/rollup/resume';
import { asRead, countOnce, markRepeats } from '../core/rollup/duplicates';
import { updateProgress, type UpdateProgress } from '../core/rollup/progress';
import { rollUp, type RollUp } from '../core/rollup/rollup';
import { BATCH_SIZE, readOutcome, readRequest, type ReadOutcome } from '../core/rollup/sheets-api';
import { GENERATED_SHEETS, generatedSheets } from '../core/rollup/sheets';
import type { Cell } from '../core/cells/values';
import { formatViNumber } from '../core/cells/vi-number';
import { thrownMessage } from '../core/engine/problems';
import type { ScriptLike } from '../gas/services';
import type { SheetLike } from '../gas/spreadsheet';
import type { RollupServices } from './services';
import { writeBlock, writeGenerated } from './sheet-io';
import { appendRecords, readRecords, replaceRecords, type KeyedRecord } from './store';

/**
 * "Cập nhật tổng hợp": reads the commune workbooks the register asks for and rewrites the
 * generated sheets, in as many runs as it takes. Only what src/core/rollup/resume.ts `needsRead`
 * asks for is read: rows not read yet, changed or marked "Đọc lại", and a year's rows once more
 * when its dossiers become final; everything else comes from the store. Nothing is written to
 * the commune workbooks: they are only read, through the Sheets API.
 */

/** The exported entry point that a continuation trigger calls (src/rollup/main.ts). */
export const CONTINUE_HANDLER = 'continueUpdate';

/** How long to wait for another run's lock before saying one is under way. */
const LOCK_WAIT_MS = 5_000;

/** What a run may vary; the pace comes from the register's pace cell unless given here. */
export interface UpdateOptions {
  readsPerMinute: number;
  batchSize: number;
}

export type UpdateOutcome =
  | { kind: 'done'; message: string; rollUp: RollUp; reads: number }
  | { kind: 'paused'; message: string; state: UpdateState }
  | { kind: 'busy' | 'nothing' | 'no_register' | 'fatal' | 'error'; message: string };

const count = (n: number) => formatViNumber(n);

interface Register {
  sheet: SheetLike;
  entries: RegisterEntry[];
  pace: number;
}

function readRegister(services: RollupServices): Register | null {
  const sheet = services.spreadsheet.getSheetByName(REGISTER_SHEET);
  if (!sheet) return null;
  const last = sheet.getLastRow();
  if (last < 1) return { sheet, entries: [], pace: readPace('') };
  const values = sheet.getRange(1, 1, last, REGISTER_READ_WIDTH).getValues() as Cell[][];
  // A link typed as a label ("Bảng tính xã Hòa An") keeps its address in the rich text.
  const links = sheet
    .getRange(1, REGISTER_COLUMNS.link, last, 1)
    .getRichTextValues()
    .map((row) => row[0]?.getLinkUrl() ?? null);
  return { sheet, entries: parseRegister(values, links), pace: readPace(values[PACE_CELL.row - 1][PACE_CELL.valueColumn - 1]) };
}

/**
 * Clears the "Đọc lại" marks of the rows this update read. The column is read again just before,
 * so a mark typed meanwhile on another row stays; a tick becomes unticked, text becomes blank.
 */
function clearMarks(sheet: SheetLike, read: ReadonlySet<number>): void {
  const last = sheet.getLastRow();
  if (read.size === 0 || last < 2) return;
  const range = sheet.getRange(2, REGISTER_COLUMNS.reread, last - 1, 1);
  const marks = range.getValues() as Cell[][];
  let changed = false;
  const cleared = marks.map(([mark], i) => {
    if (!read.has(i + 2) || !isRereadMark(mark)) return [mark];
    changed = true;
    return [mark === true ? false : ''];
  });
  if (changed) range.setValues(cleared);
}

function cancelContinuation(script: ScriptLike): void {
  for (const trigger of script.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === CONTINUE_HANDLER) script.deleteTrigger(trigger);
  }
}

/** Schedules the next run; false when Apps Script refuses (trigger limits), then the user presses "Tiếp tục". */
function scheduleContinuation(script: ScriptLike): boolean {
  try {
    script.newTrigger(CONTINUE_HANDLER).timeBased().after(TIME_LIMITS.resumeAfterMs).create();
    return true;
  } catch {
    return false;
  }
}

interface BatchResult {
  records: KeyedRecord[];
  retry: number[];
  fatal?: string;
}

/** Reads one batch of workbook rows in one fetchAll; each record is stamped with the time it was read. */
function readBatch(services: RollupServices, entries: readonly RegisterEntry[], indices: readonly number[], state: UpdateState, token: string): BatchResult {
  const records: KeyedRecord[] = [];
  const retry: number[] = [];
  const ids = indices.map((index) => {
    const source = entries[index].source;
    return source.kind === 'workbook' ? source.spreadsheetId : '';
  });
  let outcomes: ReadOutcome[];
  try {
    outcomes = services.urlFetch.fetchAll(ids.map((id) => readRequest(id, token))).map((response) => readOutcome(response.getResponseCode(), response.getContentText()));
  } catch (thrown) {
    // fetchAll throws for the whole batch on a network failure (timeouts, DNS): try them all again.
    const reason = `Không kết nối được Google Sheets (${(thrown as Error).message}).`;
    outcomes = indices.map((): ReadOutcome => ({ kind: 'retry', failure: 'network', reason }));
  }
  const fatal = outcomes.find((o) => o.kind === 'fatal');
  if (fatal?.kind === 'fatal') return { records: [], retry: [], fatal: fatal.message };
  // None is fatal now: each is a snapshot, a failure or one to try again (the filter keeps them all, in order).
  const read = outcomes.filter((o): o is Exclude<ReadOutcome, { kind: 'fatal' }> => o.kind !== 'fatal');

  const readAt = services.clock.now();
  indices.forEach((index, i) => {
    const entry = entries[index];
    const outcome = read[i];
    const attempts = (state.attempts[entry.row] ?? 0) + 1;
    if (outcome.kind === 'retry' && attempts < MAX_ATTEMPTS) {
      state.attempts[entry.row] = attempts;
      retry.push(index);
      return;
    }
    delete state.attempts[entry.row];
    const record = outcome.kind === 'snapshot' ? recordFromSnapshot(entry, outcome.snapshot) : failedRecord(entry, outcome.failure, outcome.reason);
    record.readAt = readAt;
    records.push([entryKey(entry), record]);
  });
  state.read += records.length;
  return { records, retry };
}

function saveState(services: RollupServices, state: UpdateState): void {
  services.properties.setProperty(STATE_KEY, JSON.stringify(state));
}

/** The first line of "Thống kê" says how far an update under way has got. */
function showProgress(services: RollupServices, text: string): void {
  const sheet = services.spreadsheet.getSheetByName(GENERATED_SHEETS.statistics);
  if (sheet) writeBlock(sheet, 1, 1, [[text]]);
}

/** A trigger's run has nobody to tell: the status line says why the update stopped. */
function showStop(services: RollupServices, reason: string): void {
  showProgress(services, `Cập nhật tổng hợp đã dừng: ${reason} Số liệu bên dưới là của lần cập nhật trước.`);
}

/** Every register row's record: typed results and register errors as they are now, workbooks from the store. */
function currentRecords(entries: readonly RegisterEntry[], kept: ReadonlyMap<string, CommuneRecord>): KeyedRecord[] {
  return entries.map((entry): KeyedRecord => {
    const key = entryKey(entry);
    const record = recordWithoutReading(entry);
    if (record) return [key, record];
    const stored = kept.get(key);
    // The row may have moved, and its link be written differently: the register's are shown.
    if (stored) return [key, { ...asRead(stored), row: entry.row, commune: entry.commune, link: entry.link }];
    return [key, failedRecord(entry, 'network', 'Chưa đọc được trong lần cập nhật này: hãy cập nhật lại.')];
  });
}

/**
 * One run of the update. `mode` 'start' begins an update; 'continue' goes on with the one under
 * way (or says there is nothing to continue). Each run reads the register and the store afresh,
 * so rows edited between runs are simply read (or no longer read) by the next one.
 */
export function runUpdate(services: RollupServices, mode: 'start' | 'continue', options: Partial<UpdateOptions> = {}): UpdateOutcome {
  const { clock, script, properties, spreadsheet } = services;
  const started = clock.now();
  if (!services.lock.tryLock(LOCK_WAIT_MS)) {
    return { kind: 'busy', message: 'Đang có một lượt cập nhật khác chạy: hãy đợi lượt đó xong.' };
  }
  try {
    cancelContinuation(script);
    const register = readRegister(services);
    if (register === null) {
      // The sheet may have been renamed under an update a trigger goes on with: the status line says the update stopped.
      const message = `Chưa có trang "${REGISTER_SHEET}": hãy chạy CĐHT Tổng hợp › Thiết lập bảng tổng hợp.`;
      showStop(services, message);
      return { kind: 'no_register', message };
    }
    const { entries } = register;
    const readsPerMinute = options.readsPerMinute ?? register.pace;
    const batchSize = Math.min(options.batchSize ?? BATCH_SIZE, readsPerMinute);
    let state = parseState(properties.getProperty(STATE_KEY));
    if (mode === 'continue' && !state) {
      return { kind: 'nothing', message: 'Không có lượt cập nhật nào đang dở: bấm CĐHT Tổng hợp › Cập nhật tổng hợp để cập nhật.' };
    }
    if (mode === 'start' || !state) state = newState(started);
    state.runs++;
    saveState(services, state);

    const kept = readRecords(spreadsheet);
    const startedAt = state.startedAt;
    const queue: number[] = [];
    entries.forEach((entry, index) => {
      if (needsRead(entry, kept.get(entryKey(entry)), startedAt, started)) queue.push(index);
    });
    state.left = queue.length;
    state.pace = readsPerMinute;
    const token = queue.length > 0 ? script.getOAuthToken() : '';
    const sentAt: number[] = [];
    let slowest = 0;
    let coolOffUntil = 0;
    while (queue.length > 0) {
      const size = Math.min(batchSize, queue.length);
      const wait = Math.max(waitBeforeSending(sentAt, clock.now(), size, readsPerMinute), coolOffUntil - clock.now(), 0);
      if (!canStartBatch(clock.now() - started + wait, slowest)) break;
      if (wait > 0) clock.sleep(wait);
      const batchStart = clock.now();
      const batch = queue.slice(0, size);
      const result = readBatch(services, entries, batch, state, token);
      if (result.fatal) {
        saveState(services, state);
        showStop(services, result.fatal);
        return { kind: 'fatal', message: result.fatal };
      }
      for (let i = 0; i < size; i++) sentAt.push(batchStart);
      appendRecords(spreadsheet, result.records);
      for (const [key, record] of result.records) kept.set(key, record);
      // "Try later" rows are tried first after the cool-off, so that at most one batch of them
      // is counted in the state at a time (a property value holds 9 KB).
      queue.splice(0, size, ...result.retry);
      state.left = queue.length;
      saveState(services, state);
      slowest = Math.max(slowest, clock.now() - batchStart);
      // "Try later" answers mean the quota or the server is saturated: give it a minute.
      if (result.retry.length > 0) coolOffUntil = clock.now() + 60_000;
    }

    if (queue.length === 0 && canWriteSheets(clock.now() - started)) {
      const keyed = currentRecords(entries, kept);
      const read = keyed.map(([, record]) => record);
      const records = countOnce(entries, read);
      const summary = rollUp(records);
      for (const sheet of generatedSheets(summary, new Date(clock.now()))) writeGenerated(spreadsheet, sheet);
      // Stored before the state goes: a run cut off in between leaves an update under way, never a half store taken as done.
      replaceRecords(spreadsheet, keptRecords(keyed, markRepeats(read, records)));
      clearMarks(register.sheet, rowsReadThisUpdate(entries, kept, startedAt));
      properties.deleteProperty(STATE_KEY);
      const failed = records.filter((r) => r.status === 'failed').length;
      const reads = state.read === 0 ? 'không cần đọc lại bảng tính nào' : `đọc ${count(state.read)} bảng tính`;
      // With nothing failed there are no reasons to look up: pointing to them would send a person looking for an error.
      const failures = failed === 0 ? 'tất cả đều đọc được' : `${count(failed)} dòng không đọc được (xem lý do ở trang "${GENERATED_SHEETS.communes}")`;
      const message = `Đã cập nhật tổng hợp (${reads}): ${count(records.length)} dòng danh sách, ${failures}.`;
      spreadsheet.toast(message, 'CĐHT Tổng hợp', 10);
      return { kind: 'done', message, rollUp: summary, reads: state.read };
    }

    // This run went as planned: an earlier run's error is history.
    state.failedRuns = 0;
    delete state.error;
    saveState(services, state);
    const scheduled = scheduleContinuation(script);
    const progress = progressText(state, queue.length, readsPerMinute);
    showProgress(services, progress);
    const next = scheduled ? 'Lượt tiếp theo tự chạy sau khoảng 1 phút; cũng có thể bấm CĐHT Tổng hợp › Tiếp tục cập nhật.' : 'Hãy bấm CĐHT Tổng hợp › Tiếp tục cập nhật để chạy tiếp.';
    const message = `${progress.split(' (bắt đầu')[0]}. Apps Script giới hạn mỗi lượt chạy 6 phút. ${next}`;
    spreadsheet.toast(message, 'CĐHT Tổng hợp', 10);
    return { kind: 'paused', message, state };
  } catch (thrown) {
    return interrupted(services, thrown);
  } finally {
    services.lock.releaseLock();
  }
}

/**
 * A run stopped by an error nobody expected (a Spreadsheet or Properties service failure, a bug).
 * A trigger's run has nobody to tell, so the status line says what happened and how far the
 * update got. The saved state is the last one saved after a batch was stored, so the store and
 * the state agree and the next run resumes from there. A continuation is scheduled again, but
 * only while the error has not stopped MAX_ATTEMPTS runs in a row: an error that does not go
 * away must not start a run every minute for ever; the person then presses "Tiếp tục".
 */
function interrupted(services: RollupServices, thrown: unknown): UpdateOutcome {
  const reason = thrownMessage(thrown);
  let state: UpdateState | null = null;
  let scheduled = false;
  try {
    state = parseState(services.properties.getProperty(STATE_KEY));
    if (state) {
      state.failedRuns = (state.failedRuns ?? 0) + 1;
      state.error = reason;
      saveState(services, state);
      scheduled = state.failedRuns < MAX_ATTEMPTS && scheduleContinuation(services.script);
    }
  } catch {
    // The properties failing too: the status line below still says what happened.
  }
  const message = `Cập nhật tổng hợp bị gián đoạn vì lỗi: ${/[.!?]$/.test(reason) ? reason : `${reason}.`} ${interruptedNext(state, scheduled)} Số liệu bên dưới là của lần cập nhật trước.`;
  try {
    showProgress(services, message);
  } catch {
    // Nowhere to write: the message still reaches whoever pressed the menu.
  }
  return { kind: 'error', message };
}

/** How far an interrupted update got and what happens next. */
function interruptedNext(state: UpdateState | null, scheduled: boolean): string {
  if (!state) return 'Chưa đọc bảng tính nào; hãy bấm CĐHT Tổng hợp › Cập nhật tổng hợp để thử lại.';
  const read = state.left === undefined ? `Đã đọc ${count(state.read)} bảng tính` : `Đã đọc ${count(state.read)}/${count(state.read + state.left)} xã`;
  if (scheduled) return `${read}; lượt tiếp theo tự chạy sau khoảng 1 phút và tiếp tục từ chỗ này (cũng có thể bấm CĐHT Tổng hợp › Tiếp tục cập nhật).`;
  const why = (state.failedRuns ?? 0) >= MAX_ATTEMPTS ? `lỗi lặp lại ${MAX_ATTEMPTS} lượt liền nên tiện ích không tự chạy tiếp: khi đã khắc phục, hãy` : 'hãy';
  return `${read}; ${why} bấm CĐHT Tổng hợp › Tiếp tục cập nhật để tiếp tục từ chỗ này.`;
}

/**
 * How far the update under way has got, for the roll-up's sidebar: the saved state, the status
 * line and the register's pace. Reads only (two cells and a property), takes no lock: it is
 * polled while a run holds the lock, and each run saves its state after every batch it stores.
 */
export function readProgress(services: RollupServices): UpdateProgress {
  const cell = (sheet: string, row: number, column: number) => services.spreadsheet.getSheetByName(sheet)?.getRange(row, column, 1, 1).getValues()[0][0] ?? '';
  const status = cell(GENERATED_SHEETS.statistics, 1, 1);
  const pace = readPace(cell(REGISTER_SHEET, PACE_CELL.row, PACE_CELL.valueColumn) as Cell);
  return updateProgress(parseState(services.properties.getProperty(STATE_KEY)), typeof status === 'string' ? status : String(status), pace);
}

/**
 * What the store keeps at the end of an update: one record per key, the first row's (two rows
 * asking for the same thing share one key, and the store's last copy of a key would win).
 */
function keptRecords(keyed: readonly KeyedRecord[], records: readonly CommuneRecord[]): KeyedRecord[] {
  const seen = new Set<string>();
  const kept: KeyedRecord[] = [];
  keyed.forEach(([key], i) => {
    if (seen.has(key)) return;
    seen.add(key);
    kept.push([key, records[i]]);
  });
  return kept;
}

/**
 * Register rows whose workbook was read in this update (in any of its runs): every record read is
 * kept under its row's key with its read time, never before the update started.
 */
function rowsReadThisUpdate(entries: readonly RegisterEntry[], kept: ReadonlyMap<string, CommuneRecord>, startedAt: number): Set<number> {
  const rows = new Set<number>();
  for (const entry of entries) {
    const readAt = kept.get(entryKey(entry))?.readAt;
    if (readAt !== undefined && readAt >= startedAt) rows.add(entry.row);
  }
  return rows;
}
