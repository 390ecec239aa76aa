import type { Block, CellBlock, ChartBlock, HeaderBlock, ParagraphBlock, ParagraphStyle, PrimitiveBlock, RuleBlock, SignatureBlock, Signer, TableBlock, TableRow, TitleBlock } from './model';
import { para, row } from './blocks';
import { CELL, HEADING, RULE_MM, SIZE, TIGHT } from './styles';
import { formatViNumber } from '../cells/vi-number';
import { nameKey } from '../cells/text';
import { hamletAt, unitAt } from '../workbook/units';
import { BODY_COMMON_WORDS, BODY_FIELDS } from '../ruleset/body-words';
import { FIXED_NAMES, NOT_UNITS, SCHOOL_LEVELS } from '../ruleset/units';
import { HEADING_PHRASES, NAME_PHRASES, phraseSpans, schoolLevelsEnd } from './wording';
import { NBSP } from './typeset';
import { fitsOneLine, printedWidthMm } from './text-width';
import { paragraphLines } from './line-count';
import { wholeNumbers } from './whole-numbers';

/**
 * Lays the semantic blocks (header, title, heading, signature) out as paragraphs, rules and
 * borderless tables, once, so that the Google Docs and DOCX renderers draw exactly the same
 * layout and only have to know five primitive kinds.
 */

const line = (text: string, style: Partial<ParagraphStyle> = {}): ParagraphBlock => para(text, { ...TIGHT, ...style });

const rule = (widthMm: number, sizePt: number): RuleBlock => ({ kind: 'rule', widthMm, sizePt });

/** `text` with the spaces inside each of `phrases` made non-breaking, so no line ends inside one. */
export function keepTogether(text: string, phrases: string[]): string {
  // A blank phrase changes nothing: split by '' and joined by '' is the text itself.
  return phrases.reduce((out, phrase) => out.split(phrase).join(phrase.replace(/ /g, NBSP)), text);
}

/** The printed width of `text` at `sizePt`, bold or upright, in millimetres (text-width.ts). */
const estimateMm = (text: string, sizePt: number, bold = true) => printedWidthMm(text, sizePt, bold ? 'bold' : 'regular');

/** Whether a `nameKey` is the word that joins the last field of a body's name ("Giáo dục và Đào tạo"); a function, so nothing runs when the module loads (every custom-function call loads it). */
const isAnd = (key: string) => key === nameKey('và');
/** A dash between two fields ("Lao động - Thương binh"), typed as a hyphen, en or em dash, alone or at a word's end. */
const DASH = /[-–—]$/;

/**
 * The word indexes a line may not break before: inside a body's phrase or a word that starts like a
 * unit (NAME_PHRASES, NOT_UNITS, in any case or tone placement: never "SỞ GIÁO DỤC VÀ ĐÀO / TẠO",
 * "XÃ / HỘI") except before the "và" that joins two of its fields ("GIÁO DỤC / VÀ ĐÀO TẠO"); inside
 * a unit of several words or the place it names ("THÀNH / PHỐ", "TỈNH / ĐẮK LẮK", `unitAt`: a place
 * runs from its unit to the next unit or the end); on either side of a dash, which makes two fields
 * one ("LAO ĐỘNG - THƯƠNG BINH"); and after "và", which opens its field ("SỞ NÔNG NGHIỆP VÀ / PHÁT").
 * A school's levels (SCHOOL_LEVELS) are phrases, and its own name after them is kept whole as a
 * place's is. With them, the word indexes where a phrase starts or ends (`edges`): a field's bounds
 * ("BAN CHỈ ĐẠO XÂY DỰNG / XÃ HỘI HỌC TẬP"); and where a place's own name starts after its unit
 * (`names`: "PHƯỜNG / NGUYỄN TRUNG TRỰC", the name whole when the place cannot fit a line).
 */
function insidePhrases(words: readonly string[]): { inside: Set<number>; edges: Set<number>; names: Set<number> } {
  const keys = words.map((word) => nameKey(word));
  // Where each unit starts: a unit's own words ("XÃ" of "THỊ XÃ") start none.
  const units: number[] = [];
  for (let i = 0; i < words.length; i += Math.max(1, unitAt(words, i))) if (unitAt(words, i) > 0) units.push(i);
  const inside = new Set<number>();
  const edges = new Set<number>();
  const names = new Set<number>();
  for (const span of phraseSpans(words, [...NAME_PHRASES, ...SCHOOL_LEVELS.names, ...NOT_UNITS])) {
    edges.add(span.at).add(span.at + span.words.length);
    span.words.forEach((word, k) => {
      if (k > 0 && !isAnd(nameKey(word))) inside.add(span.at + k);
    });
  }
  words.forEach((word, start) => {
    if (units.includes(start)) {
      const name = start + unitAt(words, start);
      for (let k = start + 1; k < (units.find((i) => i > start) ?? words.length); k++) if (k !== name) inside.add(k);
      names.add(name);
    }
    if (DASH.test(word)) inside.add(start).add(start + 1);
    if (isAnd(keys[start])) inside.add(start + 1);
  });
  // A school's own name after its levels ("TRƯỜNG TIỂU HỌC / NGUYỄN TRUNG TRỰC") is a name as a place's is.
  const school = schoolNameSpan(words);
  if (school) {
    edges.add(school.at);
    for (let k = school.at + 1; k < school.at + school.words.length; k++) inside.add(k);
  }
  for (const name of names) if (inside.has(name) || name >= words.length) names.delete(name);
  return { inside, edges, names };
}

