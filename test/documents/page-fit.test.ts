/**
 * How a one-page document is measured and fitted (src/core/documents/page-fit.ts). Widths from the
 * Liberation Serif tables (font-widths.ts) at 10 pt: a digit 5 pt, a space 2,5 pt; "M" 8,9 pt
 * upright, 9,44 bold, 8,34 italic. A line is 1,15 × 10 = 11,5 pt high. Expected values worked out
 * by hand from those figures.
 */
import { describe, expect, it } from 'vitest';
import type { ParagraphBlock, ParagraphStyle, ReportDocument, Run } from '../../src/core/documents/model';
import { paragraphLines } from '../../src/core/documents/line-count';
import { blocksHeightPt, fitOnePage, keptRowsStartPage, overflowPt, pageTextPt } from '../../src/core/documents/page-fit';
import { PT_PER_MM } from '../../src/core/documents/styles';
import { lower, scaledGap } from '../../src/core/documents/layout';
import { LINE_RESERVE, printedWidthMm } from '../../src/core/documents/text-width';

const STYLE: ParagraphStyle = { align: 'justify', sizePt: 10, lineSpacing: 1 };
const p = (runs: string | Run[], style: Partial<ParagraphStyle> = {}): ParagraphBlock => ({
  kind: 'paragraph',
  runs: typeof runs === 'string' ? [{ text: runs }] : runs,
  style: { ...STYLE, ...style },
});
/** Three words of four digits: 20 + 2,5 + 20 + 2,5 + 20 = 65 pt, 22,93 mm. */
const THREE = '0000 0000 0000';
/** A column whose lines hold `mm` of text: paragraphLines keeps LINE_RESERVE of each line free. */
const W = (mm: number) => mm * (1 + LINE_RESERVE);

