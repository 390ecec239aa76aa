/**
 * Evidence rows with gaps (review rev13f F5): a blank issuer, an indicator code the ruleset lacks, a
 * blank "Chỉ tiêu liên quan" and a blank link each get a checklist line naming the sheet, the row and
 * the column; the Danh mục prints nothing in their place that the commune did not write (an unknown
 * code is left out, never printed as if it were one). Rows and lines written by hand on the sample.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import { documentText } from '../../src/core/documents/plain-text';
import { NAMES } from '../../src/core/workbook/names';
import { assessWorkbook } from '../../src/core/workbook/snapshot';
import { TODAY } from '../fixtures/dossiers';
import { SAMPLE_TT25_EVIDENCE, evidenceBlock, sampleSnapshot } from '../fixtures/sample-commune';

/** The sample's list (rows 4–17) and four rows after it: rows 18–21. */
const ROWS: string[][] = [
  ['H1.09', 'Quyết định kiện toàn Ban chỉ đạo', 'Số 21/QĐ-UBND', '', 'https://drive.google.com/file/d/h103', 'TC1.1'],
  ['H2.09', 'Kế hoạch huy động nguồn lực', 'Số 30/KH-UBND ngày 10/02/2025', 'Ủy ban nhân dân xã', 'https://drive.google.com/file/d/h203', 'TC2.2, TC9.9'],
  ['H3.09', 'Ảnh hoạt động thư viện', '', 'Thư viện xã', 'https://drive.google.com/file/d/h303', ''],
  ['H4.09', 'Sổ theo dõi phổ cập', 'Số 01/SPC', 'Ban chỉ đạo phổ cập giáo dục xã', '', 'TC4.1'],
];

function dossier() {
  const snapshot = sampleSnapshot('TT25');
  const result = buildDossier(assessWorkbook({ ...snapshot, [NAMES.evidence]: evidenceBlock([...SAMPLE_TT25_EVIDENCE, ...ROWS]) }), TODAY);
  if (!result.ok) throw new Error(result.missing.join(' '));
  return result;
}

describe('evidence rows with gaps', () => {
  const result = dossier();
  const annex = documentText(result.documents.find((d) => d.kind === 'evidence')!).replace(/\u00a0/g, ' ');

  it('names each gap in the checklist by sheet, row and column', () => {
    const lines = result.checklist.filter((line) => line.startsWith('Trang "Danh mục minh chứng"'));
    expect(lines).toEqual([
      'Trang "Danh mục minh chứng" dòng 19, cột "Chỉ tiêu liên quan" ghi "TC9.9", không có trong bộ tiêu chí đang dùng: Danh mục minh chứng không in mã này; sửa ở ô đó rồi tạo lại hồ sơ.',
      'Trang "Danh mục minh chứng", cột "Cơ quan ban hành" trống ở dòng 18 (H1.09): Danh mục minh chứng để trống ô này; ghi cơ quan ban hành (nếu có) rồi tạo lại hồ sơ.',
      'Trang "Danh mục minh chứng", cột "Chỉ tiêu liên quan" trống ở dòng 20 (H3.09): minh chứng không được dẫn ở chỉ tiêu nào; ghi mã chỉ tiêu (ví dụ "1.1, 1.2") rồi tạo lại hồ sơ.',
      'Trang "Danh mục minh chứng", cột "Liên kết" trống ở dòng 21 (H4.09): Danh mục minh chứng ghi "Bản giấy lưu tại xã"; nếu không đúng, ghi liên kết hoặc nơi lưu bản giấy rồi tạo lại hồ sơ.',
    ]);
  });

  it('prints what the commune wrote and nothing else: no unknown code, no marker', () => {
    expect(annex).toContain('H2.09 | Kế hoạch huy động nguồn lực | Số 30/KH-UBND ngày 10/02/2025 | Ủy ban nhân dân xã | 2.2 | https://drive.google.com/file/d/h203');
    expect(annex).not.toContain('9.9');
    expect(annex).toContain('H1.09 | Quyết định kiện toàn Ban chỉ đạo | Số 21/QĐ-UBND |  | 1.1 |');
    expect(annex).not.toMatch(/\[Cần/);
    expect(result.incomplete).not.toContain('Danh mục minh chứng');
  });
});
