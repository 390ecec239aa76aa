import { formatViDate } from './vi-date';
import { formatViExact } from './vi-number';

/**
 * Characters that show nothing (zero-width space, joiners, word joiner, byte-order mark, soft
 * hyphen): pasted from web pages and Word, they make two identical-looking texts differ.
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * Text as users type it: Vietnamese may arrive decomposed (NFD) from some keyboards, with stray
 * spaces (including non-breaking ones pasted from Word), invisible characters and in any case.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Lower-case form for comparing words such as "Đạt", "ĐẠT", "đạt". */
export function foldText(text: string): string {
  return normalizeText(text).toLowerCase();
}

/** Letters without diacritics: "thị trấn" → "thi tran", "đặc khu" → "dac khu" (lower-case "đ" only; fold first for any case). */
export const withoutMarks = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');

/** Vietnamese vowels, with every tone mark, in lower case. */
const VOWELS = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ';
/**
 * What may open a syllable of a name, longest first: the Vietnamese initial consonants, then the
 * clusters and letters of Tây Nguyên and other minority names as Vietnamese writes them ("Krông",
 * "Glei", "Blương", "Prông", "Plei", "Grai", "M'Đrắk", "Ea Drăng", "Ia Hrú", "Hmông", "Kbang",
 * "Kdăm", "Ea Knốp", "Kpă", "Ksor", "Niê Mlô", "Mnông", "Rmah", "Kông Chro", "Jrai", "Cư Jút",
 * "Ea Wy", "Ea Kly", "Dliê", "Đắk Pxi", "Đăk Psi", "Ea Ktur", "Ea Bhốk", "Đắk Snao", "Liêng Srônh", "Ia Pnôn",
 * "Hnol", "Ea Mdróh").
 * No doubled letters ("tt") and no "bh" before "y": "TTYT", "BHYT" stay abbreviations.
 */
const ONSETS = 'ngh|chr|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|bh(?!y)|bl|br|dl|dr|đr|gl|gr|hm|hn|hr|jr|kb|kd|kl|kn|kp|kr|ks|kt|mdr|ml|mn|pl|pn|pr|ps|px|rm|rv|sn|sr|[bcdđfghjklmnpqrstvwxz]';
/** What may close one: the Vietnamese finals, "k" ("Đắk Lắk"), "h" ("Đạ Tẻh"), "l" ("Ênuôl"), "r" ("Ksor"). */
const FINALS = 'ch|ng|nh|[cmnptkhlr]';
/**
 * A word of a name in lower case: one to three syllables ("Pleiku", "Ênuôl"), each an opening,
 * one to three vowels and a closing. "ubnd", "vt", "hđnd", "bhyt" are none: abbreviations; nor
 * is a word with "ii" (a Roman numeral, "III").
 */
let nameWord: RegExp | undefined;
const isNameWord = (word: string): boolean => {
  nameWord ??= new RegExp(`^(?:(?:${ONSETS})?[${VOWELS}]{1,3}(?:${FINALS})?){1,3}$`);
  return nameWord.test(word) && !word.includes('ii');
};

/**
 * A word typed as an abbreviation: in capitals, of two letters or more, and no syllable of a name
 * ("UBND", "GD&ĐT", "HĐND", "VT"; not "SỞ" nor "Sở").
 */
export function isAbbreviation(word: string): boolean {
  const letters = word.replace(/[^\p{L}\p{M}]/gu, '');
  return [...letters].length > 1 && letters === letters.toUpperCase() && !isNameWord(letters.toLowerCase());
}

/** A word of consonants only that may open a syllable ("tr", "h", "m"): built on first use. */
let onsetOnly: RegExp | undefined;

/** The apostrophes of minority names ("H’ Blương", "Ea H'Leo", "Ea HʼLeo": typographic, straight, modifier letter). */
const APOSTROPHES = "’'\u02bc";
/** A run of letters; the modifier apostrophe ʼ, a letter to Unicode, separates two as the others do. */
const LETTERS = /(?:(?!\u02bc)[\p{L}\p{M}])+/gu;

