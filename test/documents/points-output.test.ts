/**
 * The whole TT44 dossier of a tiny commune (test/fixtures/tiny-points.ts), block by block with every
 * style: Tờ trình, Báo cáo đánh giá kết quả, Biên bản tự kiểm tra with its phiếu tự đánh giá, cho
 * điểm, and the Danh mục minh chứng, as Thông tư 44/2014 Điều 4–6 asks. Expected lines are typed from
 * the circular (Điều 3 criteria, Điều 4 khoản 2 and 3) and the fixture: 35/40, 25/30, 12,5/30 →
 * 72,5/100 điểm, Khá.
 */
import { describe, expect, it } from 'vitest';
import type { CommuneAssessment } from '../../src/core/workbook/snapshot';
import { TINY_POINTS_DATE, tinyPoints, tinyPointsRuleset } from '../fixtures/tiny-points';
import { BODY, CDHT, COMPACT, doc, dossierOn, evidenceList, lines, SIGNER } from './dossier-lines';

const dossier = (assessment: CommuneAssessment) => dossierOn(assessment, TINY_POINTS_DATE);

const HEADER = 'HEADER UBND HUYỆN HÒA BÌNH / ỦY BAN NHÂN DÂN + XÃ HÒA AN';
const BASIS = 'Căn cứ Thông tư số 44/2014/TT-BGDĐT ngày 12 tháng 12 năm 2014 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá, xếp loại “Cộng đồng học tập” cấp xã;';
// Up to the day the dossier is dated (TINY_POINTS_DATE): no document reports days after it.
const PERIOD = 'từ ngày 01/01/2021 đến ngày 10/12/2021';
const ARTICLES = 'Điều 3 và Điều 4 Thông tư số 44/2014/TT-BGDĐT';
const DOTS = '……';
const TC = [
  'Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã',
  'Hoạt động của ban chỉ đạo xây dựng xã hội học tập cấp xã',
  'Sự tham gia, phối hợp của các ban ngành, đoàn thể, các tổ chức trên địa bàn cấp xã',
];
const REPORT = `Báo cáo đánh giá kết quả xây dựng ${CDHT}`;
const ROW_HINT = 'nhập ở cột "Kết quả thực hiện" của trang "Đánh giá" (hoặc ở thanh bên) rồi tạo lại hồ sơ';
const LIST_HINT = 'ghi ở trang "Danh mục minh chứng" rồi tạo lại hồ sơ';
const INFO_HINT = 'nhập ở mục "Nội dung báo cáo" của trang "Thông tin" rồi tạo lại hồ sơ';
// The phiếu on one page: point columns wide enough for two-line headings, one point of air in a cell.
const SCORE_TABLE = 'TABLE 0.06,0.53,0.12,0.12,0.17 borders cell=L12 sb1 sa1 ls1 aligns=CLCCL';
const REPEALED = 'Thông tư số 44/2014/TT-BGDĐT đã bị bãi bỏ từ ngày 12/02/2024 (Thông tư số 25/2023/TT-BGDĐT, Điều 25 khoản 1): hồ sơ này dùng cho năm đánh giá';
/** The tiny sample's one item, kept on paper: the Danh mục says so, the checklist asks to confirm it (review rev13f F5). */
const PAPER_H101 =
  'Trang "Danh mục minh chứng", cột "Liên kết" trống ở dòng 2 (H1.01): Danh mục minh chứng ghi "Bản giấy lưu tại xã"; nếu không đúng, ghi liên kết hoặc nơi lưu bản giấy rồi tạo lại hồ sơ.';

const GAPS = [
  `${REPORT}: cần bổ sung kết quả thực hiện của tiêu chí 3: ${ROW_HINT}.`,
  `${REPORT}: cần bổ sung minh chứng của tiêu chí 3: ${LIST_HINT}.`,
  `${REPORT}: cần bổ sung Kiến nghị, đề xuất: ${INFO_HINT}.`,
];

