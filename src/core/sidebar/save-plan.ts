import type { CellChange, Conflict, EditableField, JsonCell, SaveRequest } from './protocol';

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
