/** A problem found in the inputs or in a ruleset, shown by CDHT_CHECK and thrown by the other formulas. */
export interface Problem {
  /** The indicator or criterion code, or the place ("Bộ tiêu chí dòng 4", "Vùng dữ liệu"). */
  code: string;
  severity: 'error' | 'warning';
  message: string;
}

export const SEVERITY_LABELS: Record<Problem['severity'], string> = { error: 'Lỗi', warning: 'Cảnh báo' };

export const error = (code: string, message: string): Problem => ({ code, severity: 'error', message });
export const warning = (code: string, message: string): Problem => ({ code, severity: 'warning', message });

/** A cell's tooltip is small: name the first few errors and point to CDHT_CHECK for the rest. */
const MAX_IN_MESSAGE = 3;

/** Thrown by the formulas so that the cell's tooltip shows what to fix. */
export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    const shown = problems.slice(0, MAX_IN_MESSAGE).map((p) => p.message);
    const more = problems.length - shown.length;
    super(more > 0 ? `${shown.join(' ')} … và ${more} lỗi khác (xem CDHT_CHECK).` : shown.join(' '));
    this.name = 'InputError';
  }
}

/** Throws the errors among `problems`, if any; warnings never stop a formula. */
export function throwErrors(problems: Problem[]): void {
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new InputError(errors);
}

/** What a person is told when what was thrown carries no message. */
export const UNKNOWN_FAILURE = 'lỗi không rõ nguyên nhân';

/**
 * The message of anything thrown, for a sentence shown to a person: an Error's (or any object's,
 * an error from another realm too) non-blank text `message`, or a thrown non-blank string,
 * trimmed; anything else (`{}`, null, a number, an object whose conversion to text throws) is
 * UNKNOWN_FAILURE, never "[object Object]". Never throws.
 */
export function thrownMessage(thrown: unknown): string {
  const message = typeof thrown === 'object' && thrown !== null && 'message' in thrown ? (thrown as { message: unknown }).message : thrown;
  return typeof message === 'string' && message.trim() !== '' ? message.trim() : UNKNOWN_FAILURE;
}
