/**
 * The whole TT25 dossier of a tiny commune (test/fixtures/tiny-levels.ts), block by block with every
 * style: what the văn thư prints and files under Thông tư 25/2023 Điều 9 (Tờ trình, Báo cáo tự đánh
 * giá, Bản tổng hợp, Danh mục minh chứng) and the minutes of the meeting. Expected lines are typed
 * from the circular's wording and the fixture's values: 4 indicators (1.1, 4.3, 5.1, 5.2), all met at
 * Mức độ 1, 4.3 (chuẩn mức độ 2 of the 3 Mức độ 2 needs) and 5.1 (65% of 80%) short of Mức độ 2.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier, documentFileName } from '../../src/core/documents/dossier/dossier';
import { documentText } from '../../src/core/documents/plain-text';
import type { ReportDocument } from '../../src/core/documents/model';
import type { CommuneAssessment } from '../../src/core/workbook/snapshot';
import { evaluate } from '../../src/core/engine/evaluate';
import { TINY_TT25, TINY_VALUES, tinyLevels } from '../fixtures/tiny-levels';
import { BODY, CDHT, COMPACT, doc, dossierOn, evidenceList, lines, SIGNER } from './dossier-lines';
import { ARTICLES, BASIS, NAME_11, NAME_43, NAME_51, NAME_52A, NAME_52B, PERIOD, MEETING_OPENING, SUMMARY_ROWS, TC1, TC4, TC5 } from './tiny-levels-lines';

const TODAY = new Date(2026, 2, 5);
const dossier = (assessment: CommuneAssessment, today = TODAY) => dossierOn(assessment, today);
/** The lines of `doc` from the one equal to `from`, `count` of them. */
const from = (doc: ReportDocument, first: string, count: number) => {
  const all = lines(doc);
  const at = all.indexOf(first);
  expect(at, first).toBeGreaterThanOrEqual(0);
  return all.slice(at, at + count);
};

const HEADER = 'HEADER UBND TỈNH SÔNG LAM / ỦY BAN NHÂN DÂN + XÃ HÒA AN';
const INFO_HINT = 'nhập ở mục "Nội dung báo cáo" của trang "Thông tin" rồi tạo lại hồ sơ';
const ROW_HINT = 'nhập ở cột "Kết quả thực hiện" của trang "Đánh giá" (hoặc ở thanh bên) rồi tạo lại hồ sơ';
const LIST_HINT = 'ghi ở trang "Danh mục minh chứng" rồi tạo lại hồ sơ';
/** 5.1's description holds a link no item of the list has: the Danh mục gives it a code and asks for its details. */
const FOUND_53 = 'tên, số, ngày và cơ quan ban hành của minh chứng H5.03 (liên kết ghi trong "Kết quả thực hiện" của chỉ tiêu 5.1)';
const SUMMARY_TABLE = 'TABLE 0.07,0.41,0.13,0.13,0.1,0.16 borders cell=L12 sb2 sa2 ls1 aligns=CLCCCL';

