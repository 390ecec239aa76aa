/**
 * The roll-up's yearly report (src/core/documents/rollup-report), every block with its style: the
 * figures counted by hand from records written by hand (test/fixtures/rollup-communes.ts `record`),
 * for a TT25 year with every kind of row, a year with two rulesets (TT44 ranked by points, TT25
 * without failures) and a blank context whose fields print as dots.
 */
import { describe, expect, it } from 'vitest';
import { BLANK_CONTEXT, buildSummaryReport, type SummaryContext } from '../../src/core/documents/rollup-report/report';
import { changesSection, communeListsSection, criteriaSection, generalSituation, statisticsSection, unreadableSection } from '../../src/core/documents/rollup-report/sections';
import { rollUp } from '../../src/core/rollup/rollup';
import { TT44 } from '../../src/core/ruleset/tt44';
import { record } from '../fixtures/rollup-communes';
import { linesOf } from './block-lines';

const BODY = 'J14 fl10 sa6 ls1.15';
const CDHT = '“Cộng đồng học tập” cấp xã';
const TT25_NAME = 'Thông tư 25/2023/TT-BGDĐT — Cộng đồng học tập cấp xã';
const TT44_NAME = 'Thông tư 44/2014/TT-BGDĐT — Cộng đồng học tập cấp xã (chấm điểm)';
const STATS_TABLE = 'TABLE 0.5,0.25,0.25 borders cell=L13 sb2 sa2 ls1 aligns=LCC';
// TT25: the count columns wide enough for "Mức độ 1" unbroken, the rates narrower; TT44: four equal columns.
const LEVELS_TABLE = 'TABLE 0.1,0.38,0.15,0.11,0.15,0.11 borders cell=L13 sb2 sa2 ls1 aligns=CLCCCC';
const POINTS_TABLE = 'TABLE 0.1,0.38,0.13,0.13,0.13,0.13 borders cell=L13 sb2 sa2 ls1 aligns=CLCCCC';
const COUNT_TABLE = 'TABLE 0.4,0.2,0.2,0.2 borders cell=L13 sb2 sa2 ls1 aligns=LCCC';
const CHANGE_TABLE = 'TABLE 0.08,0.32,0.22,0.2,0.18 borders cell=L13 sb2 sa2 ls1 aligns=CLLLL';
const LIST_TABLE = 'TABLE 0.1,0.38,0.3,0.22 borders cell=L13 sb2 sa2 ls1 aligns=CLLL';
const FILL = 'viết trực tiếp vào văn bản này trước khi ký';
const CLOSING = [
  'H1 VII. ĐÁNH GIÁ CHUNG',
  'H2 1. Kết quả nổi bật',
  `${BODY} | _⟦[Cần bổ sung: Kết quả nổi bật — ${FILL}]⟧_`,
  'H2 2. Hạn chế, nguyên nhân',
  `${BODY} | _⟦[Cần bổ sung: Hạn chế, nguyên nhân — ${FILL}]⟧_`,
  'H1 VIII. KIẾN NGHỊ, ĐỀ XUẤT',
  `${BODY} | _⟦[Cần bổ sung: Kiến nghị, đề xuất — ${FILL}]⟧_`,
];

/** Section II's opening for a TT25 year with communes not rated: what each share is out of, what "Không xếp loại" means, the table's head. */
const TT25_STATS_OPENING = [
  `${BODY} | Tỷ lệ của mỗi kết quả tính trên số xã đã xếp loại theo cùng bộ tiêu chí (đọc từ bảng tính CĐHT hoặc nhập tay); các xã "Không xếp loại" không tính vào tỷ lệ.`,
  `${BODY} | "Không xếp loại" là các xã có tên trong danh sách tổng hợp nhưng chưa có kết quả xếp loại (bảng tính chưa nhập đủ dữ liệu hoặc kết quả nhập tay ghi "Không xếp loại"); các xã này không được tính là chưa đạt.`,
  `${BODY} | Theo ${TT25_NAME}:`,
  STATS_TABLE,
  '  [h] Kết quả | Số xã | Tỷ lệ trên số xã đã xếp loại',
];

const SO: SummaryContext = {
  body: 'Sở Giáo dục và Đào tạo tỉnh Sông Lam',
  place: 'Sông Lam',
  signerName: 'Trần Thị Hạnh',
  signerTitle: 'Phó Giám đốc',
  signerAuthority: 'KT. Giám đốc',
  number: '15/BC-SGDĐT',
};

