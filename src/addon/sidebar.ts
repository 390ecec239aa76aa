import { EVIDENCE_FIELDS, type EditableField, type EvidenceChange, type JsonCell, type SaveRequest, type SaveResult, type SidebarState } from '../core/sidebar/protocol';
import { cellToWrite, planEvidenceSave, planSave } from '../core/sidebar/save-plan';
import { saveRequestProblem } from '../core/sidebar/request';
import { buildSidebarState, evidenceFields, evidenceRows, fieldCells, toJsonCell } from '../core/sidebar/state';
import { codeKey } from '../core/cells/text';
import type { Cell } from '../core/cells/values';
import { NAMES } from '../core/workbook/names';
import { evidenceHeaderFault } from '../core/workbook/evidence';
import { SHEETS } from '../core/template/layout';
import type { LockLike } from '../gas/services';
import type { RangeLike, SpreadsheetLike } from '../gas/spreadsheet';
import { assessWorkbook } from '../core/workbook/snapshot';
import { NOT_SET_UP, readSnapshot, unreadableRuleset } from './workbook-reader';

/** The sidebar's one load call. Throws a Vietnamese message the sidebar shows as it is. */
export function loadSidebarState(spreadsheet: SpreadsheetLike, now: Date): SidebarState {
  const snapshot = readSnapshot(spreadsheet);
  if (!snapshot[NAMES.indicators]) throw new Error(NOT_SET_UP);
  // The list is read by column place: shifted columns would show each field under another's label.
  const fault = listFault(snapshot[NAMES.evidence] ?? [], () => spreadsheet.getRangeByName(NAMES.evidence));
  if (fault) throw new Error(fault);
  const state = buildSidebarState(snapshot, now);
  if (!state) throw new Error(unreadableRuleset(assessWorkbook(snapshot).problems));
  return state;
}

/**
 * Why the evidence list (`rows`, header row first) cannot be read by column place, or null
 * (evidenceHeaderFault), naming its sheet as its tab reads now: the list's named range stays on a
 * renamed sheet, and set-up's messages name it so too. `block` (the list's range) is asked only
 * when there is a fault, so a load or save that has none makes no extra call.
 */
function listFault(rows: Cell[][], block: () => RangeLike | null): string | null {
  if (!evidenceHeaderFault(rows, SHEETS.evidence)) return null;
  return evidenceHeaderFault(rows, block()?.getSheet().getName() ?? SHEETS.evidence);
}

const LOCK_WAIT_MS = 10_000;

/**
 * "Lưu": writes only the changed cells, under the document lock, after checking that nobody
 * changed them since the sidebar loaded them. Conflicts come back to the sidebar unwritten; every
 * other change comes back with the value the sheet now holds. A request outside the protocol
 * (unknown fields, wrong types, a text longer than a cell holds) is refused whole, in Vietnamese.
 */
export function saveSidebarChanges(spreadsheet: SpreadsheetLike, lock: LockLike, flush: () => void, request: SaveRequest): SaveResult {
  // Checked before anything is written: the browser may send what the protocol does not have.
  const problem = saveRequestProblem(request);
  if (problem) throw new Error(`Chưa lưu gì: ${problem}.`);
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new Error('Một thành viên khác đang lưu vào bảng tính. Vui lòng bấm "Lưu" lại sau ít giây.');
  }
  try {
    const block = spreadsheet.getRangeByName(NAMES.indicators);
    if (!block) throw new Error(NOT_SET_UP);
    // A workbook set up before the evidence list existed: evidence changes are refused before any cell is written.
    const evidenceBlock = spreadsheet.getRangeByName(NAMES.evidence);
    const evidenceChanges = request.evidence ?? [];
    if (!evidenceBlock && evidenceChanges.length > 0) throw new Error(NOT_SET_UP);
    // Written by column place: a list whose headers are out of place is refused before any cell is written.
    const evidenceBefore = evidenceBlock && evidenceChanges.length > 0 ? evidenceBlock.getValues() : null;
    const fault = evidenceBefore && listFault(evidenceBefore, () => evidenceBlock);
    if (fault) throw new Error(`Chưa lưu gì: ${fault}`);
    const before = block.getValues();
    const { rowOf, column } = fieldCells(before);
    const reader =
      (rows: Cell[][]) =>
      (code: string, field: EditableField): JsonCell | undefined => {
        const row = rowOf.get(codeKey(code));
        return row === undefined ? undefined : toJsonCell(rows[row][column[field]]);
      };
    const plan = planSave(request, reader(before));
    for (const change of plan.writes) {
      block.getCell(rowOf.get(codeKey(change.code))! + 1, column[change.field] + 1).setValue(cellToWrite(change.after));
    }
    if (plan.writes.length > 0) flush();
    // Read back: the sidebar's next "before" is what the sheet stored, not what was sent.
    const now = reader(plan.writes.length > 0 ? block.getValues() : before);
    const held = [...plan.writes, ...plan.unchanged].map(({ code, field }) => ({ code, field, value: now(code, field) ?? '' }));
    const evidence = saveEvidence(evidenceBlock, evidenceBefore, flush, evidenceChanges, request.overwrite);
    return { saved: plan.writes.length + evidence.saved, conflicts: plan.conflicts, missing: plan.missing, held, evidenceConflicts: evidence.conflicts, evidence: evidence.list };
  } finally {
    lock.releaseLock();
  }
}

/**
 * The evidence part of "Lưu", under the same lock: each row written whole, text behind an
 * apostrophe (cellToWrite) so "15/01/2025" or "0912…" stay as typed; a removed item's row is
 * cleared. Returns the list read back, the sidebar's new "before". `block` is null in a workbook
 * without the list, whose evidence changes the caller has already refused; `read` is the block as
 * the caller read it (null: not read, there being no change).
 */
function saveEvidence(
  block: RangeLike | null,
  read: Cell[][] | null,
  flush: () => void,
  changes: EvidenceChange[],
  overwrite: boolean,
): { saved: number; conflicts: SaveResult['evidenceConflicts']; list: SaveResult['evidence'] } {
  if (!block) return { saved: 0, conflicts: [], list: [] };
  const before = read ?? block.getValues();
  const plan = planEvidenceSave(
    changes,
    before.map((cells) => evidenceFields(cells)),
    overwrite,
  );
  for (const { row, after } of plan.writes) {
    EVIDENCE_FIELDS.forEach((field, c) => {
      block.getCell(row + 1, c + 1).setValue(cellToWrite(after?.[field] ?? ''));
    });
  }
  if (plan.writes.length > 0) flush();
  return { saved: plan.writes.length, conflicts: plan.conflicts, list: evidenceRows(plan.writes.length > 0 ? block.getValues() : before) };
}
