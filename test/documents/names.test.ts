/**
 * Names typed in capitals in "Thông tin" (the commune, the bodies, the signer, the committee)
 * read as names in the dossier's running text, and stay in capitals in its headers (newcomer
 * review of issue 13: "xã HÒA AN"). Expected text typed by hand from Nghị định 30/2020's way of
 * writing names (Phụ lục II: "Ủy ban nhân dân tỉnh …", "Sở Giáo dục và Đào tạo").
 */
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import { bodyName } from '../../src/core/documents/wording';
import type { SignatureBlock } from '../../src/core/documents/model';
import { byKind, paragraphs, runText, sample, TODAY, withInfo } from '../fixtures/dossiers';

const CAPITALS = {
  commune: 'XÃ HÒA AN',
  recipientBody: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH SÔNG LAM',
  decidingAuthority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG LAM',
  signerName: 'NGUYỄN VĂN AN',
  members: [
    { name: 'NGUYỄN VĂN BÌNH', title: 'CHỦ TỊCH UBND XÃ', role: 'TRƯỞNG BAN' },
    { name: 'HOÀNG VĂN NAM', title: 'CÔNG CHỨC VĂN HÓA - XÃ HỘI', role: 'THÀNH VIÊN, THƯ KÝ' },
  ],
};

/** What the Tờ trình of sample TT25 must say of the names in "Thông tin", however they were typed. */
const PROPOSAL_AS_WRITTEN = {
  header: { kind: 'header', issuingBody: ['ỦY BAN NHÂN DÂN', 'XÃ HÒA AN'], number: 'Số: 15/TTr-UBND', placeDate: 'Hòa An, ngày 05 tháng 3 năm 2026', parentBody: 'UBND TỈNH SÔNG LAM' },
  texts: [
    'Hòa An, ngày 05 tháng 3 năm 2026',
    'Kính gửi: Sở Giáo dục và Đào tạo tỉnh Sông Lam.',
    // Past the first line, the number keeps its word joiners (whole-numbers.ts).
    'Ủy ban nhân dân xã Hòa An đã tổ chức tự đánh giá năm 2025 (số liệu tính từ ngày 01/01/2025 đến ngày 31/12/2025) theo 5 tiêu chí, 15 chỉ tiêu quy định tại Điều 6, Điều 7 và Điều 8 Thông tư số 25/\u20602023/\u2060TT-\u2060BGDĐT. Kết quả: đạt 15/15 chỉ tiêu Mức độ 1; 12/15 chỉ tiêu Mức độ 2.',
    'Ủy ban nhân dân xã Hòa An đã tổ chức họp với sự tham gia của Hội Khuyến học xã, Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội của xã, thống nhất đề nghị công nhận ở mức độ xã thực tế đạt được (biên bản họp kèm theo).',
    'Ủy ban nhân dân xã Hòa An kính đề nghị Sở Giáo dục và Đào tạo tỉnh Sông Lam xem xét, thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh Sông Lam công nhận xã Hòa An đạt “Cộng đồng học tập” cấp xã Mức độ 1 năm 2025.',
    'Ủy ban nhân dân xã Hòa An kính trình Sở Giáo dục và Đào tạo tỉnh Sông Lam xem xét./.',
  ],
  signature: {
    kind: 'signature',
    recipients: ['Như trên', 'Hội Khuyến học tỉnh', 'Đảng ủy xã', 'Lưu: VT, VHXH'],
    signers: [{ authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' }],
  },
};

/** The Tờ trình's header, its paragraphs that name the commune or the province (in any case), its signature. */
function proposalAsWritten(proposal: ReturnType<typeof byKind>) {
  return {
    header: proposal.blocks.find((b) => b.kind === 'header'),
    texts: paragraphs(proposal)
      .map((p) => runText(p.runs))
      .filter((t) => /Hòa An|Sông Lam/i.test(t)),
    // The names only: how much of the gap above it a fitted page kept (gapScale) is page-fit's.
    signature: (({ gapScale, ...names }) => names)(proposal.blocks.find((b) => b.kind === 'signature') as SignatureBlock),
  };
}

function documents() {
  const result = buildDossier(withInfo(sample('TT25'), CAPITALS), TODAY);
  if (!result.ok) throw new Error(result.missing.join('\n'));
  return result.documents;
}

describe('names typed in capitals', () => {
  it('a body is written as Nghị định 30/2020 writes it; mixed case as typed', () => {
    const cases: Array<[string, string]> = [
      ['SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH SÔNG LAM', 'Sở Giáo dục và Đào tạo tỉnh Sông Lam'],
      ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG LAM', 'Chủ tịch Ủy ban nhân dân tỉnh Sông Lam'],
      ['UBND THÀNH PHỐ HẢI PHÒNG', 'UBND thành phố Hải Phòng'],
      ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HÒA BÌNH', 'Phòng Giáo dục và Đào tạo huyện Hòa Bình'],
      ['HỘI KHUYẾN HỌC TỈNH', 'Hội Khuyến học tỉnh'],
      ['PHÓ CHỦ TỊCH UBND XÃ', 'Phó Chủ tịch UBND xã'],
      ['PHÓ TRƯỞNG BAN THƯỜNG TRỰC', 'Phó Trưởng ban thường trực'],
      ['THÀNH VIÊN, THƯ KÝ', 'Thành viên, thư ký'],
      ['LƯU: VT, VHXH', 'Lưu: VT, VHXH'],
      ['Sở GD&ĐT tỉnh Sông Lam', 'Sở GD&ĐT tỉnh Sông Lam'],
      // Small letters: a body's words are not a person's name ("Các Thôn" would be wrong); as typed.
      ['các thôn, tổ dân phố', 'các thôn, tổ dân phố'],
      ['BAN TUYÊN GIÁO TỈNH ỦY', 'Ban Tuyên giáo Tỉnh ủy'],
      // A name that is no body's: each syllable a name, abbreviations kept.
      ['TRƯỜNG THCS NGUYỄN DU', 'Trường THCS Nguyễn Du'],
      // The kind of body and the first word of each field with a capital, the rest small (Nghị định 30/2020, Phụ lục II).
      ['BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP', 'Ban Chỉ đạo xây dựng xã hội học tập'],
      ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Sở Văn hóa, Thể thao và Du lịch'],
      ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐẮK LẮK', 'Sở Lao động - Thương binh và Xã hội tỉnh Đắk Lắk'],
      ['HỘI KHUYẾN HỌC XÃ KRÔNG BÔNG', 'Hội Khuyến học xã Krông Bông'],
      // A unit at the start: one capital for the whole kind, as a sentence's start writes it.
      ['THÀNH PHỐ HẢI PHÒNG', 'Thành phố Hải Phòng'],
      ['ĐẶC KHU CÔN ĐẢO', 'Đặc khu Côn Đảo'],
      // A unit typed short is an abbreviation: kept in capitals, never "tp.".
      ['SỞ GD&ĐT TP. HỒ CHÍ MINH', 'Sở GD&ĐT TP. Hồ Chí Minh'],
      ['UBND TX SƠN TÂY', 'UBND TX Sơn Tây'],
      // Issuers of the Danh mục typed in capitals (newcomer review of issue 13, finding 9: "Trạm Y Tế xã",
      // "Thủ Tướng Chính Phủ"): the kinds of body a commune's evidence comes from (trường, trạm, công an) and
      // their fields as for a Sở; what follows a field typed short ("THCS", "GDĐT") is a name.
      ['TRẠM Y TẾ XÃ', 'Trạm Y tế xã'],
      ['TRƯỜNG TIỂU HỌC VÀ THCS ÊA KIẾT', 'Trường Tiểu học và THCS Êa Kiết'],
      ['CÔNG AN XÃ HÒA AN', 'Công an xã Hòa An'],
      ['THỦ TƯỚNG CHÍNH PHỦ', 'Thủ tướng Chính phủ'],
      // The decree's own example writes "Hội Liên hiệp Phụ nữ Việt Nam": its field words each with a capital.
      ['HỘI LIÊN HIỆP PHỤ NỮ XÃ', 'Hội Liên hiệp Phụ nữ xã'],
      ['TỈNH ỦY ĐẮK LẮK', 'Tỉnh ủy Đắk Lắk'],
      ['SỞ GDĐT ĐẮK LẮK', 'Sở GDĐT Đắk Lắk'],
      // A school named by its number and place (review 13c F6: "… Số 1 ea kar"): "số" before its number small, the place a name.
      ['TRƯỜNG TIỂU HỌC SỐ 1 EA KAR', 'Trường Tiểu học số 1 Ea Kar'],
      ['TRƯỜNG THCS SỐ 2 HÒA AN', 'Trường THCS số 2 Hòa An'],
      // Common words of a body's name small, "và" too (review 13d F5).
      ['MTTQ VÀ CÁC ĐOÀN THỂ XÃ', 'MTTQ và các đoàn thể xã'],
      // Kinds of body a commune's evidence comes from, typed in capitals (review 13c F5: "Thư Viện xã", "Chi Bộ"):
      // the kind and its field as a document writes them (the rest in the test of review 13c/13d F5 below).
      ['THƯ VIỆN XÃ', 'Thư viện xã'],
      ['BƯU ĐIỆN VĂN HÓA XÃ', 'Bưu điện Văn hóa xã'],
      // A note in brackets after a body is the writer's, kept as typed (review 13d F8: "(t/h)" printed "(T/H)").
      ['phòng văn hóa - xã hội (t/h)', 'Phòng Văn hóa - Xã hội (t/h)'],
      ['HỘI KHUYẾN HỌC XÃ (P/H)', 'Hội Khuyến học xã (P/H)'],
      // Only a note of nothing but common words is made small; one with any other word is the writer's whole, kept as
      // typed: "(khu vực ii)" would be a wrong numeral, "(cũ t/h)" an abbreviation broken.
      ['TRUNG TÂM Y TẾ (KHU VỰC II)', 'Trung tâm Y tế (KHU VỰC II)'],
      ['UBND HUYỆN THỦ ĐỨC (CŨ T/H)', 'UBND huyện Thủ Đức (CŨ T/H)'],
    ];
    expect(cases.map(([typed]) => bodyName(typed))).toEqual(cases.map(([, shown]) => shown));
  });

  // Review 13c F5, repeated as review 13d F5: a body typed in capitals (copied from a document's header) whose
  // kind or words the code did not know got a capital on every word ("Trung Tâm Y Tế Khu Vực Ea Kar", "Các Thôn,
  // Buôn"). Expected typed by hand from Nghị định 30/2020, Phụ lục II (tên cơ quan, tổ chức: a capital on the words
  // naming the kind of body and its field; tên địa lý: a place's every syllable), secondary (the decree's text is
  // not in legal-texts/); the forms are the review's and the brief's of session 11.
  it('a body in capitals: its kind and fields with a capital, common words small, a place after its thôn, xã … a name (review 13c/13d F5)', () => {
    const cases: Array<[string, string]> = [
      ['BAN CHỈ ĐẠO PHỔ CẬP GIÁO DỤC XÃ', 'Ban Chỉ đạo phổ cập giáo dục xã'],
      ['TRUNG TÂM Y TẾ KHU VỰC EA KAR', 'Trung tâm Y tế khu vực Ea Kar'],
      ['NGÂN HÀNG CHÍNH SÁCH XÃ HỘI HUYỆN', 'Ngân hàng Chính sách xã hội huyện'],
      ['TRUNG TÂM VĂN HÓA - THỂ THAO VÀ TRUYỀN THANH XÃ', 'Trung tâm Văn hóa - Thể thao và Truyền thanh xã'],
      ['HỢP TÁC XÃ NÔNG NGHIỆP HÒA AN', 'Hợp tác xã Nông nghiệp Hòa An'],
      ['CHI BỘ THÔN 3', 'Chi bộ thôn 3'],
      ['TỔ DÂN PHỐ SỐ 5', 'Tổ dân phố số 5'],
      ['CÁC THÔN, BUÔN', 'Các thôn, buôn'],
      ['MTTQ VÀ CÁC ĐOÀN THỂ XÃ', 'MTTQ và các đoàn thể xã'],
      ['TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN', 'Trường THPT chuyên Lê Quý Đôn'],
      ['UBND HUYỆN THỦ ĐỨC (CŨ)', 'UBND huyện Thủ Đức (cũ)'],
      // Nơi nhận lines of review 13d F5.
      ['CÁC BAN, NGÀNH, ĐOÀN THỂ XÃ', 'Các ban, ngành, đoàn thể xã'],
      ['TRƯỞNG CÁC THÔN, BUÔN', 'Trưởng các thôn, buôn'],
      ['UBND XÃ VÀ CÁC THÔN, BUÔN', 'UBND xã và các thôn, buôn'],
      ['CÁC TRƯỜNG HỌC TRÊN ĐỊA BÀN', 'Các trường học trên địa bàn'],
      ['CÁC THÔN TRÊN ĐỊA BÀN XÃ', 'Các thôn trên địa bàn xã'],
      ['BAN THƯỜNG TRỰC UBMTTQ VIỆT NAM XÃ', 'Ban Thường trực UBMTTQ Việt Nam xã'],
      ['BAN CHẤP HÀNH ĐẢNG BỘ XÃ', 'Ban Chấp hành đảng bộ xã'],
      ['SỞ XÂY DỰNG', 'Sở Xây dựng'],
      // Places that are also common words or fields: after their thôn, xã … each syllable a name's.
      ['XÃ TÂN LẬP', 'Xã Tân Lập'],
      ['THÔN ĐOÀN KẾT', 'Thôn Đoàn Kết'],
      ['CHI BỘ THÔN ĐOÀN KẾT', 'Chi bộ thôn Đoàn Kết'],
      // A hamlet named with a hamlet's word (thôn Bản Phố, Bắc Hà; review 13e F8): the word after the kind starts its name.
      ['NHÀ VĂN HÓA THÔN BẢN PHỐ', 'Nhà Văn hóa thôn Bản Phố'],
      ['CHI BỘ THÔN LÀNG MỚI', 'Chi bộ thôn Làng Mới'],
      // Frequent bodies whose words were in no list (review 13e F7).
      ['BỆNH VIỆN ĐA KHOA HUYỆN', 'Bệnh viện Đa khoa huyện'],
      ['BAN QUẢN LÝ DỰ ÁN XÃ', 'Ban Quản lý dự án xã'],
      ['BAN ĐẠI DIỆN HỘI NGƯỜI CAO TUỔI XÃ', 'Ban Đại diện Hội Người cao tuổi xã'],
      ['CÂU LẠC BỘ DƯỠNG SINH THÔN 2', 'Câu lạc bộ Dưỡng sinh thôn 2'],
      ['DÒNG HỌ NGUYỄN', 'Dòng họ Nguyễn'],
      ['TRUNG ƯƠNG HỘI KHUYẾN HỌC VIỆT NAM', 'Trung ương Hội Khuyến học Việt Nam'],
      // A school's own name after its levels is a proper name, a hamlet's word at its start too (Bản Phố, a commune of Bắc Hà,
      // Lào Cai; Buôn Ma Thuột, Buôn Trấp; session 12): "Trường Mầm non Bản Phố", was "bản Phố". A hamlet's number is a hamlet's.
      ['TRƯỜNG MẦM NON BẢN PHỐ', 'Trường Mầm non Bản Phố'],
      ['trường mầm non bản phố', 'Trường Mầm non Bản Phố'],
      ['TRƯỜNG THPT BUÔN MA THUỘT', 'Trường THPT Buôn Ma Thuột'],
      ['TRƯỜNG PTDTBT TH BẢN PHỐ', 'Trường PTDTBT TH Bản Phố'],
      ['TRƯỜNG TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ LÀNG MỚI', 'Trường Tiểu học và Trung học cơ sở Làng Mới'],
      ['HIỆU TRƯỞNG TRƯỜNG MẦM NON BẢN PHỐ', 'Hiệu trưởng Trường Mầm non Bản Phố'],
      ['TRƯỜNG TIỂU HỌC THÔN 2', 'Trường Tiểu học thôn 2'],
      ['TRƯỜNG MẦM NON XÃ HÒA AN', 'Trường Mầm non xã Hòa An'],
      // Houses and palaces of culture and of children, a kind of body with its field ("Nhà Văn hóa", "Nhà Thiếu nhi"); a
      // kindergarten and a publisher, kinds of their own (session 12; "Nhà Thiếu Nhi tỉnh" in review 13e F7).
      ['NHÀ THIẾU NHI TỈNH', 'Nhà Thiếu nhi tỉnh'],
      ['NHÀ THIẾU NHI TỈNH ĐẮK LẮK', 'Nhà Thiếu nhi tỉnh Đắk Lắk'],
      ['nhà thiếu nhi tỉnh', 'Nhà Thiếu nhi tỉnh'],
      ['CUNG THIẾU NHI HÀ NỘI', 'Cung Thiếu nhi Hà Nội'],
      ['NHÀ VĂN HÓA XÃ', 'Nhà Văn hóa xã'],
      ['NHÀ TRẺ HOA MAI', 'Nhà trẻ Hoa Mai'],
      ['NHÀ XUẤT BẢN GIÁO DỤC VIỆT NAM', 'Nhà xuất bản Giáo dục Việt Nam'],
      ['UBND HUYỆN NHÀ BÈ', 'UBND huyện Nhà Bè'],
      // Titles before a body, a capital on their first word only (review 13e F7: "Chủ Nhiệm HTX Nông nghiệp").
      ['CHỦ NHIỆM HTX NÔNG NGHIỆP', 'Chủ nhiệm HTX Nông nghiệp'],
      ['PHÓ CHỦ NHIỆM HỢP TÁC XÃ NÔNG NGHIỆP HÒA AN', 'Phó Chủ nhiệm Hợp tác xã Nông nghiệp Hòa An'],
      ['CHỦ NHIỆM CÂU LẠC BỘ DƯỠNG SINH THÔN 2', 'Chủ nhiệm Câu lạc bộ Dưỡng sinh thôn 2'],
      ['CHỦ NHIỆM ỦY BAN KIỂM TRA ĐẢNG ỦY XÃ', 'Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã'],
      ['CHÁNH VĂN PHÒNG HĐND VÀ UBND XÃ', 'Chánh Văn phòng HĐND và UBND xã'],
      // A commune's civil servants by their fields, as "Công chức Văn hóa - Xã hội" is written; a field after a dash opens with
      // a capital, "xây dựng" too (small in "xây dựng xã hội học tập").
      ['CÔNG CHỨC TÀI CHÍNH - KẾ TOÁN', 'Công chức Tài chính - Kế toán'],
      ['CÔNG CHỨC TƯ PHÁP - HỘ TỊCH', 'Công chức Tư pháp - Hộ tịch'],
      ['CÔNG CHỨC ĐỊA CHÍNH - XÂY DỰNG', 'Công chức Địa chính - Xây dựng'],
      ['CHI BỘ THÔN VĂN HÓA', 'Chi bộ thôn Văn Hóa'],
      ['HỘI NGƯỜI CAO TUỔI THÔN TRUNG TÂM', 'Hội Người cao tuổi thôn Trung Tâm'],
      ['TỔ DÂN PHỐ TÂN LẬP', 'Tổ dân phố Tân Lập'],
      ['TRƯỜNG TIỂU HỌC HÒA BÌNH', 'Trường Tiểu học Hòa Bình'],
      // A word not known keeps its capital: it may be a place's or a person's name.
      ['TRƯỜNG LÊ QUÝ ĐÔN', 'Trường Lê Quý Đôn'],
      // "thôn" inside a common word is no hamlet.
      ['BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI XÃ', 'Ban Chỉ đạo xây dựng nông thôn mới xã'],
      ['SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', 'Sở Nông nghiệp và Phát triển nông thôn'],
      // A place whose first word is a common word elsewhere ("trường", "mới") is still a place.
      ['XÃ TRƯỜNG XUÂN', 'Xã Trường Xuân'],
      ['THÔN MỚI', 'Thôn Mới'],
      ['UBND XÃ TRƯỜNG SƠN VÀ CÁC THÔN', 'UBND xã Trường Sơn và các thôn'],
      ['HỘI KHUYẾN HỌC BUÔN KO SIÊR', 'Hội Khuyến học buôn Ko Siêr'],
      // More kinds, fields and titles of a commune's Nơi nhận and evidence (found probing, session 11).
      ['CÁC CƠ QUAN, ĐƠN VỊ LIÊN QUAN', 'Các cơ quan, đơn vị liên quan'],
      ['BÍ THƯ CHI BỘ THÔN 3', 'Bí thư Chi bộ thôn 3'],
      ['CHI HỘI KHUYẾN HỌC CÁC THÔN', 'Chi hội Khuyến học các thôn'],
      ['THƯ VIỆN VÀ TỦ SÁCH PHÁP LUẬT XÃ', 'Thư viện và Tủ sách pháp luật xã'],
      ['BAN CÔNG TÁC MẶT TRẬN THÔN 3', 'Ban Công tác Mặt trận thôn 3'],
      ['BAN CHỈ HUY QUÂN SỰ XÃ', 'Ban Chỉ huy Quân sự xã'],
      ['HỘI ĐỒNG GIÁO DỤC XÃ', 'Hội đồng Giáo dục xã'],
      ['TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI', 'Trường Đại học Sư phạm Hà Nội'],
      // Titles before a body (a member's title in the Biên bản).
      ['HIỆU TRƯỞNG TRƯỜNG THCS HÒA AN', 'Hiệu trưởng Trường THCS Hòa An'],
      ['TRƯỞNG CÔNG AN XÃ', 'Trưởng Công an xã'],
      ['CHỈ HUY TRƯỞNG BAN CHỈ HUY QUÂN SỰ XÃ', 'Chỉ huy trưởng Ban Chỉ huy Quân sự xã'],
      ['PHÓ BÍ THƯ THƯỜNG TRỰC ĐẢNG ỦY XÃ', 'Phó Bí thư thường trực Đảng ủy xã'],
      // A note typed in mixed case is the writer's, as typed.
      ['UBND HUYỆN THỦ ĐỨC (Cũ)', 'UBND huyện Thủ Đức (Cũ)'],
      // The same typed in small letters.
      ['ban chỉ đạo phổ cập giáo dục - xóa mù chữ xã', 'Ban Chỉ đạo phổ cập giáo dục - xóa mù chữ xã'],
      ['trường thpt chuyên lê quý đôn', 'Trường THPT chuyên Lê Quý Đôn'],
      ['chi bộ thôn 3', 'Chi bộ thôn 3'],
      ['trường đại học sư phạm hà nội', 'Trường Đại học Sư phạm Hà Nội'],
      ['trung tâm y tế khu vực ea kar', 'Trung tâm Y tế khu vực Ea Kar'],
    ];
    expect(cases.map(([typed]) => bodyName(typed))).toEqual(cases.map(([, shown]) => shown));
  });

  it('a body typed all in small letters is capitalised the same way; common words typed small stay small', () => {
    const cases: Array<[string, string]> = [
      ['sở giáo dục và đào tạo tỉnh đắk lắk', 'Sở Giáo dục và Đào tạo tỉnh Đắk Lắk'],
      ['ubnd xã hòa an', 'UBND xã Hòa An'],
      ['ủy ban nhân dân xã hòa an', 'Ủy ban nhân dân xã Hòa An'],
      ['chủ tịch ubnd tỉnh đắk lắk', 'Chủ tịch UBND tỉnh Đắk Lắk'],
      ['giám đốc sở gd&đt tp. hồ chí minh', 'Giám đốc Sở GD&ĐT TP. Hồ Chí Minh'],
      ['phó giám đốc sở nội vụ', 'Phó Giám đốc Sở Nội vụ'],
      ['sở tài nguyên và môi trường', 'Sở Tài nguyên và Môi trường'],
      ['sở lao động - thương binh và xã hội', 'Sở Lao động - Thương binh và Xã hội'],
      ['sở văn hóa, thể thao và du lịch', 'Sở Văn hóa, Thể thao và Du lịch'],
      ['chi cục thống kê huyện ea kar', 'Chi cục Thống kê huyện Ea Kar'],
      ['phòng văn hóa - xã hội xã hòa an', 'Phòng Văn hóa - Xã hội xã Hòa An'],
      ['trưởng phòng giáo dục và đào tạo huyện krông bông', 'Trưởng phòng Giáo dục và Đào tạo huyện Krông Bông'],
      ['ban chỉ đạo xây dựng xã hội học tập xã hòa an', 'Ban Chỉ đạo xây dựng xã hội học tập xã Hòa An'],
      ["hội khuyến học xã ea h'leo", "Hội Khuyến học xã Ea H'Leo"],
      ['ủy ban mặt trận tổ quốc việt nam xã hòa an', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa An'],
      ['đảng ủy xã hòa an', 'Đảng ủy xã Hòa An'],
      ['thành viên ban chỉ đạo', 'Thành viên Ban Chỉ đạo'],
      ['phó trưởng ban thường trực', 'Phó Trưởng ban thường trực'],
      ['lưu: vt, vhxh', 'Lưu: VT, VHXH'],
      // Nothing of a body in it: as typed.
      ['như trên', 'như trên'],
      ['các thôn, tổ dân phố', 'các thôn, tổ dân phố'],
      ['', ''],
    ];
    expect(cases.map(([typed]) => bodyName(typed))).toEqual(cases.map(([, shown]) => shown));
  });

  it('the proper names inside a body typed in one case get a capital per syllable (review 13b, finding 4; Nghị định 30/2020, Phụ lục II)', () => {
    const cases: Array<[string, string]> = [
      // Names the decree writes so, as data: Hồ Chí Minh, Việt Nam, Chính phủ, Thủ tướng Chính phủ.
      ['đoàn thanh niên cộng sản hồ chí minh xã hòa an', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Hòa An'],
      ['đoàn tncs hồ chí minh phường bến thành', 'Đoàn TNCS Hồ Chí Minh phường Bến Thành'],
      ['ubmttq việt nam phường bến thành', 'UBMTTQ Việt Nam phường Bến Thành'],
      ['thủ tướng chính phủ', 'Thủ tướng Chính phủ'],
      ['văn phòng chính phủ', 'Văn phòng Chính phủ'],
      // The place or person a body is named for, typed without a unit: after a party committee, after a kind and its field.
      ['tỉnh ủy đắk lắk', 'Tỉnh ủy Đắk Lắk'],
      ['huyện ủy krông bông', 'Huyện ủy Krông Bông'],
      ['trường thcs nguyễn du', 'Trường THCS Nguyễn Du'],
      ['sở giáo dục và đào tạo đắk lắk', 'Sở Giáo dục và Đào tạo Đắk Lắk'],
      ['sở gd&đt bà rịa - vũng tàu', 'Sở GD&ĐT Bà Rịa - Vũng Tàu'],
      ['hội khuyến học hòa an', 'Hội Khuyến học Hòa An'],
      ['SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐẮK LẮK', 'Sở Giáo dục và Đào tạo Đắk Lắk'],
      ['TỈNH ỦY ĐẮK LẮK', 'Tỉnh ủy Đắk Lắk'],
      ['ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
      // The name ends where the text goes on: "và", a comma, a known word.
      ['huyện ủy krông bông và ubnd huyện', 'Huyện ủy Krông Bông và UBND huyện'],
      ['tỉnh ủy đắk lắk, các sở', 'Tỉnh ủy Đắk Lắk, các sở'],
      // An addressee "… qua …": two bodies, each written as one (seen in the PDF of a dossier typed small: "Đắk Lắk Qua Sở").
      ['ubnd tỉnh đắk lắk qua sở giáo dục và đào tạo', 'UBND tỉnh Đắk Lắk qua Sở Giáo dục và Đào tạo'],
      ['UBND TỈNH ĐẮK LẮK THÔNG QUA SỞ GD&ĐT', 'UBND tỉnh Đắk Lắk thông qua Sở GD&ĐT'],
      ['ubnd tỉnh gia lai - qua sở gd&đt', 'UBND tỉnh Gia Lai - qua Sở GD&ĐT'],
      // A field not known is no name: its first word only; mixed case as typed.
      ['sở tài chính', 'Sở Tài chính'],
      ['Tỉnh ủy đắk lắk', 'Tỉnh ủy đắk lắk'],
    ];
    expect(cases.map(([typed]) => bodyName(typed))).toEqual(cases.map(([, shown]) => shown));
  });

  // Review 13e F2: communes whose name starts with a word that makes a common word with "xã" (xã Hội An, An Giang; the
  // communes "Giao …" of Giao Thủy, Nam Định; xã Viên An, Hà Nội) lost their name in every body naming them.
  it('a commune named "Hội …", "Giao …", "Viên …" after its unit keeps its name in a body typed in one case; "xã hội" of a field stays one', () => {
    const cases: Array<[string, string]> = [
      ['UBND XÃ HỘI AN', 'UBND xã Hội An'],
      ['ĐẢNG ỦY XÃ HỘI HOAN', 'Đảng ủy xã Hội Hoan'],
      ['CÔNG AN XÃ HỘI AN', 'Công an xã Hội An'],
      ['TRUNG TÂM HỌC TẬP CỘNG ĐỒNG XÃ HỘI AN', 'Trung tâm học tập cộng đồng xã Hội An'],
      ['BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP XÃ HỘI SƠN', 'Ban Chỉ đạo xây dựng xã hội học tập xã Hội Sơn'],
      ['ủy ban nhân dân xã hội an', 'Ủy ban nhân dân xã Hội An'],
      ['UBND XÃ GIAO AN', 'UBND xã Giao An'],
      ['ĐẢNG ỦY XÃ GIAO THỊNH', 'Đảng ủy xã Giao Thịnh'],
      ['UBND XÃ VIÊN AN', 'UBND xã Viên An'],
      // "Xã hội" of a body's field, or of a longer common word, is no unit.
      ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI ĐẮK LẮK', 'Sở Lao động - Thương binh và Xã hội Đắk Lắk'],
      ['PHÒNG VĂN HÓA - XÃ HỘI XÃ HÒA AN', 'Phòng Văn hóa - Xã hội xã Hòa An'],
      ['phòng văn hóa - xã hội xã hội an', 'Phòng Văn hóa - Xã hội xã Hội An'],
      ['BẢO HIỂM XÃ HỘI HUYỆN KRÔNG PẮC', 'Bảo hiểm xã hội huyện Krông Pắc'],
      ['BAN CHỈ ĐẠO XÃ HỘI HÓA GIÁO DỤC XÃ', 'Ban Chỉ đạo xã hội hóa giáo dục xã'],
      ['BAN VĂN HÓA XÃ HỘI HĐND XÃ', 'Ban Văn hóa Xã hội HĐND xã'],
      ['CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI XÃ HỘI AN', 'Các tổ chức chính trị - xã hội xã Hội An'],
      ['TỈNH ỦY ĐẮK LẮK', 'Tỉnh ủy Đắk Lắk'],
    ];
    expect(cases.map(([typed]) => bodyName(typed))).toEqual(cases.map(([, shown]) => shown));
  });

  // Review 13e F13: a place whose name holds a common word of bodies after its first ("huyện Chợ Mới" of An Giang and Bắc
  // Kạn, "thị trấn Phố Mới" of Bắc Ninh, "xã Tân Trường" of Hải Dương) lost the capital of that word.
  it("a common word of bodies inside a place's name after its first word is the place's", () => {
    const cases: Array<[string, string]> = [
      ['UBND HUYỆN CHỢ MỚI', 'UBND huyện Chợ Mới'],
      ['ubnd huyện chợ mới', 'UBND huyện Chợ Mới'],
      ['HỘI KHUYẾN HỌC THỊ TRẤN PHỐ MỚI', 'Hội Khuyến học thị trấn Phố Mới'],
      ['UBND XÃ TÂN TRƯỜNG', 'UBND xã Tân Trường'],
      ['ĐẢNG ỦY XÃ HỘI AN, HUYỆN CHỢ MỚI', 'Đảng ủy xã Hội An, huyện Chợ Mới'],
      // A note in brackets, a number after "số" and a phrase of common words still end the place.
      ['UBND XÃ HÒA AN (CŨ)', 'UBND xã Hòa An (cũ)'],
      ['TỔ DÂN PHỐ SỐ 5', 'Tổ dân phố số 5'],
      ['CÁC TRƯỜNG HỌC XÃ HÒA AN TRÊN ĐỊA BÀN', 'Các trường học xã Hòa An trên địa bàn'],
    ];
    expect(cases.map(([typed]) => bodyName(typed))).toEqual(cases.map(([, shown]) => shown));
  });

  // Session 10 (issue 13 leftovers): "và" between two bodies; a school's own name after its level (SCHOOL_LEVELS).
  it("a conjunction between two bodies stays small, and a school's own name after its level is a name, each syllable capitalised", () => {
    const cases: Array<[string, string]> = [
      ['ubnd huyện krông bông và sở giáo dục và đào tạo', 'UBND huyện Krông Bông và Sở Giáo dục và Đào tạo'],
      ['UBND XÃ HÒA AN VÀ HỘI KHUYẾN HỌC XÃ', 'UBND xã Hòa An và Hội Khuyến học xã'],
      ['đảng ủy xã và ủy ban nhân dân xã hòa an', 'Đảng ủy xã và Ủy ban nhân dân xã Hòa An'],
      // "và" inside one body's field is no second body.
      ['sở giáo dục và đào tạo', 'Sở Giáo dục và Đào tạo'],
      ['trường mầm non hoa sen', 'Trường Mầm non Hoa Sen'],
      ['TRƯỜNG MẪU GIÁO SƠN CA XÃ HÒA AN', 'Trường Mẫu giáo Sơn Ca xã Hòa An'],
      ['trường trung học phổ thông lê lợi', 'Trường Trung học phổ thông Lê Lợi'],
      ["trường tiểu học và trung học cơ sở ea h'leo", "Trường Tiểu học và Trung học cơ sở Ea H'Leo"],
      ['trường phổ thông dân tộc bán trú tiểu học la dê', 'Trường Phổ thông dân tộc bán trú Tiểu học La Dê'],
      // Typed in mixed case with its own name in small letters: that name capitalised, the rest as typed.
      ['Trường Mầm non hoa sen', 'Trường Mầm non Hoa Sen'],
      ['Trường Tiểu học kim đồng xã Hòa An', 'Trường Tiểu học Kim Đồng xã Hòa An'],
      ["Trường THCS Ea H'leo", "Trường THCS Ea H'leo"],
      ['Trường Tiểu học Kim Đồng', 'Trường Tiểu học Kim Đồng'],
    ];
    expect(cases.map(([typed]) => bodyName(typed))).toEqual(cases.map(([, shown]) => shown));
  });

  it('the Tờ trình with every body, the commune and the province typed in small letters: names in the sentences, capitals in the header', () => {
    const small = {
      commune: 'xã hòa an',
      province: 'tỉnh sông lam',
      recipientBody: 'sở giáo dục và đào tạo tỉnh sông lam',
      decidingAuthority: 'chủ tịch ủy ban nhân dân tỉnh sông lam',
      signerName: 'nguyễn văn an',
    };
    const result = buildDossier(withInfo(sample('TT25'), small), TODAY);
    if (!result.ok) throw new Error(result.missing.join('\n'));
    expect(proposalAsWritten(byKind(result.documents, 'proposal'))).toEqual(PROPOSAL_AS_WRITTEN);
  });

  it('the Tờ trình: capitals in the header, names in the sentences, the signer as a name', () => {
    const proposal = byKind(documents(), 'proposal');
    const title = proposal.blocks.find((b) => b.kind === 'title');
    expect(title?.kind === 'title' && title.subject).toBe('Về việc đề nghị đánh giá, công nhận xã Hòa An đạt “Cộng đồng học tập” cấp xã Mức độ 1 năm 2025');
    expect(proposalAsWritten(proposal)).toEqual(PROPOSAL_AS_WRITTEN);
  });

  it('the Biên bản: the committee members as names, their titles and roles as written in a sentence', () => {
    const texts = paragraphs(byKind(documents(), 'minutes')).map((p) => runText(p.runs));
    expect(texts.filter((t) => (t.startsWith('- ') && !t.startsWith('- Tiêu chí')) || t.startsWith('Chủ trì:') || t.startsWith('Thư ký:'))).toEqual([
      '- Nguyễn Văn Bình, Chủ tịch UBND xã (Trưởng ban);',
      '- Hoàng Văn Nam, Công chức Văn hóa - Xã hội (Thành viên, thư ký);',
      '- Đại diện Hội Khuyến học xã, Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội của xã: ……………….',
      'Chủ trì: Nguyễn Văn Bình, Chủ tịch UBND xã (Trưởng ban).',
      'Thư ký: Hoàng Văn Nam, Công chức Văn hóa - Xã hội (Thành viên, thư ký).',
      // Nơi nhận under the signatures: the body typed in capitals, as a name.
      '- Sở Giáo dục và Đào tạo tỉnh Sông Lam;',
      '- Lưu: VT, hồ sơ.',
    ]);
  });
});

describe('Thành phố Hồ Chí Minh typed short in "Thông tin"', () => {
  it('the Tờ trình reads "TPHCM", "Tp.HCM" as the city: in capitals in the header, "Thành phố Hồ Chí Minh" in the sentences', () => {
    const result = buildDossier(withInfo(sample('TT25'), { commune: 'Phường Bến Nghé', province: 'TPHCM', recipientBody: 'Sở GD&ĐT Tp.HCM', decidingAuthority: 'Giám đốc Sở GD&ĐT TP HCM' }), TODAY);
    if (!result.ok) throw new Error(result.missing.join('\n'));
    const proposal = byKind(result.documents, 'proposal');
    const header = proposal.blocks.find((b) => b.kind === 'header');
    expect(header?.kind === 'header' && [header.parentBody, ...header.issuingBody]).toEqual(['UBND THÀNH PHỐ HỒ CHÍ MINH', 'ỦY BAN NHÂN DÂN', 'PHƯỜNG BẾN NGHÉ']);
    expect(
      paragraphs(proposal)
        .map((p) => runText(p.runs))
        .filter((t) => /Hồ Chí Minh|HCM/i.test(t)),
    ).toEqual([
      'Kính gửi: Sở GD&ĐT Thành phố Hồ Chí Minh.',
      'Ủy ban nhân dân phường Bến Nghé kính đề nghị Sở GD&ĐT Thành phố Hồ Chí Minh xem xét, thẩm định, trình Giám đốc Sở GD&ĐT Thành phố Hồ Chí Minh công nhận phường Bến Nghé đạt “Cộng đồng học tập” cấp xã Mức độ 1 năm 2025.',
      'Ủy ban nhân dân phường Bến Nghé kính trình Sở GD&ĐT Thành phố Hồ Chí Minh xem xét./.',
    ]);
    expect(result.checklist.filter((line) => line.startsWith('Trang "Thông tin"'))).toEqual([]);
  });
});

describe("a commune's name typed without its unit, without diacritics or in small letters", () => {
  /** What the Tờ trình and the checklist say of the commune whose name was typed `commune`. */
  function seen(commune: string) {
    const result = buildDossier(withInfo(sample('TT25'), { commune }), TODAY);
    if (!result.ok) throw new Error(result.missing.join('\n'));
    const proposal = byKind(result.documents, 'proposal');
    const header = proposal.blocks.find((b) => b.kind === 'header');
    const texts = paragraphs(proposal).map((p) => runText(p.runs));
    return {
      header: header?.kind === 'header' ? [...header.issuingBody, header.placeDate] : [],
      closing: texts.find((t) => t.endsWith('xem xét./.')),
      checks: result.checklist.filter((line) => line.startsWith('Trang "Thông tin"')),
    };
  }
  const DATE = 'ngày 05 tháng 3 năm 2026';
  const CLOSING = 'kính trình Sở Giáo dục và Đào tạo tỉnh Sông Lam xem xét./.';

  it('writes the unit it finds, never one it guesses, and lists in the checklist what the commune must retype', () => {
    expect(['HÒA AN', 'Xa Lý', 'XA HOA AN', 'thi tran ea kar', 'xã krông bông', "ĐẶC KHU EA H'LEO", 'Phường Hội An', 'UBND xã Hòa An', 'Uỷ ban nhân dân PHƯỜNG 5'].map(seen)).toEqual([
      {
        header: ['ỦY BAN NHÂN DÂN', 'HÒA AN', `Hòa An, ${DATE}`],
        closing: `Ủy ban nhân dân Hòa An ${CLOSING}`,
        checks: ['Trang "Thông tin", ô "Tên xã": "HÒA AN" không có chữ "Xã", "Phường", "Thị trấn" hay "Đặc khu" nên hồ sơ ghi "Ủy ban nhân dân Hòa An": ghi thêm chữ đó trước tên rồi tạo lại hồ sơ.'],
      },
      // "Xa" with diacritics after it is the commune's own name (xã Xa Lý), not "xã" typed without marks.
      {
        header: ['ỦY BAN NHÂN DÂN', 'XA LÝ', `Xa Lý, ${DATE}`],
        closing: `Ủy ban nhân dân Xa Lý ${CLOSING}`,
        checks: ['Trang "Thông tin", ô "Tên xã": "Xa Lý" không có chữ "Xã", "Phường", "Thị trấn" hay "Đặc khu" nên hồ sơ ghi "Ủy ban nhân dân Xa Lý": ghi thêm chữ đó trước tên rồi tạo lại hồ sơ.'],
      },
      {
        header: ['ỦY BAN NHÂN DÂN', 'XÃ HOA AN', `Hoa An, ${DATE}`],
        closing: `Ủy ban nhân dân xã Hoa An ${CLOSING}`,
        checks: ['Trang "Thông tin", ô "Tên xã": "XA HOA AN" gõ không dấu nên hồ sơ ghi "Ủy ban nhân dân xã Hoa An": gõ lại tên có dấu rồi tạo lại hồ sơ.'],
      },
      {
        header: ['ỦY BAN NHÂN DÂN', 'THỊ TRẤN EA KAR', `Ea Kar, ${DATE}`],
        closing: `Ủy ban nhân dân thị trấn Ea Kar ${CLOSING}`,
        checks: ['Trang "Thông tin", ô "Tên xã": "thi tran ea kar" gõ không dấu nên hồ sơ ghi "Ủy ban nhân dân thị trấn Ea Kar": gõ lại tên có dấu rồi tạo lại hồ sơ.'],
      },
      { header: ['ỦY BAN NHÂN DÂN', 'XÃ KRÔNG BÔNG', `Krông Bông, ${DATE}`], closing: `Ủy ban nhân dân xã Krông Bông ${CLOSING}`, checks: [] },
      { header: ['ỦY BAN NHÂN DÂN', "ĐẶC KHU EA H'LEO", `Ea H'Leo, ${DATE}`], closing: `Ủy ban nhân dân đặc khu Ea H'Leo ${CLOSING}`, checks: [] },
      // A commune's name always starts with its unit: "Hội An" here is the ward's own name.
      { header: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG HỘI AN', `Hội An, ${DATE}`], closing: `Ủy ban nhân dân phường Hội An ${CLOSING}`, checks: [] },
      // The committee typed before the unit (newcomer review): read off, never "Ủy ban nhân dân UBND xã …", nothing to retype.
      { header: ['ỦY BAN NHÂN DÂN', 'XÃ HÒA AN', `Hòa An, ${DATE}`], closing: `Ủy ban nhân dân xã Hòa An ${CLOSING}`, checks: [] },
      { header: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG 5', `Phường 5, ${DATE}`], closing: `Ủy ban nhân dân Phường 5 ${CLOSING}`, checks: [] },
    ]);
  });

  it("the province above the committee the same way, when the header takes it from the province's field", () => {
    const parent = (province: string, decidingAuthority = 'Giám đốc Sở Giáo dục và Đào tạo') => {
      const result = buildDossier(withInfo(sample('TT25'), { province, decidingAuthority, recipientBody: 'Sở Giáo dục và Đào tạo' }), TODAY);
      if (!result.ok) throw new Error(result.missing.join('\n'));
      const header = byKind(result.documents, 'proposal').blocks.find((b) => b.kind === 'header');
      return { parentBody: header?.kind === 'header' ? header.parentBody : undefined, checks: result.checklist.filter((line) => line.startsWith('Trang "Thông tin"')) };
    };
    expect([
      parent('SÔNG LAM'),
      parent('tinh song lam'),
      parent('Thành phố Hải Phòng'),
      parent('SÔNG LAM', 'Chủ tịch Ủy ban nhân dân tỉnh Sông Lam'),
      parent('SÔNG LAM', 'Chủ tịch UBND tỉnh Sông Lam'),
      parent('UBND tỉnh Sông Lam'),
      parent('TP. Hải Phòng'),
    ]).toEqual([
      {
        parentBody: 'UBND SÔNG LAM',
        checks: ['Trang "Thông tin", ô "Tỉnh, thành phố": "SÔNG LAM" không có chữ "Tỉnh" hay "Thành phố" nên hồ sơ ghi "UBND SÔNG LAM": ghi thêm chữ đó trước tên rồi tạo lại hồ sơ.'],
      },
      {
        parentBody: 'UBND TỈNH SONG LAM',
        checks: ['Trang "Thông tin", ô "Tỉnh, thành phố": "tinh song lam" gõ không dấu nên hồ sơ ghi "UBND TỈNH SONG LAM": gõ lại tên có dấu rồi tạo lại hồ sơ.'],
      },
      { parentBody: 'UBND THÀNH PHỐ HẢI PHÒNG', checks: [] },
      // The deciding authority names the province's committee: the province's field is not printed.
      { parentBody: 'UBND TỈNH SÔNG LAM', checks: [] },
      // Its committee abbreviated (newcomer review: "UBND ĐẮK LẮK", the unit lost): the same line.
      { parentBody: 'UBND TỈNH SÔNG LAM', checks: [] },
      // The province typed with its committee, or as "TP.": its unit read, nothing to retype.
      { parentBody: 'UBND TỈNH SÔNG LAM', checks: [] },
      { parentBody: 'UBND THÀNH PHỐ HẢI PHÒNG', checks: [] },
    ]);
  });
});
