import { NUMBER_LABELS, type Numbering } from '../ruleset/number-labels';
import type { ParagraphBlock, Run } from './model';

/**
 * How the renderers set the model's text: composed (NFC), labels bound to their numbers, quotes
 * and apostrophes curled, document numbers as the decree writes them. Past composing, every change
 * but the last (tidyNumbers: spaces typed around a number's solidus dropped) replaces one character
 * with one character. The model keeps ordinary spaces and straight quotes, which is what tests and
 * previews read.
 */

export const NBSP = '\u00a0';

/** Spaces as typed, or already bound (typesetting twice changes nothing). */
const SPACES = '[ \\u00a0]+';

/** How each numbering of NUMBER_LABELS begins, read in the case typed ("Chương II", never "phần lớn"). */
const NUMBERS: Record<Numbering, RegExp> = {
  arabic: /^\d/,
  roman: /^[IVXLC]+(?![\p{L}\p{N}])/u,
  letter: /^[a-zđ](?![\p{L}\p{N}])/u,
};

/** How far after a label its number is read: the longest Roman numeral a document numbers with (XXXVIII) and the character after it. */
const NUMBER_WINDOW = 8;

/**
 * A label (NUMBER_LABELS, any case, not the end of a longer word; the longest first, so "mức độ"
 * is tried before "mức") and the spaces before the word that follows it. A line ending between the
 * two ("không đạt Mức / độ 1", "Chương / II") reads as a typo, so these spaces become non-breaking
 * when that word is the label's number. With it, each label's numbering. Built on first use: module
 * top levels run on every custom-function call.
 */
