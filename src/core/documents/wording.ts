import { standardLevel } from '../ruleset/requirements';
import type { CommuneInfo } from '../workbook/commune';
import { OUTCOME_LABELS, type ItemResult, type Outcome } from '../engine/evaluate';
import { formatViNumber, formatViPercent } from '../cells/vi-number';
import { formatViDate } from '../cells/vi-date';
import { DOTS } from './blocks';
import { RESULT_WORDS } from '../cells/result-words';
import { foldText, isAbbreviation, nameCase, nameKey, normalizeText } from '../cells/text';
import { committeeAt, committeePlace, DASH, expandPlaces, hamletAt, isUnitShortening, leavesPlace, nameWords, placeAt, readUnitName, unitAt } from '../workbook/units';
import { BODY_COMMON_WORDS, BODY_FIELDS, BODY_TITLES } from '../ruleset/body-words';
import { BODY_NAMING, CENTRAL_CITIES, COMMITTEE, COMMON_NOT_UNITS, FIXED_NAMES, NAMED_BODIES, PLACE_SHORTENINGS, SCHOOL_LEVELS, UNDER_COMMITTEE, UNIT_KINDS, type UnitLevel } from '../ruleset/units';

/** The title as the documents quote it. */
export const CDHT = '“Cộng đồng học tập” cấp xã';

/**
 * The symbol of each numbered document of a commune's dossier, [type, issuer] as Nghị định 30/2020
 * abbreviates them: the Tờ trình and Báo cáo issued by the Ủy ban nhân dân, the Biên bản by the Ban
 * chỉ đạo.
 */
export const DOSSIER_SYMBOLS = { proposal: ['TTr', 'UBND'], report: ['BC', 'UBND'], minutes: ['BB', 'BCĐ'] } as const;

/**
 * A document's number as its Số line and every citation write it (Nghị định 30/2020): a number
 * typed whole ("15/TTr-UBND") as typed; a bare one ("5") with a leading 0 under 10 and its symbol
 * ("05/TTr-UBND"); none as dots to fill by hand ("……/TTr-UBND"). An issuer not known is dotted too.
 * The word "Số" typed before the number is dropped and typed dots count as none (`typedNumber`).
 */
export function documentNumber(number: string, type: string, issuer: string): string {
  const typed = typedNumber(number);
  const symbol = `${type}-${issuer || DOTS}`;
  if (!typed) return `${DOTS}/${symbol}`;
  return typed.includes('/') ? typed : `${typed.padStart(2, '0')}/${symbol}`;
}

/** The number as typed without the line's own word ("Số: 15" → "15"); '' for blank or dots ("……", "..."). */
function typedNumber(number: string): string {
  const typed = number.replace(/^\s*số\s*:?/iu, '').trim();
  return /^[.…]*$/u.test(typed) ? '' : typed;
}

/** A document cited with its number when it has one: "Báo cáo … (số 42/BC-UBND)", by `documentNumber`. */
export const withNumber = (text: string, number: string, [type, issuer]: readonly [string, string]): string => (typedNumber(number) ? `${text} (số ${documentNumber(number, type, issuer)})` : text);

/** How a commune's name is written in each place of a document. */
export interface CommuneNames {
  /** "Xã Hòa An", as typed in "Thông tin". */
  full: string;
  /** "xã Hòa An", inside a sentence. */
  inText: string;
  /** "Hòa An", before the date ("Hòa An, ngày …"). */
  place: string;
  /** "XÃ HÒA AN", in the header. */
  upper: string;
  /** "Ủy ban nhân dân xã Hòa An". */
  committee: string;
  /**
   * Its kind of unit as its own sentences name it ("xã", "phường", "thị trấn", "đặc khu": "Hội
   * Khuyến học phường", "của phường"); "xã", the law's word for the level (Thông tư 25/2023, "cấp
   * xã"), when none was typed.
   */
  unit: string;
}

/**
 * The names of a commune as typed in "Thông tin": its kind of unit found whether typed in
 * capitals, small letters or without diacritics ("XA HOA AN"), its own name by `nameCase` ("XÃ
 * HÒA AN" and "xã hòa an" read "xã Hòa An" in sentences). A name typed without its unit keeps none:
 * the unit is never guessed (the dossier's checklist asks for it, see `unitChecks` in dossier.ts).
 * A unit named by a number ("Phường 12") is written whole everywhere, its unit word with a capital:
 * "Phường 12, ngày …" and "của Phường 12" (Nghị định 30/2020, Phụ lục I, địa danh: a unit named by a
 * number, for a person or an event is written with its full name; Phụ lục II: "Quận 1, Phường 15";
 * secondary provenance, the decree's text is not in legal-texts). A unit named for a person or an
 * event cannot be told from its name, so it keeps the usual place ("Nguyễn Trung Trực, ngày …").
 */
export function communeNames(commune: string): CommuneNames {
  const { unit, name } = readUnitName(commune, 'xã');
  const own = nameCase(name);
  const full = unit ? `${capitalise(unit)} ${own}` : own;
  const numbered = unit !== '' && /^\d/.test(own);
  const inText = numbered ? full : unit ? `${unit} ${own}` : own;
  const place = numbered ? full : own;
  return { full, inText, place, upper: full.toUpperCase(), committee: `Ủy ban nhân dân ${inText}`, unit: unit || 'xã' };
}

/**
 * Words of bodies and offices as a document writes them inside a name (Nghị định 30/2020, Phụ lục
 * II: capitals for the kind of body and its field, "Sở Giáo dục và Đào tạo"), longest first; the
 * common nouns in small letters. A header line never breaks inside one (`fitLine`), and breaks
 * between two rather than inside a field: "BAN CHỈ ĐẠO XÂY DỰNG / XÃ HỘI HỌC TẬP", the Ban's task in
 * TT 25/2023 ("xây dựng xã hội học tập").
 */
