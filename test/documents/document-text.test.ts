/**
 * documentText (plain-text.ts), the text tests search and a preview shows, reads as a reader reads
 * the page: without the word joiners (U+2060) that keep a document number whole where a line could
 * end inside it (whole-numbers.ts), which are in the laid-out paragraph past its first line.
 */
import { describe, expect, it } from 'vitest';
import { para } from '../../src/core/documents/blocks';
import { lower } from '../../src/core/documents/layout';
import type { ParagraphBlock } from '../../src/core/documents/model';
import { documentText } from '../../src/core/documents/plain-text';
import { pageSetup, textWidthMm } from '../../src/core/documents/styles';

const TEXT = 'Thư ký trình bày kết quả tự đánh giá theo Điều 6, Điều 7 và Điều 8 của Thông tư số 25/2023/TT-BGDĐT, và báo cáo của Ủy ban nhân dân xã (số 42/BC-UBND).';

describe('documentText', () => {
  it('holds a document number past the first line as typed, its joiners dropped', () => {
    const page = pageSetup();
    // The laid-out paragraph does hold joiners in "25/2023/TT-BGDĐT" (its second line).
    const laid = lower([para(TEXT)], textWidthMm(page))[0] as ParagraphBlock;
    expect(laid.runs.map((run) => run.text).join('')).toContain('\u2060');
    const text = documentText({ kind: 'report', title: 'T', page, blocks: [para(TEXT)] });
    expect(text).not.toContain('\u2060');
    expect(text.replace(/\u00a0/g, ' ')).toBe(TEXT);
  });
});
