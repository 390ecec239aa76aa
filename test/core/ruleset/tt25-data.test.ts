/**
 * The TT25 ruleset as data, whole: every criterion and indicator with its wording, kind, minima
 * per level (and in vùng khó khăn), highest level and provenance, and the dated facts the sheets
 * and documents quote. Wording and figures typed by hand from the codified text
 * (legal-texts/tt25-2023.md: Điều 5 khoản 4, Điều 6, Điều 7, Điều 9 khoản 1 điểm d, Điều 25).
 */
import { describe, expect, it } from 'vitest';
import { TT25 } from '../../../src/core/ruleset/tt25';

const TT = 'Thông tư 25/2023/TT-BGDĐT';
/** A yes/no indicator's row: no minimum, no maximum, verbatim from Điều 6, 7. */
const yesno = (code: string, name: string, n: number) => [code, name, 'yesno', '', '', '', '', '', '', `${TT}, Điều 6, Điều 7 (tiêu chí ${n})`, 'verbatim'];
const LEVEL = [`${TT}, Điều 6, Điều 7 (tiêu chí 4); chuẩn theo Nghị định 20/2014/NĐ-CP; tên diễn đạt lại, ngưỡng theo nguyên văn`, 'paraphrase'];
const PERCENT = [`${TT}, Điều 6, Điều 7 (tiêu chí 5); tên diễn đạt lại, ngưỡng theo nguyên văn`, 'paraphrase'];

