import type { ParagraphBlock, Run } from './model';

/**
 * How the renderers set the model's text: labels bound to their numbers, quotes and apostrophes
 * curled. Every change replaces one character with one character, so the text keeps its length and
 * run offsets computed before still hold. The model keeps ordinary spaces and straight quotes,
 * which is what tests and previews read.
 */

export const NBSP = '\u00a0';

/**
 * Words that name what the number after them counts (lower case; matched in any case): the
 * assessment's own ("Mức độ 1", "Tiêu chí 4", "chỉ tiêu 2.2"), the parts of a legal text ("Điều
 * 6", "khoản 2", "Chương 3", "Phụ lục 2"), the kinds of document a "Căn cứ" line or a commune's
 * evidence names before its number (the kinds of Nghị định 30/2020/NĐ-CP Điều 7 and of the Luật
 * Ban hành văn bản quy phạm pháp luật: "Quyết định 324/QĐ-…", "Thông tư 25/2023/TT-BGDĐT"), and
 * numbers and dates ("số 42/BC-UBND", "ngày 12/02/2024", "năm học 2024-2025"). A longer label
 * goes before the shorter one it starts with ("mức độ" before "mức").
 */
const LABELS = [
  'mức độ',
  'mức',
  'tiêu chí',
  'chỉ tiêu',
  'tiêu chuẩn',
  'điều',
  'khoản',
  'chương',
  'mục',
  'phụ lục',
  'luật',
  'nghị quyết',
  'nghị định',
  'quyết định',
  'thông tư',
  'chỉ thị',
  'kế hoạch',
  'báo cáo',
  'tờ trình',
  'công văn',
  'thông báo',
  'hướng dẫn',
  'biên bản',
  'số',
  'ngày',
  'tháng',
  'năm học',
  'năm',
  'quý',
  '≥',
  '≤',
];

/** Spaces as typed, or already bound (typesetting twice changes nothing). */
const SPACES = '[ \\u00a0]+';

/**
 * A label (LABELS, any case, not the end of a longer word) and the spaces before the number that
 * follows it. A line ending between the two ("không đạt Mức / độ 1", "Thông / tư 25/2023") reads as
 * a typo, so these spaces become non-breaking.
 */
const LABEL_NUMBER = new RegExp(`(?<![\\p{L}\\p{N}])(?:${LABELS.map((label) => label.replace(/ /g, SPACES)).join('|')})${SPACES}(?=\\d)`, 'giu');

/** `text` with each label kept on the line of its number (LABEL_NUMBER). */
export function bindNumbers(text: string): string {
  return text.replace(LABEL_NUMBER, (label) => label.replace(/ /g, NBSP));
}

const OPENING: Record<string, string> = { '"': '“', "'": '‘' };
const CLOSING: Record<string, string> = { '"': '”', "'": '’' };
const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/**
 * Straight quotes in pairs made curly, as the legal texts and the documents' own titles print them
 * (“Công dân học tập”): a name from the ruleset or the commune's own text typed with "…" would
 * otherwise sit beside “Cộng đồng học tập” in one sentence. A quote opens where it starts a word
 * (after a space, a bracket or the start) and closes where it ends one; pairs nest, double in
 * single or single in double ('x "y" z' → ‘x “y” z’), each closing quote taking the nearest open
 * one of its kind. A single quote between two letters is an apostrophe (H'Mông, Đ'rao → H’Mông,
 * Đ’rao) and opens nothing. A quote without its pair, or whose pair is on another line, stays as
 * typed (15" is inches).
 */
export function curlyQuotes(text: string): string {
  const out = text.split('');
  let open: Array<{ quote: string; at: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const quote = text[i];
    if (quote === '\n') open = [];
    if (quote !== '"' && quote !== "'") continue;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    if (quote === "'" && LETTER.test(before) && LETTER.test(after)) {
      out[i] = CLOSING["'"];
      continue;
    }
    const pair = open.map((o) => o.quote).lastIndexOf(quote);
    if (pair >= 0 && before !== '' && !SPACE.test(before) && !WORD.test(after)) {
      out[open[pair].at] = OPENING[quote];
      out[i] = CLOSING[quote];
      // Quotes opened inside the pair and never closed stay straight.
      open = open.slice(0, pair);
    } else if (after !== '' && !SPACE.test(after) && !WORD.test(before)) {
      open.push({ quote, at: i });
    }
  }
  return out.join('');
}

/** The text as a renderer writes it: quotes curled, labels bound to their numbers; the same length. */
export const typeset = (text: string): string => bindNumbers(curlyQuotes(text));

/**
 * A paragraph as both renderers write it: its joined text typeset once and cut back into its runs
 * at their offsets, so a label or a pair of quotes that spans two runs ("Mức độ" | "1", a quote
 * opened in a bold run and closed in a plain one) comes out the same in the DOCX and the Google Doc.
 */
export function typesetParagraph(block: ParagraphBlock): ParagraphBlock {
  const text = typeset(block.runs.map((run) => run.text).join(''));
  let at = 0;
  const runs = block.runs.map((run): Run => {
    const cut = { ...run, text: text.slice(at, at + run.text.length) };
    at += run.text.length;
    return cut;
  });
  return { ...block, runs };
}