describe('paragraphLines', () => {
  it('fills words greedily at spaces, the first line short by its indent, a non-breaking space holding two words together', () => {
    expect([
      paragraphLines(p(THREE), W(23)),
      paragraphLines(p(THREE), W(22.9)),
      // 15 mm after an 8 mm indent: "0000 0000" (42,5 pt, 14,99 mm) fits, the third word wraps.
      paragraphLines(p(THREE, { firstLineMm: 8 }), W(23)),
      // Five words: 3 + 2 a line; after an 8,1 mm indent, 1 + 3 + 1.
      paragraphLines(p(`${THREE} 0000 0000`), W(23)),
      paragraphLines(p(`${THREE} 0000 0000`, { firstLineMm: 8.1 }), W(23)),
      // 20 pt is 7,06 mm: a word a line.
      paragraphLines(p(THREE), W(7.1)),
      // "0000 0000" held together is wider than 14,9 mm: its last digit breaks onto a second line, where the third word fits.
      paragraphLines(p('0000\u00a00000 0000'), W(14.9)),
      // Digits and a solidus between digits, no break opportunity (72,5 pt, 25,6 mm): broken between characters, 5 digits a line (28,3 pt).
      paragraphLines(p('0000000000000/0'), W(10)),
      paragraphLines(p(''), W(10)),
    ]).toEqual([1, 2, 2, 2, 3, 3, 2, 3, 1]);
  });

  it('breaks an address only after "/", "?" or "-" (UAX #14), a part wider than a line starting one of its own and breaking between characters', () => {
    // "xx/" 12,78 pt (4,51 mm) fits; "xxxxxx" (30 pt, 10,58 mm) is wider than 10 mm: a line of its own, 5 a line (28,35 pt), its sixth on a third.
    // Filling each line to the brim (the old measure) gave 2: 42,78 pt is 15,09 mm.
    expect([paragraphLines(p('xx/xxxxxx'), W(10)), paragraphLines(p('xxxx/xxxx'), W(10)), paragraphLines(p('xxxx?xxxx'), W(10)), paragraphLines(p('xxxx-xxxx'), W(10))]).toEqual([3, 2, 2, 2]);
    // After "!" as after "?": "00 0000!" (12,6 mm) fills the first line of 20 mm, "00000000000" (19,4 mm) the second; unbroken,
    // "0000!00000000000" (27,6 mm) would start the second line and run into a third.
    expect([paragraphLines(p('00 0000!00000000000'), W(20)), paragraphLines(p('00 0000?00000000000'), W(20))]).toEqual([2, 2]);
    // A Drive share link in the Danh mục's "Liên kết" column (0,2 of a landscape page's 252 mm, less 3 mm padding) at 13 pt: LibreOffice prints it in
    // five lines, "https://drive.google.com/ | file/d/ | 1hoaanh303Qx7Lm9ZkQx | 7Lm9ZkQx7Lm9Z/view? | usp=sharing" (review rev13c F2, out/scratch/b2 p-13).
    const link = p([{ text: 'https://drive.google.com/file/d/1hoaanh303Qx7Lm9ZkQx7Lm9ZkQx7Lm9Z/view?usp=sharing', link: 'https://drive.google.com/' }], { sizePt: 13 });
    expect(paragraphLines(link, 0.2 * 252 - 3)).toBe(5);
  });

  it('never breaks a legal document number inside, at its hyphen or solidus, as the renderers write it whole (typeset.ts; review 13d F12)', () => {
    // The column holds "aaaaaaaaaa 25/2023/TT-" and 1 mm: broken at the hyphen, "BGDĐT bbbb" would fill a second line; whole, the number takes the second and "bbbb" a third.
    const width = printedWidthMm('aaaaaaaaaa 25/2023/TT-', 10, 'regular') + 1;
    expect([paragraphLines(p('aaaaaaaaaa 25/2023/TT-BGDĐT bbbb'), W(width)), paragraphLines(p('aaaaaaaaaa 25/2023/TT- BGDĐT bbbb'), W(width))]).toEqual([3, 2]);
  });

  it('measures each run in its face: "MM MM" is 13,44 mm upright, 14,20 bold, 12,65 italic; bold italic as bold', () => {
    const at = (widthMm: number) =>
      [p('MM MM'), p('MM MM', { bold: true }), p('MM MM', { italic: true }), p([{ text: 'MM MM', bold: true, italic: true }]), p([{ text: 'MM ' }, { text: 'MM', italic: true }])].map((block) =>
        paragraphLines(block, W(widthMm)),
      );
    // The last: "MM " upright (17,8 + 2,5 pt) and "MM" italic (16,68 pt) = 36,98 pt, 13,05 mm.
    expect([at(13), at(13.1), at(14), at(14.3)]).toEqual([
      [2, 2, 1, 2, 2],
      [2, 2, 1, 2, 1],
      [1, 2, 1, 2, 1],
      [1, 1, 1, 1, 1],
    ]);
  });
});

describe('blocksHeightPt', () => {
  it('adds each paragraph’s lines at 1,15 of its size and line spacing with its spaces, 4 pt a rule, and a table’s rows at their tallest cell with the 0,5 pt line under each and the one above the first', () => {
    const table = {
      kind: 'table' as const,
      widths: [0.5, 0.5],
      borders: true,
      cellStyle: { align: 'left' as const, sizePt: 10, spaceBeforePt: 2, spaceAfterPt: 2, lineSpacing: 1 },
      rows: [
        // Cells 0,5 × 52,5 − 3 = 23,25 mm wide (23,02 less LINE_RESERVE): one line each, 11,5 + 4, and the line under the row.
        { cells: [{ text: '0000' }, { text: THREE }] },
        // Four words, 87,5 pt (30,87 mm): two lines, 23 + 4.
        { cells: [{ text: `${THREE} 0000` }, { text: '' }] },
        // A cell of its own paragraphs: 1,5 × 11,5 + 1 after, and a rule.
        { cells: [{ text: '0' }, { blocks: [p('0', { lineSpacing: 1.5, spaceAfterPt: 1 }), { kind: 'rule' as const, widthMm: 10, sizePt: 10 }] }] },
      ],
    };
    // 2 lines × 11,5 + 3 + 6 = 32; the rule 4; the table 0,5 + 16 + 27,5 + 22,75 = 66,75.
    expect([
      blocksHeightPt([p(THREE, { spaceBeforePt: 3, spaceAfterPt: 6 })], 22.9),
      blocksHeightPt([{ kind: 'rule', widthMm: 20, sizePt: 10 }], 52),
      blocksHeightPt([table], 52.5),
      blocksHeightPt([p(THREE, { spaceBeforePt: 3, spaceAfterPt: 6 }), { kind: 'rule', widthMm: 20, sizePt: 10 }, table], 52.5),
    ]).toEqual([32, 4, 66.75, 11.5 + 9 + 4 + 66.75]);
    expect(() => blocksHeightPt([{ kind: 'pageBreak' }], 52)).toThrow('blocksHeightPt: pageBreak on a one-page document');
    // A cell's text has its column less the 3 mm of padding: THREE (22,93 mm) wraps in a 25 mm table (22 mm of text), two lines, 23 pt.
    expect(blocksHeightPt([{ ...table, widths: [1], borders: false, cellStyle: { ...table.cellStyle, spaceBeforePt: 0, spaceAfterPt: 0 }, rows: [{ cells: [{ text: THREE }] }] }], 25)).toBe(23);
  });
});

