import { foldText, normalizeText } from '../cells/text';
import { NOT_UNITS, UNIT_KINDS, type UnitLevel } from '../ruleset/units';

/**
 * Where a kind of administrative unit (ruleset/units.ts) stands in a name: in a commune's name as
 * typed in "Thông tin" ("Xã Hòa An", "XA HOA AN", "HÒA AN" without one), and in a header line or a
 * body's name ("UBND THỊ XÃ SƠN TÂY", but not "PHÒNG VĂN HÓA - XÃ HỘI").
 */

/** Signs a word may carry at its end in a name: "LAM," "XÃ)". */
const CLOSING = /[,;.:)]+$/;
const bare = (word: string): string => foldText(word).replace(CLOSING, '');
const wordCount = (name: string): number => name.split(' ').length;

/**
 * How many words the kind of unit starting at `words[i]` takes ("XÃ" 1, "THỊ TRẤN" 2), in any
 * case, or 0 where no unit stands there: a unit's word counts before a name, at the end or before
 * a sign ("XÃ HÒA AN", "UBND XÃ", "TỈNH, THÀNH PHỐ"), never as the start of a common word or a
 * body (NOT_UNITS: "XÃ HỘI", "TỈNH ỦY"); a lone "THỊ", "THÀNH" or "ĐẶC" is none.
 */
export function unitAt(words: readonly string[], i: number): number {
  const phrase = (n: number) =>
    words
      .slice(i, i + n)
      .map(bare)
      .join(' ');
  const kind = UNIT_KINDS.find((k) => phrase(wordCount(k.name)) === k.name);
  if (!kind) return 0;
  const n = wordCount(kind.name);
  const closed = CLOSING.test(words[i + n - 1]);
  return !closed && NOT_UNITS.includes(phrase(n + 1)) ? 0 : n;
}

/** A place's name read into its kind of unit and its own name. */
export interface UnitName {
  /** The kind of unit as a sentence writes it ("xã", "phường", "tỉnh"); '' when none of the level was typed. */
  unit: string;
  /** The place's own name as typed after its unit: "Hòa An", "HOA AN". */
  name: string;
  /** The unit was typed without its diacritics ("XA HOA AN", "Phuong 5"): the name most likely too. */
  withoutMarks: boolean;
}

/** Letters without diacritics: "thị trấn" → "thi tran", "đặc khu" → "dac khu". */
const withoutMarks = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');

/** Only letters of the ASCII alphabet, digits and signs: text typed without a Vietnamese keyboard. */
const PLAIN = /^[\x20-\x7e]*$/;

/**
 * The kind of unit of `level` a place's name starts with, as typed in "Thông tin" ("Xã Hòa An",
 * "XÃ HÒA AN", "phường 5", "Tỉnh Sông Lam"), and its own name after it. A name typed all without
 * diacritics is read the same way ("XA HOA AN", "PHUONG 5", "THI TRAN …", "TINH SONG LAM") and
 * says so; a name with diacritics that starts like one ("Xa Lý") is the place's own. No unit of
 * that level typed ("HÒA AN", "Huyện Hòa Bình" for a commune): `unit` is ''.
 */
export function readUnitName(text: string, level: UnitLevel): UnitName {
  const typed = normalizeText(text);
  const folded = typed.toLowerCase();
  const plain = PLAIN.test(typed);
  for (const { name: unit } of UNIT_KINDS.filter((k) => k.level === level)) {
    // A plain text cannot hold "xã": it is looked for as typed without its marks, "xa".
    const form = plain ? withoutMarks(unit) : unit;
    if (folded.startsWith(`${form} `)) return { unit, name: typed.slice(form.length + 1), withoutMarks: plain };
  }
  return { unit: '', name: typed, withoutMarks: false };
}
