/**
 * What `buildDossier` and its helpers tell the commune besides the documents (src/core/documents/dossier/dossier.ts):
 * the blockers listed once each, the documents still holding a gap, the evidence sheet's warnings, and the file names
 * Drive and Windows accept. Expected texts written by hand from the messages the commune reads.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier, documentFileName, dossierBlockers } from '../../src/core/documents/dossier/dossier';
import { error, warning } from '../../src/core/engine/problems';
import { sample, TODAY, withInfo, withNarrative } from '../fixtures/dossiers';

const SELF_REPORT = 'Báo cáo tự đánh giá, công nhận “Cộng đồng học tập” cấp xã';

describe('what stops a dossier', () => {
  it('lists one message once though two cells raised it', () => {
    const base = sample('TT25');
    const twice = { ...base, problems: [...base.problems, error('Năm đánh giá', 'Ô "Năm đánh giá" sai.'), error('Năm', 'Ô "Năm đánh giá" sai.')] };
    expect(dossierBlockers(twice)).toEqual(['Ô "Năm đánh giá" sai.']);
  });
});

describe('what stops a dossier without a usable ruleset', () => {
  it('names the errors found, not the ruleset as well: fixing the cells named is the way back', () => {
    const base = sample('TT25');
    const broken = { ...base, ruleset: null, evaluation: null, problems: [error('Bộ tiêu chí', 'Ô "Mã" ở dòng 7 của trang "Bộ tiêu chí" trống.')] };
    expect(dossierBlockers(broken)).toEqual(['Ô "Mã" ở dòng 7 của trang "Bộ tiêu chí" trống.']);
  });
});

describe('the documents still holding a gap', () => {
  it('names only the Báo cáo when its narrative is blank, and lists each gap in the checklist under its title', () => {
    const base = sample('TT25');
    const blank = { advantages: '', difficulties: '' };
    const result = buildDossier(withNarrative(base, blank), TODAY);
    if (!result.ok) throw new Error(result.missing.join('\n'));
    expect(result.incomplete).toEqual([SELF_REPORT]);
    expect(result.checklist).toContain(`${SELF_REPORT}: cần bổ sung Khó khăn: nhập ở mục "Nội dung báo cáo" của trang "Thông tin" rồi tạo lại hồ sơ.`);
  });

  it('names none for the complete sample', () => {
    const result = buildDossier(sample('TT25'), TODAY);
    if (!result.ok) throw new Error(result.missing.join('\n'));
    expect(result.incomplete).toEqual([]);
  });
});

describe("the evidence sheet's warnings in the checklist", () => {
  it('carries the warnings raised on a sheet ("Trang …" codes), not every warning whose text names a sheet', () => {
    const base = sample('TT25');
    const problems = [...base.problems, warning('Trang "Minh chứng"', 'Dòng 5 của trang "Minh chứng": thiếu tên văn bản.'), warning('dòng thứ 30', 'Trang "Bộ tiêu chí": dòng 30 bị bỏ qua.')];
    const result = buildDossier({ ...base, problems }, TODAY);
    if (!result.ok) throw new Error(result.missing.join('\n'));
    expect(result.checklist).toContain('Dòng 5 của trang "Minh chứng": thiếu tên văn bản.');
    expect(result.checklist).not.toContain('Trang "Bộ tiêu chí": dòng 30 bị bỏ qua.');
  });
});

describe("the evidence checks name the commune's own kind of unit", () => {
  it('says a phường keeps the paper copy of an item without a link, not a xã', () => {
    const base = withInfo(sample('TT25'), { commune: 'Phường Tân Lợi' });
    const evidenceList = base.evidenceList.map((item, i) => (i === 0 ? { ...item, link: '' } : item));
    const result = buildDossier({ ...base, evidenceList }, TODAY);
    if (!result.ok) throw new Error(result.missing.join('\n'));
    expect(result.checklist).toContain(
      'Trang "Danh mục minh chứng", cột "Liên kết" trống ở dòng 4 (H1.01): Danh mục minh chứng ghi "Bản giấy lưu tại phường"; nếu không đúng, ghi liên kết hoặc nơi lưu bản giấy rồi tạo lại hồ sơ.',
    );
  });
});

describe('file names', () => {
  it('drop the signs Windows refuses and close up the spaces a typed name left', () => {
    const result = buildDossier(sample('TT25'), TODAY);
    if (!result.ok) throw new Error(result.missing.join('\n'));
    const info = { ...sample('TT25').info, commune: ' Xã  Hòa An / Ea Kar ' };
    expect(documentFileName(result.documents[0], info)).toBe('Tờ trình đề nghị đánh giá, công nhận Cộng đồng học tập cấp xã - Xã Hòa An Ea Kar - 2025');
  });
});