describe('the report of a TT25 year with read, typed, unrated and unreadable communes', () => {
  // 2025: 10 rows, 9 communes (Bình twice). Rated 4: read An (Mức độ 2, up from Mức độ 1), Bình and Hòa (Chưa đạt); typed Cầu (Mức độ 1).
  // Unrated 2: read Dương (data still missing), typed Lộc ("Không xếp loại"). Unreadable 3: Đông (no access), Gò (its
  // workbook's ruleset table), Khê (An's workbook linked again). Criteria failed over the 4 read: Mức độ 1 TC4 (Bình),
  // TC5 (Dương), TC1 (Hòa), one each; Mức độ 2 TC4 three times (Bình, Dương, Hòa), TC5 twice, TC1 once.
  const district = rollUp([
    // Names as the register holds them, in capitals or small letters (rows 4, 7, 8), are written as names in the report (issue 13).
    record({ row: 2, commune: 'Xã An', year: 2024, rating: 'Mức độ 1', score: 15, indicators: 15, failedMd1: [], failedMd2: ['TC4'] }),
    record({ row: 3, commune: 'Xã Bình', year: 2024, rating: 'Chưa đạt', failedMd1: ['TC1'], failedMd2: ['TC1'] }),
    record({ row: 4, commune: 'XÃ AN', year: 2025, rating: 'Mức độ 2', score: 15, indicators: 15, failedMd1: [], failedMd2: [] }),
    record({ row: 5, commune: 'Xã Bình', year: 2025, rating: 'Chưa đạt', failedMd1: ['TC4'], failedMd2: ['TC4', 'TC5'] }),
    record({ row: 6, commune: 'Xã Cầu', year: 2025, status: 'manual', rating: 'Mức độ 1' }),
    record({ row: 7, commune: 'XÃ DƯƠNG', year: 2025, rating: null, failedMd1: ['TC5'], failedMd2: ['TC4', 'TC5'] }),
    record({ row: 8, commune: 'xã đông', year: 2025, status: 'failed', failure: 'no_access', reason: 'Chưa chia sẻ.', rulesetId: '' }),
    // The row of the commune's own workbook is the commune's to find: it stays in the reason.
    record({ row: 9, commune: 'Xã Gò', year: 2025, status: 'failed', failure: 'invalid', reason: 'Bộ tiêu chí dòng 14: thiếu tên tiêu chí.', rulesetId: '' }),
    // The register's row is the sheet's business: the report names the commune of the row repeated instead.
    record({ row: 10, commune: 'Xã Khê', year: 2025, status: 'failed', failure: 'register', reason: 'cùng bảng tính, năm 2025.', earlier: { row: 4, commune: 'XÃ AN' }, rulesetId: '' }),
    record({ row: 11, commune: 'Xã Hòa', year: 2025, rating: 'Chưa đạt', failedMd1: ['TC1'], failedMd2: ['TC1', 'TC4'] }),
    record({ row: 12, commune: 'Xã Lộc', year: 2025, status: 'manual', rating: null }),
    // Bình listed again, set aside by the register (lead's finding: counted as a tenth commune and a fourth unreadable one).
    record({ row: 13, commune: 'xã bình', year: 2025, status: 'failed', failure: 'register', reason: 'cùng tên xã và năm 2025.', earlier: { row: 5, commune: 'Xã Bình' }, rulesetId: '' }),
  ]);
  const doc = buildSummaryReport(district, 2025, SO, new Date(2026, 2, 5));

  it('is a portrait Báo cáo named for the year', () => {
    expect([doc.kind, doc.title, doc.page.orientation]).toEqual(['rollUpReport', 'Báo cáo tổng hợp kết quả đánh giá, công nhận Cộng đồng học tập cấp xã năm 2025', 'portrait']);
  });

  it('states every figure, table and gap', () => {
    expect(linesOf(doc.blocks)).toEqual([
      'HEADER UBND TỈNH SÔNG LAM / SỞ GIÁO DỤC VÀ ĐÀO TẠO / Số: 15/BC-SGDĐT / Sông Lam, ngày 05 tháng 3 năm 2026',
      `TITLE BÁO CÁO / Tổng hợp kết quả đánh giá, công nhận ${CDHT} năm 2025 / keep: ${CDHT}; năm 2025`,
      `${BODY} | Sở Giáo dục và Đào tạo tỉnh Sông Lam báo cáo kết quả đánh giá, công nhận ${CDHT} năm 2025 như sau:`,
      'H1 I. TÌNH HÌNH CHUNG',
      // 4 rated + 2 unrated + 3 unreadable = 9 communes; Bình's second row is no tenth.
      `${BODY} | Danh sách tổng hợp năm 2025 có 10 dòng, ứng với 9 xã: mỗi xã chỉ tính một lần, 1 dòng của một xã đã tính ở dòng khác không được tính thêm (danh sách tại mục VI). Có kết quả xếp loại của 4 xã (3 xã đọc từ bảng tính CĐHT, 1 xã nhập tay kết quả); 2 xã "Không xếp loại"; không đọc được kết quả của 3 xã.`,
      `${BODY} | Chưa có kết quả xếp loại ("Không xếp loại"): 1 xã vì bảng tính chưa nhập đủ dữ liệu, 1 xã vì kết quả nhập tay ghi "Không xếp loại" (danh sách tại mục V).`,
      // Tied at one each: in the order of the labels.
      `${BODY} | Lý do không đọc được: Lỗi ở dòng danh sách: 1 xã; Không có quyền xem: 1 xã; Dữ liệu không hợp lệ: 1 xã (danh sách tại mục VI).`,
      'H1 II. KẾT QUẢ ĐÁNH GIÁ, CÔNG NHẬN',
      ...TT25_STATS_OPENING,
      // Out of the 4 rated: 1/4, 1/4, 2/4; the 2 unrated are counted but take no share.
      '  [] Mức độ 2 | 1 | 25%',
      '  [] Mức độ 1 | 1 | 25%',
      '  [] Chưa đạt | 2 | 50%',
      '  [b] Số xã đã xếp loại | 4 | 100%',
      '  [] Không xếp loại | 2 | –',
      'H1 III. CÁC TIÊU CHÍ NHIỀU XÃ KHÔNG ĐẠT',
      `${BODY} | Chỉ tính các xã đọc được từ bảng tính CĐHT: kết quả nhập tay không có số liệu theo tiêu chí.`,
      `${BODY} | Theo ${TT25_NAME}:`,
      // Not section II's 4 (An, Bình, Hòa read, Cầu typed): An, Bình, Hòa and Dương, read but unrated.
      `${BODY} | Số xã đọc từ bảng tính: 4 (3 xã đã xếp loại và 1 xã "Không xếp loại" vì bảng tính chưa nhập đủ dữ liệu); tỷ lệ trong bảng dưới đây tính trên 4 xã này, không phải trên số xã đã xếp loại ở mục II.`,
      `${BODY} | Tiêu chí có nhiều xã không đạt Mức độ 1 nhất: Tiêu chí 4, Tiêu chí 5 và Tiêu chí 1 (mỗi tiêu chí 1 xã).`,
      `${BODY} | Tiêu chí có nhiều xã không đạt Mức độ 2 nhất: Tiêu chí 4 (3 xã).`,
      LEVELS_TABLE,
      '  [h] Tiêu chí | Nội dung | Số xã không đạt Mức độ 1 | Tỷ lệ | Số xã không đạt Mức độ 2 | Tỷ lệ',
      '  [] 4 | Kết quả phổ cập giáo dục - xóa mù chữ | 1 | 25% | 3 | 75%',
      `  [] 5 | Tác dụng của việc xây dựng ${CDHT} | 1 | 25% | 2 | 50%`,
      '  [] 1 | Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã | 1 | 25% | 1 | 25%',
      'H1 IV. THAY ĐỔI SO VỚI NĂM ĐÁNH GIÁ TRƯỚC',
      'H2 1. Số xã theo kết quả, so với năm đánh giá trước',
      `${BODY} | Theo ${TT25_NAME}:`,
      COUNT_TABLE,
      '  [h] Kết quả | Năm 2024 | Năm 2025 | Tăng (+), giảm (-)',
      '  [] Mức độ 2 | 0 | 1 | +1',
      '  [] Mức độ 1 | 1 | 1 | 0',
      '  [] Chưa đạt | 1 | 2 | +1',
      '  [] Không xếp loại | 0 | 2 | +2',
      'H2 2. Các xã thay đổi kết quả',
      `${BODY} | So với lần đánh giá trước của xã theo cùng bộ tiêu chí: 1 xã tăng hạng, 0 xã giảm hạng.`,
      CHANGE_TABLE,
      '  [h] STT | Tên xã | Kết quả lần trước | Kết quả năm 2025 | Thay đổi',
      '  [] 1 | Xã An | Mức độ 1 (năm 2024) | Mức độ 2 | Tăng hạng',
      'H1 V. DANH SÁCH XÃ THEO KẾT QUẢ',
      `${BODY} | Theo ${TT25_NAME}:`,
      LIST_TABLE,
      '  [h] STT | Tên xã | Điểm, số chỉ tiêu đạt | Nguồn kết quả',
      '  [bs] Mức độ 2: 1 xã',
      '  [] 1 | Xã An | 15/15 chỉ tiêu đạt Mức\u00a0độ\u00a01 | Bảng tính CĐHT',
      '  [bs] Mức độ 1: 1 xã',
      '  [] 1 | Xã Cầu |  | Nhập tay',
      '  [bs] Chưa đạt: 2 xã',
      '  [] 1 | Xã Bình |  | Bảng tính CĐHT',
      '  [] 2 | Xã Hòa |  | Bảng tính CĐHT',
      '  [bs] Không xếp loại: 2 xã',
      '  [] 1 | Xã Dương |  | Bảng tính CĐHT',
      '  [] 2 | Xã Lộc |  | Nhập tay',
      'H1 VI. DANH SÁCH XÃ KHÔNG ĐỌC ĐƯỢC KẾT QUẢ',
      'TABLE 0.08,0.32,0.6 borders cell=L13 sb2 sa2 ls1 aligns=CLL',
      '  [h] STT | Tên xã | Lý do',
      '  [] 1 | Xã Đông | Không có quyền xem: Chưa chia sẻ.',
      '  [] 2 | Xã Gò | Dữ liệu không hợp lệ: Bộ tiêu chí dòng 14: thiếu tên tiêu chí.',
      '  [] 3 | Xã Khê | Lỗi ở dòng danh sách: Trùng với dòng của Xã An (đã tính): cùng bảng tính, năm 2025.',
      `${BODY} | Các dòng của một xã đã tính ở dòng khác, không được tính thêm (1 dòng):`,
      'TABLE 0.08,0.32,0.6 borders cell=L13 sb2 sa2 ls1 aligns=CLL',
      '  [h] STT | Tên xã | Lý do',
      '  [] 1 | Xã Bình | Lỗi ở dòng danh sách: Trùng với dòng của Xã Bình (đã tính): cùng tên xã và năm 2025.',
      ...CLOSING,
      `${BODY} | Trên đây là báo cáo tổng hợp kết quả đánh giá, công nhận ${CDHT} năm 2025 của Sở Giáo dục và Đào tạo tỉnh Sông Lam./.`,
      'SIGN Lưu: VT / KT. Giám đốc, Phó Giám đốc, Trần Thị Hạnh',
    ]);
  });
});