export const NAME_PHRASES = [
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  // Written without "Việt Nam" too ("Ủy ban Mặt trận Tổ quốc xã"): never "Tổ / quốc" (review 13e F5).
  'Mặt trận Tổ quốc',
  'Trung tâm học tập cộng đồng',
  // Kinds of body a commune's evidence and Nơi nhận name (BODY_NAMING), as written and kept whole on a line.
  'Thư viện',
  'Chi bộ',
  'Trung tâm',
  'Ngân hàng',
  'Bưu điện',
  // Its "xã" is no unit: "Hợp tác xã Nông nghiệp Hòa An"; nor "bản" a hamlet in "Nhà xuất bản".
  'Hợp tác xã',
  'Nhà xuất bản',
  'Nhà trẻ',
  'xã hội học tập',
  'Giáo dục và Đào tạo',
  'Hội đồng nhân dân',
  'Ủy ban nhân dân',
  'Văn hóa - Xã hội',
  'Chi hội Khuyến học',
  'Hội Khuyến học',
  'Tủ sách pháp luật',
  'Thủ tướng Chính phủ',
  'Ban Chỉ đạo',
  'Câu lạc bộ',
  'Hội đồng',
  'xây dựng',
  ...BODY_TITLES.names,
  // The party committees of NAMED_BODIES ("Tỉnh ủy", "Thành ủy", "Quận ủy", "Thị ủy", "Đảng ủy"), never "Thành Ủy".
  ...NAMED_BODIES.names.filter((name) => name.endsWith(' ủy')).map((name) => name.charAt(0).toUpperCase() + name.slice(1)),
  'thường trực',
  'thành viên',
  'công chức',
  'ủy viên',
  'thư ký',
  'cán bộ',
];

/**
 * Words of the documents' table headings that a heading never splits over two lines ("Cơ quan /
 * ban hành", never "Cơ quan ban / hành"; `keptHeading`), in any case: each a word of two syllables
 * (Vietnamese writes a compound word as separate syllables, which a renderer would break anywhere),
 * or a sign with its word ("Tăng (+)"). Every heading of every document is written from these.
 */
export const HEADING_PHRASES = [
  'minh chứng',
  'ban hành',
  'cơ quan',
  'chỉ tiêu',
  'tiêu chí',
  'liên kết',
  'tối đa',
  'tự chấm',
  'đã chấm',
  'yêu cầu',
  'kết quả',
  'đánh giá',
  'nội dung',
  'tỷ lệ',
  'trung bình',
  'xếp loại',
  'thay đổi',
  'lần trước',
  'lý do',
  'so với',
  // "không đạt" of "Số xã không đạt Mức độ 1", spelt where the result words are.
  RESULT_WORDS.notMet.toLowerCase(),
  'mức độ',
  'số xã',
  'tên xã',
  'của xã',
  'tăng (+)',
  'giảm (-)',
];

/** Signs a word may carry at its end in a name: "VIÊN," "LẮK." */
const CLOSING_SIGNS = /[,;.:]+$/;

/**
 * Where the phrases of `phrases` stand in `words`, compared whatever the case and tone placement
 * (`nameKey`) and without the signs a word carries at its end ("VIÊN,"): the first word of each
 * and the phrase's words; a longer phrase first, a word in one phrase at most.
 */
export function phraseSpans(words: readonly string[], phrases: readonly string[]): Array<{ at: number; words: string[] }> {
  const keys = words.map((word) => nameKey(word.replace(CLOSING_SIGNS, '')));
  const taken = new Set<number>();
  const spans: Array<{ at: number; words: string[] }> = [];
  for (const phrase of [...phrases].sort((a, b) => b.split(' ').length - a.split(' ').length)) {
    const parts = phrase.split(' ');
    const phraseKeys = parts.map(nameKey);
    for (let at = 0; at + parts.length <= words.length; at++) {
      if (!phraseKeys.every((key, k) => keys[at + k] === key && !taken.has(at + k))) continue;
      spans.push({ at, words: parts });
      for (let k = 0; k < parts.length; k++) taken.add(at + k);
    }
  }
  return spans;
}

/** How many words the kind of body of BODY_NAMING at `words[i]` takes ("Sở" 1, "Chi cục" 2, "Nhà trẻ" 2 rather than "Nhà"), or 0: the longest. */
function bodyKindAt(words: readonly string[], i: number): number {
  const typed = (n: number) =>
    foldText(
      words
        .slice(i, i + n)
        .join(' ')
        .replace(CLOSING_SIGNS, ''),
    );
  return Math.max(0, ...BODY_NAMING.kinds.map((k) => k.split(' ').length).filter((n, k) => typed(n) === BODY_NAMING.kinds[k]));
}

/** A word that starts a body's field: the first after its kind, or after "và", a comma or a dash (BODY_NAMING). */
const opensField = (before: string): boolean => foldText(before) === 'và' || /[,;–—-]$/.test(before);

/** A text going on past one body to the next through it: "… qua …", "… thông qua …", "… - qua …" (PLACE_FOLLOWERS). */
const VIA = /^(.+?)(\s+(?:[-–—]\s+)?(?:thông\s+)?qua\s+)(.+)$/iu;

/** Whether a body's name starts at `words[i]`: a kind of BODY_NAMING, a committee or a body named for its place (NAMED_BODIES). */
const startsBody = (words: readonly string[], i: number): boolean =>
  i < words.length && (bodyKindAt(words, i) > 0 || committeeAt(words, i) > 0 || phraseSpans(words.slice(i), NAMED_BODIES.names).some((span) => span.at === 0));

/**
 * Where the levels of a school after "Trường" at `words[at]` end (SCHOOL_LEVELS or typed short, one
 * after another or joined by "và": "Tiểu học và Trung học cơ sở", "Tiểu học và THCS", "Phổ thông dân
 * tộc bán trú Tiểu học"), in any
 * case: where its own name starts (the casing of bodies, the header's breaks); -1 when none follows.
 */
export function schoolLevelsEnd(words: readonly string[], at: number): number {
  if (foldText(words[at] ?? '') !== 'trường') return -1;
  const spans = phraseSpans(words, SCHOOL_LEVELS.names);
  // A level at `i`: one of SCHOOL_LEVELS, or typed short ("THCS", "PTDTBT"); where it ends, or -1.
  const levelAt = (i: number): number => {
    const span = spans.find((found) => found.at === i);
    if (span) return i + span.words.length;
    return i < words.length && isAbbreviation(words[i].toUpperCase()) ? i + 1 : -1;
  };
  let end = at + 1;
  for (;;) {
    const next = Math.max(levelAt(end), end > at + 1 && foldText(words[end] ?? '') === 'và' ? levelAt(end + 1) : -1);
    if (next < 0) return end > at + 1 ? end : -1;
    end = next;
  }
}

/**
 * A school's name typed in mixed case with its own name in small letters ("Trường Mầm non hoa sen"):
 * that name is a proper name (Nghị định 30/2020, Phụ lục II), each syllable capitalised (`nameCase`)
 * up to where the text goes on (a unit, "và", "qua": `leavesPlace`); anything else as typed.
 */
function schoolName(typed: string): string {
  const words = typed.split(' ');
  const from = schoolLevelsEnd(words, 0);
  if (from < 0) return typed;
  for (let j = from; j < words.length && unitAt(words, j) === 0 && !leavesPlace(words, j) && words[j] === words[j].toLowerCase(); j++) words[j] = nameCase(words[j]);
  return words.join(' ');
}

