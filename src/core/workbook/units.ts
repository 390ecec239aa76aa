import { foldText, nameKey, normalizeText, withoutMarks } from '../cells/text';
import { HAMLET_KINDS } from '../ruleset/body-words';
import { BODY_NAMING, COMMITTEE, NOT_UNITS, PLACE_FOLLOWERS, PLACE_SHORTENINGS, UNIT_KINDS, type UnitKind, type UnitLevel } from '../ruleset/units';

/**
 * Where a kind of administrative unit (ruleset/units.ts) stands in a name: in a commune's name as
 * typed in "Thông tin" ("Xã Hòa An", "XA HOA AN", "HÒA AN" without one), and in a header line or a
 * body's name ("UBND THỊ XÃ SƠN TÂY", but not "PHÒNG VĂN HÓA - XÃ HỘI").
 */

/** Signs a word may carry at its end in a name: "LAM," "XÃ)". */
const CLOSING = /[,;.:)]+$/;
const bare = (word: string): string => foldText(word).replace(CLOSING, '');
const wordCount = (name: string): number => name.split(' ').length;

/** Built on first use: module top levels run on every custom-function call. */
let shortenings: Array<[RegExp, string]> | undefined;

/**
 * `text` with each place typed short (PLACE_SHORTENINGS: "TPHCM", "TP.HCM", "TP HCM", "Tp. HCM", in
 * any case, dots and spaces anywhere between its letters) written in full, in the case `cased`
 * gives the written form ("Thành phố Hồ Chí Minh" unless told).
 */
export function expandPlaces(text: string, cased: (written: string) => string = (written) => written): string {
  shortenings ??= PLACE_SHORTENINGS.flatMap((place) =>
    place.short.map((short): [RegExp, string] => [new RegExp(`(?<![\\p{L}\\p{M}])${[...short].join('[.\\s]*')}(?![\\p{L}\\p{M}])`, 'giu'), place.written]),
  );
  return shortenings.reduce((out, [pattern, written]) => out.replace(pattern, cased(written)), text);
}

/**
 * The words of a name, a place typed short written in full (`expandPlaces`) and a shortened unit
 * glued to the name after it parted from it: "TP.Huế" is "TP." and "Huế", as "TP. Huế" is.
 */
export function nameWords(text: string): string[] {
  return expandPlaces(normalizeText(text))
    .split(' ')
    .flatMap((word) => {
      const glued = /^(\p{L}+\.)([\p{L}\d].*)$/u.exec(word);
      return glued && UNIT_KINDS.some((k) => k.short === bare(glued[1])) ? [glued[1], glued[2]] : [word];
    })
    .filter(Boolean);
}

/** Whether `word` is `kind` typed short ("TP.", "Tp", "H." but not "H": one letter needs its dot). */
const isShortening = (word: string, kind: UnitKind): boolean => !!kind.short && bare(word) === kind.short && (kind.short.length > 1 || /\.$/.test(word));

/** Whether `word` is a kind of unit typed short ("TP.", "H."): an abbreviation, kept as typed in a sentence. */
export const isUnitShortening = (word: string): boolean => UNIT_KINDS.some((kind) => isShortening(word, kind));

/**
 * The kind of unit written at `words[i]` and how many words it takes: spelled as the law spells
 * it, in any case and whatever the tone placement ("XÃ", "Thị trấn"); shortened, with or without
 * its dot ("TP.", "Tp", "TX."); or, in a text typed without any diacritics (`plain`), without its
 * marks ("XA", "THI TRAN"). Only the kinds of `kinds`.
 */
function kindAt(words: readonly string[], i: number, kinds: readonly UnitKind[], plain: boolean): { kind: UnitKind; n: number } | undefined {
  const phrase = (n: number) =>
    words
      .slice(i, i + n)
      .map(bare)
      .join(' ');
  for (const kind of kinds) {
    const n = wordCount(kind.name);
    const typed = phrase(n);
    if (nameKey(typed) === nameKey(kind.name) || (plain && typed === withoutMarks(kind.name))) return { kind, n };
    if (isShortening(words[i] ?? '', kind)) return { kind, n: 1 };
  }
  return undefined;
}

/**
 * How many words the kind of unit starting at `words[i]` takes ("XÃ" 1, "THỊ TRẤN" 2, "TP." 1), in
 * any case, or 0 where no unit stands there: a unit's word counts before a name, at the end or
 * before a sign ("XÃ HÒA AN", "UBND XÃ", "TỈNH, THÀNH PHỐ"), never as the start of a common word
 * or a body (NOT_UNITS: "XÃ HỘI", "TỈNH ỦY"); a lone "THỊ", "THÀNH" or "ĐẶC" is none.
 */
export function unitAt(words: readonly string[], i: number): number {
  const found = kindAt(words, i, UNIT_KINDS, false);
  if (!found) return 0;
  const { kind, n } = found;
  const closed = CLOSING.test(words[i + n - 1]);
  return !closed &&
    n === wordCount(kind.name) &&
    NOT_UNITS.includes(
      `${words
        .slice(i, i + n + 1)
        .map(bare)
        .join(' ')}`,
    )
    ? 0
    : n;
}

/** A dash typed as a word of its own, with spaces on both sides: "-", "–", "—". */
export const DASH = /^[-–—]$/;

/** Whether one of `phrases` (small letters) is typed at `words[i]`, in any case and tone placement. */
const phraseAt = (words: readonly string[], i: number, phrases: readonly string[]): boolean =>
  phrases.some(
    (phrase) =>
      nameKey(
        words
          .slice(i, i + wordCount(phrase))
          .map(bare)
          .join(' '),
      ) === nameKey(phrase),
  );

