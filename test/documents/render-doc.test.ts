/**
 * The Google Docs renderer against the recording fake of DocumentApp: the document it builds
 * (page, header block, styles, tables, placeholders, chart) and how many service calls it makes.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier, documentFileName } from '../../src/core/documents/dossier/dossier';
import type { ReportDocument, TableBlock } from '../../src/core/documents/model';
import { heading } from '../../src/core/documents/blocks';
import { CELL, pageSetup } from '../../src/core/documents/styles';
import { typeset } from '../../src/core/documents/typeset';
import { MANUAL_STEPS, renderGoogleDoc } from '../../src/gas/render-doc';
import { DOCS_API_MISSING } from '../../src/core/documents/docs-tables';
import { KEEP_MISMATCH } from '../../src/core/documents/docs-keep';
import { FakeDocsApi } from '../fakes/docs-api';
import { FakeDocumentApp, FakeParagraph, FakeTable, fakeImage } from '../fakes/document-app';
import { TODAY, byKind, sample, withNarrative } from '../fixtures/dossiers';

const PT_PER_MM = 72 / 25.4;

function dossierOf(rulesetId: 'TT25' | 'TT44'): ReportDocument[] {
  const result = buildDossier(sample(rulesetId), TODAY);
  if (!result.ok) throw new Error(result.missing.join(' '));
  return result.documents;
}

/** Draws `doc` with DocumentApp and, unless `withDocs` is false, the Docs advanced service. */
function render(doc: ReportDocument, options = {}, withDocs = true) {
  const app = new FakeDocumentApp();
  const docs = new FakeDocsApi(app);
  const rendered = renderGoogleDoc(doc, 'Tài liệu thử', { documentApp: app.service, docs: withDocs ? docs.service : null }, options);
  return { app, docs, rendered, body: app.documents[0].body, file: app.documents[0] };
}

