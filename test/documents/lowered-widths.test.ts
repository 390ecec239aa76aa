/**
 * Each text that `lower` (src/core/documents/layout.ts) sets is measured in the width and face it
 * prints in: a body row's cell in its column, bold when the row is; a group label across the whole
 * table; a Nơi nhận line in its column of the signature table (0,45 of the page beside one signer,
 * 0,5 under two, Nghị định 30/2020 Phụ lục I and Mẫu 1.9), less the cell's 3 mm of padding. A width
 * or face taken wrong breaks a name where the page does not ("Hòa / An") or leaves a document
 * number to be cut at a line's end ("25/2023/TT- | BGDĐT", review 13d F12).
 * Widths in comments are text-width.ts's for Times New Roman; expected texts are typed by hand:
 * "_" stands for a no-break space, "+" for a word joiner.
 */
import { describe, expect, it } from 'vitest';
import { row } from '../../src/core/documents/blocks';
import { keptNames, lower } from '../../src/core/documents/layout';
import type { Block, CellBlock, PrimitiveBlock, TableBlock } from '../../src/core/documents/model';

const marks = (text: string) => text.replace(/_/g, '\u00a0').replace(/\+/g, '\u2060');

/** The text of each cell of each row of `table` lowered on a page `textMm` wide. */
function cellTexts(table: TableBlock, textMm = 165): string[][] {
  const [laid] = lower([table], textMm) as TableBlock[];
  return laid.rows.map((r) => r.cells.map((cell) => ('text' in cell ? cell.text : '')));
}

/** The Nơi nhận lines (11 pt) of the signature table `blocks` lower to on a page `textMm` wide. */
function recipientsOf(blocks: Block[], textMm = 165): string[] {
  const table = (lower(blocks, textMm) as PrimitiveBlock[]).find((b): b is TableBlock => b.kind === 'table');
  const paragraphs = (table?.rows ?? []).flatMap((r) => r.cells.flatMap((cell): CellBlock[] => ('blocks' in cell ? cell.blocks : [])));
  return paragraphs.flatMap((b) => (b.kind === 'paragraph' && b.style.sizePt === 11 ? [b.runs.map((run) => run.text).join('')] : []));
}

const table = (widths: number[], rows: TableBlock['rows']): TableBlock => ({ kind: 'table', widths, borders: true, cellStyle: { align: 'left', sizePt: 13 }, rows });

describe('a Nơi nhận line is set in its own column', () => {
  // 11 pt: "- Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Hòa An." is 86,7 mm wide.
  const youth = '- Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Hòa An;';

  it('beside one signer, 0,45 of the page less the padding (71,25 mm): a line wider is broken between its names', () => {
    const one: Block = { kind: 'signature', recipients: [youth], signers: [{ title: 'Chủ tịch', name: 'Lê C' }] };
    expect(recipientsOf([one])).toEqual([marks('- Đoàn_Thanh_niên_Cộng_sản_Hồ_Chí_Minh xã_Hòa_An.')]);
    // Beside a signer on a landscape page (0,45 of 252 mm less 3: 110,4 mm) it fits as typed.
    expect(recipientsOf([one], 252)).toEqual(['- Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Hòa An.']);
  });

  it('under two signers, 0,5 of the page less the padding (79,5 mm): a line of 80,0 mm is broken, one of 77,6 mm is not', () => {
    const two: Block = {
      kind: 'signature',
      recipients: ['- Hội Cựu chiến binh, Hội Nông dân xã Hòa An;', '- Hội Liên hiệp Phụ nữ xã Hòa An (để phối hợp);'],
      signers: [
        { title: 'Thư ký', name: 'A' },
        { title: 'Chủ trì', name: 'B' },
      ],
    };
    expect(recipientsOf([two])).toEqual(['- Hội Cựu chiến binh, Hội Nông dân xã Hòa An;', marks('- Hội Liên_hiệp Phụ_nữ xã_Hòa_An (để phối_hợp).')]);
  });

  it('keeps a document number whole in a Nơi nhận line past its first line', () => {
    const signature: Block = { kind: 'signature', recipients: ['- Sở Giáo dục và Đào tạo (báo cáo theo Công văn số 123/SGDĐT-GDTX);'], signers: [{ title: 'Chủ tịch', name: 'Lê C' }] };
    expect(recipientsOf([signature])).toEqual([marks('- Sở Giáo_dục_và_Đào_tạo (báo cáo theo Công văn số 123/+SGDĐT-+GDTX).')]);
  });
});

