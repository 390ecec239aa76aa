import type { ParagraphBlock } from './model';
import { charWidthMm, type Face, LINE_RESERVE } from './text-width';
import { keepNumbersWhole, typesetParagraph, WORD_JOINER } from './typeset';

/**
 * How many lines a paragraph takes on paper, by the widths of text-width.ts (an upper bound): what
 * page-fit.ts adds up to tell whether a page holds a document, and what layout.ts counts to keep
 * enough of the closing with a signature.
 */

/** The face a run prints in: bold (bold italic measured as bold, the wider), italic or regular. */
export function faceOf(block: ParagraphBlock, run: ParagraphBlock['runs'][number]): Face {
  const bold = run.bold ?? block.style.bold ?? false;
  const italic = run.italic ?? block.style.italic ?? false;
  return bold ? 'bold' : italic ? 'italic' : 'regular';
}

const DIGIT = /\p{Nd}/u;

/**
 * Whether a line may break between `word[i]` and `word[i + 1]`, inside a word (no space): after a
 * solidus, a question or exclamation mark, a hyphen or a dash, as the line-breaking rules of Unicode
 * (UAX #14: classes SY, EX, HY, BA) allow it and LibreOffice prints an address ("https://drive.
 * google.com/ | file/d/ | <id> | view? | usp=sharing"): not inside "//", not in a number ("25/2023",
 * LB25: a solidus or hyphen before a digit after a digit), not after a hyphen before a digit
 * ("-1", LB25), not before a word joiner (LB11). Nowhere else: ".", ":", "=", "&", "_" are no break (LB13, LB29, class AL).
 */
function breaksAfter(word: readonly string[], i: number): boolean {
  const [ch, next, before] = [word[i], word[i + 1], word[i - 1] ?? ''];
  // A word joiner forbids a break on either side (whole-numbers.ts, keepNumbersWhole: "25/2023/TT-BGDĐT" whole).
  if (next === undefined || next === WORD_JOINER) return false;
  if (ch === '/') return next !== '/' && !(DIGIT.test(next) && DIGIT.test(before));
  if (ch === '?' || ch === '!') return /[\p{L}\p{N}]/u.test(next);
  if (ch === '-') return !DIGIT.test(next) && i > 0;
  return ch === '\u2013' || ch === '\u2014';
}

/**
 * How many lines a paragraph takes in `widthMm` (less LINE_RESERVE), as the renderers write it
 * (typesetParagraph: labels bound to their numbers; document numbers whole): its words filled greedily, the first line
 * short by its indent. A word too long for what is left of a line breaks at its own break
 * opportunities (breaksAfter) where a part fits, else goes to the next line; a part wider than a
 * whole line (an address's file id) starts a line and breaks between any two characters, as
 * LibreOffice breaks text with no opportunity (review rev13c F2: filling every line to the brim
 * counted a Drive share link a line or two short).
 */
export function paragraphLines(block: ParagraphBlock, widthMm: number): number {
  const { sizePt } = block.style;
  const usable = widthMm / (1 + LINE_RESERVE);
  // The characters as printed, each with its width; words run from one ordinary space to the next.
  const words: Array<Array<{ ch: string; mm: number }>> = [[]];
  for (const run of typesetParagraph(block).runs) {
    const face = faceOf(block, run);
    // A document number is whole on the line that holds it (whole-numbers.ts), whether laid out yet or not.
    for (const ch of run.link === undefined ? keepNumbersWhole(run.text) : run.text) {
      if (ch === ' ') words.push([]);
      else words[words.length - 1].push({ ch, mm: charWidthMm(ch, sizePt, face) });
    }
  }
  const space = charWidthMm(' ', sizePt, 'regular');
  let lines = 1;
  let used = 0;
  let room = usable - (block.style.firstLineMm ?? 0);
  const newLine = () => {
    lines++;
    used = 0;
    room = usable;
  };
  for (const word of words) {
    // The word's parts between its break opportunities.
    const parts: number[][] = [[]];
    const chars = word.map((w) => w.ch);
    word.forEach((c, i) => {
      parts[parts.length - 1].push(c.mm);
      if (breaksAfter(chars, i)) parts.push([]);
    });
    parts.forEach((part, k) => {
      const lead = k === 0 && used > 0 ? space : 0;
      const mm = part.reduce((sum, w) => sum + w, 0);
      if (used > 0 && used + lead + mm > room) newLine();
      else used += lead;
      if (mm <= room - used) {
        used += mm;
        return;
      }
      // Wider than a line: broken between characters.
      for (const w of part) {
        if (used > 0 && used + w > room) newLine();
        used += w;
      }
    });
  }
  return lines;
}
