/**
 * The trích yếu's pauses and its line count (layout.ts subjectLines, pauseBefore): each word of
 * BREAK_WORDS ("của", "đạt", "về", "theo", "tại") opens a line as a pause does, and so do ";" and ","
 * ending the word before; a break right after such a word is none, even before a kept phrase; and the
 * trích yếu takes up to four lines (MAX_SUBJECT_LINES) before it is left to the renderer to wrap.
 * Widths are Times New Roman bold 14 pt (font-widths.ts): "aaaa bbbb cccc" about 32 mm, "dddd eeee" 21 mm.
 */
import { describe, expect, it } from 'vitest';
import { subjectLines } from '../../src/core/documents/layout';
import { printedWidthMm } from '../../src/core/documents/text-width';

const nb = (text: string) => text.replace(/ /g, '\u00a0');

describe('a trích yếu breaks at a pause', () => {
  it('before each word that opens a clause, though a break one word on would be more balanced', () => {
    // Without the pause, "aaaa bbbb cccc / dddd X eeee ffff" (about 32 and 40 mm) would win at 60 mm.
    for (const word of ['của', 'đạt', 'theo']) {
      expect(subjectLines(`aaaa bbbb cccc dddd ${word} eeee ffff`, [], 60, 14), word).toEqual(['aaaa bbbb cccc dddd', `${word} eeee ffff`]);
    }
    // Short ones: without the pause, "aaaa bbbb / cccc X dddd" would win at 45 mm.
    for (const word of ['về', 'tại']) {
      expect(subjectLines(`aaaa bbbb cccc ${word} dddd`, [], 45, 14), word).toEqual(['aaaa bbbb cccc', `${word} dddd`]);
    }
  });

  it('after a semicolon as after a comma', () => {
    // "aaaa bbbb cccc / dddd; eeee ffff gggg" would be more balanced; the pause wins.
    expect(subjectLines('aaaa bbbb cccc dddd; eeee ffff gggg', [], 55, 14)).toEqual(['aaaa bbbb cccc dddd;', 'eeee ffff gggg']);
    expect(subjectLines('aaaa bbbb cccc dddd, eeee ffff gggg', [], 55, 14)).toEqual(['aaaa bbbb cccc dddd,', 'eeee ffff gggg']);
  });

  it('never right after "của", even before a kept phrase: "của" stays with what it governs', () => {
    // "aaaa của / xã Hòa An dddd eeee" would be more balanced were a kept phrase after "của" a pause.
    expect(subjectLines('aaaa của xã Hòa An dddd eeee', ['xã Hòa An'], 50, 14)).toEqual([`aaaa của ${nb('xã Hòa An')}`, 'dddd eeee']);
  });
});

describe('a trích yếu’s line count', () => {
  it('goes up to four lines, then leaves the text to the renderer', () => {
    // Two words (about 22 mm) a line at 30 mm: exactly four lines.
    expect(subjectLines('aaaa bbbb cccc dddd eeee ffff gggg hhhh', [], 30, 14)).toEqual(['aaaa bbbb', 'cccc dddd', 'eeee ffff', 'gggg hhhh']);
    // One word a line at 20 mm would take eight: as it is.
    expect(subjectLines('aaaa bbbb cccc dddd eeee ffff gggg hhhh', [], 20, 14)).toEqual(['aaaa bbbb cccc dddd eeee ffff gggg hhhh']);
    // Two words, two lines: never more lines than words.
    expect(subjectLines('mmmm wwww', [], 25, 14)).toEqual(['mmmm', 'wwww']);
  });

  it('is one line when the text is exactly as wide as the page', () => {
    const width = printedWidthMm('aaaa bbbb cccc', 14, 'bold');
    expect(subjectLines('aaaa bbbb cccc', [], width, 14)).toEqual(['aaaa bbbb cccc']);
    expect(subjectLines('aaaa bbbb cccc', [], width - 0.01, 14)).toHaveLength(2);
    // A line of two exactly as wide as the page fits too: "aaaa bbbb" (about 22,1 mm) over "cccc dddd" (about 21 mm), not three lines.
    const two = printedWidthMm('aaaa bbbb', 14, 'bold');
    expect(subjectLines('aaaa bbbb cccc dddd', [], two, 14)).toEqual(['aaaa bbbb', 'cccc dddd']);
  });
});
