import { FACT_KEYS as K, fact } from './facts';
import { provenanceIn } from './provenance';
import type { Criterion, PointsRuleset, Provenance, RatingCutoff } from './types';

/**
 * Thông tư 44/2014/TT-BGDĐT (in force 25/01/2015; repealed from 12/02/2024 by Thông tư 25/2023,
 * Điều 25 khoản 1), checked against the codified official text. The fifteen criteria are Điều 3's, word for word; the total of 100 points is
 * Điều 4 khoản 2; the ratings are Điều 4 khoản 3, each band with its condition that no criterion
 * stands at 0 points. The maximum of each criterion is in the scoring annex ("Phụ lục Hướng dẫn
 * đánh giá, cho điểm"), which is not part of the codified text and which provinces adapted
 * (Điều 7 khoản 1 điểm b): the province enters the maxima in its "Bộ tiêu chí" table.
 */
const TT = 'Thông tư 44/2014/TT-BGDĐT';
const { verbatim, cited } = provenanceIn(TT);

/** Điều 3, khoản 1–15, verbatim (the text's own "giáo dục- xóa" and "văn hoá" spellings kept). */
const NAMES = [
  'Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã',
  'Hoạt động của ban chỉ đạo xây dựng xã hội học tập cấp xã',
  'Sự tham gia, phối hợp của các ban ngành, đoàn thể, các tổ chức trên địa bàn cấp xã',
  'Mạng lưới và hoạt động của các cơ sở giáo dục, các thiết chế văn hóa trên địa bàn cấp xã',
  'Kết quả phổ cập giáo dục- xóa mù chữ',
  'Công bằng xã hội trong giáo dục',
  'Kết quả học tập, bồi dưỡng thường xuyên của cán bộ, công chức cấp xã',
  'Kết quả học tập thường xuyên của người lao động (từ 15 tuổi trở lên)',
  'Kết quả xây dựng “Gia đình hiếu học”; “Cộng đồng khuyến học/Cộng đồng học tập thôn, ấp, bản, tổ dân phố và tương đương”',
  'Kết quả xây dựng thôn, ấp, bản, tổ dân phố và tương đương được công nhận danh hiệu “Khu dân cư văn hoá”',
  'Giảm tỷ lệ hộ nghèo',
  'Thực hiện bình đẳng giới',
  'Đảm bảo vệ sinh, môi trường',
  'Chăm sóc sức khỏe cộng đồng',
  'Đảm bảo an ninh trật tự, an toàn xã hội',
];

const criteria: Criterion[] = NAMES.map((name, i) => {
  const code = `TC${i + 1}`;
  const provenance = verbatim(`Điều 3 khoản ${i + 1}`);
  return { code, name, provenance, items: [{ code, name, kind: 'points', provenance }] };
});

/**
 * Điều 4 khoản 3, điểm a–c: the band as written, and "không có tiêu chí bị điểm 0", which each of
 * the three points states (the warning of a criterion at 0 cites them together: citeTogether).
 */
const band = (label: string, min: number, point: string, written: string): RatingCutoff => ({
  label,
  min,
  noZeroCriterion: true,
  provenance: verbatim(`Điều 4 khoản 3 điểm ${point}: "Tổng số điểm đạt được từ ${written}, không có tiêu chí bị điểm 0"`),
});

const FULL = 'Thông tư số 44/2014/TT-BGDĐT ngày 12 tháng 12 năm 2014 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá, xếp loại “Cộng đồng học tập” cấp xã';
const REPEAL: Provenance = { ref: 'Thông tư 25/2023/TT-BGDĐT, Điều 25 khoản 1', status: 'verbatim' };

