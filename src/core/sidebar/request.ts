import { formatViNumber } from '../cells/vi-number';
import { EDITABLE_FIELDS, FIELD_LABELS, MAX_CELL_CHARS, type CellChange, type EditableField } from './protocol';
import { isBoolean, isJsonCell, isString, shapeProblem, type Shape } from './shape';

/**
 * What the server accepts from the browser on "Lưu". google.script.run hands the server whatever
 * the page sent: a sidebar of another version, or any script in the page, may send fields the
 * protocol does not have. The server writes only a request of exactly the protocol's shape and
 * refuses the rest whole, before writing anything.
 */

const REQUEST: Shape = {
  changes: [Array.isArray, 'một danh sách thay đổi'],
  overwrite: [isBoolean, 'đúng/sai'],
};
const CHANGE: Shape = {
  code: [isString, 'một mã chỉ tiêu'],
  field: [(v) => (EDITABLE_FIELDS as readonly unknown[]).includes(v), `một trong ${EDITABLE_FIELDS.join(', ')}`],
  before: [isJsonCell, 'một giá trị ô'],
  after: [isJsonCell, 'một giá trị ô'],
};

/**
 * A change whose text is longer than a cell holds, as a Vietnamese sentence naming the indicator and
 * the field; null when it fits. The sidebar checks it before sending, the server before writing.
 */
export function tooLongProblem(change: { code: string; field: EditableField; after: unknown }): string | null {
  if (typeof change.after !== 'string' || change.after.length <= MAX_CELL_CHARS) return null;
  return `Chỉ tiêu ${change.code}, ô "${FIELD_LABELS[change.field]}" có ${formatViNumber(change.after.length)} ký tự, vượt giới hạn ${formatViNumber(MAX_CELL_CHARS)} ký tự của một ô Google Trang tính: hãy rút gọn, hoặc để nội dung dài trong một tài liệu và dán liên kết vào ô "${FIELD_LABELS.evidence}"`;
}

/** What is wrong with a save request the server received, in Vietnamese, or null when it can be written. */
export function saveRequestProblem(request: unknown): string | null {
  const shape = shapeProblem(request, REQUEST, 'yêu cầu lưu: ', true);
  if (shape) return `yêu cầu lưu không đúng dạng: ${shape}`;
  const changes = (request as { changes: unknown[] }).changes;
  for (const [index, change] of changes.entries()) {
    const wrong = shapeProblem(change, CHANGE, `thay đổi thứ ${index + 1}: `, true);
    if (wrong) return `yêu cầu lưu không đúng dạng: ${wrong}`;
  }
  for (const change of changes as CellChange[]) {
    const long = tooLongProblem(change);
    if (long) return long;
  }
  return null;
}
