/**
 * The rows of one indicator stay on one page (issue 13's layout review: TT25 indicator 5.2's parts,
 * 5.2a and 5.2b, printed on two pages): the model keeps each row but the last of an entry with the
 * row after it (keptTogether), and both renderers draw that: DOCX as keep-with-next on every
 * paragraph of the row (w:keepNext, as Word keeps table rows together), the Google Doc as
 * ParagraphStyle.keepWithNext on each cell's paragraph (Docs API UpdateParagraphStyleRequest; Docs
 * has no table-row property that keeps a row with the next: TableRowStyle holds only
 * minRowHeight, preventOverflow and tableHeader).
 */
import { describe, expect, it } from 'vitest';
import { keptTogether } from '../../src/core/documents/blocks';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import type { ReportDocument, TableBlock, TableRow } from '../../src/core/documents/model';
import { CELL, pageSetup } from '../../src/core/documents/styles';
import { renderDocx } from '../../src/docx/render-docx';
import { renderGoogleDoc } from '../../src/gas/render-doc';
import { FakeDocsApi } from '../fakes/docs-api';
import { FakeDocumentApp } from '../fakes/document-app';
import { TODAY, byKind, sample } from '../fixtures/dossiers';
import { all, tables, unzipDocx } from './docx-xml';

const plain = (...texts: string[]): TableRow => ({ cells: texts.map((text) => ({ text })) });

describe('keptTogether', () => {
  it('keeps each row but the last with the next, and leaves the rows as they were otherwise', () => {
    expect(keptTogether([])).toEqual([]);
    expect(keptTogether([plain('1.1')])).toEqual([plain('1.1')]);
    expect(keptTogether([{ ...plain('5.2a'), bold: true }, plain(''), plain('', 'b')])).toEqual([
      { cells: [{ text: '5.2a' }], bold: true, keepWithNext: true },
      { cells: [{ text: '' }], keepWithNext: true },
      { cells: [{ text: '' }, { text: 'b' }] },
    ]);
  });
});

/** Heading, criterion, an indicator of two parts in the middle of the table, two indicators of one row. */
const table: TableBlock = {
  kind: 'table',
  widths: [0.2, 0.8],
  borders: true,
  cellStyle: CELL,
  rows: [
    { ...plain('Mã', 'Chỉ tiêu'), header: true },
    { cells: [{ text: 'Tiêu chí 5' }], span: true, bold: true },
    ...keptTogether([plain('5.2', 'Phần a'), plain('', 'Phần b')]),
    plain('5.3', 'Một dòng'),
    plain('5.4', 'Dòng cuối'),
  ],
};
const doc: ReportDocument = { kind: 'summary', title: 'Thử', page: pageSetup(), blocks: [table] };
/** Per row, whether it keeps with the next: heading, criterion, part a; not part b nor the others. */
const KEPT = [true, true, true, false, false, false];

describe('an indicator of two parts, drawn', () => {
  it('in DOCX: every paragraph of a kept row is keep-with-next, no paragraph of another row is', async () => {
    const xml = unzipDocx(await renderDocx([doc])).get('word/document.xml') as string;
    const rows = all(tables(xml)[0], /<w:tr>[\s\S]*?<\/w:tr>/g);
    const keeps = rows.map((row) => all(row, /<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g).map((p) => p.includes('<w:keepNext/>')));
    expect(keeps).toEqual([[true, true], [true], [true, true], [false, false], [false, false], [false, false]]);
  });

  it('in the Google Doc: each cell paragraph of a kept row gets keepWithNext, the others none', () => {
    const app = new FakeDocumentApp();
    renderGoogleDoc(doc, 'Thử', { documentApp: app.service, docs: new FakeDocsApi(app).service });
    const [drawn] = app.documents[0].body.tables;
    expect(drawn.rows.map((r) => r.cells.every((c) => c.children[0].paragraphStyle.keepWithNext === true))).toEqual(KEPT);
    expect(drawn.rows.map((r) => r.cells.some((c) => c.children[0].paragraphStyle.keepWithNext === true))).toEqual(KEPT);
  });
});

describe('the TT25 sample Bản tổng hợp', () => {
  it("keeps indicator 5.2's first part with its second, and no other indicator row (the closing's rows aside, kept by the layout)", () => {
    const result = buildDossier(sample('TT25'), TODAY);
    if (!result.ok) throw new Error(result.missing.join(' '));
    const summary = byKind(result.documents, 'summary').blocks.find((b): b is TableBlock => b.kind === 'table') as TableBlock;
    const kept = summary.rows.filter((r) => r.keepWithNext).map((r) => ('text' in r.cells[0] ? r.cells[0].text : ''));
    expect(kept).toEqual(['5.2']);
  });
});