describe('the TT44 dossier of a commune rated Khá, every block', () => {
  const result = dossier(tinyPoints());

  it('files the Tờ trình, Báo cáo, Biên bản tự kiểm tra and Danh mục minh chứng', () => {
    expect(result.documents.map((d) => `${d.kind} ${d.page.orientation}`)).toEqual(['proposal portrait', 'selfReport portrait', 'selfCheck portrait', 'evidence landscape']);
    expect(result.omitted).toEqual([]);
    expect(result.incomplete).toEqual([REPORT]);
  });

  it('writes the Tờ trình: the score and rating, who prepared and certified the dossier (TT44 Điều 5, 6), the request', () => {
    expect(lines(doc(result, 'proposal'))).toEqual([
      `proposal / Tờ trình đề nghị kiểm tra, công nhận ${CDHT} / portrait`,
      `${HEADER} / Số: 118/TTr-UBND / Hòa An, ngày 10 tháng 12 năm 2021`,
      `TITLE TỜ TRÌNH / Về việc đề nghị kiểm tra, công nhận kết quả xây dựng ${CDHT} năm 2021 của xã Hòa An / keep: ${CDHT}; năm 2021; xã Hòa An`,
      'C14 sa8 | Kính gửi: Ủy ban nhân dân huyện Hòa Bình.',
      `${COMPACT} | ${BASIS}`,
      `${COMPACT} | Ủy ban nhân dân xã Hòa An đã tổ chức tự kiểm tra, chấm điểm kết quả xây dựng ${CDHT} năm 2021 (số liệu tính ${PERIOD}) theo 3 tiêu chí; biên bản tự kiểm tra và phiếu tự đánh giá, cho điểm kèm theo.`,
      `${COMPACT} | Kết quả: tổng số điểm đạt 72,5/100 điểm, xếp loại Khá.`,
      `${COMPACT} | Căn cứ kết quả tự kiểm tra, Hội Khuyến học xã Hòa An đã lập hồ sơ; báo cáo kèm minh chứng có xác nhận của Chủ tịch Ủy ban nhân dân xã Hòa An.`,
      `${COMPACT} | Ủy ban nhân dân xã Hòa An kính đề nghị Ủy ban nhân dân huyện Hòa Bình kiểm tra, trình Chủ tịch Ủy ban nhân dân huyện Hòa Bình công nhận xã Hòa An đạt ${CDHT} năm 2021, xếp loại Khá.`,
      `${COMPACT} | Hồ sơ kèm theo gồm:`,
      `${COMPACT} | 1. Báo cáo đánh giá kết quả xây dựng ${CDHT} năm 2021 (số 245/BC-UBND);`,
      `${COMPACT} | 2. Biên bản tự kiểm tra kèm phiếu tự đánh giá, cho điểm (số 07/BB-BCĐ);`,
      `${COMPACT} | 3. Danh mục minh chứng.`,
      `${COMPACT} | Ủy ban nhân dân xã Hòa An kính trình Ủy ban nhân dân huyện Hòa Bình xem xét./.`,
      `SIGN Như trên; Hội Khuyến học huyện Hòa Bình; Phòng Giáo dục và Đào tạo huyện; Đảng ủy xã; Lưu: VT, VHXH / ${SIGNER}`,
    ]);
  });

  it('writes the Báo cáo: per criterion what was done, its evidence and points, the total, the chart and the rating', () => {
    expect(lines(doc(result, 'selfReport'))).toEqual([
      `selfReport / ${REPORT} / portrait`,
      `${HEADER} / Số: 245/BC-UBND / Hòa An, ngày 10 tháng 12 năm 2021`,
      `TITLE BÁO CÁO / Đánh giá kết quả xây dựng ${CDHT} năm 2021 / keep: ${CDHT}; năm 2021; xã Hòa An`,
      `${BODY} | ${BASIS}`,
      `${BODY} | Ủy ban nhân dân xã Hòa An báo cáo kết quả năm 2021 (số liệu tính ${PERIOD}) như sau:`,
      'H1 I. ĐẶC ĐIỂM TÌNH HÌNH',
      'H2 1. Thuận lợi',
      `${BODY} | Được huyện quan tâm chỉ đạo.`,
      'H2 2. Khó khăn',
      `${BODY} | Dịch bệnh kéo dài.`,
      'H1 II. KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ',
      `${BODY} | Ủy ban nhân dân xã Hòa An đã tự kiểm tra, chấm điểm theo 3 tiêu chí, thang điểm 100. Kết quả từng tiêu chí:`,
      `H2 Tiêu chí 1. ${TC[0]}`,
      `${BODY} | _- Kết quả thực hiện: _Đảng ủy ban hành Nghị quyết chuyên đề.`,
      `${BODY} | _- Minh chứng: _H1.01.`,
      `${BODY} | _- Tự đánh giá: _tự chấm 35/40 điểm.`,
      `H2 Tiêu chí 2. ${TC[1]}`,
      `${BODY} | _- Kết quả thực hiện: _Ban chỉ đạo họp 4 kỳ.`,
      `${BODY} | _- Minh chứng: _H1.01.`,
      `${BODY} | _- Tự đánh giá: _tự chấm 25/30 điểm.`,
      `H2 Tiêu chí 3. ${TC[2]}`,
      `${BODY} | _- Kết quả thực hiện: __⟦[Cần bổ sung: kết quả thực hiện của tiêu chí 3 — ${ROW_HINT}]⟧_`,
      `${BODY} | _- Minh chứng: __⟦[Cần bổ sung: minh chứng của tiêu chí 3 — ${LIST_HINT}]⟧_`,
      `${BODY} | _- Tự đánh giá: _tự chấm 12,5/30 điểm.`,
      `${BODY} | *Tổng số điểm: 72,5/100 điểm.*`,
      'CHART criteria / Điểm tự chấm theo từng tiêu chí / Tiêu chí 1, Tiêu chí 2, Tiêu chí 3 / max 40 step -',
      '  Điểm tối đa: 40, 30, 30',
      '  Điểm tự chấm: 35, 25, 12.5',
      'H1 III. NHẬN XÉT CHUNG',
      'H2 1. Kết quả nổi bật',
      `${BODY} | 9/9 thôn đạt "Cộng đồng khuyến học".`,
      'H2 2. Hạn chế',
      `${BODY} | Số lớp chuyển giao kỹ thuật giảm.`,
      'H2 3. Bài học kinh nghiệm',
      `${BODY} | Học trực tuyến qua nhóm Zalo thôn.`,
      'H1 IV. KẾT QUẢ TỰ ĐÁNH GIÁ',
      `${BODY} | Đối chiếu với ${ARTICLES}, Ủy ban nhân dân xã Hòa An tự đánh giá: tổng số điểm đạt 72,5/100 điểm, xếp loại Khá.`,
      'H1 V. KIẾN NGHỊ, ĐỀ XUẤT',
      `${BODY} | _⟦[Cần bổ sung: Kiến nghị, đề xuất — ${INFO_HINT}]⟧_`,
      `${BODY} | Trên đây là báo cáo của Ủy ban nhân dân xã Hòa An./.`,
      `SIGN Ủy ban nhân dân huyện Hòa Bình; Hội Khuyến học huyện Hòa Bình; Phòng Giáo dục và Đào tạo huyện; Đảng ủy xã; Lưu: VT, VHXH / ${SIGNER}`,
    ]);
  });

  it('writes the Biên bản tự kiểm tra, chaired by the signer when no member is Trưởng ban, then the phiếu on its own page', () => {
    expect(lines(doc(result, 'selfCheck'))).toEqual([
      'selfCheck / Biên bản tự kiểm tra và phiếu tự đánh giá, cho điểm / portrait',
      `HEADER UBND XÃ HÒA AN / BAN CHỈ ĐẠO XÂY DỰNG + XÃ HỘI HỌC TẬP / Số: 07/BB-BCĐ / Hòa An, ngày ${DOTS} tháng ${DOTS} năm ${DOTS}`,
      `TITLE BIÊN BẢN / Tự kiểm tra kết quả xây dựng ${CDHT} năm 2021 / keep: ${CDHT}; năm 2021`,
      `${BODY} | Thời gian: vào hồi ${DOTS} giờ ${DOTS} phút, ngày ${DOTS} tháng ${DOTS} năm ${DOTS}.`,
      `${BODY} | Địa điểm: ${DOTS.repeat(4)}`,
      `${BODY} | Thành phần đoàn tự kiểm tra:`,
      `${BODY} | - Lê Văn Hùng, Chủ tịch Hội Khuyến học xã (Phó Trưởng ban);`,
      `${BODY} | - Nguyễn Văn Bình, Chủ tịch UBND xã;`,
      `${BODY} | - Đại diện các ban, ngành, đoàn thể của xã: ${DOTS.repeat(3)}.`,
      `${BODY} | Chủ trì: Nguyễn Văn Bình, Chủ tịch UBND xã.`,
      `${BODY} | Thư ký: ${DOTS.repeat(2)}.`,
      'H1 NỘI DUNG',
      'H2 1. Nội dung kiểm tra',
      `${BODY} | Đoàn kiểm tra hồ sơ, minh chứng của 3 tiêu chí theo ${ARTICLES} (số liệu tính ${PERIOD}) và chấm điểm theo phiếu tự đánh giá, cho điểm kèm theo biên bản này.`,
      'H2 2. Kết quả',
      `${BODY} | Kết quả chấm điểm: tổng số điểm đạt 72,5/100 điểm, xếp loại Khá.`,
      'H2 3. Ý kiến của các thành viên',
      `L14 fl0 sa6 ls1.15 | ${DOTS.repeat(16)}`,
      `L14 fl0 sa6 ls1.15 | ${DOTS.repeat(16)}`,
      'H2 4. Kết luận',
      `${BODY} | Đoàn tự kiểm tra thống nhất kết quả tự chấm điểm nêu trên và đề nghị Ủy ban nhân dân huyện Hòa Bình kiểm tra, công nhận, xếp loại Khá.`,
      `${BODY} | Biên bản kết thúc vào hồi ${DOTS} giờ ${DOTS} phút cùng ngày, đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất./.`,
      'SIGN Ủy ban nhân dân huyện Hòa Bình; Lưu: VT, hồ sơ / -, THƯ KÝ, - + -, CHỦ TRÌ, Nguyễn Văn Bình',
      'PAGEBREAK',
      `TITLE PHIẾU TỰ ĐÁNH GIÁ, CHO ĐIỂM / Kết quả xây dựng ${CDHT} năm 2021 của xã Hòa An / keep: ${CDHT}; năm 2021; xã Hòa An`,
      'C14 sa6 | _(Kèm theo Biên bản tự kiểm tra số 07/BB-BCĐ)_',
      SCORE_TABLE,
      '  [h] TT | Tiêu chí | Điểm tối đa | Điểm tự chấm | Mã minh chứng',
      `  [] 1 | ${TC[0]} | 40 | 35 | H1.01`,
      `  [] 2 | ${TC[1]} | 30 | 25 | H1.01`,
      `  [] 3 | ${TC[2]} | 30 | 12,5 | `,
      '  [b]  | Tổng số điểm | 100 | 72,5 | Xếp loại: Khá',
      `${BODY} | Ghi chú: Theo khoản 2 Điều 4 Thông tư số 44/2014/TT-BGDĐT, các tiêu chí không có minh chứng phù hợp không được chấm điểm.`,
      `SIGN null / ${SIGNER}`,
    ]);
  });

  it('writes the Danh mục minh chứng headed "Tiêu chí", sent with the Báo cáo', () => {
    expect(lines(doc(result, 'evidence'))).toEqual(
      evidenceList({
        header: HEADER,
        placeDate: 'Hòa An, ngày 10 tháng 12 năm 2021',
        year: 2021,
        attachedTo: 'Báo cáo số 245/BC-UBND ngày 10 tháng 12 năm 2021 của Ủy ban nhân dân xã Hòa An',
        column: 'Tiêu chí',
        items: ['  [] 1 | H1.01 | Nghị quyết chuyên đề về khuyến học | Số 05-NQ/ĐU ngày 12/3/2021 | Đảng ủy xã | 1, 2 | Bản giấy lưu tại xã'],
        total: 'Tổng số: 1 minh chứng.',
      }),
    );
  });

  it('notes in the checklist that TT44 is repealed, who received and decided in its time, and every gap', () => {
    expect(result.checklist).toEqual([
      `${REPEALED} đến 2023 hoặc theo quy định riêng của địa phương.`,
      'Theo Thông tư 44/2014/TT-BGDĐT, Điều 5 khoản 1, hồ sơ gửi ủy ban nhân dân cấp huyện và chủ tịch ủy ban nhân dân cấp huyện quyết định công nhận (Thông tư 44/2014/TT-BGDĐT, Điều 5 khoản 2, Điều 6 khoản 5); hồ sơ này ghi "Ủy ban nhân dân huyện Hòa Bình" và "Chủ tịch Ủy ban nhân dân huyện Hòa Bình" theo trang "Thông tin".',
      PAPER_H101,
      ...GAPS,
    ]);
  });
});

