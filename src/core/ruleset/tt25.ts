import type { Item, LevelsRuleset, Provenance, Threshold } from './types';

/**
 * Thông tư 25/2023/TT-BGDĐT, commune level (Điều 6: Mức độ 1, Điều 7: Mức độ 2, Điều 8: a
 * criterion is met when all its indicators are, a level when all criteria are). Indicator wording
 * is the codified text (Bộ Pháp điển, Đề mục 13.1). Codes TCx.y are this project's.
 */
const TT = 'Thông tư 25/2023/TT-BGDĐT';
const verbatim = (ref: string): Provenance => ({ ref: `${TT}, ${ref}`, status: 'verbatim' });

function yesno(code: string, name: string, criterion: number): Item {
  return { code, name, kind: 'yesno', provenance: verbatim(`Điều 6, Điều 7 (tiêu chí ${criterion})`) };
}

function level(code: string, name: string, md1: number, md2: number, max: number): Item {
  return {
    code,
    name,
    kind: 'level',
    max,
    thresholds: { MD1: { min: md1 }, MD2: { min: md2 } },
    provenance: verbatim('Điều 6, Điều 7 (tiêu chí 4); chuẩn theo Nghị định 20/2014/NĐ-CP'),
  };
}

function percent(code: string, name: string, md1: [number, number?], md2: [number, number?], partOf?: string): Item {
  const at = ([min, minDifficult]: [number, number?]): Threshold => (minDifficult === undefined ? { min } : { min, minDifficult });
  return {
    code,
    ...(partOf ? { partOf } : {}),
    name,
    kind: 'percent',
    thresholds: { MD1: at(md1), MD2: at(md2) },
    provenance: verbatim('Điều 6, Điều 7 (tiêu chí 5)'),
  };
}

export const TT25: LevelsRuleset = {
  id: 'TT25',
  name: 'Thông tư 25/2023/TT-BGDĐT — Cộng đồng học tập cấp xã',
  scheme: 'levels',
  provenance: { ref: `${TT} (hiệu lực từ 12/02/2024), Điều 6, 7, 8`, status: 'verbatim' },
  criteria: [
    {
      code: 'TC1',
      name: 'Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã',
      provenance: verbatim('Điều 6, Điều 7'),
      items: [
        yesno('TC1.1', 'Thực hiện công tác tuyên truyền nâng cao nhận thức cho cộng đồng về học tập suốt đời, xây dựng xã hội học tập', 1),
        yesno('TC1.2', 'Xây dựng chương trình, kế hoạch thực hiện công tác xây dựng xã hội học tập hằng năm và tổ chức triển khai, thực hiện đầy đủ các chương trình, kế hoạch', 1),
        yesno('TC1.3', 'Xây dựng kế hoạch, triển khai các hoạt động cụ thể tổ chức Tuần lễ hưởng ứng học tập suốt đời và báo cáo theo quy định', 1),
      ],
    },
    {
      code: 'TC2',
      name: 'Huy động nguồn lực và tạo môi trường thuận lợi để thực hiện xây dựng xã hội học tập ở địa phương',
      provenance: verbatim('Điều 6, Điều 7'),
      items: [
        yesno('TC2.1', 'Bố trí đủ kinh phí từ ngân sách nhà nước hằng năm theo quy định của pháp luật về ngân sách nhà nước để thực hiện xây dựng xã hội học tập', 2),
        yesno('TC2.2', 'Triển khai các hoạt động vận động, huy động nguồn lực xã hội tham gia xây dựng xã hội học tập ở địa phương theo chủ trương xã hội hóa và đạt kết quả tích cực', 2),
        yesno(
          'TC2.3',
          'Xây dựng cơ chế phối hợp giữa Hội Khuyến học xã, các tổ chức chính trị - xã hội cấp xã và các cơ sở giáo dục, các thiết chế văn hóa trên địa bàn xã trong quá trình xây dựng xã hội học tập',
          2,
        ),
      ],
    },
    {
      code: 'TC3',
      name: 'Hiệu quả hoạt động của trung tâm học tập cộng đồng và thư viện công cộng cấp xã, trung tâm văn hóa, thể thao cấp xã',
      provenance: verbatim('Điều 6, Điều 7'),
      items: [
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
      ],
    },
    {
      code: 'TC4',
      name: 'Kết quả phổ cập giáo dục - xóa mù chữ',
      provenance: verbatim('Điều 6, Điều 7; chuẩn theo Nghị định 20/2014/NĐ-CP'),
      items: [
        yesno('TC4.1', 'Xã đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi', 4),
        level('TC4.2', 'Xã đạt chuẩn phổ cập giáo dục tiểu học (mức độ 1–3)', 2, 3, 3),
        level('TC4.3', 'Xã đạt chuẩn phổ cập giáo dục trung học cơ sở (mức độ 1–3)', 2, 3, 3),
        level('TC4.4', 'Xã đạt chuẩn xóa mù chữ (mức độ 1–2)', 1, 2, 2),
      ],
    },
    {
      code: 'TC5',
      name: 'Tác dụng của việc xây dựng "Cộng đồng học tập" cấp xã',
      provenance: verbatim('Điều 6, Điều 7'),
      items: [
        percent('TC5.1', 'Tỷ lệ công dân trong xã đạt danh hiệu "Công dân học tập" (Quyết định 324/QĐ-KHVN ngày 25/10/2023)', [0.6], [0.8]),
        percent('TC5.2a', 'Tỷ lệ công dân trong xã được đào tạo trình độ chuyên môn kỹ thuật', [0.5, 0.4], [0.6, 0.5], 'TC5.2'),
        percent('TC5.2b', 'Tỷ lệ công dân trong xã có trình độ đại học trở lên', [0.12, 0.1], [0.15, 0.12], 'TC5.2'),
      ],
    },
  ],
};
