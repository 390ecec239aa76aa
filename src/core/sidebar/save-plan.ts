import { codeKey } from '../cells/text';
import { EVIDENCE_FIELDS, type CellChange, type Conflict, type EditableField, type EvidenceChange, type EvidenceConflict, type EvidenceFields, type JsonCell, type SaveRequest } from './protocol';

/** Compares cells as the sheet shows them: 5 and "5", blank and "" are the same to a user. */
export function sameCell(a: JsonCell, b: JsonCell): boolean {
  return String(a).trim() === String(b).trim();
}

export interface SavePlan {
  writes: CellChange[];
  /** Changes the sheet already held: nothing to write, but the sidebar takes the sheet's value. */
  unchanged: CellChange[];
  conflicts: Conflict[];
  missing: string[];
}

/**
 * What setValue gets so the sheet stores what the person meant. Sheets reads a written string as if
 * it were typed ("0912345678" becomes a number, "1/2" a date, "=…" a formula; see
 * the README table "Google behaviours this add-on relies on"): text goes in behind an apostrophe, which keeps it text
 * and is not part of the value read back. Numbers (percents as fractions) and booleans go in as
 * they are; "" clears the cell.
 */
export function cellToWrite(after: JsonCell): JsonCell {
  return typeof after === 'string' && after !== '' ? `'${after}` : after;
}

/**
 * Decides which changes to write, given what the sheet holds now (read under the document lock).
 * A change whose cell moved on since the sidebar loaded it is a conflict unless the user chose to
 * overwrite; a change that already matches the sheet is skipped.
 */
export function planSave(request: SaveRequest, current: (code: string, field: EditableField) => JsonCell | undefined): SavePlan {
  const plan: SavePlan = { writes: [], unchanged: [], conflicts: [], missing: [] };
  for (const change of request.changes) {
    const now = current(change.code, change.field);
    if (now === undefined) plan.missing.push(change.code);
    else if (sameCell(now, change.after)) plan.unchanged.push(change);
    else if (!request.overwrite && !sameCell(now, change.before)) plan.conflicts.push({ ...change, current: now });
    else plan.writes.push(change);
  }
  return plan;
}

/** Two evidence rows the same as the sheet shows them; null is a blank row. */
export function sameEvidence(a: EvidenceFields | null, b: EvidenceFields | null): boolean {
  return EVIDENCE_FIELDS.every((f) => sameCell(a?.[f] ?? '', b?.[f] ?? ''));
}

export interface EvidenceWrite {
  /** Index in the CDHT_MINH_CHUNG block (header 0). */
  row: number;
  /** null clears the row (the item was removed). */
  after: EvidenceFields | null;
}

export interface EvidencePlan {
  writes: EvidenceWrite[];
  conflicts: EvidenceConflict[];
}

/**
 * Decides which evidence rows to write, given the block as the sheet holds it now (`rows[i]` is
 * block row i, header at 0; null or blank for an empty row), with the rules of planSave: an edit
 * or removal whose row moved on since loading is a conflict unless the user chose to overwrite,
 * and one the sheet already holds is skipped. A new item takes the first empty row; a new or
 * edited item whose code the list holds on another row, as the list will be after this save's
 * earlier writes, is a conflict whatever the choice (two items, one code), and so is a new item
 * with no empty row left.
 */
export function planEvidenceSave(changes: readonly EvidenceChange[], rows: ReadonlyArray<EvidenceFields | null>, overwrite: boolean): EvidencePlan {
  const plan: EvidencePlan = { writes: [], conflicts: [] };
  const taken = new Set<number>();
  /** Rows as they will be once the writes planned so far are made: one code, one item, in that list. */
  const planned = new Map<number, EvidenceFields | null>();
  const at = (i: number) => (planned.has(i) ? planned.get(i)! : (rows[i] ?? null));
  const blank = (i: number) => sameEvidence(rows[i] ?? null, null);
  const write = (row: number, after: EvidenceFields | null) => {
    planned.set(row, after);
    plan.writes.push({ row, after });
  };
  /** Another row holding `code` (case and spaces aside), never the header (row 0); -1 when none; a blank code clashes with nothing. */
  const holding = (code: string, own: number | null) => (code ? rows.findIndex((_, i) => i > 0 && i !== own && codeKey(at(i)?.code ?? '') === codeKey(code)) : -1);
  const conflict = (change: EvidenceChange, current: EvidenceFields | null, reason: EvidenceConflict['reason'], at: number | null) => plan.conflicts.push({ ...change, current, reason, at });
  for (const change of changes) {
    const { row, after } = change;
    if (row === null) {
      if (!after) continue;
      const clash = holding(after.code, null);
      const free = rows.findIndex((_, i) => i > 0 && blank(i) && !taken.has(i));
      if (clash >= 0) {
        if (!sameEvidence(at(clash), after)) conflict(change, at(clash), 'taken', clash);
      } else if (free < 0) conflict(change, null, 'full', null);
      else {
        taken.add(free);
        write(free, after);
      }
      continue;
    }
    const now = blank(row) ? null : rows[row];
    if (sameEvidence(now, after)) continue;
    const clash = after ? holding(after.code, row) : -1;
    if (!overwrite && !sameEvidence(now, change.before)) conflict(change, now, 'changed', row);
    else if (clash >= 0) conflict(change, at(clash), 'taken', clash);
    else write(row, after);
  }
  return plan;
}
