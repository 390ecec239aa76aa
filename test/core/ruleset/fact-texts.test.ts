/**
 * Every fact of the built-in rulesets whole: its key, the words the "Bộ tiêu chí" sheet shows for it
 * (a person reads them to know what the row is), its value, and where it comes from. Typed by hand
 * and checked against the codified texts (legal-texts/): TT25 Điều 5 khoản 4 ("bảo lưu trong thời
 * hạn 3 năm (36 tháng) tiếp theo năm được công nhận"), Điều 6 khoản 4 điểm a (Nghị định số 20/2014/NĐ-CP
 * ngày 24 tháng 3 năm 2014, the basis of tiêu chí 4), Điều 9 khoản 1 điểm d ("trước ngày 28 tháng 02
 * của năm sau liền kề năm đánh giá"); TT44 Điều 4 khoản 2, 4, Điều 5 khoản 1, 2, Điều 6 khoản 1, 2,
 * 5 and Điều 8 khoản 1. A label naming the wrong criterion ("tiêu chí 3") or a clause cited wrong
 * passed the tests that pinned the values only (session 15, seed 1541 P19).
 */
import { describe, expect, it } from 'vitest';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';
import type { Ruleset } from '../../../src/core/ruleset/types';

const whole = (ruleset: Ruleset) => ruleset.facts.map((f) => [f.key, f.text, f.value, f.provenance.ref, f.provenance.status]);