/** Points of all 15 TT44 criteria at 6 of 8, except those given. */
const points = (changes: Record<string, number>) => {
  const all = (v: number) => Object.fromEntries(TT44.criteria.map((c) => [c.code, v]));
  return { points: { ...all(6), ...changes }, maxima: all(8) };
};

describe('the report of a year with two rulesets', () => {
  // TT44 2021 → 2022: An Khá → Tốt (up), Bình Tốt → Khá (down); TT25 2022: Cầu Mức độ 1, nothing failed.
  // Averages over An and Bình in 2022: TC1 (7 + 6) / 2 = 6,5 of 8 = 81,25%; TC2 and TC5 4 of 8 = 50% (tied weakest); others 6 of 8 = 75%.
  const mixed = rollUp([
    record({ row: 2, commune: 'Xã An', year: 2021, rulesetId: 'TT44', rating: 'Khá', score: 74.5, ...points({}) }),
    record({ row: 3, commune: 'Xã Bình', year: 2021, rulesetId: 'TT44', rating: 'Tốt', score: 88, ...points({}) }),
    record({ row: 4, commune: 'Xã An', year: 2022, rulesetId: 'TT44', rating: 'Tốt', score: 86, ...points({ TC1: 7, TC2: 4, TC5: 4 }) }),
    record({ row: 5, commune: 'Xã Bình', year: 2022, rulesetId: 'TT44', rating: 'Khá', score: 72.5, ...points({ TC2: 4, TC5: 4 }) }),
    record({ row: 6, commune: 'Xã Cầu', year: 2022, rulesetId: 'TT25', rating: 'Mức độ 1', score: 15, indicators: 15, failedMd1: [], failedMd2: [] }),
  ]);
  const context: SummaryContext = { body: 'Phòng Giáo dục và Đào tạo', place: 'Hòa Bình', signerName: 'Lê Thị Thu', signerTitle: 'Trưởng phòng', signerAuthority: '', number: '' };
  const doc = buildSummaryReport(mixed, 2022, context, new Date(2022, 11, 20));
  const name = (code: string) => TT44.criteria.find((c) => c.code === code)!.name;
  const at75 = ['TC3', 'TC4', 'TC6', 'TC7', 'TC8', 'TC9', 'TC10', 'TC11', 'TC12', 'TC13', 'TC14', 'TC15'].map((code) => `  [] ${code.slice(2)} | ${name(code)} | 2 | 6 | 8 | 75%`);

  it('gives each ruleset a numbered sub-heading, ranks TT44 criteria weakest first, and lists rises before falls', () => {
    expect(linesOf(doc.blocks)).toEqual([
      // A body with no province in its name takes no parent line; no number leaves room for it, before the body's initials.
      'HEADER - / PHÒNG GIÁO DỤC VÀ ĐÀO TẠO / Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-PGDĐT / Hòa Bình, ngày 20 tháng 12 năm 2022',
      `TITLE BÁO CÁO / Tổng hợp kết quả đánh giá, công nhận ${CDHT} năm 2022 / keep: ${CDHT}; năm 2022`,
      `${BODY} | Phòng Giáo dục và Đào tạo báo cáo kết quả đánh giá, công nhận ${CDHT} năm 2022 như sau:`,
      'H1 I. TÌNH HÌNH CHUNG',
      `${BODY} | Danh sách tổng hợp năm 2022 có 3 xã. Có kết quả xếp loại của 3 xã (3 xã đọc từ bảng tính CĐHT, 0 xã nhập tay kết quả); 0 xã "Không xếp loại"; không đọc được kết quả của 0 xã.`,
      'H1 II. KẾT QUẢ ĐÁNH GIÁ, CÔNG NHẬN',
      // No commune unrated: "Không xếp loại" needs no explaining.
      TT25_STATS_OPENING[0],
      `H2 1. Theo ${TT44_NAME}`,
      STATS_TABLE,
      '  [h] Kết quả | Số xã | Tỷ lệ trên số xã đã xếp loại',
      '  [] Tốt | 1 | 50%',
      '  [] Khá | 1 | 50%',
      '  [] Trung bình | 0 | 0%',
      '  [] Chưa đạt | 0 | 0%',
      '  [b] Số xã đã xếp loại | 2 | 100%',
      '  [] Không xếp loại | 0 | –',
      `H2 2. Theo ${TT25_NAME}`,
      STATS_TABLE,
      '  [h] Kết quả | Số xã | Tỷ lệ trên số xã đã xếp loại',
      '  [] Mức độ 2 | 0 | 0%',
      '  [] Mức độ 1 | 1 | 100%',
      '  [] Chưa đạt | 0 | 0%',
      '  [b] Số xã đã xếp loại | 1 | 100%',
      '  [] Không xếp loại | 0 | –',
      'H1 III. CÁC TIÊU CHÍ NHIỀU XÃ KHÔNG ĐẠT',
      `${BODY} | Chỉ tính các xã đọc được từ bảng tính CĐHT: kết quả nhập tay không có số liệu theo tiêu chí.`,
      `H2 1. Theo ${TT44_NAME}`,
      `${BODY} | Số xã đọc từ bảng tính: 2; điểm trung bình của mỗi tiêu chí tính trên số xã đã chấm tiêu chí đó, không phải trên số xã đã xếp loại ở mục II.`,
      `${BODY} | Tiêu chí có điểm trung bình thấp nhất so với điểm tối đa: Tiêu chí 2 và Tiêu chí 5 (mỗi tiêu chí 50%).`,
      POINTS_TABLE,
      '  [h] Tiêu chí | Nội dung | Số xã đã chấm | Điểm trung bình | Điểm tối đa | Tỷ lệ so với tối đa',
      `  [] 2 | ${name('TC2')} | 2 | 4 | 8 | 50%`,
      `  [] 5 | ${name('TC5')} | 2 | 4 | 8 | 50%`,
      ...at75,
      // 81,25% shown with one decimal, as the roll-up's sheets show shares.
      `  [] 1 | ${name('TC1')} | 2 | 6,5 | 8 | 81,3%`,
      `H2 2. Theo ${TT25_NAME}`,
      `${BODY} | Số xã đọc từ bảng tính: 1; tỷ lệ trong bảng dưới đây tính trên 1 xã này, không phải trên số xã đã xếp loại ở mục II.`,
      `${BODY} | Không có tiêu chí nào có xã không đạt.`,
      'H1 IV. THAY ĐỔI SO VỚI NĂM ĐÁNH GIÁ TRƯỚC',
      'H2 1. Số xã theo kết quả, so với năm đánh giá trước',
      `${BODY} | Theo ${TT44_NAME}:`,
      COUNT_TABLE,
      '  [h] Kết quả | Năm 2021 | Năm 2022 | Tăng (+), giảm (-)',
      '  [] Tốt | 1 | 1 | 0',
      '  [] Khá | 1 | 1 | 0',
      '  [] Trung bình | 0 | 0 | 0',
      '  [] Chưa đạt | 0 | 0 | 0',
      '  [] Không xếp loại | 0 | 0 | 0',
      'H2 2. Các xã thay đổi kết quả',
      `${BODY} | So với lần đánh giá trước của xã theo cùng bộ tiêu chí: 1 xã tăng hạng, 1 xã giảm hạng.`,
      CHANGE_TABLE,
      '  [h] STT | Tên xã | Kết quả lần trước | Kết quả năm 2022 | Thay đổi',
      '  [] 1 | Xã An | Khá (năm 2021) | Tốt | Tăng hạng',
      '  [] 2 | Xã Bình | Tốt (năm 2021) | Khá | Giảm hạng',
      'H1 V. DANH SÁCH XÃ THEO KẾT QUẢ',
      `H2 1. Theo ${TT44_NAME}`,
      LIST_TABLE,
      '  [h] STT | Tên xã | Điểm, số chỉ tiêu đạt | Nguồn kết quả',
      '  [bs] Tốt: 1 xã',
      '  [] 1 | Xã An | 86 điểm | Bảng tính CĐHT',
      '  [bs] Khá: 1 xã',
      '  [] 1 | Xã Bình | 72,5 điểm | Bảng tính CĐHT',
      `H2 2. Theo ${TT25_NAME}`,
      LIST_TABLE,
      '  [h] STT | Tên xã | Điểm, số chỉ tiêu đạt | Nguồn kết quả',
      '  [bs] Mức độ 1: 1 xã',
      '  [] 1 | Xã Cầu | 15/15 chỉ tiêu đạt Mức\u00a0độ\u00a01 | Bảng tính CĐHT',
      'H1 VI. DANH SÁCH XÃ KHÔNG ĐỌC ĐƯỢC KẾT QUẢ',
      `${BODY} | Năm 2022 không có xã nào không đọc được kết quả.`,
      ...CLOSING,
      `${BODY} | Trên đây là báo cáo tổng hợp kết quả đánh giá, công nhận ${CDHT} năm 2022 của Phòng Giáo dục và Đào tạo./.`,
      'SIGN Lưu: VT / -, Trưởng phòng, Lê Thị Thu',
    ]);
  });

  it('names a single weakest criterion without "mỗi tiêu chí"', () => {
    const one = rollUp([record({ row: 2, commune: 'Xã An', year: 2022, rulesetId: 'TT44', rating: 'Khá', score: 80, ...points({ TC3: 2 }) })]);
    expect(linesOf(criteriaSection(one, 2022)).slice(0, 4)).toEqual([
      `${BODY} | Chỉ tính các xã đọc được từ bảng tính CĐHT: kết quả nhập tay không có số liệu theo tiêu chí.`,
      `${BODY} | Theo ${TT44_NAME}:`,
      `${BODY} | Số xã đọc từ bảng tính: 1; điểm trung bình của mỗi tiêu chí tính trên số xã đã chấm tiêu chí đó, không phải trên số xã đã xếp loại ở mục II.`,
      `${BODY} | Tiêu chí có điểm trung bình thấp nhất so với điểm tối đa: Tiêu chí 3 (25%).`,
    ]);
  });
});

