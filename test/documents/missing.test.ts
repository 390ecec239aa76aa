/**
 * Bad input: a commune with missing information gets the list of what to fill in, never a
 * half-empty dossier.
 */
import { describe, expect, it } from 'vitest';
import { error, warning } from '../../src/core/engine/problems';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import { assessWorkbook } from '../../src/core/workbook/snapshot';
import { TODAY, sample, withInfo, withValues } from '../fixtures/dossiers';

function missing(result: ReturnType<typeof buildDossier>): string[] {
  if (result.ok) throw new Error(`A dossier was made: ${result.documents.map((d) => d.kind).join(', ')}`);
  return result.missing;
}

describe('a dossier is refused until the commune has filled in what it needs', () => {
  it('names each blank required field of "Thông tin"', () => {
    const assessment = withInfo(sample('TT25'), { commune: '', signerName: '', recipientBody: '', distribution: [], members: [] });
    expect(missing(buildDossier(assessment, TODAY))).toEqual([
      'Trang "Thông tin": chưa điền "Tên xã".',
      'Trang "Thông tin": chưa điền "Cơ quan tiếp nhận hồ sơ".',
      'Trang "Thông tin": chưa điền "Họ và tên người ký".',
      'Trang "Thông tin": chưa điền "Nơi nhận".',
      'Trang "Thông tin": chưa điền "Thành viên Ban chỉ đạo".',
    ]);
  });

  it('names each indicator without a value, and each invalid value', () => {
    const result = buildDossier(withValues('TT25', { 'TC1.2': '', 'TC5.1': 'nhiều' }), TODAY);
    const list = missing(result);
    expect(list).toContain('Chỉ tiêu TC1.2: chưa nhập giá trị.');
    expect(list.filter((m) => m.includes('TC5.1'))).toHaveLength(1);
    expect(list).toHaveLength(2);
  });

  it('does the same for a TT44 criterion without points', () => {
    expect(missing(buildDossier(withValues('TT44', { TC7: '' }), TODAY))).toEqual(['Tiêu chí TC7: chưa nhập giá trị.']);
  });

  it('lists everything for an empty workbook: every required field and every indicator', () => {
    const list = missing(buildDossier(assessWorkbook({}), TODAY));
    for (const label of ['Tên xã', 'Tỉnh, thành phố', 'Năm đánh giá', 'Cơ quan tiếp nhận hồ sơ', 'Cấp có thẩm quyền công nhận', 'Họ và tên người ký', 'Nơi nhận', 'Thành viên Ban chỉ đạo']) {
      expect(list).toContain(`Trang "Thông tin": chưa điền "${label}".`);
    }
    // Thông tư 25/2023 has 15 indicators; TC5.2 is entered as two figures, so 16 values.
    expect(list.filter((m) => m.startsWith('Chỉ tiêu TC'))).toHaveLength(16);
  });

  it('stops on errors found anywhere, and on a ruleset that cannot be used', () => {
    const bad = sample('TT25');
    const withError = { ...bad, problems: [...bad.problems, error('Năm đánh giá', 'Ô "Năm đánh giá" có giá trị "hai nghìn": cần một năm, ví dụ 2025.')] };
    expect(missing(buildDossier(withError, TODAY))).toEqual(['Ô "Năm đánh giá" có giá trị "hai nghìn": cần một năm, ví dụ 2025.']);
    const noRuleset = { ...bad, ruleset: null, evaluation: null, problems: [] };
    expect(missing(buildDossier(noRuleset, TODAY))).toEqual(['Bảng "Bộ tiêu chí" không dùng được: kiểm tra lại trang "Bộ tiêu chí".']);
  });

  it('is not stopped by a warning about something else', () => {
    const base = sample('TT25');
    const warned = { ...base, problems: [...base.problems, warning('dòng thứ 30 của vùng', 'Dòng thứ 30 có giá trị "x" nhưng không có mã chỉ tiêu nên bị bỏ qua.')] };
    expect(buildDossier(warned, TODAY).ok).toBe(true);
  });
});