describe('the TT25 dossier of a commune at Mức độ 1, every block', () => {
  const result = dossier(tinyLevels());

  it('files the Tờ trình, Báo cáo, Bản tổng hợp, Danh mục minh chứng and Biên bản, in that order', () => {
    expect(result.documents.map((d) => `${d.kind} ${d.page.orientation}`)).toEqual(['proposal portrait', 'selfReport portrait', 'summary landscape', 'evidence landscape', 'minutes portrait']);
    expect(result.omitted).toEqual([]);
  });

  it('writes the Tờ trình: addressee, Căn cứ, findings, request, attachments and signature', () => {
    expect(lines(doc(result, 'proposal'))).toEqual([
      `proposal / Tờ trình đề nghị đánh giá, công nhận ${CDHT} / portrait`,
      `${HEADER} / Số: 15/TTr-UBND / Hòa An, ngày 05 tháng 3 năm 2026`,
      `TITLE TỜ TRÌNH / Về việc đề nghị đánh giá, công nhận xã Hòa An đạt ${CDHT} Mức độ 1 năm 2025 / keep: ${CDHT}; năm 2025; xã Hòa An; Mức độ 1`,
      // A few points over its page at the decree's 6 pt between paragraphs: the gaps above 6 pt (the title's, this one's 8) give them.
      'C14 sa7 | Kính gửi: Sở Giáo dục và Đào tạo tỉnh Sông Lam.',
      `${COMPACT} | ${BASIS[0]}`,
      `${COMPACT} | ${BASIS[1]}`,
      `${COMPACT} | Ủy ban nhân dân xã Hòa An đã tổ chức tự đánh giá năm 2025 (số liệu tính ${PERIOD}) theo 3 tiêu chí, 4 chỉ tiêu quy định tại ${ARTICLES}. Kết quả: đạt 4/4 chỉ tiêu Mức độ 1; 2/4 chỉ tiêu Mức độ 2.`,
      `${COMPACT} | Ủy ban nhân dân xã Hòa An đã tổ chức họp với sự tham gia của Hội Khuyến học xã, Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội của xã, thống nhất đề nghị công nhận ở mức độ xã thực tế đạt được (biên bản họp kèm theo).`,
      `${COMPACT} | Ủy ban nhân dân xã Hòa An kính đề nghị Sở Giáo dục và Đào tạo tỉnh Sông Lam xem xét, thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh Sông Lam công nhận xã Hòa An đạt ${CDHT} Mức độ 1 năm 2025.`,
      `${COMPACT} | Hồ sơ kèm theo gồm:`,
      `${COMPACT} | 1. Báo cáo tự đánh giá, công nhận ${CDHT} năm 2025 (số 42/BC-UBND);`,
      `${COMPACT} | 2. Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu;`,
      `${COMPACT} | 3. Danh mục minh chứng;`,
      `${COMPACT} | 4. Biên bản họp đề nghị công nhận (số 03/BB-BCĐ).`,
      `${COMPACT} | Ủy ban nhân dân xã Hòa An kính trình Sở Giáo dục và Đào tạo tỉnh Sông Lam xem xét./.`,
      // The addressee is "Như trên", not listed a second time.
      `SIGN Như trên; Hội Khuyến học tỉnh; Đảng ủy xã; Lưu: VT, VHXH / ${SIGNER}`,
    ]);
  });

  it('writes the Báo cáo: every indicator with what was done, its figures, evidence and level, then the conclusion', () => {
    expect(lines(doc(result, 'selfReport'))).toEqual([
      `selfReport / Báo cáo tự đánh giá, công nhận ${CDHT} / portrait`,
      `${HEADER} / Số: 42/BC-UBND / Hòa An, ngày 05 tháng 3 năm 2026`,
      `TITLE BÁO CÁO / Tự đánh giá, công nhận ${CDHT} năm 2025 / keep: ${CDHT}; năm 2025; xã Hòa An; Mức độ 1`,
      `${BODY} | ${BASIS[0]}`,
      `${BODY} | ${BASIS[1]}`,
      `${BODY} | Ủy ban nhân dân xã Hòa An báo cáo kết quả năm 2025 (số liệu tính ${PERIOD}) như sau:`,
      'H1 I. ĐẶC ĐIỂM TÌNH HÌNH',
      'H2 1. Thuận lợi',
      `${BODY} | Nhân dân đồng thuận.`,
      'H2 2. Khó khăn',
      `${BODY} | _⟦[Cần bổ sung: Khó khăn — ${INFO_HINT}]⟧_`,
      'H1 II. KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ',
      `H2 ${TC1}`,
      `${BODY} k | *Chỉ tiêu 1.1. ${NAME_11}*`,
      `${BODY} | _- Kết quả thực hiện: _Ban hành Kế hoạch số 08/KH-UBND.`,
      `${BODY} | Tổ chức 4 hội nghị.`,
      `${BODY} | _- Minh chứng: _H1.01, H5.01.`,
      // The last indicator's last line keeps with its criterion's verdict (keepLastWithNext); 5.1's does not.
      `${BODY} k | _- Tự đánh giá: _đạt Mức độ 1, đạt Mức độ 2.`,
      `${BODY} | _Tự đánh giá tiêu chí 1: đạt Mức độ 1, đạt Mức độ 2._`,
      `H2 ${TC4}`,
      `${BODY} k | *Chỉ tiêu 4.3. ${NAME_43}*`,
      `${BODY} | _- Kết quả thực hiện: __⟦[Cần bổ sung: kết quả thực hiện của chỉ tiêu 4.3 — ${ROW_HINT}]⟧_`,
      `${BODY} | _- Số liệu: _đạt chuẩn mức độ 2 (yêu cầu để công nhận Mức độ 1: chuẩn mức độ 2 trở lên; Mức độ 2: chuẩn mức độ 3 trở lên).`,
      `${BODY} | _- Minh chứng: __⟦[Cần bổ sung: minh chứng của chỉ tiêu 4.3 — ${LIST_HINT}]⟧_`,
      `${BODY} k | _- Tự đánh giá: _đạt Mức độ 1, không đạt Mức độ 2.`,
      `${BODY} | _Tự đánh giá tiêu chí 4: đạt Mức độ 1, không đạt Mức độ 2 (chỉ tiêu 4.3 không đạt Mức độ 2)._`,
      `H2 ${TC5}`,
      `${BODY} k | *Chỉ tiêu 5.1. ${NAME_51}*`,
      // The link in the description is cited by the code the Danh mục minh chứng gives it.
      `${BODY} | _- Kết quả thực hiện: _Đạt 65% (minh chứng H5.03).`,
      `${BODY} | _- Số liệu: _65% (yêu cầu để công nhận Mức độ 1: ≥ 60%; Mức độ 2: ≥ 80%).`,
      `${BODY} | _- Minh chứng: _H5.02, H5.03.`,
      `${BODY} | _- Tự đánh giá: _đạt Mức độ 1, không đạt Mức độ 2.`,
      // An indicator of two parts is named by its first part and states both figures.
      `${BODY} k | *Chỉ tiêu 5.2. ${NAME_52A}*`,
      `${BODY} | _- Kết quả thực hiện: _Có 8.211 người được đào tạo.`,
      `${BODY} | _- Số liệu: _${NAME_52A}: 60% (yêu cầu để công nhận Mức độ 1: ≥ 50%; Mức độ 2: ≥ 60%); ${NAME_52B}: 15,5% (yêu cầu để công nhận Mức độ 1: ≥ 12%; Mức độ 2: ≥ 15%).`,
      `${BODY} | _- Minh chứng: _H5.01.`,
      `${BODY} k | _- Tự đánh giá: _đạt Mức độ 1, đạt Mức độ 2.`,
      `${BODY} | _Tự đánh giá tiêu chí 5: đạt Mức độ 1, không đạt Mức độ 2 (chỉ tiêu 5.1 không đạt Mức độ 2)._`,
      'CHART criteria / Số chỉ tiêu đạt theo từng tiêu chí / Tiêu chí 1, Tiêu chí 4, Tiêu chí 5 / max 2 step 1',
      '  Tổng số chỉ tiêu: 1, 1, 2',
      '  Đạt Mức độ 1: 1, 1, 2',
      '  Đạt Mức độ 2: 1, 0, 1',
      'H1 III. NHẬN XÉT CHUNG',
      'H2 1. Kết quả nổi bật',
      `${BODY} | Mở 42 lớp chuyên đề.`,
      `${BODY} | Thư viện phục vụ 4.800 lượt bạn đọc.`,
      'H2 2. Hạn chế',
      `${BODY} | Kinh phí còn hạn chế.`,
      'H2 3. Bài học kinh nghiệm',
      `${BODY} | _⟦[Cần bổ sung: Bài học kinh nghiệm — ${INFO_HINT}]⟧_`,
      'H1 IV. KẾT QUẢ TỰ ĐÁNH GIÁ',
      `${BODY} | Đối chiếu với ${ARTICLES}, xã Hòa An đạt 4/4 chỉ tiêu Mức độ 1; 2/4 chỉ tiêu Mức độ 2.`,
      `${BODY} | Ủy ban nhân dân xã Hòa An tự đánh giá xã Hòa An đạt ${CDHT} Mức độ 1 năm 2025.`,
      `${BODY} | Các chỉ tiêu không đạt Mức độ 2: chỉ tiêu 4.3 và chỉ tiêu 5.1.`,
      'H1 V. KIẾN NGHỊ, ĐỀ XUẤT',
      `${BODY} | Hỗ trợ thiết bị tin học.`,
      `${BODY} | Trên đây là báo cáo của Ủy ban nhân dân xã Hòa An./.`,
      `SIGN Sở Giáo dục và Đào tạo tỉnh Sông Lam; Hội Khuyến học tỉnh; Đảng ủy xã; Lưu: VT, VHXH / ${SIGNER}`,
    ]);
  });

  it('writes the Bản tổng hợp: each criterion across the table, each part of an indicator on its own row, the total', () => {
    expect(lines(doc(result, 'summary'))).toEqual([
      'summary / Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu / landscape',
      `${HEADER} / null / Hòa An, ngày 05 tháng 3 năm 2026`,
      `TITLE BẢN TỔNG HỢP / Kết quả đánh giá các tiêu chí, chỉ tiêu ${CDHT} năm 2025 / keep: ${CDHT}; năm 2025`,
      'C14 sa6 | _(Kèm theo Tờ trình số 15/TTr-UBND ngày 05 tháng 3 năm 2026 của Ủy ban nhân dân xã Hòa An)_',
      `${BODY} | Mức độ đối chiếu: Mức độ 1 (mức độ đề nghị công nhận). Xã thuộc vùng khó khăn: Không. Số liệu tính ${PERIOD}.`,
      SUMMARY_TABLE,
      '  [h] Mã | Tiêu chí, chỉ tiêu | Yêu cầu Mức\u00a0độ\u00a01 | Kết quả của xã | Đánh giá | Mã minh chứng',
      ...SUMMARY_ROWS,
      `J14 fl10 sb6 sa6 ls1.15 | Kết luận: xã Hòa An đạt ${CDHT} Mức độ 1 năm 2025.`,
      `SIGN null / ${SIGNER}`,
    ]);
  });

  it('writes the Danh mục minh chứng by criterion then number, with a gap for a nameless item', () => {
    expect(lines(doc(result, 'evidence'))).toEqual(
      evidenceList({
        header: HEADER,
        placeDate: 'Hòa An, ngày 05 tháng 3 năm 2026',
        year: 2025,
        attachedTo: 'Tờ trình số 15/TTr-UBND ngày 05 tháng 3 năm 2026 của Ủy ban nhân dân xã Hòa An',
        column: 'Chỉ tiêu',
        items: [
          '  [] 1 | H1.01 | Kế hoạch xây dựng xã hội học tập | Số 08/KH-UBND ngày 20/01/2025 | Ủy ban nhân dân xã | 1.1 | {L12 sb2 sa2 ls1: [https://drive.google.com/h101](https://drive.google.com/h101)}',
          '  [] 2 | H5.01 | Báo cáo trình độ | Năm 2025 | Ủy ban nhân dân xã | 5.2, Tiêu chí 1 | {L12 sb2 sa2 ls1: [https://drive.google.com/h501](https://drive.google.com/h501)}',
          `  [] 3 | H5.02 | {L12 sb2 sa2 ls1: _⟦[Cần bổ sung: tên minh chứng H5.02 — ${LIST_HINT}]⟧_} |  | Hội Khuyến học xã | 5.1 | Bản giấy lưu tại xã`,
          `  [] 4 | H5.03 | {L12 sb2 sa2 ls1: _⟦[Cần bổ sung: ${FOUND_53} — ${LIST_HINT}]⟧_} |  |  | 5.1 | {L12 sb2 sa2 ls1: [https://drive.google.com/file/d/x](https://drive.google.com/file/d/x)}`,
        ],
        total: 'Tổng số: 4 minh chứng.',
      }),
    );
  });

  it('drafts the Biên bản with dotted time, place, discussion and vote, chaired by the Trưởng ban', () => {
    const DOTS = '……';
    expect(lines(doc(result, 'minutes'))).toEqual([
      `minutes / Biên bản họp đề nghị công nhận ${CDHT} / portrait`,
      `HEADER UBND XÃ HÒA AN / BAN CHỈ ĐẠO XÂY DỰNG + XÃ HỘI HỌC TẬP / Số: 03/BB-BCĐ / Hòa An, ngày ${DOTS} tháng ${DOTS} năm ${DOTS}`,
      `TITLE BIÊN BẢN / Họp đánh giá, đề nghị công nhận ${CDHT} năm 2025 / keep: ${CDHT}; năm 2025`,
      ...MEETING_OPENING,
      `${BODY} | - Đại diện Hội Khuyến học xã, Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội của xã: ${DOTS.repeat(3)}.`,
      `${BODY} | Chủ trì: Nguyễn Văn Bình, Chủ tịch UBND xã (Trưởng ban).`,
      `${BODY} | Thư ký: Hoàng Văn Nam, Công chức Văn hóa - Xã hội (Thành viên, thư ký).`,
      'H1 NỘI DUNG',
      `H2 1. Thông qua kết quả tự đánh giá ${CDHT} năm 2025`,
      `${BODY} | Thư ký trình bày kết quả tự đánh giá theo ${ARTICLES} (số liệu tính ${PERIOD}):`,
      `${BODY} | - ${TC1}: đạt Mức độ 1, đạt Mức độ 2.`,
      `${BODY} | - ${TC4}: đạt Mức độ 1, không đạt Mức độ 2.`,
      `${BODY} | - ${TC5}: đạt Mức độ 1, không đạt Mức độ 2.`,
      `${BODY} | Tổng hợp: đạt 4/4 chỉ tiêu Mức độ 1; 2/4 chỉ tiêu Mức độ 2.`,
      'H2 2. Ý kiến thảo luận',
      `L14 fl0 sa6 ls1.15 | ${DOTS.repeat(16)}`,
      `L14 fl0 sa6 ls1.15 | ${DOTS.repeat(16)}`,
      'H2 3. Kết luận',
      `${BODY} | Cuộc họp thống nhất kết quả tự đánh giá nêu trên và đề nghị Sở Giáo dục và Đào tạo tỉnh Sông Lam thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh Sông Lam công nhận xã Hòa An đạt ${CDHT} Mức độ 1 năm 2025.`,
      `${BODY} | Số thành viên dự họp đồng ý: ${DOTS}/${DOTS}.`,
      `${BODY} | Biên bản kết thúc vào hồi ${DOTS} giờ ${DOTS} phút cùng ngày, đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất./.`,
      'SIGN Sở Giáo dục và Đào tạo tỉnh Sông Lam; Lưu: VT, hồ sơ / -, THƯ KÝ, Hoàng Văn Nam + -, CHỦ TRÌ, Nguyễn Văn Bình',
    ]);
  });

  it('lists in the checklist the deadline (past), the unsupported indicator and every gap, by document', () => {
    const report = `Báo cáo tự đánh giá, công nhận ${CDHT}`;
    expect(result.checklist).toEqual([
      'Hồ sơ gửi trước ngày 28/02/2026; số liệu tính từ ngày 01/01 đến ngày 31/12/2025 (Thông tư 25/2023/TT-BGDĐT, Điều 9 khoản 1 điểm d). Hạn này đã qua.',
      'Trang "Danh mục minh chứng", cột "Liên kết" trống ở dòng 4 (H5.02): Danh mục minh chứng ghi "Bản giấy lưu tại xã"; nếu không đúng, ghi liên kết hoặc nơi lưu bản giấy rồi tạo lại hồ sơ.',
      `${report}: cần bổ sung Khó khăn: ${INFO_HINT}.`,
      `${report}: cần bổ sung kết quả thực hiện của chỉ tiêu 4.3: ${ROW_HINT}.`,
      `${report}: cần bổ sung minh chứng của chỉ tiêu 4.3: ${LIST_HINT}.`,
      `${report}: cần bổ sung Bài học kinh nghiệm: ${INFO_HINT}.`,
      `Danh mục minh chứng: cần bổ sung tên minh chứng H5.02: ${LIST_HINT}.`,
      `Danh mục minh chứng: cần bổ sung ${FOUND_53}: ${LIST_HINT}.`,
    ]);
    expect(result.incomplete).toEqual([report, 'Danh mục minh chứng']);
  });

  it('names each file for its document, commune and year, without quotation marks', () => {
    expect(result.documents.map((d) => documentFileName(d, tinyLevels().info))).toEqual([
      'Tờ trình đề nghị đánh giá, công nhận Cộng đồng học tập cấp xã - Xã Hòa An - 2025',
      'Báo cáo tự đánh giá, công nhận Cộng đồng học tập cấp xã - Xã Hòa An - 2025',
      'Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu - Xã Hòa An - 2025',
      'Danh mục minh chứng - Xã Hòa An - 2025',
      'Biên bản họp đề nghị công nhận Cộng đồng học tập cấp xã - Xã Hòa An - 2025',
    ]);
  });
});