/**
 * Where a header line breaks best, by what a break costs as a share of the column: before a unit
 * (between a body and its place) nothing; before the "và" that joins a body's last field a little,
 * and as little between two fields a phrase bounds ("XÂY DỰNG / XÃ HỘI HỌC TẬP": NAME_PHRASES),
 * as the ministries' own headers break ("BỘ NÔNG NGHIỆP / VÀ PHÁT TRIỂN NÔNG THÔN", "BỘ LAO ĐỘNG -
 * THƯƠNG BINH / VÀ XÃ HỘI", "BỘ VĂN HÓA, THỂ THAO / VÀ DU LỊCH"); after a comma between fields a
 * little more, and as much after a name's first word, the kind of body ("PHÒNG / LAO ĐỘNG -
 * THƯƠNG BINH …", which leaves that word alone: see SET_QUALITY). Anywhere else (`word`) falls
 * inside a field, whose words cannot be told apart without a dictionary: taken only where no place
 * above fits; as much between a unit and the name it bears (`name`), so that a place too wide for the
 * column keeps its name whole ("PHƯỜNG / NGUYỄN TRUNG TRỰC") rather than be set below the 12 pt Phụ
 * lục I allows. Inside a phrase, a unit or a name (`syllable`) only as the last resort, where the
 * renderer would otherwise break the line wherever it likes ("PHƯỜNG NGUYỄN / TRUNG TRỰC"); never
 * before a dash. Nghị định 30/2020 (Phụ lục I) lets a long name take several lines but says nowhere
 * where to break it: this order is ours, after those headers.
 */
const BREAK_COST = { unit: 0, and: 0.05, field: 0.05, comma: 0.15, kind: 0.15, word: 0.5, name: 0.5, syllable: 1 } as const;
/** More lines than one part of a header ever needs. */
const MAX_HEADER_LINES = 4;

function breakCost(words: readonly string[], at: number, { inside, edges, names }: { inside: Set<number>; edges: Set<number>; names: Set<number> }): number {
  // No line starts with a dash: as a last resort a field joined by one breaks after it ("VĂN HÓA - / XÃ HỘI").
  // (`at` is never 0: a break falls after the first word at the earliest, see `best` in setLine.)
  if (/^[-–—]$/.test(words[at])) return Number.POSITIVE_INFINITY;
  if (inside.has(at)) return BREAK_COST.syllable;
  if (unitAt(words, at) > 0) return BREAK_COST.unit;
  if (names.has(at)) return BREAK_COST.name;
  if (isAnd(nameKey(words[at]))) return BREAK_COST.and;
  if (/[,;]$/.test(words[at - 1])) return BREAK_COST.comma;
  if (at === 1) return BREAK_COST.kind;
  return edges.has(at) ? BREAK_COST.field : BREAK_COST.word;
}

/**
 * How well a header line is set, best first: whole or broken only between fields or before a
 * place (`phrase`); so, but with a line of one word (`lone`: "UBND / THỊ XÃ SƠN TÂY", "PHÒNG / LAO
 * ĐỘNG - THƯƠNG BINH / VÀ XÃ HỘI", a word alone rather than a word broken); also inside a field
 * (`word`: "MỘT HAI BA / BỐN NĂM SÁU"); inside a phrase or a name, as the last resort before not
 * fitting the column at all (`syllable`: "TRUNG TÂM HỌC TẬP / CỘNG ĐỒNG"; `over`).
 */
const SET_QUALITY = ['phrase', 'lone', 'word', 'syllable', 'over'] as const;
type SetQuality = (typeof SET_QUALITY)[number];

/** A header line set in a column: its lines, and how well (SET_QUALITY). */
interface SetLine {
  lines: string[];
  quality: SetQuality;
}

/**
 * A header line set in a column `widthMm` wide: whole where it fits; else in as few lines as fit
 * at the best SET_QUALITY that fits, broken where it reads best (the narrowest longest line plus
 * the costs of its breaks, BREAK_COST), never before a word of `insidePhrases`. Where nothing
 * fits, the allowed breaks that give the narrowest longest line, or the line whole (`over`:
 * `headerTable` then tries a wider column). Every line is kept whole with non-breaking spaces, so
 * Word or Docs never break it at a place of their choosing. Measured bold, or upright (`bold` false:
 * the parent body's line).
 */
function setLine(text: string, widthMm: number, sizePt: number, bold = true): SetLine {
  const words = text.split(' ').filter(Boolean);
  const width = (from: number, to: number) => estimateMm(words.slice(from, to).join(' '), sizePt, bold);
  const join = (bounds: number[]) => bounds.slice(1).map((to, i) => words.slice(bounds[i], to).join(NBSP));
  if (width(0, words.length) <= widthMm) return { lines: [words.join(NBSP)], quality: 'phrase' };
  const phrases = insidePhrases(words);
  const costs = words.map((_, at) => breakCost(words, at, phrases));
  // The best way to break the words into `count` lines no wider than `limitMm`, at breaks costing at most `most`.
  const best = (count: number, most: number, lone: boolean, limitMm: number) => {
    let found: { bounds: number[]; score: number; longest: number } | undefined;
    const visit = (bounds: number[], cost: number) => {
      if (bounds.length === count) {
        const all = [...bounds, words.length];
        const sizes = all.slice(1).map((to, i) => ({ words: to - all[i], mm: width(all[i], to) }));
        const longest = Math.max(...sizes.map((part) => part.mm));
        if (longest > limitMm || (!lone && sizes.some((part) => part.words === 1))) return;
        if (!found || longest + cost * widthMm < found.score) found = { bounds: all, score: longest + cost * widthMm, longest };
        return;
      }
      for (let at = bounds[bounds.length - 1] + 1; at < words.length; at++) if (costs[at] <= most) visit([...bounds, at], cost + costs[at]);
    };
    visit([0], 0);
    return found;
  };
  const counts = Array.from({ length: Math.min(MAX_HEADER_LINES, words.length) - 1 }, (_, i) => i + 2);
  const tiers: Array<[SetQuality, number, boolean]> = [
    ['phrase', BREAK_COST.comma, false],
    ['lone', BREAK_COST.comma, true],
    ['word', BREAK_COST.word, false],
    ['word', BREAK_COST.word, true],
    ['syllable', BREAK_COST.syllable, true],
  ];
  for (const [quality, most, lone] of tiers) {
    for (const count of counts) {
      const found = best(count, most, lone, widthMm);
      if (found) return { lines: join(found.bounds), quality };
    }
  }
  const narrowest = counts
    .map((count) => best(count, BREAK_COST.word, true, Number.POSITIVE_INFINITY))
    .reduce<{ bounds: number[]; longest: number } | undefined>((a, b) => (b && (!a || b.longest < a.longest) ? b : a), undefined);
  // Still too wide: a line wider than the column keeps ordinary spaces, since joined it could only
  // break inside a word ("PHƯỜNG BÌNH HƯNG HÒ / A", newcomer review of issue 13).
  const bounds = narrowest ? narrowest.bounds : [0, words.length];
  const lines = bounds.slice(1).map((to, i) => words.slice(bounds[i], to).join(width(bounds[i], to) <= widthMm ? NBSP : ' '));
  return { lines, quality: 'over' };
}