/**
 * A body, office or role as running text writes it, typed all in capitals ("SỞ GIÁO DỤC VÀ ĐÀO
 * TẠO TỈNH SÔNG LAM") or all in small letters ("sở giáo dục và đào tạo tỉnh sông lam", "ubnd xã
 * hòa an"), as Nghị định 30/2020 (Phụ lục II) capitalises it: "Sở Giáo dục và Đào tạo tỉnh Sông
 * Lam", "UBND xã Hòa An". The words of bodies and offices as NAME_PHRASES writes them; a kind of
 * body of BODY_NAMING with a capital, and each of its fields with one at its first word only
 * ("Sở Tài nguyên và Môi trường"; the fields of BODY_FIELDS written so wherever they stand, "Trung
 * tâm Y tế"); the common words of BODY_COMMON_WORDS small ("các thôn", "khu vực", "chuyên"); a
 * unit, or a hamlet of HAMLET_KINDS ("thôn", "tổ dân phố"), in small letters and the place after
 * it by `nameCase` (`unitAt`: "Chi bộ thôn Đoàn Kết"), but a hamlet's word opening a school's own
 * name is that name's ("Trường Mầm non Bản Phố"); the place or person a body is named for,
 * without a unit, a name too ("Tỉnh ủy Đắk Lắk", "Trường THCS Nguyễn Du", "Trung tâm Y tế khu vực
 * Ea Kar": after NAMED_BODIES, a kind and its known field, or its fields and common words); a title
 * before a body as BODY_TITLES writes it ("Chủ nhiệm HTX Nông nghiệp"); the
 * decree's own names as it writes them (FIXED_NAMES: "Hồ Chí Minh", "Việt Nam", "Chính phủ";
 * "Thủ tướng Chính phủ" in NAME_PHRASES); "… qua …" as two bodies; an abbreviation in capitals
 * ("ubnd" → "UBND", "TP." kept). Other words typed in capitals are read as names (`nameCase`),
 * after a kind too ("Hợp tác xã Nông nghiệp Hòa An"): where the data do not know a word, a wrong
 * capital is the smaller fault than a place's name written small. Typed in small letters they are
 * common words and stay so, and a text in small letters with nothing but common words and hamlets
 * is kept as typed ("các thôn, tổ dân phố"). A name with a capital on every word ("và" aside, as
 * people type names: "Sở Khoa Học và Công Nghệ Hà Nội") tells no more than one in capitals: read
 * so, the words written small there are small ("Sở Khoa học và Công nghệ Hà Nội"), the others as
 * typed ("Ea H'leo"). Other mixed case is kept as typed: people who wrote "Sở GD&ĐT tỉnh Sông Lam"
 * meant it. Sources: BODY_FIELDS' provenance (Nghị định 30/2020, Phụ lục II).
 */
