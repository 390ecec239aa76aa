/**
 * The DOCX renderer (src/docx/render-docx.ts) drawing every primitive of the document model, read
 * back part by part (test/documents/docx-outline.ts): alignment, bold and italic, sizes in
 * half-points, spacing and indents in twips, keep-with-next, rules, table widths, heading rows that
 * repeat, rows that never split, spans, cell margins, page size, orientation and margins of Nghị định
 * 30/2020 (A4, 20/20/30/15 mm), page numbers from page 2, and a native chart in vi-VN. Twips are
 * worked out by hand: 1 mm = 1440 / 25,4 twips, 1 pt = 20 twips.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { para, row } from '../../src/core/documents/blocks';
import type { ReportDocument, TableRow } from '../../src/core/documents/model';
import { pageSetup } from '../../src/core/documents/styles';
import { renderDocx } from '../../src/docx/render-docx';
import { docxOutline } from './docx-outline';
import { all, attr, unzipDocx } from './docx-xml';

const report: ReportDocument = {
  kind: 'selfReport',
  title: 'Báo cáo',
  page: pageSetup(),
  blocks: [
    { kind: 'header', parentBody: 'UBND TỈNH SÔNG LAM', issuingBody: ['ỦY BAN NHÂN DÂN', 'XÃ HÒA AN'], number: 'Số: 15/BC-UBND', placeDate: 'Hòa An, ngày 05 tháng 3 năm 2026' },
    { kind: 'title', typeName: 'BÁO CÁO', subject: 'Tự đánh giá' },
    { kind: 'heading', level: 1, text: 'I. MỘT' },
    para([{ text: 'A' }, { text: 'B', bold: true }, { text: 'C', italic: true, mark: 'fill' }], {
      align: 'justify',
      sizePt: 14,
      firstLineMm: 10,
      spaceBeforePt: 6,
      spaceAfterPt: 3,
      lineSpacing: 1.15,
    }),
    para([{ text: 'Không đậm', bold: false }, { text: ' đậm' }], { align: 'right', sizePt: 13, bold: true, italic: true }),
    {
      kind: 'table',
      widths: [0.3, 0.7],
      borders: true,
      cellStyle: { align: 'left', sizePt: 12, lineSpacing: 1 },
      aligns: ['center', 'left'],
      rows: [
        row(['H1', 'H2'], { header: true }),
        row(['G'], { span: true, bold: true }),
        row(['a', 'b']),
        { cells: [{ blocks: [] }, { blocks: [para('x', { align: 'center', sizePt: 12 }), { kind: 'rule', widthMm: 20, sizePt: 12 }] }] },
        row(['t', 'u'], { bold: true }),
      ],
    },
    { kind: 'signature', recipients: ['Lưu: VT'], signers: [{ authority: 'TM. UBND', title: 'CHỦ TỊCH', name: 'Bình' }] },
  ],
};

const summary: ReportDocument = {
  kind: 'summary',
  title: 'Bản tổng hợp',
  page: pageSetup('landscape'),
  blocks: [
    { kind: 'table', widths: [1], borders: true, cellStyle: { align: 'left', sizePt: 12 }, rows: [row(['Chỉ một dòng'], { header: true })] },
    { kind: 'pageBreak' },
    { kind: 'chart', id: 'c', title: 'Biểu đồ', categories: ['Tiêu chí 1'], series: [{ name: 'Điểm', values: [6.5] }], maxValue: 8, valueStep: 1 },
  ],
};

/** Header lines are kept on one line (non-breaking spaces). */
const nb = (text: string) => text.replace(/ /g, '\u00a0');

let files: Map<string, string>;
beforeAll(async () => {
  files = unzipDocx(await renderDocx([report, summary], 'Hồ sơ thử'));
});

