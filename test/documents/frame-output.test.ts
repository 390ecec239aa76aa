/**
 * The parts every dossier shares (src/core/documents/dossier/frame.ts, legal.ts, dossier.ts) under a
 * province's own table with no legal facts: "Căn cứ" and the deciding articles cite the table by its
 * name and reference, no deadline or Mức độ 2 wait is assumed, the addressee typed in another case
 * is still "Như trên", minutes without a Trưởng ban or thư ký leave dots to fill in, one-character
 * lines of a description are dropped, and the evidence sheet's warnings reach the checklist once.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier, type DossierResult } from '../../src/core/documents/dossier/dossier';
import type { ReportDocument } from '../../src/core/documents/model';
import { evaluate } from '../../src/core/engine/evaluate';
import { warning } from '../../src/core/engine/problems';
import type { Cell } from '../../src/core/cells/values';
import { TINY_TT25, tinyLevels } from '../fixtures/tiny-levels';
import { linesOf } from './block-lines';

const COMPACT = 'J13 fl10 sa6 ls1';
const BODY = 'J14 fl10 sa6 ls1.15';
const CDHT = '“Cộng đồng học tập” cấp xã';
const OWN_TABLE = 'bộ tiêu chí "Bộ tiêu chí tỉnh Sông Lam"';

const ruleset = { ...TINY_TT25, id: 'SL', name: 'Bộ tiêu chí tỉnh Sông Lam', provenance: { ref: 'Quyết định số 12/QĐ-UBND', status: 'verbatim' as const }, facts: [] };
const values: Record<string, Cell> = { 'TC1.1': 'Đạt', 'TC4.3': 'Mức độ 3', 'TC5.1': 0.8, 'TC5.2a': 0.6, 'TC5.2b': 0.155 };
const base = tinyLevels(values, { members: [{ name: 'Phạm Thị Lan', title: '', role: 'Thành viên' }], distribution: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH SÔNG LAM', 'Lưu: VT'] });
const evidence = new Map(base.evidence).set('TC1.1', { description: 'x\nThực hiện tốt.\n-', links: '', owner: '' });
const listWarning = warning('Trang "Danh mục minh chứng"', 'Trang "Danh mục minh chứng": dòng 5 thiếu mã.');
const result = buildDossier(
  { ...base, ruleset, evaluation: evaluate(ruleset, new Map(Object.entries(values)), false), evidence, problems: [listWarning, listWarning] },
  new Date(2026, 2, 5),
) as Extract<DossierResult, { ok: true }>;
const lines = (kind: ReportDocument['kind']) => linesOf(result.documents.find((d) => d.kind === kind)!.blocks);

describe("a dossier under a province's own table without legal facts", () => {
  it('cites the table in the Tờ trình, applies for the level met without waiting, and lists the addressee once', () => {
    expect(lines('proposal')).toEqual([
      'HEADER UBND TỈNH SÔNG LAM / ỦY BAN NHÂN DÂN + XÃ HÒA AN / Số: 15/TTr-UBND / Hòa An, ngày 05 tháng 3 năm 2026',
      `TITLE TỜ TRÌNH / Về việc đề nghị đánh giá, công nhận xã Hòa An đạt ${CDHT} Mức độ 2 năm 2025 / keep: ${CDHT}; năm 2025; xã Hòa An; Mức độ 2`,
      'C14 sa8 | Kính gửi: Sở Giáo dục và Đào tạo tỉnh Sông Lam.',
      `${COMPACT} | Căn cứ bộ tiêu chí "Bộ tiêu chí tỉnh Sông Lam" (Quyết định số 12/QĐ-UBND);`,
      `${COMPACT} | Ủy ban nhân dân xã Hòa An đã tổ chức tự đánh giá năm 2025 (số liệu tính từ ngày 01/01/2025 đến ngày 31/12/2025) theo 3 tiêu chí, 4 chỉ tiêu quy định tại ${OWN_TABLE}. Kết quả: đạt 4/4 chỉ tiêu Mức độ 1; 4/4 chỉ tiêu Mức độ 2.`,
      `${COMPACT} | Ủy ban nhân dân xã Hòa An đã tổ chức họp với sự tham gia của Hội Khuyến học xã, Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội của xã, thống nhất đề nghị công nhận ở mức độ xã thực tế đạt được (biên bản họp kèm theo).`,
      `${COMPACT} | Ủy ban nhân dân xã Hòa An kính đề nghị Sở Giáo dục và Đào tạo tỉnh Sông Lam xem xét, thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh Sông Lam công nhận xã Hòa An đạt ${CDHT} Mức độ 2 năm 2025.`,
      `${COMPACT} | Hồ sơ kèm theo gồm:`,
      `${COMPACT} | 1. Báo cáo tự đánh giá, công nhận ${CDHT} năm 2025 (số 42/BC-UBND);`,
      `${COMPACT} | 2. Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu;`,
      `${COMPACT} | 3. Danh mục minh chứng;`,
      `${COMPACT} | 4. Biên bản họp đề nghị công nhận (số 03/BB-BCĐ).`,
      `${COMPACT} | Ủy ban nhân dân xã Hòa An kính trình Sở Giáo dục và Đào tạo tỉnh Sông Lam xem xét./.`,
      'SIGN Như trên; Lưu: VT / TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH, Nguyễn Văn Bình',
    ]);
  });

  it('cites the table in the Báo cáo, and drops description lines of one character', () => {
    const report = lines('selfReport');
    expect(report[2]).toBe(`${BODY} | Căn cứ bộ tiêu chí "Bộ tiêu chí tỉnh Sông Lam" (Quyết định số 12/QĐ-UBND);`);
    expect(report.slice(11, 14)).toEqual([
      `${BODY} k | *Chỉ tiêu 1.1. Thực hiện công tác tuyên truyền nâng cao nhận thức cho cộng đồng về học tập suốt đời, xây dựng xã hội học tập*`,
      `${BODY} | _- Kết quả thực hiện: _Thực hiện tốt.`,
      `${BODY} | _- Minh chứng: _H1.01, H5.01.`,
    ]);
  });

  it('leaves the chair and the secretary of the minutes to fill in when no member is Trưởng ban, the signer or thư ký', () => {
    expect(lines('minutes').slice(4, 10)).toEqual([
      `${BODY} | Thành phần tham dự:`,
      `${BODY} | - Phạm Thị Lan (Thành viên);`,
      `${BODY} | - Đại diện Hội Khuyến học xã, Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội của xã: ……………….`,
      `${BODY} | Chủ trì: ………….`,
      `${BODY} | Thư ký: ………….`,
      'H1 NỘI DUNG',
    ]);
    expect(lines('minutes')[11]).toBe(`${BODY} | Thư ký trình bày kết quả tự đánh giá theo ${OWN_TABLE} (số liệu tính từ ngày 01/01/2025 đến ngày 31/12/2025):`);
    expect(lines('minutes').at(-1)).toBe('SIGN Sở Giáo dục và Đào tạo tỉnh Sông Lam; Lưu: VT, hồ sơ / -, THƯ KÝ, - + -, CHỦ TRÌ, -');
  });

  it("puts no deadline in the checklist, and the evidence sheet's warning once", () => {
    const report = `Báo cáo tự đánh giá, công nhận ${CDHT}`;
    expect(result.checklist).toEqual([
      'Trang "Danh mục minh chứng", cột "Liên kết" trống ở dòng 4 (H5.02): Danh mục minh chứng ghi "Bản giấy lưu tại xã"; nếu không đúng, ghi liên kết hoặc nơi lưu bản giấy rồi tạo lại hồ sơ.',
      'Trang "Danh mục minh chứng": dòng 5 thiếu mã.',
      `${report}: cần bổ sung Khó khăn: nhập ở mục "Nội dung báo cáo" của trang "Thông tin" rồi tạo lại hồ sơ.`,
      `${report}: cần bổ sung kết quả thực hiện của chỉ tiêu 4.3: nhập ở cột "Kết quả thực hiện" của trang "Đánh giá" (hoặc ở thanh bên) rồi tạo lại hồ sơ.`,
      `${report}: cần bổ sung minh chứng của chỉ tiêu 4.3: ghi ở trang "Danh mục minh chứng" rồi tạo lại hồ sơ.`,
      `${report}: cần bổ sung Bài học kinh nghiệm: nhập ở mục "Nội dung báo cáo" của trang "Thông tin" rồi tạo lại hồ sơ.`,
      'Danh mục minh chứng: cần bổ sung tên minh chứng H5.02: ghi ở trang "Danh mục minh chứng" rồi tạo lại hồ sơ.',
      // 5.1's description holds a link no item lists: it gets a code of its own.
      'Danh mục minh chứng: cần bổ sung tên, số, ngày và cơ quan ban hành của minh chứng H5.03 (liên kết ghi trong "Kết quả thực hiện" của chỉ tiêu 5.1): ghi ở trang "Danh mục minh chứng" rồi tạo lại hồ sơ.',
    ]);
  });
});
