/**
 * The DOCX and the Google Doc typeset a paragraph the same way (typesetParagraph): the joined text
 * at once, then cut back into its runs, so a label or a pair of quotes that spans two runs is
 * bound and curled in both. The same model paragraphs go through both renderers; the expected
 * texts are typed by hand ("_" stands for the no-break space, "+" for the word joiner that keeps a
 * document number whole: review 13d F12).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../src/core/documents/model';
import { CELL, pageSetup } from '../../src/core/documents/styles';
import { renderDocx } from '../../src/docx/render-docx';
import { renderGoogleDoc } from '../../src/gas/render-doc';
import { FakeDocumentApp, type FakeParagraph } from '../fakes/document-app';
import { all, bodyParts, rawTextOf, unzipDocx } from './docx-xml';

const nb = (text: string) => text.replace(/_/g, '\u00a0').replace(/\+/g, '\u2060');
const style = { align: 'justify' as const, sizePt: 14 };

/** Paragraphs whose labels and quotes span runs, in the body and in a cell of several lines. */
const doc: ReportDocument = {
  kind: 'report',
  title: 'Thử',
  page: pageSetup(),
  blocks: [
    { kind: 'paragraph', runs: [{ text: 'Kết quả: không đạt Mức độ' }, { text: ' 1', bold: true }, { text: ' theo Quyết' }, { text: ' định 324/QĐ-KHVN.' }], style },
    { kind: 'paragraph', runs: [{ text: 'Danh hiệu ' }, { text: '"Công dân', bold: true }, { text: ' học tập" của xã Đ' }, { text: "'rao", italic: true }, { text: '.' }], style },
    // Typed decomposed (NFD): each run composed, so the bold run starts at the composed offset.
    { kind: 'paragraph', runs: [{ text: 'Chương'.normalize('NFD') }, { text: ' II. Phụ lục I: "Lời "chào"" của bà H\' Leo'.normalize('NFD'), bold: true }], style },
    // A code standing for an address the commune quoted with its document: the quotation closes before it.
    { kind: 'paragraph', runs: [{ text: 'Căn cứ "Quyết định ' }, { text: 'minh chứng H1.01', bold: true, address: 'https://a.vn/x' }, { text: '".' }], style },
    // A number past the first line keeps its joiners (whole-numbers.ts), in both.
    {
      kind: 'paragraph',
      runs: [{ text: 'Thư ký trình bày kết quả tự đánh giá theo Điều 6, Điều 7 và Điều 8, các văn bản hướng dẫn của tỉnh, của huyện và' }, { text: ' Báo cáo số 42/BC-UBND.' }],
      style,
    },
    {
      kind: 'table',
      widths: [0.5, 0.5],
      borders: false,
      cellStyle: CELL,
      rows: [
        {
          cells: [
            { text: 'khoản 2 "Điều 5"' },
            {
              blocks: [
                { kind: 'paragraph', runs: [{ text: 'Thông tư', bold: true }, { text: ' 25/2023/TT-BGDĐT' }], style: { align: 'left', sizePt: 13 } },
                { kind: 'paragraph', runs: [{ text: "'Gia đình " }, { text: "hiếu học'", bold: true }], style: { align: 'left', sizePt: 13 } },
              ],
            },
          ],
        },
      ],
    },
  ],
};

/** The runs' texts of each paragraph of the body and of the table's cells, in order, as the DOCX holds them. */
let docxRuns: string[][];
beforeAll(async () => {
  const xml = unzipDocx(await renderDocx([doc])).get('word/document.xml')!;
  const paragraphs = bodyParts(xml).flatMap((part) => (part.startsWith('<w:tbl>') ? all(part, /<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g) : [part]));
  docxRuns = paragraphs.map((p) => all(p, /<w:r>[\s\S]*?<\/w:r>/g).map(rawTextOf)).filter((runs) => runs.length > 0);
});

/** What a reader sees of each run, hand-typed: the same in both renderers. */
const expectedRuns = [
  // On the first line, a number is written as typed (whole-numbers.ts).
  ['Kết quả: không đạt Mức_độ', '_1', ' theo Quyết', '_định_324/QĐ-KHVN.'],
  ['Danh hiệu ', '“Công dân', ' học tập” của xã Đ', '’rao', '.'],
  ['Chương', '_II. Phụ_lục_I: “Lời ‘chào’” của bà H’ Leo'],
  ['Căn cứ “Quyết định” ', 'minh chứng H1.01', '.'],
  ['Thư ký trình bày kết quả tự đánh giá theo Điều_6, Điều_7 và Điều_8, các văn bản hướng dẫn của tỉnh, của huyện và', ' Báo cáo số_42/+BC-+UBND.'],
  ['khoản_2 “Điều_5”'],
  ['Thông_tư', '_25/2023/TT-BGDĐT'],
  ['‘Gia đình ', 'hiếu học’'],
].map((runs) => runs.map(nb));

describe('one model paragraph, typeset alike in the DOCX and the Google Doc', () => {
  it('the DOCX writes each run cut from the typeset paragraph', () => {
    expect(docxRuns).toEqual(expectedRuns);
  });

  it('the Google Doc writes the same characters, with the run styles at the same offsets', () => {
    const app = new FakeDocumentApp();
    renderGoogleDoc(doc, 'Thử', { documentApp: app.service, docs: null });
    const body = app.documents[0].body;
    const texts = [...body.paragraphs.slice(1), ...body.tables[0].rows[0].cells.flatMap((cell) => cell.children)].map((p: FakeParagraph) => p.text);
    expect(texts).toEqual(expectedRuns.map((runs) => runs.join('')));
    expect(texts).toEqual(docxRuns.map((runs) => runs.join('')));
    // Bold "_1" is characters 25–26, bold "“Công dân" 10–18, italic "’rao" 37–40, bold "_II. … Leo" 6–47 of the composed text, the bold code 20–35 after the quotation closed before it.
    expect(body.paragraphs.slice(1).map((p) => p.ranges)).toEqual([
      [{ start: 25, end: 26, attributes: { BOLD: true } }],
      [
        { start: 10, end: 18, attributes: { BOLD: true } },
        { start: 37, end: 40, attributes: { ITALIC: true } },
      ],
      [{ start: 6, end: 47, attributes: { BOLD: true } }],
      [{ start: 20, end: 35, attributes: { BOLD: true } }],
      [],
    ]);
  });
});