type LabelWords = { numbering: Map<string, readonly Numbering[]>; pattern: RegExp };
let labels: LabelWords | undefined;
function labelWords(): LabelWords {
  if (labels) return labels;
  const numbering = new Map(NUMBER_LABELS.map((l) => [l.label, l.numbering]));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${[...numbering.keys()]
      .sort((a, b) => b.length - a.length)
      .map((label) => label.replace(/ /g, SPACES))
      .join('|')})${SPACES}(?=[\\p{L}\\p{N}])`,
    'giu',
  );
  labels = { numbering, pattern };
  return labels;
}

/** `text` (NFC) with each label kept on the line of its number (labelWords, NUMBERS). */
export function bindNumbers(text: string): string {
  const { numbering: numberingOf, pattern } = labelWords();
  return text.replace(pattern, (match: string, label: string, at: number) => {
    const numbering = numberingOf.get(label.toLowerCase().replace(/[ \u00a0]+/g, ' ')) ?? [];
    // The number's first characters are enough (a Roman numeral is short): no copy of the whole rest per label.
    const rest = text.slice(at + match.length, at + match.length + NUMBER_WINDOW);
    return numbering.some((kind) => NUMBERS[kind].test(rest)) ? match.replace(/ /g, NBSP) : match;
  });
}

type Kind = '"' | "'";
const OPENING: Record<Kind, string> = { '"': '“', "'": '‘' };
const CLOSING: Record<Kind, string> = { '"': '”', "'": '’' };
/**
 * Curly quotes typed by the user pair and nest like straight ones and are never changed: an
 * opening one always opens, a closing one is read as a straight one of its kind would be (so a
 * text typeset once is read the same way again).
 */
const TYPED_OPENING: Record<string, Kind> = { '“': '"', '‘': "'" };
const QUOTE_KIND: Record<string, Kind> = { '"': '"', '”': '"', "'": "'", '’': "'" };
const APOSTROPHE = '’';
const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** A pair of quotes found in a text: where it opens and closes, and the kind typed. */
interface Pair {
  open: number;
  close: number;
  kind: Kind;
}

/**
 * The pairs of quotes of a text, well nested, and the apostrophes (set in `out`). A straight quote
 * opens where it starts a word (after a space, a bracket or the start) and closes where it ends
 * one, taking the nearest open quote of its kind; quotes opened inside a pair and never closed are
 * dropped from it, and a line break closes nothing and drops every open quote. A single quote after
 * a letter is an apostrophe unless it closes a pair and ends the word: between letters (H'Mông,
 * Đ'rao) and before a space (the Ê Đê and Gia Rai names written "H' Leo", "H' Hen Niê").
 */
function quotePairs(text: string, out: string[]): Pair[] {
  const pairs: Pair[] = [];
  let open: Array<{ kind: Kind; at: number }> = [];
  const close = (kind: Kind, at: number): boolean => {
    const pair = open.map((o) => o.kind).lastIndexOf(kind);
    if (pair < 0) return false;
    pairs.push({ open: open[pair].at, close: at, kind });
    open = open.slice(0, pair);
    return true;
  };
  for (let i = 0; i < text.length; i++) {
    const quote = text[i];
    const kind = QUOTE_KIND[quote];
    if (quote === '\n') open = [];
    else if (TYPED_OPENING[quote]) open.push({ kind: TYPED_OPENING[quote], at: i });
    if (!kind) continue;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    const apostrophe = kind === "'" && LETTER.test(before);
    const endsWord = before !== '' && !SPACE.test(before) && !WORD.test(after);
    if (apostrophe && LETTER.test(after)) out[i] = APOSTROPHE;
    else if (endsWord && close(kind, i)) continue;
    else if (apostrophe) out[i] = APOSTROPHE;
    else if (quote === kind && after !== '' && !SPACE.test(after) && !WORD.test(before)) open.push({ kind, at: i });
  }
  return pairs.sort((a, b) => a.open - b.open);
}

/**
 * Straight quotes in pairs made curly, as the legal texts and the documents' own titles print them
 * (“Công dân học tập”): a name from the ruleset or the commune's own text typed with "…" would
 * otherwise sit beside “Cộng đồng học tập” in one sentence. Pairs are found by quotePairs. As
 * Vietnamese prints a quotation inside a quotation, a pair of double quotes directly inside a pair
 * printed “…” is printed ‘…’ ("a "b" c" → “a ‘b’ c”), and one inside that “…” again; single quotes
 * stay single ('x "y" z' → ‘x “y” z’). Curly quotes typed count as pairs and stay as typed. A quote
 * without its pair, or whose pair is on another line, stays as typed (15" is inches, 5'30 minutes).
 */
export function curlyQuotes(text: string): string {
  const out = text.split('');
  const pairs = quotePairs(text, out);
  const printed: Kind[] = [];
  // The pairs enclosing the current one, innermost last (pairs come in the order they open).
  const enclosing: number[] = [];
  pairs.forEach((pair, p) => {
    while (enclosing.length > 0 && pairs[enclosing[enclosing.length - 1]].close < pair.open) enclosing.pop();
    const parent = enclosing[enclosing.length - 1];
    const straight = text[pair.open] === pair.kind;
    printed[p] = straight && pair.kind === '"' && parent !== undefined && printed[parent] === '"' ? "'" : pair.kind;
    if (straight) out[pair.open] = OPENING[printed[p]];
    if (text[pair.close] === pair.kind) out[pair.close] = CLOSING[printed[p]];
    enclosing.push(p);
  });
  return out.join('');
}

/** Quotes curled, labels bound to their numbers: one character for one, so the length is kept. */
const setText = (text: string): string => bindNumbers(curlyQuotes(text));

/** U+2060 WORD JOINER: no line break on either side of it; no width, and no glyph to draw (a default-ignorable character). */
export const WORD_JOINER = '\u2060';

/** A part of a ký hiệu in capitals, one small letter allowed ("UBND", "BGDĐT", "QH14", "GD&ĐT", "TTr", "QyĐ"; Nghị định 30/2020, Phụ lục III). */
const CODE = '\\p{Lu}\\p{Ll}?[\\p{Lu}&][\\p{Lu}\\p{N}&]*\\p{Ll}?';
/** A part typed in small letters ("qđ", "ubnd"): read as a ký hiệu only beside another (CODES). */
const SMALL = '\\p{Ll}[\\p{Ll}&]+';
/** A solidus, the spaces typed around it ("15 /TTr-UBND") and a word joiner after it read through. */
const SOLIDUS = '[ \\u00a0]?\\/[ \\u00a0]?\\u2060?';
/** A hyphen or a solidus inside a ký hiệu, a word joiner after it read through; no space, as " - " joins fields, not codes. */
const JOIN = '[/-]\\u2060?';

/**
 * A legal document's number (Nghị định 30/2020, Phụ lục I: "Số: 15/TTr-UBND", the number in Arabic
 * digits, then "/" and the ký hiệu), as typed: the number, a letter after it allowed ("12a/QĐ-UBND");
 * the year's digits after a solidus; then the ký hiệu, its parts in capitals (CODE: "25/2023/TT-BGDĐT",
 * "20/2014/NĐ-CP", "15/TTr-UBND") or, two or more, in small letters ("123/qđ-ubnd"). The Party's
 * "số-KÝ HIỆU/CƠ QUAN" ("12-NQ/ĐU", "05-CT/TW") has its solidus later. A number has a solidus before
 * a ký hiệu: a date (28/12/2025), a code range (1.1-1.3), a number alone (19/5), a hamlet or road
 * with a hyphen ("thôn 1-Ea Tiêu", "lớp 6-A", "Quốc lộ 14-Đắk Lắk") is none (review 13e F12).
 * Word joiners already inside it are read through.
 */
const DOCUMENT_NUMBER = new RegExp(
  [
    `\\d+\\p{L}?(?:${SOLIDUS}\\d+)*${SOLIDUS}(?:${CODE}(?:${JOIN}${CODE})*|${SMALL}(?:${JOIN}${SMALL})+)`,
    `\\d+-\\u2060?(?:${CODE}(?:-\\u2060?${CODE})*\\/\\u2060?${CODE}|${SMALL}(?:-\\u2060?${SMALL})*\\/\\u2060?${SMALL})`,
  ]
    .map((form) => `(?<![\\p{L}\\p{N}.,])(?:${form})(?![\\p{L}\\p{N}])`)
    .join('|'),
  'gu',
);

/** Where each legal document number of `text` is (DOCUMENT_NUMBER): [start, end) pairs, in order. */
export const documentNumbers = (text: string): Array<[number, number]> => [...text.matchAll(DOCUMENT_NUMBER)].map((m): [number, number] => [m.index, m.index + m[0].length]);

/**
 * `text` with a word joiner after each "/" and "-" inside each legal document number (DOCUMENT_NUMBER):
 * every number whole, as a line holds it (whole-numbers.ts joins those a line could end inside; the
 * others lie on a first line that holds them).
 */
export const keepNumbersWhole = (text: string): string => text.replace(DOCUMENT_NUMBER, (number) => number.replace(/([/-])\u2060?(?=.)/g, `$1${WORD_JOINER}`));

/**
 * `text` with each legal document number as Nghị định 30/2020 writes it, the spaces typed around its
 * solidus dropped ("Số: 15 /TTr-UBND" → "Số: 15/TTr-UBND", review 13e F11): a line could end at such
 * a space, and a copied number would not be the number. The one step that changes a run's length: it
 * runs after the others, on each run. Word joiners are not added here but where a line could end
 * inside a number (whole-numbers.ts), so that a number copied from a document is, as often as the
 * page allows, the number typed (review 13e F3).
 */
export const tidyNumbers = (text: string): string => text.replace(DOCUMENT_NUMBER, (number) => number.replace(/[ \u00a0]*\/[ \u00a0]*/g, '/'));

/**
 * The text as a renderer writes it: composed (NFC), so that text typed or pasted decomposed
 * ("ư" as "u" and a combining horn, as some keyboards and macOS copies give it) is the same characters as
 * the labels and prints with the font's own letters, then quotes curled and labels bound to their
 * numbers (setText), and document numbers tidied (tidyNumbers).
 */
export const typeset = (text: string): string => tidyNumbers(setText(text.normalize('NFC')));

/** Sentence marks that may stand between a code ending a quotation and its closing mark ('"Kế hoạch https://…."'). */
const SENTENCE_MARK = /[.,;:!?…]/;
/** What may separate codes, or a code from the quoted words: spaces, a comma, a semicolon. */
const SEPARATOR = /[\s,;]/;

/** Where each mark of a quotation goes: its new position (before the character there), or null when dropped. */
type Moves = Map<number, number | null>;

/**
 * The marks of each quotation moved past the runs standing for an address (Run.address: the code
 * of its evidence, our words) at either end of it, so that the quotation holds only the commune's
 * words: '"Quyết định số 12 <code>"' closes before the code and the spaces before it ("“Quyết định
 * số 12” minh chứng H1.03"), a sentence mark after the code staying after it; '"<code> lớp học"'
 * opens after the code and the spaces after it. A quotation holding nothing but codes loses both
 * marks. A code glued to the quoted words (no space between: "Xem:<code>") or inside them stays.
 * `spans` are the [start, end) of those runs in `text`; the pairs are quotePairs'.
 */
function outsideQuotes(text: string, spans: Array<[number, number]>): Moves {
  const moves: Moves = new Map();
  const ending = (at: number, open: number) => spans.find(([start, end]) => end === at && start > open);
  const starting = (at: number, close: number) => spans.find(([start, end]) => start === at && end < close);
  for (const { open, close } of quotePairs(text, text.split(''))) {
    let end = close;
    while (end - 1 > open && SENTENCE_MARK.test(text[end - 1])) end--;
    let inner = close;
    for (let span = ending(end, open); span; span = ending(inner, open)) {
      let before = span[0];
      while (before > open + 1 && SEPARATOR.test(text[before - 1])) before--;
      if (before === span[0] && before > open + 1) break;
      inner = before;
    }
    let outer = open + 1;
    for (let span = starting(outer, close); span; span = starting(outer, close)) {
      let after = span[1];
      while (after < close && SEPARATOR.test(text[after])) after++;
      if (after === span[1]) break;
      outer = after;
    }
    if (outer >= inner) {
      moves.set(open, null);
      moves.set(close, null);
      continue;
    }
    if (inner !== close) moves.set(close, inner);
    if (outer !== open + 1) moves.set(open, outer);
  }
  return moves;
}

/**
 * A paragraph as both renderers write it: each run composed (NFC; a link run aside), then the joined text typeset
 * once and cut back into its runs, so a label or a pair of quotes that spans two runs ("Mức độ" |
 * "1", a quote opened in a bold run and closed in a plain one) comes out the same in the DOCX and
 * the Google Doc; a quotation's marks then move past the codes at its ends (outsideQuotes), each
 * mark into the run of the quoted word it comes beside. Runs are composed one by one, as a run's
 * style must not spread to the letter of the run before: a run may come out shorter or longer
 * than the model's, so a renderer styles the runs this returns. A link run (Run.link) prints
 * exactly as typed, an address being no prose: typeset, it stands as letters, so that no quote
 * outside it pairs with one inside it.
 */
export function typesetParagraph(block: ParagraphBlock): ParagraphBlock {
  const isLink = (r: number) => block.runs[r].link !== undefined;
  const composed = block.runs.map((run, r) => (isLink(r) ? run.text : run.text.normalize('NFC')));
  const joined = composed.join('');
  // Where each run starts and ends in the joined text.
  const starts = composed.map((_, r) => composed.slice(0, r).join('').length);
  const ranges = composed.map((part, r): [number, number] => [starts[r], starts[r] + part.length]);
  // Typeset with each link as letters, then each link put back as typed: one character for one, so the offsets hold.
  const typed = setText(composed.map((part, r) => (isLink(r) ? 'x'.repeat(part.length) : part)).join(''));
  const text = composed.map((part, r) => (isLink(r) ? part : typed.slice(...ranges[r]))).join('');
  const spans = ranges.filter((_, r) => block.runs[r].address !== undefined);
  const moves = spans.length > 0 ? outsideQuotes(joined, spans) : new Map<number, number | null>();
  // Every run keeps its length: cut the typeset text at the runs' offsets.
  // A link run prints as typed; every other run gets its document numbers tidied (the one step changing a length, so last).
  const whole = (run: Run, r: number, part: string): Run => ({ ...run, text: isLink(r) ? part : tidyNumbers(part) });
  if (moves.size === 0) return { ...block, runs: block.runs.map((run, r) => whole(run, r, text.slice(...ranges[r]))) };
  const owner: number[] = composed.flatMap((part, r) => part.split('').map(() => r));
  // Each character with its place (a moved mark just before the character it goes before) and its run.
  const placed = text.split('').flatMap((char, i) => {
    const to = moves.get(i);
    if (to === null) return [];
    if (to === undefined) return [{ char, place: i, run: owner[i] }];
    // A closing mark joins the word before it; an opening one the word after it.
    return [{ char, place: to - 0.5, run: owner[to > i ? to : to - 1] }];
  });
  placed.sort((a, b) => a.place - b.place);
  const texts = composed.map(() => '');
  for (const { char, run } of placed) texts[run] += char;
  return { ...block, runs: block.runs.map((run, r) => whole(run, r, texts[r])) };
}
