/**
 * What a commune sees after the first set-up of a TT25 workbook, sheet by sheet: every cell's
 * content, number format, bold, background, validation and wrap, the widths, frozen rows,
 * conditional colours, protections, charts and named ranges. The expected pictures are typed from
 * the README's sheet table and the guide's colour key (yellow-pale = input, blue-grey = header,
 * grey = heading / computed, green Đạt, red Không đạt, amber Thiếu dữ liệu), and TT25's own wording.
 */
import { RULESET_TABLE_HEADER } from '../fixtures/ruleset-table-header';
import { describe, expect, it } from 'vitest';
import { TT25 } from '../../src/core/ruleset/tt25';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';
import { COLOURS, colourRule, contents, frame, whenEquals, whenStartsWith } from './sheet-picture';

const ss = new FakeSpreadsheet();
const result = setup(ss);

const { header: HEADER, input: INPUT, heading: HEADING, computed: COMPUTED, green: GREEN, red: RED, amber: AMBER } = COLOURS;
const COUNT_RULE = 'number 0–10000000 warn: Nhập số từ 0 đến 10000000.';
const YES_NO = 'list Có|Không warn';
const COMMUNE_LINE = `='Thông tin'!$B$4&" – năm đánh giá "&'Thông tin'!$B$6&" – Thông tư 25/2023/TT-BGDĐT — Cộng đồng học tập cấp xã"`;
/** The four arguments every CDHT_* call of the workbook takes. */
const ARGS = `'Đánh giá'!A5:A25;'Đánh giá'!E5:E25;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8`;