describe('the TT25 dossier of a commune below Mức độ 1', () => {
  // 1.1 not met, and 5.2 short by its second part (5% of the 12% Mức độ 1 needs).
  const result = dossier(tinyLevels({ 'TC1.1': 'Không đạt', 'TC5.2b': 0.05 }));
  const reason = 'Xã Hòa An chưa đạt Mức độ 1 (không đạt: chỉ tiêu 1.1 và chỉ tiêu 5.2), nên chưa lập hồ sơ đề nghị công nhận.';

  it('files no Tờ trình and no Biên bản, and says why', () => {
    expect(result.documents.map((d) => d.kind)).toEqual(['selfReport', 'summary', 'evidence']);
    expect(result.omitted).toEqual([
      { title: `Tờ trình đề nghị đánh giá, công nhận ${CDHT}`, reason },
      { title: `Biên bản họp đề nghị công nhận ${CDHT}`, reason },
    ]);
  });

  it('concludes the Báo cáo with the indicators not met and why no level is recognised', () => {
    expect(from(doc(result, 'selfReport'), 'H1 IV. KẾT QUẢ TỰ ĐÁNH GIÁ', 4)).toEqual([
      'H1 IV. KẾT QUẢ TỰ ĐÁNH GIÁ',
      `${BODY} | Đối chiếu với ${ARTICLES}, xã Hòa An đạt 2/4 chỉ tiêu Mức độ 1; 0/4 chỉ tiêu Mức độ 2.`,
      `${BODY} | Ủy ban nhân dân xã Hòa An tự đánh giá xã Hòa An chưa đạt ${CDHT} Mức độ 1 năm 2025; các chỉ tiêu không đạt Mức độ 1: chỉ tiêu 1.1 và chỉ tiêu 5.2. Một mức độ chỉ được công nhận khi đạt tất cả các tiêu chí, nên xã chưa đủ điều kiện đề nghị công nhận.`,
      'H1 V. KIẾN NGHỊ, ĐỀ XUẤT',
    ]);
    expect(from(doc(result, 'selfReport'), `${BODY} k | *Chỉ tiêu 1.1. ${NAME_11}*`, 6).slice(3)).toEqual([
      `${BODY} | _- Minh chứng: _H1.01, H5.01.`,
      `${BODY} k | _- Tự đánh giá: _không đạt Mức độ 1, không đạt Mức độ 2.`,
      `${BODY} | _Tự đánh giá tiêu chí 1: không đạt Mức độ 1, không đạt Mức độ 2 (chỉ tiêu 1.1 không đạt)._`,
    ]);
  });

  it('compares the Bản tổng hợp with Mức độ 1 and sends the annexes with the Báo cáo', () => {
    expect(lines(doc(result, 'summary')).slice(3)).toEqual([
      'C14 sa6 | _(Kèm theo Báo cáo số 42/BC-UBND ngày 05 tháng 3 năm 2026 của Ủy ban nhân dân xã Hòa An)_',
      `${BODY} | Mức độ đối chiếu: Mức độ 1 (xã chưa đạt mức độ nào). Xã thuộc vùng khó khăn: Không. Số liệu tính ${PERIOD}.`,
      SUMMARY_TABLE,
      '  [h] Mã | Tiêu chí, chỉ tiêu | Yêu cầu Mức\u00a0độ\u00a01 | Kết quả của xã | Đánh giá | Mã minh chứng',
      `  [bs] ${TC1}: không đạt Mức độ 1`,
      `  [] 1.1 | ${NAME_11} | Đạt | Không đạt | Không đạt | H1.01, H5.01`,
      `  [bs] ${TC4}: đạt Mức độ 1`,
      `  [] 4.3 | ${NAME_43} | Chuẩn mức độ 2 trở lên | Đạt chuẩn mức độ 2 | Đạt | `,
      `  [bs] ${TC5}: không đạt Mức độ 1`,
      `  [] 5.1 | ${NAME_51} | ≥ 60% | 65% | Đạt | H5.02, H5.03`,
      `  [k] 5.2 | ${NAME_52A} | ≥ 50% | 60% | Đạt | H5.01`,
      `  []  | ${NAME_52B} | ≥ 12% | 5% | Không đạt | `,
      '  [b]  | Tổng số chỉ tiêu đạt Mức độ 1 |  | 2/4 | Chưa đạt Mức độ 1 | ',
      `J14 fl10 sb6 sa6 ls1.15 | Kết luận: xã Hòa An chưa đạt ${CDHT} Mức độ 1 năm 2025.`,
      `SIGN null / ${SIGNER}`,
    ]);
    expect(lines(doc(result, 'evidence'))[3]).toBe('C14 sa6 | _(Kèm theo Báo cáo số 42/BC-UBND ngày 05 tháng 3 năm 2026 của Ủy ban nhân dân xã Hòa An)_');
  });
});