/**
 * A name as running text writes it. Typed all in capitals ("HÒA AN", "KRÔNG BÔNG", "H’ BLƯƠNG
 * NIÊ") or all in small letters ("hòa an"), each syllable has its first letter capital and keeps
 * its diacritics ("Hòa An", "Krông Bông", "H’ Blương Niê", "Ea H'Leo", "Tr’Hy"); abbreviations ("UBND"),
 * numbers and signs stay as typed. A name in mixed case is kept as typed: people who wrote
 * "Đắk Lắk", "Ea H'leo" or "GD&ĐT" meant it. Headers write names in capitals from either form.
 */
export function nameCase(text: string): string {
  const name = text.normalize('NFC');
  if (name !== name.toLowerCase() && name !== name.toUpperCase()) return name;
  return name.replace(LETTERS, (word, at: number) => {
    const lower = word.toLowerCase();
    // An onset alone before an apostrophe opens a minority name ("H’ Blương", "M'Đrắk", "Tr’Hy"): a capital.
    onsetOnly ??= new RegExp(`^(?:${ONSETS})$`);
    const prefix = APOSTROPHES.includes(name.charAt(at + word.length)) && (word.length === 1 || onsetOnly.test(lower));
    return isNameWord(lower) || prefix ? lower.charAt(0).toUpperCase() + lower.slice(1) : word;
  });
}

/** The five Vietnamese tone marks (huyền, sắc, ngã, hỏi, nặng) as combining characters. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A name compared whatever the position of its tone marks: "Hoà" (the older placement) and "Hòa"
 * are one name, "Hóa" another. Each word's tone mark is moved after its letters; case, spaces and
 * composition as `foldText`.
 */
export function nameKey(text: string): string {
  return foldText(text)
    .split(' ')
    .map((word) => {
      const letters = word.normalize('NFD');
      const tones = letters.match(TONE_MARKS) ?? [];
      return letters.replace(TONE_MARKS, '').normalize('NFC') + tones.join('');
    })
    .join(' ');
}

/**
 * The text of a cell for a text field or a message: blank as '', a date as dd/mm/yyyy (never as
 * JavaScript prints a Date, "Wed Jan 01 2025 … GMT+0700"), a number as a vi-VN sheet shows it
 * ("0,5", a year "2025", never JavaScript's "0.5"), anything else as its normalized text.
 */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : formatViDate(cell);
  if (typeof cell === 'number') return formatViExact(cell);
  return normalizeText(String(cell));
}

/**
 * A person's text as a message quotes it: whole up to 60 characters, else its first sentence when
 * that is short ("Mỗi minh chứng một dòng. …"), else its first eight words and " …", so that a
 * paragraph typed into a cell does not fill the message.
 */
export function firstWords(text: string): string {
  if (text.length <= 60) return text;
  // A sentence of a dozen characters at least: the dot after a code ("TC1. Sự lãnh đạo …") ends none.
  const sentence = /^.{12,60}?[.:;](?=\s)/.exec(text);
  return `${sentence ? sentence[0] : text.split(/\s+/).slice(0, 8).join(' ')} …`;
}

/**
 * A code as written, without spaces: " TC 5.2a" is "TC5.2a". A code Sheets made a number ("1.1"
 * typed in an en-US sheet) is the code typed, with its dot: a code is a name, not a quantity.
 */
export function normalizeCode(code: unknown): string {
  return (typeof code === 'number' ? String(code) : cellText(code)).replace(/ /g, '');
}

/**
 * Cyrillic and Greek letters drawn exactly like Latin ones, as they reach a code from another
 * keyboard layout or a pasted document: "ТС1.1" with Cyrillic Т and С looks like TC1.1.
 */
