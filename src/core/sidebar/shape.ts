/**
 * Checks that a value crossing google.script.run has the protocol's shape, in either direction:
 * the browser checks the server's answers (src/client/answer.ts), the server the browser's save
 * requests (request.ts). Each check returns what is wrong, in Vietnamese, or null.
 */

export type Fields = Record<string, unknown>;

export const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isString = (value: unknown) => typeof value === 'string';
export const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
export const isBoolean = (value: unknown) => typeof value === 'boolean';
/** A JsonCell: text, a finite number or a boolean. */
export const isJsonCell = (value: unknown) => isString(value) || isNumber(value) || isBoolean(value);

/** Field name → [check, what it should be]. */
export type Shape = Record<string, [(value: unknown) => boolean, string]>;

/** A short text or number received, shown after the complaint so support can tell what was sent. */
const received = (value: unknown) => (isString(value) || isNumber(value) ? ` (nhận được "${String(value).slice(0, 40)}")` : '');

/**
 * What is wrong with `value` against `shape`, prefixed by `where`. `exact`: a field the shape does
 * not have is wrong too (a request the server would otherwise act on); answers may carry more.
 */
export function shapeProblem(value: unknown, shape: Shape, where = '', exact = false): string | null {
  if (!isObject(value)) return `${where}không có dữ liệu (nhận được ${value === null ? 'giá trị rỗng' : Array.isArray(value) ? 'một danh sách' : `kiểu ${typeof value}`})`;
  const unknown = exact ? Object.keys(value).find((name) => !(name in shape)) : undefined;
  if (unknown !== undefined) return `${where}có trường "${unknown}" không thuộc giao thức của thanh bên`;
  for (const [name, [check, what]] of Object.entries(shape)) {
    if (!check(value[name])) return `${where}trường "${name}" ${value[name] === undefined ? 'bị thiếu' : `không phải ${what}${received(value[name])}`}`;
  }
  return null;
}