// Portrait text width 210 − 30 − 15 = 165 mm = 9354 twips; landscape 297 − 45 = 252 mm = 14287 twips. Cells keep 1,5 mm (85 twips) each side.
describe('the DOCX of two documents', () => {
  it('draws every block with its style, table and section properties', () => {
    expect(docxOutline(files.get('word/document.xml')!)).toEqual([
      // Header: 0,38 of 9354 = 3555 twips on the left; no borders; cells aligned to the top.
      'TABLE w9354 fixed grid 3555,5799 borders w:val="none"',
      '  TR cantSplit',
      '    TC w3555 mar85/85 top',
      `      P center sp0/0/240auto sz26: ${nb('UBND TỈNH SÔNG LAM')}`,
      `      P center sp0/0/240auto sz26: *${nb('ỦY BAN NHÂN DÂN')}*`,
      `      P center sp0/0/240auto sz26: *${nb('XÃ HÒA AN')}*`,
      // A 22 mm rule (1247 twips) centred in 3555 − 170 = 3385: (3385 − 1247) / 2 = 1069 each side.
      '      P sp0/0/240auto ind-/1069/1069 rulesingle/6 sz4: ',
      '    TC w5799 mar85/85 top',
      '      P center sp0/0/240auto sz26: *CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM*',
      '      P center sp0/0/240auto sz28: *Độc lập - Tự do - Hạnh phúc*',
      // 59 mm (3345 twips) in 5799 − 170 = 5629: 1142 each side.
      '      P sp0/0/240auto ind-/1142/1142 rulesingle/6 sz4: ',
      '  TR cantSplit',
      '    TC w3555 mar85/85 top',
      // The number as typed: the line holds it whole, so no word joiner (whole-numbers.ts; review 13e F3).
      '      P center sp80/0/240auto sz26: Số: 15/BC-UBND',
      '    TC w5799 mar85/85 top',
      // Each date label bound to its number (bindNumbers).
      `      P center sp80/0/240auto sz28: _Hòa An, ${nb('ngày 05')} ${nb('tháng 3')} ${nb('năm 2026')}_`,
      'P center sp360/0/240auto sz28: *BÁO CÁO*',
      'P center sp0/0/240auto sz28: *Tự đánh giá*',
      // 40 mm (2268 twips) in 9354: 3543 each side.
      'P sp0/0/240auto ind-/3543/3543 rulesingle/6 sz4: ',
      'P center sp0/120/240auto sz28: ',
      'P both keep sp120/120/276auto ind567/-/- sz28: *I. MỘT*',
      'P both sp120/60/276auto ind567/-/- sz28: A|*B*|_⟦C⟧_',
      // A run not bold in a bold paragraph stays upright-bold-free; italic comes from the style.
      'P right sp0/0/240auto sz26: _Không đậm_|*_ đậm_*',
      'TABLE w9354 fixed grid 2806,6548 borders w:val="single"',
      // Only the heading row repeats; it and the group label keep with the next row.
      '  TR cantSplit header',
      '    TC w2806 mar85/85 center',
      '      P center keep sp0/0/240auto sz24: *H1*',
      '    TC w6548 mar85/85 center',
      '      P center keep sp0/0/240auto sz24: *H2*',
      '  TR cantSplit',
      '    TC w9354 span2 mar85/85 center',
      '      P left keep sp0/0/240auto sz24: *G*',
      // The total row and the two rows before it keep with the signature (layout.ts, keepLastRows).
      '  TR cantSplit',
      '    TC w2806 mar85/85 center',
      '      P center keep sp0/0/240auto sz24: a',
      '    TC w6548 mar85/85 center',
      '      P left keep sp0/0/240auto sz24: b',
      '  TR cantSplit',
      '    TC w2806 mar85/85 center',
      // Word needs a paragraph in every cell.
      '      P: ',
      '    TC w6548 mar85/85 center',
      '      P center keep sp0/0/240auto sz24: x',
      // 20 mm (1134 twips) in 6548 − 170 = 6378: 2622 each side.
      '      P sp0/0/240auto ind-/2622/2622 rulesingle/6 sz4: ',
      // The last row before the signature keeps with it.
      '  TR cantSplit',
      '    TC w2806 mar85/85 center',
      '      P center keep sp0/0/240auto sz24: *t*',
      '    TC w6548 mar85/85 center',
      '      P left keep sp0/0/240auto sz24: *u*',
      // The spacer after a table: 6 pt above too.
      'P center keep sp120/120/240auto sz12: ',
      // Nơi nhận on 0,45 of the width, the signer on 0,55; 62 pt (1240 twips) above the name for signature and seal.
      'TABLE w9354 fixed grid 4209,5145 borders w:val="none"',
      '  TR cantSplit',
      '    TC w4209 mar85/85 top',
      '      P left sp0/0/240auto sz24: *_Nơi nhận:_*',
      '      P left sp0/0/240auto sz22: - Lưu: VT.',
      '    TC w5145 mar85/85 top',
      '      P center sp0/0/240auto sz28: *TM. UBND*',
      '      P center sp0/0/240auto sz28: *CHỦ TỊCH*',
      '      P center sp1240/0/240auto sz28: *Bình*',
      // The paragraph that carries the section break is one point high.
      'P sp0/0/20exact sz2 sectionBreak: ',
      // A4 11906 × 16838; margins 20/15/20/30 mm; the page number in the middle of the top margin (10 − 7 / 2,835 mm = 427 twips).
      'SECTION 11906x16838 portrait margins 1134/850/1134/1701 header 427 footer 567 start 1 titlePg headers default,first',
      'TABLE w14287 fixed grid 14287 borders w:val="single"',
      // A heading row that is the table's only row repeats, with nothing to keep with.
      '  TR cantSplit header',
      '    TC w14287 mar85/85 center',
      '      P center sp0/0/240auto sz24: *Chỉ một dòng*',
      'P pageBreak: ',
      'P center sp120/120/-: [drawing]',
      'P sp0/0/20exact sz2: ',
      'SECTION 16838x11906 landscape margins 1134/850/1134/1701 header 427 footer 567 start 1 titlePg headers default,first',
    ]);
  });

  it('draws the rows kept with the closing as a table of their own, joined by a hidden paragraph (LibreOffice keeps only a table whose every row keeps)', async () => {
    const list: ReportDocument = {
      kind: 'evidence',
      title: 'Danh mục',
      page: pageSetup(),
      blocks: [
        {
          kind: 'table',
          widths: [0.2, 0.8],
          borders: true,
          cellStyle: { align: 'left', sizePt: 12 },
          rows: [row(['STT', 'Tên'], { header: true }), row(['1', 'Một']), row(['2', 'Hai']), row(['3', 'Ba'])],
        },
        para('Tổng số: 3 minh chứng.', { align: 'justify', sizePt: 14 }),
        { kind: 'signature', recipients: null, signers: [{ title: 'CHỦ TỊCH', name: 'Bình' }] },
      ],
    };
    const body = docxOutline(unzipDocx(await renderDocx([list], 'Danh mục')).get('word/document.xml')!);
    expect(body.slice(0, 25)).toEqual([
      // 0,2 of 9354 = 1871 twips; the heading row repeats and keeps with row 1, which stays where it falls.
      // Where the parts meet each draws half the line (2 eighths of a point, the others 4), so it prints as one line, not a double one (review 13b finding 8).
      'TABLE w9354 fixed grid 1871,7483 borders w:val="single" top4 left4 bottom2 right4 insideH4 insideV4',
      '  TR cantSplit header',
      '    TC w1871 mar85/85 center',
      '      P center keep sp0/0/240auto sz24: *STT*',
      '    TC w7483 mar85/85 center',
      '      P center keep sp0/0/240auto sz24: *Tên*',
      '  TR cantSplit',
      '    TC w1871 mar85/85 center',
      '      P left sp0/0/240auto sz24: 1',
      '    TC w7483 mar85/85 center',
      '      P left sp0/0/240auto sz24: Một',
      // One point high and hidden: it prints as nothing, so the two tables read as one.
      'P keep sp0/0/20exact sz2 hidden: ',
      // The last two rows (CLOSING_ROWS), every paragraph kept: LibreOffice then keeps this table with "Tổng số".
      'TABLE w9354 fixed grid 1871,7483 borders w:val="single" top2 left4 bottom4 right4 insideH4 insideV4',
      '  TR cantSplit',
      '    TC w1871 mar85/85 center',
      '      P left keep sp0/0/240auto sz24: 2',
      '    TC w7483 mar85/85 center',
      '      P left keep sp0/0/240auto sz24: Hai',
      '  TR cantSplit',
      '    TC w1871 mar85/85 center',
      '      P left keep sp0/0/240auto sz24: 3',
      '    TC w7483 mar85/85 center',
      '      P left keep sp0/0/240auto sz24: Ba',
      // "Tổng số" 6 pt below the table, then the spacer before the signature (6 pt after it).
      'P both keep sp120/0/240auto sz28: Tổng số: 3 minh chứng.',
      'P center keep sp0/120/240auto sz12: ',
    ]);
  });

  it('starts the kept rows on the next page, under the heading row again, when they cannot fit under the rows before them (keptRowsStartPage)', async () => {
    // 257 mm of page is 728,5 pt. "Trên" takes 16,1 pt and `after`; the table's top line, heading row and row 1 (12 pt: 13,8 + 0,5 each) 29,1;
    // the kept rows 2 and 3 (28,6), "Tổng số" (22,1), the spacer (12,9) and the signature (110,4) then need 174 pt within 716,5:
    // after 600 pt they cannot fit (819,2), after 400 they can (619,2: the parts share the page, as in the test above).
    const list = (after: number): ReportDocument => ({
      kind: 'evidence',
      title: 'Danh mục',
      page: pageSetup(),
      blocks: [
        para('Trên', { align: 'left', sizePt: 14, spaceAfterPt: after }),
        {
          kind: 'table',
          widths: [0.2, 0.8],
          borders: true,
          cellStyle: { align: 'left', sizePt: 12 },
          rows: [row(['STT', 'Tên'], { header: true }), row(['1', 'Một']), row(['2', 'Hai']), row(['3', 'Ba'])],
        },
        para('Tổng số: 3.', { align: 'left', sizePt: 14 }),
        { kind: 'signature', recipients: null, signers: [{ title: 'CHỦ TỊCH', name: 'Bình' }] },
      ],
    });
    const outline = async (after: number) => docxOutline(unzipDocx(await renderDocx([list(after)], 'Danh mục')).get('word/document.xml')!);
    const heading = [
      '  TR cantSplit header',
      '    TC w1871 mar85/85 center',
      '      P center keep sp0/0/240auto sz24: *STT*',
      '    TC w7483 mar85/85 center',
      '      P center keep sp0/0/240auto sz24: *Tên*',
    ];
    const body = (n: string, name: string, keep: boolean) => [
      '  TR cantSplit',
      '    TC w1871 mar85/85 center',
      `      P left${keep ? ' keep' : ''} sp0/0/240auto sz24: ${n}`,
      '    TC w7483 mar85/85 center',
      `      P left${keep ? ' keep' : ''} sp0/0/240auto sz24: ${name}`,
    ];
    expect((await outline(600)).slice(0, 30)).toEqual([
      'P left sp0/12000/240auto sz28: Trên',
      // Whole lines on both parts: they print on two pages.
      'TABLE w9354 fixed grid 1871,7483 borders w:val="single"',
      ...heading,
      ...body('1', 'Một', false),
      // A printed paragraph one point high carries the page break (a hidden one's break LibreOffice may drop).
      'P pageBreak sp0/0/20exact sz2: ',
      'TABLE w9354 fixed grid 1871,7483 borders w:val="single"',
      ...heading,
      ...body('2', 'Hai', true),
      ...body('3', 'Ba', true),
      'P left keep sp120/0/240auto sz28: Tổng số: 3.',
    ]);
    expect((await outline(400)).slice(0, 13)).toEqual([
      'P left sp0/8000/240auto sz28: Trên',
      'TABLE w9354 fixed grid 1871,7483 borders w:val="single" top4 left4 bottom2 right4 insideH4 insideV4',
      ...heading,
      ...body('1', 'Một', false),
      'P keep sp0/0/20exact sz2 hidden: ',
    ]);
  });

  it('makes a page break before a paragraph that paragraph’s own, its space before dropped (the top margin is the space); before a table, a paragraph of its own', async () => {
    const doc: ReportDocument = {
      kind: 'summary',
      title: 'Trang',
      page: pageSetup(),
      blocks: [
        para('Một', { align: 'left', sizePt: 14, spaceBeforePt: 12 }),
        { kind: 'pageBreak' },
        para('Hai', { align: 'left', sizePt: 14, spaceBeforePt: 12 }),
        { kind: 'pageBreak' },
        { kind: 'table', widths: [1], borders: true, cellStyle: { align: 'left', sizePt: 12 }, rows: [row(['Bảng'])] },
      ],
    };
    expect(docxOutline(unzipDocx(await renderDocx([doc], 'Trang')).get('word/document.xml')!).slice(0, 7)).toEqual([
      'P left sp240/0/240auto sz28: Một',
      'P left pageBreak sp0/0/240auto sz28: Hai',
      'P pageBreak: ',
      'TABLE w9354 fixed grid 9354 borders w:val="single"',
      '  TR cantSplit',
      '    TC w9354 mar85/85 center',
      '      P left sp0/0/240auto sz24: Bảng',
    ]);
  });

  it('keeps a table whose every body row goes with the closing as one table, with no hidden join, with or without a heading row', async () => {
    const list = (rows: TableRow[]): ReportDocument => ({
      kind: 'evidence',
      title: 'Danh mục',
      page: pageSetup(),
      blocks: [
        { kind: 'table', widths: [0.2, 0.8], borders: true, cellStyle: { align: 'left', sizePt: 12 }, rows },
        para('Tổng số: 2 minh chứng.', { align: 'left', sizePt: 14 }),
        { kind: 'signature', recipients: null, signers: [{ title: 'CHỦ TỊCH', name: 'Bình' }] },
      ],
    });
    const parts = async (doc: ReportDocument) =>
      docxOutline(unzipDocx(await renderDocx([doc], 'Danh mục')).get('word/document.xml')!).filter((line) => line.startsWith('TABLE') || line.includes('hidden'));
    const body = [row(['1', 'Một']), row(['2', 'Hai'])];
    // The table, then the signature's borderless one.
    const whole = ['TABLE w9354 fixed grid 1871,7483 borders w:val="single"', 'TABLE w9354 fixed grid 4209,5145 borders w:val="none"'];
    expect([await parts(list([row(['STT', 'Tên'], { header: true }), ...body])), await parts(list(body))]).toEqual([whole, whole]);
  });

  it('draws a rule wider than its cell from edge to edge: no negative indent', async () => {
    const doc: ReportDocument = {
      kind: 'summary',
      title: 'Thử',
      page: pageSetup(),
      // 0,3 of 9354 twips is 2806, less 170 of padding: 2636 twips (46,5 mm) for an 80 mm rule.
      blocks: [
        { kind: 'table', widths: [0.3, 0.7], borders: false, cellStyle: { align: 'left', sizePt: 12 }, rows: [{ cells: [{ blocks: [{ kind: 'rule', widthMm: 80, sizePt: 12 }] }, { blocks: [] }] }] },
      ],
    };
    const body = docxOutline(unzipDocx(await renderDocx([doc], 'Thử')).get('word/document.xml')!);
    expect(body.filter((line) => line.includes('rulesingle'))).toEqual(['      P sp0/0/240auto ind-/0/0 rulesingle/6 sz4: ']);
  });

  it('numbers pages in a centred 14 pt PAGE field, with a blank first-page header, in each section', () => {
    const headers = [...files].filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, xml]) => xml.slice(xml.indexOf('<w:p')));
    const numbered = '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>';
    expect(headers.map((h) => (h.startsWith(numbered) ? `PAGE ${all(h, /<w:sz w:val="(\d+)"\/>/g).join('')}` : h))).toEqual([
      `PAGE ${'<w:sz w:val="28"/>'.repeat(4)}`,
      '<w:p/></w:hdr>',
      `PAGE ${'<w:sz w:val="28"/>'.repeat(4)}`,
      '<w:p/></w:hdr>',
    ]);
    for (const h of headers.filter((x) => x.startsWith(numbered))) expect(h).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
  });

  it('sets Times New Roman 14 pt as the default, and the title and creator', () => {
    const styles = files.get('word/styles.xml')!;
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)![0];
    expect([attr(defaults, 'w:rFonts', 'w:ascii'), attr(defaults, 'w:rFonts', 'w:hAnsi'), attr(defaults, 'w:rFonts', 'w:cs'), attr(defaults, 'w:sz', 'w:val')]).toEqual([
      'Times New Roman',
      'Times New Roman',
      'Times New Roman',
      '28',
    ]);
    const core = files.get('docProps/core.xml')!;
    expect([/<dc:title>([^<]*)</.exec(core)?.[1], /<dc:creator>([^<]*)</.exec(core)?.[1]]).toEqual(['Hồ sơ thử', 'CĐHT Xã']);
  });

  it('draws the chart in vi-VN: axis from 0 to its maximum by its step, figures with a decimal comma, legend below, 85 % of the text width', () => {
    const chart = files.get('word/charts/chart1.xml')!;
    expect(chart).not.toContain('en-US');
    expect([
      ...new Set(all(chart, /<c:lang val="[^"]*"\/>|<c:(?:max|min|majorUnit) val="[^"]*"\/>|<c:legendPos val="[^"]*"\/>|<c:formatCode>[^<]*<\/c:formatCode>|formatCode="[^"]*" sourceLinked="\d"/g)),
    ]).toEqual([
      '<c:lang val="vi-VN"/>',
      '<c:formatCode>[$-42A]General</c:formatCode>',
      'formatCode="[$-42A]General" sourceLinked="0"',
      '<c:max val="8"/>',
      '<c:min val="0"/>',
      '<c:majorUnit val="1"/>',
      '<c:legendPos val="b"/>',
    ]);
    expect(all(chart, /<c:v>[^<]*<\/c:v>/g)).toEqual(['<c:v>Điểm</c:v>', '<c:v>Tiêu chí 1</c:v>', '<c:v>6.5</c:v>']);
    // 14287 twips = 714 pt = 952 px; 85 % is 810 px (7715250 EMU), half as high.
    expect(all(files.get('word/document.xml')!, /<wp:extent[^>]*>|<wp:docPr[^>]*>/g)).toEqual(['<wp:extent cx="7715250" cy="3857625"/>', '<wp:docPr id="1" name="Biểu đồ" descr="Biểu đồ"/>']);
  });
});
