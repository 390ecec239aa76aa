import { formatViNumber } from '../cells/vi-number';
import { EDITABLE_FIELDS, EVIDENCE_FIELDS, FIELD_LABELS, MAX_CELL_CHARS, MAX_TEXT_CHARS, type CellChange, type EditableField, type EvidenceChange } from './protocol';

/**
 * What the server accepts from the browser on "Lưu". google.script.run hands the server whatever
 * the page sent: a sidebar of another version, or any script in the page, may send fields the
 * protocol does not have. The server writes only a request of exactly the protocol's shape and
 * refuses the rest whole, before writing anything. Kept small: it ships in Code.js, which Apps
 * Script loads for every custom-function call (the sidebar's richer answer checks stay in the browser).
 */

const isCell = (v: unknown) => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
const REQUEST: Record<string, (v: unknown) => boolean> = { changes: Array.isArray, overwrite: (v) => typeof v === 'boolean', evidence: (v) => v === undefined || Array.isArray(v) };
const CHANGE: Record<string, (v: unknown) => boolean> = {
  code: (v) => typeof v === 'string',
  field: (v) => (EDITABLE_FIELDS as readonly unknown[]).includes(v),
  before: isCell,
  after: isCell,
};

/** The first field of `value` outside `shape` or failing its check, named with what was received; null when none. */
function badField(value: unknown, shape: Record<string, (v: unknown) => boolean>): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return String(value);
  const fields = value as Record<string, unknown>;
  const extra = Object.keys(fields).find((name) => !(name in shape));
  if (extra !== undefined) return `thừa trường "${extra}"`;
  const bad = Object.keys(shape).find((name) => !shape[name](fields[name]));
  if (bad === undefined) return null;
  return `trường "${bad}" sai: ${String(fields[bad]).slice(0, 40)}`;
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

/** The first evidence item whose text is longer than "Lưu" can write, named by its code; null when all fit. */
function evidenceTooLong(evidence: EvidenceChange[]): string | null {
  for (const change of evidence) {
    const after = change?.after;
    for (const field of EVIDENCE_FIELDS) {
      const long = after && tooLongText(`Minh chứng ${after.code}`, after[field]);
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
  if (wrong) return `yêu cầu lưu không đúng dạng (${wrong})`;
  for (const change of changes as CellChange[]) {
    const long = tooLongProblem(change);
    if (long) return long;
  }
  return evidenceTooLong((request as { evidence?: EvidenceChange[] }).evidence ?? []);
}
