/**
 * A body's name read and written the same however its letters were typed: every word capitalised
 * ("Sở Khoa Học và Công Nghệ Hà Nội", as people type), all in capitals, or in sentence case
 * (src/core/documents/wording.ts: `bodyParts`, `bodyAbbreviation`, `bodyHeader`, `bodyName`).
 * Expected values written by hand from Nghị định 30/2020 (Phụ lục I: the header, the issuer's
 * abbreviation of its own name, the UBND of the province above a Sở; Phụ lục II: a capital on the
 * first word of a body's field only); Hà Nội and Cần Thơ are thành phố trực thuộc trung ương
 * (CENTRAL_CITIES' source, Nghị quyết 202/2025/QH15).
 */
import { describe, expect, it } from 'vitest';
import { bodyAbbreviation, bodyHeader, bodyName, bodyParts } from '../../src/core/documents/wording';

describe("a Sở's field typed with every word capitalised (hunter 14c, finding 1)", () => {
  it('reads the whole field as its own name and the province after it, as for the name typed in sentence case', () => {
    expect(bodyParts('Sở Khoa Học và Công Nghệ Hà Nội')).toEqual({ parent: '', lines: ['Sở Khoa Học và Công Nghệ Hà Nội'], own: 'Sở Khoa Học và Công Nghệ', place: 'thành phố Hà Nội' });
    expect(bodyHeader('Sở Khoa Học và Công Nghệ Hà Nội')).toEqual({ parentBody: 'UBND THÀNH PHỐ HÀ NỘI', issuingBody: ['SỞ KHOA HỌC VÀ CÔNG NGHỆ'] });
    expect(bodyAbbreviation('Sở Khoa Học và Công Nghệ Hà Nội')).toBe('SKHCN');
  });

  it('does so for the other fields of a Sở, joined by "và", a dash or a comma', () => {
    const typed = [
      'Sở Lao Động - Thương Binh và Xã Hội Đắk Lắk',
      'Sở Nông Nghiệp và Phát Triển Nông Thôn Cần Thơ',
      'Sở Văn Hóa, Thể Thao và Du Lịch Gia Lai',
      'Sở Tài Chính Quảng Trị',
      'Sở Giao Thông Vận Tải Đắk Lắk',
    ];
    expect(typed.map((body) => [bodyParts(body).own, bodyParts(body).place])).toEqual([
      ['Sở Lao Động - Thương Binh và Xã Hội', 'tỉnh Đắk Lắk'],
      ['Sở Nông Nghiệp và Phát Triển Nông Thôn', 'thành phố Cần Thơ'],
      ['Sở Văn Hóa, Thể Thao và Du Lịch', 'tỉnh Gia Lai'],
      ['Sở Tài Chính', 'tỉnh Quảng Trị'],
      ['Sở Giao Thông Vận Tải', 'tỉnh Đắk Lắk'],
    ]);
    expect(typed.map(bodyAbbreviation)).toEqual(['SLĐTBXH', 'SNNPTNT', 'SVHTTDL', 'STC', 'SGTVT']);
  });

  it('reads a known field typed all in capitals or small letters the same way: its place is no part of its abbreviation', () => {
    expect(['SỞ TÀI CHÍNH ĐẮK LẮK', 'sở khoa học và công nghệ hà nội', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ HÀ NỘI'].map(bodyAbbreviation)).toEqual(['STC', 'SKHCN', 'SKHCN']);
    expect(bodyHeader('SỞ TÀI CHÍNH ĐẮK LẮK')).toEqual({ parentBody: 'UBND TỈNH ĐẮK LẮK', issuingBody: ['SỞ TÀI CHÍNH'] });
    expect(bodyHeader('sở khoa học và công nghệ hà nội')).toEqual({ parentBody: 'UBND THÀNH PHỐ HÀ NỘI', issuingBody: ['SỞ KHOA HỌC VÀ CÔNG NGHỆ'] });
  });
});

describe('a name typed with every word capitalised whose field is not known', () => {
  it('is not split at a capital inside its field: nothing guessed rather than a province named "Trúc Hà Nội"', () => {
    expect(bodyHeader('Sở Quy Hoạch - Kiến Trúc Hà Nội')).toEqual({ issuingBody: ['SỞ QUY HOẠCH - KIẾN TRÚC HÀ NỘI'] });
    expect(bodyAbbreviation('Sở Quy Hoạch - Kiến Trúc Hà Nội')).toBe('SQHKTHN');
    // Typed in sentence case, its capital after the field starts the place (Nghị định 30/2020 capitalises a field's first word).
    expect(bodyHeader('Sở Quy hoạch - Kiến trúc Hà Nội')).toEqual({ parentBody: 'UBND THÀNH PHỐ HÀ NỘI', issuingBody: ['SỞ QUY HOẠCH - KIẾN TRÚC'] });
  });

  it('reads a Sở\'s field ending on "và" before a word the data do not know as not known, and a Sở with no place after its field as having none', () => {
    expect(bodyHeader('Sở Tài Nguyên và Khoáng Sản Hà Nội')).toEqual({ issuingBody: ['SỞ TÀI NGUYÊN VÀ KHOÁNG SẢN HÀ NỘI'] });
    expect(bodyHeader('SỞ TÀI CHÍNH')).toEqual({ issuingBody: ['SỞ TÀI CHÍNH'] });
    expect(bodyParts('Sở Tài Chính')).toEqual({ parent: '', lines: ['Sở Tài Chính'], own: 'Sở Tài Chính', place: '' });
  });

  it('reads any other body as typed in capitals: nothing cut after a known field, a place or more of its name', () => {
    // Typed in sentence case the capital after the field starts the place ("Trung tâm Y tế Ea Kar" → "TTYT", wording-parts).
    expect(['Trung Tâm Y Tế Ea Kar', 'TRUNG TÂM Y TẾ EA KAR', 'Hội Nông Dân Hòa An'].map(bodyAbbreviation)).toEqual(['TTYTEK', 'TTYTEK', 'HNDHA']);
    // "Người khuyết tật" is no place: a Hội's name is not cut after the field the data know.
    expect(['HỘI BẢO TRỢ NGƯỜI KHUYẾT TẬT', 'Hội Bảo Trợ Người Khuyết Tật và Trẻ Mồ Côi', 'Hội Bảo trợ người khuyết tật và trẻ mồ côi'].map(bodyAbbreviation)).toEqual([
      'HBTNKT',
      'HBTNKTTMC',
      'HBTNKTTMC',
    ]);
  });
});

describe("a school's own name after its levels (hunter 14c, finding 2)", () => {
  it("is the school's own name, typed small or with capitals: in its abbreviation, never read as a place", () => {
    expect(['Trường Tiểu học kim đồng', 'Trường Tiểu học Kim Đồng', 'TRƯỜNG TIỂU HỌC KIM ĐỒNG', 'trường tiểu học kim đồng'].map(bodyAbbreviation)).toEqual(['TTHKĐ', 'TTHKĐ', 'TTHKĐ', 'TTHKĐ']);
    expect(bodyParts('Trường Tiểu học kim đồng')).toEqual({ parent: '', lines: ['Trường Tiểu học kim đồng'], own: 'Trường Tiểu học kim đồng', place: '' });
  });

  it('is so at every level, typed in full or short, and for a school of two levels', () => {
    expect(['Trường Mầm non hoa sen', 'Trường THCS Nguyễn Du', 'Trường Trung học cơ sở Nguyễn Du', 'Trường Tiểu học và THCS Hòa An', 'Trường Mẫu giáo Sơn Ca'].map(bodyAbbreviation)).toEqual([
      'TMNHS',
      'TTHCSND',
      'TTHCSND',
      'TTHTHCSHA',
      'TMGSC',
    ]);
    // Its place typed with its unit is still no part of its own name.
    expect(bodyParts('Trường THCS Nguyễn Du xã Hòa An')).toEqual({ parent: '', lines: ['Trường THCS Nguyễn Du xã Hòa An'], own: 'Trường THCS Nguyễn Du', place: 'xã Hòa An' });
  });
});

describe('a field of two words typed in capitals (hunter 14c, finding 3)', () => {
  it("is so for the other centres a commune and its province name: the commune's one-stop office, the job and legal-aid centres", () => {
    const cases: Array<[string, string]> = [
      ['TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ HÒA AN', 'Trung tâm Phục vụ hành chính công xã Hòa An'],
      ['trung tâm phục vụ hành chính công xã hòa an', 'Trung tâm Phục vụ hành chính công xã Hòa An'],
      ['TRUNG TÂM DỊCH VỤ VIỆC LÀM', 'Trung tâm Dịch vụ việc làm'],
      ['TRUNG TÂM TRỢ GIÚP PHÁP LÝ NHÀ NƯỚC', 'Trung tâm Trợ giúp pháp lý nhà nước'],
    ];
    expect(cases.map(([typed]) => bodyName(typed))).toEqual(cases.map(([, written]) => written));
    expect(bodyAbbreviation('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ HÒA AN')).toBe('TTPVHCC');
  });

  it('is written with a capital on its first word only, as typed small', () => {
    expect(['TRUNG TÂM BẢO TRỢ XÃ HỘI 1', 'trung tâm bảo trợ xã hội 1', 'TRUNG TÂM CÔNG TÁC XÃ HỘI 2'].map(bodyName)).toEqual([
      'Trung tâm Bảo trợ xã hội 1',
      'Trung tâm Bảo trợ xã hội 1',
      'Trung tâm Công tác xã hội 2',
    ]);
  });
});

describe('a name written in running text, typed with a capital on every word', () => {
  it("is written as typed in capitals: a field's later words, units and common words small, names as typed", () => {
    const cases: Array<[string, string]> = [
      ['Sở Khoa Học và Công Nghệ Hà Nội', 'Sở Khoa học và Công nghệ Hà Nội'],
      ['Sở Khoa Học Và Công Nghệ Thành Phố Hà Nội', 'Sở Khoa học và Công nghệ thành phố Hà Nội'],
      ['Hội Khuyến Học Xã Hòa An', 'Hội Khuyến học xã Hòa An'],
      ['Phó Chủ Tịch UBND Xã', 'Phó Chủ tịch UBND xã'],
      ['Trường Tiểu Học Kim Đồng', 'Trường Tiểu học Kim Đồng'],
      ['Trung Tâm Bảo Trợ Xã Hội 1', 'Trung tâm Bảo trợ xã hội 1'],
      ['Sở GD&ĐT Tỉnh Sông Lam', 'Sở GD&ĐT tỉnh Sông Lam'],
      // A place typed short is written in full, as in a name typed in capitals.
      ['Sở Y Tế TP.HCM', 'Sở Y tế Thành phố Hồ Chí Minh'],
      ['Thành Viên, Thư Ký', 'Thành viên, thư ký'],
      // A name's own spelling is the typist's: "H'leo" is not made "H'Leo".
      ["Trường THCS Ea H'leo", "Trường THCS Ea H'leo"],
      // Sentence case is kept as typed.
      ['Sở Khoa học và Công nghệ Hà Nội', 'Sở Khoa học và Công nghệ Hà Nội'],
    ];
    expect(cases.map(([typed]) => bodyName(typed))).toEqual(cases.map(([, written]) => written));
  });
});