describe('a first TT25 set-up', () => {
  it('creates the eight sheets before the one the spreadsheet came with, and says what it did', () => {
    expect(ss.sheets.map((s) => s.name)).toEqual(['Hướng dẫn', 'Thông tin', 'Đánh giá', 'Danh mục minh chứng', 'Kết quả', 'Số liệu PCGD-XMC', 'Số liệu theo đơn vị', 'Bộ tiêu chí', 'Trang tính1']);
    expect(result).toEqual({
      rulesetId: 'TT25',
      created: ['Hướng dẫn', 'Thông tin', 'Đánh giá', 'Danh mục minh chứng', 'Kết quả', 'Số liệu PCGD-XMC', 'Số liệu theo đơn vị', 'Bộ tiêu chí'],
      updated: [],
      archive: null,
      messages: [],
      refused: false,
    });
    expect((ss.state() as { named: unknown }).named).toEqual([
      ['CDHT_THONG_TIN', 'Thông tin', 'A1:C55'],
      ['CDHT_CHI_TIEU', 'Đánh giá', 'A4:H25'],
      ['CDHT_BO_TIEU_CHI', 'Bộ tiêu chí', 'A1:L150'],
      ['CDHT_MINH_CHUNG', 'Danh mục minh chứng', 'A3:F203'],
    ]);
    const untouched = ss.sheet('Trang tính1');
    expect([contents(untouched), frame(untouched)]).toEqual([
      {},
      { formats: {}, bold: [], backgrounds: {}, validations: {}, wrap: [], frozen: 0, widths: {}, rules: [], protections: [], charts: [], hidden: false },
    ]);
  });

  it('"Hướng dẫn": the guide, its four headings bold on blue-grey', () => {
    const sheet = ss.sheet('Hướng dẫn');
    expect(contents(sheet)).toEqual({
      A1: 'HƯỚNG DẪN SỬ DỤNG BẢNG ĐÁNH GIÁ "CỘNG ĐỒNG HỌC TẬP" CẤP XÃ',
      A2: 'Hướng dẫn đầy đủ cho xã (từ khi nhận đường liên kết đến khi in hồ sơ): tệp docs/huong-dan-xa.md, cán bộ công nghệ thông tin của tỉnh gửi kèm đường liên kết tạo bản sao.',
      A3: 'Cách điền',
      A4: '1. Trang "Thông tin": điền tên xã, tỉnh, năm đánh giá, bộ tiêu chí (TT25 hoặc TT44), cơ quan tiếp nhận hồ sơ, người ký và Ban chỉ đạo.',
      A5: '2. Trang "Đánh giá": mỗi dòng là một chỉ tiêu. Nhập giá trị của xã ở cột E, liên kết minh chứng ở cột F, ghi chú ở cột G, cơ quan phụ trách ở cột H. Có thể nhập từ thanh bên (menu CĐHT → Mở thanh bên nhập liệu).',
      A6: '   • Chỉ tiêu Đạt/Không đạt: chọn "Đạt" hoặc "Không đạt".',
      A7: '   • Chỉ tiêu mức độ (TC4.2, TC4.3, TC4.4): chọn "Mức độ 1", "Mức độ 2" hoặc "Mức độ 3".',
      A8: '   • Chỉ tiêu tỷ lệ (TC5.1, TC5.2a, TC5.2b): tự tính từ số người ở trang "Số liệu theo đơn vị"; cũng có thể gõ thẳng phần trăm, ví dụ 62,5% (không quá 100%).',
      A9: '3. Trang "Số liệu PCGD-XMC": nhập số liệu phổ cập, tỷ lệ tự tính; phần gợi ý giúp đối chiếu chỉ tiêu TC4.',
      A10: '4. Trang "Kết quả": kết quả tự tính. Mục "Kiểm tra dữ liệu" liệt kê lỗi cần sửa và cảnh báo cần xem.',
      A11: '5. Khi đủ dữ liệu: menu CĐHT → Tạo hồ sơ / báo cáo.',
      A12: '6. Sang năm sau: menu CĐHT → Bắt đầu năm đánh giá mới. Số liệu, minh chứng, ghi chú và nội dung báo cáo của năm cũ được chép sang một trang "Lưu trữ năm …" rồi xóa khỏi ô nhập; tên xã, Ban chỉ đạo, người ký, ngày công nhận Mức độ 1 được giữ. Muốn quay lại: mở trang lưu trữ, chọn CĐHT → Khôi phục năm từ trang lưu trữ.',
      A13: 'Ý nghĩa màu',
      A14: 'Vàng nhạt: ô cần nhập. Xanh: đạt. Đỏ: không đạt. Vàng: còn thiếu dữ liệu. Cam nhạt (trang Bộ tiêu chí): quy định chưa được xác minh từ văn bản chính thức.',
      A15: 'Căn cứ pháp lý',
      A16: 'Thông tư 25/2023/TT-BGDĐT (hiệu lực từ 12/02/2024): đánh giá, công nhận "Cộng đồng học tập" cấp xã theo Mức độ 1, Mức độ 2 (Điều 6, 7, 8); hồ sơ theo Điều 9; bảo lưu kết quả theo Điều 5.',
      A17: 'Thông tư 44/2014/TT-BGDĐT: đánh giá, xếp loại bằng điểm (dùng cho các năm 2015–2023; đã bị bãi bỏ bởi Thông tư 25/2023/TT-BGDĐT, Điều 25).',
      A18: 'Nghị định số 20/2014/NĐ-CP: chuẩn phổ cập giáo dục, xóa mù chữ (căn cứ của tiêu chí 4).',
      A19: 'Từ 01/7/2025 không còn cấp huyện: ghi cơ quan tiếp nhận hồ sơ và cấp công nhận theo hướng dẫn của tỉnh.',
      A20: 'Lưu ý',
      A21: 'Các ô kết quả và trang Bộ tiêu chí được bảo vệ ở chế độ cảnh báo: vẫn sửa được nhưng sẽ được hỏi lại. Menu CĐHT → Thiết lập / sửa mẫu dựng lại cấu trúc, công thức, định dạng mà không xóa dữ liệu đã nhập.',
    });
    expect(frame(sheet)).toEqual({
      formats: {},
      bold: ['A1', 'A3', 'A13', 'A15', 'A20'],
      backgrounds: { [HEADER]: ['A3', 'A13', 'A15', 'A20'] },
      validations: {},
      wrap: [],
      frozen: 0,
      widths: { 1: 1000 },
      rules: [],
      protections: [],
      charts: [],
      hidden: false,
    });
  });

  it('"Thông tin": labels, hints and defaults; fields in B, 20 committee rows, the report texts, the dossier record, the version', () => {
    const sheet = ss.sheet('Thông tin');
    expect(contents(sheet)).toEqual({
      A1: 'THÔNG TIN CHUNG VỀ XÃ VÀ HỒ SƠ ĐÁNH GIÁ',
      A2: 'Điền vào các ô màu vàng nhạt ở cột B. Các mục có dấu * cần có trước khi tạo hồ sơ.',
      A3: 'Mục',
      B3: 'Nội dung',
      C3: 'Hướng dẫn',
      A4: 'Tên xã *',
      C4: 'Ghi cả chữ "Xã", ví dụ: Xã Hòa An',
      A5: 'Tỉnh, thành phố *',
      C5: 'Ví dụ: Tỉnh Sông Lam',
      A6: 'Năm đánh giá *',
      C6: 'Số liệu tính từ 01/01 đến 31/12 của năm này',
      A7: 'Bộ tiêu chí *',
      B7: 'TT25',
      C7: 'TT25 (Thông tư số 25/2023/TT-BGDĐT, từ năm 2024) hoặc TT44 (Thông tư số 44/2014/TT-BGDĐT, các năm 2015–2023)',
      A8: 'Xã thuộc vùng khó khăn',
      B8: 'Không',
      C8: 'Có / Không: áp dụng ngưỡng riêng cho chỉ tiêu TC5.2',
      A9: 'Ngày quyết định công nhận Mức độ 1',
      C9: 'Nếu đã được công nhận Mức độ 1 (dd/mm/yyyy); đề nghị Mức độ 2 sau ít nhất 12 tháng (chưa xác minh)',
      A10: 'Cơ quan tiếp nhận hồ sơ *',
      C10: 'Từ 07/2025 không còn cấp huyện: ghi cơ quan tỉnh hướng dẫn',
      A11: 'Cấp có thẩm quyền công nhận *',
      C11: 'Ví dụ: Chủ tịch Ủy ban nhân dân tỉnh',
      A12: 'Thẩm quyền ký *',
      B12: 'TM. ỦY BAN NHÂN DÂN',
      C12: 'Ví dụ: TM. ỦY BAN NHÂN DÂN; phó chủ tịch ký thay: TM. ỦY BAN NHÂN DÂN, xuống dòng (Alt + Enter), KT. CHỦ TỊCH',
      A13: 'Chức vụ người ký *',
      B13: 'CHỦ TỊCH',
      C13: 'Ví dụ: CHỦ TỊCH, PHÓ CHỦ TỊCH',
      A14: 'Họ và tên người ký *',
      A15: 'Số Tờ trình',
      C15: 'Ví dụ: 15/TTr-UBND; để trống nếu chưa lấy số',
      A16: 'Số Báo cáo',
      C16: 'Ví dụ: 42/BC-UBND',
      A17: 'Số Biên bản',
      C17: 'Ví dụ: 03/BB-BCĐ',
      A18: 'Nơi nhận *',
      C18: 'Mỗi nơi nhận một dòng (Alt + Enter để xuống dòng)',
      A20: 'BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP (thành phần cuộc họp xã)',
      A21: 'Họ và tên',
      B21: 'Chức vụ',
      C21: 'Vai trò trong Ban chỉ đạo',
      A43: 'NỘI DUNG BÁO CÁO (do Ban chỉ đạo viết; để trống thì hồ sơ ghi chỗ cần bổ sung)',
      A44: 'Thuận lợi',
      A45: 'Khó khăn',
      A46: 'Kết quả nổi bật',
      A47: 'Hạn chế',
      A48: 'Bài học kinh nghiệm',
      A49: 'Kiến nghị, đề xuất',
      A51: 'HỒ SƠ ĐÃ TẠO (tiện ích tự ghi)',
      A52: 'Liên kết hồ sơ gần nhất',
      A53: 'Thời điểm tạo',
      A55: 'Phiên bản mẫu',
      B55: 2,
    });
    expect(frame(sheet)).toEqual({
      formats: { '#,##0': ['B6'], 'dd/mm/yyyy': ['B9', 'B53'] },
      bold: ['A1', 'A3:C3', 'A20', 'A21:C21', 'A43', 'A51'],
      // Every field (B4:B18), all 20 committee rows (A22:C41, the last one too), the six report texts.
      backgrounds: { [HEADER]: ['A3:C3', 'A21:C21'], [INPUT]: ['B4:B18', 'A22:C41', 'B44:B49'], [COMPUTED]: ['B52:B53'] },
      validations: {
        'number 2015–2100 warn: Nhập số từ 2015 đến 2100.': ['B6'],
        'list TT25|TT44 warn': ['B7'],
        [YES_NO]: ['B8'],
        'date warn: Nhập ngày dạng dd/mm/yyyy.': ['B9'],
      },
      wrap: [],
      frozen: 0,
      widths: { 1: 360, 2: 360, 3: 360 },
      rules: [],
      protections: [],
      charts: [],
      hidden: false,
    });
  });

  it('"Đánh giá": five criterion headings and sixteen indicators with their requirements, values in E to H, CDHT_RESULTS in I5', () => {
    const sheet = ss.sheet('Đánh giá');
    const met = { C: 'Đạt', D: 'Đạt' };
    const rows: Array<[string, string, { C: string; D: string }]> = [
      ['TC1.1', 'Thực hiện công tác tuyên truyền nâng cao nhận thức cho cộng đồng về học tập suốt đời, xây dựng xã hội học tập', met],
      ['TC1.2', 'Xây dựng chương trình, kế hoạch thực hiện công tác xây dựng xã hội học tập hằng năm và tổ chức triển khai, thực hiện đầy đủ các chương trình, kế hoạch', met],
      ['TC1.3', 'Xây dựng kế hoạch, triển khai các hoạt động cụ thể tổ chức Tuần lễ hưởng ứng học tập suốt đời và báo cáo theo quy định', met],
      ['TC2.1', 'Bố trí đủ kinh phí từ ngân sách nhà nước hằng năm theo quy định của pháp luật về ngân sách nhà nước để thực hiện xây dựng xã hội học tập', met],
      ['TC2.2', 'Triển khai các hoạt động vận động, huy động nguồn lực xã hội tham gia xây dựng xã hội học tập ở địa phương theo chủ trương xã hội hóa và đạt kết quả tích cực', met],
      [
        'TC2.3',
        'Xây dựng cơ chế phối hợp giữa Hội Khuyến học xã, các tổ chức chính trị - xã hội cấp xã và các cơ sở giáo dục, các thiết chế văn hóa trên địa bàn xã trong quá trình xây dựng xã hội học tập',
        met,
      ],
      [
        'TC3.1',
        'Trung tâm học tập cộng đồng bảo đảm có 01 phòng làm việc được trang bị đầy đủ bàn, ghế, tủ, giá; có tủ sách dùng chung; có thiết bị công nghệ thông tin phù hợp để tổ chức hoạt động học tập suốt đời cho người dân',
        met,
      ],
      ['TC3.2', 'Thư viện công cộng cấp xã có ứng dụng công nghệ thông tin và chuyển đổi số trong quản lý, tổ chức hoạt động phục vụ việc học tập suốt đời cho người sử dụng thư viện', met],
      [
        'TC3.3',
        'Trung tâm văn hóa, thể thao cấp xã có lớp năng khiếu, câu lạc bộ, nhóm sở thích, thường xuyên tổ chức các hoạt động văn hóa văn nghệ, thể dục thể thao thu hút người dân đến tham gia sinh hoạt',
        met,
      ],
      ['TC4.1', 'Xã đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi', met],
      ['TC4.2', 'Xã đạt chuẩn phổ cập giáo dục tiểu học', { C: 'Chuẩn mức độ 2 trở lên', D: 'Chuẩn mức độ 3 trở lên' }],
      ['TC4.3', 'Xã đạt chuẩn phổ cập giáo dục trung học cơ sở', { C: 'Chuẩn mức độ 2 trở lên', D: 'Chuẩn mức độ 3 trở lên' }],
      ['TC4.4', 'Xã đạt chuẩn xóa mù chữ', { C: 'Chuẩn mức độ 1 trở lên', D: 'Chuẩn mức độ 2 trở lên' }],
      ['TC5.1', 'Tỷ lệ công dân trong xã đạt danh hiệu "Công dân học tập" (Quyết định số 324/QĐ-KHVN ngày 25 tháng 10 năm 2023)', { C: '≥ 60%', D: '≥ 80%' }],
      ['TC5.2a', 'Tỷ lệ công dân trong xã được đào tạo trình độ chuyên môn kỹ thuật', { C: '≥ 50% (vùng khó khăn: ≥ 40%)', D: '≥ 60% (vùng khó khăn: ≥ 50%)' }],
      ['TC5.2b', 'Tỷ lệ công dân trong xã có trình độ đại học trở lên', { C: '≥ 12% (vùng khó khăn: ≥ 10%)', D: '≥ 15% (vùng khó khăn: ≥ 12%)' }],
    ];
    const headings: Record<number, string> = {
      5: 'TC1. Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã',
      9: 'TC2. Huy động nguồn lực và tạo môi trường thuận lợi để thực hiện xây dựng xã hội học tập ở địa phương',
      13: 'TC3. Hiệu quả hoạt động của trung tâm học tập cộng đồng và thư viện công cộng cấp xã, trung tâm văn hóa, thể thao cấp xã',
      17: 'TC4. Kết quả phổ cập giáo dục - xóa mù chữ',
      22: 'TC5. Tác dụng của việc xây dựng “Cộng đồng học tập” cấp xã',
    };
    const expected: Record<string, unknown> = {
      A1: 'ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU',
      A2: COMMUNE_LINE,
      A3: 'Nhập ở các ô màu vàng nhạt (cột E đến H). Cột I, J tự tính: xanh là đạt, đỏ là không đạt, vàng là còn thiếu dữ liệu.',
      A4: 'Mã',
      B4: 'Chỉ tiêu (nội dung theo văn bản)',
      C4: 'Yêu cầu Mức độ 1',
      D4: 'Yêu cầu Mức độ 2',
      E4: 'Giá trị của xã',
      F4: 'Minh chứng (liên kết)',
      G4: 'Kết quả thực hiện (việc đã làm, số liệu)',
      H4: 'Phụ trách',
      I4: 'Kết quả Mức độ 1',
      J4: 'Kết quả Mức độ 2',
      I5: "=CDHT_RESULTS(A5:A25;E5:E25;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)",
      E23: "='Số liệu theo đơn vị'!$E$4",
      E24: "='Số liệu theo đơn vị'!$E$5",
      E25: "='Số liệu theo đơn vị'!$E$6",
    };
    let row = 5;
    for (const [code, name, requirement] of rows) {
      if (headings[row]) expected[`B${row++}`] = headings[row - 1];
      Object.assign(expected, { [`A${row}`]: code, [`B${row}`]: name, [`C${row}`]: requirement.C, [`D${row}`]: requirement.D });
      row++;
    }
    expect(row).toBe(26);
    expect(contents(sheet)).toEqual(expected);
    expect(frame(sheet)).toEqual({
      formats: { '0.00%': ['E23:E25'] },
      // The title, the header row, and each criterion heading (its wording and the two requirement cells).
      bold: ['A1', 'A4:J4', 'B5:D5', 'B9:D9', 'B13:D13', 'B17:D17', 'B22:D22'],
      backgrounds: {
        [HEADER]: ['A4:J4'],
        [HEADING]: ['B5:D5', 'B9:D9', 'B13:D13', 'B17:D17', 'B22:D22'],
        [COMPUTED]: ['I5:J25'],
        [INPUT]: ['E6:H8', 'E10:H12', 'E14:H16', 'E18:H21', 'E23:H25'],
      },
      validations: {
        'list Đạt|Không đạt warn': ['E6:E8', 'E10:E12', 'E14:E16', 'E18'],
        'list Mức độ 1|Mức độ 2|Mức độ 3|Chưa đạt warn': ['E19:E20'],
        'list Mức độ 1|Mức độ 2|Chưa đạt warn': ['E21'],
        'number 0–1 refuse: Nhập tỷ lệ từ 0% đến 100%, ví dụ 65%.': ['E23:E25'],
      },
      wrap: ['A1:J25'],
      frozen: 4,
      // A keeps the default width.
      widths: { 2: 420, 3: 150, 4: 150, 5: 150, 6: 150, 7: 320, 8: 150 },
      rules: [whenEquals('I5:J25', 'Đạt', GREEN), whenEquals('I5:J25', 'Không đạt', RED), whenEquals('I5:J25', 'Thiếu dữ liệu', AMBER)],
      protections: [['RANGE', 'I5:J25', 'Kết quả tự tính bằng CDHT_RESULTS', true]],
      charts: [],
      hidden: false,
    });
  });

  it('"Danh mục minh chứng": a header and 200 input rows of six columns, frozen under the header', () => {
    const sheet = ss.sheet('Danh mục minh chứng');
    expect(contents(sheet)).toEqual({
      A1: 'DANH MỤC MINH CHỨNG',
      A2: 'Mỗi minh chứng một dòng. Mã theo tiêu chí: H1.01, H1.02 … cho tiêu chí 1; H2.01 … cho tiêu chí 2. "Chỉ tiêu liên quan": các mã chỉ tiêu, cách nhau bằng dấu phẩy (ví dụ TC1.1, TC1.2). Liên kết: bản chụp trên Google Drive (chia sẻ cho người thẩm định).',
      A3: 'Mã minh chứng',
      B3: 'Tên minh chứng',
      C3: 'Số, ngày ban hành',
      D3: 'Cơ quan ban hành',
      E3: 'Liên kết',
      F3: 'Chỉ tiêu liên quan',
    });
    expect(frame(sheet)).toEqual({
      formats: {},
      bold: ['A1', 'A3:F3'],
      backgrounds: { [HEADER]: ['A3:F3'], [INPUT]: ['A4:F203'] },
      validations: {},
      wrap: ['A1:F203'],
      frozen: 3,
      widths: { 1: 110, 2: 360, 3: 190, 4: 180, 5: 260, 6: 150 },
      rules: [],
      protections: [],
      charts: [],
      hidden: false,
    });
  });

  it('"Kết quả": the rating, score, counts and TT25 dates, the criteria table and the data check, coloured and protected', () => {
    const sheet = ss.sheet('Kết quả');
    expect(contents(sheet)).toEqual({
      A1: 'KẾT QUẢ ĐÁNH GIÁ',
      A2: COMMUNE_LINE,
      A3: 'Nội dung',
      B3: 'Kết quả',
      C3: 'Căn cứ, ghi chú',
      A4: 'Mức độ đạt được',
      B4: `=CDHT_RATING(${ARGS})`,
      C4: 'Thông tư 25/2023/TT-BGDĐT, Điều 8',
      A5: 'Số chỉ tiêu đạt Mức độ 1 (trên 15)',
      B5: `=CDHT_SCORE(${ARGS})`,
      A6: 'Số mục đã nhập',
      B6: `=SUMPRODUCT(('Đánh giá'!A5:A25<>"")*('Đánh giá'!E5:E25<>""))`,
      C6: `="trên "&COUNTIF('Đánh giá'!A5:A25;"?*")&" mục (TC5.2 gồm hai mục)"`,
      A7: 'Số mục đã có minh chứng',
      B7: `=SUMPRODUCT(('Đánh giá'!A5:A25<>"")*('Đánh giá'!F5:F25<>""))`,
      A8: 'Công nhận được bảo lưu đến hết ngày',
      B8: `=IF(AND(OR(B4="Mức độ 1";B4="Mức độ 2");ISNUMBER('Thông tin'!$B$6));EDATE(DATE('Thông tin'!$B$6;12;31);36);"")`,
      C8: 'Bảo lưu 36 tháng: Thông tư 25/2023/TT-BGDĐT, Điều 5 khoản 4 (chưa xác minh: tính từ hết năm đánh giá)',
      A9: 'Được đề nghị Mức độ 2 từ ngày',
      B9: `=IF('Thông tin'!$B$9="";"Chưa có quyết định công nhận Mức độ 1";EDATE('Thông tin'!$B$9;12))`,
      C9: 'Ít nhất 12 tháng sau quyết định công nhận Mức độ 1 (chưa xác minh: Nguồn thứ cấp, chưa đối chiếu văn bản gốc)',
      A10: 'Hồ sơ năm này có thể đề nghị Mức độ 2',
      B10: `=IF('Thông tin'!$B$9="";"Chưa";IF(EDATE('Thông tin'!$B$9;12)<=DATE('Thông tin'!$B$6+1;2;28);"Có";"Chưa"))`,
      C10: 'Hồ sơ nộp trước 28/02 năm sau năm đánh giá (Thông tư 25/2023/TT-BGDĐT, Điều 9 khoản 1 điểm d)',
      A12: 'KẾT QUẢ THEO TIÊU CHÍ',
      A13: `=CDHT_CRITERIA(${ARGS})`,
      A20: 'KIỂM TRA DỮ LIỆU (lỗi cần sửa, cảnh báo cần xem)',
      A21: `=CDHT_CHECK(${ARGS})`,
    });
    expect(frame(sheet)).toEqual({
      formats: { '#,##0': ['B6:B7'], 'dd/mm/yyyy': ['B8:B9'] },
      // The criteria table's header row (CDHT_CRITERIA's first row of six columns) is bold on blue-grey.
      bold: ['A1', 'A3:C3', 'A12', 'A13:F13', 'A20'],
      backgrounds: { [HEADER]: ['A3:C3', 'A13:F13'], [COMPUTED]: ['B4:B5'] },
      validations: {},
      wrap: [],
      frozen: 0,
      widths: { 1: 300, 2: 300 },
      rules: [
        whenEquals('B4', 'Mức độ 2', GREEN),
        whenEquals('B4', 'Mức độ 1', GREEN),
        whenStartsWith('B4', 'Chưa đạt', RED),
        whenStartsWith('B4', 'Chưa đủ dữ liệu', AMBER),
        // The five criteria's Mức độ 1 and Mức độ 2 results.
        whenEquals('C14:D18', 'Đạt', GREEN),
        whenEquals('C14:D18', 'Không đạt', RED),
        whenEquals('C14:D18', 'Thiếu dữ liệu', AMBER),
        // CDHT_CHECK's second column, 200 rows under its formula.
        whenEquals('B21:B220', 'Lỗi', RED),
        whenEquals('B21:B220', 'Cảnh báo', AMBER),
      ],
      protections: [['SHEET', 'A1:Z1000', 'Kết quả tự tính: không cần sửa trên trang này', true]],
      charts: [[['A14:A18', 'E14:E18'], { type: 'COLUMN', position: [12, 8], title: 'Số chỉ tiêu đạt Mức độ 1 theo tiêu chí' }]],
      hidden: false,
    });
  });

  it('"Số liệu PCGD-XMC": eleven rates of NĐ 20/2014 from counts, the ĐBKK flag, a suggestion per TC4 indicator', () => {
    const sheet = ss.sheet('Số liệu PCGD-XMC');
    const cells = contents(sheet);
    const { F20, F21, ...rest } = cells;
    expect(rest).toEqual({
      A1: 'SỐ LIỆU PHỔ CẬP GIÁO DỤC - XÓA MÙ CHỮ (Nghị định số 20/2014/NĐ-CP)',
      A2: 'Nhập số liệu của năm đánh giá. Tỷ lệ = số đạt ÷ (tổng số - số được miễn trừ): cách tính theo thực tiễn báo cáo ở địa phương, không phải quy định của Nghị định 20/2014/NĐ-CP. Phần gợi ý chỉ để tham khảo: mức độ được cấp có thẩm quyền công nhận mới là căn cứ điền chỉ tiêu TC4.',
      A3: 'Chỉ số',
      B3: 'Tổng số (mẫu số)',
      C3: 'Số được miễn trừ',
      D3: 'Số đạt (tử số)',
      E3: 'Tỷ lệ',
      F3: 'Chuẩn theo Nghị định số 20/2014/NĐ-CP',
      A4: 'Trẻ em 5 tuổi được huy động ra lớp',
      E4: '=CDHT_RATE(D4:D14;B4:B14;C4:C14)',
      F4: 'TC4.1: ≥ 95% (ĐBKK 90%)',
      A5: 'Trẻ em 5 tuổi hoàn thành chương trình giáo dục mầm non',
      F5: 'TC4.1: ≥ 85% (ĐBKK 80%)',
      A6: 'Trẻ em 6 tuổi vào học lớp 1',
      F6: 'TC4.2 mức 1: ≥ 90%; TC4.2 mức 2: ≥ 95%; TC4.2 mức 3: ≥ 98%',
      A7: 'Trẻ em đến 14 tuổi hoàn thành chương trình tiểu học',
      F7: 'TC4.2 mức 1: ≥ 80% (ĐBKK 70%)',
      A8: 'Trẻ em 11 tuổi hoàn thành chương trình tiểu học',
      F8: 'TC4.2 mức 2: ≥ 80% (ĐBKK 70%); TC4.2 mức 3: ≥ 90% (ĐBKK 80%)',
      A9: 'Thanh, thiếu niên 15–18 tuổi có bằng tốt nghiệp THCS',
      F9: 'TC4.3 mức 1: ≥ 80% (ĐBKK 70%); TC4.3 mức 2: ≥ 90% (ĐBKK 80%); TC4.3 mức 3: ≥ 95% (ĐBKK 90%)',
      A10: 'Thanh, thiếu niên 15–18 tuổi đang học THPT, GDTX hoặc giáo dục nghề nghiệp',
      F10: 'TC4.3 mức 3: ≥ 80% (ĐBKK 70%)',
      A11: 'Người 15–35 tuổi biết chữ mức độ 1 (xã ĐBKK: 15–25 tuổi)',
      F11: 'TC4.4 mức 1: ≥ 90%',
      A12: 'Người 15–60 tuổi biết chữ mức độ 2 (xã ĐBKK: 15–35 tuổi)',
      F12: 'TC4.4 mức 2: ≥ 90%',
      A13: 'Trẻ em 11 tuổi hoàn thành chương trình tiểu học hoặc đang học các lớp tiểu học',
      F13: 'TC4.2 mức 2: ≥ 100%; TC4.2 mức 3: ≥ 100%',
      A14: 'Người khuyết tật có khả năng học tập được tiếp cận giáo dục',
      F14: 'TC4.1: ≥ 60%; TC4.2 mức 1: ≥ 60%; TC4.3 mức 1: ≥ 60%; TC4.4 mức 1: ≥ 60%; TC4.4 mức 2: ≥ 60%',
      A16: 'Xã có điều kiện kinh tế - xã hội đặc biệt khó khăn (ĐBKK)',
      B16: 'Không',
      C16: 'Xã ĐBKK có ngưỡng thấp hơn (Nghị định số 20/2014/NĐ-CP)',
      A18: 'Chỉ tiêu',
      B18: 'Căn cứ',
      E18: 'Gợi ý',
      F18: 'Mức (số)',
      A19: 'TC4.1 – Phổ cập giáo dục mầm non cho trẻ em 5 tuổi',
      B19: 'Nghị định 20/2014/NĐ-CP, Điều 6 khoản 2',
      E19: '=IF(F19="";"Chưa đủ số liệu";IF(F19>=1;"Đạt";"Không đạt"))',
      // TC4.1 (yes/no): the two mầm non rates and the disabled-learners rate, ĐBKK thresholds where NĐ 20 gives them.
      F19: '=IF(OR(NOT(ISNUMBER(E4));NOT(ISNUMBER(E5));NOT(ISNUMBER(E14)));"";IF(AND(AND(ISNUMBER(E4);E4>=IF($B$16="Có";9/10;95/100));AND(ISNUMBER(E5);E5>=IF($B$16="Có";8/10;85/100));AND(ISNUMBER(E14);E14>=6/10));1;0))',
      A20: 'TC4.2 – Phổ cập giáo dục tiểu học',
      B20: 'Nghị định 20/2014/NĐ-CP, Điều 9 khoản 2, Điều 10 khoản 1, Điều 11 khoản 1',
      E20: '=IF(F20="";"Chưa đủ số liệu";IF(F20=0;"Chưa đạt";"Mức độ "&F20))',
      A21: 'TC4.3 – Phổ cập giáo dục trung học cơ sở',
      B21: 'Nghị định 20/2014/NĐ-CP, Điều 14 khoản 2, Điều 15 khoản 1, Điều 16 khoản 1',
      E21: '=IF(F21="";"Chưa đủ số liệu";IF(F21=0;"Chưa đạt";"Mức độ "&F21))',
      A22: 'TC4.4 – Xóa mù chữ',
      B22: 'Nghị định 20/2014/NĐ-CP, Điều 20 khoản 1, Điều 21 khoản 1',
      E22: '=IF(F22="";"Chưa đủ số liệu";IF(F22=0;"Chưa đạt";"Mức độ "&F22))',
      // Mức độ 2 first (15–60 biết chữ mức độ 2), then mức độ 1, else 0.
      F22: '=IF(OR(NOT(ISNUMBER(E11));NOT(ISNUMBER(E14)));"";IF(AND(AND(ISNUMBER(E12);E12>=9/10);AND(ISNUMBER(E14);E14>=6/10));2;IF(AND(AND(ISNUMBER(E11);E11>=9/10);AND(ISNUMBER(E14);E14>=6/10));1;0)))',
    });
    // TC4.2 and TC4.3 levels are judged in the engine tests (formulas-in-engine); here: blank without their basic rates, highest level first.
    expect(F20).toMatch(/^=IF\(OR\(NOT\(ISNUMBER\(E6\)\);NOT\(ISNUMBER\(E7\)\);NOT\(ISNUMBER\(E14\)\)\);"";IF\(.*;3;IF\(.*;2;IF\(.*;1;0\)\)\)\)$/);
    expect(F21).toMatch(/^=IF\(OR\(NOT\(ISNUMBER\(E9\)\);NOT\(ISNUMBER\(E14\)\)\);"";IF\(.*;3;IF\(.*;2;IF\(.*;1;0\)\)\)\)$/);
    expect(frame(sheet)).toEqual({
      formats: { '#,##0': ['B4:D14', 'F19:F22'], '0.00%': ['E4:E14'] },
      bold: ['A1', 'A3:F3', 'A18:F18'],
      backgrounds: { [HEADER]: ['A3:F3', 'A18:F18'], [INPUT]: ['B4:D14', 'B16'], [COMPUTED]: ['E4:E14', 'E19:E22'] },
      validations: { [COUNT_RULE]: ['B4:D14'], [YES_NO]: ['B16'] },
      wrap: [],
      frozen: 0,
      widths: { 1: 420 },
      rules: [],
      protections: [['RANGE', 'E4:F22', 'Tỷ lệ (CDHT_RATE) và gợi ý theo Nghị định số 20/2014/NĐ-CP tự tính', true]],
      charts: [],
      hidden: false,
    });
  });

  it('"Số liệu theo đơn vị": a summary row per percent indicator, 40 unit rows of counts, each row checked', () => {
    const sheet = ss.sheet('Số liệu theo đơn vị');
    const items: Array<[string, string, string, string]> = [
      ['TC5.1', 'Tỷ lệ công dân trong xã đạt danh hiệu "Công dân học tập" (Quyết định số 324/QĐ-KHVN ngày 25 tháng 10 năm 2023)', 'B', 'C'],
      ['TC5.2a', 'Tỷ lệ công dân trong xã được đào tạo trình độ chuyên môn kỹ thuật', 'D', 'E'],
      ['TC5.2b', 'Tỷ lệ công dân trong xã có trình độ đại học trở lên', 'F', 'G'],
    ];
    const expected: Record<string, unknown> = {
      A1: 'SỐ LIỆU TÍNH TỶ LỆ THEO THÔN, TỔ DÂN PHỐ',
      A2: 'Nhập số người theo thôn, tổ dân phố hoặc xã cũ (trước sắp xếp 2025), hoặc một dòng "Toàn xã". Tỷ lệ hiện ở cột Giá trị trang "Đánh giá"; gõ đè ở đó để nhập thẳng tỷ lệ.',
      A3: 'Chỉ tiêu',
      B3: 'Nội dung',
      C3: 'Số đạt (cộng)',
      D3: 'Tổng số (cộng)',
      E3: 'Tỷ lệ',
      F3: 'Kiểm tra số liệu',
      A8: 'Đơn vị (thôn, tổ dân phố hoặc xã cũ)',
      B8: 'TC5.1: số đạt',
      C8: 'TC5.1: tổng số',
      D8: 'TC5.2a: số đạt',
      E8: 'TC5.2a: tổng số',
      F8: 'TC5.2b: số đạt',
      G8: 'TC5.2b: tổng số',
      H8: 'Kiểm tra',
      A49: 'Thêm đơn vị: chèn dòng phía trên dòng này.',
    };
    items.forEach(([code, name, n, d], i) => {
      const row = 4 + i;
      // From the header row 8 to the end row 49, so rows inserted anywhere between count.
      const [N, D] = [`${n}8:${n}49`, `${d}8:${d}49`];
      const failing = `COUNTIF(H8:H49;"*${code}:*")>0`;
      const columnsWrong = `OR(SUM(${N})>SUM(${D});COUNT(${N})<>COUNT(${D});COUNTA(${N})>COUNT(${N})+1;COUNTA(${D})>COUNT(${D})+1;COUNTIF(${N};"<0")+COUNTIF(${D};"<0")>0;COUNTIF(${D};0)>0;SUM(${N})<>INT(SUM(${N}));SUM(${D})<>INT(SUM(${D})))`;
      const twice = `AND(COUNTIFS(A8:A49;"Toàn xã*";${D};"<>")>0;COUNT(${D})>1)`;
      // Counts typed under the table's last row, as one continues a list (review 14 F9): counted nowhere, so no rate.
      const offset = (column: string) => `OFFSET(A49;1;${column.charCodeAt(0) - 65};500;1)`;
      const below = `COUNT(${offset(n)})+COUNT(${offset(d)})>0`;
      const empty = `COUNT(${N})+COUNT(${D})=0`;
      Object.assign(expected, {
        [`A${row}`]: code,
        [`B${row}`]: name,
        [`C${row}`]: `=SUM(${N})`,
        [`D${row}`]: `=SUM(${D})`,
        [`E${row}`]: `=IF(OR(${failing};${columnsWrong};${twice};${below});"Số liệu chưa hợp lệ: xem trang Số liệu theo đơn vị";IF(${empty};"";SUM(${N})/SUM(${D})))`,
        [`F${row}`]:
          `=IF(${failing};"Có dòng chưa hợp lệ: xem cột Kiểm tra";IF(${columnsWrong};"Dòng chèn thêm chưa hợp lệ (chữ, số âm, số không nguyên, thiếu số): chạy Thiết lập / sửa mẫu để kiểm tra từng dòng";` +
          `IF(${twice};"Có dòng “Toàn xã” cùng các thôn: số liệu bị cộng hai lần; giữ một trong hai";` +
          `IF(${below};"Có số liệu dưới dòng “Thêm đơn vị” nên không được cộng: chèn dòng phía trên dòng đó rồi chép số liệu vào";` +
          `IF(${empty};"Chưa nhập số liệu";"Tính từ "&COUNT(${D})&" đơn vị")))))`,
      });
    });
    for (let row = 9; row <= 48; row++) {
      const check = ([code, , n, d]: (typeof items)[number]) => {
        const [N, D] = [`${n}${row}`, `${d}${row}`];
        return `IF(AND(${N}="";${D}="");"";IF(OR(NOT(ISNUMBER(${N}));NOT(ISNUMBER(${D})));"${code}: thiếu số hoặc không phải số";IF(OR(${N}<0;${D}<0);"${code}: số âm";IF(OR(${N}<>INT(${N});${D}<>INT(${D}));"${code}: số người phải là số nguyên";IF(${D}=0;"${code}: tổng số bằng 0";IF(${N}>${D};"${code}: số đạt lớn hơn tổng số";""))))))`;
      };
      expected[`H${row}`] = `=TEXTJOIN("; ";TRUE();${items.map(check).join(';')})`;
    }
    expect(contents(sheet)).toEqual(expected);
    expect(frame(sheet)).toEqual({
      formats: { '#,##0': ['C4:D6', 'B9:G48'], '0.00%': ['E4:E6'] },
      bold: ['A1', 'A3:F3', 'A8:H8'],
      backgrounds: { [HEADER]: ['A3:F3', 'A8:H8'], [COMPUTED]: ['C4:E6'], [INPUT]: ['A9:G48'] },
      validations: { [COUNT_RULE]: ['B9:G48'] },
      wrap: ['A1:H49'],
      frozen: 0,
      widths: { 1: 220, 2: 300, 3: 120, 4: 120, 5: 120, 6: 120, 7: 120, 8: 120 },
      rules: [],
      protections: [['RANGE', 'C4:F6', 'Tỷ lệ tự tính từ số liệu theo đơn vị', true]],
      charts: [],
      hidden: false,
    });
  });

  it('"Bộ tiêu chí": the TT25 table under its header, lists on Loại, Kiểu and Trạng thái, unverified rows orange, the sheet protected', () => {
    const sheet = ss.sheet('Bộ tiêu chí');
    const cells = sheet.values();
    expect(cells[0]).toEqual(RULESET_TABLE_HEADER);
    expect(cells[1].slice(0, 3)).toEqual(['Bộ tiêu chí', 'TT25', TT25.name]);
    // Every criterion and indicator of TT25 has its row.
    const codes = cells.map((row) => row[1]);
    for (const criterion of TT25.criteria) for (const code of [criterion.code, ...criterion.items.map((i) => i.code)]) expect(codes).toContain(code);
    expect(frame(sheet)).toEqual({
      formats: {},
      bold: ['A1:L1'],
      backgrounds: { [HEADER]: ['A1:L1'] },
      validations: {
        'list Bộ tiêu chí|Tiêu chí|Chỉ tiêu|Xếp loại|Quy định warn': ['A2:A150'],
        'list Đạt/Không đạt|Mức độ|Tỷ lệ|Điểm|Không có tiêu chí bị điểm 0 warn': ['D2:D150'],
        'list Nguyên văn|Diễn đạt lại|Nguồn thứ cấp|Chưa xác minh warn': ['L2:L150'],
      },
      wrap: [],
      frozen: 1,
      widths: { 3: 420, 11: 300 },
      rules: [colourRule('A2:L150', '#fce5cd', { whenFormulaSatisfied: '=$L2="Chưa xác minh"' })],
      protections: [['SHEET', 'A1:Z1000', 'Bộ tiêu chí đang áp dụng: chỉ sửa khi có hướng dẫn của tỉnh', true]],
      charts: [],
      hidden: false,
    });
  });
});