export function bodyName(text: string): string {
  // A note in brackets after the body ("(t/h)", "(để b/c)") is the writer's: kept as typed (review 13d F8), but
  // common words typed in capitals are small as the body's are ("(CŨ)" → "(cũ)", review 13c F5; "(T/H)" kept).
  const noted = /^(.*\S)(\s*\([^()]*\))$/u.exec(text);
  if (noted) {
    const note = noted[2];
    const common = note === note.toUpperCase() && commonOnly(note.replace(/[()]/g, '').trim().split(/\s+/));
    return `${bodyName(noted[1])}${common ? note.toLowerCase() : note}`;
  }
  const raw = text.normalize('NFC');
  const small = raw === raw.toLowerCase();
  const capitals = raw === raw.toUpperCase();
  // A place typed short ("TP.HCM") in full, in the case of the rest so that the case is still read as typed.
  const typed = expandPlaces(raw, (written) => (small ? written.toLowerCase() : capitals ? written.toUpperCase() : written));
  if (!small && !capitals) return capitalised(raw, typed) ?? schoolName(typed);
  // An addressee "UBND tỉnh … qua Sở …" names two bodies: each written as one, the word between them small.
  const via = VIA.exec(typed);
  if (via) return `${bodyName(via[1])}${via[2].toLowerCase()}${bodyName(via[3])}`;
  const typedWords = typed.split(' ');
  // "UBND huyện … và Sở …" names two bodies too: each written as one, "và" between them small.
  const and = typedWords.findIndex((word, i) => i > 0 && foldText(word) === 'và' && startsBody(typedWords, i + 1));
  if (and > 0) return `${bodyName(typedWords.slice(0, and).join(' '))} và ${bodyName(typedWords.slice(and + 1).join(' '))}`;
  const words = nameCase(typed).split(' ');
  const known = new Set<number>();
  // Typed small, a word that is no syllable of a name (`nameCase` left it) is an abbreviation: "ubnd", "gd&đt", "tp.".
  words.forEach((word, i) => {
    if (!small || word !== typedWords[i] || !isAbbreviation(word.toUpperCase())) return;
    words[i] = word.toUpperCase();
    known.add(i);
  });
  // The words of bodies as the data write them: NAME_PHRASES and the decree's names, then a body's fields with
  // a capital (BODY_FIELDS) and its common words small (BODY_COMMON_WORDS); a longer phrase first.
  const phrased = new Set<number>();
  const fields = new Set<number>();
  const common = new Set<number>();
  const named = [...NAME_PHRASES, ...FIXED_NAMES.names, ...SCHOOL_LEVELS.names, ...PLACE_SHORTENINGS.map((place) => place.written)];
  const found = phraseSpans(words, [...named, ...BODY_FIELDS.names, ...BODY_COMMON_WORDS.names]);
  // A unit's word opening a common word ("XÃ HỘI AN") may be the unit of a place's name: no phrase there then.
  const placeUnits = unitsBeforeNames(words, found);
  const spans = found.filter((span) => !placeUnits.has(span.at));
  const commonKeys = new Set(BODY_COMMON_WORDS.names.map(nameKey));
  const fieldKeys = new Set(BODY_FIELDS.names.map(nameKey));
  const spanAt = new Map<number, { at: number; words: string[] }>();
  for (const span of spans) {
    const key = nameKey(span.words.join(' '));
    // A phrase both a field or common word and one of `named` ("Xã hội") is read as `named` writes it.
    const group = named.some((phrase) => nameKey(phrase) === key) ? undefined : commonKeys.has(key) ? common : fieldKeys.has(key) ? fields : undefined;
    span.words.forEach((word, k) => {
      const i = span.at + k;
      words[i] = word + (CLOSING_SIGNS.exec(words[i])?.[0] ?? '');
      known.add(i);
      phrased.add(i);
      group?.add(i);
      spanAt.set(i, span);
    });
  }
  // A phrase written small after a dash that follows a field is a field ("Công chức Địa chính - Xây dựng"; "xây dựng" is small
  // in "Ban Chỉ đạo xây dựng xã hội học tập").
  for (const span of spans) if (span.at > 1 && DASH.test(words[span.at - 1]) && fields.has(span.at - 2)) words[span.at] = capitalise(words[span.at]);
  // A unit in small letters where it stands (one typed short, "TP.", stays the abbreviation it is), the place after it
  // a name; a hamlet (HAMLET_KINDS: "thôn", "tổ dân phố") as a unit, its name after it ("thôn 3", "thôn Đoàn Kết").
  const units: number[] = [];
  const inName = new Set<number>();
  // A school's own name after its levels is a name, a hamlet's word at its start too ("Trường Mầm non Bản Phố", "Trường THPT
  // Buôn Ma Thuột"), unless a number follows it ("Trường Tiểu học thôn 2").
  const schoolNames = new Set(words.map((_, at) => schoolLevelsEnd(words, at)).filter((at) => at > 0 && !/^\d/.test(words[at + hamletAt(words, at)] ?? '')));
  // The place a committee or a party committee of NAMED_BODIES is named for is a commune's or a larger unit's, never a
  // hamlet ("Huyện ủy Buôn Đôn", "UBND Buôn Hồ"); a Hội Khuyến học has branches in hamlets ("Hội Khuyến học buôn Ko Siêr").
  const committees = NAMED_BODIES.names.filter((name) => name !== 'hội khuyến học');
  const namedPlaces = new Set(phraseSpans(words, committees).map((span) => span.at + span.words.length));
  for (let i = 0; i < words.length; i++) {
    const n = unitAt(words, i) || (schoolNames.has(i) || namedPlaces.has(i) ? 0 : hamletAt(words, i)) || (placeUnits.has(i) ? 1 : 0);
    if (n === 0 || phrased.has(i) || inName.has(i)) continue;
    units.push(i);
    // A unit typed short in capitals, as an abbreviation: "h." → "H.".
    for (let j = i; j < i + n; j++) {
      if (!isAbbreviation(words[j])) words[j] = isUnitShortening(words[j]) ? words[j].toUpperCase() : words[j].toLowerCase();
      known.add(j);
    }
    // The place's name runs to a sign, a word that carries the text on ("và", "qua"), the next unit or a phrase of a
    // body. Its first word is the place's whatever it is elsewhere ("thôn Trung Tâm", "thôn Văn Hóa", "xã Trường Xuân": a
    // wrong capital is a smaller fault than a place's name written small), unless it is a common phrase no name starts
    // with ("các thôn trên địa bàn") or a common word before a number ("tổ dân phố số 5"). A common word of one word after
    // it is the place's too ("huyện Chợ Mới", "xã Tân Trường", review 13e F13); a phrase of two or more ends it.
    // A sign after a word ends it ("THÔN, BUÔN"), but the dot of a unit typed short does not ("H. Krông Pắc").
    const ends = (k: number) => (k < i + n ? /[,;:]$/ : CLOSING_SIGNS).test(words[k]);
    // A hamlet's word right after a unit's or a hamlet's kind starts its name ("thôn Bản Phố", "thôn Làng Mới", review 13e F8;
    // "xã Buôn Đôn", "thành phố Buôn Ma Thuột", communes and cities of Đắk Lắk).
    const hamletName = (j: number) => j === i + n;
    for (let j = i + n; j < words.length && !ends(j - 1) && unitAt(words, j) === 0 && (hamletAt(words, j) === 0 || hamletName(j)) && !leavesPlace(words, j); j++) {
      const span = spanAt.get(j);
      const numbering = common.has(j) && /^\d/.test(words[j + 1] ?? '');
      const commonWord = span?.words.length === 1 && common.has(j);
      if (numbering || (span && ((j > i + n && !commonWord) || span.at !== j || (common.has(j) && span.words.length > 1)))) break;
      for (const k of span ? span.words.map((_, m) => span.at + m) : [j]) {
        words[k] = nameCase(typedWords[k]);
        known.add(k);
        inName.add(k);
        phrased.delete(k);
        fields.delete(k);
      }
      if (span) j = span.at + span.words.length - 1;
    }
  }
  // The kind of body: at the start, or after a title ("Giám đốc", "Phó Chủ tịch", "Trưởng Công an xã"); a phrase may start
  // with it ("Ban Chỉ đạo").
  const startsPhrase = (i: number) => spans.some((span) => span.at === i);
  const titled = (j: number) => phrased.has(j) && !common.has(j) && !fields.has(j);
  const kind = words.findIndex((_, i) => (!known.has(i) || startsPhrase(i)) && bodyKindAt(words, i) > 0 && words.slice(0, i).every((w, j) => titled(j) || ['phó', 'trưởng'].includes(foldText(w))));
  const from = kind >= 0 ? kind + bodyKindAt(words, kind) : -1;
  // Where the fields and common words after the kind and its known field end ("Trung tâm Y tế khu vực | Ea Kar", "Trường
  // Đại học Sư phạm | Hà Nội").
  const fieldsStart = kind >= 0 ? Math.max(from, fieldEnd(words, kind)) : -1;
  let fieldsEnd = fieldsStart;
  while (fieldsEnd >= 0 && fieldsEnd < words.length && (fields.has(fieldsEnd) || common.has(fieldsEnd) || foldText(words[fieldsEnd]) === 'và' || DASH.test(words[fieldsEnd]))) fieldsEnd++;
  // The place or person a body is named for, typed without a unit, a name (Phụ lục II): after a body named for
  // one ("tỉnh ủy đắk lắk"), a kind and its field ("trường thcs nguyễn du") or its fields ("trung tâm y tế khu vực ea kar"),
  // up to where the text goes on; a common word before it stays small ("số 1 Ea Kar", review 13c F6; "chuyên Lê Quý Đôn"), a
  // common word of one word after its first word is the name's, as in a place's ("Trường Tiểu học Làng Mới", review 13e F13).
  const nameStarts = [...phraseSpans(words, NAMED_BODIES.names).map((span) => span.at + span.words.length), kind >= 0 ? fieldEnd(words, kind) : -1, fieldsEnd > fieldsStart ? fieldsEnd : -1];
  for (const start of nameStarts.filter((at) => at > 0)) {
    const isName = (j: number) => words[j] !== typedWords[j] || DASH.test(words[j]) || /^\d+$/.test(words[j]);
    let named = false;
    for (let j = start; j < words.length && !leavesPlace(words, j); j++) {
      const inName = named && common.has(j) && spanAt.get(j)?.words.length === 1;
      if (common.has(j) && !inName) continue;
      if (inName) {
        words[j] = nameCase(typedWords[j]);
        common.delete(j);
      } else if (known.has(j) || !isName(j)) break;
      named = true;
      known.add(j);
      if (CLOSING_SIGNS.test(words[j])) break;
    }
  }
  if (kind >= 0) {
    const to = units.find((u) => u >= from) ?? words.length;
    for (let i = kind; i < to; i++) {
      const opens = i >= from && (i === from || opensField(words[i - 1]));
      // A body's phrase that opens a field is the field's: "Ban Thường trực", "Sở Xây dựng".
      if (known.has(i) && i >= from) {
        if (opens && titled(i) && startsPhrase(i)) words[i] = capitalise(words[i]);
        continue;
      }
      // Typed in capitals, a word no data knows keeps the capital `nameCase` gave it: it may be a place's or a
      // person's name ("Hợp tác xã Nông nghiệp Hòa An"), and a wrong capital is a smaller fault than a name written small.
      if (capitals && i >= from) continue;
      const lower = isAbbreviation(words[i]) ? words[i] : words[i].toLowerCase();
      words[i] = i === kind || opens ? capitalise(lower) : lower;
      known.add(i);
    }
  }
  // Typed small with nothing of a body but common words and hamlets ("các thôn, tổ dân phố"): as typed.
  if (small && [...known].every((i) => common.has(i) || units.some((u) => u <= i && i < u + (unitAt(words, u) || hamletAt(words, u))))) return typed;
  // A word no rule placed keeps the capital `nameCase` gave it (a name may hide in it), but "và" is never a name's (review 13d F5).
  return capitalise(words.map((word, i) => (small && !known.has(i) ? typedWords[i] : !known.has(i) && foldText(word) === 'và' ? 'và' : word)).join(' '));
}