describe('a blank context and a TT44 year without maxima or a year before', () => {
  const alone = rollUp([record({ row: 2, commune: 'Xã An', year: 2022, rulesetId: 'TT44', rating: 'Tốt', score: 86, points: { TC1: 7 }, maxima: {} })]);
  const lines = linesOf(buildSummaryReport(alone, 2022, BLANK_CONTEXT, new Date(2022, 11, 20)).blocks);

  it('prints dots for the body, number, place and signer title, and leaves the name blank', () => {
    expect(lines.slice(0, 3)).toEqual([
      'HEADER - / ………… / Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-…… / ……, ngày 20 tháng 12 năm 2022',
      `TITLE BÁO CÁO / Tổng hợp kết quả đánh giá, công nhận ${CDHT} năm 2022 / keep: ${CDHT}; năm 2022`,
      `${BODY} | Kết quả đánh giá, công nhận ${CDHT} năm 2022 như sau:`,
    ]);
    expect(lines.slice(-2)).toEqual([`${BODY} | Trên đây là báo cáo tổng hợp kết quả đánh giá, công nhận ${CDHT} năm 2022./.`, 'SIGN Lưu: VT / -, ……, -']);
  });

  it('does not rank criteria without maxima, and says there is nothing to compare', () => {
    const from = lines.indexOf('H1 III. CÁC TIÊU CHÍ NHIỀU XÃ KHÔNG ĐẠT');
    expect(lines.slice(from + 4, from + 8)).toEqual([
      POINTS_TABLE,
      '  [h] Tiêu chí | Nội dung | Số xã đã chấm | Điểm trung bình | Điểm tối đa | Tỷ lệ so với tối đa',
      `  [] 1 | ${TT44.criteria[0].name} | 1 | 7 |  | `,
      `  [] 2 | ${TT44.criteria[1].name} | 0 |  |  | `,
    ]);
    const to = lines.indexOf('H1 IV. THAY ĐỔI SO VỚI NĂM ĐÁNH GIÁ TRƯỚC');
    expect(lines.slice(to - 1, to + 5)).toEqual([
      `${BODY} | Bảng tính của các xã chưa có đủ điểm tối đa của các tiêu chí nên chưa xếp được tiêu chí có điểm thấp nhất.`,
      'H1 IV. THAY ĐỔI SO VỚI NĂM ĐÁNH GIÁ TRƯỚC',
      'H2 1. Số xã theo kết quả, so với năm đánh giá trước',
      `${BODY} | Chưa so sánh được: cần kết quả năm 2022 và một năm đánh giá trước đó theo cùng bộ tiêu chí.`,
      'H2 2. Các xã thay đổi kết quả',
      `${BODY} | Không có xã nào thay đổi kết quả so với lần đánh giá trước của xã theo cùng bộ tiêu chí.`,
    ]);
  });
});