const CYRILLIC = { from: 'АВСЕНІЈКМОРЅТХУасеіјорѕху', to: 'ABCEHIJKMOPSTXYaceijopsxy' };
const GREEK = { from: 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧαορχ', to: 'ABEZHIKMNOPTYXaopx' };
/** Built on first use: module top levels run on every custom-function call. */
let lookAlikes: Map<string, string> | undefined;
const latinOf = (c: string): string => {
  lookAlikes ??= new Map([CYRILLIC, GREEK].flatMap(({ from, to }) => [...from].map((ch, i) => [ch, to[i]] as const)));
  return lookAlikes.get(c) ?? c;
};
const LOOK_ALIKE = new RegExp(`[${CYRILLIC.from}${GREEK.from}]`, 'g');
/** Full-width forms (U+FF01–U+FF5E: "ＴＣ１" from East Asian input methods) and the ideographic space. */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Latin letters and ASCII digits for every character that only looks like one, in a code as
 * `normalizeCode` gives it: invisible characters and every space, the ideographic one too, are gone.
 */
function unmask(code: string): string {
  if (PRINTABLE_ASCII.test(code)) return code;
  return code.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(LOOK_ALIKE, latinOf);
}

/**
 * Codes are matched regardless of case, spaces and characters that merely look like the code's:
 * "tc5.2A", "ТС5.2a" (Cyrillic), "ＴＣ５.２ａ" (full-width) all find "TC5.2a". `lookAlikesIn` names them.
 */
export function codeKey(code: unknown): string {
  return unmask(normalizeCode(code)).toUpperCase();
}

/** A code as `codeKey` gives it: Latin letters, digits and dots (or dashes), with a digit. */
const CODE_SHAPE = /^(?=[A-Z.-]*\d)[A-Z0-9.-]{1,12}$/;

/**
 * Whether a cell could hold an indicator's code ("TC5.2a", "1.1", "TC 4", a slip such as "TC12"
 * or "TC2.l"): text of one or two words that, as `codeKey` compares it, is a short run of Latin
 * letters, digits and dots with a digit. A number (an STT typed in the code column of an inserted row), a date, a
 * note ("Ghi chú riêng của xã", "Đợt 2") is no code, so it cannot be taken for an indicator.
 */
export function looksLikeCode(cell: unknown): boolean {
  return typeof cell === 'string' && cell.trim().split(/\s+/).length <= 2 && CODE_SHAPE.test(codeKey(cell));
}

/**
 * What in a code only looks like a Latin letter or digit, in Vietnamese, for a message:
 * `chữ "Т", "С" là chữ Kirin (Cyrillic)`. Empty when the code is plain.
 */
export function lookAlikesIn(code: unknown): string[] {
  const text = String(code ?? '').normalize('NFC');
  // Nearly every code is plain ASCII: nothing to name, and every formula reads every code.
  if (PRINTABLE_ASCII.test(text)) return [];
  const quoted = (chars: string[]) => [...new Set(chars)].map((c) => `"${c}"`).join(', ');
  const found: string[] = [];
  const cyrillic = [...text].filter((c) => CYRILLIC.from.includes(c));
  const greek = [...text].filter((c) => GREEK.from.includes(c));
  const wide = text.match(FULL_WIDTH) ?? [];
  const invisible = text.match(INVISIBLE) ?? [];
  if (cyrillic.length) found.push(`chữ ${quoted(cyrillic)} là chữ Kirin (Cyrillic), không phải chữ Latinh`);
  if (greek.length) found.push(`chữ ${quoted(greek)} là chữ Hy Lạp, không phải chữ Latinh`);
  if (wide.length) found.push(`ký tự ${quoted(wide)} là ký tự toàn khổ (full-width) của bộ gõ tiếng Trung/Nhật/Hàn`);
  if (invisible.length) found.push(`có ${invisible.length} ký tự vô hình (${[...new Set(invisible)].map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ')})`);
  return found;
}