/** The lines of `setLine`: a header line fitted to a column `widthMm` wide at `sizePt`. */
export function fitLine(text: string, widthMm: number, sizePt: number): string[] {
  return setLine(text, widthMm, sizePt).lines;
}

/** The text width of a portrait A4 page: what `lower` lays out for unless told the page's own. */
const HEADER_TEXT_MM = 165;
/** What a table cell's padding takes from its text width, both sides. */
const CELL_PADDING_MM = 3;

/**
 * The two ways the header shares the width. Usually the left column takes 0,38 of it and the
 * Quốc hiệu (13 pt, about 96 mm in Times New Roman bold) the rest. A body's name that cannot be set
 * in that column without a bad break ("SỞ LAO ĐỘNG - THƯƠNG BINH" is about 63 mm even at 12 pt)
 * gets a wider one, and the Quốc hiệu and Tiêu ngữ take the smaller sizes Phụ lục I allows (12 and
 * 13 pt: the Quốc hiệu then about 88 mm), as offices with long names do.
 */
const HEADER_SHARES = [
  { left: 0.38, right: 0.62, nationalName: SIZE.nationalName, motto: SIZE.motto, mottoRuleMm: RULE_MM.motto },
  { left: 0.43, right: 0.57, nationalName: SIZE.nationalNameMin, motto: SIZE.mottoMin, mottoRuleMm: RULE_MM.mottoMin },
] as const;

/**
 * Lines of one part of a header, each with its size, at 13 or 12 pt (at 12 only where `largestPt`
 * is 12), bold or upright, and the rank of the worst SET_QUALITY among them.
 */
function setHeaderPart(lines: readonly string[], columnMm: number, bold: boolean, largestPt: number = SIZE.issuingBody): { lines: Array<{ text: string; sizePt: number }>; rank: number } {
  const at = (sizePt: number) => {
    const set = lines.map((text) => setLine(text.toUpperCase(), columnMm, sizePt, bold));
    return { lines: set.flatMap((s) => s.lines.map((text) => ({ text, sizePt }))), rank: Math.max(0, ...set.map((s) => SET_QUALITY.indexOf(s.quality))) };
  };
  const full = at(Math.min(largestPt, SIZE.issuingBody));
  const small = at(SIZE.issuingBodyMin);
  return small.rank < full.rank || (small.rank === full.rank && small.lines.length < full.lines.length) ? small : full;
}

/**
 * Lines of one part of the header (the parent body, or the issuing body) in capitals, as Nghị định
 * 30/2020 writes every header line whatever case the model holds, set by `setLine` in the column at
 * 13 pt, or at 12 pt (both allowed by Phụ lục I) when that sets them better or in fewer lines:
 * "SỞ GIÁO DỤC VÀ ĐÀO TẠO" stays one line rather than losing its "SỞ" to a line of its own.
 */
export function headerLines(lines: readonly string[], columnMm: number): Array<{ text: string; sizePt: number }> {
  return setHeaderPart(lines, columnMm, true).lines;
}

/**
 * The place and date line ("Hòa An, ngày 05 tháng 3 năm 2026", italic) in a column `columnMm` wide:
 * one line at 14 pt, else at 13 (Phụ lục I allows 13–14 pt), else the place on a line of its own
 * above the date, so the date is never broken ("…, ngày 05 tháng 3 / năm 2026" took a line more
 * and pushed a Tờ trình onto a second page: review 13b finding 2).
 */
function placeDateLines(text: string, columnMm: number): { lines: string[]; sizePt: number } {
  for (const sizePt of [SIZE.placeDate, SIZE.placeDateMin]) if (fitsOneLine(text, sizePt, 'italic', columnMm)) return { lines: [text], sizePt };
  // The comma before the date: a place typed with a comma of its own ("Bình Hưng Hòa, Bình Tân") stays whole above it.
  const comma = text.lastIndexOf(', ');
  return { lines: comma < 0 ? [text] : [text.slice(0, comma + 1), text.slice(comma + 2)], sizePt: SIZE.placeDateMin };
}

/**
 * Issuing body and Số on the left, Quốc hiệu and place/date on the right; rows keep Số and date
 * level. The shares of HEADER_SHARES: the usual one, or the wider left column where that sets the
 * body's lines better (SET_QUALITY). The parent body's line (upright) is never larger than the
 * body's under it: at 12 pt where the body takes 12 (Phụ lục I allows 12–13 pt for both; a larger
 * line over the body reads as the body's heading, newcomer review of issue 13). Every line is
 * measured against the columns as drawn, shares of the page's text width `textMm` (252 mm on a
 * landscape page, where the date line was measured against 165 mm's columns and broke needlessly).
 */