describe('the reasons a commune could not be read', () => {
  it('come most frequent first, then in the order of their labels', () => {
    const failed = (row: number, failure: 'no_access' | 'old_version' | 'register') => record({ row, commune: `Xã ${row}`, year: 2025, status: 'failed', failure, reason: '', rulesetId: '' });
    const rows = rollUp([failed(2, 'register'), failed(3, 'no_access'), failed(4, 'old_version'), failed(5, 'old_version')]);
    expect(linesOf(generalSituation(rows, 2025))).toEqual([
      `${BODY} | Danh sách tổng hợp năm 2025 có 4 xã. Có kết quả xếp loại của 0 xã (0 xã đọc từ bảng tính CĐHT, 0 xã nhập tay kết quả); 0 xã "Không xếp loại"; không đọc được kết quả của 4 xã.`,
      `${BODY} | Lý do không đọc được: Mẫu bảng tính cũ: 2 xã; Lỗi ở dòng danh sách: 1 xã; Không có quyền xem: 1 xã (danh sách tại mục VI).`,
    ]);
  });
});

describe('a commune read but not rated, for data still missing', () => {
  // Xã Lạc: 14 of 15 indicators met at Mức độ 1, one still blank, so no rating yet.
  const year = rollUp([record({ row: 2, commune: 'Xã Lạc', year: 2025, rating: null, score: 14, indicators: 15, incomplete: 1, failedMd1: [], failedMd2: [] })]);

  it('is explained as "Không xếp loại" and listed with what is met and what is still blank, never as one indicator failed', () => {
    expect(linesOf([...generalSituation(year, 2025), ...statisticsSection(year, 2025), ...communeListsSection(year, 2025)])).toEqual([
      `${BODY} | Danh sách tổng hợp năm 2025 có 1 xã. Có kết quả xếp loại của 0 xã (0 xã đọc từ bảng tính CĐHT, 0 xã nhập tay kết quả); 1 xã "Không xếp loại"; không đọc được kết quả của 0 xã.`,
      `${BODY} | Chưa có kết quả xếp loại ("Không xếp loại"): 1 xã vì bảng tính chưa nhập đủ dữ liệu (danh sách tại mục V).`,
      ...TT25_STATS_OPENING,
      // No commune rated: nothing to divide by, so no share at all (never 0% of nothing).
      '  [] Mức độ 2 | 0 | –',
      '  [] Mức độ 1 | 0 | –',
      '  [] Chưa đạt | 0 | –',
      '  [b] Số xã đã xếp loại | 0 | –',
      '  [] Không xếp loại | 1 | –',
      `${BODY} | Theo ${TT25_NAME}:`,
      LIST_TABLE,
      '  [h] STT | Tên xã | Điểm, số chỉ tiêu đạt | Nguồn kết quả',
      '  [bs] Không xếp loại: 1 xã',
      '  [] 1 | Xã Lạc | 14/15 chỉ tiêu đạt Mức\u00a0độ\u00a01, còn 1 chỉ tiêu chưa nhập | Bảng tính CĐHT',
    ]);
  });
});