describe('a Tờ trình drawn into Google Docs', () => {
  const proposal = byKind(dossierOf('TT25'), 'proposal');
  const { app, rendered, body, file } = render(proposal);

  it('creates one document, returns its id and url, and closes it', () => {
    expect(app.count('create')).toBe(1);
    expect(file.name).toBe('Tài liệu thử');
    expect(rendered).toEqual({ id: 'doc-1', url: 'https://docs.google.com/document/d/doc-1/edit', manualSteps: MANUAL_STEPS, sharedWith: [], layoutGaps: [] });
    expect(file.open).toBe(false);
  });

  it("sets an A4 page and the decree's margins, in points", () => {
    expect(body.pageWidth).toBeCloseTo(210 * PT_PER_MM, 1);
    expect(body.pageHeight).toBeCloseTo(297 * PT_PER_MM, 1);
    expect(body.margins.top).toBeCloseTo(56.69, 1);
    expect(body.margins.bottom).toBeCloseTo(56.69, 1);
    expect(body.margins.left).toBeCloseTo(85.04, 1);
    expect(body.margins.right).toBeCloseTo(42.52, 1);
  });

  it('starts with the header block as a borderless table, each line styled', () => {
    // children[0] is the empty paragraph every new Doc starts with, shrunk to 1 pt.
    expect((body.children[0] as FakeParagraph).attributes.FONT_SIZE).toBe(1);
    const header = body.children[1] as FakeTable;
    expect(header).toBeInstanceOf(FakeTable);
    expect(header.borderWidth).toBe(0);
    const [issuing, nation] = header.rows[0].cells;
    // The parent body upright, the commune's committee bold; spaces non-breaking inside each line.
    expect(issuing.children.map((p) => p.text).slice(0, 3)).toEqual(['UBND\u00a0TỈNH\u00a0SÔNG\u00a0LAM', 'ỦY\u00a0BAN\u00a0NHÂN\u00a0DÂN', 'XÃ\u00a0HÒA\u00a0AN']);
    expect(issuing.children[0].attributes).toMatchObject({ BOLD: false });
    expect(issuing.children[1].attributes).toMatchObject({ BOLD: true, FONT_FAMILY: 'Times New Roman', HORIZONTAL_ALIGNMENT: 'CENTER' });
    expect(nation.children.map((p) => p.text).slice(0, 2)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(nation.children[1].attributes).toMatchObject({ BOLD: true, FONT_SIZE: 14 });
    // The rule under the Tiêu ngữ: DocumentApp has no paragraph border, so a run of underscores.
    expect(nation.children[2].text).toMatch(/^_{20,}$/);
    // Centred under the line it underlines, as the body's name and the Tiêu ngữ are.
    expect(nation.children[2].attributes).toMatchObject({ HORIZONTAL_ALIGNMENT: 'CENTER' });
    // The number as typed, no word joiner: the line holds it whole (whole-numbers.ts; review 13e F3).
    expect(header.texts[1]).toEqual(['Số: 15/TTr-UBND', 'Hòa An, ngày\u00a005 tháng\u00a03 năm\u00a02026']);
    expect(header.rows[1].cells[1].children[0].attributes).toMatchObject({ ITALIC: true });
  });

  it('writes the body justified in Times New Roman 13 (the Tờ trình fits one page) with a first-line indent', () => {
    const basis = body.paragraphs.find((p) => p.text.startsWith('Căn cứ Thông tư số\u00a025/2023/TT-BGDĐT'))!;
    expect(basis.attributes).toMatchObject({ FONT_FAMILY: 'Times New Roman', FONT_SIZE: 13, HORIZONTAL_ALIGNMENT: 'JUSTIFY', BOLD: false });
    expect(basis.attributes.INDENT_FIRST_LINE).toBeCloseTo(10 * PT_PER_MM, 2);
    const title = body.paragraphs.find((p) => p.text === 'TỜ TRÌNH')!;
    expect(title.attributes).toMatchObject({ BOLD: true, HORIZONTAL_ALIGNMENT: 'CENTER' });
  });

  it('ends with Nơi nhận and the signature side by side', () => {
    const signature = body.tables[body.tables.length - 1];
    expect(signature.borderWidth).toBe(0);
    const [left, right] = signature.rows[0].cells;
    expect(left.children.map((p) => p.text)).toEqual(['Nơi nhận:', '- Như trên;', '- Hội Khuyến học tỉnh;', '- Đảng ủy xã;', '- Lưu: VT, VHXH.']);
    expect(left.children[0].attributes).toMatchObject({ BOLD: true, ITALIC: true, FONT_SIZE: 12 });
    expect(right.children.map((p) => p.text)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn Bình']);
  });
});

describe('the summary table in Google Docs', () => {
  const summary = byKind(dossierOf('TT25'), 'summary');
  const { app, docs, body, rendered } = render(summary);
  const table = body.tables.find((t) => t.texts[0][0] === 'Mã')!;
  // The renderer binds each label to its number with no-break spaces (typeset), as in the DOCX.
  const criterion1 = 'Tiêu\u00a0chí\u00a01. Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã: đạt Mức\u00a0độ\u00a01';

  it('is appended whole from a 2-D array of strings, on a landscape page', () => {
    expect(body.pageWidth).toBeCloseTo(297 * PT_PER_MM, 1);
    const appended = app.calls.filter((c) => c.method === 'appendTable').map((c) => c.args[0] as string[][]);
    expect(appended.find((cells) => cells[0][0] === 'Mã')).toHaveLength(23);
    expect(table.texts.find((r) => r[0] === '5.1')!.slice(2, 5)).toEqual(['≥\u00a060%', '65,12%', 'Đạt']);
    expect(table.borderWidth).toBeGreaterThan(0);
  });

  it("spans each criterion's label across the whole table (Docs API mergeTableCells), the label alone in the merged cell", () => {
    const groupRows = summary.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r, i) => (r.span ? [i] : [])) : []));
    expect(groupRows).toHaveLength(5);
    expect(table.merges).toEqual(groupRows.map((rowIndex) => ({ rowIndex, columnIndex: 0, rowSpan: 1, columnSpan: 6 })).reverse());
    expect(table.rows[1].cells[0].children.map((p) => p.text)).toEqual([criterion1]);
    expect(table.texts[1]).toEqual([criterion1, '', '', '', '', '']);
  });

  it('repeats its heading row on each page (Docs API pinTableHeaderRows), with one batchUpdate after a documents.get before drawing and one after', () => {
    expect(table.pinnedHeaderRows).toBe(1);
    expect(docs.calls.map((c) => c.method)).toEqual(['get', 'get', 'batchUpdate']);
    expect(rendered.layoutGaps).toEqual([]);
    // The layout tables (header block, signature) are left alone.
    expect(body.tables.filter((t) => t !== table).every((t) => t.merges.length === 0 && t.pinnedHeaderRows === 0)).toBe(true);
  });

  it('without the Docs advanced service: still made, the label in the widest column, and says what is missing', () => {
    const plain = render(summary, {}, false);
    const drawn = plain.body.tables.find((t) => t.texts[0][0] === 'Mã')!;
    expect(drawn.texts[1]).toEqual(['', criterion1, '', '', '', '']);
    expect(drawn.merges).toEqual([]);
    expect(drawn.pinnedHeaderRows).toBe(0);
    expect(plain.rendered.layoutGaps).toEqual([{ cause: 'off', reason: DOCS_API_MISSING, labels: 'widest', pins: true, keeps: true }]);
    expect(plain.file.open).toBe(false);
  });

  it('when the Docs API fails: still made, nothing half-applied, and says why', () => {
    const app = new FakeDocumentApp();
    const docs = new FakeDocsApi(app);
    docs.failWith('Quota exceeded for quota metric');
    const failed = renderGoogleDoc(summary, 'Tài liệu thử', { documentApp: app.service, docs: docs.service });
    expect(failed.url).toBe('https://docs.google.com/document/d/doc-1/edit');
    expect(failed.layoutGaps).toEqual([
      { cause: 'error', reason: 'Google Docs API báo lỗi: API call to docs.documents.get failed with error: Quota exceeded for quota metric', labels: 'widest', pins: true, keeps: true },
    ]);
    expect(app.documents[0].body.tables.every((t) => t.merges.length === 0 && t.pinnedHeaderRows === 0)).toBe(true);
    // Asked before drawing, so a group label is not left in the narrow STT column for a merge that cannot come.
    const drawn = app.documents[0].body.tables.find((t) => t.texts[0][0] === 'Mã')!;
    expect(drawn.texts[1]).toEqual(['', criterion1, '', '', '', '']);
  });

  it('when the Docs API is switched off in the Cloud project: still made, and the gap says so (the checklist then says how to turn it on)', () => {
    const app = new FakeDocumentApp();
    const docs = new FakeDocsApi(app);
    docs.failWith('Google Docs API has not been used in project 1234 before or it is disabled.');
    const failed = renderGoogleDoc(summary, 'Tài liệu thử', { documentApp: app.service, docs: docs.service });
    expect(failed.layoutGaps).toEqual([
      {
        cause: 'off',
        reason: 'Google Docs API báo lỗi: API call to docs.documents.get failed with error: Google Docs API has not been used in project 1234 before or it is disabled.',
        labels: 'widest',
        pins: true,
        keeps: true,
      },
    ]);
  });

  it('is styled per table, per column and per bold row, never per cell', () => {
    expect(table.rows[0].cells.every((c) => c.children[0].attributes.BOLD === true)).toBe(true);
    expect(table.texts.filter((_, i) => table.rows[i].cells[1].children[0].attributes.BOLD === true).map((r) => (r[1] || r[0]).slice(0, 10))).toEqual([
      'Tiêu\u00a0chí, ',
      'Tiêu\u00a0chí\u00a01',
      'Tiêu\u00a0chí\u00a02',
      'Tiêu\u00a0chí\u00a03',
      'Tiêu\u00a0chí\u00a04',
      'Tiêu\u00a0chí\u00a05',
      'Tổng số ch',
    ]);
    expect(table.rows[3].cells[1].children[0].attributes).toMatchObject({ FONT_FAMILY: 'Times New Roman', FONT_SIZE: 12 });
    const landscapeWidth = (297 - 30 - 15) * PT_PER_MM;
    expect([...table.columnWidths.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(landscapeWidth, 0);
    const cells = table.rows.length * table.rows[0].cells.length;
    const tableCalls = app.calls.filter((c) => ['Table', 'TableRow', 'TableCell'].includes(c.target) || c.method === 'appendTable');
    expect(tableCalls.length).toBeLessThan(cells / 2);
  });
});

