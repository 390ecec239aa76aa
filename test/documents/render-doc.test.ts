/**
 * The Google Docs renderer against the recording fake of DocumentApp: the document it builds
 * (page, header block, styles, tables, placeholders, chart) and how many service calls it makes.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier, documentFileName } from '../../src/core/documents/dossier/dossier';
import type { ReportDocument, TableBlock } from '../../src/core/documents/model';
import { CELL, pageSetup } from '../../src/core/documents/styles';
import { MANUAL_STEPS, renderGoogleDoc } from '../../src/gas/render-doc';
import { DOCS_API_MISSING } from '../../src/core/documents/docs-tables';
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
    expect(rendered).toEqual({ id: 'doc-1', url: 'https://docs.google.com/document/d/doc-1/edit', manualSteps: MANUAL_STEPS, sharedWith: [], tablesUnfinished: null });
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
    expect(header.texts[1]).toEqual(['Số: 15/TTr-UBND', 'Hòa An, ngày 05 tháng 3 năm 2026']);
    expect(header.rows[1].cells[1].children[0].attributes).toMatchObject({ ITALIC: true });
  });

  it('writes the body justified in Times New Roman 13 (the Tờ trình fits one page) with a first-line indent', () => {
    const basis = body.paragraphs.find((p) => p.text.startsWith('Căn cứ Thông tư số 25/2023/TT-BGDĐT'))!;
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
  const criterion1 = 'Tiêu chí 1. Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã: đạt Mức độ 1';

  it('is appended whole from a 2-D array of strings, on a landscape page', () => {
    expect(body.pageWidth).toBeCloseTo(297 * PT_PER_MM, 1);
    const appended = app.calls.filter((c) => c.method === 'appendTable').map((c) => c.args[0] as string[][]);
    expect(appended.find((cells) => cells[0][0] === 'Mã')).toHaveLength(23);
    expect(table.texts.find((r) => r[0] === '5.1')!.slice(2, 5)).toEqual(['≥ 60%', '65,12%', 'Đạt']);
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
    expect(rendered.tablesUnfinished).toBeNull();
    // The layout tables (header block, signature) are left alone.
    expect(body.tables.filter((t) => t !== table).every((t) => t.merges.length === 0 && t.pinnedHeaderRows === 0)).toBe(true);
  });

  it('without the Docs advanced service: still made, the label in the widest column, and says what is missing', () => {
    const plain = render(summary, {}, false);
    const drawn = plain.body.tables.find((t) => t.texts[0][0] === 'Mã')!;
    expect(drawn.texts[1]).toEqual(['', criterion1, '', '', '', '']);
    expect(drawn.merges).toEqual([]);
    expect(drawn.pinnedHeaderRows).toBe(0);
    expect(plain.rendered.tablesUnfinished).toBe(DOCS_API_MISSING);
    expect(plain.file.open).toBe(false);
  });

  it('when the Docs API fails: still made, nothing half-applied, and says why', () => {
    const app = new FakeDocumentApp();
    const docs = new FakeDocsApi(app);
    docs.failWith('Quota exceeded for quota metric');
    const failed = renderGoogleDoc(summary, 'Tài liệu thử', { documentApp: app.service, docs: docs.service });
    expect(failed.url).toBe('https://docs.google.com/document/d/doc-1/edit');
    expect(failed.tablesUnfinished).toBe('Google Docs API báo lỗi: API call to docs.documents.get failed with error: Quota exceeded for quota metric');
    expect(app.documents[0].body.tables.every((t) => t.merges.length === 0 && t.pinnedHeaderRows === 0)).toBe(true);
    // Asked before drawing, so a group label is not left in the narrow STT column for a merge that cannot come.
    const drawn = app.documents[0].body.tables.find((t) => t.texts[0][0] === 'Mã')!;
    expect(drawn.texts[1]).toEqual(['', criterion1, '', '', '', '']);
  });

  it('is styled per table, per column and per bold row, never per cell', () => {
    expect(table.rows[0].cells.every((c) => c.children[0].attributes.BOLD === true)).toBe(true);
    expect(table.texts.filter((_, i) => table.rows[i].cells[1].children[0].attributes.BOLD === true).map((r) => (r[1] || r[0]).slice(0, 10))).toEqual([
      'Tiêu chí, ',
      'Tiêu chí 1',
      'Tiêu chí 2',
      'Tiêu chí 3',
      'Tiêu chí 4',
      'Tiêu chí 5',
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
    const figures = body.tables.find((t) => t.texts[0][0] === 'Số chỉ tiêu đạt theo từng tiêu chí')!;
    expect(figures.texts).toEqual([
      ['Số chỉ tiêu đạt theo từng tiêu chí', 'Tổng số chỉ tiêu', 'Đạt Mức độ 1', 'Đạt Mức độ 2'],
      ['Tiêu chí 1', '3', '3', '3'],
      ['Tiêu chí 2', '3', '3', '3'],
      ['Tiêu chí 3', '3', '3', '3'],
      ['Tiêu chí 4', '4', '4', '3'],
      ['Tiêu chí 5', '2', '2', '0'],
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
});