function headerTable(header: HeaderBlock, textMm: number): TableBlock {
  const set = HEADER_SHARES.map((share) => {
    const columnMm = share.left * textMm - CELL_PADDING_MM;
    const own = setHeaderPart(header.issuingBody, columnMm, true);
    const parent = setHeaderPart(header.parentBody ? [header.parentBody] : [], columnMm, false, Math.min(...own.lines.map((l) => l.sizePt)));
    return { share, parent: parent.lines, own: own.lines, rank: Math.max(parent.rank, own.rank) };
  });
  // The usual shares unless the wider column sets the body better.
  const { share, parent, own } = set.reduce((a, b) => (b.rank < a.rank ? b : a));
  const body: CellBlock[] = [
    ...parent.map(({ text, sizePt }) => line(text, { sizePt })),
    ...own.map(({ text, sizePt }) => line(text, { sizePt, bold: true })),
    rule(RULE_MM.issuingBody, SIZE.issuingBody),
  ];
  const nation: CellBlock[] = [
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { sizePt: share.nationalName, bold: true }),
    line('Độc lập - Tự do - Hạnh phúc', { sizePt: share.motto, bold: true }),
    rule(share.mottoRuleMm, share.motto),
  ];
  const number = header.number === null ? [] : [line(header.number, { sizePt: SIZE.number, spaceBeforePt: 4 })];
  const placeDate = placeDateLines(header.placeDate, share.right * textMm - CELL_PADDING_MM);
  const date = placeDate.lines.map((text, i) => line(text, { sizePt: placeDate.sizePt, italic: true, ...(i === 0 ? { spaceBeforePt: 4 } : {}) }));
  return {
    kind: 'table',
    widths: [share.left, share.right],
    borders: false,
    cellStyle: TIGHT,
    rows: [{ cells: [{ blocks: body }, { blocks: nation }] }, { cells: [{ blocks: number }, { blocks: date }] }],
  };
}

/**
 * A break after a comma, before a kept phrase, or before one of these words reads as a pause
 * ("đạt" here is the verb of a trích yếu, "… xã Hòa An / đạt …", not a result word).
 */
const BREAK_WORDS = new Set('của đạt về theo tại'.split(' '));
/** What a break inside a phrase costs against a better balance, as a share of the line (about 20 mm). */
const PHRASE_BREAK_COST = 0.12;
/** More lines than a trích yếu ever needs; beyond, the renderer wraps as it can. */
const MAX_SUBJECT_LINES = 4;

/** A pause: after a comma, before a kept phrase or a BREAK_WORDS word; never after one of those words, which leads what follows ("… xã Hòa An / đạt “Cộng đồng học tập” …", not "… đạt / “Cộng …"). */
const pauseBefore = (words: string[], at: number) => !BREAK_WORDS.has(words[at - 1]) && (/[,;]$/.test(words[at - 1]) || words[at].includes(NBSP) || BREAK_WORDS.has(words[at]));

/**
 * The trích yếu in as few lines as it needs, each about as long as the others, broken at a pause
 * rather than inside a phrase (kept phrases never break): "Tổng hợp kết quả đánh giá, công nhận /
 * “Cộng đồng học tập” cấp xã năm 2025", not a last line of "năm 2025" alone. `widthMm` is the
 * text width of the page.
 */
export function subjectLines(subject: string, keep: string[], widthMm: number, sizePt: number): string[] {
  const text = keepTogether(subject, keep);
  const words = text.split(' ').filter(Boolean);
  if (estimateMm(text, sizePt) <= widthMm) return [text];
  const width = (from: number, to: number) => estimateMm(words.slice(from, to).join(' '), sizePt);
  for (let count = 2; count <= Math.min(MAX_SUBJECT_LINES, words.length); count++) {
    const best = { breaks: [] as number[], score: Number.POSITIVE_INFINITY };
    // Every way to break the words into `count` lines that fit, scored by the longest line plus the cost of breaks inside phrases.
    const visit = (from: number, breaks: number[], cost: number) => {
      if (breaks.length === count - 1) {
        const bounds = [0, ...breaks, words.length];
        const longest = Math.max(...bounds.slice(1).map((to, i) => width(bounds[i], to)));
        if (longest <= widthMm && longest + cost < best.score) Object.assign(best, { breaks, score: longest + cost });
        return;
      }
      for (let at = from + 1; at <= words.length - (count - 1 - breaks.length); at++) {
        visit(at, [...breaks, at], cost + (pauseBefore(words, at) ? 0 : PHRASE_BREAK_COST * widthMm));
      }
    };
    visit(0, [], 0);
    if (best.score < Number.POSITIVE_INFINITY) {
      const bounds = [0, ...best.breaks, words.length];
      return bounds.slice(1).map((to, i) => words.slice(bounds[i], to).join(' '));
    }
  }
  return [text];
}

/**
 * The gaps of a title and of a signature that a one-page document may shrink (page-fit.ts
 * fitOnePage, TitleBlock.gapScale and SignatureBlock.gapScale): above the type name, under the
 * trích yếu's rule, above the signature.
 */
export const TITLE_GAPS_PT = { before: 18, after: 6 } as const;
export const SIGNATURE_GAP_PT = 6;

/**
 * The least space between two paragraphs: Nghị định 30/2020, Phụ lục I (phần nội dung: "khoảng
 * cách giữa các đoạn văn đặt tối thiểu là 6pt", as Thông tư 01/2011/TT-BNV before it; secondary
 * provenance, the decree's text is not in legal-texts). A fitted gap never goes below it.
 */
export const PARAGRAPH_GAP_MIN_PT = 6;

/**
 * `pt` with its part above PARAGRAPH_GAP_MIN_PT scaled by `scale` (1 when absent), rounded down to
 * the half point: a gap of 6 pt or less stays as it is, a larger one never goes below 6 pt.
 */
export const scaledGap = (pt: number, scale = 1): number => (pt <= PARAGRAPH_GAP_MIN_PT ? pt : PARAGRAPH_GAP_MIN_PT + Math.floor((pt - PARAGRAPH_GAP_MIN_PT) * scale * 2) / 2);