describe('fitOnePage', () => {
  /**
   * A page 52 mm wide whose text may take `textPt` (the DOCX closes a document with two paragraphs
   * of a point each, which the page must hold too); three paragraphs of one line (11,5 pt) with
   * `after` pt after each: with 12, 3 × 23,5 = 70,5 pt, of which 18 pt (3 × 6) above the decree's
   * least gap between paragraphs, 6 pt (Nghị định 30/2020).
   */
  const doc = (textPt: number, after = 12): ReportDocument => ({
    kind: 'proposal',
    title: 'Tờ trình',
    page: { orientation: 'portrait', widthMm: 62, heightMm: (textPt + 2) / PT_PER_MM, marginsMm: { top: 0, bottom: 0, left: 5, right: 5 }, font: 'Times New Roman', pageNumberSizePt: 14 },
    blocks: [p(THREE, { spaceAfterPt: after }), p(THREE, { spaceAfterPt: after }), p(THREE, { spaceAfterPt: after })],
  });
  const gaps = (d: ReportDocument) => d.blocks.map((b) => (b.kind === 'paragraph' ? [b.style.spaceBeforePt, b.style.spaceAfterPt] : []));

  /** The document set for two pages: whatever fitOnePage returns when the gaps cannot take the overflow. */
  const twoPages = doc(1000);

  it('leaves a document that fits as it is; shrinks the gaps just enough, to the half point and never below 6 pt, when they can take the overflow; else sets it for two pages', () => {
    expect([overflowPt(doc(76.5)), overflowPt(doc(70.5)), overflowPt(doc(64))].map((pt) => Math.round(pt * 100) / 100)).toEqual([-6, 0, 6.5]);
    const fits = doc(70.5);
    expect(fitOnePage(fits, () => twoPages)).toBe(fits);
    // 6,5 pt over 18 pt above the 6 pt floor: each 6 + 6 × (1 − 6,5/18) = 6 + 3,83, to 9,5: 3 × 21 = 63 pt ≤ 64.
    expect(gaps(fitOnePage(doc(64), () => twoPages))).toEqual([
      [undefined, 9.5],
      [undefined, 9.5],
      [undefined, 9.5],
    ]);
    // 17,9 pt over: the gaps all but down to 6 pt (6 × 0,0056 = 0,03, to 0); 18 pt over: as much as they can give, and 22,5: more.
    expect(gaps(fitOnePage(doc(52.6), () => twoPages))).toEqual([
      [undefined, 6],
      [undefined, 6],
      [undefined, 6],
    ]);
    expect([fitOnePage(doc(52.5), () => twoPages), fitOnePage(doc(48), () => twoPages)]).toEqual([twoPages, twoPages]);
  });

  it('shrinks the space before a paragraph as the space after', () => {
    const before = (textPt: number): ReportDocument => ({ ...doc(textPt), blocks: [p(THREE, { spaceBeforePt: 12 }), p(THREE, { spaceBeforePt: 12 }), p(THREE, { spaceBeforePt: 12 })] });
    expect(gaps(fitOnePage(before(64), () => twoPages))).toEqual([
      [9.5, undefined],
      [9.5, undefined],
      [9.5, undefined],
    ]);
  });

  it('never takes a gap of 6 pt or less: a document of such gaps a point over goes to two pages', () => {
    // 3 × 17,5 = 52,5 pt with 6 pt after each, on 51,5 pt of page; 3 × 14,5 = 43,5 pt with 3 pt after each, on 42,5.
    expect(fitOnePage(doc(51.5, 6), () => twoPages)).toBe(twoPages);
    expect(fitOnePage(doc(42.5, 3), () => twoPages)).toBe(twoPages);
  });
});

