/**
 * A criterion's verdict in the Báo cáo names each indicator that falls short once, with the levels
 * it falls short of (review rev13f F7: "chỉ tiêu 2.2 không đạt Mức độ 1; chỉ tiêu 2.2 không đạt Mức
 * độ 2"). Texts written by hand on the sample (TC5.2 meets Mức độ 1 only).
 */
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import { documentText } from '../../src/core/documents/plain-text';
import { TODAY, withValues } from '../fixtures/dossiers';

const reportText = (changes: Parameters<typeof withValues>[1]) => {
  const result = buildDossier(withValues('TT25', changes), TODAY);
  if (!result.ok) throw new Error(result.missing.join(' '));
  return documentText(result.documents.find((d) => d.kind === 'selfReport')!).replace(/\u00a0/g, ' ');
};

describe("a criterion's verdict", () => {
  it('names an indicator short of both levels once, without the levels its criterion already names', () => {
    expect(reportText({ 'TC2.2': 'Không đạt' })).toContain('Tự đánh giá tiêu chí 2: không đạt Mức độ 1, không đạt Mức độ 2 (chỉ tiêu 2.2 không đạt).');
  });

  it('names each indicator once with its levels when they differ', () => {
    expect(reportText({ 'TC5.1': 0.4812 })).toContain('Tự đánh giá tiêu chí 5: không đạt Mức độ 1, không đạt Mức độ 2 (chỉ tiêu 5.1 không đạt Mức độ 1 và Mức độ 2; chỉ tiêu 5.2 không đạt Mức độ 2).');
  });
});
