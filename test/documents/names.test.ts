/**
 * Names typed in capitals in "Thông tin" (the commune, the bodies, the signer, the committee)
 * read as names in the dossier's running text, and stay in capitals in its headers (newcomer
 * review of issue 13: "xã HÒA AN"). Expected text typed by hand from Nghị định 30/2020's way of
 * writing names (Phụ lục II: "Ủy ban nhân dân tỉnh …", "Sở Giáo dục và Đào tạo").
 */
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import { bodyName } from '../../src/core/documents/wording';
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
    ];
    expect(cases.map(([typed]) => bodyName(typed))).toEqual(cases.map(([, shown]) => shown));
  });

  it('the Tờ trình: capitals in the header, names in the sentences, the signer as a name', () => {
    const proposal = byKind(documents(), 'proposal');
    const header = proposal.blocks.find((b) => b.kind === 'header');
    expect(header).toEqual({
      kind: 'header',
      issuingBody: ['ỦY BAN NHÂN DÂN', 'XÃ HÒA AN'],
      number: 'Số: 15/TTr-UBND',
      placeDate: 'Hòa An, ngày 05 tháng 3 năm 2026',
      parentBody: 'UBND TỈNH SÔNG LAM',
    });
    const title = proposal.blocks.find((b) => b.kind === 'title');
    expect(title?.kind === 'title' && title.subject).toBe('Về việc đề nghị đánh giá, công nhận xã Hòa An đạt “Cộng đồng học tập” cấp xã Mức độ 1 năm 2025');
    const texts = paragraphs(proposal).map((p) => runText(p.runs));
    expect(texts.filter((t) => /Hòa An|HÒA AN|Sông Lam|SÔNG LAM/i.test(t))).toEqual([
      'Hòa An, ngày 05 tháng 3 năm 2026',
      'Kính gửi: Sở Giáo dục và Đào tạo tỉnh Sông Lam.',
      'Ủy ban nhân dân xã Hòa An đã tổ chức tự đánh giá năm 2025 (số liệu tính từ ngày 01/01/2025 đến ngày 31/12/2025) theo 5 tiêu chí, 15 chỉ tiêu quy định tại Điều 6, Điều 7 và Điều 8 Thông tư số 25/2023/TT-BGDĐT. Kết quả: đạt 15/15 chỉ tiêu Mức độ 1; 12/15 chỉ tiêu Mức độ 2.',
      'Ủy ban nhân dân xã Hòa An đã tổ chức họp với sự tham gia của Hội Khuyến học xã, Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội của xã, thống nhất đề nghị công nhận ở mức độ xã thực tế đạt được (biên bản họp kèm theo).',
      'Ủy ban nhân dân xã Hòa An kính đề nghị Sở Giáo dục và Đào tạo tỉnh Sông Lam xem xét, thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh Sông Lam công nhận xã Hòa An đạt “Cộng đồng học tập” cấp xã Mức độ 1 năm 2025.',
      'Ủy ban nhân dân xã Hòa An kính trình Sở Giáo dục và Đào tạo tỉnh Sông Lam xem xét./.',
    ]);
    expect(proposal.blocks.find((b) => b.kind === 'signature')).toEqual({
      kind: 'signature',
      recipients: ['Như trên', 'Hội Khuyến học tỉnh', 'Đảng ủy xã', 'Lưu: VT, VHXH'],
      signers: [{ authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' }],
    });
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