describe('service calls', () => {
  /** A document holding one data table of `rows` plain rows. */
  function tableDocument(rows: number): ReportDocument {
    const table: TableBlock = {
      kind: 'table',
      widths: [0.2, 0.8],
      borders: true,
      cellStyle: CELL,
      rows: [{ cells: [{ text: 'Mã' }, { text: 'Nội dung' }], header: true }, ...Array.from({ length: rows }, (_, i) => ({ cells: [{ text: `TC${i}` }, { text: `Dòng ${i}` }] }))],
    };
    return { kind: 'summary', title: 'Thử', page: pageSetup(), blocks: [table] };
  }

  it('do not grow with the rows of a table', () => {
    expect(render(tableDocument(5)).app.count()).toBe(render(tableDocument(500)).app.count());
  });

  it('stay proportional to the blocks for the whole sample TT25 dossier', () => {
    const app = new FakeDocumentApp();
    const docs = new FakeDocsApi(app);
    const documents = dossierOf('TT25');
    const info = sample('TT25').info;
    for (const doc of documents) renderGoogleDoc(doc, documentFileName(doc, info), { documentApp: app.service, docs: docs.service });
    expect(app.count('create')).toBe(5);
    // At most one batchUpdate a document, only for those with data tables, after one documents.get;
    // one more get before drawing a document with group rows (the Bản tổng hợp and the Danh mục).
    expect(docs.count('batchUpdate')).toBeLessThanOrEqual(5);
    const grouped = documents.filter((d) => d.blocks.some((b) => b.kind === 'table' && b.rows.some((r) => r.span))).length;
    expect(grouped).toBeGreaterThan(0);
    expect(docs.count('get')).toBe(docs.count('batchUpdate') + grouped);
    expect(app.documents.map((d) => d.name)[0]).toBe('Tờ trình đề nghị đánh giá, công nhận Cộng đồng học tập cấp xã - Xã Hòa An - 2025');
    // Each paragraph costs an append and one styling call; runs, tables and cells styled one by
    // one add the rest. Measured: 1.004 calls for 5 documents (the report now describes each
    // indicator); the bound leaves room for wording.
    const lines = app.documents.flatMap((d) => [...d.body.paragraphs, ...d.body.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => c.children)))]);
    expect(app.count()).toBeLessThan(3 * lines.length);
    expect(app.count()).toBeLessThan(1100);
  });
});

describe('placeholders and charts in Google Docs', () => {
  const report = byKind(dossierOf('TT25'), 'selfReport');

  it('highlight a placeholder over its whole text', () => {
    const incomplete = buildDossier(withNarrative(sample('TT25'), { highlights: '' }), TODAY);
    if (!incomplete.ok) throw new Error(incomplete.missing.join(' '));
    const { body } = render(byKind(incomplete.documents, 'selfReport'));
    const placeholder = body.paragraphs.find((p) => p.text.includes('Cần bổ sung: Kết quả nổi bật'))!;
    expect(placeholder.ranges).toEqual([{ start: 0, end: placeholder.text.length - 1, attributes: { ITALIC: true, BACKGROUND_COLOR: '#ffff00' } }]);
  });

  it('insert the chart image when one is given, scaled to the text width', () => {
    const { body } = render(report, { chartImages: new Map([['criteria', fakeImage(1200, 600)]]) });
    const holder = body.paragraphs.find((p) => p.images.length > 0)!;
    const textWidth = (210 - 30 - 15) * PT_PER_MM;
    expect(holder.images[0].width).toBe(Math.round(textWidth));
    expect(holder.images[0].height).toBe(Math.round(600 * (textWidth / 1200)));
    expect(holder.attributes.HORIZONTAL_ALIGNMENT).toBe('CENTER');
  });

  it("fall back to the chart's figures as a table without an image", () => {
    const { body } = render(report);
    const figures = body.tables.find((t) => t.texts[0][0] === 'Số chỉ\u00a0tiêu đạt theo từng tiêu\u00a0chí')!;
    expect(figures.texts).toEqual([
      ['Số chỉ\u00a0tiêu đạt theo từng tiêu\u00a0chí', 'Tổng số chỉ\u00a0tiêu', 'Đạt Mức\u00a0độ\u00a01', 'Đạt Mức\u00a0độ\u00a02'],
      ['Tiêu\u00a0chí\u00a01', '3', '3', '3'],
      ['Tiêu\u00a0chí\u00a02', '3', '3', '3'],
      ['Tiêu\u00a0chí\u00a03', '3', '3', '3'],
      ['Tiêu\u00a0chí\u00a04', '4', '4', '3'],
      ['Tiêu\u00a0chí\u00a05', '2', '2', '0'],
    ]);
  });
});