describe('TT25 as data', () => {
  it('the ruleset: id, name, scheme and its source', () => {
    expect([TT25.id, TT25.name, TT25.scheme, TT25.provenance]).toEqual([
      'TT25',
      'Thông tư 25/2023/TT-BGDĐT — Cộng đồng học tập cấp xã',
      'levels',
      { ref: `${TT} (hiệu lực từ 12/02/2024), Điều 6, 7, 8`, status: 'verbatim' },
    ]);
  });

  it('the five criteria of Điều 6', () => {
    expect(TT25.criteria.map((c) => [c.code, c.name, c.provenance.ref, c.provenance.status, c.items.length])).toEqual([
      ['TC1', 'Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã', `${TT}, Điều 6, Điều 7`, 'verbatim', 3],
      ['TC2', 'Huy động nguồn lực và tạo môi trường thuận lợi để thực hiện xây dựng xã hội học tập ở địa phương', `${TT}, Điều 6, Điều 7`, 'verbatim', 3],
      ['TC3', 'Hiệu quả hoạt động của trung tâm học tập cộng đồng và thư viện công cộng cấp xã, trung tâm văn hóa, thể thao cấp xã', `${TT}, Điều 6, Điều 7`, 'verbatim', 3],
      ['TC4', 'Kết quả phổ cập giáo dục - xóa mù chữ', `${TT}, Điều 6, Điều 7; chuẩn theo Nghị định 20/2014/NĐ-CP`, 'verbatim', 4],
      ['TC5', 'Tác dụng của việc xây dựng “Cộng đồng học tập” cấp xã', `${TT}, Điều 6, Điều 7`, 'verbatim', 3],
    ]);
  });

  it('every indicator: wording, kind, Mức độ 1 and 2 minima (vùng khó khăn), highest level, part of, provenance', () => {
    const items = TT25.criteria.flatMap((c) => c.items);
    expect(
      items.map((i) => [
        i.code,
        i.name,
        i.kind,
        i.thresholds?.MD1?.min ?? '',
        i.thresholds?.MD1?.minDifficult ?? '',
        i.thresholds?.MD2?.min ?? '',
        i.thresholds?.MD2?.minDifficult ?? '',
        i.max ?? '',
        i.partOf ?? '',
        i.provenance.ref,
        i.provenance.status,
      ]),
    ).toEqual([
      yesno('TC1.1', 'Thực hiện công tác tuyên truyền nâng cao nhận thức cho cộng đồng về học tập suốt đời, xây dựng xã hội học tập', 1),
      yesno('TC1.2', 'Xây dựng chương trình, kế hoạch thực hiện công tác xây dựng xã hội học tập hằng năm và tổ chức triển khai, thực hiện đầy đủ các chương trình, kế hoạch', 1),
      yesno('TC1.3', 'Xây dựng kế hoạch, triển khai các hoạt động cụ thể tổ chức Tuần lễ hưởng ứng học tập suốt đời và báo cáo theo quy định', 1),
      yesno('TC2.1', 'Bố trí đủ kinh phí từ ngân sách nhà nước hằng năm theo quy định của pháp luật về ngân sách nhà nước để thực hiện xây dựng xã hội học tập', 2),
      yesno('TC2.2', 'Triển khai các hoạt động vận động, huy động nguồn lực xã hội tham gia xây dựng xã hội học tập ở địa phương theo chủ trương xã hội hóa và đạt kết quả tích cực', 2),
      yesno(
        'TC2.3',
        'Xây dựng cơ chế phối hợp giữa Hội Khuyến học xã, các tổ chức chính trị - xã hội cấp xã và các cơ sở giáo dục, các thiết chế văn hóa trên địa bàn xã trong quá trình xây dựng xã hội học tập',
        2,
      ),
      yesno(
        'TC3.1',
        'Trung tâm học tập cộng đồng bảo đảm có 01 phòng làm việc được trang bị đầy đủ bàn, ghế, tủ, giá; có tủ sách dùng chung; có thiết bị công nghệ thông tin phù hợp để tổ chức hoạt động học tập suốt đời cho người dân',
        3,
      ),
      yesno('TC3.2', 'Thư viện công cộng cấp xã có ứng dụng công nghệ thông tin và chuyển đổi số trong quản lý, tổ chức hoạt động phục vụ việc học tập suốt đời cho người sử dụng thư viện', 3),
      yesno(
        'TC3.3',
        'Trung tâm văn hóa, thể thao cấp xã có lớp năng khiếu, câu lạc bộ, nhóm sở thích, thường xuyên tổ chức các hoạt động văn hóa văn nghệ, thể dục thể thao thu hút người dân đến tham gia sinh hoạt',
        3,
      ),
      [
        'TC4.1',
        'Xã đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi',
        'yesno',
        '',
        '',
        '',
        '',
        '',
        '',
        `${TT}, Điều 6, Điều 7 (tiêu chí 4 chỉ tiêu 1); chuẩn theo Nghị định 20/2014/NĐ-CP`,
        'verbatim',
      ],
      ['TC4.2', 'Xã đạt chuẩn phổ cập giáo dục tiểu học', 'level', 2, '', 3, '', 3, '', ...LEVEL],
      ['TC4.3', 'Xã đạt chuẩn phổ cập giáo dục trung học cơ sở', 'level', 2, '', 3, '', 3, '', ...LEVEL],
      ['TC4.4', 'Xã đạt chuẩn xóa mù chữ', 'level', 1, '', 2, '', 2, '', ...LEVEL],
      ['TC5.1', 'Tỷ lệ công dân trong xã đạt danh hiệu "Công dân học tập" (Quyết định số 324/QĐ-KHVN ngày 25 tháng 10 năm 2023)', 'percent', 0.6, '', 0.8, '', '', '', ...PERCENT],
      ['TC5.2a', 'Tỷ lệ công dân trong xã được đào tạo trình độ chuyên môn kỹ thuật', 'percent', 0.5, 0.4, 0.6, 0.5, '', 'TC5.2', ...PERCENT],
      ['TC5.2b', 'Tỷ lệ công dân trong xã có trình độ đại học trở lên', 'percent', 0.12, 0.1, 0.15, 0.12, '', 'TC5.2', ...PERCENT],
    ]);
  });

  it('the facts the sheets and documents quote: years, deadline, validity, citations', () => {
    const facts = new Map(TT25.facts.map((f) => [f.key, [f.value, f.provenance.status]]));
    expect(Object.fromEntries(facts)).toMatchObject({
      NAM_DAU: [2024, 'secondary'],
      VAN_BAN: ['Thông tư số 25/2023/TT-BGDĐT', 'verbatim'],
      VAN_BAN_DAY_DU: ['Thông tư số 25/2023/TT-BGDĐT ngày 27 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo', 'secondary'],
      CAN_CU_2: ['Nghị định số 20/2014/NĐ-CP ngày 24 tháng 3 năm 2014 của Chính phủ về phổ cập giáo dục, xóa mù chữ', 'verbatim'],
      DIEU_XET: ['Điều 6, Điều 7 và Điều 8 Thông tư số 25/2023/TT-BGDĐT', 'paraphrase'],
      DIEU_XEP_LOAI: [`${TT}, Điều 8`, 'paraphrase'],
      HAN_NOP_NGAY: [28, 'verbatim'],
      HAN_NOP_THANG: [2, 'verbatim'],
      BAO_LUU_THANG: [36, 'verbatim'],
      BAO_LUU_TINH_TU: ['hết năm đánh giá', 'unverified'],
      CHO_MD2_THANG: [12, 'unverified'],
    });
    expect(TT25.facts.find((f) => f.key === 'HAN_NOP_NGAY')?.provenance.ref).toBe(`${TT}, Điều 9 khoản 1 điểm d`);
    expect(TT25.facts.find((f) => f.key === 'BAO_LUU_THANG')?.provenance.ref).toBe(`${TT}, Điều 5 khoản 4`);
    expect(TT25.facts.map((f) => f.key)).toEqual([
      'NAM_DAU',
      'VAN_BAN',
      'VAN_BAN_DAY_DU',
      'CAN_CU_1',
      'CAN_CU_2',
      'DIEU_XET',
      'DIEU_XEP_LOAI',
      'HAN_NOP_NGAY',
      'HAN_NOP_THANG',
      'BAO_LUU_THANG',
      'BAO_LUU_TINH_TU',
      'TOM_TAT',
      'CHO_MD2_THANG',
    ]);
  });
});
