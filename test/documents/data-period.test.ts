/**
 * The period a dossier's figures cover ("số liệu tính từ ngày … đến ngày …") never ends after the
 * day its documents are dated: a document cannot report days still to come. Thông tư 25/2023 Điều 9
 * khoản 1 điểm b counts the data from 01/01 to 31/12 of the year assessed and the dossier is filed
 * the year after; Thông tư 44/2014 Điều 4 khoản 4 has the check in December of the year itself, so a
 * TT44 dossier dated 10/12/2021 covers 01/01/2021 to 10/12/2021 (review rev13f F2: it said 31/12/2021).
 */
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import { documentText } from '../../src/core/documents/plain-text';
import type { CommuneAssessment } from '../../src/core/workbook/snapshot';
import { sample } from '../fixtures/dossiers';

/** Every "số liệu tính …" period the dossier's documents state, by document kind. */
function periods(assessment: CommuneAssessment, date: Date): Array<[string, string[]]> {
  const result = buildDossier(assessment, date);
  if (!result.ok) throw new Error(result.missing.join(' '));
  return result.documents.map((doc) => [doc.kind, [...documentText(doc).matchAll(/[Ss]ố liệu tính (từ ngày \S+ đến ngày [\d/]+)/g)].map((m) => m[1])]);
}

describe('the period the figures cover', () => {
  it('TT44, dossier dated 10/12/2021 as the check is in December: from 01/01/2021 to that day, in every document that states it', () => {
    const upTo = 'từ ngày 01/01/2021 đến ngày 10/12/2021';
    expect(periods(sample('TT44'), new Date(2021, 11, 10))).toEqual([
      ['proposal', [upTo]],
      ['selfReport', [upTo]],
      ['selfCheck', [upTo]],
      ['evidence', []],
    ]);
  });

  it('TT25, dossier dated in the year after (05/03/2026): the whole year 2025', () => {
    const year = 'từ ngày 01/01/2025 đến ngày 31/12/2025';
    expect(periods(sample('TT25'), new Date(2026, 2, 5))).toEqual([
      ['proposal', [year]],
      ['selfReport', [year]],
      ['summary', [year]],
      ['evidence', []],
      ['minutes', [year]],
    ]);
  });

  it('TT25, dossier made before the year assessed has ended (15/12/2025): up to that day', () => {
    const upTo = 'từ ngày 01/01/2025 đến ngày 15/12/2025';
    expect(periods(sample('TT25'), new Date(2025, 11, 15)).flatMap(([, found]) => found)).toEqual([upTo, upTo, upTo, upTo]);
  });
});