function titleBlocks(title: TitleBlock, textMm: number): PrimitiveBlock[] {
  return [
    line(title.typeName, { sizePt: SIZE.typeName, bold: true, spaceBeforePt: scaledGap(TITLE_GAPS_PT.before, title.gapScale) }),
    ...subjectLines(title.subject, title.keep ?? [], textMm, SIZE.subject).map((text) => line(text, { sizePt: SIZE.subject, bold: true })),
    rule(RULE_MM.subject, SIZE.subject),
    line('', { spaceAfterPt: scaledGap(TITLE_GAPS_PT.after, title.gapScale) }),
  ];
}

/**
 * The marks before a line of a list pasted from Word or an old document: dashes, bullets (Word's
 * symbol-font bullets are private-use characters no font here prints: U+F0B7, U+F0A7, U+F076, U+F0D8),
 * "+", "*", "1.", "2)", "a)", and "3.Sở" without its space (review 13c F12, 13d F9, F13).
 */
const LIST_MARKS = /^(?:[-–—•+*·▪◦\uf0b7\uf0a7\uf076\uf0d8\s]|\d{1,2}[.)](?=\s|\p{L})|[a-zđ]\)(?=\s))+/iu;

/** A Nơi nhận line's words, without the mark typed before them (LIST_MARKS) or the ";" or "." after. */
export const recipientText = (recipient: string): string => recipient.replace(LIST_MARKS, '').replace(/[;.,\s]+$/, '');

/** Nơi nhận: "- Như trên;" … "- Lưu: VT, VHXH." whatever marks and stops the user typed. */
export function recipientLines(recipients: string[]): string[] {
  const clean = recipients.map(recipientText).filter(Boolean);
  return clean.map((r, i) => `- ${r}${i === clean.length - 1 ? '.' : ';'}`);
}

/** Room above the signer's name for the signature and the seal (about 22 mm). */
const SIGNATURE_SPACE_PT = 62;

/**
 * Who signs for whom (Nghị định 30/2020/NĐ-CP, Phụ lục I, thẩm quyền ký): "TM." thay mặt, "KT." ký
 * thay, "TL." thừa lệnh, "TUQ." thừa ủy quyền, "Q." quyền. Each mark starts a line of its own
 * ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"), however the cell was typed: a mark
 * after a space and before a space; "Q.1" of a quận is none.
 */
const CAPACITY_MARK = /\s+(?=(?:TM|KT|TL|TUQ|Q)\.\s)/iu;

/** A signer's authority or title as its printed lines: the lines typed (Alt+Enter), each cut before a capacity mark. */
const capacityLines = (text: string): string[] =>
  text
    .split('\n')
    .flatMap((typed) => typed.split(CAPACITY_MARK))
    .map((l) => l.trim())
    .filter(Boolean);

/** Authority and title in capitals (Nghị định 30/2020), whatever case "Thông tin" holds, one line per capacity (capacityLines). */
function signerBlocks(signer: Signer): CellBlock[] {
  const bold = { bold: true, sizePt: SIZE.signer };
  const capacities = [...capacityLines(signer.authority ?? ''), ...capacityLines(signer.title)];
  return [...capacities.map((text) => line(text.toUpperCase(), bold)), line(signer.name, { ...bold, spaceBeforePt: SIGNATURE_SPACE_PT })];
}

/** Air above a Nơi nhận that stands under two signatures rather than beside one. */
const RECIPIENTS_UNDER_PT = 12;

/** Nơi nhận in a column `columnMm` wide, each line's names kept whole (keptNames: "- Ủy ban nhân dân / xã Hòa An;"). */
function recipientBlocks(recipients: string[], columnMm: number, spaceBeforePt?: number): CellBlock[] {
  return [
    line('Nơi nhận:', { align: 'left', sizePt: SIZE.recipientsLabel, bold: true, italic: true, ...(spaceBeforePt ? { spaceBeforePt } : {}) }),
    ...recipientLines(recipients).map((text) => line(keptNames(text, columnMm, SIZE.recipients, false, true), { align: 'left', sizePt: SIZE.recipients })),
  ];
}

/**
 * One signer: Nơi nhận on the left beside the signature. Two signers (the minutes' secretary and
 * chair, Nghị định 30/2020 Mẫu 1.9): they share the row, and Nơi nhận follows in a row of its own,
 * kept on their page.
 */
function signatureTable(signature: SignatureBlock, textMm: number): TableBlock {
  const [first, second] = signature.signers;
  const { recipients } = signature;
  const base = { kind: 'table' as const, borders: false, cellStyle: TIGHT };
  if (!second) {
    return { ...base, widths: [0.45, 0.55], rows: [{ cells: [{ blocks: recipients ? recipientBlocks(recipients, 0.45 * textMm - CELL_PADDING_MM) : [] }, { blocks: signerBlocks(first) }] }] };
  }
  const signers: TableRow = { cells: [{ blocks: signerBlocks(first) }, { blocks: signerBlocks(second) }] };
  if (!recipients) return { ...base, widths: [0.5, 0.5], rows: [signers] };
  return {
    ...base,
    widths: [0.5, 0.5],
    rows: [{ ...signers, keepWithNext: true }, { cells: [{ blocks: recipientBlocks(recipients, 0.5 * textMm - CELL_PADDING_MM, RECIPIENTS_UNDER_PT) }, { blocks: [] }] }],
  };
}

/** The style of a plain cell: the table's, aligned per column; heading rows centred, heading and bold rows bold. */
export function plainCellStyle(table: TableBlock, rowIndex: number, column: number): ParagraphStyle {
  const row = table.rows[rowIndex];
  const align = row.header ? 'center' : row.span ? 'left' : (table.aligns?.[column] ?? table.cellStyle.align);
  return { ...table.cellStyle, align, bold: Boolean(row.header || row.bold || table.cellStyle.bold) };
}

/**
 * Whether row `rowIndex` of `table` stays on the page of the row after it: a heading row or a group
 * label (unless it is the last row), or a row the model marks (the last before a signature). Both
 * renderers follow it, so neither leaves a heading row or a criterion's name alone at a page foot.
 */
