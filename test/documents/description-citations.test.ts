/**
 * Links in "Kết quả thực hiện" as the Báo cáo cites them (newcomer review of issue 13, finding 8):
 * one citation per evidence item where its links follow one another, citations of different items
 * and the words around them set apart by spaces. Expected lines typed by hand from the commune's
 * text, as a văn thư would write it.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier, type DossierResult } from '../../src/core/documents/dossier/dossier';
import type { EvidenceItem } from '../../src/core/workbook/evidence';
import { TINY_EVIDENCE, TINY_EVIDENCE_LIST, tinyLevels } from '../fixtures/tiny-levels';
import { linesOf } from './block-lines';

const BODY = 'J14 fl10 sa6 ls1.15';
/** An item with two links (a decision and its annex), and one with one link. */
const resolution: EvidenceItem = {
  code: 'H1.02',
  name: 'Nghị quyết về xây dựng xã hội học tập',
  reference: 'Số 12-NQ/ĐU ngày 15/01/2025',
  issuer: 'Đảng ủy xã',
  link: 'https://drive.google.com/file/d/A1/view; https://drive.google.com/file/d/A2/view',
  indicators: ['TC1.1'],
  row: 5,
};

function descriptionLines(description: string): string[] {
  const evidence = new Map(TINY_EVIDENCE).set('TC1.1', { description, links: '', owner: '' });
  const result = buildDossier({ ...tinyLevels(), evidence, evidenceList: [...TINY_EVIDENCE_LIST, resolution] }, new Date(2026, 2, 5)) as Extract<DossierResult, { ok: true }>;
  const report = linesOf(result.documents.find((d) => d.kind === 'selfReport')!.blocks);
  const first = report.findIndex((line) => line.includes('Kết quả thực hiện: _') && line.includes('Nghị quyết'));
  return report.slice(
    first,
    report.findIndex((line, i) => i > first && line.includes('- Minh chứng: _')),
  );
}

describe('citations in "Kết quả thực hiện"', () => {
  it('cites an item once for its links glued by a comma, and sets a citation apart from a word typed against it', () => {
    expect(descriptionLines('Nghị quyết tại https://drive.google.com/file/d/A1/view,https://drive.google.com/file/d/A2/view; Kế hoạch:https://drive.google.com/h101.')).toEqual([
      `${BODY} | _- Kết quả thực hiện: _Nghị quyết tại minh chứng H1.02; Kế hoạch: minh chứng H1.01.`,
    ]);
  });

  it('cites the item listing a file however its address was copied: with or without "?usp=…", "/view", a closing "/" (review 13b finding 3)', () => {
    expect(descriptionLines('Nghị quyết tại https://drive.google.com/file/d/A1/view?usp=drive_link; phụ lục https://drive.google.com/file/d/A2/; kế hoạch drive.google.com/h101/')).toEqual([
      `${BODY} | _- Kết quả thực hiện: _Nghị quyết tại minh chứng H1.02; phụ lục minh chứng H1.02; kế hoạch minh chứng H1.01`,
    ]);
  });

  it('sets citations of different items glued together apart by the separator typed, or a comma, and a space', () => {
    expect(
      descriptionLines(
        'Nghị quyết và Kế hoạch: https://drive.google.com/file/d/A1/view;https://drive.google.com/h101\nNghị quyết (https://drive.google.com/file/d/A2/view) và kế hoạch https://drive.google.com/h101,https://drive.google.com/file/d/A1/view',
      ),
    ).toEqual([
      `${BODY} | _- Kết quả thực hiện: _Nghị quyết và Kế hoạch: minh chứng H1.02; minh chứng H1.01`,
      `${BODY} | Nghị quyết (minh chứng H1.02) và kế hoạch minh chứng H1.01, minh chứng H1.02`,
    ]);
  });
});
