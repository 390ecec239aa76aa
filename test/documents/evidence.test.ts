/** The dossier's evidence list (src/core/documents/dossier/evidence.ts): its order and the codes it gives. */
import { describe, expect, it } from 'vitest';
import { evidenceCatalogue } from '../../src/core/documents/dossier/evidence';
import { TT25 } from '../../src/core/ruleset/tt25';
import { type EvidenceItem, linksIn } from '../../src/core/workbook/evidence';

const item = (code: string, indicators: string[], row: number): EvidenceItem => ({ code, name: `Văn bản ${code}`, reference: '', issuer: '', link: '', indicators, row });

describe('evidenceCatalogue', () => {
  it('orders the items by criterion, then by their number read as a number (H1.2 before H1.10)', () => {
    const list = [item('H2.01', ['TC2.1'], 5), item('H1.10', ['TC1.2'], 6), item('H1.02', ['TC1.1'], 7), item('H1.9', ['TC1.1'], 8)];
    expect(evidenceCatalogue(list, new Map(), TT25).items.map((i) => i.code)).toEqual(['H1.02', 'H1.9', 'H1.10', 'H2.01']);
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