describe('a commune whose failed row comes before the row it is counted from (review 13b, 13 minor)', () => {
  // Row 2 "Xã Bình" could not be read; row 3 "Bình" (the same commune, unit left out) was read, so
  // the commune counts from row 3, and row 2 is the other row of a commune counted elsewhere: it
  // came first, so it "lists again" nothing.
  const year = rollUp([
    record({ row: 2, commune: 'Xã Bình', year: 2025, status: 'failed', failure: 'no_access', reason: 'Chưa chia sẻ.', rulesetId: '' }),
    record({ row: 3, commune: 'Bình', year: 2025, rating: 'Chưa đạt', failedMd1: ['TC4'], failedMd2: ['TC4'] }),
  ]);

  it('sections I and VI say the row is of a commune counted from another row', () => {
    expect(linesOf([...generalSituation(year, 2025), ...unreadableSection(year, 2025)])).toEqual([
      `${BODY} | Danh sách tổng hợp năm 2025 có 2 dòng, ứng với 1 xã: mỗi xã chỉ tính một lần, 1 dòng của một xã đã tính ở dòng khác không được tính thêm (danh sách tại mục VI). Có kết quả xếp loại của 1 xã (1 xã đọc từ bảng tính CĐHT, 0 xã nhập tay kết quả); 0 xã "Không xếp loại"; không đọc được kết quả của 0 xã.`,
      `${BODY} | Năm 2025 không có xã nào không đọc được kết quả.`,
      `${BODY} | Các dòng của một xã đã tính ở dòng khác, không được tính thêm (1 dòng):`,
      'TABLE 0.08,0.32,0.6 borders cell=L13 sb2 sa2 ls1 aligns=CLL',
      '  [h] STT | Tên xã | Lý do',
      '  [] 1 | Xã Bình | Không có quyền xem: Chưa chia sẻ.',
    ]);
  });
});

