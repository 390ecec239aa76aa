import { failedRecord, recordFromAssessment, recordWithoutReading, type CommuneRecord } from '../core/rollup/record';
import { REGISTER_COLUMNS, REGISTER_HEADER, REGISTER_SHEET, parseRegister, registerFingerprint, type RegisterEntry } from '../core/rollup/register';
import {
  MAX_ATTEMPTS,
  STATE_KEY,
  TIME_LIMITS,
  canStartBatch,
  canWriteSheets,
  newState,
  parseState,
  processed,
  progressText,
  takeBatch,
  waitBeforeSending,
  type UpdateState,
} from '../core/rollup/resume';
import { rollUp, type RollUp } from '../core/rollup/rollup';
import { BATCH_SIZE, READS_PER_MINUTE, readOutcome, readRequest, type ReadOutcome } from '../core/rollup/sheets-api';
import { GENERATED_SHEETS, generatedSheets } from '../core/rollup/sheets';
import type { Cell } from '../core/cells/values';
import { formatViNumber } from '../core/cells/vi-number';
import { assessWorkbook } from '../core/workbook/snapshot';
import type { ScriptLike } from '../gas/services';
import type { RollupServices } from './services';
import { writeBlock, writeGenerated } from './sheet-io';
import { appendRecords, readRecords, replaceRecords, resetStore } from './store';

/**
 * "Cập nhật tổng hợp": reads every commune workbook of the register and rewrites the generated
 * sheets, in as many runs as it takes (see src/core/rollup/resume.ts). Nothing is written to
 * the commune workbooks: they are only read, through the Sheets API.
 */

/** The exported entry point that a continuation trigger calls (src/rollup/main.ts). */
export const CONTINUE_HANDLER = 'tiepTucCapNhat';

/** How long to wait for another run's lock before saying one is under way. */
const LOCK_WAIT_MS = 5_000;

/** What a run may vary: a Workspace project with a raised Sheets quota can read faster. */
export interface UpdateOptions {
  readsPerMinute: number;
  batchSize: number;
}

const DEFAULTS: UpdateOptions = { readsPerMinute: READS_PER_MINUTE, batchSize: BATCH_SIZE };

export type UpdateOutcome =
  | { kind: 'done'; message: string; rollUp: RollUp }
  | { kind: 'paused'; message: string; state: UpdateState }
  | { kind: 'busy' | 'nothing' | 'no_register' | 'fatal'; message: string };

const count = (n: number) => formatViNumber(n);

function readRegister(services: RollupServices): RegisterEntry[] | null {
  const sheet = services.spreadsheet.getSheetByName(REGISTER_SHEET);
  if (!sheet) return null;
  const last = sheet.getLastRow();
  if (last < 1) return [];
  const values = sheet.getRange(1, 1, last, REGISTER_HEADER.length).getValues() as Cell[][];
  // A link typed as a label ("Bảng tính xã Hòa An") keeps its address in the rich text.
  const links = sheet
    .getRange(1, REGISTER_COLUMNS.link, last, 1)
    .getRichTextValues()
    .map((row) => row[0]?.getLinkUrl() ?? null);
  return parseRegister(values, links);
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
  records: CommuneRecord[];
  retry: number[];
  requests: number;
  fatal?: string;
}

/** Reads one batch: typed results and register errors at once, workbooks in one fetchAll. */
function readBatch(services: RollupServices, entries: readonly RegisterEntry[], indices: readonly number[], state: UpdateState, token: string): BatchResult {
  const records: CommuneRecord[] = [];
  const retry: number[] = [];
  const reading: Array<{ index: number; spreadsheetId: string }> = [];
  for (const index of indices) {
    const entry = entries[index];
    const record = recordWithoutReading(entry);
    if (record) records.push(record);
    else if (entry.source.kind === 'workbook') reading.push({ index, spreadsheetId: entry.source.spreadsheetId });
  }
  if (reading.length === 0) return { records, retry, requests: 0 };

  const requests = reading.map((r) => readRequest(r.spreadsheetId, token));
  let outcomes: ReadOutcome[];
  try {
    outcomes = services.urlFetch.fetchAll(requests).map((response) => readOutcome(response.getResponseCode(), response.getContentText()));
  } catch (thrown) {
    // fetchAll throws for the whole batch on a network failure (timeouts, DNS): try them all again.
    const reason = `Không kết nối được Google Sheets (${(thrown as Error).message}).`;
    outcomes = reading.map((): ReadOutcome => ({ kind: 'retry', failure: 'network', reason }));
  }
  const fatal = outcomes.find((o) => o.kind === 'fatal');
  if (fatal?.kind === 'fatal') return { records: [], retry: [], requests: requests.length, fatal: fatal.message };

  reading.forEach(({ index }, i) => {
    const entry = entries[index];
    const outcome = outcomes[i];
    const attempts = (state.attempts[index] ?? 0) + 1;
    if (outcome.kind === 'retry' && attempts < MAX_ATTEMPTS) {
      state.attempts[index] = attempts;
      retry.push(index);
      return;
    }
    delete state.attempts[index];
    if (outcome.kind === 'snapshot') records.push(recordFromAssessment(entry, assessWorkbook(outcome.snapshot)));
    else if (outcome.kind !== 'fatal') records.push(failedRecord(entry, outcome.failure, outcome.reason));
  });
  return { records, retry, requests: requests.length };
}

function saveState(services: RollupServices, state: UpdateState): void {
  services.properties.setProperty(STATE_KEY, JSON.stringify(state));
}