/**
 * How many words a place inside a commune (HAMLET_KINDS: "thôn", "tổ dân phố") takes at `words[i]`,
 * in any case and tone placement, or 0. No unit of its own (`unitAt` does not read it), but a
 * body's name writes it as one: small, the name after it a place's ("Chi bộ thôn Đoàn Kết").
 */
export function hamletAt(words: readonly string[], i: number): number {
  return Math.max(0, ...HAMLET_KINDS.names.filter((kind) => phraseAt(words, i, [kind])).map(wordCount));
}

/**
 * Whether the text goes on past a place at `words[i]` (PLACE_FOLLOWERS): "qua", "thông qua", "và";
 * a dash before one of them or before a body ("- Sở GD&ĐT"), never a dash inside a name ("Bà Rịa -
 * Vũng Tàu").
 */
export function leavesPlace(words: readonly string[], i: number): boolean {
  if (phraseAt(words, i, PLACE_FOLLOWERS.after)) return true;
  return DASH.test(words[i]) && phraseAt(words, i + 1, [...PLACE_FOLLOWERS.after, ...PLACE_FOLLOWERS.afterDash, ...BODY_NAMING.kinds]);
}

/** The words from `words[from]` up to where the text goes on past the place there (`leavesPlace`). */
function untilPlaceEnds(words: readonly string[], from: number): readonly string[] {
  const end = words.findIndex((_, i) => i > from && leavesPlace(words, i));
  return words.slice(from, end < 0 ? undefined : end);
}

/**
 * The kind of unit at `words[i]` (`unitAt`) and the place's name after it, the unit as the law
 * spells it: "tỉnh Đắk Lắk" for "TỈNH ĐẮK LẮK", "thành phố Huế" for "TP. Huế", up to where the text
 * goes on to something else ("… qua Sở …", `leavesPlace`). Undefined where no unit stands.
 */
export function placeAt(words: readonly string[], i: number): string | undefined {
  const n = unitAt(words, i);
  const found = n > 0 ? kindAt(words, i, UNIT_KINDS, false) : undefined;
  return found ? [found.kind.name, ...untilPlaceEnds(words, i).slice(n)].join(' ') : undefined;
}

/**
 * How many words the name of a unit's committee takes at `words[i]`: "UBND" 1, "Ủy ban nhân
 * dân" (or "Uỷ", in any case, or typed without diacritics) 4; 0 where it does not stand.
 */
export function committeeAt(words: readonly string[], i: number): number {
  if (words[i] !== undefined && bare(words[i]) === COMMITTEE.short) return 1;
  const n = wordCount(COMMITTEE.name);
  const typed = words
    .slice(i, i + n)
    .map(bare)
    .join(' ');
  return withoutMarks(typed) === withoutMarks(COMMITTEE.name) ? n : 0;
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

/** Only letters of the ASCII alphabet, digits and signs: text typed without a Vietnamese keyboard. */
const PLAIN = /^[\x20-\x7e]*$/;

/**
 * The kind of unit of `level` a place's name starts with, as typed in "Thông tin" ("Xã Hòa An",
 * "XÃ HÒA AN", "phường 5", "Tỉnh Sông Lam", "TP. Huế"), and its own name after it. A name typed
 * all without diacritics is read the same way ("XA HOA AN", "PHUONG 5", "THI TRAN …", "TINH SONG
 * LAM") and says so; a name with diacritics that starts like one ("Xa Lý") is the place's own.
 * The committee typed before it ("UBND xã Hòa An", "Ủy ban nhân dân tỉnh Đắk Lắk") is read off:
 * the documents name the committee themselves. No unit of that level typed ("HÒA AN", "Huyện Hòa
 * Bình" for a commune): `unit` is ''.
 */
export function readUnitName(text: string, level: UnitLevel): UnitName {
  const typed = expandPlaces(normalizeText(text));
  const plain = PLAIN.test(typed);
  const words = nameWords(typed);
  const committee = committeeAt(words, 0);
  // "UBND" alone is no committee of a place: the text is kept whole.
  const from = committee < words.length ? committee : 0;
  const found = kindAt(
    words,
    from,
    UNIT_KINDS.filter((k) => k.level === level),
    plain,
  );
  if (found && words.length > from + found.n) return { unit: found.kind.name, name: words.slice(from + found.n).join(' '), withoutMarks: plain };
  return { unit: '', name: words.slice(from).join(' '), withoutMarks: false };
}

/** Where a place's name ends in running text at a sign: an opening bracket, a semicolon or a comma (at words: `leavesPlace`). */
const PLACE_END = /\s*[([;,]/;

/**
 * The place whose committee `text` names first, at one of `levels` ("Chủ tịch UBND tỉnh Đắk Lắk",
 * "Ủy ban nhân dân huyện Hòa Bình"), read as `readUnitName` reads a place, without the signs
 * typed after it nor what the text goes on to ("… qua Sở …", `leavesPlace`); undefined when it names none.
 */
export function committeePlace(text: string, levels: readonly UnitLevel[]): UnitName | undefined {
  const words = nameWords(text);
  for (let i = 0; i < words.length; i++) {
    if (committeeAt(words, i) === 0) continue;
    // The committee's name ends where the text goes on to something else: "(qua Sở …)", "; Giám đốc Sở …", "qua Sở …".
    const rest = untilPlaceEnds(words, i)
      .join(' ')
      .split(PLACE_END)[0]
      .replace(/[,;.:]+$/, '');
    const place = levels.map((level) => readUnitName(rest, level)).find((read) => read.unit);
    if (place) return place;
  }
  return undefined;
}