describe('TT44 self-check in Google Docs', () => {
  it('puts the phiếu after a page break', () => {
    const { body } = render(byKind(dossierOf('TT44'), 'selfCheck'));
    const breakAt = body.children.findIndex((c) => c.kind === 'pageBreak');
    expect(breakAt).toBeGreaterThan(0);
    const after = body.children
      .slice(breakAt)
      .filter((c): c is FakeParagraph => c instanceof FakeParagraph)
      .map((p) => p.text);
    expect(after).toContain('PHIẾU TỰ ĐÁNH GIÁ, CHO ĐIỂM');
  });

  // The page break stands in a paragraph of its own, which the renderer counts as drawn and keeps with nothing:
  // kept with the phiếu's title, it would chain the minutes' end to the phiếu across the break, a keep the model
  // never asked for.
  it('keeps the page-break paragraph with nothing, and reports no layout gap', () => {
    const { body, rendered } = render(byKind(dossierOf('TT44'), 'selfCheck'));
    expect(rendered.layoutGaps).toEqual([]);
    const pageBreak = body.children.find((c) => c.kind === 'pageBreak');
    expect(pageBreak).toEqual({ kind: 'pageBreak', paragraphStyle: {} });
  });

  // The renderer must count the break's paragraph as drawn and not kept: left out of what it drew, the break's
  // paragraph is taken for an empty paragraph Docs added, and one after a kept paragraph is kept too (docs-keep.ts),
  // so the page break itself would be kept with the phiếu's title. Here the paragraph before the break is kept.
  it('after a paragraph kept with the next, the page-break paragraph is still kept with nothing', () => {
    const style = { align: 'justify' as const, sizePt: 14 };
    const doc: ReportDocument = {
      kind: 'report',
      title: 'Thử',
      page: pageSetup(),
      blocks: [
        { kind: 'paragraph', runs: [{ text: 'Biên bản kết thúc./.' }], style: { ...style, keepWithNext: true } },
        { kind: 'pageBreak' },
        { kind: 'paragraph', runs: [{ text: 'PHIẾU TỰ ĐÁNH GIÁ, CHO ĐIỂM' }], style },
      ],
    };
    const { body, rendered } = render(doc);
    expect(rendered.layoutGaps).toEqual([]);
    expect(body.children.map((c) => [c instanceof FakeParagraph ? c.text : c.kind, c instanceof FakeTable ? null : c.paragraphStyle])).toEqual([
      ['', {}],
      ['Biên bản kết thúc./.', { keepWithNext: true }],
      ['pageBreak', {}],
      ['PHIẾU TỰ ĐÁNH GIÁ, CHO ĐIỂM', {}],
    ]);
  });
});