describe('scaledGap', () => {
  it('keeps a gap of 6 pt or less as it is; scales the part of a larger one above 6 pt, rounded down to the half point', () => {
    // 12 × 0,3 = 3,6 → 3,5; 1 × 0,75 = 0,75 → 0,5; 0,5 × 0 = 0.
    expect([scaledGap(6, 0), scaledGap(4, 0.5), scaledGap(18), scaledGap(18, 0.5), scaledGap(18, 0.3), scaledGap(7, 0.75), scaledGap(6.5, 0)]).toEqual([6, 4, 18, 12, 9.5, 6.5, 6]);
  });
});

describe('fitOnePage: the title’s gaps', () => {
  /**
   * A title alone on a page 165 mm wide whose text may take `textPt` (and the DOCX's 2 pt): "BÁO CÁO" at 14 pt with 18 pt
   * above (16,1 + 18), "Tự đánh giá" (16,1), the rule (4) and the empty line with 6 pt after (16,1 + 6): 76,3 pt, of which
   * 12 pt above the decree's 6 pt (the 18 before the type name; the 6 after gives nothing).
   */
  const title = { kind: 'title' as const, typeName: 'BÁO CÁO', subject: 'Tự đánh giá' };
  const doc = (textPt: number): ReportDocument => ({
    kind: 'proposal',
    title: 'Tờ trình',
    page: { orientation: 'portrait', widthMm: 210, heightMm: (textPt + 2) / PT_PER_MM, marginsMm: { top: 0, bottom: 0, left: 30, right: 15 }, font: 'Times New Roman', pageNumberSizePt: 14 },
    blocks: [title],
  });
  const twoPages = doc(1000);

  it('shrinks the gap above the type name when the title runs over by less than its 12 pt, and sets two pages when by more', () => {
    expect(Math.round(overflowPt(doc(72.1)) * 100) / 100).toBe(4.2);
    // 4,2 of 12 pt: the gaps scaled by 0,65, the 18 pt to 6 + 7,8, down to the half point 13,5.
    const fitted = fitOnePage(doc(72.1), () => twoPages);
    const [block] = fitted.blocks;
    expect(block.kind === 'title' && block.gapScale).toBeCloseTo(0.65, 6);
    const [typeName] = lower(fitted.blocks, 165);
    expect(typeName.kind === 'paragraph' && [typeName.runs[0].text, typeName.style.spaceBeforePt]).toEqual(['BÁO CÁO', 13.5]);
    expect(overflowPt(fitted)).toBeLessThanOrEqual(0);
    expect(fitOnePage(doc(64.2), () => twoPages)).toBe(twoPages);
  });

  it('shrinks no gap of a heading, and leaves every block but the title and the paragraphs as it was', () => {
    // A level-2 heading under the title: 1,15 × 14 × 1,15 + 6 after = 24,515 pt, its 6 pt nothing to give. 4,2 pt over: the title's 12 pt
    // alone give it, 0,65 again (counted twice, 24 pt, they would give 0,825: 15,5 pt above the type name).
    const heading = { kind: 'heading' as const, level: 2 as const, text: 'A' };
    const withHeading: ReportDocument = { ...doc(96.615), blocks: [title, heading] };
    const fitted = fitOnePage(withHeading, () => twoPages);
    expect(fitted.blocks[1]).toEqual(heading);
    const [typeName] = lower(fitted.blocks, 165);
    expect(typeName.kind === 'paragraph' && typeName.style.spaceBeforePt).toBe(13.5);
  });
});

