import { EDITABLE_FIELDS, EVIDENCE_FIELDS, type SidebarServer } from '../core/sidebar/protocol';

/**
 * What the server answered, checked before the sidebar uses it. google.script.run hands over null
 * for an answer that held a Date, and a server of another version may send other fields: used
 * unchecked, either surfaces as a JavaScript error ("Cannot read properties of undefined"). Each
 * check returns what is wrong, in Vietnamese, or null when the answer has the protocol's shape.
 */
import type { AnswerCheck as Check } from './server';

type Fields = Record<string, unknown>;

const KINDS = ['yesno', 'level', 'percent', 'points'];

export const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isString = (value: unknown) => typeof value === 'string';
export const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
export const isBoolean = (value: unknown) => typeof value === 'boolean';
const isJsonCell = (value: unknown) => isString(value) || isNumber(value) || isBoolean(value);
const listOf = (check: (value: unknown) => boolean) => (value: unknown) => Array.isArray(value) && value.every(check);

/** Field name → [check, what it should be]. */
export type Shape = Record<string, [(value: unknown) => boolean, string]>;

export function shapeProblem(value: unknown, shape: Shape, where = ''): string | null {
  if (!isObject(value)) return `${where}không có dữ liệu (nhận được ${value === null ? 'giá trị rỗng' : Array.isArray(value) ? 'một danh sách' : `kiểu ${typeof value}`})`;
  for (const [name, [check, what]] of Object.entries(shape)) {
    if (!check(value[name])) return `${where}trường "${name}" ${value[name] === undefined ? 'bị thiếu' : `không phải ${what}`}`;
  }
  return null;
}

const CELLS: Shape = Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, [isJsonCell, 'một giá trị ô']]));
const INDICATOR: Shape = {
  code: [isString, 'chữ'],
  criterion: [isString, 'chữ'],
  name: [isString, 'chữ'],
  kind: [(v) => KINDS.includes(v as string), `một trong ${KINDS.join(', ')}`],
  requirements: [(v) => shapeProblem(v, { MD1: [isString, 'chữ'], MD2: [isString, 'chữ'] }) === null, 'yêu cầu Mức độ 1 và Mức độ 2'],
  max: [(v) => v === undefined || isNumber(v), 'số'],
  fields: [(v) => shapeProblem(v, CELLS) === null, 'các ô giá trị, minh chứng, ghi chú, đơn vị phụ trách'],
};

const orNull = (check: (value: unknown) => boolean) => (value: unknown) => value === null || check(value);
const fits = (shape: Shape) => (value: unknown) => shapeProblem(value, shape) === null;
/** A row of "Danh mục minh chứng" as text. */
const isItem = fits(Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f, [isString, 'chữ']])));
const EVIDENCE_LIST: Shape[string] = [listOf(fits({ row: [isNumber, 'số'], fields: [isItem, 'minh chứng'] })), 'danh sách minh chứng'];
const EVIDENCE_CONFLICT: Shape = {
  row: [orNull(isNumber), 'số'],
  before: [orNull(isItem), 'minh chứng'],
  after: [orNull(isItem), 'minh chứng'],
  current: [orNull(isItem), 'minh chứng'],
  reason: [(v) => v === 'changed' || v === 'taken' || v === 'full', 'lý do'],
  at: [orNull(isNumber), 'số'],
};

const stateProblem: Check = (value) => {
  const problem = shapeProblem(value, {
    commune: [isString, 'chữ'],
    year: [isNumber, 'số'],
    difficultArea: [isBoolean, 'Có/Không'],
    rulesetTable: [listOf(listOf(isJsonCell)), 'bảng'],
    indicators: [Array.isArray, 'danh sách'],
    loadedAt: [isString, 'chữ'],
    evidence: EVIDENCE_LIST,
  });
  if (problem) return problem;
  const indicators = (value as Fields).indicators as unknown[];
  for (const [index, indicator] of indicators.entries()) {
    const wrong = shapeProblem(indicator, INDICATOR, `chỉ tiêu thứ ${index + 1}: `);
    if (wrong) return wrong;
  }
  return null;
};

const CONFLICT: Shape = {
  code: [isString, 'chữ'],
  field: [(v) => (EDITABLE_FIELDS as readonly unknown[]).includes(v), 'tên cột'],
  before: [isJsonCell, 'một giá trị ô'],
  current: [isJsonCell, 'một giá trị ô'],
  after: [isJsonCell, 'một giá trị ô'],
};

/** A saved cell as the sheet now holds it. */
const HELD: Shape = {
  code: [isString, 'chữ'],
  field: [(v) => (EDITABLE_FIELDS as readonly unknown[]).includes(v), 'tên cột'],
  value: [isJsonCell, 'một giá trị ô'],
};

const saveResultProblem: Check = (value) =>
  shapeProblem(value, {
    saved: [isNumber, 'số'],
    conflicts: [listOf((c) => shapeProblem(c, CONFLICT) === null), 'danh sách ô bị sửa'],
    missing: [listOf(isString), 'danh sách mã'],
    held: [listOf((c) => shapeProblem(c, HELD) === null), 'danh sách ô đã lưu'],
    evidenceConflicts: [listOf(fits(EVIDENCE_CONFLICT)), 'danh sách minh chứng chưa lưu'],
    evidence: EVIDENCE_LIST,
  });

/** The check of every server function's answer; a new function cannot be added without one. */
export const ANSWER_CHECKS: { [K in keyof SidebarServer]: Check } = {
  getSidebarState: stateProblem,
  saveSidebarChanges: saveResultProblem,
};

/** Thrown for an answer that does not have the protocol's shape; its message is Vietnamese. */
export class BrokenAnswer extends Error {
  constructor(problem: string) {
    super(`máy chủ trả lời không đúng dạng (${problem}); hãy đóng thanh bên rồi mở lại, nếu vẫn lỗi hãy báo người hỗ trợ`);
    this.name = 'BrokenAnswer';
  }
}
