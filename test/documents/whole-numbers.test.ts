/**
 * A legal document's number kept whole by word joiners only where a line could end inside it
 * (src/core/documents/whole-numbers.ts, review 13e F3), read as both renderers write it: lowered
 * (layout.ts `lower`), then typeset (typesetParagraph for a paragraph, typeset for a plain cell). A
 * number the first line surely holds, with everything before it, is written as typed, so that it
 * copies and searches as typed; one further on keeps its joiners. Numbers typed with a space or in
 * small letters are numbers (F11); a hamlet, a class or a road with a hyphen is none (F12).
 * Expectations are typed by hand: "_" stands for the no-break space, "+" for the word joiner.
 */
import { describe, expect, it } from 'vitest';
import { para, row } from '../../src/core/documents/blocks';
import { lower } from '../../src/core/documents/layout';
import type { ParagraphBlock, TableBlock } from '../../src/core/documents/model';
import { typeset, typesetParagraph } from '../../src/core/documents/typeset';

const marks = (text: string) => text.replace(/_/g, '\u00a0').replace(/\+/g, '\u2060');
const BODY = { align: 'justify' as const, sizePt: 14, firstLineMm: 10 };
/** The A4 portrait page's text width of the dossier (210 − 30 − 15 mm). */
const PAGE_MM = 165;

/** A paragraph as the renderers write it on a page `textMm` wide. */
function written(text: string, textMm = PAGE_MM): string {
  const [lowered] = lower([para(text, BODY)], textMm) as ParagraphBlock[];
  return typesetParagraph(lowered)
    .runs.map((run) => run.text)
    .join('');
}

/** The plain cells of one table row as the renderers write them, its columns `widths` of the page. */
function cells(texts: string[], widths: number[]): string[] {
  const table: TableBlock = { kind: 'table', widths, borders: true, cellStyle: { align: 'left', sizePt: 13 }, rows: [row(texts)] };
  const [lowered] = lower([table], PAGE_MM) as TableBlock[];
  return lowered.rows[0].cells.map((cell) => ('text' in cell ? typeset(cell.text) : ''));
}

describe('a document number on the first line is written as typed', () => {
  it('in a paragraph: the Tờ trình\'s first "Căn cứ"', () => {
    expect(written('Căn cứ Thông tư số 25/2023/TT-BGDĐT ngày 27 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy định về đánh giá, công nhận "Cộng đồng học tập" cấp xã;')).toBe(
      marks('Căn cứ Thông tư số_25/2023/TT-BGDĐT ngày_27 tháng_12 năm_2023 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy định về đánh giá, công nhận “Cộng đồng học tập” cấp xã;'),
    );
  });

  it('in the header: the Số line', () => {
    const [header] = lower([{ kind: 'header', issuingBody: ['ỦY BAN NHÂN DÂN', 'XÃ HÒA AN'], number: 'Số: 15/TTr-UBND', placeDate: 'Hòa An, ngày 05 tháng 3 năm 2026' }], PAGE_MM) as TableBlock[];
    const lines = header.rows
      .flatMap((r) => r.cells.flatMap((cell) => ('blocks' in cell ? cell.blocks : [])))
      .flatMap((b) =>
        b.kind === 'paragraph'
          ? [
              typesetParagraph(b)
                .runs.map((run) => run.text)
                .join(''),
            ]
          : [],
      );
    expect(lines).toContain('Số: 15/TTr-UBND');
    expect(lines.join('')).not.toContain('\u2060');
  });

  it('in a table cell that holds it at its head, the evidence list\'s "Số, ngày"', () => {
    expect(cells(['H1.03', '21/QĐ-UBND ngày 10/02/2025', 'Quyết định kiện toàn Ban chỉ đạo'], [0.12, 0.28, 0.6])).toEqual([
      'H1.03',
      marks('21/QĐ-UBND ngày_10/02/2025'),
      'Quyết định kiện toàn Ban chỉ đạo',
    ]);
  });
});

describe('a document number a line could end inside keeps its joiners', () => {
  it('past the first line of a paragraph', () => {
    const text =
      'Thư ký trình bày kết quả tự đánh giá theo Điều 6, Điều 7 và Điều 8 của Thông tư số 25/2023/TT-BGDĐT, và báo cáo của Ủy ban nhân dân xã (số 42/BC-UBND), Nghị quyết số 12-NQ/ĐU của Đảng ủy xã.';
    expect(written(text)).toBe(
      marks(
        'Thư ký trình bày kết quả tự đánh giá theo Điều_6, Điều_7 và Điều_8 của Thông tư số_25/+2023/+TT-+BGDĐT, và báo cáo của Ủy ban nhân dân xã (số_42/+BC-+UBND), Nghị quyết số_12-+NQ/+ĐU của Đảng ủy xã.',
      ),
    );
  });

  it('in a narrow cell, where the number comes after the first line', () => {
    expect(cells(['Quyết định số 21/QĐ-UBND ngày 10/02/2025'], [0.2])).toEqual([marks('Quyết định số_21/+QĐ-+UBND ngày_10/02/2025')]);
  });

  it('on the first line when the rest of its word does not fit there: the line would end inside it', () => {
    // At 14 pt "Theo Thông tư số 25/2023/TT-BGDĐT" is 79,8 mm wide, with the ")," after it 83,1 mm; a page 93 mm wide holds
    // 82,1 mm on its first line (10 mm of indent, 1 % kept free).
    expect(['Theo Thông tư số 25/2023/TT-BGDĐT), xã', 'Theo Thông tư số 25/2023/TT-BGDĐT xã'].map((text) => written(text, 93))).toEqual(
      ['Theo Thông tư số_25/+2023/+TT-+BGDĐT), xã', 'Theo Thông tư số_25/2023/TT-BGDĐT xã'].map(marks),
    );
  });
});

describe('numbers as communes type them (review 13e F11)', () => {
  it('a space typed around the solidus is dropped, as Nghị định 30/2020 writes a number', () => {
    expect(['Số: 15 /TTr-UBND', 'Quyết định 15 / QĐ-UBND', 'Thông tư 25 /2023/ TT-BGDĐT'].map(typeset)).toEqual(['Số: 15/TTr-UBND', 'Quyết_định_15/QĐ-UBND', 'Thông_tư_25/2023/TT-BGDĐT'].map(marks));
  });

  it('small letters and a letter after the number are a number, kept whole past the first line', () => {
    expect(cells(['Quyết định số 123/qđ-ubnd và số 12a/QĐ-UBND; 15 /TTr-UBND'], [0.25])).toEqual([marks('Quyết định số_123/+qđ-+ubnd và số_12a/+QĐ-+UBND; 15/+TTr-+UBND')]);
  });
});

describe('no joiner where no document number is (review 13e F12)', () => {
  it('a hamlet, a class, a road, a range of codes, a date, a fraction, a number per unit', () => {
    const text = 'Nhà văn hóa thôn 1-Ea Tiêu, học sinh lớp 6-A, Quốc lộ 14-Đắk Lắk, chỉ tiêu 1.1-TC2.3, ngày 28/12/2025, 3/5 thôn, 12/xã, Trường Mầm non 19/5';
    // A paragraph 50 mm wide: nine lines, every one of these past the first.
    expect(written(text, 50)).toBe(marks('Nhà văn hóa thôn 1-Ea Tiêu, học sinh lớp 6-A, Quốc lộ 14-Đắk Lắk, chỉ_tiêu_1.1-TC2.3, ngày_28/12/2025, 3/5 thôn, 12/xã, Trường Mầm non 19/5'));
  });
});
