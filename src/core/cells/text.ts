/**
 * Text as users type it: Vietnamese may arrive decomposed (NFD) from some keyboards, with stray
 * spaces (including non-breaking ones pasted from Word) and in any case.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Lower-case form for comparing words such as "Đạt", "ĐẠT", "đạt". */
export function foldText(text: string): string {
  return normalizeText(text).toLowerCase();
}

/** A code as written, without spaces: " TC 5.2a" is "TC5.2a". */
export function normalizeCode(code: unknown): string {
  if (code === null || code === undefined) return '';
  return normalizeText(String(code)).replace(/ /g, '');
}

/** Codes are matched regardless of case and spaces: "tc5.2A" finds "TC5.2a". */
export function codeKey(code: unknown): string {
  return normalizeCode(code).toUpperCase();
}
