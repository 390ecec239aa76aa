/**
 * What crosses google.script.run, as the sidebar tests' fake server passes it (test/client/browser.ts).
 * Documented (google.script.run reference, "Legal parameters and return values"): primitives, null,
 * and objects and arrays made of them. A Date is not legal; a return value containing one arrives as
 * null (enuchi/React-Google-Apps-Script issue 28). Stricter where sources are silent: undefined and
 * functions are treated like a Date, and an illegal parameter fails the call.
 *
 * Plain JavaScript source, so the page runs exactly this text and Node tests evaluate the same.
 */
export const SCRIPT_RUN_TRANSFER = `
function scriptRunTransfer(value, direction) {
  const legal = (v) =>
    v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) ||
    (Array.isArray(v) ? v.every(legal) : Object.prototype.toString.call(v) === '[object Object]' && Object.values(v).every(legal));
  if (legal(value)) return { ok: true, value: JSON.parse(JSON.stringify(value)) };
  if (direction === 'return') return { ok: true, value: null };
  return { ok: false, error: 'Invalid argument: a parameter of google.script.run must be a primitive, or an object or array of them (no Date, no undefined, no function).' };
}
`;

export type Transfer = { ok: true; value: unknown } | { ok: false; error: string };

/** The same function in Node, for tests of the fake itself. */
export const scriptRunTransfer = new Function(`${SCRIPT_RUN_TRANSFER}; return scriptRunTransfer;`)() as (value: unknown, direction: 'argument' | 'return') => Transfer;