export function rowKeepsWithNext(table: TableBlock, rowIndex: number): boolean {
  const row = table.rows[rowIndex];
  return Boolean(((row.header || row.span) && rowIndex < table.rows.length - 1) || row.keepWithNext);
}

/** A run of words a line keeps whole: where it starts among a line's words, and its words. */
type Span = { at: number; words: readonly string[] };

/**
 * `words` joined with the spaces inside each of `spans` made non-breaking, where the span fits a
 * column `columnMm` wide at `sizePt` (bold or upright), so that a narrow column breaks the text only
 * between them; a span wider than the column is left to break, as kept it could only break inside a
 * word. A span whose keeping leaves a word alone on a line (loneWords: "Biên bản kiểm tra hoạt động /
 * của / Trung tâm học tập cộng đồng", review 13d F11) is left to ordinary wrapping too: a line of one
 * short word reads worse than a name broken, and costs a line. A span inside another is kept only
 * where that one breaks. The last word, where the fill leaves it alone, goes with the one before (review 13e F4).
 */
function keptSpans(words: readonly string[], spans: readonly Span[], columnMm: number, sizePt: number, bold: boolean): string {
  const fitting = spans.filter((span) => estimateMm(words.slice(span.at, span.at + span.words.length).join(' '), sizePt, bold) <= columnMm);
  const lone = (joined: ReadonlySet<number>) => loneWords(words, joined, columnMm, sizePt, bold);
  const joins = (span: Span) => span.words.slice(1).map((_, k) => span.at + k + 1);
  const accepted: Span[] = [];
  let kept: ReadonlySet<number> = new Set();
  // A name inside another ("Hồ Chí Minh" of "Đoàn Thanh niên Cộng sản Hồ Chí Minh") is kept only where the other breaks, below.
  const inside = (span: Span, other: Span) => span !== other && other.at <= span.at && span.at + span.words.length <= other.at + other.words.length;
  const keep = (span: Span): boolean => {
    const joined = new Set([...kept, ...joins(span)]);
    if (lone(joined) > lone(kept)) return false;
    kept = joined;
    accepted.push(span);
    return true;
  };
  // Each name whole where it fits and leaves no word alone, else the names inside it.
  for (const span of spans.filter((span) => !spans.some((other) => inside(span, other)))) {
    if (!(fitting.includes(span) && keep(span))) for (const name of fitting.filter((other) => inside(other, span))) keep(name);
  }
  // Nor is the last word left alone on the last line where the word before can go down with it, its kept name and all if
  // that fits ("… của công / dân" → "… của / công dân", "Kết quả năm / 2025" → "Kết quả / năm 2025"; review 13e F4). A group
  // already bound ("Mức độ 1") is no word alone. Where the name is too long to go down whole, it goes down from a name kept
  // inside it, the longer names around that one broken ("- Đoàn Thanh niên Cộng sản Hồ Chí Minh / xã;" → "- Đoàn Thanh niên
  // Cộng sản / Hồ Chí Minh xã;"), so that no name is broken inside and no word left alone.
  const last = words.length - 1;
  if (last < 1 || words[last].includes(NBSP)) return joinedWords(words, kept);
  // The kept names holding the word before the last, the longest first: dropped one by one until the rest goes down whole.
  const around = accepted.filter((span) => span.at < last && span.at + span.words.length >= last).sort((a, b) => b.words.length - a.words.length);
  for (let dropped = 0; dropped <= around.length; dropped++) {
    const broken = around.slice(0, dropped);
    const names = [...accepted.filter((span) => !broken.includes(span)), ...fitting.filter((span) => broken.some((other) => inside(span, other)))];
    const rest = new Set(names.flatMap(joins));
    let from = last - 1;
    while (from > 0 && rest.has(from)) from--;
    const bound = new Set([...rest, last]);
    if (estimateMm(words.slice(from).join(' '), sizePt, bold) <= columnMm && lone(bound) < lone(kept)) return joinedWords(words, bound);
  }
  return joinedWords(words, kept);
}

/** `words` joined by spaces, a no-break space before each word whose index is in `joined`. */
const joinedWords = (words: readonly string[], joined: ReadonlySet<number>): string => words.map((word, i) => (i === 0 ? word : `${joined.has(i) ? NBSP : ' '}${word}`)).join('');

/**
 * How many lines hold a single word when `words` fill a column `columnMm` wide greedily at `sizePt`
 * (bold or upright), never breaking before a word whose index is in `joined` (joined to the one
 * before it by a no-break space), as the estimate of text-width.ts measures them.
 */
function loneWords(words: readonly string[], joined: ReadonlySet<number>, columnMm: number, sizePt: number, bold: boolean): number {
  const chunks: string[][] = [];
  words.forEach((word, i) => {
    if (joined.has(i) && chunks.length > 0) chunks[chunks.length - 1].push(word);
    else chunks.push([word]);
  });
  let lone = 0;
  let line: string[] = [];
  for (const chunk of chunks) {
    const longer = [...line, ...chunk];
    if (line.length > 0 && estimateMm(longer.join(' '), sizePt, bold) > columnMm) {
      if (line.length === 1) lone++;
      line = chunk;
    } else line = longer;
  }
  return line.length === 1 ? lone + 1 : lone;
}

/**
 * A table heading set bold at `sizePt` in a column `columnMm` wide, HEADING_PHRASES kept (keptSpans),
 * so that a narrow column breaks it only between them ("Cơ quan / ban hành").
 */
export function keptHeading(text: string, columnMm: number, sizePt: number): string {
  const words = text.split(' ');
  return keptSpans(words, phraseSpans(words, HEADING_PHRASES), columnMm, sizePt, true);
}

