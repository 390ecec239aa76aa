/**
 * A phường, thị trấn or đặc khu signs documents that name its own bodies with its own unit (review
 * 13b, finding 11): "Hội Khuyến học phường, … của phường", never the "xã" of another kind of unit.
 * Thông tư 25/2023 calls every unit of that level "xã" (Điều 9 khoản 1: "cấp xã"), and that legal
 * term stays ("cấp xã", "“Cộng đồng học tập” cấp xã"); the commune's own words follow its unit
 * (Luật Tổ chức chính quyền địa phương, Điều 2). Expected lines typed by hand from the tiny
 * commune's fixture (tiny-levels.ts, tiny-points.ts) with only "Tên xã" changed.
 */
import { describe, expect, it } from 'vitest';
import { communeNames } from '../../src/core/documents/wording';
import { tinyLevels } from '../fixtures/tiny-levels';
import { TINY_POINTS_DATE, tinyPoints } from '../fixtures/tiny-points';
import { BODY, CDHT, COMPACT, doc, dossierOn, lines, SIGNER } from './dossier-lines';

const TODAY = new Date(2026, 2, 5);
const DOTS = '……';
const PERIOD = 'từ ngày 01/01/2025 đến ngày 31/12/2025';
const ARTICLES = 'Điều 6, Điều 7 và Điều 8 Thông tư số 25/2023/TT-BGDĐT';
const BASIS = [
  'Căn cứ Thông tư số 25/2023/TT-BGDĐT ngày 27 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Cộng đồng học tập” cấp xã, huyện, tỉnh;',
  'Căn cứ Nghị định số 20/2014/NĐ-CP ngày 24 tháng 3 năm 2014 của Chính phủ về phổ cập giáo dục, xóa mù chữ;',
];
const NAME_11 = 'Thực hiện công tác tuyên truyền nâng cao nhận thức cho cộng đồng về học tập suốt đời, xây dựng xã hội học tập';
// The circular's own words for the indicators keep "xã": they are the law's, quoted.
const NAME_43 = 'Xã đạt chuẩn phổ cập giáo dục trung học cơ sở';
const NAME_51 = 'Tỷ lệ công dân trong xã đạt danh hiệu "Công dân học tập" (Quyết định số 324/QĐ-KHVN ngày 25 tháng 10 năm 2023)';
const NAME_52A = 'Tỷ lệ công dân trong xã được đào tạo trình độ chuyên môn kỹ thuật';
const NAME_52B = 'Tỷ lệ công dân trong xã có trình độ đại học trở lên';
const TC1 = 'Tiêu chí 1. Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã';
const TC4 = 'Tiêu chí 4. Kết quả phổ cập giáo dục - xóa mù chữ';
const TC5 = `Tiêu chí 5. Tác dụng của việc xây dựng ${CDHT}`;
const HEADER = 'HEADER UBND TỈNH SÔNG LAM / ỦY BAN NHÂN DÂN + PHƯỜNG BẾN THÀNH';

describe('communeNames: the unit of the commune as its own sentences name it', () => {
  it('is the unit typed, in small letters; "xã", the law’s word for the level, when none was typed', () => {
    expect(['Phường Bến Thành', 'THỊ TRẤN EA KAR', 'đặc khu côn đảo', 'Xã Hòa An', 'Bến Thành', ''].map((c) => communeNames(c).unit)).toEqual(['phường', 'thị trấn', 'đặc khu', 'xã', 'xã', 'xã']);
  });
});

