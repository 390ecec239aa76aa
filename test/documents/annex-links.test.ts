/**
 * The "Danh mục minh chứng" prints each evidence link as a link (newcomer review of issue 13): in
 * the model a run that carries its address (Run.link), which the DOCX and Google Docs renderers
 * draw as a hyperlink, so the PDF made from either is clickable. Only addresses are links: a gap,
 * a paper copy or a note stays text, and no other document of the dossier holds a link.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier, type DossierResult } from '../../src/core/documents/dossier/dossier';
import type { Block, CellBlock, ReportDocument, Run, TableBlock } from '../../src/core/documents/model';
import type { EvidenceItem } from '../../src/core/workbook/evidence';
import type { CommuneAssessment } from '../../src/core/workbook/snapshot';
import { pageSetup } from '../../src/core/documents/styles';
import { renderDocx } from '../../src/docx/render-docx';
import { renderGoogleDoc } from '../../src/gas/render-doc';
import { FakeDocsApi } from '../fakes/docs-api';
import { FakeDocumentApp } from '../fakes/document-app';
import { TODAY, sample } from '../fixtures/dossiers';
import { tinyLevels } from '../fixtures/tiny-levels';
import { tableLines } from './block-lines';
import { all, attr, rawTextOf, textOf, unzipDocx } from './docx-xml';

function documents(assessment: CommuneAssessment): ReportDocument[] {
  const result = buildDossier(assessment, TODAY) as DossierResult;
  if (!result.ok) throw new Error(result.missing.join(' | '));
  return result.documents;
}

const annexTable = (docs: ReportDocument[]): TableBlock => {
  const annex = docs.find((d) => d.kind === 'evidence');
  const table = annex?.blocks.find((b): b is TableBlock => b.kind === 'table');
  if (!table) throw new Error('no Danh mục table');
  return table;
};

/** Code and "Liên kết" cell of each row of the annex, as block-lines prints them ([text](address) for a link run). */
const linkColumn = (table: TableBlock) =>
  tableLines(table)
    .slice(2)
    .map((line) => {
      const cells = line.split(' | ');
      return `${cells[1]} → ${cells.slice(6).join(' | ')}`;
    });

const item = (code: string, link: string, row: number): EvidenceItem => ({ code, name: `Văn bản ${code}`, reference: '', issuer: '', link, indicators: ['TC1.1'], row });

/** The runs of a block, a table's cells included. */
function runsOf(block: Block | CellBlock): Run[] {
  if (block.kind === 'paragraph') return block.runs;
  if (block.kind !== 'table') return [];
  return block.rows.flatMap((row) => row.cells.flatMap((cell) => ('text' in cell ? [] : cell.blocks.flatMap(runsOf))));
}

