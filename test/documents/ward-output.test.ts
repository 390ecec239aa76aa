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
import { ARTICLES, BASIS, MEETING_OPENING, PERIOD, SUMMARY_ROWS } from './tiny-levels-lines';

const TODAY = new Date(2026, 2, 5);
const DOTS = '……';
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
      'C14 sa7 | Kính gửi: Sở Giáo dục và Đào tạo tỉnh Sông Lam.',
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
      ...SUMMARY_ROWS,
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
      // The members' titles as typed in "Thông tin" ("Chủ tịch UBND xã") are the commune's to correct.
      ...MEETING_OPENING,
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
