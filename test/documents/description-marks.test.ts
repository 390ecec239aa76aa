/**
 * Every mark and separator the Báo cáo strips or keeps around an address typed in "Kết quả thực
 * hiện" (src/core/documents/dossier/frame.ts ADDRESS_MARKS, BETWEEN_ADDRESSES and the signs a
 * citation is spaced from), each tried, not two examples: a list checked only by examples loses an
 * entry unnoticed. Expected lines typed by hand: the item of https://drive.google.com/h101 is H1.01,
 * that of …/h501 is H5.01 (test/fixtures/tiny-levels.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildDossier, type DossierResult } from '../../src/core/documents/dossier/dossier';
import type { ParagraphBlock } from '../../src/core/documents/model';
import { TINY_EVIDENCE, TINY_EVIDENCE_LIST, tinyLevels } from '../fixtures/tiny-levels';

const A = 'https://drive.google.com/h101';
const B = 'https://drive.google.com/h501';

/** The Báo cáo's paragraphs (runs joined) for a description of TC1.1 made of `lines`, the first line a lead-in. */
function printed(lines: string[]): string[] {
  const evidence = new Map(TINY_EVIDENCE).set('TC1.1', { description: ['Mở đầu.', ...lines].join('\n'), links: '', owner: '' });
  const built = buildDossier({ ...tinyLevels(), evidence, evidenceList: TINY_EVIDENCE_LIST }, new Date(2026, 2, 5)) as Extract<DossierResult, { ok: true }>;
  const report = built.documents.find((d) => d.kind === 'selfReport')!;
  const texts = report.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').map((p) => p.runs.map((r) => r.text).join(''));
  const start = texts.indexOf('- Kết quả thực hiện: Mở đầu.');
  return texts.slice(start + 1, start + 1 + lines.length);
}

describe('marks typed right around an address', () => {
  it('go with the address, for each pair: straight and curly quotes, single and double, angle brackets and guillemets', () => {
    expect(printed([`Dấu "${A}" hết.`, `Dấu '${A}' hết.`, `Dấu “${A}” hết.`, `Dấu ‘${A}’ hết.`, `Dấu <${A}> hết.`, `Dấu «${A}» hết.`])).toEqual([
      'Dấu minh chứng H1.01 hết.',
      'Dấu minh chứng H1.01 hết.',
      'Dấu minh chứng H1.01 hết.',
      'Dấu minh chứng H1.01 hết.',
      'Dấu minh chứng H1.01 hết.',
      'Dấu minh chứng H1.01 hết.',
    ]);
  });

  it('stay when they do not pair: an opening mark closed by another kind', () => {
    expect(printed([`Dấu «${A}” hết.`, `Dấu <${A}» hết.`])).toEqual(['Dấu «minh chứng H1.01” hết.', 'Dấu <minh chứng H1.01» hết.']);
  });
});

describe('addresses typed one after the other', () => {
  it('of two items keep the separator typed, one space after it, for each separator of a link list', () => {
    expect(
      printed([
        `Tách ${A},${B} hết.`,
        `Tách ${A};${B} hết.`,
        `Tách ${A}|${B} hết.`,
        `Tách ${A}，${B} hết.`,
        `Tách ${A}、${B} hết.`,
        `Tách ${A}；${B} hết.`,
        `Tách ${A} ; ${B} hết.`,
        `Tách ${A} ${B} hết.`,
      ]),
    ).toEqual([
      'Tách minh chứng H1.01, minh chứng H5.01 hết.',
      'Tách minh chứng H1.01; minh chứng H5.01 hết.',
      'Tách minh chứng H1.01| minh chứng H5.01 hết.',
      'Tách minh chứng H1.01， minh chứng H5.01 hết.',
      'Tách minh chứng H1.01、 minh chứng H5.01 hết.',
      'Tách minh chứng H1.01； minh chứng H5.01 hết.',
      'Tách minh chứng H1.01; minh chứng H5.01 hết.',
      'Tách minh chứng H1.01, minh chứng H5.01 hết.',
    ]);
  });

  it('of one item are cited once, whatever separator stands between them', () => {
    expect(printed([`Gộp ${A},${A} hết.`, `Gộp ${A};${A} hết.`, `Gộp ${A}|${A} hết.`, `Gộp ${A}，${A} hết.`, `Gộp ${A}、${A} hết.`, `Gộp ${A}；${A} hết.`, `Gộp ${A} ${A} hết.`])).toEqual([
      'Gộp minh chứng H1.01 hết.',
      'Gộp minh chứng H1.01 hết.',
      'Gộp minh chứng H1.01 hết.',
      'Gộp minh chứng H1.01 hết.',
      'Gộp minh chứng H1.01 hết.',
      'Gộp minh chứng H1.01 hết.',
      'Gộp minh chứng H1.01 hết.',
    ]);
  });

  it('are not merged across a word: a word between two addresses of one item is kept, each cited', () => {
    expect(printed([`Gộp ${A} và ${A} hết.`])).toEqual(['Gộp minh chứng H1.01 và minh chứng H1.01 hết.']);
  });
});

describe('a citation typed right after a word or sign', () => {
  it('is spaced from a letter, a digit, a colon and a closing bracket', () => {
    expect(printed([`Kế hoạch:${A}`, `Mục (1)${A}`, `Năm 2025${A}`])).toEqual(['Kế hoạch: minh chứng H1.01', 'Mục (1) minh chứng H1.01', 'Năm 2025 minh chứng H1.01']);
  });

  it('is not spaced from an opening bracket', () => {
    expect(printed([`Xem (${A}).`])).toEqual(['Xem (minh chứng H1.01).']);
  });
});