describe('the facts of the built-in rulesets, each with its label, value and source', () => {
  it('TT25', () => {
    expect(whole(TT25)).toEqual([
      ['NAM_DAU', 'Năm đánh giá đầu tiên: hiệu lực từ 12/02/2024 (Điều 25 khoản 1)', 2024, 'Thông tư 25/2023/TT-BGDĐT, Điều 25 khoản 1 (suy ra)', 'secondary'],
      ['VAN_BAN', 'Số hiệu văn bản', 'Thông tư số 25/2023/TT-BGDĐT', 'Thông tư 25/2023/TT-BGDĐT, Điều 25', 'verbatim'],
      [
        'VAN_BAN_DAY_DU',
        'Tên đầy đủ của văn bản',
        'Thông tư số 25/2023/TT-BGDĐT ngày 27 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo',
        'Thông tư 25/2023/TT-BGDĐT (ngày ban hành theo nguồn thứ cấp)',
        'secondary',
      ],
      [
        'CAN_CU_1',
        'Căn cứ pháp lý của hồ sơ',
        'Thông tư số 25/2023/TT-BGDĐT ngày 27 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Cộng đồng học tập” cấp xã, huyện, tỉnh',
        'Thông tư 25/2023/TT-BGDĐT (ngày ban hành và tên theo nguồn thứ cấp: thuvienphapluat.vn, 28/12/2023)',
        'secondary',
      ],
      [
        'CAN_CU_2',
        'Căn cứ pháp lý của hồ sơ (tiêu chí 4)',
        'Nghị định số 20/2014/NĐ-CP ngày 24 tháng 3 năm 2014 của Chính phủ về phổ cập giáo dục, xóa mù chữ',
        'Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 4 điểm a (tên Nghị định)',
        'verbatim',
      ],
      ['DIEU_XET', 'Điều khoản quyết định kết quả', 'Điều 6, Điều 7 và Điều 8 Thông tư số 25/2023/TT-BGDĐT', 'Thông tư 25/2023/TT-BGDĐT, Điều 6, Điều 7, Điều 8', 'paraphrase'],
      ['DIEU_XEP_LOAI', 'Căn cứ công nhận mức độ', 'Thông tư 25/2023/TT-BGDĐT, Điều 8', 'Thông tư 25/2023/TT-BGDĐT, Điều 8 khoản 1', 'paraphrase'],
      ['HAN_NOP_NGAY', 'Hạn gửi hồ sơ: trước ngày … của năm sau liền kề năm đánh giá', 28, 'Thông tư 25/2023/TT-BGDĐT, Điều 9 khoản 1 điểm d', 'verbatim'],
      ['HAN_NOP_THANG', 'Hạn gửi hồ sơ: tháng', 2, 'Thông tư 25/2023/TT-BGDĐT, Điều 9 khoản 1 điểm d', 'verbatim'],
      ['BAO_LUU_THANG', 'Kết quả công nhận được bảo lưu (tháng) tiếp theo năm được công nhận', 36, 'Thông tư 25/2023/TT-BGDĐT, Điều 5 khoản 4', 'verbatim'],
      [
        'BAO_LUU_TINH_TU',
        'Cách tính 36 tháng: văn bản ghi "tiếp theo năm được công nhận"; bảng tính từ hết năm đánh giá (năm được công nhận có thể là năm sau)',
        'hết năm đánh giá',
        'Thông tư 25/2023/TT-BGDĐT, Điều 5 khoản 4 (cách hiểu chưa xác minh)',
        'unverified',
      ],
      [
        'TOM_TAT',
        'Dòng giới thiệu ở trang Hướng dẫn',
        'Thông tư 25/2023/TT-BGDĐT (hiệu lực từ 12/02/2024): đánh giá, công nhận "Cộng đồng học tập" cấp xã theo Mức độ 1, Mức độ 2 (Điều 6, 7, 8); hồ sơ theo Điều 9; bảo lưu kết quả theo Điều 5.',
        'Thông tư 25/2023/TT-BGDĐT, Điều 5, 6, 7, 8, 9, 25 (tóm tắt)',
        'paraphrase',
      ],
      ['CHO_MD2_THANG', 'Số tháng tối thiểu sau quyết định công nhận Mức độ 1 mới đề nghị Mức độ 2', 12, 'Nguồn thứ cấp, chưa đối chiếu văn bản gốc', 'unverified'],
    ]);
  });

  it('TT44', () => {
    expect(whole(TT44)).toEqual([
      [
        'NAM_DAU',
        'Năm đánh giá đầu tiên: hiệu lực từ 25/01/2015 (Điều 8 khoản 1), đánh giá vào tháng 12 hằng năm (Điều 4 khoản 4)',
        2015,
        'Thông tư 44/2014/TT-BGDĐT, Điều 8 khoản 1, Điều 4 khoản 4 (suy ra)',
        'secondary',
      ],
      ['NAM_CUOI', 'Năm đánh giá cuối cùng: bị bãi bỏ từ 12/02/2024', 2023, 'Thông tư 25/2023/TT-BGDĐT, Điều 25 khoản 1 (suy ra)', 'secondary'],
      ['VAN_BAN', 'Số hiệu văn bản', 'Thông tư số 44/2014/TT-BGDĐT', 'Thông tư 25/2023/TT-BGDĐT, Điều 25 khoản 1', 'verbatim'],
      [
        'VAN_BAN_DAY_DU',
        'Tên đầy đủ của văn bản',
        'Thông tư số 44/2014/TT-BGDĐT ngày 12 tháng 12 năm 2014 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá, xếp loại “Cộng đồng học tập” cấp xã',
        'Thông tư 25/2023/TT-BGDĐT, Điều 25 khoản 1',
        'verbatim',
      ],
      [
        'CAN_CU_1',
        'Căn cứ pháp lý của hồ sơ',
        'Thông tư số 44/2014/TT-BGDĐT ngày 12 tháng 12 năm 2014 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá, xếp loại “Cộng đồng học tập” cấp xã',
        'Thông tư 25/2023/TT-BGDĐT, Điều 25 khoản 1',
        'verbatim',
      ],
      ['DIEU_XET', 'Điều khoản quyết định kết quả', 'Điều 3 và Điều 4 Thông tư số 44/2014/TT-BGDĐT', 'Thông tư 44/2014/TT-BGDĐT, Điều 3, Điều 4', 'paraphrase'],
      ['DIEU_XEP_LOAI', 'Căn cứ xếp loại', 'Thông tư 44/2014/TT-BGDĐT, Điều 4 khoản 3', 'Thông tư 44/2014/TT-BGDĐT, Điều 4 khoản 3', 'paraphrase'],
      [
        'BAI_BO',
        'Văn bản đã hết hiệu lực',
        'Thông tư số 44/2014/TT-BGDĐT đã bị bãi bỏ từ ngày 12/02/2024 (Thông tư số 25/2023/TT-BGDĐT, Điều 25 khoản 1)',
        'Thông tư 25/2023/TT-BGDĐT, Điều 25 khoản 1',
        'paraphrase',
      ],
      [
        'TOM_TAT',
        'Dòng giới thiệu ở trang Hướng dẫn',
        'Thông tư 44/2014/TT-BGDĐT: đánh giá, xếp loại bằng điểm (dùng cho các năm 2015–2023; đã bị bãi bỏ bởi Thông tư 25/2023/TT-BGDĐT, Điều 25).',
        'Thông tư 44/2014/TT-BGDĐT, Điều 3, 4, 8; Thông tư 25/2023/TT-BGDĐT, Điều 25 khoản 1; các năm áp dụng suy ra',
        'secondary',
      ],
      [
        'CHU_TRI_TU_KIEM_TRA',
        'Chủ trì tự kiểm tra và lập hồ sơ, gửi chủ tịch ủy ban nhân dân cấp xã ký tờ trình',
        'hội khuyến học cấp xã',
        'Thông tư 44/2014/TT-BGDĐT, Điều 6 khoản 1, khoản 2',
        'verbatim',
      ],
      ['XAC_NHAN_BAO_CAO', 'Xác nhận báo cáo (kèm minh chứng) của cấp xã', 'chủ tịch ủy ban nhân dân cấp xã', 'Thông tư 44/2014/TT-BGDĐT, Điều 5 khoản 1 điểm b', 'verbatim'],
      ['NOI_NHAN_HO_SO', 'Nơi nhận hồ sơ đề nghị kiểm tra, đánh giá, xếp loại', 'ủy ban nhân dân cấp huyện', 'Thông tư 44/2014/TT-BGDĐT, Điều 5 khoản 1', 'verbatim'],
      ['CAP_QUYET_DINH', 'Quyết định công nhận kết quả đánh giá, xếp loại', 'chủ tịch ủy ban nhân dân cấp huyện', 'Thông tư 44/2014/TT-BGDĐT, Điều 5 khoản 2, Điều 6 khoản 5', 'verbatim'],
      ['THANG_DANH_GIA', 'Tháng kiểm tra, đánh giá, xếp loại hằng năm', 12, 'Thông tư 44/2014/TT-BGDĐT, Điều 4 khoản 4', 'verbatim'],
      ['MINH_CHUNG', 'Tiêu chí không có minh chứng phù hợp', 'Các tiêu chí không có minh chứng phù hợp không được chấm điểm.', 'Thông tư 44/2014/TT-BGDĐT, Điều 4 khoản 2', 'verbatim'],
    ]);
  });
});
