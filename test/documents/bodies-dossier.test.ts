/**
 * Bodies as a commune types them, through a whole dossier (review 13b, findings 1, 4, 12, 13): the
 * header's parent line is the cơ quan chủ quản's name only (Nghị định 30/2020, Phụ lục I), the
 * issuers of the Danh mục typed in small letters print with their proper names capitalised (Phụ lục
 * II), Nơi nhận lists each body once. Expected lines typed by hand from the tiny communes' fixtures.
 */
import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../../src/core/workbook/evidence';
import { tinyLevels } from '../fixtures/tiny-levels';
import { TINY_POINTS_DATE, tinyPoints } from '../fixtures/tiny-points';
import { doc, dossierOn, lines, SIGNER } from './dossier-lines';

const TODAY = new Date(2026, 2, 5);
const CDHT = '“Cộng đồng học tập” cấp xã';

describe('the Tờ trình addressed "UBND tỉnh Đắk Lắk qua Sở Giáo dục và Đào tạo" (finding 1)', () => {
  it('puts UBND TỈNH ĐẮK LẮK alone above the committee, keeps the Kính gửi as typed and lists the Sở once', () => {
    const info = {
      province: 'Tỉnh Đắk Lắk',
      decidingAuthority: 'Chủ tịch UBND tỉnh',
      recipientBody: 'UBND tỉnh Đắk Lắk qua Sở Giáo dục và Đào tạo',
      distribution: ['Như trên', 'Sở GD&ĐT tỉnh Đắk Lắk', 'Sở Giáo dục và Đào tạo tỉnh Đắk Lắk', 'Lưu: VT'],
    };
    const proposal = lines(doc(dossierOn(tinyLevels({}, info), TODAY), 'proposal'));
    expect([...proposal.slice(1, 4), proposal.at(-1)]).toEqual([
      'HEADER UBND TỈNH ĐẮK LẮK / ỦY BAN NHÂN DÂN + XÃ HÒA AN / Số: 15/TTr-UBND / Hòa An, ngày 05 tháng 3 năm 2026',
      `TITLE TỜ TRÌNH / Về việc đề nghị đánh giá, công nhận xã Hòa An đạt ${CDHT} Mức độ 1 năm 2025 / keep: ${CDHT}; năm 2025; xã Hòa An; Mức độ 1`,
      'C14 sa7 | Kính gửi: UBND tỉnh Đắk Lắk qua Sở Giáo dục và Đào tạo.',
      `SIGN Như trên; Sở Giáo dục và Đào tạo tỉnh Đắk Lắk; Lưu: VT / ${SIGNER}`,
    ]);
  });
});

describe('a Kính gửi too long for one line (review 13e F6)', () => {
  // LibreOffice printed "… thông qua Phòng Giáo / dục và Đào tạo huyện Châu Đức.": the line breaks between bodies' names and
  // places as a Nơi nhận line does, never inside a field.
  it("keeps each body's fields and places whole", () => {
    const recipientBody = 'SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÀ RỊA - VŨNG TÀU THÔNG QUA PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CHÂU ĐỨC';
    const addressee = lines(doc(dossierOn(tinyLevels({}, { recipientBody }), TODAY), 'proposal')).find((line) => line.includes('Kính gửi'));
    const nb = (text: string) => text.replace(/ /g, '\u00a0');
    expect(addressee).toContain(`Phòng ${nb('Giáo dục và Đào tạo')} ${nb('huyện Châu Đức.')}`);
    expect(addressee).toContain(`Sở ${nb('Giáo dục và Đào tạo')}`);
  });
});

describe('the Danh mục minh chứng with issuers typed in small letters (finding 4)', () => {
  const item = (code: string, issuer: string, row: number): EvidenceItem => ({ code, name: `Văn bản ${code}`, reference: 'Số 1', issuer, link: '', indicators: ['TC1.1'], row });
  const issuers = [
    'đoàn thanh niên cộng sản hồ chí minh xã hòa an',
    'tỉnh ủy đắk lắk',
    'trường thcs nguyễn du',
    'ubmttq việt nam xã hòa an',
    'thủ tướng chính phủ',
    'sở gd&đt tỉnh đắk lắk',
    'Hội Khuyến học xã',
  ];
  const assessment = { ...tinyLevels(), evidenceList: issuers.map((issuer, i) => item(`H1.0${i + 1}`, issuer, i + 2)) };

  it('prints each issuer as Nghị định 30/2020 writes it, a name typed with capitals as typed', () => {
    const rows = lines(doc(dossierOn(assessment, TODAY), 'evidence')).filter((l) => l.startsWith('  [] '));
    expect(rows.slice(0, issuers.length)).toEqual([
      '  [] 1 | H1.01 | Văn bản H1.01 | Số 1 | Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Hòa An | 1.1 | Bản giấy lưu tại xã',
      '  [] 2 | H1.02 | Văn bản H1.02 | Số 1 | Tỉnh ủy Đắk Lắk | 1.1 | Bản giấy lưu tại xã',
      '  [] 3 | H1.03 | Văn bản H1.03 | Số 1 | Trường THCS Nguyễn Du | 1.1 | Bản giấy lưu tại xã',
      '  [] 4 | H1.04 | Văn bản H1.04 | Số 1 | UBMTTQ Việt Nam xã Hòa An | 1.1 | Bản giấy lưu tại xã',
      '  [] 5 | H1.05 | Văn bản H1.05 | Số 1 | Thủ tướng Chính phủ | 1.1 | Bản giấy lưu tại xã',
      '  [] 6 | H1.06 | Văn bản H1.06 | Số 1 | Sở GD&ĐT tỉnh Đắk Lắk | 1.1 | Bản giấy lưu tại xã',
      '  [] 7 | H1.07 | Văn bản H1.07 | Số 1 | Hội Khuyến học xã | 1.1 | Bản giấy lưu tại xã',
    ]);
  });
});

describe('a TT44 dossier decided by "Chủ tịch UBND H. Krông Pắc" (finding 13)', () => {
  it('puts the district’s committee above the commune’s, not the province’s', () => {
    const result = dossierOn(tinyPoints({}, { decidingAuthority: 'Chủ tịch UBND H. Krông Pắc', recipientBody: 'Phòng GD&ĐT H. Krông Pắc' }), TINY_POINTS_DATE);
    expect(lines(doc(result, 'proposal')).slice(1, 2)).toEqual(['HEADER UBND HUYỆN KRÔNG PẮC / ỦY BAN NHÂN DÂN + XÃ HÒA AN / Số: 118/TTr-UBND / Hòa An, ngày 10 tháng 12 năm 2021']);
  });
});