describe('keptRowsStartPage', () => {
  // Rows of one line at 10 pt with 2 pt above and below and the 0,5 pt line: 16 pt each; the heading row too, under the table's 0,5 pt top line.
  const cellStyle = { align: 'left' as const, sizePt: 10, spaceBeforePt: 2, spaceAfterPt: 2, lineSpacing: 1 };
  const rows = (n: number) => [
    { cells: [{ text: 'STT' }], header: true },
    ...Array.from({ length: n }, (_, i) => ({ cells: [{ text: String(i + 1) }], ...(i >= n - 2 ? { keepWithNext: true } : {}) })),
  ];
  const table = (n: number, group = false) => ({
    kind: 'table' as const,
    widths: [1],
    borders: true,
    cellStyle,
    rows: group ? [rows(n)[0], { cells: [{ text: 'Nhóm' }], span: true }, ...rows(n).slice(1)] : rows(n),
  });
  // A 20 pt paragraph above (1 line, 8,5 after); "Tổng số" kept with the next (11,5 + 6), then a 30 pt block.
  const around = (t: ReturnType<typeof table>) => [p('Trên', { spaceAfterPt: 8.5 }), t, p('Tổng số', { spaceBeforePt: 6, keepWithNext: true }), p('Ký', { spaceAfterPt: 18.5 })];
  const at = (n: number, pagePt: number, group = false) => keptRowsStartPage(around(table(n, group)), 1, group ? n : n - 1, 50, pagePt);

  it('fills the page before the kept rows, then asks whether they, "Tổng số" and the signature fit what is left with 12 pt to spare', () => {
    // Five rows: 20 + top line 0,5 + heading 16 + three rows 48 = 84,5; kept: two rows 32 + 17,5 + 30 = 79.5; 164 in all: fits a page of 176, not of 175,9 nor of 164.
    expect([at(5, 176), at(5, 175.9), at(5, 164)]).toEqual([false, true, true]);
  });

  it('starts each page the table runs onto with its heading row, and moves a group label with the row after it', () => {
    // Page 100: 20 + 0,5 + 16 + 3 rows (84,5) on page 1, a fourth would make 100,5; page 2: 0,5 + heading 16 + rows 4–8 (80) = 96,5, kept 79,5 → 176 > 88.
    expect(at(10, 100)).toBe(true);
    // Page 160: rows 1–7 fit page 1 (20 + 0,5 + 16 + 112 = 148,5); row 8 opens page 2 (16,5 + 16 = 32,5); kept 79,5: 112 ≤ 148 fits.
    // Page 140: rows 1–6 on page 1 (132,5); rows 7–8 open page 2 (16,5 + 32 = 48,5); kept 79,5: 128 ≤ 128 fits; page 139: 128 > 127.
    expect([at(10, 160), at(10, 140), at(10, 139)]).toEqual([false, false, true]);
    // The group label (16) after the heading keeps with row 1: 20 + 0,5 + 16 + 16 + 16 = 68,5 > 60, so both open page 2 under the heading.
    expect(at(3, 60, true)).toBe(true);
  });

  // After the break: top line, heading and three rows 64,5, kept two rows and "Ký" 43,5: 108 ≤ 120 − 12 (the two paragraphs before the break would make it 131).
  it('keeps a row that ends exactly at the page foot on that page', () => {
    // Page 130: 65,5 above (11,5 + 54 after), top line and heading 16,5, rows 1–3 end at 130 exactly and stay; the kept rows (79,5) cannot
    // follow them (209,5 > 118). Moved to page 2, rows 1–3 would leave 32,5 + 79,5 = 112 ≤ 118.
    expect(keptRowsStartPage([p('Trên', { spaceAfterPt: 54 }), table(5), p('Tổng số', { spaceBeforePt: 6, keepWithNext: true }), p('Ký', { spaceAfterPt: 18.5 })], 1, 4, 50, 130)).toBe(true);
  });

  it('takes a group label to the next page with its row when the row cannot follow it on this one', () => {
    // Row 1 of two lines at 50 mm (27,5 pt). Page 145: 90 above (11,5 + 78,5 after), top line and heading: 106,5; the label would fit
    // (122,5) but not with row 1 (150): both open page 2 under the heading, 16,5 + 16 + 27,5 = 60; the kept rows (79,5) then need
    // 139,5 > 133. Left at the foot, the label would let row 1 open page 2 alone (44 + 79,5 = 123,5 ≤ 133).
    const grouped = {
      ...table(0),
      rows: [
        { cells: [{ text: 'STT' }], header: true },
        { cells: [{ text: 'Nhóm' }], span: true },
        { cells: [{ text: `${THREE} ${THREE}` }] },
        { cells: [{ text: '2' }], keepWithNext: true },
        { cells: [{ text: '3' }], keepWithNext: true },
      ],
    };
    expect(keptRowsStartPage([p('Trên', { spaceAfterPt: 78.5 }), grouped, p('Tổng số', { spaceBeforePt: 6, keepWithNext: true }), p('Ký', { spaceAfterPt: 18.5 })], 1, 3, 50, 145)).toBe(true);
  });

  it('counts the paragraphs kept with the rows and the block they keep with, no more, even at the end of the document', () => {
    const kept = p('Tổng số', { spaceBeforePt: 6, keepWithNext: true });
    // 20 + 0,5 + 16 + 48 = 84,5 before the kept rows; 32 + 17,5 kept, and the 30 pt block: 164 fits 176 − 12 whatever follows it.
    expect([
      keptRowsStartPage([p('Trên', { spaceAfterPt: 8.5 }), table(5), kept, p('Ký', { spaceAfterPt: 18.5 }), p('Sau', { spaceAfterPt: 500 })], 1, 4, 50, 176),
      keptRowsStartPage([p('Trên', { spaceAfterPt: 8.5 }), table(5), kept, { ...table(1), borders: false, rows: [{ cells: [{ text: 'Ký' }] }] }, p('Sau', { spaceAfterPt: 500 })], 1, 4, 50, 176),
      // Nothing after the kept paragraph: 84,5 + 49,5 = 134.
      keptRowsStartPage([p('Trên', { spaceAfterPt: 8.5 }), table(5), kept], 1, 4, 50, 146),
      keptRowsStartPage([p('Trên', { spaceAfterPt: 8.5 }), table(5), kept], 1, 4, 50, 145.9),
    ]).toEqual([false, false, false, true]);
  });

  it('measures nothing it cannot: a chart before the table answers no; a page break starts the count again', () => {
    const chart = { kind: 'chart' as const, id: 'c1', title: 'Biểu đồ', categories: [], series: [] };
    expect([keptRowsStartPage([chart, table(5), p('Ký')], 1, 4, 50, 10), keptRowsStartPage([p('Trên'), p('Trên'), { kind: 'pageBreak' }, table(5), p('Ký')], 3, 4, 50, 120)]).toEqual([false, false]);
  });

  it('counts what the blocks before the table leave on their last page: a paragraph runs on, a table that does not fit starts a page', () => {
    const after = [p('Tổng số', { spaceBeforePt: 6, keepWithNext: true }), p('Ký', { spaceAfterPt: 18.5 })];
    // Page 130: a paragraph of 150 pt (11,5 + 138,5 after) runs 20 pt onto page 2; heading and row 1 make 52; kept 79,5: 131,5 > 118.
    // (Counted as starting page 2 whole, it would push the table to page 3: 32 + 79,5 = 111,5 ≤ 118, "fits".)
    expect(keptRowsStartPage([p('Trên', { spaceAfterPt: 138.5 }), table(3), ...after], 1, 2, 50, 130)).toBe(true);
    // Page 145: a paragraph of 100 pt, then a table of 48 pt that does not fit under it (148 > 145): the table starts page 2 (its rows
    // never split), 48; heading and row 1 of the next table make 80; kept 79,5: 159,5 > 133. (Run on like a paragraph: 3, 35, 114,5 ≤ 133.)
    expect(keptRowsStartPage([p('Trên', { spaceAfterPt: 88.5 }), table(2), table(3), ...after], 2, 2, 50, 145)).toBe(true);
  });

  it('takes the height of a page between its top and bottom margins', () => {
    expect(pageTextPt({ orientation: 'portrait', widthMm: 210, heightMm: 297, marginsMm: { top: 20, bottom: 20, left: 30, right: 15 }, font: 'Times New Roman', pageNumberSizePt: 14 })).toBeCloseTo(
      257 * (72 / 25.4),
      6,
    );
  });
});
