/**
 * The lines of the tiny TT25 commune's documents (test/fixtures/tiny-levels.ts) that every whole-
 * dossier test of it prints alike, typed by hand from Thông tư 25/2023's wording and the fixture's
 * values: the "Căn cứ" lines, the period, the articles, the criteria and indicators as the circular
 * names them, and the Bản tổng hợp's rows under its heading row.
 */
import { BODY, CDHT } from './dossier-lines';

export const BASIS = [
  'Căn cứ Thông tư số 25/2023/TT-BGDĐT ngày 27 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Cộng đồng học tập” cấp xã, huyện, tỉnh;',
  'Căn cứ Nghị định số 20/2014/NĐ-CP ngày 24 tháng 3 năm 2014 của Chính phủ về phổ cập giáo dục, xóa mù chữ;',
];
export const PERIOD = 'từ ngày 01/01/2025 đến ngày 31/12/2025';
export const ARTICLES = 'Điều 6, Điều 7 và Điều 8 Thông tư số 25/2023/TT-BGDĐT';
export const NAME_11 = 'Thực hiện công tác tuyên truyền nâng cao nhận thức cho cộng đồng về học tập suốt đời, xây dựng xã hội học tập';
// The circular's own words for the indicators keep "xã" in a phường's documents too: they are the law's, quoted.
export const NAME_43 = 'Xã đạt chuẩn phổ cập giáo dục trung học cơ sở';
export const NAME_51 = 'Tỷ lệ công dân trong xã đạt danh hiệu "Công dân học tập" (Quyết định số 324/QĐ-KHVN ngày 25 tháng 10 năm 2023)';
export const NAME_52A = 'Tỷ lệ công dân trong xã được đào tạo trình độ chuyên môn kỹ thuật';
export const NAME_52B = 'Tỷ lệ công dân trong xã có trình độ đại học trở lên';
export const TC1 = 'Tiêu chí 1. Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã';
export const TC4 = 'Tiêu chí 4. Kết quả phổ cập giáo dục - xóa mù chữ';
export const TC5 = `Tiêu chí 5. Tác dụng của việc xây dựng ${CDHT}`;

/** The Bản tổng hợp's rows after its heading row, Mức độ 1 met, as block-lines.ts writes them. */
export const SUMMARY_ROWS = [
  `  [bs] ${TC1}: đạt Mức độ 1`,
  `  [] 1.1 | ${NAME_11} | Đạt | Đạt | Đạt | H1.01, H5.01`,
  `  [bs] ${TC4}: đạt Mức độ 1`,
  `  [] 4.3 | ${NAME_43} | Chuẩn mức độ 2 trở lên | Đạt chuẩn mức độ 2 | Đạt | `,
  `  [bs] ${TC5}: đạt Mức độ 1`,
  `  [] 5.1 | ${NAME_51} | ≥ 60% | 65% | Đạt | H5.02, H5.03`,
  `  [k] 5.2 | ${NAME_52A} | ≥ 50% | 60% | Đạt | H5.01`,
  `  []  | ${NAME_52B} | ≥ 12% | 15,5% | Đạt | `,
  '  [b]  | Tổng số chỉ tiêu đạt Mức độ 1 |  | 4/4 | Đạt Mức độ 1 | ',
];

/** The Biên bản's lines from its time to its members, the meeting's time and place dotted to fill in by hand. */
export const MEETING_OPENING = [
  `${BODY} | Thời gian: vào hồi …… giờ …… phút, ngày …… tháng …… năm …….`,
  `${BODY} | Địa điểm: ${'……'.repeat(4)}`,
  `${BODY} | Thành phần tham dự:`,
  `${BODY} | - Nguyễn Văn Bình, Chủ tịch UBND xã (Trưởng ban);`,
  `${BODY} | - Hoàng Văn Nam, Công chức Văn hóa - Xã hội (Thành viên, thư ký);`,
];