/**
 * Whether every word starts with a capital but "và" ("Sở Khoa Học và Công Nghệ Hà Nội", "SỞ Y TẾ"), as
 * people type names: such capitals tell nothing of where a field ends or a name starts.
 */
const everyWordCapitalised = (words: readonly string[]): boolean => words.every((word) => !/^\p{Ll}/u.test(word) || foldText(word) === 'và');

/**
 * A name `raw` typed with a capital on every word but "và" ("Sở Khoa Học và Công Nghệ Hà Nội"),
 * written as `bodyName` writes it typed in capitals: each word written small there small, the
 * others as in `typed` (`raw` with its places typed short in full, "TP.HCM"); undefined for any
 * other text.
 */
function capitalised(raw: string, typed: string): string | undefined {
  if (!everyWordCapitalised(raw.split(' '))) return undefined;
  const words = typed.split(' ');
  return bodyName(raw.toUpperCase())
    .split(' ')
    .map((word, i) => (/^\p{Ll}/u.test(word) ? word : (words[i] ?? word)))
    .join(' ');
}

/**
 * Where a unit's word opens a common word of COMMON_NOT_UNITS ("xã hội", "xã giao") that is the unit
 * after all: a name follows the pair (a word no phrase of `spans` holds, and no unit, hamlet,
 * body, abbreviation, number, sign or word carrying the text on: `leavesPlace`), no "và" or dash before it makes the
 * pair a body's field ("Thương binh và Xã hội Đắk Lắk"), and no longer phrase holds it ("xã hội học
 * tập", "xã hội hóa", "Chính sách xã hội"). "UBND XÃ HỘI AN" is "UBND xã Hội An" (review 13e F2).
 */
function unitsBeforeNames(words: readonly string[], spans: ReadonlyArray<{ at: number; words: readonly string[] }>): Set<number> {
  const covers = (span: { at: number; words: readonly string[] }, j: number) => j >= span.at && j < span.at + span.words.length;
  const units = new Set<number>();
  for (const pair of phraseSpans(words, COMMON_NOT_UNITS)) {
    const next = pair.at + pair.words.length;
    const before = foldText(words[pair.at - 1] ?? '');
    const inPhrase = spans.some((span) => covers(span, pair.at) && !(span.at === pair.at && span.words.length === pair.words.length));
    const nameFollows =
      next < words.length &&
      !CLOSING_SIGNS.test(words[next - 1]) &&
      !spans.some((span) => covers(span, next)) &&
      unitAt(words, next) === 0 &&
      hamletAt(words, next) === 0 &&
      !leavesPlace(words, next) &&
      !startsBody(words, next) &&
      !isAbbreviation(words[next].toUpperCase()) &&
      !/^\d/.test(words[next]);
    if (nameFollows && !inPhrase && before !== 'và' && !DASH.test(before)) units.add(pair.at);
  }
  return units;
}

/** Whether `words` are common words of bodies' names and nothing else (BODY_COMMON_WORDS: "cũ", "trên địa bàn"). */
function commonOnly(words: readonly string[]): boolean {
  return phraseSpans(words, BODY_COMMON_WORDS.names).reduce((n, span) => n + span.words.length, 0) === words.length;
}

/** Bodies and offices as the legal texts word them (lower case), and as a document writes them (Nghị định 30/2020 capitals). */
const BODY_CAPITALS: ReadonlyArray<[string, string]> = [
  ['hội khuyến học', 'Hội Khuyến học'],
  ['ủy ban nhân dân', 'Ủy ban nhân dân'],
  ['chủ tịch', 'Chủ tịch'],
];

/**
 * A role as a legal text words it for every commune ("hội khuyến học cấp xã", "chủ tịch ủy ban
 * nhân dân cấp xã", TT44 Điều 5, 6) named for this commune, as a document writes it: "Hội
 * Khuyến học xã Hòa An", "Chủ tịch Ủy ban nhân dân xã Hòa An".
 */
export function communeBody(role: string, names: CommuneNames): string {
  const named = role.split('cấp xã').join(names.inText);
  return BODY_CAPITALS.reduce((text, [lower, upper]) => text.split(lower).join(upper), named);
}

/**
 * The Số line of Nghị định 30/2020: "Số: 15/TTr-UBND", number, then the abbreviations of the
 * document's type ("TTr", "BC", "BB") and of its issuer ("UBND"). A number typed whole is printed
 * as typed; a bare one gets the symbol, and a leading 0 under 10 ("05"); none leaves room to write
 * it by hand ("Số:      /TTr-UBND"). An issuer not known is dotted, to fill in by hand too.
 */