describe('a commune that meets Mức độ 2', () => {
  const md2 = { 'TC4.3': 'Mức độ 3', 'TC5.1': 0.8 };
  const deferredBlank =
    'Xã Hòa An đạt các chỉ tiêu của Mức độ 2 nhưng chưa có quyết định công nhận Mức độ 1 (ô "Ngày quyết định công nhận Mức độ 1" ở trang "Thông tin" còn trống), nên hồ sơ đề nghị công nhận Mức độ 1.';
  const unverified = 'Điều kiện 12 tháng giữa Mức độ 1 và Mức độ 2 chưa xác minh (Nguồn thứ cấp, chưa đối chiếu văn bản gốc): kiểm tra trước khi ký.';

  it('without a Mức độ 1 decision applies for Mức độ 1, says why in the Tờ trình, Báo cáo and Biên bản, and flags the unverified wait', () => {
    const result = dossier(tinyLevels(md2));
    const proposal = lines(doc(result, 'proposal'));
    expect(proposal[2]).toBe(`TITLE TỜ TRÌNH / Về việc đề nghị đánh giá, công nhận xã Hòa An đạt ${CDHT} Mức độ 1 năm 2025 / keep: ${CDHT}; năm 2025; xã Hòa An; Mức độ 1`);
    // The paragraph saying why takes the Tờ trình past its page by more than its gaps give above the decree's 6 pt: set for two pages at the reports' size (page-fit.ts).
    const SQUEEZED = BODY;
    expect(proposal.slice(6, 10)).toEqual([
      `${SQUEEZED} | Ủy ban nhân dân xã Hòa An đã tổ chức tự đánh giá năm 2025 (số liệu tính ${PERIOD}) theo 3 tiêu chí, 4 chỉ tiêu quy định tại ${ARTICLES}. Kết quả: đạt 4/4 chỉ tiêu Mức độ 1; 4/4 chỉ tiêu Mức độ 2.`,
      `${SQUEEZED} | Ủy ban nhân dân xã Hòa An đã tổ chức họp với sự tham gia của Hội Khuyến học xã, Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội của xã, thống nhất đề nghị công nhận ở mức độ xã thực tế đạt được (biên bản họp kèm theo).`,
      `${SQUEEZED} | ${deferredBlank}`,
      `${SQUEEZED} | Ủy ban nhân dân xã Hòa An kính đề nghị Sở Giáo dục và Đào tạo tỉnh Sông Lam xem xét, thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh Sông Lam công nhận xã Hòa An đạt ${CDHT} Mức độ 1 năm 2025.`,
    ]);
    expect(from(doc(result, 'selfReport'), 'H1 IV. KẾT QUẢ TỰ ĐÁNH GIÁ', 5)).toEqual([
      'H1 IV. KẾT QUẢ TỰ ĐÁNH GIÁ',
      `${BODY} | Đối chiếu với ${ARTICLES}, xã Hòa An đạt 4/4 chỉ tiêu Mức độ 1; 4/4 chỉ tiêu Mức độ 2.`,
      `${BODY} | Ủy ban nhân dân xã Hòa An tự đánh giá xã Hòa An đạt ${CDHT} Mức độ 2 năm 2025.`,
      `${BODY} | ${deferredBlank}`,
      'H1 V. KIẾN NGHỊ, ĐỀ XUẤT',
    ]);
    expect(lines(doc(result, 'minutes')).slice(-5, -2)).toEqual([
      `${BODY} | Cuộc họp thống nhất kết quả tự đánh giá nêu trên và đề nghị Sở Giáo dục và Đào tạo tỉnh Sông Lam thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh Sông Lam công nhận xã Hòa An đạt ${CDHT} Mức độ 1 năm 2025.`,
      `${BODY} | ${deferredBlank}`,
      `${BODY} | Số thành viên dự họp đồng ý: ……/…….`,
    ]);
    expect(lines(doc(result, 'summary'))[4]).toBe(`${BODY} | Mức độ đối chiếu: Mức độ 1 (mức độ đề nghị công nhận). Xã thuộc vùng khó khăn: Không. Số liệu tính ${PERIOD}.`);
    expect(result.checklist.slice(0, 3)).toEqual([
      'Hồ sơ gửi trước ngày 28/02/2026; số liệu tính từ ngày 01/01 đến ngày 31/12/2025 (Thông tư 25/2023/TT-BGDĐT, Điều 9 khoản 1 điểm d). Hạn này đã qua.',
      unverified,
      'Trang "Danh mục minh chứng", cột "Liên kết" trống ở dòng 4 (H5.02): Danh mục minh chứng ghi "Bản giấy lưu tại xã"; nếu không đúng, ghi liên kết hoặc nơi lưu bản giấy rồi tạo lại hồ sơ.',
    ]);
  });

  it('numbers typed bare or with the word "Số" are cited whole in every document that names them', () => {
    const result = dossier(tinyLevels(md2, { md1DecisionDate: new Date(2025, 5, 1), proposalNumber: 'Số: 7', reportNumber: '42', minutesNumber: 'số 3' }), new Date(2026, 0, 10));
    expect(lines(doc(result, 'proposal'))[1]).toBe(`${HEADER} / Số: 07/TTr-UBND / Hòa An, ngày 10 tháng 01 năm 2026`);
    // The paragraph on the 12 months takes the Tờ trình past its page by more than its gaps give above the decree's 6 pt: set for two pages, at the reports' size.
    expect(lines(doc(result, 'proposal'))[11]).toBe(`${BODY} | 1. Báo cáo tự đánh giá, công nhận ${CDHT} năm 2025 (số 42/BC-UBND);`);
    expect(lines(doc(result, 'proposal'))[14]).toBe(`${BODY} | 4. Biên bản họp đề nghị công nhận (số 03/BB-BCĐ).`);
    expect(lines(doc(result, 'summary'))[3]).toBe('C14 sa6 | _(Kèm theo Tờ trình số 07/TTr-UBND ngày 10 tháng 01 năm 2026 của Ủy ban nhân dân xã Hòa An)_');
  });

  it('less than 12 months after the Mức độ 1 decision applies for Mức độ 1; before the deadline the note says nothing of it; blank numbers leave room', () => {
    const result = dossier(tinyLevels(md2, { md1DecisionDate: new Date(2025, 5, 1), proposalNumber: '', minutesNumber: '' }), new Date(2026, 0, 10));
    const why = 'Xã Hòa An đạt các chỉ tiêu của Mức độ 2 nhưng chưa đủ 12 tháng kể từ quyết định công nhận Mức độ 1 ngày 01/06/2025, nên hồ sơ đề nghị công nhận Mức độ 1.';
    const proposal = lines(doc(result, 'proposal'));
    expect(proposal[1]).toBe(`${HEADER} / Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/TTr-UBND / Hòa An, ngày 10 tháng 01 năm 2026`);
    // As above: set for two pages at the reports' size.
    const TWO_PAGES = BODY;
    expect(proposal[8]).toBe(`${TWO_PAGES} | ${why}`);
    expect(proposal.slice(11, 15)).toEqual([
      `${TWO_PAGES} | 1. Báo cáo tự đánh giá, công nhận ${CDHT} năm 2025 (số 42/BC-UBND);`,
      `${TWO_PAGES} | 2. Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu;`,
      `${TWO_PAGES} | 3. Danh mục minh chứng;`,
      `${TWO_PAGES} | 4. Biên bản họp đề nghị công nhận.`,
    ]);
    expect(lines(doc(result, 'summary'))[3]).toBe('C14 sa6 | _(Kèm theo Tờ trình số ……/TTr-UBND ngày 10 tháng 01 năm 2026 của Ủy ban nhân dân xã Hòa An)_');
    expect(lines(doc(result, 'minutes'))[1]).toBe('HEADER UBND XÃ HÒA AN / BAN CHỈ ĐẠO XÂY DỰNG + XÃ HỘI HỌC TẬP / Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BB-BCĐ / Hòa An, ngày …… tháng …… năm ……');
    expect(result.checklist.slice(0, 2)).toEqual(['Hồ sơ gửi trước ngày 28/02/2026; số liệu tính từ ngày 01/01 đến ngày 31/12/2025 (Thông tư 25/2023/TT-BGDĐT, Điều 9 khoản 1 điểm d).', unverified]);
  });

  it('12 months to the day after the Mức độ 1 decision applies for Mức độ 2, in a difficult area against its lower thresholds', () => {
    const result = dossier(tinyLevels(md2, { md1DecisionDate: new Date(2025, 2, 5), difficultArea: true }));
    expect(lines(doc(result, 'proposal'))[2]).toBe(`TITLE TỜ TRÌNH / Về việc đề nghị đánh giá, công nhận xã Hòa An đạt ${CDHT} Mức độ 2 năm 2025 / keep: ${CDHT}; năm 2025; xã Hòa An; Mức độ 2`);
    expect(lines(doc(result, 'proposal'))[8]).toBe(
      `${COMPACT} | Ủy ban nhân dân xã Hòa An kính đề nghị Sở Giáo dục và Đào tạo tỉnh Sông Lam xem xét, thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh Sông Lam công nhận xã Hòa An đạt ${CDHT} Mức độ 2 năm 2025.`,
    );
    expect(from(doc(result, 'selfReport'), 'H1 IV. KẾT QUẢ TỰ ĐÁNH GIÁ', 4)).toEqual([
      'H1 IV. KẾT QUẢ TỰ ĐÁNH GIÁ',
      `${BODY} | Đối chiếu với ${ARTICLES}, xã Hòa An đạt 4/4 chỉ tiêu Mức độ 1; 4/4 chỉ tiêu Mức độ 2.`,
      `${BODY} | Ủy ban nhân dân xã Hòa An tự đánh giá xã Hòa An đạt ${CDHT} Mức độ 2 năm 2025.`,
      'H1 V. KIẾN NGHỊ, ĐỀ XUẤT',
    ]);
    expect(lines(doc(result, 'summary')).slice(4, 16)).toEqual([
      `${BODY} | Mức độ đối chiếu: Mức độ 2 (mức độ đề nghị công nhận). Xã thuộc vùng khó khăn: Có. Số liệu tính ${PERIOD}.`,
      SUMMARY_TABLE,
      '  [h] Mã | Tiêu chí, chỉ tiêu | Yêu cầu Mức\u00a0độ\u00a02 | Kết quả của xã | Đánh giá | Mã minh chứng',
      `  [bs] ${TC1}: đạt Mức độ 2`,
      `  [] 1.1 | ${NAME_11} | Đạt | Đạt | Đạt | H1.01, H5.01`,
      `  [bs] ${TC4}: đạt Mức độ 2`,
      `  [] 4.3 | ${NAME_43} | Chuẩn mức độ 3 trở lên | Đạt chuẩn mức độ 3 | Đạt | `,
      `  [bs] ${TC5}: đạt Mức độ 2`,
      `  [] 5.1 | ${NAME_51} | ≥ 80% | 80% | Đạt | H5.02, H5.03`,
      // Thông tư 25/2023 Điều 7: 50% and 12% in a difficult area, instead of 60% and 15%.
      `  [k] 5.2 | ${NAME_52A} | ≥ 50% | 60% | Đạt | H5.01`,
      `  []  | ${NAME_52B} | ≥ 12% | 15,5% | Đạt | `,
      '  [b]  | Tổng số chỉ tiêu đạt Mức độ 2 |  | 4/4 | Đạt Mức độ 2 | ',
    ]);
    expect(result.checklist.some((line) => line.startsWith('Điều kiện 12 tháng'))).toBe(false);
  });
});

