/**
 * Where paragraphLines (line-count.ts) lets a line break at a hyphen: after one inside a word
 * ("xxxx-xxxx"), never after a hyphen that opens a word ("-Như trên" typed without its space; UAX #14
 * LB20a, "do not break after a word-initial hyphen"), nor before a digit ("-1", LB25). Widths from the
 * Liberation Serif tables at 10 pt regular: "x" 5 pt, "-" 3,34 pt, a space 2,5 pt.
 */
import { describe, expect, it } from 'vitest';
import { paragraphLines } from '../../src/core/documents/line-count';
import type { ParagraphBlock } from '../../src/core/documents/model';
import { LINE_RESERVE } from '../../src/core/documents/text-width';

const p = (text: string): ParagraphBlock => ({ kind: 'paragraph', runs: [{ text }], style: { align: 'left', sizePt: 10, lineSpacing: 1 } });
/** A column whose lines hold `mm` of text (9 mm: 25,5 pt, five "x" and no more). */
const W = (mm: number) => mm * (1 + LINE_RESERVE);

describe('a hyphen opening a word', () => {
  it('is no break: the word goes down whole and, wider than a line, breaks between characters', () => {
    // "xx" (10 pt); "-xxxxx" (28,34 pt) does not fit after it, nor on a line of its own: "-xxxx" / "x". Were "-" a break,
    // it would stay on the first line and "xxxxx" (25 pt) fill the second: 2.
    expect(paragraphLines(p('xx -xxxxx'), W(9))).toBe(3);
    // Inside a word a hyphen is a break: "x xx-" (20,84 pt) on the first line, "xxxxx" on the second.
    expect(paragraphLines(p('x xx-xxxxx'), W(9))).toBe(2);
  });
});