export function numberLine(number: string, type: string, issuer: string): string {
  return typedNumber(number) ? `Số: ${documentNumber(number, type, issuer)}` : `Số:${'\u00a0'.repeat(6)}/${type}-${issuer || DOTS}`;
}

/** A body as typed where a document names its issuer (the roll-up's report), read into its parts. */
export interface BodyParts {
  /** The parent body typed on a line of its own above or below it ("UBND tỉnh Sông Lam"), or ''. */
  parent: string;
  /** The body's own lines as typed, spaces tidied: one, or a name typed over several. */
  lines: string[];
  /** Its own name, without the place it is named for: "Sở GD&ĐT" of "Sở GD&ĐT tỉnh Đắk Lắk". */
  own: string;
  /** That place, its unit as the law spells it ("tỉnh Đắk Lắk", "thành phố Huế" for "TP. Huế"), or ''. */
  place: string;
}

/**
 * The parts of a body as typed, a place typed short in full (`expandPlaces`: "TP.HCM"): a first
 * line of several that names a committee with its place ("UBND tỉnh Sông Lam", "Ủy ban nhân dân …"), or else
 * such a last line (the parent typed below the body), is its parent (`namesCommittee`); the place starts at the first unit after the body's first word (`unitAt`, the unit data:
 * "tỉnh", "thành phố", "TP.", but not "Xã hội").
 */
export function bodyParts(body: string): BodyParts {
  const typed = body
    .split(/\r?\n/)
    .map((line) => expandPlaces(normalizeText(line)))
    .filter(Boolean);
  // The parent is typed on a line of its own above the body, as the header prints it, or below it ("Phòng Văn hóa - Xã hội /
  // UBND huyện Hòa Bình"): either way no part of the body's own name, nor of its abbreviation ("PVHXH", never "PVHXHUBND").
  const parentAt = typed.length < 2 ? -1 : namesCommittee(typed[0]) ? 0 : namesCommittee(typed[typed.length - 1]) ? typed.length - 1 : -1;
  const parent = typed[parentAt] ?? '';
  const lines = typed.filter((_, i) => i !== parentAt);
  const words = nameWords(lines.join(' '));
  const at = words.findIndex((_, i) => i > 0 && unitAt(words, i) > 0);
  if (at >= 0) return { parent, lines, own: words.slice(0, at).join(' '), place: placeAt(words, at) ?? '' };
  const bare = unitlessPlace(words);
  return { parent, lines, own: words.slice(0, bare < 0 ? undefined : bare).join(' '), place: bare < 0 ? '' : provinceOf(words[0], words.slice(bare).join(' ')) };
}

/**
 * Whether a line names a committee with its place ("UBND tỉnh Sông Lam", "Ủy ban nhân dân huyện Hòa Bình"), a parent
 * line; "UBND" or "Ủy ban nhân dân" alone is a committee's own name typed over two lines ("ỦY BAN NHÂN DÂN / TỈNH ĐẮK LẮK").
 */
function namesCommittee(line: string): boolean {
  const words = nameWords(line);
  const n = committeeAt(words, 0);
  return n > 0 && n < words.length;
}

/**
 * Where a place typed without its unit starts after a body's field, or -1, read the same whatever
 * the case the name was typed in. After an abbreviation or a field of NAME_PHRASES right after the
 * kind of body ("Sở GD&ĐT Hà Nội", "sở giáo dục và đào tạo đắk lắk"). For an office of a province
 * (`provinceOffice`: a Sở, whose name is its field and its province), after its fields of
 * BODY_FIELDS joined by "và", a comma or a dash, in any case
 * ("SỞ TÀI CHÍNH ĐẮK LẮK", "Sở Khoa Học và Công Nghệ Hà Nội"). Else, in a name typed in sentence
 * case, at a capital no field opens ("Sở Ngoại vụ Đắk Lắk": Nghị định 30/2020 capitalises only a
 * field's first word; a body's phrase or field is none, "Ban Tuyên giáo Tỉnh ủy"). A name whose
 * capitals tell nothing (all in capitals, all small, a capital on every word) is otherwise not
 * split: nothing guessed, whether the words after a known field are a place ("Ea Kar") or more of
 * the name ("HỘI BẢO TRỢ NGƯỜI KHUYẾT TẬT"), nor a province read inside an unknown field ("Sở Quy
 * Hoạch - Kiến Trúc Hà Nội"). A school's words after its levels are its own name, never a place
 * ("Trường Tiểu học Kim Đồng").
 */
function unitlessPlace(words: readonly string[]): number {
  const kind = bodyKindAt(words, 0);
  if (kind === 0 || schoolLevelsEnd(words, 0) >= 0) return -1;
  const known = fieldEnd(words, 0);
  if (known >= 0) return known < words.length ? known : -1;
  const spans = phraseSpans(words, [...NAME_PHRASES, ...BODY_FIELDS.names]);
  const inPhrase = (i: number) => spans.some((span) => i >= span.at && i < span.at + span.words.length);
  if (provinceOffice(words[0])) {
    let end = kind;
    while (end < words.length && (inPhrase(end) || foldText(words[end]) === 'và' || DASH.test(words[end]))) end++;
    // Its field ends on a field, not on "và" or a dash before a word the data do not know.
    if (end < words.length && inPhrase(end - 1)) return end;
  }
  if (everyWordCapitalised(words)) return -1;
  // Typed all small, no capital starts a place; nor does one right after another, inside a run of capitals ("Hoa Mai").
  const capital = (word: string) => /^\p{Lu}/u.test(word);
  return words.findIndex((word, i) => i > kind + 1 && capital(word) && !capital(words[i - 1]) && !opensField(words[i - 1]) && !inPhrase(i));
}

/**
 * Where the field of the body whose kind stands at `words[at]` ends, when it is known: an
 * abbreviation right after the kind ("Sở GD&ĐT", "Trường THCS") or a phrase of NAME_PHRASES at the
 * kind or right after it ("Hội Khuyến học", "Sở Giáo dục và Đào tạo"); -1 when not known.
 */
function fieldEnd(words: readonly string[], at: number): number {
  const kind = at + bodyKindAt(words, at);
  if (words.length <= kind) return -1;
  const levels = schoolLevelsEnd(words, at);
  if (levels >= 0) return levels;
  if (isAbbreviation(words[kind].toUpperCase())) return kind + 1;
  // A phrase at the kind counts when it holds a field too ("Hội Khuyến học"), not when it is the kind alone ("Trung tâm").
  const field = phraseSpans(words, NAME_PHRASES).find((span) => (span.at === at && span.at + span.words.length > kind) || span.at === kind);
  return field ? field.at + field.words.length : -1;
}