describe('the links of the Danh mục minh chứng', () => {
  it('are link runs carrying the exact address they print, in the 12 pt left-aligned cell style', () => {
    expect(linkColumn(annexTable(documents(tinyLevels())))).toEqual([
      'H1.01 → {L12 sb2 sa2 ls1: [https://drive.google.com/h101](https://drive.google.com/h101)}',
      'H5.01 → {L12 sb2 sa2 ls1: [https://drive.google.com/h501](https://drive.google.com/h501)}',
      'H5.02 → Bản giấy lưu tại xã',
      // The link a description of 5.1 holds, listed under the code the annex gives it.
      'H5.03 → {L12 sb2 sa2 ls1: [https://drive.google.com/file/d/x](https://drive.google.com/file/d/x)}',
    ]);
  });

  it('link each address of a cell on its own line, a bare www address to its https form; a fault, a paper copy or a note stay text', () => {
    const list = [
      item('H1.01', 'https://a.vn/x https://b.vn/y', 2),
      item('H1.02', 'www.a.vn/tai-lieu', 3),
      item('H1.03', 'http//a.vn/z', 4),
      item('H1.04', '', 5),
      item('H1.05', 'Lưu tại tủ hồ sơ xã', 6),
    ];
    const lines = linkColumn(annexTable(documents({ ...tinyLevels(), evidenceList: list })));
    expect(lines.slice(0, 5)).toEqual([
      'H1.01 → {L12 sb2 sa2 ls1: [https://a.vn/x](https://a.vn/x) / L12 sb2 sa2 ls1: [https://b.vn/y](https://b.vn/y)}',
      'H1.02 → {L12 sb2 sa2 ls1: [https://www.a.vn/tai-lieu](https://www.a.vn/tai-lieu)}',
      'H1.03 → {L12 sb2 sa2 ls1: _⟦[Cần bổ sung: liên kết đúng của minh chứng H1.03 ("http//a.vn/z": thiếu dấu ":" sau "http") — sửa ở cột "Liên kết" dòng 4 của trang "Danh mục minh chứng" rồi tạo lại hồ sơ]⟧_}',
      'H1.04 → Bản giấy lưu tại xã',
      'H1.05 → Lưu tại tủ hồ sơ xã',
    ]);
  });

  it('are the only links of the dossier, and every address the annex prints is one', () => {
    for (const docs of [documents(tinyLevels()), documents(sample('TT25')), documents(sample('TT44'))]) {
      for (const doc of docs) {
        const runs = doc.blocks.flatMap(runsOf);
        const linked = runs.filter((r) => r.link !== undefined);
        if (doc.kind !== 'evidence') expect(linked, doc.title).toEqual([]);
        else {
          expect(linked.length, doc.title).toBeGreaterThan(2);
          // A link prints its own address, and no address is left as plain text.
          for (const run of linked) expect(run.text).toBe(run.link);
          const rows = annexTable(docs).rows.slice(1);
          const plain = rows.flatMap((row) => row.cells.flatMap((cell) => ('text' in cell ? [cell.text] : [])));
          expect(plain.filter((text) => /https?:\/\//.test(text))).toEqual([]);
        }
      }
    }
  });
});

describe('links in the document model', () => {
  it('are drawn in the Google Doc over their own characters, after the text before them', () => {
    const app = new FakeDocumentApp();
    const doc: ReportDocument = {
      kind: 'evidence',
      title: 'T',
      page: pageSetup(),
      blocks: [
        {
          kind: 'paragraph',
          runs: [{ text: 'Xem: ' }, { text: 'https://a.vn/x', link: 'https://a.vn/x' }, { text: ' và ' }, { text: 'https://b.vn', link: 'https://b.vn' }],
          style: { align: 'left', sizePt: 14 },
        },
      ],
    };
    renderGoogleDoc(doc, 'T', { documentApp: app.service, docs: null });
    const paragraph = app.documents[0].body.paragraphs.find((p) => p.links.length > 0);
    expect(paragraph?.text).toBe('Xem: https://a.vn/x và https://b.vn');
    expect(paragraph?.links).toEqual([
      { start: 5, end: 18, url: 'https://a.vn/x' },
      { start: 23, end: 34, url: 'https://b.vn' },
    ]);
  });
});

describe('a link prints exactly as typed (session 9: "…/Ea_H’Leo" printed a curly apostrophe)', () => {
  const link = "https://a.vn/Ea_H'Leo?x='1'&y=\"2\"";
  const doc: ReportDocument = {
    kind: 'evidence',
    title: 'T',
    page: pageSetup(),
    blocks: [{ kind: 'paragraph', runs: [{ text: "Xem 'bản " }, { text: link, link }, { text: "' và Điều 5" }], style: { align: 'left', sizePt: 14 } }],
  };
  // The quotes round the link pair with each other, never with one inside it; the address keeps its straight quotes.
  const printed = ['Xem ‘bản ', link, '’ và Điều\u00a05'];

  it('in the DOCX: the link run as typed, the quotes round it curled', async () => {
    const xml = unzipDocx(await renderDocx([doc])).get('word/document.xml') as string;
    const paragraph = all(xml, /<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g).find((p) => p.includes('w:hyperlink')) as string;
    expect(all(paragraph, /<w:r>[\s\S]*?<\/w:r>/g).map(rawTextOf)).toEqual(printed);
  });

  it('in the Google Doc: the same characters, the link over exactly the address', () => {
    const app = new FakeDocumentApp();
    renderGoogleDoc(doc, 'T', { documentApp: app.service, docs: null });
    const paragraph = app.documents[0].body.paragraphs.find((p) => p.links.length > 0);
    expect(paragraph?.text).toBe(printed.join(''));
    expect(paragraph?.links).toEqual([{ start: 9, end: 9 + link.length - 1, url: link }]);
  });
});

describe('the links of the Danh mục minh chứng as drawn', () => {
  const annex = documents(tinyLevels()).find((d) => d.kind === 'evidence') as ReportDocument;
  const LINKS = ['https://drive.google.com/h101', 'https://drive.google.com/h501', 'https://drive.google.com/file/d/x'];

  it('are DOCX hyperlinks (w:hyperlink) whose relationship targets the address, external, with the address as their text', async () => {
    const files = unzipDocx(await renderDocx([annex]));
    const xml = files.get('word/document.xml') as string;
    const rels = files.get('word/_rels/document.xml.rels') as string;
    const targets = new Map(all(rels, /<Relationship [^>]*\/>/g).map((r) => [attr(r, 'Relationship', 'Id'), r]));
    const links = all(xml, /<w:hyperlink [^>]*>[\s\S]*?<\/w:hyperlink>/g).map((link) => {
      const rel = targets.get(attr(link, 'w:hyperlink', 'r:id')) ?? '';
      return [textOf(link), attr(rel, 'Relationship', 'Target'), attr(rel, 'Relationship', 'TargetMode'), attr(rel, 'Relationship', 'Type')];
    });
    const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
    expect(links).toEqual(LINKS.map((link) => [link, link, 'External', HYPERLINK]));
    // The link's run keeps the cell's 12 pt (24 half-points), in Word's "Hyperlink" style (what LibreOffice needs to make a PDF link of it), in black.
    const runs = all(xml, /<w:hyperlink [^>]*>[\s\S]*?<\/w:hyperlink>/g).map((link) => [attr(link, 'w:rStyle', 'w:val'), attr(link, 'w:color', 'w:val'), attr(link, 'w:sz', 'w:val')]);
    expect(runs).toEqual(LINKS.map(() => ['Hyperlink', '000000', '24']));
  });

  it('are Google Doc links over the whole address (inclusive offsets, Text.setLinkUrl), and nothing else is linked', () => {
    const app = new FakeDocumentApp();
    renderGoogleDoc(annex, 'Danh mục', { documentApp: app.service, docs: new FakeDocsApi(app).service });
    const [doc] = app.documents;
    const paragraphs = [...doc.body.paragraphs, ...doc.body.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => c.children)))];
    const linked = paragraphs.filter((p) => p.links.length > 0).map((p) => [p.text, p.links]);
    expect(linked).toEqual(LINKS.map((link) => [link, [{ start: 0, end: link.length - 1, url: link }]]));
  });
});

describe('the fake Google Doc, as the Text reference describes setLinkUrl', () => {
  const text = () => {
    const app = new FakeDocumentApp();
    const paragraph = app.create('T').getBody().appendParagraph('https://a.vn');
    return { paragraph, text: paragraph.editAsText() };
  };

  it('links an inclusive range and refuses an exclusive end, a reversed or negative range and a missing url', () => {
    const { paragraph, text: t } = text();
    t.setLinkUrl(0, 11, 'https://a.vn');
    expect(paragraph.links).toEqual([{ start: 0, end: 11, url: 'https://a.vn' }]);
    expect(() => t.setLinkUrl(0, 12, 'https://a.vn')).toThrow('Offsets 0–12 are out of range for a text of length 12.');
    expect(() => t.setLinkUrl(5, 4, 'https://a.vn')).toThrow('out of range');
    expect(() => t.setLinkUrl(-1, 4, 'https://a.vn')).toThrow('out of range');
    expect(() => t.setLinkUrl(0, 4, '')).toThrow('Invalid argument: url');
    expect(paragraph.links).toHaveLength(1);
  });
});
