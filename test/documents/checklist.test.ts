/**
 * The checklist of "Kiểm tra hồ sơ" and of the result dialog, whole: one line per indicator per
 * missing thing, never two lines saying the same (newcomer review of issue 13: an indicator
 * without evidence got "Chưa có minh chứng cho …" beside the report's own gap, and an old link's
 * item was asked for twice).
 */
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import type { CommuneAssessment } from '../../src/core/workbook/snapshot';
import { sample, TODAY } from '../fixtures/dossiers';

const REPORT = 'Báo cáo tự đánh giá, công nhận “Cộng đồng học tập” cấp xã';
const REPORT_TT44 = 'Báo cáo đánh giá kết quả xây dựng “Cộng đồng học tập” cấp xã';
const LIST_HINT = 'ghi ở trang "Danh mục minh chứng" rồi tạo lại hồ sơ';
const DESCRIPTION_HINT = 'nhập ở cột "Kết quả thực hiện" của trang "Đánh giá" (hoặc ở thanh bên) rồi tạo lại hồ sơ';

/** The sample with no evidence item and no description for `code`, and `oldLink` typed in the old link column of `oldAt`. */
function without(base: CommuneAssessment, code: string, oldAt?: string, oldLink = ''): CommuneAssessment {
  const evidence = new Map([...base.evidence].map(([c, e]) => [c, c === code ? { ...e, description: '', links: '' } : c === oldAt ? { ...e, links: oldLink } : { ...e, links: '' }]));
  if (!evidence.has(code)) evidence.set(code, { description: '', links: '', owner: '' });
  if (oldAt && !evidence.has(oldAt)) evidence.set(oldAt, { description: '', links: oldLink, owner: '' });
  const evidenceList = base.evidenceList.filter((i) => !i.indicators.includes(code)).map((i) => ({ ...i, indicators: i.indicators.filter((c) => c !== code) }));
  return { ...base, evidence, evidenceList };
}

function checklist(assessment: CommuneAssessment): string[] {
  const result = buildDossier(assessment, TODAY);
  if (!result.ok) throw new Error(result.missing.join('\n'));
  return result.checklist;
}

describe('the checklist', () => {
  it('TT25: an indicator without evidence nor description gets one line for each, an old link one line for its details', () => {
    expect(checklist(without(sample('TT25'), 'TC1.1', 'TC1.3', 'https://drive.google.com/file/d/cu-1'))).toEqual([
      'Hồ sơ gửi trước ngày 28/02/2026; số liệu tính từ ngày 01/01 đến ngày 31/12/2025 (Thông tư 25/2023/TT-BGDĐT, Điều 9 khoản 1 điểm d). Hạn này đã qua.',
      `${REPORT}: cần bổ sung kết quả thực hiện của chỉ tiêu 1.1: ${DESCRIPTION_HINT}.`,
      `${REPORT}: cần bổ sung minh chứng của chỉ tiêu 1.1: ${LIST_HINT}.`,
      `Danh mục minh chứng: cần bổ sung tên, số, ngày và cơ quan ban hành của minh chứng H1.01 (liên kết ở dòng chỉ tiêu 1.3 của trang "Đánh giá"): ${LIST_HINT}.`,
    ]);
  });

  it('TT44: a criterion without evidence gets one line', () => {
    const lines = checklist(without(sample('TT44'), 'TC2'));
    expect(lines.filter((l) => l.startsWith(REPORT_TT44) && l.includes('minh chứng'))).toEqual([`${REPORT_TT44}: cần bổ sung minh chứng của tiêu chí 2: ${LIST_HINT}.`]);
  });

  // Session 10, F7: a link shortened in its middle prints as no link, and the checklist names the item and says why.
  it('names an item whose address is shortened with "…" in its middle, saying it must be pasted whole', () => {
    const base = sample('TT25');
    const [first, ...rest] = base.evidenceList;
    const lines = checklist({ ...base, evidenceList: [{ ...first, link: 'https://drive.google.com/…/view' }, ...rest] });
    expect(lines.filter((l) => l.includes('…/view'))).toEqual([
      `Danh mục minh chứng: cần bổ sung liên kết đúng của minh chứng ${first.code} ("https://drive.google.com/…/view": địa chỉ bị rút gọn (có dấu "…" thay cho một đoạn, như khi chép từ Zalo, Facebook hay từ bản in): cần dán lại nguyên địa chỉ): sửa ở cột "Liên kết" dòng ${first.row} của trang "Danh mục minh chứng" rồi tạo lại hồ sơ.`,
    ]);
  });
});
