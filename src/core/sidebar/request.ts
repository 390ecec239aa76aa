import { formatViNumber } from '../cells/vi-number';
import { EDITABLE_FIELDS, EVIDENCE_FIELDS, EVIDENCE_LABELS, FIELD_LABELS, MAX_CELL_CHARS, MAX_TEXT_CHARS, type CellChange, type EditableField, type EvidenceChange } from './protocol';

/**
 * What the server accepts from the browser on "Lưu". google.script.run hands the server whatever
 * the page sent: a sidebar of another version, or any script in the page, may send fields the
 * protocol does not have. The server writes only a request of exactly the protocol's shape and
 * refuses the rest whole, before writing anything. Kept small: it ships in Code.js, which Apps
 * Script loads for every custom-function call (the sidebar's richer answer checks stay in the browser).
 */

// Number.isFinite is false for anything but a finite number.
const isCell = (v: unknown) => typeof v === 'string' || typeof v === 'boolean' || Number.isFinite(v);
const REQUEST: Record<string, (v: unknown) => boolean> = { changes: Array.isArray, overwrite: (v) => typeof v === 'boolean', evidence: (v) => v === undefined || Array.isArray(v) };
const CHANGE: Record<string, (v: unknown) => boolean> = {
  code: (v) => typeof v === 'string',
  field: (v) => (EDITABLE_FIELDS as readonly unknown[]).includes(v),
  before: isCell,
  after: isCell,
};

/** A "Danh mục minh chứng" row: its text fields, no others. */
const EVIDENCE_ITEM: Record<string, (v: unknown) => boolean> = Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f, (v: unknown) => typeof v === 'string']));
/** null (whose typeof is 'object') or an object, whose fields badEvidenceChange checks next. */
const itemOrNull = (v: unknown) => typeof v === 'object' && !Array.isArray(v);
/** Row 0 is the list's header: an item lives on row 1 or below; a new item has none. */
const EVIDENCE_CHANGE: Record<string, (v: unknown) => boolean> = { row: (v) => v === null || (Number.isInteger(v) && (v as number) >= 1), before: itemOrNull, after: itemOrNull };

/** What a message repeats of a value it names: its first 40 characters (a code or field sent could be any length). */
const quoted = (value: unknown): string => String(value).slice(0, 40);

/** The first field of `value` outside `shape` or failing its check, named with what was received; null when none. */
function badField(value: unknown, shape: Record<string, (v: unknown) => boolean>): string | null {
  // Never '' (read as "no problem"): blank text sent where an object belongs is named as blank.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return String(value) || '(trống)';
  const fields = value as Record<string, unknown>;
  const extra = Object.keys(fields).find((name) => !(name in shape));
  if (extra !== undefined) return `thừa trường "${extra}"`;
  const bad = Object.keys(shape).find((name) => !shape[name](fields[name]));
  if (bad === undefined) return null;
  return `trường "${bad}" sai: ${quoted(fields[bad])}`;
}

const tooLongText = (what: string, text: unknown): string | null =>
  typeof text === 'string' && text.length > MAX_TEXT_CHARS ? `${what} có ${formatViNumber(text.length)} ký tự, quá ${formatViNumber(MAX_CELL_CHARS)} ký tự một ô chứa được: hãy rút gọn` : null;

/**
 * A change whose text is longer than "Lưu" can write (MAX_TEXT_CHARS), as a Vietnamese sentence
 * naming the indicator and the field; null when it fits. The sidebar checks it before sending,
 * the server before writing.
 */
export function tooLongProblem(change: { code: string; field: EditableField; after: unknown }): string | null {
  return tooLongText(`Chỉ tiêu ${change.code}, ô "${FIELD_LABELS[change.field]}"`, change.after);
}

/** What is wrong with one evidence change (its row, then each side's fields); null when it has the protocol's shape. */
function badEvidenceChange(change: unknown): string | null {
  const wrong = badField(change, EVIDENCE_CHANGE);
  if (wrong) return wrong;
  for (const side of ['before', 'after'] as const) {
    const fields = (change as Record<string, unknown>)[side];
    const inner = fields === null ? null : badField(fields, EVIDENCE_ITEM);
    if (inner) return `trường "${side}": ${inner}`;
  }
  return null;
}

/**
 * The first evidence text longer than "Lưu" can write, named by its item's code (`quoted`) and
 * its column; null when all fit. Takes changes of the protocol's shape.
 */
function evidenceTooLong(evidence: EvidenceChange[]): string | null {
  for (const change of evidence) {
    const after = change.after;
    for (const field of EVIDENCE_FIELDS) {
      const long = after && tooLongText(`Minh chứng ${quoted(after.code)}, ô "${EVIDENCE_LABELS[field]}"`, after[field]);
      if (long) return long;
    }
  }
  return null;
}

/** What is wrong with a save request the server received, in Vietnamese, or null when it can be written. */
export function saveRequestProblem(request: unknown): string | null {
  let wrong = badField(request, REQUEST);
  const changes = wrong ? [] : (request as { changes: unknown[] }).changes;
  for (const [i, change] of changes.entries()) wrong ??= badField(change, CHANGE) && `thay đổi thứ ${i + 1}, ${badField(change, CHANGE)}`;
  const evidence = wrong ? [] : ((request as { evidence?: unknown[] }).evidence ?? []);
  for (const [i, change] of evidence.entries()) wrong ??= badEvidenceChange(change) && `minh chứng thứ ${i + 1}, ${badEvidenceChange(change)}`;
  if (wrong) return `yêu cầu lưu không đúng dạng (${wrong})`;
  for (const change of changes as CellChange[]) {
    const long = tooLongProblem(change);
    if (long) return long;
  }
  return evidenceTooLong(evidence as EvidenceChange[]);
}