export const TT44: PointsRuleset = {
  id: 'TT44',
  name: 'Thông tư 44/2014/TT-BGDĐT — Cộng đồng học tập cấp xã (chấm điểm)',
  scheme: 'points',
  provenance: verbatim('Điều 3, Điều 4 (tổng số điểm tối đa 100: Điều 4 khoản 2)'),
  criteria,
  totalPoints: 100,
  ratings: [band('Tốt', 85, 'a', '85-100'), band('Khá', 70, 'b', '70-84'), band('Trung bình', 50, 'c', '50-69')],
  failLabel: 'Chưa đạt',
  facts: [
    fact(K.firstYear, 'Năm đánh giá đầu tiên: hiệu lực từ 25/01/2015 (Điều 8 khoản 1), đánh giá vào tháng 12 hằng năm (Điều 4 khoản 4)', 2015, {
      ref: `${TT}, Điều 8 khoản 1, Điều 4 khoản 4 (suy ra)`,
      status: 'secondary',
    }),
    fact(K.lastYear, 'Năm đánh giá cuối cùng: bị bãi bỏ từ 12/02/2024', 2023, { ref: `${REPEAL.ref} (suy ra)`, status: 'secondary' }),
    fact(K.citation, 'Số hiệu văn bản', 'Thông tư số 44/2014/TT-BGDĐT', REPEAL),
    fact(K.citationFull, 'Tên đầy đủ của văn bản', FULL, REPEAL),
    fact(`${K.legalBasis}_1`, 'Căn cứ pháp lý của hồ sơ', FULL, REPEAL),
    fact(K.decidingArticles, 'Điều khoản quyết định kết quả', 'Điều 3 và Điều 4 Thông tư số 44/2014/TT-BGDĐT', cited('Điều 3, Điều 4')),
    fact(K.ratingArticle, 'Căn cứ xếp loại', `${TT}, Điều 4 khoản 3`, cited('Điều 4 khoản 3')),
    fact(K.repealed, 'Văn bản đã hết hiệu lực', 'Thông tư số 44/2014/TT-BGDĐT đã bị bãi bỏ từ ngày 12/02/2024 (Thông tư số 25/2023/TT-BGDĐT, Điều 25 khoản 1)', {
      ...REPEAL,
      status: 'paraphrase',
    }),
    fact(K.summary, 'Dòng giới thiệu ở trang Hướng dẫn', 'Thông tư 44/2014/TT-BGDĐT: đánh giá, xếp loại bằng điểm (dùng cho các năm 2015–2023; đã bị bãi bỏ bởi Thông tư 25/2023/TT-BGDĐT, Điều 25).', {
      ref: `${TT}, Điều 3, 4, 8; ${REPEAL.ref}; các năm áp dụng suy ra`,
      status: 'secondary',
    }),
    fact(K.selfCheckLead, 'Chủ trì tự kiểm tra và lập hồ sơ, gửi chủ tịch ủy ban nhân dân cấp xã ký tờ trình', 'hội khuyến học cấp xã', verbatim('Điều 6 khoản 1, khoản 2')),
    fact(K.reportCertifier, 'Xác nhận báo cáo (kèm minh chứng) của cấp xã', 'chủ tịch ủy ban nhân dân cấp xã', verbatim('Điều 5 khoản 1 điểm b')),
    fact(K.recipient, 'Nơi nhận hồ sơ đề nghị kiểm tra, đánh giá, xếp loại', 'ủy ban nhân dân cấp huyện', verbatim('Điều 5 khoản 1')),
    fact(K.decider, 'Quyết định công nhận kết quả đánh giá, xếp loại', 'chủ tịch ủy ban nhân dân cấp huyện', verbatim('Điều 5 khoản 2, Điều 6 khoản 5')),
    fact(K.assessmentMonth, 'Tháng kiểm tra, đánh giá, xếp loại hằng năm', 12, verbatim('Điều 4 khoản 4')),
    fact(K.evidenceRule, 'Tiêu chí không có minh chứng phù hợp', 'Các tiêu chí không có minh chứng phù hợp không được chấm điểm.', verbatim('Điều 4 khoản 2')),
  ],
};
