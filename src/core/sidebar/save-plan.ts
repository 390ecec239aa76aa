import type { CellChange, Conflict, EditableField, JsonCell, SaveRequest } from './protocol';

/** Compares cells as the sheet shows them: 5 and "5", blank and "" are the same to a user. */
export function sameCell(a: JsonCell, b: JsonCell): boolean {
  return String(a).trim() === String(b).trim();
}

export interface SavePlan {
  writes: CellChange[];
  conflicts: Conflict[];
  missing: string[];
}

/**
 * Decides which changes to write, given what the sheet holds now (read under the document lock).
 * A change whose cell moved on since the sidebar loaded it is a conflict unless the user chose to
 * overwrite; a change that already matches the sheet is skipped.
 */
export function planSave(request: SaveRequest, current: (code: string, field: EditableField) => JsonCell | undefined): SavePlan {
  const plan: SavePlan = { writes: [], conflicts: [], missing: [] };
  for (const change of request.changes) {
    const now = current(change.code, change.field);
    if (now === undefined) plan.missing.push(change.code);
    else if (sameCell(now, change.after)) continue;
    else if (!request.overwrite && !sameCell(now, change.before)) plan.conflicts.push({ ...change, current: now });
    else plan.writes.push(change);
  }
  return plan;
}
