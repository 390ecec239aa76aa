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
import { TODAY, sample } from '../fixtures/dossiers';
import { tinyLevels } from '../fixtures/tiny-levels';
import { tableLines } from './block-lines';

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
