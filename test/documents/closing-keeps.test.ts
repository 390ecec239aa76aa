/**
 * What goes over to a signature's page with it (layout.ts keepClosingWithSignature, keepLastRows)
 * and the air after a table (spacedAfterTables), as lower() sets them: walking back from the
 * signature, whole paragraphs until they hold two lines (CLOSING_LINES), no further than a block
 * that is no paragraph; when a table comes right before them, its total rows and its last two rows
 * of content (CLOSING_ROWS; a group label is no content, the heading row is never reached); every
 * paragraph right after a table at least 6 pt below it. Each block written as "P" (a paragraph),
 * "+" when kept with the next, "sb6" its space before; a table as its rows, "+" kept, "." not.
 */
import { describe, expect, it } from 'vitest';
import { para, row } from '../../src/core/documents/blocks';
import { lower } from '../../src/core/documents/layout';
import type { Block, PrimitiveBlock } from '../../src/core/documents/model';

const CELL = { align: 'left' as const, sizePt: 13 };
const signature: Block = { kind: 'signature', recipients: null, signers: [{ title: 'Chủ tịch', name: 'Nguyễn Văn A' }] };
const table = (rows: ReturnType<typeof row>[]): Block => ({ kind: 'table', widths: [0.5, 0.5], borders: true, cellStyle: CELL, rows });
const head = row(['STT', 'Nội dung'], { header: true });

function keeps(blocks: Block[]): string {
  return lower(blocks, 165)
    .map((b: PrimitiveBlock) => {
      if (b.kind === 'paragraph') return `P${b.style.keepWithNext ? '+' : ''}${b.style.spaceBeforePt ? `sb${b.style.spaceBeforePt}` : ''}`;
      if (b.kind === 'table') return `[${b.rows.map((r) => (r.keepWithNext ? '+' : '.')).join('')}]`;
      return b.kind;
    })
    .join(' ');
}

describe('the closing kept with the signature', () => {
  it('takes whole paragraphs back to two lines; the signature’s own spacer line keeps with its table', () => {
    // "C." and "B." are a line each: two lines, "A." stays where it falls. The signature is its spacer line (kept) and its table.
    expect(keeps([para('A.'), para('B.'), para('C.'), signature])).toBe('P P+ P+ P+ [.]');
    // A closing of several lines is enough alone.
    expect(keeps([para('A.'), para('Một đoạn văn dài '.repeat(12)), signature])).toBe('P P+ P+ [.]');
  });

  it('stops at a block that is no paragraph (a heading keeps with its section by its own style)', () => {
    expect(keeps([para('A.'), { kind: 'heading', level: 1, text: 'I. KẾT LUẬN' }, para('B.'), signature])).toBe('P P+sb6 P+ P+ [.]');
  });

  it('takes a table right before the closing: its total row and its last two rows of content, never its heading row', () => {
    expect(keeps([table([head, row(['1', 'x']), row(['2', 'y']), row(['3', 'z']), row(['Tổng', '3'], { bold: true })]), para('Kết luận.'), signature])).toBe('[..+++] P+sb6 P+ [.]');
    // A group label (spanning the table, bold or not) is no row of content: the two rows of content reach past it.
    expect(keeps([table([head, row(['1', 'x']), row(['2', 'y']), row(['Nhóm'], { span: true }), row(['3', 'z'])]), signature])).toBe('[..+++] P+sb6 [.]');
    expect(keeps([table([head, row(['1', 'x']), row(['2', 'y']), row(['Nhóm'], { span: true, bold: true }), row(['3', 'z'])]), signature])).toBe('[..+++] P+sb6 [.]');
    expect(keeps([table([head, row(['1', 'x'])]), signature])).toBe('[.+] P+sb6 [.]');
  });
});

describe('a paragraph right after a table', () => {
  it('stands at least 6 pt below it; one with more keeps its own, one after a paragraph none', () => {
    expect(keeps([table([row(['1', 'x'])]), para('P.'), table([row(['1', 'x'])]), { ...para('Q.'), style: { ...para('Q.').style, spaceBeforePt: 4 } }, para('R.')])).toBe('[.] Psb6 [.] Psb6 P');
    expect(keeps([table([row(['1', 'x'])]), { ...para('Q.'), style: { ...para('Q.').style, spaceBeforePt: 12 } }])).toBe('[.] Psb12');
  });
});
