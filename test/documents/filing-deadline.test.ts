/**
 * The filing deadline of Thông tư 25/2023, Điều 9 khoản 1 điểm d: "trước ngày 28 tháng 02 của năm
 * sau liền kề năm đánh giá" (legal-texts/tt25-2023.md), read as the sheet's "Hồ sơ năm này" and the
 * roll-up's final day read it: the 28th is still in time (test/core/template/formulas-in-engine,
 * src/core/rollup/final.ts). The sample dossiers the demo writes are dated inside their window, so
 * the passing one shows a clean checklist (review rev13f F8); a late one is this test's.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import { sample, sampleDossiers } from '../fixtures/dossiers';

const LATE = 'Hạn này đã qua.';
const deadlineLine = (date: Date) => {
  const result = buildDossier(sample('TT25'), date);
  if (!result.ok) throw new Error(result.missing.join(' '));
  return result.checklist.find((line) => line.startsWith('Hồ sơ gửi trước ngày'));
};

describe('the filing deadline', () => {
  it('is past from the day after 28/02 of the year after, as the sheet and the roll-up read it', () => {
    expect(deadlineLine(new Date(2026, 1, 28))).toBe('Hồ sơ gửi trước ngày 28/02/2026; số liệu tính từ ngày 01/01 đến ngày 31/12/2025 (Thông tư 25/2023/TT-BGDĐT, Điều 9 khoản 1 điểm d).');
    expect(deadlineLine(new Date(2026, 2, 1))).toContain(LATE);
  });

  it('is not past for any sample dossier, and the TT25 ones are dated after their year', () => {
    for (const s of sampleDossiers()) {
      const result = buildDossier(s.assessment, s.date);
      if (!result.ok) throw new Error(result.missing.join(' '));
      expect(
        result.checklist.filter((line) => line.includes(LATE)),
        s.name,
      ).toEqual([]);
      if (s.name.includes('TT25')) expect(s.date > new Date(2025, 11, 31), s.name).toBe(true);
    }
  });

  it('leaves the passing TT25 sample with nothing to check', () => {
    const passing = sampleDossiers().find((s) => s.name === 'ho-so-TT25')!;
    const result = buildDossier(passing.assessment, passing.date);
    expect(result.ok && result.checklist.filter((line) => !line.startsWith('Hồ sơ gửi trước ngày'))).toEqual([]);
  });
});