describe("a table's cells are set in their column, in the face they print in", () => {
  // 13 pt: "Tổng số Ủy ban nhân dân xã Hòa An" is 69,9 mm upright, 74,7 mm bold; the column is 0,5 of 150 mm less 3: 72 mm.
  const total = 'Tổng số Ủy ban nhân dân xã Hòa An';

  it('breaks a bold row between its names where only the upright text fits the column', () => {
    expect(cellTexts(table([0.5, 0.5], [row([total, '3']), row([total, '3'], { bold: true })]), 150)).toEqual([
      [total, '3'],
      [marks('Tổng số Ủy_ban_nhân_dân xã_Hòa_An'), '3'],
    ]);
  });

  it('keeps a document number whole in a bold row where only the upright text would hold it on its first line, and in any row its column less the padding cannot', () => {
    // "Căn cứ Quyết định số 21/QĐ-UBND" is 70,1 mm upright, 73,7 mm bold; the column's first line holds 71,25 / 1,01 = 70,5 mm
    // (0,45 of 165 mm less 3), on a page 160 mm wide 69 / 1,01 = 68,3 mm. Where it wraps, the number goes down with "số" (keptNames).
    const basis = 'Căn cứ Quyết định số 21/QĐ-UBND';
    const rows = [row([basis, 'x']), row([basis, 'x'], { bold: true })];
    expect(cellTexts(table([0.45, 0.55], rows))).toEqual([
      [basis, 'x'],
      [marks('Căn cứ Quyết định số_21/+QĐ-+UBND'), 'x'],
    ]);
    expect(cellTexts(table([0.45, 0.55], rows), 160)).toEqual([
      [marks('Căn cứ Quyết định số_21/+QĐ-+UBND'), 'x'],
      [marks('Căn cứ Quyết định số_21/+QĐ-+UBND'), 'x'],
    ]);
    // Each column in its own width: in the second column of [0,55; 0,45] as in the first of [0,45; 0,55].
    expect(cellTexts(table([0.55, 0.45], [row(['x', basis])]), 160)).toEqual([['x', marks('Căn cứ Quyết định số_21/+QĐ-+UBND')]]);
  });

  it('sets a group label across the whole table: its names and numbers as typed where the table is wide enough', () => {
    // The first column is 0,2 of 165 mm less 3 (30 mm), where "xã Hòa An" would be kept; the label spans 162 mm and fits on one line.
    const label = 'Tiêu chí 1: Ủy ban nhân dân xã Hòa An ban hành Quyết định số 21/QĐ-UBND';
    expect(cellTexts(table([0.2, 0.8], [row(['Mã', 'Nội dung'], { header: true }), row([label], { bold: true, span: true }), row(['1.1', 'Kế hoạch'])]))).toEqual([
      ['Mã', marks('Nội_dung')],
      [label],
      ['1.1', 'Kế hoạch'],
    ]);
  });
});

describe('a place ends at a sign', () => {
  it('keeps "xã Hòa An" whole and starts no place at the name after its comma', () => {
    expect(keptNames('Ủy ban nhân dân xã Hòa An, Hội Khuyến học xã', 40, 13)).toBe(marks('Ủy_ban_nhân_dân xã_Hòa_An, Hội_Khuyến_học xã'));
    expect(keptNames('Thôn Đông, thôn Tây, thôn Nam và thôn Bắc', 30, 13)).toBe(marks('Thôn_Đông, thôn_Tây, thôn_Nam và thôn_Bắc'));
  });
});