describe('a TT44 commune with a criterion at 0 points (Điều 4 khoản 3: no band then)', () => {
  // 70 points would be Khá, but criterion 3 stands at 0.
  const result = dossier(tinyPoints({ TC1: 40, TC2: 30, TC3: 0 }));

  it('files no Tờ trình and says why', () => {
    expect(result.documents.map((d) => d.kind)).toEqual(['selfReport', 'selfCheck', 'evidence']);
    expect(result.omitted).toEqual([{ title: `Tờ trình đề nghị kiểm tra, công nhận ${CDHT}`, reason: 'Xã Hòa An xếp loại Chưa đạt (70/100 điểm), nên chưa lập Tờ trình đề nghị công nhận.' }]);
  });

  it('concludes the Báo cáo and the Biên bản that the commune cannot apply, and rates the phiếu Chưa đạt', () => {
    const report = lines(doc(result, 'selfReport'));
    const at = report.indexOf('H1 IV. KẾT QUẢ TỰ ĐÁNH GIÁ');
    expect(report.slice(at, at + 4)).toEqual([
      'H1 IV. KẾT QUẢ TỰ ĐÁNH GIÁ',
      `${BODY} | Đối chiếu với ${ARTICLES}, Ủy ban nhân dân xã Hòa An tự đánh giá: tổng số điểm đạt 70/100 điểm, xếp loại Chưa đạt.`,
      `${BODY} | Xã Hòa An chưa đủ điều kiện đề nghị công nhận ${CDHT} năm 2021.`,
      'H1 V. KIẾN NGHỊ, ĐỀ XUẤT',
    ]);
    const minutes = lines(doc(result, 'selfCheck'));
    expect(minutes[20]).toBe(`${BODY} | Đoàn tự kiểm tra thống nhất kết quả tự chấm điểm nêu trên; xã chưa đủ điều kiện đề nghị công nhận.`);
    // Not sent with a Tờ trình: the district is not among its Nơi nhận (the passing commune's minutes name it).
    expect(minutes.filter((line) => line.startsWith('SIGN'))).toEqual(['SIGN Lưu: VT, hồ sơ / -, THƯ KÝ, - + -, CHỦ TRÌ, Nguyễn Văn Bình', `SIGN null / ${SIGNER}`]);
    expect(minutes.slice(28, 32)).toEqual([
      `  [] 1 | ${TC[0]} | 40 | 40 | H1.01`,
      `  [] 2 | ${TC[1]} | 30 | 30 | H1.01`,
      `  [] 3 | ${TC[2]} | 30 | 0 | `,
      '  [b]  | Tổng số điểm | 100 | 70 | Xếp loại: Chưa đạt',
    ]);
  });
});