describe('a small hand-made document, whole', () => {
  const PT = 72 / 25.4;
  /** The text width of a portrait A4 page with the decree's margins (210 − 30 − 15 mm), in points. */
  const WIDTH = 165 * PT;
  const BODY_TEXT = {
    FONT_FAMILY: 'Times New Roman',
    FONT_SIZE: 14,
    BOLD: false,
    ITALIC: false,
    HORIZONTAL_ALIGNMENT: 'JUSTIFY',
    INDENT_FIRST_LINE: 10 * PT,
    SPACING_BEFORE: 0,
    SPACING_AFTER: 6,
    LINE_SPACING: 1.15,
  };
  const line = (size: number, align: string, more: Record<string, unknown> = {}) => ({
    FONT_FAMILY: 'Times New Roman',
    FONT_SIZE: size,
    BOLD: false,
    ITALIC: false,
    HORIZONTAL_ALIGNMENT: align,
    INDENT_FIRST_LINE: 0,
    SPACING_BEFORE: 0,
    SPACING_AFTER: 0,
    LINE_SPACING: 1,
    ...more,
  });
  const CELL_TEXT = { FONT_FAMILY: 'Times New Roman', FONT_SIZE: 13 };
  const CELL_BOLD = { ...CELL_TEXT, BOLD: true };
  const KEPT = { keepWithNext: true };

  const doc: ReportDocument = {
    kind: 'report',
    title: 'Thử',
    page: pageSetup(),
    blocks: [
      { kind: 'heading', level: 1, text: 'I. KẾT QUẢ' },
      {
        kind: 'paragraph',
        runs: [
          { text: 'Đạt ', bold: false },
          { text: '', bold: true },
          { text: '3/3', bold: true },
          { text: ' chỉ tiêu', italic: true },
          { text: '[Cần bổ sung]', italic: true, mark: 'fill' },
        ],
        style: { align: 'justify', sizePt: 14, firstLineMm: 10, spaceAfterPt: 6, lineSpacing: 1.15 },
      },
      {
        kind: 'table',
        widths: [0.25, 0.75],
        borders: true,
        cellStyle: CELL,
        rows: [{ cells: [{ text: 'Mã' }, { text: 'Nội dung' }], header: true }, { cells: [{ text: 'Tiêu chí 1' }], span: true, bold: true }, { cells: [{ text: '1.1' }, { text: 'Có nghị quyết' }] }],
      },
      { kind: 'chart', id: 'drawn', title: 'Ảnh', categories: ['TC1'], series: [{ name: 'Đạt', values: [3] }] },
      { kind: 'chart', id: 'figures', title: 'Biểu đồ', categories: ['TC1'], series: [{ name: 'Đạt', values: [3] }] },
      { kind: 'pageBreak' },
      { kind: 'paragraph', runs: [{ text: 'Kết luận.' }], style: { align: 'justify', sizePt: 14, firstLineMm: 10, spaceAfterPt: 6, lineSpacing: 1.15 } },
      { kind: 'signature', recipients: ['Như trên'], signers: [{ authority: 'TM. Ủy ban nhân dân', title: 'Chủ tịch', name: 'Nguyễn Văn A' }] },
    ],
  };

  /** Each body element as a reader of the Doc sees it: text, DocumentApp attributes, ranges, images, Docs paragraph style; tables with widths, merges, pins. */
  const paragraphView = (p: FakeParagraph) => ({ text: p.text, attributes: p.attributes, ranges: p.ranges, images: p.images.map((i) => [i.width, i.height]), style: p.paragraphStyle });
  const view = (body: ReturnType<typeof render>['body']) =>
    body.children.map((c) =>
      c instanceof FakeTable
        ? {
            border: c.borderWidth,
            widths: [...c.columnWidths.entries()],
            merges: c.merges,
            pinned: c.pinnedHeaderRows,
            cells: c.rows.map((r) => r.cells.map((cell) => cell.children.map(paragraphView))),
          }
        : c instanceof FakeParagraph
          ? paragraphView(c)
          : c,
    );
  const p = (text: string, attributes: object, style: object = {}, ranges: object[] = [], images: number[][] = []) => ({ text, attributes, ranges, images, style });

  const expectedBody = (labels: 'first' | 'widest', kept: boolean, merged: boolean) => {
    const k = kept ? KEPT : {};
    return [
      p('', line(1, 'LEFT')),
      p('I. KẾT QUẢ', { ...BODY_TEXT, BOLD: true, SPACING_BEFORE: 6 }, k),
      p('Đạt 3/3 chỉ tiêu[Cần bổ sung]', BODY_TEXT, {}, [
        { start: 4, end: 6, attributes: { BOLD: true } },
        { start: 7, end: 15, attributes: { ITALIC: true } },
        { start: 16, end: 28, attributes: { ITALIC: true, BACKGROUND_COLOR: '#ffff00' } },
      ]),
      {
        border: 0.5,
        widths: [
          [0, 0.25 * WIDTH],
          [1, 0.75 * WIDTH],
        ],
        merges: merged ? [{ rowIndex: 1, columnIndex: 0, rowSpan: 1, columnSpan: 2 }] : [],
        pinned: merged ? 1 : 0,
        cells: [
          [[p('Mã', CELL_BOLD, k)], [p('Nội\u00a0dung', CELL_BOLD, k)]],
          labels === 'first' ? [[p('Tiêu\u00a0chí\u00a01', CELL_BOLD, k)], [p('', CELL_BOLD, k)]] : [[p('', CELL_BOLD)], [p('Tiêu\u00a0chí\u00a01', CELL_BOLD)]],
          [[p('1.1', CELL_TEXT)], [p('Có nghị quyết', CELL_TEXT)]],
        ],
      },
      // The chart with an image, scaled to the text width: 1000 × 400 px → 468 × 187.
      p('', line(12, 'CENTER', { SPACING_BEFORE: 6, SPACING_AFTER: 6 }), {}, [], [[468, 187]]),
      {
        border: 0.5,
        widths: [
          [0, 0.4 * WIDTH],
          [1, 0.6 * WIDTH],
        ],
        merges: [],
        pinned: merged ? 1 : 0,
        cells: [
          [[p('Biểu đồ', CELL_BOLD, k)], [p('Đạt', CELL_BOLD, k)]],
          [[p('TC1', CELL_TEXT)], [p('3', CELL_TEXT)]],
        ],
      },
      { kind: 'pageBreak', paragraphStyle: {} },
      p('Kết luận.', BODY_TEXT, k),
      p('', line(6, 'CENTER', { SPACING_AFTER: 6 }), k),
      {
        border: 0,
        widths: [
          [0, 0.45 * WIDTH],
          [1, 0.55 * WIDTH],
        ],
        merges: [],
        pinned: 0,
        cells: [
          [
            [p('Nơi nhận:', line(12, 'LEFT', { BOLD: true, ITALIC: true })), p('- Như trên.', line(11, 'LEFT'))],
            [
              p('TM. ỦY BAN NHÂN DÂN', line(14, 'CENTER', { BOLD: true })),
              p('CHỦ TỊCH', line(14, 'CENTER', { BOLD: true })),
              p('Nguyễn Văn A', line(14, 'CENTER', { BOLD: true, SPACING_BEFORE: 62 })),
            ],
          ],
        ],
      },
    ];
  };

  const images = { chartImages: new Map([['drawn', fakeImage(1000, 400)]]) };
  const keep = (startIndex: number, endIndex: number) => ({ updateParagraphStyle: { range: { startIndex, endIndex }, paragraphStyle: { keepWithNext: true }, fields: 'keepWithNext' } });
  const location = (index: number) => ({ index });

  it('draws every paragraph, run, table and cell, merges the group row, pins the heading rows and keeps headings, heading rows and closing lines with what follows', () => {
    const { body, docs, rendered } = render(doc, images);
    expect(view(body)).toEqual(expectedBody('first', true, true));
    expect(rendered.layoutGaps).toEqual([]);
    expect(rendered.manualSteps).toEqual(['Đánh số trang: trong Google Tài liệu chọn Chèn → Số trang, đặt số ở giữa phía trên và bỏ số ở trang đầu (Nghị định 30/2020/NĐ-CP: đánh số từ trang 2).']);
    // Indexes typed by hand: "" [1,2), heading [2,13), runs [13,43), table 43–96 (cells "Mã" [46,49),
    // "Nội dung" [50,59), "Tiêu chí 1" [61,72), "" [73,74)), image [96,98), figures 98–124 ("Biểu đồ"
    // [101,109), "Đạt" [110,114)), page break [124,126), "Kết luận." [126,136), spacer [136,137), signature from 137.
    expect(docs.calls.map((c) => [c.method, c.requests])).toEqual([
      ['get', undefined],
      ['get', undefined],
      [
        'batchUpdate',
        [
          keep(136, 137),
          keep(126, 136),
          keep(110, 114),
          keep(101, 109),
          keep(73, 74),
          keep(61, 72),
          keep(50, 59),
          keep(46, 49),
          keep(2, 13),
          { pinTableHeaderRows: { tableStartLocation: location(98), pinnedHeaderRowsCount: 1 } },
          { mergeTableCells: { tableRange: { tableCellLocation: { tableStartLocation: location(43), rowIndex: 1, columnIndex: 0 }, rowSpan: 1, columnSpan: 2 } } },
          { pinTableHeaderRows: { tableStartLocation: location(43), pinnedHeaderRowsCount: 1 } },
        ],
      ],
    ]);
  });

  it('when the batchUpdate fails after a good documents.get: the label stays in the first column, nothing merged, pinned or kept, and all three are listed', () => {
    const app = new FakeDocumentApp();
    const docs = new FakeDocsApi(app);
    docs.failWith('Internal error encountered.', 'batchUpdate');
    const rendered = renderGoogleDoc(doc, 'Thử', { documentApp: app.service, docs: docs.service }, images);
    expect(view(app.documents[0].body)).toEqual(expectedBody('first', false, false));
    expect(rendered.layoutGaps).toEqual([
      { cause: 'error', reason: 'Google Docs API báo lỗi: API call to docs.documents.batchUpdate failed with error: Internal error encountered.', labels: 'first', pins: true, keeps: true },
    ]);
  });

  it('without the Docs service: the label in the widest column, and all three listed', () => {
    const { body, rendered } = render(doc, images, false);
    expect(view(body)).toEqual(expectedBody('widest', false, false));
    expect(rendered.layoutGaps).toEqual([{ cause: 'off', reason: DOCS_API_MISSING, labels: 'widest', pins: true, keeps: true }]);
  });

  it('without the Docs service, a group label written as paragraphs goes in the widest column and leaves the narrow first column empty', () => {
    // A spanned row whose one cell holds its own paragraphs (a bold code, then the name; a second line).
    const label: TableBlock = {
      kind: 'table',
      widths: [0.25, 0.75],
      borders: true,
      cellStyle: CELL,
      rows: [
        { cells: [{ text: 'Mã' }, { text: 'Nội dung' }], header: true },
        {
          cells: [
            {
              blocks: [
                { kind: 'paragraph', runs: [{ text: 'Tiêu chí 1. ', bold: true }, { text: 'Lãnh đạo' }], style: { align: 'left', sizePt: 13 } },
                { kind: 'paragraph', runs: [{ text: 'Ghi chú' }], style: { align: 'left', sizePt: 13 } },
              ],
            },
          ],
          span: true,
        },
        { cells: [{ text: '1.1' }, { text: 'Có nghị quyết' }] },
      ],
    };
    const { body } = render({ ...doc, blocks: [label] }, images, false);
    const [, spanned] = body.tables[0].rows;
    expect(spanned.cells[0].children.map((p) => p.text)).toEqual(['']);
    // The typeset text: "Tiêu chí 1" held on one line by non-breaking spaces.
    expect(spanned.cells[1].children[0].text).toBe('Tiêu\u00a0chí\u00a01. Lãnh đạo');
  });

  it('lists only what a document lacks: a document with no table, no heading and no signature needs no Docs API call', () => {
    const plain: ReportDocument = { ...doc, blocks: [doc.blocks[1]] };
    const { docs, rendered } = render(plain, {}, false);
    expect(rendered.layoutGaps).toEqual([]);
    const withDocs = render(plain);
    expect(withDocs.docs.calls).toEqual([]);
    expect(docs.calls).toEqual([]);
  });

  it('pins no table made only of heading rows, so the batch with the other tables is not refused', () => {
    const headings: TableBlock = { kind: 'table', widths: [0.5, 0.5], borders: true, cellStyle: CELL, rows: [{ cells: [{ text: 'A' }, { text: 'B' }], header: true }] };
    const { body, rendered } = render({ ...doc, blocks: [headings, doc.blocks[2]] });
    expect(rendered.layoutGaps).toEqual([]);
    expect(body.tables.map((t) => [t.pinnedHeaderRows, t.merges.length])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    // A heading row or group label that ends its table has no row to keep with; the others keep.
    const kept = (t: FakeTable) => t.rows.map((r) => r.cells.map((c) => c.children[0].paragraphStyle.keepWithNext ?? false));
    expect(body.tables.map(kept)).toEqual([
      [[false, false]],
      [
        [true, true],
        [true, true],
        [false, false],
      ],
    ]);
    const lastGroup: TableBlock = {
      ...headings,
      rows: [
        { cells: [{ text: 'Mã' }, { text: 'Tên' }], header: true },
        { cells: [{ text: 'Tiêu chí 9' }], span: true },
      ],
    };
    expect(kept(render({ ...doc, blocks: [lastGroup] }).body.tables[0])).toEqual([
      [true, true],
      [false, false],
    ]);
  });

  it('keeps the heading with its text across empty paragraphs added after it (someone pressed Enter while it was drawn), and reports no gap', () => {
    const app = new FakeDocumentApp();
    const docs = new FakeDocsApi(app);
    const create = app.create.bind(app);
    app.create = (name: string) => {
      const file = create(name);
      const save = file.saveAndClose.bind(file);
      file.saveAndClose = () => {
        // Two empty paragraphs between "I. KẾT QUẢ" (child 1) and its text.
        file.body.insertParagraph(2, '');
        file.body.insertParagraph(2, '');
        save();
      };
      return file;
    };
    const rendered = renderGoogleDoc(doc, 'Thử', { documentApp: app.service, docs: docs.service }, images);
    expect(rendered.layoutGaps).toEqual([]);
    const [first, heading, ...rest] = expectedBody('first', true, true);
    expect(view(app.documents[0].body)).toEqual([first, heading, p('', {}, KEPT), p('', {}, KEPT), ...rest]);
  });

  it('when the body reported differs from what was drawn, merges and pins still land and the paragraphs not kept are listed', () => {
    const app = new FakeDocumentApp();
    const docs = new FakeDocsApi(app);
    // Someone (or Docs) changed a paragraph's text between saving and documents.get.
    const get = docs.Documents.get;
    docs.Documents.get = (id: string) => {
      const answer = get(id) as { body: { content: Array<{ paragraph?: { elements: Array<{ textRun?: { content: string } }> } }> } };
      const heading = answer.body.content.find((e) => e.paragraph?.elements[0]?.textRun?.content === 'I. KẾT QUẢ');
      if (heading) heading.paragraph!.elements[0].textRun!.content = 'I. KẾT QUẢ ĐÃ SỬA';
      return answer;
    };
    const rendered = renderGoogleDoc(doc, 'Thử', { documentApp: app.service, docs: docs.service }, images);
    expect(rendered.layoutGaps).toEqual([{ cause: 'mismatch', reason: KEEP_MISMATCH, labels: null, pins: false, keeps: true }]);
    expect(view(app.documents[0].body)).toEqual(expectedBody('first', false, true));
  });
});

describe('the sample dossiers in Google Docs', () => {
  it('keep their headings and closing lines with what follows in every document (the bodies match what was drawn)', () => {
    for (const rulesetId of ['TT25', 'TT44'] as const) {
      for (const doc of dossierOf(rulesetId)) {
        const { body, rendered } = render(doc);
        expect(rendered.layoutGaps, doc.title).toEqual([]);
        const kept = body.paragraphs.filter((p) => p.paragraphStyle.keepWithNext).map((p) => p.text);
        // The spacer before the signature is always kept; documents with headings keep them too.
        expect(kept, doc.title).toContain('');
        const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
        for (const heading of headings) expect(kept, doc.title).toContain(typeset(heading));
      }
    }
  });
});

describe('text in Google Docs is typeset as in the DOCX', () => {
  const NBSP = '\u00a0';
  const doc: ReportDocument = {
    kind: 'report',
    title: 'Thử',
    page: pageSetup(),
    blocks: [
      {
        kind: 'paragraph',
        runs: [{ text: 'Danh hiệu "Công dân học tập" đạt ' }, { text: 'Mức độ 1', bold: true }, { text: ' năm 2025.' }],
        style: { align: 'justify', sizePt: 14 },
      },
      {
        kind: 'table',
        widths: [20, 80],
        borders: true,
        cellStyle: CELL,
        rows: [
          { cells: [{ text: 'chỉ tiêu 2.2' }, { text: 'không đạt Mức độ 1' }] },
          {
            cells: [
              { text: '1' },
              {
                blocks: [
                  { kind: 'paragraph', runs: [{ text: 'Điều 6' }], style: { align: 'left', sizePt: 13 } },
                  { kind: 'paragraph', runs: [{ text: '"Xã" ≥ 80%' }], style: { align: 'left', sizePt: 13 } },
                ],
              },
            ],
          },
        ],
      },
    ],
  };

  it('curls paired quotes and binds a label to its number in paragraphs and table cells (the run styles keep their places)', () => {
    const { body } = render(doc);
    const paragraph = body.paragraphs.find((p) => p.text.startsWith('Danh hiệu'));
    expect(paragraph?.text).toBe(`Danh hiệu “Công dân học tập” đạt Mức${NBSP}độ${NBSP}1 năm${NBSP}2025.`);
    // The bold run "Mức độ 1" still covers characters 33–40 of the typeset text (10 + 18 + 5 before it).
    expect(paragraph?.ranges).toEqual([{ start: 33, end: 40, attributes: { BOLD: true } }]);
    const [table] = body.tables;
    expect(table.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      [`chỉ${NBSP}tiêu${NBSP}2.2`, `không đạt Mức${NBSP}độ${NBSP}1`],
      ['1', `Điều${NBSP}6\n“Xã” ≥${NBSP}80%`],
    ]);
  });
});

