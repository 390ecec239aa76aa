import { EDITABLE_FIELDS, type CellChange, type EditableField, type JsonCell, type SidebarIndicator } from '../core/sidebar/protocol';
import { sameCell } from '../core/sidebar/save-plan';

/**
 * The sidebar's working copy: what the sheet held when last loaded or saved ("before") and what
 * the user has typed since. Only the differences are sent on "Lưu", each with its "before" so the
 * server can tell whether another member changed the cell meanwhile.
 */

/** Same as the sheet shows it, and numbers equal up to rounding noise. */
export function sameValue(a: JsonCell, b: JsonCell): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a));
  return sameCell(a, b);
}

const keyOf = (code: string, field: EditableField) => `${code}\u0000${field}`;

export class Draft {
  private readonly loaded = new Map<string, JsonCell>();
  private readonly edits = new Map<string, JsonCell>();

  constructor(private readonly indicators: readonly SidebarIndicator[]) {
    for (const indicator of indicators) {
      for (const field of EDITABLE_FIELDS) this.loaded.set(keyOf(indicator.code, field), indicator.fields[field]);
    }
  }

  /** What the sheet held when last loaded or saved. */
  before(code: string, field: EditableField): JsonCell {
    return this.loaded.get(keyOf(code, field)) ?? '';
  }

  /** The value as the user sees it now. */
  get(code: string, field: EditableField): JsonCell {
    const key = keyOf(code, field);
    return this.edits.has(key) ? (this.edits.get(key) as JsonCell) : this.before(code, field);
  }

  /** Typing a value back to what was loaded is no change at all. */
  set(code: string, field: EditableField, value: JsonCell): void {
    const key = keyOf(code, field);
    if (sameValue(value, this.before(code, field))) this.edits.delete(key);
    else this.edits.set(key, value);
  }

  /** The changes to send, in sheet order (indicator, then field). */
  changes(): CellChange[] {
    return this.indicators.flatMap((indicator) =>
      EDITABLE_FIELDS.filter((field) => this.edits.has(keyOf(indicator.code, field))).map((field) => ({
        code: indicator.code,
        field,
        before: this.before(indicator.code, field),
        after: this.get(indicator.code, field),
      })),
    );
  }

  get count(): number {
    return this.edits.size;
  }

  /**
   * A change was saved and the sheet now holds `held` (its own reading of what was `sent`). It
   * becomes the new "before"; the edit that was sent is done, one typed since stays pending.
   * Returns true when the input should now show `held` (the user typed nothing since).
   */
  saved(code: string, field: EditableField, sent: JsonCell, held: JsonCell): boolean {
    const key = keyOf(code, field);
    this.loaded.set(key, held);
    const typedSince = this.edits.has(key) && !sameValue(this.edits.get(key) as JsonCell, sent) && !sameValue(this.edits.get(key) as JsonCell, held);
    if (typedSince) return false;
    this.edits.delete(key);
    return true;
  }

  /** Drops the user's edit and takes what the sheet holds now. */
  takeSheet(code: string, field: EditableField, current: JsonCell): void {
    this.loaded.set(keyOf(code, field), current);
    this.edits.delete(keyOf(code, field));
  }
}