/**
 * The spans of a text naming bodies that a line keeps whole: the phrases of bodies' names
 * (NAME_PHRASES, SCHOOL_LEVELS: "Ủy ban nhân dân", "Hội Khuyến học"), the decree's names (FIXED_NAMES: "Hồ Chí
 * Minh", "Việt Nam") and each place from its unit
 * or hamlet through its name, as running text writes it, the words after the unit that open with a
 * capital or a digit ("xã Hòa An", "phường 5", "thành phố Hồ Chí Minh", "thôn Đoàn Kết"), up to a
 * sign. The fields and common words of BODY_FIELDS and BODY_COMMON_WORDS ("Truyền thanh", "khu
 * vực") only where the line holds bodies alone (`bodies`, the Nơi nhận): every table cell is set by
 * this, and those words in the TT44 phiếu's criteria ("học tập", "Xã hội") cost it its one page.
 */
function nameSpans(words: readonly string[], bodies: boolean): Array<{ at: number; words: readonly string[] }> {
  const phrases = [...NAME_PHRASES, ...FIXED_NAMES.names, ...SCHOOL_LEVELS.names, ...(bodies ? [...BODY_FIELDS.names, ...BODY_COMMON_WORDS.names] : [])];
  const outer: Array<{ at: number; words: readonly string[] }> = phraseSpans(words, phrases);
  // With each the names and fields inside it ("Hồ Chí Minh" of "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Xã hội" of "Văn hóa - Xã
  // hội": a body's field there), kept where it must break (keptSpans; review 13e F4, F5).
  const within = [...phrases, ...BODY_FIELDS.names];
  const spans = [
    ...outer,
    ...outer.flatMap((span) =>
      phraseSpans(
        span.words,
        within.filter((phrase) => phrase.split(' ').length < span.words.length),
      ).map((inner) => ({ at: span.at + inner.at, words: inner.words })),
    ),
  ];
  // A unit's word inside a phrase names no place ("Hợp tác xã Nông nghiệp"): one span each, never two run together.
  const inPhrase = (i: number) => outer.some((span) => i > span.at && i < span.at + span.words.length);
  for (let i = 0; i < words.length; i++) {
    const n = unitAt(words, i) || hamletAt(words, i);
    if (n === 0 || inPhrase(i)) continue;
    const end = nameEnd(words, i + n);
    if (end - i > 1) spans.push({ at: i, words: words.slice(i, end) });
    // Its name alone too, kept where the place is too long for its line or would leave a word alone ("huyện / Krông Bông",
    // never "huyện Krông / Bông"; "thôn Ấp / Bắc" was so broken in a 35 mm column).
    if (end - i - n > 1) spans.push({ at: i + n, words: words.slice(i + n, end) });
    i = end - 1;
  }
  // A dash between spaces goes with the word before it: a line opening with "- 2,3" or "- Thể thao" reads as a list's item.
  const dashes = words.flatMap((word, i) => (i > 0 && /^[-–—]$/.test(word) ? [{ at: i - 1, words: words.slice(i - 1, i + 1) }] : []));
  const school = schoolNameSpan(words);
  return [...spans, ...dashes, ...(school ? [school] : [])];
}

/** Where a name starting at `words[from]` ends: its words open with a capital or a digit, up to a sign, a unit or the end. */
function nameEnd(words: readonly string[], from: number): number {
  let end = from;
  while (end < words.length && /^[\p{Lu}\d]/u.test(words[end]) && !/[,;.:]$/.test(words[end - 1] ?? '') && unitAt(words, end) === 0) end++;
  return end;
}

/** A school's own name after "Trường" and its levels (schoolLevelsEnd) as far as nameEnd goes: "Hoa Sen", "NGUYỄN TRUNG TRỰC"; undefined when none. */
function schoolNameSpan(words: readonly string[]): { at: number; words: readonly string[] } | undefined {
  const school = words.findIndex((_, i) => schoolLevelsEnd(words, i) > 0);
  const at = school < 0 ? -1 : schoolLevelsEnd(words, school);
  const end = at < 0 ? -1 : nameEnd(words, at);
  return end > at + 1 ? { at, words: words.slice(at, end) } : undefined;
}

/**
 * A line of text naming bodies (a table's body cell, a Nơi nhận line) in a column `columnMm` wide,
 * its names' phrases and places kept (nameSpans, keptSpans): a narrow column breaks it between them
 * as a heading breaks between its phrases, "Ủy ban nhân dân / xã Hòa An", never "Ủy ban nhân dân xã /
 * Hòa An" nor "Hội Khuyến / học". A line of bodies alone (`bodies`: a Nơi nhận line) keeps their
 * fields and common words too ("Trung tâm Văn hóa - Thể thao và / Truyền thanh xã").
 */
export function keptNames(text: string, columnMm: number, sizePt: number, bold = false, bodies = false): string {
  // A text that fits its line is left as it is: nothing to break.
  if (estimateMm(text, sizePt, bold) <= columnMm) return text;
  const words = text.split(' ');
  return keptSpans(words, nameSpans(words, bodies), columnMm, sizePt, bold);
}

/**
 * `table`, on a page `textMm` wide, with the text of its heading rows set by keptHeading and of its
 * other rows by keptNames (a group label spanning the table aside): every table of every document,
 * the charts' figures too.
 */
function withKeptHeadings(table: TableBlock, textMm: number): TableBlock {
  const columnMm = (column: number) => table.widths[column] * textMm - CELL_PADDING_MM;
  const rows = table.rows.map((row) => {
    if (row.span) return row;
    const kept = (text: string, column: number) =>
      row.header ? keptHeading(text, columnMm(column), table.cellStyle.sizePt) : keptNames(text, columnMm(column), table.cellStyle.sizePt, Boolean(row.bold || table.cellStyle.bold));
    return { ...row, cells: row.cells.map((cell, c) => ('text' in cell ? { ...cell, text: kept(cell.text, c) } : cell)) };
  });
  return { ...table, rows };
}

