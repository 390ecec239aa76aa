import { FACT_KEYS as K, fact } from './facts';
import { provenanceIn } from './provenance';
import type { Item, LevelsRuleset, Provenance, Threshold } from './types';

/**
 * Thông tư 25/2023/TT-BGDĐT, commune level (Điều 6: Mức độ 1, Điều 7: Mức độ 2, Điều 8: a
 * criterion is met when all its indicators are, a level when all criteria are), checked against
 * the codified official text. Codes TCx.y are this project's.
 * Indicators whose one row stands for two levels' wording (TC4.2–TC4.4: the standard's name
 * without the NĐ 20 level each recognition level requires, which is in the thresholds) or for an
 * "at least N%" sentence (TC5) have names in our own words: their status is "paraphrase", their
 * thresholds the text's.
 */
const TT = 'Thông tư 25/2023/TT-BGDĐT';
const { verbatim, cited } = provenanceIn(TT);
const paraphrase = (ref: string): Provenance => ({ ref: `${TT}, ${ref}; tên diễn đạt lại, ngưỡng theo nguyên văn`, status: 'paraphrase' });

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
    provenance: paraphrase('Điều 6, Điều 7 (tiêu chí 4); chuẩn theo Nghị định 20/2014/NĐ-CP'),
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
    provenance: paraphrase('Điều 6, Điều 7 (tiêu chí 5)'),
  };
}

const FULL = 'Thông tư số 25/2023/TT-BGDĐT ngày 27 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo';
/** What the circular is about, as secondary sources give it (our codified copy has no Điều 1). */
const TITLE = 'quy định về đánh giá, công nhận “Cộng đồng học tập” cấp xã, huyện, tỉnh';

export const TT25: LevelsRuleset = {
  id: 'TT25',
  name: 'Thông tư 25/2023/TT-BGDĐT — Cộng đồng học tập cấp xã',
  scheme: 'levels',
  provenance: { ref: `${TT} (hiệu lực từ 12/02/2024), Điều 6, 7, 8`, status: 'verbatim' },
  facts: [
    fact(K.firstYear, 'Năm đánh giá đầu tiên: hiệu lực từ 12/02/2024 (Điều 25 khoản 1)', 2024, { ref: `${TT}, Điều 25 khoản 1 (suy ra)`, status: 'secondary' }),
    fact(K.citation, 'Số hiệu văn bản', 'Thông tư số 25/2023/TT-BGDĐT', verbatim('Điều 25')),
    // The date of issue is in the domain notes' timeline, not in the codified text we hold.
    fact(K.citationFull, 'Tên đầy đủ của văn bản', FULL, { ref: `${TT} (ngày ban hành theo nguồn thứ cấp)`, status: 'secondary' }),
    // "Căn cứ" lines cite a document by number, date, issuer and title (Nghị định 30/2020 practice), never articles.
    fact(`${K.legalBasis}_1`, 'Căn cứ pháp lý của hồ sơ', `${FULL} ${TITLE}`, {
      ref: `${TT} (ngày ban hành và tên theo nguồn thứ cấp: thuvienphapluat.vn, 28/12/2023)`,
      status: 'secondary',
    }),
    fact(
      `${K.legalBasis}_2`,
      'Căn cứ pháp lý của hồ sơ (tiêu chí 4)',
      'Nghị định số 20/2014/NĐ-CP ngày 24 tháng 3 năm 2014 của Chính phủ về phổ cập giáo dục, xóa mù chữ',
      verbatim('Điều 6 khoản 4 điểm a (tên Nghị định)'),
    ),
    fact(K.decidingArticles, 'Điều khoản quyết định kết quả', 'Điều 6, Điều 7 và Điều 8 Thông tư số 25/2023/TT-BGDĐT', cited('Điều 6, Điều 7, Điều 8')),
    fact(K.ratingArticle, 'Căn cứ công nhận mức độ', `${TT}, Điều 8`, cited('Điều 8 khoản 1')),
    fact(K.deadlineDay, 'Hạn gửi hồ sơ: trước ngày … của năm sau liền kề năm đánh giá', 28, verbatim('Điều 9 khoản 1 điểm d')),
    fact(K.deadlineMonth, 'Hạn gửi hồ sơ: tháng', 2, verbatim('Điều 9 khoản 1 điểm d')),
    fact(K.validityMonths, 'Kết quả công nhận được bảo lưu (tháng) tiếp theo năm được công nhận', 36, verbatim('Điều 5 khoản 4')),
    fact(K.validityFrom, 'Cách tính 36 tháng: văn bản ghi "tiếp theo năm được công nhận"; bảng tính từ hết năm đánh giá (năm được công nhận có thể là năm sau)', 'hết năm đánh giá', {
      ref: `${TT}, Điều 5 khoản 4 (cách hiểu chưa xác minh)`,
      status: 'unverified',
    }),
    fact(
      K.summary,
      'Dòng giới thiệu ở trang Hướng dẫn',
      'Thông tư 25/2023/TT-BGDĐT (hiệu lực từ 12/02/2024): đánh giá, công nhận "Cộng đồng học tập" cấp xã theo Mức độ 1, Mức độ 2 (Điều 6, 7, 8); hồ sơ theo Điều 9; bảo lưu kết quả theo Điều 5.',
      { ref: `${TT}, Điều 5, 6, 7, 8, 9, 25 (tóm tắt)`, status: 'paraphrase' },
    ),
    fact(K.md2WaitMonths, 'Số tháng tối thiểu sau quyết định công nhận Mức độ 1 mới đề nghị Mức độ 2', 12, {
      ref: 'Nguồn thứ cấp, chưa đối chiếu văn bản gốc',
      status: 'unverified',
    }),
  ],
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
        { ...yesno('TC4.1', 'Xã đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi', 4), provenance: verbatim('Điều 6, Điều 7 (tiêu chí 4 chỉ tiêu 1); chuẩn theo Nghị định 20/2014/NĐ-CP') },
        level('TC4.2', 'Xã đạt chuẩn phổ cập giáo dục tiểu học', 2, 3, 3),
        level('TC4.3', 'Xã đạt chuẩn phổ cập giáo dục trung học cơ sở', 2, 3, 3),
        level('TC4.4', 'Xã đạt chuẩn xóa mù chữ', 1, 2, 2),
      ],
    },
    {
      code: 'TC5',
      name: 'Tác dụng của việc xây dựng “Cộng đồng học tập” cấp xã',
      provenance: verbatim('Điều 6, Điều 7'),
      items: [
        percent('TC5.1', 'Tỷ lệ công dân trong xã đạt danh hiệu "Công dân học tập" (Quyết định số 324/QĐ-KHVN ngày 25 tháng 10 năm 2023)', [0.6], [0.8]),
        percent('TC5.2a', 'Tỷ lệ công dân trong xã được đào tạo trình độ chuyên môn kỹ thuật', [0.5, 0.4], [0.6, 0.5], 'TC5.2'),
        percent('TC5.2b', 'Tỷ lệ công dân trong xã có trình độ đại học trở lên', [0.12, 0.1], [0.15, 0.12], 'TC5.2'),
      ],
    },
  ],
};