describe("a run's bold and italic against its paragraph's style", () => {
  it('sets only what differs from the paragraph: a plain run in a bold, italic paragraph is made plain, a bold run in it is left as it is', () => {
    // "Kính gửi: " bold and italic as its paragraph; "Sở A" neither (10 characters before it: offsets 10 to 13).
    const doc: ReportDocument = {
      kind: 'proposal',
      title: 'Thử',
      page: pageSetup(),
      blocks: [
        {
          kind: 'paragraph',
          runs: [
            { text: 'Kính gửi: ', bold: true, italic: true },
            { text: 'Sở A', bold: false, italic: false },
          ],
          style: { align: 'left', sizePt: 14, bold: true, italic: true },
        },
      ],
    };
    const { body } = render(doc, {}, false);
    const drawn = body.paragraphs.find((p) => p.text === 'Kính gửi: Sở A')!;
    expect(drawn.attributes).toMatchObject({ BOLD: true, ITALIC: true });
    expect(drawn.ranges).toEqual([{ start: 10, end: 13, attributes: { BOLD: false, ITALIC: false } }]);
  });
});

describe('the page and the sharing of a Google Doc', () => {
  const one: ReportDocument = { kind: 'proposal', title: 'Thử', page: pageSetup(), blocks: [{ kind: 'paragraph', runs: [{ text: 'Một dòng.' }], style: { align: 'left', sizePt: 14 } }] };

  it('sets each margin from its own side: 25 mm top, 20 mm bottom', () => {
    const { body } = render({ ...one, page: { ...one.page, marginsMm: { top: 25, bottom: 20, left: 30, right: 15 } } }, {}, false);
    expect([body.margins.top, body.margins.bottom, body.margins.left, body.margins.right].map((pt) => Math.round(pt * 100) / 100)).toEqual([70.87, 56.69, 85.04, 42.52]);
  });

  it('shares with each address typed once, blanks left out, and calls addEditors only when there is someone to add', () => {
    const shared = render(one, { editors: ['bch@hoaan.vn', '', 'bch@hoaan.vn', 'vp@hoaan.vn'] }, false);
    expect(shared.rendered.sharedWith).toEqual(['bch@hoaan.vn', 'vp@hoaan.vn']);
    expect(shared.app.calls.filter((c) => c.method === 'addEditors').map((c) => c.args)).toEqual([[['bch@hoaan.vn', 'vp@hoaan.vn']]]);
    const alone = render(one, { editors: [''] }, false);
    expect([alone.rendered.sharedWith, alone.app.count('addEditors')]).toEqual([[], 0]);
  });
});

