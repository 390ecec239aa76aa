/** The dossier's evidence list (src/core/documents/dossier/evidence.ts): its order and the codes it gives. */
import { describe, expect, it } from 'vitest';
import { evidenceCatalogue } from '../../src/core/documents/dossier/evidence';
import type { TableCell } from '../../src/core/documents/model';
import { TT25 } from '../../src/core/ruleset/tt25';
import { type EvidenceItem, linksIn } from '../../src/core/workbook/evidence';

const item = (code: string, indicators: string[], row: number): EvidenceItem => ({ code, name: `Văn bản ${code}`, reference: '', issuer: '', link: '', indicators, row });

describe('evidenceCatalogue', () => {
  it('orders the items by criterion, then by their number read as a number (H1.2 before H1.10)', () => {
    const list = [item('H2.01', ['TC2.1'], 5), item('H1.10', ['TC1.2'], 6), item('H1.02', ['TC1.1'], 7), item('H1.9', ['TC1.1'], 8)];
    expect(evidenceCatalogue(list, new Map(), TT25, 'xã').items.map((i) => i.code)).toEqual(['H1.02', 'H1.9', 'H1.10', 'H2.01']);
  });
});

describe('linksIn', () => {
  it('finds every link in a cell, without the punctuation of the sentence around it', () => {
    expect(linksIn('Xem https://drive.google.com/a. Bản gốc: (https://x.vn/b), https://x.vn/c;\nhttp://y.vn/d')).toEqual([
      'https://drive.google.com/a',
      'https://x.vn/b',
      'https://x.vn/c',
      'http://y.vn/d',
    ]);
  });
});

describe('a link typed without https://', () => {
  it('is the same link as the old cell holds with https://: listed once, and the annex prints it with https://', async () => {
    const { evidenceTable } = await import('../../src/core/documents/dossier/evidence');
    const listed = { ...item('H1.01', ['TC1.1'], 4), issuer: 'UBND xã', link: 'drive.google.com/file/d/abc' };
    const catalogue = evidenceCatalogue([listed], new Map([['TC1.1', { description: '', links: 'https://drive.google.com/file/d/abc', owner: '' }]]), TT25, 'xã');
    expect(catalogue.items.map((i) => i.code)).toEqual(['H1.01']);
    expect(catalogue.checks).toEqual([]);
    const [table] = evidenceTable(catalogue, false, 'xã');
    const runs = (c: TableCell) => ('text' in c ? c.text : c.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs : [])));
    expect(table.kind === 'table' && table.rows[1].cells.map(runs)).toEqual([
      '1',
      'H1.01',
      'Văn bản H1.01',
      '',
      'UBND xã',
      '1.1',
      [{ text: 'https://drive.google.com/file/d/abc', link: 'https://drive.google.com/file/d/abc' }],
    ]);
  });
});