describe('a year where no criterion is failed at Mức độ 1, one commune falls before one rises, and one commune is unreadable', () => {
  // 2024: Bình Mức độ 2 (row 2), An Mức độ 1 (row 3). 2025: Bình falls to Mức độ 1, failing TC4 at Mức độ 2 only (row 4);
  // An rises to Mức độ 2 (row 5); Cầu's workbook is not shared (row 6). Read in 2025: Bình and An, 2 communes.
  const year = rollUp([
    record({ row: 2, commune: 'Xã Bình', year: 2024, rating: 'Mức độ 2', failedMd1: [], failedMd2: [] }),
    record({ row: 3, commune: 'Xã An', year: 2024, rating: 'Mức độ 1', failedMd1: [], failedMd2: ['TC4'] }),
    record({ row: 4, commune: 'Xã Bình', year: 2025, rating: 'Mức độ 1', failedMd1: [], failedMd2: ['TC4'] }),
    record({ row: 5, commune: 'Xã An', year: 2025, rating: 'Mức độ 2', failedMd1: [], failedMd2: [] }),
    record({ row: 6, commune: 'Xã Cầu', year: 2025, status: 'failed', failure: 'no_access', reason: 'Chưa chia sẻ.', rulesetId: '' }),
  ]);

  it('gives the reason of the one unreadable commune', () => {
    expect(linesOf(generalSituation(year, 2025))).toEqual([
      `${BODY} | Danh sách tổng hợp năm 2025 có 3 xã. Có kết quả xếp loại của 2 xã (2 xã đọc từ bảng tính CĐHT, 0 xã nhập tay kết quả); 0 xã "Không xếp loại"; không đọc được kết quả của 1 xã.`,
      `${BODY} | Lý do không đọc được: Không có quyền xem: 1 xã (danh sách tại mục VI).`,
    ]);
  });

  it('names no criterion "most failed" at Mức độ 1, and tables a criterion failed at Mức độ 2 only', () => {
    expect(linesOf(criteriaSection(year, 2025))).toEqual([
      `${BODY} | Chỉ tính các xã đọc được từ bảng tính CĐHT: kết quả nhập tay không có số liệu theo tiêu chí.`,
      `${BODY} | Theo ${TT25_NAME}:`,
      `${BODY} | Số xã đọc từ bảng tính: 2; tỷ lệ trong bảng dưới đây tính trên 2 xã này, không phải trên số xã đã xếp loại ở mục II.`,
      `${BODY} | Tiêu chí có nhiều xã không đạt Mức độ 2 nhất: Tiêu chí 4 (1 xã).`,
      LEVELS_TABLE,
      '  [h] Tiêu chí | Nội dung | Số xã không đạt Mức độ 1 | Tỷ lệ | Số xã không đạt Mức độ 2 | Tỷ lệ',
      '  [] 4 | Kết quả phổ cập giáo dục - xóa mù chữ | 0 | 0% | 1 | 50%',
    ]);
  });

  it('lists the rise before the fall, whatever their order in the register', () => {
    expect(linesOf(changesSection(year, 2025)).slice(-5)).toEqual([
      `${BODY} | So với lần đánh giá trước của xã theo cùng bộ tiêu chí: 1 xã tăng hạng, 1 xã giảm hạng.`,
      CHANGE_TABLE,
      '  [h] STT | Tên xã | Kết quả lần trước | Kết quả năm 2025 | Thay đổi',
      '  [] 1 | Xã An | Mức độ 1 (năm 2024) | Mức độ 2 | Tăng hạng',
      '  [] 2 | Xã Bình | Mức độ 2 (năm 2024) | Mức độ 1 | Giảm hạng',
    ]);
  });
});

