import type { ParagraphBlock } from './model';
import { faceOf } from './line-count';
import { charWidthMm, LINE_RESERVE } from './text-width';
import { documentNumbers, typesetParagraph, WORD_JOINER } from './typeset';

/**
 * A legal document's number kept whole where a line could end inside it, and only there. LibreOffice,
 * Word and Google Docs may break a line after the "/" before a ký hiệu and after each "-" in it (UAX #14:
 * classes SY, HY), and "Thông tư số 25/2023/TT- | BGDĐT" reads as a typo (review 13d F12); a word
 * joiner (U+2060) after each stops that. But a joiner is a character of the text: a number copied
 * from the DOCX or the Google Doc into an e-office system or Zalo, or searched for with Ctrl+F, is
 * then not the number typed (review 13e F3). Neither format can keep a run on one line without
 * changing its characters (OOXML has w:noBreakHyphen, a character of its own with no solidus to
 * match, and no property of a run that forbids a break; a Docs TextStyle has none either), so the
 * joiners go only where a break could fall.
 *
 * Where that is, no renderer can be told: Word and Google Docs set Times New Roman, whose Vietnamese
 * letters are narrower than the ones LibreOffice prints with, so from the second line on the lines
 * of a paragraph end at other words in each. The first line is known: the widths of text-width.ts
 * are an upper bound for all three, so a number that fits on the first line with everything before
 * it, and with the rest of its word ("25/2023/TT-BGDĐT),"), is on that line in every renderer, and a
 * greedy fill never ends a line inside it. Such a number is left as typed: the Số line, the numbers
 * at the head of a table cell, a citation in a paragraph's first line. Every other number keeps its
 * joiners.
 */

/** The characters of the paragraph as typeset, one string per run; a link run masked (an address is no prose, and holds no number). */
const masked = (block: ParagraphBlock, texts: readonly string[]): string => texts.map((text, r) => (block.runs[r].link !== undefined ? '\u0000'.repeat(text.length) : text)).join('');

/**
 * `block` in a column `widthMm` wide (its first line short by its indent) with a word joiner after
 * each "/" and "-" of each document number (typeset.ts, documentNumbers) not surely on its first
 * line; its runs composed (NFC), as the renderers compose them. Joiners already there stay.
 */
export function wholeNumbers(block: ParagraphBlock, widthMm: number): ParagraphBlock {
  const composed = block.runs.map((run) => (run.link !== undefined ? run.text : run.text.normalize('NFC')));
  const text = masked(block, composed);
  const numbers = documentNumbers(text);
  if (numbers.length === 0) return block;
  // The paragraph as printed: its numbers are the model's, in order (typesetting moves only quotes and spaces).
  const printed = typesetParagraph({ ...block, runs: block.runs.map((run, r) => ({ ...run, text: composed[r] })) }).runs;
  const printedText = masked(
    block,
    printed.map((run) => run.text),
  );
  // Each code unit's width, a letter outside the BMP counted on its first unit.
  const widths = printed.flatMap((run) => [...run.text].flatMap((ch) => [charWidthMm(ch, block.style.sizePt, faceOf(block, run)), ...(ch.length > 1 ? [0] : [])]));
  const found = documentNumbers(printedText);
  const room = widthMm / (1 + LINE_RESERVE) - (block.style.firstLineMm ?? 0);
  const onFirstLine = (end: number): boolean => {
    const space = printedText.indexOf(' ', end);
    return widths.slice(0, space < 0 ? printedText.length : space).reduce((sum, mm) => sum + mm, 0) <= room;
  };
  // A count that differs would pair numbers wrongly: then every number is kept whole.
  const joined = numbers.filter((_, k) => found.length !== numbers.length || !onFirstLine(found[k][1]));
  if (joined.length === 0) return block;
  const after = new Set(joined.flatMap(([start, end]) => [...text.slice(start, end - 1)].flatMap((ch, i) => (/[/-]/.test(ch) && text[start + i + 1] !== WORD_JOINER ? [start + i] : []))));
  let at = 0;
  const runs = block.runs.map((run, r) => {
    const from = at;
    at += composed[r].length;
    return {
      ...run,
      text: composed[r]
        .split('')
        .map((ch, i) => (after.has(from + i) ? ch + WORD_JOINER : ch))
        .join(''),
    };
  });
  return { ...block, runs };
}