describe('a Docs batch with nothing left to send', () => {
  it('is not sent: a heading whose text was changed before documents.get is listed as not kept, and no batchUpdate is made', () => {
    const doc: ReportDocument = {
      kind: 'selfReport',
      title: 'Thử',
      page: pageSetup(),
      blocks: [heading(1, 'I. KẾT QUẢ'), { kind: 'paragraph', runs: [{ text: 'Nội dung.' }], style: { align: 'left', sizePt: 14 } }],
    };
    const app = new FakeDocumentApp();
    const docs = new FakeDocsApi(app);
    const get = docs.Documents.get;
    docs.Documents.get = (id: string) => {
      const answer = get(id) as { body: { content: Array<{ paragraph?: { elements: Array<{ textRun?: { content: string } }> } }> } };
      const drawn = answer.body.content.find((e) => e.paragraph?.elements[0]?.textRun?.content.startsWith('I. KẾT QUẢ'));
      drawn!.paragraph!.elements[0].textRun!.content = 'I. ĐÃ SỬA\n';
      return answer;
    };
    const rendered = renderGoogleDoc(doc, 'Thử', { documentApp: app.service, docs: docs.service });
    expect(rendered.layoutGaps).toEqual([{ cause: 'mismatch', reason: KEEP_MISMATCH, labels: null, pins: false, keeps: true }]);
    expect(docs.calls.map((c) => c.method)).toEqual(['get']);
  });
});

describe('a table reported differently when none of its rows is merged or pinned', () => {
  it('lists no gap for the tables (nothing of theirs was left undone), only the heading not kept', () => {
    // A borderless one-cell table (no heading row, no group row) after a kept heading; documents.get reports no table.
    const table: TableBlock = { kind: 'table', widths: [1], borders: false, cellStyle: CELL, aligns: ['left'], rows: [{ cells: [{ text: 'Ô' }] }] };
    const doc: ReportDocument = { kind: 'selfReport', title: 'Thử', page: pageSetup(), blocks: [heading(1, 'I. KẾT QUẢ'), table] };
    const app = new FakeDocumentApp();
    const docs = new FakeDocsApi(app);
    const get = docs.Documents.get;
    docs.Documents.get = (id: string) => {
      const answer = get(id) as { body: { content: Array<{ table?: unknown }> } };
      answer.body.content = answer.body.content.filter((e) => !e.table);
      return answer;
    };
    const rendered = renderGoogleDoc(doc, 'Thử', { documentApp: app.service, docs: docs.service });
    expect(rendered.layoutGaps).toEqual([{ cause: 'mismatch', reason: KEEP_MISMATCH, labels: null, pins: false, keeps: true }]);
  });
});
