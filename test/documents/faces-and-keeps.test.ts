/**
 * Small helpers a page's layout rests on, pinned where the documents' tests pass either way: the
 * face a run prints in (line-count.ts faceOf: the run's own bold or italic before the paragraph's),
 * the 1 % of a line kept free where text must stay on one line (text-width.ts LINE_RESERVE), the
 * last paragraph kept with what follows and nothing else (blocks.ts keepLastWithNext), and a
 * paragraph typed decomposed written composed, as the renderers compose it (whole-numbers.ts).
 * Expected texts are typed by hand: "+" stands for the word joiner.
 */
import { describe, expect, it } from 'vitest';
import { keepLastWithNext, para, row } from '../../src/core/documents/blocks';
import { faceOf } from '../../src/core/documents/line-count';
import type { ParagraphBlock, TableBlock } from '../../src/core/documents/model';
import { BODY, CELL } from '../../src/core/documents/styles';
import { fitsOneLine, printedWidthMm } from '../../src/core/documents/text-width';
import { wholeNumbers } from '../../src/core/documents/whole-numbers';

describe('faceOf', () => {
  it("takes the run's own bold and italic before the paragraph's, bold italic measured as bold", () => {
    const bold = para('x', { ...BODY, bold: true });
    const italic = para('x', { ...BODY, italic: true });
    expect([faceOf(bold, { text: 'x' }), faceOf(bold, { text: 'x', bold: false }), faceOf(bold, { text: 'x', bold: false, italic: true })]).toEqual(['bold', 'regular', 'italic']);
    expect([faceOf(italic, { text: 'x' }), faceOf(italic, { text: 'x', italic: false }), faceOf(italic, { text: 'x', bold: true })]).toEqual(['italic', 'regular', 'bold']);
  });
});

describe('fitsOneLine', () => {
  it('keeps 1 % of the line free: a text exactly as wide as the column does not fit, one 1 % narrower does', () => {
    const text = 'Hòa An, ngày 05 tháng 3 năm 2026';
    const mm = printedWidthMm(text, 14, 'italic');
    expect([fitsOneLine(text, 14, 'italic', mm), fitsOneLine(text, 14, 'italic', mm * 1.005), fitsOneLine(text, 14, 'italic', mm * 1.0101)]).toEqual([false, false, true]);
  });
});

describe('keepLastWithNext', () => {
  it('keeps the last paragraph with what follows; a table last, or no block, is left as it is', () => {
    const table: TableBlock = { kind: 'table', widths: [1], borders: true, cellStyle: CELL, rows: [row(['a'])] };
    expect(keepLastWithNext([para('a'), para('b')])).toEqual([para('a'), para('b', { ...BODY, keepWithNext: true })]);
    expect(keepLastWithNext([para('a'), table])).toEqual([para('a'), table]);
    expect(keepLastWithNext([])).toEqual([]);
  });

  // With one block, the last is also the first: it must come back once, kept; a copy of it left in front
  // (what slice(0, -1) keeps out) would print the line twice in the dossier.
  it('a single paragraph comes back once, kept with what follows; a single table as it is', () => {
    const table: TableBlock = { kind: 'table', widths: [1], borders: true, cellStyle: CELL, rows: [row(['a'])] };
    expect(keepLastWithNext([para('a')])).toEqual([para('a', { ...BODY, keepWithNext: true })]);
    expect(keepLastWithNext([table])).toEqual([table]);
  });
});

describe('wholeNumbers', () => {
  it('writes a paragraph typed decomposed composed, its number past the first line kept whole', () => {
    // "Thông tư" with its ô typed as o and a combining circumflex (U+0302), as some keyboards give it; 40 mm at 14 pt holds
    // "Căn cứ Thông tư" on its first line, not the number.
    const block: ParagraphBlock = para('Căn cứ Tho\u0302ng tư số 25/2023/TT-BGDĐT', { align: 'left', sizePt: 14 });
    expect(wholeNumbers(block, 40).runs).toEqual([{ text: 'Căn cứ Thông tư số 25/+2023/+TT-+BGDĐT'.replace(/\+/g, '\u2060') }]);
  });
});