describe("a province's TT44 table without maxima, an unverified cut-off and fewer facts", () => {
  const base = tinyPointsRuleset(false);
  const drop = ['CHU_TRI_TU_KIEM_TRA', 'NOI_NHAN_HO_SO', 'MINH_CHUNG', 'NAM_CUOI'];
  const ruleset = {
    ...base,
    ratings: base.ratings.map((r, i) => (i === 1 ? { ...r, provenance: { ref: 'Biểu điểm của tỉnh', status: 'unverified' as const } } : r)),
    facts: base.facts.filter((f) => !drop.includes(f.key)),
  };
  const result = dossier(tinyPoints({}, {}, ruleset));

  it('prints dashes for the maxima, no chart maxima, no roles and no Ghi chú; the checklist says what to check', () => {
    const proposal = lines(doc(result, 'proposal'));
    expect(proposal.slice(6, 8)).toEqual([
      `${COMPACT} | Kết quả: tổng số điểm đạt 72,5/100 điểm, xếp loại Khá.`,
      `${COMPACT} | Ủy ban nhân dân xã Hòa An kính đề nghị Ủy ban nhân dân huyện Hòa Bình kiểm tra, trình Chủ tịch Ủy ban nhân dân huyện Hòa Bình công nhận xã Hòa An đạt ${CDHT} năm 2021, xếp loại Khá.`,
    ]);
    const report = lines(doc(result, 'selfReport'));
    expect(report.slice(12, 16)).toEqual([
      `H2 Tiêu chí 1. ${TC[0]}`,
      `${BODY} | _- Kết quả thực hiện: _Đảng ủy ban hành Nghị quyết chuyên đề.`,
      `${BODY} | _- Minh chứng: _H1.01.`,
      `${BODY} | _- Tự đánh giá: _tự chấm 35 điểm.`,
    ]);
    expect(report.slice(24, 27)).toEqual([
      `${BODY} | *Tổng số điểm: 72,5/100 điểm.*`,
      'CHART criteria / Điểm tự chấm theo từng tiêu chí / Tiêu chí 1, Tiêu chí 2, Tiêu chí 3 / max - step -',
      '  Điểm tự chấm: 35, 25, 12.5',
    ]);
    expect(lines(doc(result, 'selfCheck')).slice(-7)).toEqual([
      SCORE_TABLE,
      '  [h] TT | Tiêu chí | Điểm tối đa | Điểm tự chấm | Mã minh chứng',
      `  [] 1 | ${TC[0]} | – | 35 | H1.01`,
      `  [] 2 | ${TC[1]} | – | 25 | H1.01`,
      `  [] 3 | ${TC[2]} | – | 12,5 | `,
      '  [b]  | Tổng số điểm | 100 | 72,5 | Xếp loại: Khá',
      `SIGN null / ${SIGNER}`,
    ]);
    expect(result.checklist).toEqual([
      `${REPEALED} trước đó hoặc theo quy định riêng của địa phương.`,
      'Ngưỡng xếp loại (Tốt từ 85 điểm, Khá từ 70 điểm, Trung bình từ 50 điểm) chưa được xác minh từ văn bản gốc: kiểm tra trước khi ký.',
      'Phiếu tự đánh giá: điểm tối đa của từng tiêu chí chưa có trong bảng "Bộ tiêu chí"; ghi theo biểu điểm của tỉnh (tổng 100 điểm).',
      PAPER_H101,
      ...GAPS,
    ]);
  });
});