/** The first line of "Thống kê" says how far an update under way has got. */
function showProgress(services: RollupServices, text: string): void {
  const sheet = services.spreadsheet.getSheetByName(GENERATED_SHEETS.statistics);
  if (sheet) writeBlock(sheet, 1, 1, [[text]]);
}

/**
 * One run of the update. `mode` 'start' begins afresh; 'continue' goes on from the saved
 * position (or says there is nothing to continue). A register edited since the update began
 * restarts it, so one summary never mixes two registers.
 */
export function runUpdate(services: RollupServices, mode: 'start' | 'continue', options: Partial<UpdateOptions> = {}): UpdateOutcome {
  const { clock, script, properties, spreadsheet } = services;
  const { readsPerMinute, batchSize } = { ...DEFAULTS, ...options };
  const started = clock.now();
  if (!services.lock.tryLock(LOCK_WAIT_MS)) {
    return { kind: 'busy', message: 'Đang có một lượt cập nhật khác chạy: hãy đợi lượt đó xong.' };
  }
  try {
    cancelContinuation(script);
    const entries = readRegister(services);
    if (entries === null) {
      return { kind: 'no_register', message: `Chưa có trang "${REGISTER_SHEET}": hãy chạy CĐHT Tổng hợp › Thiết lập bảng tổng hợp.` };
    }
    const fingerprint = registerFingerprint(entries);
    let state = parseState(properties.getProperty(STATE_KEY));
    if (mode === 'continue' && !state) {
      return { kind: 'nothing', message: 'Không có lượt cập nhật nào đang dở: bấm CĐHT Tổng hợp › Cập nhật tổng hợp để cập nhật.' };
    }
    let restarted = false;
    if (mode === 'start' || !state || state.fingerprint !== fingerprint) {
      restarted = mode === 'continue';
      state = newState(fingerprint, entries.length, started);
      resetStore(spreadsheet);
    }
    state.runs++;
    saveState(services, state);

    const token = state.phase === 'read' ? script.getOAuthToken() : '';
    const sentAt: number[] = [];
    let slowest = 0;
    let coolOffUntil = 0;
    const isWorkbook = (i: number) => entries[i].source.kind === 'workbook';
    while (state.phase === 'read') {
      const batch = takeBatch(state, isWorkbook, batchSize);
      if (batch.indices.length === 0) {
        state.phase = 'write';
        break;
      }
      const requests = batch.indices.filter(isWorkbook).length;
      const wait = Math.max(waitBeforeSending(sentAt, clock.now(), requests, readsPerMinute), coolOffUntil - clock.now(), 0);
      if (!canStartBatch(clock.now() - started + wait, slowest)) break;
      if (wait > 0) clock.sleep(wait);
      const batchStart = clock.now();
      const result = readBatch(services, entries, batch.indices, state, token);
      if (result.fatal) {
        saveState(services, state);
        return { kind: 'fatal', message: result.fatal };
      }
      for (let i = 0; i < result.requests; i++) sentAt.push(batchStart);
      appendRecords(spreadsheet, result.records);
      state.next = batch.next;
      state.retry = [...batch.retry, ...result.retry];
      saveState(services, state);
      slowest = Math.max(slowest, clock.now() - batchStart);
      // "Try later" answers mean the quota or the server is saturated: give it a minute.
      if (result.retry.length > 0) coolOffUntil = clock.now() + 60_000;
    }

    if (state.phase === 'write' && canWriteSheets(clock.now() - started)) {
      const stored = readRecords(spreadsheet);
      const records = entries.map((entry) => stored.get(entry.row) ?? failedRecord(entry, 'network', 'Chưa đọc được trong lần cập nhật này: hãy cập nhật lại.'));
      const summary = rollUp(records);
      for (const sheet of generatedSheets(summary, new Date(clock.now()))) writeGenerated(spreadsheet, sheet);
      // Stored before the state goes: a run cut off in between leaves an update under way, never a half store taken as done.
      replaceRecords(spreadsheet, records);
      properties.deleteProperty(STATE_KEY);
      const failed = records.filter((r) => r.status === 'failed').length;
      const message = `Đã cập nhật tổng hợp: ${count(records.length)} dòng danh sách, ${count(failed)} dòng không đọc được (xem lý do ở trang "${GENERATED_SHEETS.communes}").`;
      spreadsheet.toast(message, 'CĐHT Tổng hợp', 10);
      return { kind: 'done', message, rollUp: summary };
    }

    saveState(services, state);
    const scheduled = scheduleContinuation(script);
    const progress = progressText(state, new Date(state.startedAt));
    showProgress(services, progress);
    const next = scheduled ? 'Lượt tiếp theo tự chạy sau khoảng 1 phút; cũng có thể bấm CĐHT Tổng hợp › Tiếp tục cập nhật.' : 'Hãy bấm CĐHT Tổng hợp › Tiếp tục cập nhật để chạy tiếp.';
    const prefix = restarted ? 'Danh sách xã đã thay đổi nên cập nhật bắt đầu lại từ đầu. ' : '';
    const message = `${prefix}Đã xử lý ${count(processed(state))}/${count(state.total)} dòng danh sách; Apps Script giới hạn mỗi lượt chạy 6 phút. ${next}`;
    spreadsheet.toast(message, 'CĐHT Tổng hợp', 10);
    return { kind: 'paused', message, state };
  } finally {
    services.lock.releaseLock();
  }
}