describe('the TT25 dossier of a phường', () => {
  const result = dossierOn(tinyLevels({}, { commune: 'Phường Bến Thành' }), TODAY);

  it('the Tờ trình names the phường’s bodies and the level the phường reached', () => {
    expect(lines(doc(result, 'proposal'))).toEqual([
      `proposal / Tờ trình đề nghị đánh giá, công nhận ${CDHT} / portrait`,
      `${HEADER} / Số: 15/TTr-UBND / Bến Thành, ngày 05 tháng 3 năm 2026`,
      `TITLE TỜ TRÌNH / Về việc đề nghị đánh giá, công nhận phường Bến Thành đạt ${CDHT} Mức độ 1 năm 2025 / keep: ${CDHT}; năm 2025; phường Bến Thành; Mức độ 1`,
      'C14 sa8 | Kính gửi: Sở Giáo dục và Đào tạo tỉnh Sông Lam.',
      `${COMPACT} | ${BASIS[0]}`,
      `${COMPACT} | ${BASIS[1]}`,
      `${COMPACT} | Ủy ban nhân dân phường Bến Thành đã tổ chức tự đánh giá năm 2025 (số liệu tính ${PERIOD}) theo 3 tiêu chí, 4 chỉ tiêu quy định tại ${ARTICLES}. Kết quả: đạt 4/4 chỉ tiêu Mức độ 1; 2/4 chỉ tiêu Mức độ 2.`,
      `${COMPACT} | Ủy ban nhân dân phường Bến Thành đã tổ chức họp với sự tham gia của Hội Khuyến học phường, Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội của phường, thống nhất đề nghị công nhận ở mức độ phường thực tế đạt được (biên bản họp kèm theo).`,
      `${COMPACT} | Ủy ban nhân dân phường Bến Thành kính đề nghị Sở Giáo dục và Đào tạo tỉnh Sông Lam xem xét, thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh Sông Lam công nhận phường Bến Thành đạt ${CDHT} Mức độ 1 năm 2025.`,
      `${COMPACT} | Hồ sơ kèm theo gồm:`,
      `${COMPACT} | 1. Báo cáo tự đánh giá, công nhận ${CDHT} năm 2025 (số 42/BC-UBND);`,
      `${COMPACT} | 2. Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu;`,
      `${COMPACT} | 3. Danh mục minh chứng;`,
      `${COMPACT} | 4. Biên bản họp đề nghị công nhận (số 03/BB-BCĐ).`,
      `${COMPACT} | Ủy ban nhân dân phường Bến Thành kính trình Sở Giáo dục và Đào tạo tỉnh Sông Lam xem xét./.`,
      `SIGN Như trên; Hội Khuyến học tỉnh; Đảng ủy xã; Lưu: VT, VHXH / ${SIGNER}`,
    ]);
  });

  it('the Bản tổng hợp heads the column of the phường’s results and says whether the phường is in a difficult area', () => {
    expect(lines(doc(result, 'summary'))).toEqual([
      'summary / Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu / landscape',
      `${HEADER} / null / Bến Thành, ngày 05 tháng 3 năm 2026`,
      `TITLE BẢN TỔNG HỢP / Kết quả đánh giá các tiêu chí, chỉ tiêu ${CDHT} năm 2025 / keep: ${CDHT}; năm 2025`,
      'C14 sa6 | _(Kèm theo Tờ trình số 15/TTr-UBND ngày 05 tháng 3 năm 2026 của Ủy ban nhân dân phường Bến Thành)_',
      `${BODY} | Mức độ đối chiếu: Mức độ 1 (mức độ đề nghị công nhận). Phường thuộc vùng khó khăn: Không. Số liệu tính ${PERIOD}.`,
      'TABLE 0.07,0.41,0.13,0.13,0.1,0.16 borders cell=L12 sb2 sa2 ls1 aligns=CLCCCL',
      '  [h] Mã | Tiêu chí, chỉ tiêu | Yêu cầu Mức\u00a0độ\u00a01 | Kết quả của phường | Đánh giá | Mã minh chứng',
      `  [bs] ${TC1}: đạt Mức độ 1`,
      `  [] 1.1 | ${NAME_11} | Đạt | Đạt | Đạt | H1.01, H5.01`,
      `  [bs] ${TC4}: đạt Mức độ 1`,
      `  [] 4.3 | ${NAME_43} | Chuẩn mức độ 2 trở lên | Đạt chuẩn mức độ 2 | Đạt | `,
      `  [bs] ${TC5}: đạt Mức độ 1`,
      `  [] 5.1 | ${NAME_51} | ≥ 60% | 65% | Đạt | H5.02, H5.03`,
      `  [k] 5.2 | ${NAME_52A} | ≥ 50% | 60% | Đạt | H5.01`,
      `  []  | ${NAME_52B} | ≥ 12% | 15,5% | Đạt | `,
      '  [b]  | Tổng số chỉ tiêu đạt Mức độ 1 |  | 4/4 | Đạt Mức độ 1 | ',
      `J14 fl10 sb6 sa6 ls1.15 | Kết luận: phường Bến Thành đạt ${CDHT} Mức độ 1 năm 2025.`,
      `SIGN null / ${SIGNER}`,
    ]);
  });

  it('the Danh mục says the paper copy is kept at the phường', () => {
    const evidence = lines(doc(result, 'evidence'));
    expect(evidence.filter((l) => l.includes('H5.02'))).toEqual([
      '  [] 3 | H5.02 | {L12 sb2 sa2 ls1: _⟦[Cần bổ sung: tên minh chứng H5.02 — ghi ở trang "Danh mục minh chứng" rồi tạo lại hồ sơ]⟧_} |  | Hội Khuyến học xã | 5.1 | Bản giấy lưu tại phường',
    ]);
  });

  it('the Biên bản lists the phường’s bodies among those present', () => {
    expect(lines(doc(result, 'minutes')).slice(0, 11)).toEqual([
      `minutes / Biên bản họp đề nghị công nhận ${CDHT} / portrait`,
      `HEADER UBND PHƯỜNG BẾN THÀNH / BAN CHỈ ĐẠO XÂY DỰNG + XÃ HỘI HỌC TẬP / Số: 03/BB-BCĐ / Bến Thành, ngày ${DOTS} tháng ${DOTS} năm ${DOTS}`,
      `TITLE BIÊN BẢN / Họp đánh giá, đề nghị công nhận ${CDHT} năm 2025 / keep: ${CDHT}; năm 2025`,
      `${BODY} | Thời gian: vào hồi ${DOTS} giờ ${DOTS} phút, ngày ${DOTS} tháng ${DOTS} năm ${DOTS}.`,
      `${BODY} | Địa điểm: ${DOTS.repeat(4)}`,
      `${BODY} | Thành phần tham dự:`,
      // The members' titles as typed in "Thông tin" ("Chủ tịch UBND xã") are the commune's to correct.
      `${BODY} | - Nguyễn Văn Bình, Chủ tịch UBND xã (Trưởng ban);`,
      `${BODY} | - Hoàng Văn Nam, Công chức Văn hóa - Xã hội (Thành viên, thư ký);`,
      `${BODY} | - Đại diện Hội Khuyến học phường, Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội của phường: ${DOTS.repeat(3)}.`,
      `${BODY} | Chủ trì: Nguyễn Văn Bình, Chủ tịch UBND xã (Trưởng ban).`,
      `${BODY} | Thư ký: Hoàng Văn Nam, Công chức Văn hóa - Xã hội (Thành viên, thư ký).`,
    ]);
  });

  it('below Mức độ 1, the Báo cáo says the thị trấn cannot apply', () => {
    const below = dossierOn(tinyLevels({ 'TC1.1': 'Không đạt' }, { commune: 'Thị trấn Ea Kar' }), TODAY);
    const report = lines(doc(below, 'selfReport'));
    expect(report.filter((l) => l.includes('chưa đủ điều kiện'))).toEqual([
      `${BODY} | Ủy ban nhân dân thị trấn Ea Kar tự đánh giá thị trấn Ea Kar chưa đạt ${CDHT} Mức độ 1 năm 2025; các chỉ tiêu không đạt Mức độ 1: chỉ tiêu 1.1. Một mức độ chỉ được công nhận khi đạt tất cả các tiêu chí, nên thị trấn chưa đủ điều kiện đề nghị công nhận.`,
    ]);
    expect(lines(doc(below, 'summary'))[4]).toBe(`${BODY} | Mức độ đối chiếu: Mức độ 1 (thị trấn chưa đạt mức độ nào). Thị trấn thuộc vùng khó khăn: Không. Số liệu tính ${PERIOD}.`);
  });
});

describe('the TT44 dossier of a thị trấn', () => {
  it('the Biên bản tự kiểm tra names the thị trấn’s organisations and, below the pass mark, says the thị trấn cannot apply', () => {
    const passed = lines(doc(dossierOn(tinyPoints({}, { commune: 'Thị trấn Ea Kar' }), TINY_POINTS_DATE), 'selfCheck'));
    expect(passed.filter((l) => l.includes('Đại diện'))).toEqual([`${BODY} | - Đại diện các ban, ngành, đoàn thể của thị trấn: ${DOTS.repeat(3)}.`]);
    const failed = lines(doc(dossierOn(tinyPoints({ TC1: 40, TC2: 30, TC3: 0 }, { commune: 'Thị trấn Ea Kar' }), TINY_POINTS_DATE), 'selfCheck'));
    expect(failed.filter((l) => l.includes('Đoàn tự kiểm tra thống nhất'))).toEqual([
      `${BODY} | Đoàn tự kiểm tra thống nhất kết quả tự chấm điểm nêu trên; thị trấn chưa đủ điều kiện đề nghị công nhận.`,
    ]);
  });
});