describe("a province's own points rule, in force and citing no document (no BAI_BO, no VAN_BAN fact)", () => {
  const base = tinyPointsRuleset();
  const result = dossier(tinyPoints({}, {}, { ...base, facts: base.facts.filter((f) => !['BAI_BO', 'VAN_BAN'].includes(f.key)) }));

  it('says nothing of a repeal, and states the phiếu’s rule as the table words it, with no clause cited', () => {
    expect(result.checklist).toEqual([
      'Theo Thông tư 44/2014/TT-BGDĐT, Điều 5 khoản 1, hồ sơ gửi ủy ban nhân dân cấp huyện và chủ tịch ủy ban nhân dân cấp huyện quyết định công nhận (Thông tư 44/2014/TT-BGDĐT, Điều 5 khoản 2, Điều 6 khoản 5); hồ sơ này ghi "Ủy ban nhân dân huyện Hòa Bình" và "Chủ tịch Ủy ban nhân dân huyện Hòa Bình" theo trang "Thông tin".',
      PAPER_H101,
      ...GAPS,
    ]);
    expect(lines(doc(result, 'selfCheck')).filter((line) => line.includes('Ghi chú:'))).toEqual(['J14 fl10 sa6 ls1.15 | Ghi chú: Các tiêu chí không có minh chứng phù hợp không được chấm điểm.']);
  });
});