/** Whether a body of kind `kindWord` is an office of a province's committee only (UNDER_COMMITTEE: a Sở), not of a lower level's too (a Phòng). */
function provinceOffice(kindWord: string): boolean {
  const levels = UNDER_COMMITTEE.filter((office) => office.kind === foldText(kindWord)).map((office) => office.level);
  return levels.length === 1 && levels[0] === 'tỉnh';
}

/**
 * The province a body of kind `kindWord` is named for, typed `name` without its unit, with the
 * unit its name has (CENTRAL_CITIES: "thành phố Hà Nội", else "tỉnh Đắk Lắk"): only for an office
 * of a province's committee (`provinceOffice`, a Sở); '' for any other, whose level a name alone
 * does not tell (a Phòng was a district's, is now a commune's).
 */
function provinceOf(kindWord: string, name: string): string {
  if (!provinceOffice(kindWord)) return '';
  const city = CENTRAL_CITIES.names.some((known) => nameKey(known) === nameKey(name));
  return `${city ? 'thành phố' : 'tỉnh'} ${name}`;
}

/** The letters of a word an abbreviation keeps: all of "GD&ĐT" (an abbreviation itself, "gd&đt" typed small too), the first of "Giáo". */
const initialsOf = (word: string): string => (isAbbreviation(word.toUpperCase()) ? word.toUpperCase().replace(/[^\p{L}\p{M}]/gu, '') : word.charAt(0).toUpperCase());

/**
 * The abbreviation of an issuing body for its Số line, as Vietnamese offices form it: the initials
 * of the words of its own name (`bodyParts`: without its place or its parent line), "và" left out,
 * an abbreviation typed in it kept whole ("Sở Giáo dục và Đào tạo tỉnh Sông Lam" and "SỞ GD&ĐT
 * TỈNH ĐẮK LẮK" → "SGDĐT", "Ủy ban nhân dân xã …" → "UBND"). Blank for a blank body.
 */
export function bodyAbbreviation(body: string): string {
  return (
    bodyParts(body)
      .own.split(' ')
      .filter((word) => /^\p{L}/u.test(word) && foldText(word) !== 'và')
      .map(initialsOf)
      .join('')
      // Initials drop tone and vowel marks ("Ủy" → U) but keep Đ, a letter of its own.
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
  );
}