describe('the criteria of a year with two rulesets read, one commune unrated', () => {
  // 2022: An read under TT44 (Tốt); Cầu read under TT25 with data still missing (no rating). TT25's table (listed first) counts Cầu, TT44's An alone.
  const year = rollUp([
    record({ row: 2, commune: 'Xã An', year: 2022, rulesetId: 'TT44', rating: 'Tốt', score: 86, ...points({}) }),
    record({ row: 3, commune: 'Xã Cầu', year: 2022, rating: null, failedMd1: [], failedMd2: [] }),
  ]);

  it("counts each ruleset's own workbooks, and the unrated one under its ruleset only", () => {
    expect(linesOf(criteriaSection(year, 2022)).filter((line) => line.includes('Số xã đọc từ bảng tính'))).toEqual([
      `${BODY} | Số xã đọc từ bảng tính: 1 (0 xã đã xếp loại và 1 xã "Không xếp loại" vì bảng tính chưa nhập đủ dữ liệu); tỷ lệ trong bảng dưới đây tính trên 1 xã này, không phải trên số xã đã xếp loại ở mục II.`,
      `${BODY} | Số xã đọc từ bảng tính: 1; điểm trung bình của mỗi tiêu chí tính trên số xã đã chấm tiêu chí đó, không phải trên số xã đã xếp loại ở mục II.`,
    ]);
  });
});

describe('TT44 criteria of different maxima', () => {
  // Xã An 2022: TC1 4 of 8 and TC2 5 of 10, both 50% of their maximum; every other criterion 8 of 8.
  const all = (v: number) => Object.fromEntries(TT44.criteria.map((c) => [c.code, v]));
  const year = rollUp([record({ row: 2, commune: 'Xã An', year: 2022, rulesetId: 'TT44', rating: 'Tốt', score: 111, points: { ...all(8), TC1: 4, TC2: 5 }, maxima: { ...all(8), TC2: 10 } })]);

  it('are weakest by their share of the maximum, not by their points: 4 of 8 and 5 of 10 are tied', () => {
    expect(linesOf(criteriaSection(year, 2022))[3]).toBe(`${BODY} | Tiêu chí có điểm trung bình thấp nhất so với điểm tối đa: Tiêu chí 1 và Tiêu chí 2 (mỗi tiêu chí 50%).`);
  });
});