describe('a commune with an indicator left blank', () => {
  it('gets no dossier, and is told which indicator to fill in', () => {
    expect(buildDossier(tinyLevels({ 'TC5.1': '' }), TODAY)).toEqual({ ok: false, missing: ['Chỉ tiêu TC5.1: chưa nhập giá trị.'] });
  });
});

describe("a province's TT25 table without the wait between levels nor the filing deadline (no CHO_MD2_THANG, HAN_NOP_NGAY, HAN_NOP_THANG)", () => {
  const ruleset = { ...TINY_TT25, facts: TINY_TT25.facts.filter((f) => !['CHO_MD2_THANG', 'HAN_NOP_NGAY', 'HAN_NOP_THANG'].includes(f.key)) };
  const evaluation = evaluate(ruleset, new Map(Object.entries({ ...TINY_VALUES, 'TC4.3': 'Mức độ 3', 'TC5.1': 0.8 })), false);
  const result = dossier({ ...tinyLevels(), ruleset, evaluation, problems: evaluation.problems });

  it('applies for Mức độ 2 without a Mức độ 1 decision, and the checklist names no deadline nor wait', () => {
    expect(lines(doc(result, 'proposal'))[2]).toBe(`TITLE TỜ TRÌNH / Về việc đề nghị đánh giá, công nhận xã Hòa An đạt ${CDHT} Mức độ 2 năm 2025 / keep: ${CDHT}; năm 2025; xã Hòa An; Mức độ 2`);
    expect(documentText(doc(result, 'proposal'))).not.toContain('quyết định công nhận Mức độ 1');
    expect(result.checklist.filter((line) => line.startsWith('Hồ sơ gửi trước') || line.startsWith('Điều kiện'))).toEqual([]);
  });

  it('names no deadline when the table gives its day but not its month', () => {
    const dayOnly = { ...TINY_TT25, facts: TINY_TT25.facts.filter((f) => f.key !== 'HAN_NOP_THANG') };
    const checklist = dossier({ ...tinyLevels(), ruleset: dayOnly, evaluation: evaluate(dayOnly, new Map(Object.entries(TINY_VALUES)), false) }).checklist;
    expect(checklist.filter((line) => line.startsWith('Hồ sơ gửi trước'))).toEqual([]);
  });
});