/** A word's letters without tone and vowel marks, Đ kept (a letter of its own): "GD&ĐT" → "GDĐT", "Đào" → "ĐAO". */
const plainLetters = (word: string): string =>
  word
    .toUpperCase()
    .replace(/[^\p{L}\p{M}]/gu, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');

/** The words of a body's name to compare: a place typed short in full ("TPHCM"), signs at its ends dropped, folded. */
const comparedWords = (name: string): string[] =>
  nameWords(name)
    .map((word) => foldText(word.replace(/^[-–•]+|[,;.:]+$/g, '')))
    .filter(Boolean);

/**
 * Whether `a` and `b` name one body, however spelt: the same words whatever the case, or an
 * abbreviation in one where the other writes the words it stands for ("Sở GD&ĐT tỉnh Sông Lam" and
 * "Sở Giáo dục và Đào tạo tỉnh Sông Lam", "UBND TP. Huế" and "Ủy ban nhân dân thành phố Huế": the
 * initials of those words, "và" left out, as `bodyAbbreviation` forms them). Names that differ in a
 * word ("Sở Nội vụ", "Sở Ngoại vụ") are two bodies.
 */
export function sameBody(a: string, b: string): boolean {
  const left = comparedWords(a);
  const right = comparedWords(b);
  const from = (i: number, j: number): boolean => {
    if (i === left.length || j === right.length) return i === left.length && j === right.length;
    if (left[i] === right[j] && from(i + 1, j + 1)) return true;
    return abbreviates(left, i, right, j, (k) => from(i + 1, k)) || abbreviates(right, j, left, i, (k) => from(k, j + 1));
  };
  return left.length > 0 && from(0, 0);
}

/**
 * Whether `short[i]`, an abbreviation, stands for words of `long` from `j` (their initials, "và"
 * left out) after which `rest(k)` holds, `k` the first word after them.
 */
function abbreviates(short: readonly string[], i: number, long: readonly string[], j: number, rest: (k: number) => boolean): boolean {
  if (!isAbbreviation(short[i].toUpperCase())) return false;
  const letters = plainLetters(short[i]);
  let initials = '';
  for (let k = j; k < long.length && initials.length < letters.length; k++) {
    if (long[k] !== 'và') initials += plainLetters(long[k]).charAt(0);
    if (initials === letters && rest(k + 1)) return true;
    if (!letters.startsWith(initials)) return false;
  }
  return false;
}

/**
 * The header lines of a body typed for a header (Nghị định 30/2020, Phụ lục I: in capitals; the
 * parent body, "tên cơ quan chủ quản trực tiếp", only where there is one). A specialised office of a
 * committee (UNDER_COMMITTEE: "Sở", "Phòng") gets that committee's line above its own name, which
 * then drops the place ("UBND TỈNH ĐẮK LẮK / SỞ GIÁO DỤC VÀ ĐÀO TẠO"); the committee itself writes
 * its name in full ("ỦY BAN NHÂN DÂN / TỈNH ĐẮK LẮK"); any other body (a Hội) has no parent line
 * and keeps its place. A parent typed on a line of its own, and a name typed over several lines,
 * are kept as typed. A blank body is dots to fill in by hand.
 */
export function bodyHeader(body: string): { parentBody?: string; issuingBody: string[] } {
  const { parent, lines, own, place } = bodyParts(body);
  const upper = (text: string) => text.toUpperCase();
  if (lines.length === 0) return { issuingBody: [DOTS + DOTS] };
  if (parent) return { parentBody: upper(parent), issuingBody: lines.map(upper) };
  const words = nameWords(own);
  const underCommittee = UNDER_COMMITTEE.some((office) => office.kind === foldText(words[0] ?? ''));
  // An office typed with its place on a line of its own ("SỞ GIÁO DỤC VÀ ĐÀO TẠO / TỈNH ĐẮK LẮK"):
  // that line is its committee's place, not a name of its own (review 13c F13).
  // Its place broken over the two lines ("… TỈNH / ĐẮK LẮK") is that place too (review 13d F10).
  const placeLine = underCommittee && lines.length === 2 && place !== '' && foldText(place).endsWith(foldText(lines[1]));
  if ((lines.length > 1 && !placeLine) || !place) return { issuingBody: lines.map(upper) };
  if (committeeAt(words, 0) === words.length) return { issuingBody: [upper(COMMITTEE.name), upper(place)] };
  if (underCommittee) return { parentBody: committeeLine(place), issuingBody: [upper(spelledOut(own))] };
  return { issuingBody: lines.map(upper) };
}

/**
 * A body's name with the abbreviation of its field written out where one phrase of NAME_PHRASES
 * has its initials ("Sở GD&ĐT" → "Sở Giáo dục và Đào tạo", "và" left out as `bodyAbbreviation`
 * does): a header names the issuing body in full (Nghị định 30/2020, Phụ lục I). An abbreviation no
 * phrase, or more than one, stands for stays as typed.
 */
function spelledOut(own: string): string {
  return nameWords(own)
    .map((word, i) => {
      if (i === 0 || !isAbbreviation(word.toUpperCase())) return word;
      const letters = plainLetters(word);
      const meant = NAME_PHRASES.filter(
        (phrase) =>
          phrase
            .split(' ')
            .filter((w) => foldText(w) !== 'và')
            .map((w) => plainLetters(w).charAt(0))
            .join('') === letters,
      );
      return meant.length === 1 ? meant[0] : word;
    })
    .join(' ');
}

/** The place and date line, or dots for a document dated by hand (minutes of a meeting to come). */
export function placeDate(place: string, date: string | null): string {
  return `${place}, ${date ?? `ngày ${DOTS} tháng ${DOTS} năm ${DOTS}`}`;
}

/**
 * "từ ngày 01/01/2025 đến ngày 31/12/2025": the period the data cover, the year assessed (Thông tư
 * 25/2023, Điều 9 khoản 1 điểm b), ending no later than `dated`, the day the documents carry: a
 * document cannot report days after it (a TT44 dossier is made in December of its own year,
 * Thông tư 44/2014 Điều 4 khoản 4: "đến ngày 10/12/2021").
 */
export function dataPeriod(info: CommuneInfo, dated: Date): string {
  const end = dated.getFullYear() === info.year ? dated : new Date(info.year, 11, 31);
  return `từ ngày 01/01/${info.year} đến ngày ${formatViDate(end)}`;
}

/** "Tiêu chí 1" for the project's code "TC1"; a province's own code with the word: "Tiêu chí ĐP1". */
export function criterionLabel(code: string): string {
  const match = /^TC(\d+)$/i.exec(code);
  return `Tiêu chí ${match ? match[1] : code}`;
}

/**
 * "chỉ tiêu 1.1" for the project's code "TC1.1" (its parts "TC5.2a", "TC5.2b" are read as the
 * indicator "chỉ tiêu 5.2": the sub-codes are the workbook's, not the circular's); a province's
 * own code as it is.
 */
export function indicatorLabel(code: string): string {
  const match = /^TC(\d+\.\d+)[a-z]?$/i.exec(code);
  return match ? `chỉ tiêu ${match[1]}` : /^TC\d+$/i.test(code) ? criterionLabel(code).toLowerCase() : code;
}

/** "1.1", "5.2a": a code as a table's Mã column shows it, without the workbook's "TC". */
export const shortCode = (code: string): string => code.replace(/^TC/i, '');

/** First letter upper case, for a phrase that starts a table cell. */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A PCGD-XMC level (NĐ 20/2014) as a phrase: "chuẩn mức độ 3". Always said with "chuẩn" so that it
 * is never read as the commune's recognition level ("Mức độ 1 / Mức độ 2" of Thông tư 25/2023).
 */

/**
 * "UBND TỈNH ĐẮK LẮK": a place's committee as a parent body's line shortens it (Nghị định 30/2020),
 * without a stop typed after the place ("tỉnh Quảng Trị."); '' for no place.
 */
function committeeLine(place: string): string {
  const name = place.replace(/[\s,;.:]+$/, '');
  return name ? `${COMMITTEE.short} ${name}`.toUpperCase() : '';
}

/** The levels above the commune, whose committee stands above the commune's: tỉnh, and huyện before 07/2025. */
const ABOVE_COMMUNE = [...new Set(UNIT_KINDS.map((k) => k.level))].filter((level): level is UnitLevel => level !== 'xã');

/**
 * The cơ quan chủ quản line above the commune's committee (Nghị định 30/2020 allows "UBND" there):
 * the committee the deciding authority or the recipient names, however typed ("Chủ tịch Ủy ban
 * nhân dân tỉnh Đắk Lắk", "Chủ tịch UBND tỉnh Đắk Lắk", "UBND TP. Huế", "Chủ tịch Ủy ban nhân dân
 * huyện Hòa Bình" before 07/2025: `committeePlace`), else the province's (`provinceLine`).
 */
export function parentBodyLine(info: { decidingAuthority: string; recipientBody: string; province: string }): string {
  const found = [info.decidingAuthority, info.recipientBody].map((text) => committeePlace(text, ABOVE_COMMUNE)).find(Boolean);
  return found ? committeeLine(`${found.unit} ${found.name}`) : provinceLine(info.province);
}

/**
 * "UBND TỈNH SÔNG LAM" for the province as typed in "Thông tin" ("Tỉnh Sông Lam", "TINH SONG LAM"
 * read as "tỉnh", "TP. Huế" as "thành phố", "UBND tỉnh Sông Lam" as the province); a province typed
 * without its unit keeps none ("UBND SÔNG LAM", never guessed: the checklist asks for it). Empty
 * when blank.
 */
export function provinceLine(province: string): string {
  const { unit, name } = readUnitName(province, 'tỉnh');
  return committeeLine(unit ? `${unit} ${name}` : name);
}

/** The value the commune entered, as it reads in a document. */
export function valueText(result: ItemResult): string {
  const { item, reading } = result;
  if (reading.state !== 'ok') return OUTCOME_LABELS.missing;
  switch (item.kind) {
    case 'yesno':
      return reading.value >= 1 ? OUTCOME_LABELS.met : OUTCOME_LABELS.not_met;
    case 'level':
      return reading.value === 0 ? 'Chưa đạt chuẩn' : capitalise(`đạt ${standardLevel(reading.value)}`);
    case 'percent':
      return formatViPercent(reading.value);
    case 'points':
      return formatViNumber(reading.value);
  }
}

export const outcomeText = (outcome: Outcome): string => OUTCOME_LABELS[outcome];

/** "chỉ tiêu 4.3, chỉ tiêu 5.1 và chỉ tiêu 5.2" */
export function listText(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}