/** The chart's figures as a table, on a page `textMm` wide: what a renderer draws when it has no way to draw the chart. */
export function chartTable(chart: ChartBlock, textMm: number): TableBlock {
  const share = 0.6 / chart.series.length;
  return withKeptHeadings(
    {
      kind: 'table',
      widths: [0.4, ...chart.series.map(() => share)],
      borders: true,
      cellStyle: CELL,
      aligns: ['left', ...chart.series.map((): 'center' => 'center')],
      rows: [
        row([chart.title, ...chart.series.map((s) => s.name)], { header: true }),
        ...chart.categories.map((category, i) => row([category, ...chart.series.map((s) => formatViNumber(s.values[i]))])),
      ],
    },
    textMm,
  );
}

function lowerOne(block: Block, textMm: number): PrimitiveBlock[] {
  switch (block.kind) {
    case 'header':
      return [headerTable(block, textMm)];
    case 'title':
      return titleBlocks(block, textMm);
    case 'heading':
      return [para(block.text, HEADING[block.level])];
    case 'signature':
      return [line('', { sizePt: 6, spaceAfterPt: scaledGap(SIGNATURE_GAP_PT, block.gapScale), keepWithNext: true }), signatureTable(block, textMm)];
    case 'table':
      return [withKeptHeadings(block, textMm)];
    default:
      return [block];
  }
}

/**
 * The fewest lines of text that go over to a signature's page with it, in whole paragraphs walking
 * back from the signature: the closing sentence, and the paragraph before it only when the closing
 * is one line ("Trên đây là báo cáo …./."), so that the signature never sits under a lone line
 * (test/documents/pdf-pages.test.ts). No more: Nghị định 30/2020 asks only that the signature's
 * page carry text, and the page before is filled to its foot (review 13d F7: with three paragraphs
 * kept, a two-page Tờ trình always broke before item 3 of "Hồ sơ kèm theo", page 1 left up to
 * 118 pt empty; test/documents/pdf-one-page.test.ts).
 */
const CLOSING_LINES = 2;

/**
 * Rows of a table before a closing that go over to the signature's page with it, besides its total
 * rows (bold rows that are no group label): a page holding only "Tổng số", "Kết luận" and the
 * signature reads as a stub (newcomer review of issue 13). Few enough that a long table still
 * breaks where it falls.
 */
const CLOSING_ROWS = 2;

/**
 * `table` with its last rows kept with what follows: walking back, its total rows and CLOSING_ROWS
 * rows of content; a group label among them keeps with its rows anyway (rowKeepsWithNext), and the
 * heading row is never reached.
 */
function keepLastRows(table: TableBlock): TableBlock {
  const rows = [...table.rows];
  let content = 0;
  for (let r = rows.length - 1; r >= 0 && content < CLOSING_ROWS && !rows[r].header; r--) {
    rows[r] = { ...rows[r], keepWithNext: true };
    if (!rows[r].bold && !rows[r].span) content++;
  }
  return { ...table, rows };
}

/**
 * The blocks before each signature kept on its page, on a page whose text is `textMm` wide: walking
 * back, whole paragraphs until they hold CLOSING_LINES lines (paragraphLines; a heading keeps with
 * its section on its own, a chart or a title ends the walk); when a table comes right before them
 * ("Tổng số", "Kết luận" after it), its last rows too (keepLastRows; documents never sign straight
 * after a table, test/documents/samples.test.ts).
 */
function keepClosingWithSignature(blocks: Block[], textMm: number): Block[] {
  const out = [...blocks];
  out.forEach((block, s) => {
    if (block.kind !== 'signature') return;
    let i = s - 1;
    for (let lines = 0; i >= 0 && lines < CLOSING_LINES; i--) {
      const before = out[i];
      if (before.kind !== 'paragraph') break;
      out[i] = { ...before, style: { ...before.style, keepWithNext: true } };
      lines += paragraphLines(before, textMm);
    }
    const table = out[i];
    if (table?.kind === 'table') out[i] = keepLastRows(table);
  });
  return out;
}

/** Air between a table and the paragraph after it (a heading, "Kết luận", "Tổng số"), which would otherwise touch its bottom border. */
const AFTER_TABLE_PT = 6;

function spacedAfterTables(blocks: PrimitiveBlock[]): PrimitiveBlock[] {
  return blocks.map((block, i) =>
    block.kind === 'paragraph' && blocks[i - 1]?.kind === 'table' && (block.style.spaceBeforePt ?? 0) < AFTER_TABLE_PT ? { ...block, style: { ...block.style, spaceBeforePt: AFTER_TABLE_PT } } : block,
  );
}

/**
 * Every paragraph and table cell of `blocks`, on a page whose text is `textMm` wide, with its
 * document numbers kept whole where a line could end inside them (wholeNumbers), each in its own
 * width: the page's, or its column's less the cell's padding (a group label spans the table).
 */
function numbersKept(blocks: PrimitiveBlock[], textMm: number): PrimitiveBlock[] {
  return blocks.map((block) => {
    if (block.kind === 'paragraph') return wholeNumbers(block, textMm);
    if (block.kind !== 'table') return block;
    const rows = block.rows.map((row, r) => {
      const cells = row.cells.map((cell, c) => {
        const widthMm = (row.span ? textMm : block.widths[c] * textMm) - CELL_PADDING_MM;
        if ('blocks' in cell) return { blocks: cell.blocks.map((b) => (b.kind === 'paragraph' ? wholeNumbers(b, widthMm) : b)) };
        const plain: ParagraphBlock = { kind: 'paragraph', runs: [{ text: cell.text }], style: plainCellStyle(block, r, c) };
        const kept = wholeNumbers(plain, widthMm);
        return kept === plain ? cell : { text: kept.runs.map((run) => run.text).join('') };
      });
      return { ...row, cells };
    });
    return { ...block, rows };
  });
}

/** The blocks as renderers draw them, for a page whose text is `textMm` wide (portrait A4 unless told). */
export function lower(blocks: Block[], textMm = HEADER_TEXT_MM): PrimitiveBlock[] {
  return numbersKept(spacedAfterTables(keepClosingWithSignature(blocks, textMm).flatMap((block) => lowerOne(block, textMm))), textMm);
}
