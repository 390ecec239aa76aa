/**
 * The wait between the Mức độ 1 decision and an application for Mức độ 2 (fact CHO_MD2_THANG of
 * TT25: 12 months, src/core/documents/dossier/levels.ts md2Deferral) at its boundary: on the day
 * 12 months after the decision the commune may apply for Mức độ 2; the day before, it applies for
 * Mức độ 1 and the Tờ trình says why, naming the decision's date.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import { documentText } from '../../src/core/documents/plain-text';
import { blocksOf, byKind, withValues } from '../fixtures/dossiers';

const ALL_MD2 = { 'TC4.3': 'Mức độ 3', 'TC5.1': 0.85, 'TC5.2a': 0.65, 'TC5.2b': 0.16 };

function proposal(decided: Date, today: Date) {
  const result = buildDossier(withValues('TT25', ALL_MD2, { md1DecisionDate: decided }), today);
  if (!result.ok) throw new Error(result.missing.join(' | '));
  const doc = byKind(result.documents, 'proposal');
  return { subject: blocksOf(doc, 'title')[0].subject, text: documentText(doc) };
}

describe('the 12 months between Mức độ 1 and Mức độ 2', () => {
  it('are complete on the same day 12 months later: the commune applies for Mức độ 2', () => {
    const { subject, text } = proposal(new Date(2025, 2, 5), new Date(2026, 2, 5));
    expect(subject).toContain('Mức độ 2 năm 2025');
    expect(text).not.toContain('chưa đủ 12 tháng');
  });

  it('are complete at any hour of that day', () => {
    expect(proposal(new Date(2025, 2, 5), new Date(2026, 2, 5, 16, 30)).subject).toContain('Mức độ 2 năm 2025');
  });

  it('are not complete the day before: the commune applies for Mức độ 1, and the Tờ trình names the decision date', () => {
    const { subject, text } = proposal(new Date(2025, 2, 6), new Date(2026, 2, 5));
    expect(subject).toContain('Mức độ 1 năm 2025');
    expect(text).toContain('Xã Hòa An đạt các chỉ tiêu của Mức độ 2 nhưng chưa đủ 12 tháng kể từ quyết định công nhận Mức độ 1 ngày 06/03/2025, nên hồ sơ đề nghị công nhận Mức độ 1.');
  });
});
