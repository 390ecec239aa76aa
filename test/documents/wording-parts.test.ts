/**
 * Where a body's own name ends and its place starts, as the roll-up report's Số line (its
 * abbreviation) and header read it, and where a school's or a numbered body's name ends in running
 * text (src/core/documents/wording.ts: `bodyParts`, `bodyAbbreviation`, `bodyHeader`, `bodyName`).
 * Expected values written by hand from Nghị định 30/2020 (Phụ lục I: the header, the issuer's
 * abbreviation of its own name; Phụ lục II: capitals of names).
 */
import { describe, expect, it } from 'vitest';
import { bodyAbbreviation, bodyHeader, bodyName, bodyParts } from '../../src/core/documents/wording';

describe("a body's own name and its place", () => {
  it('never reads the first word of a body as its place, even a unit\'s word ("Xã đội", "Phường đội")', () => {
    // The commune's military command is no Ủy ban nhân dân: its header is its own name, its abbreviation its initials.
    expect(bodyHeader('Xã đội Hòa An')).toEqual({ issuingBody: ['XÃ ĐỘI HÒA AN'] });
    expect(bodyAbbreviation('Phường đội Tân Lợi')).toBe('PĐTL');
  });

  it('starts a place typed without its unit after the whole field of a Sở typed with every word capitalised', () => {
    // "Nội vụ" is no phrase the data know; the place is the first capital after the field's two words.
    expect(bodyParts('Sở Nội Vụ Hà Nội')).toEqual({ parent: '', lines: ['Sở Nội Vụ Hà Nội'], own: 'Sở Nội Vụ', place: 'thành phố Hà Nội' });
    expect(bodyAbbreviation('Sở Ngoại Vụ Đắk Lắk')).toBe('SNV');
    expect(bodyHeader('Sở Ngoại Vụ Đắk Lắk')).toEqual({ parentBody: 'UBND TỈNH ĐẮK LẮK', issuingBody: ['SỞ NGOẠI VỤ'] });
  });

  it('keeps the field of a Trung tâm in its abbreviation: "Trung tâm" alone is the kind, not a field', () => {
    expect(bodyAbbreviation('Trung tâm Y tế Ea Kar')).toBe('TTYT');
    expect(bodyAbbreviation('Trung tâm Văn hóa Hà Nội')).toBe('TTVH');
    // Its fields typed each with a capital are its fields still, not its place (hunter 14c, finding 1).
    expect(bodyParts('Trung tâm Dịch vụ Nông nghiệp Krông Pắc').own).toBe('Trung tâm Dịch vụ Nông nghiệp');
  });
});

describe('a common word that is no unit', () => {
  it('reads "xã hội" before a number as the field\'s words, never as "xã Hội"', () => {
    // Trung tâm Công tác xã hội 2, Trung tâm Bảo trợ xã hội 1: bodies numbered within a province.
    for (const typed of ['TRUNG TÂM CÔNG TÁC XÃ HỘI 2', 'trung tâm bảo trợ xã hội 1']) {
      const written = bodyName(typed);
      expect(written).not.toContain('xã Hội');
      expect(written).toMatch(/ hội \d$/);
    }
  });
});

describe("a school's own name typed small", () => {
  it('capitalises the name up to where the text goes on ("và", "qua"), not the words after', () => {
    expect(bodyName('Trường Tiểu học kim đồng và các trường trên địa bàn')).toBe('Trường Tiểu học Kim Đồng và các trường trên địa bàn');
    expect(bodyName('Trường Mầm non hoa sen qua Phòng GD&ĐT')).toBe('Trường Mầm non Hoa Sen qua Phòng GD&ĐT');
  });
});

describe('"XÃ HỘI" typed in capitals: a field, or a commune named Hội', () => {
  it('is the commune "xã Hội An" only when a name follows it alone', () => {
    expect(bodyName('UBND XÃ HỘI AN')).toBe('UBND xã Hội An');
  });

  it('is a field after "và" or a dash, the place after it a name', () => {
    expect(bodyName('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI ĐẮK LẮK')).toBe('Sở Lao động - Thương binh và Xã hội Đắk Lắk');
    expect(bodyName('PHÒNG NỘI VỤ - XÃ HỘI HÒA BÌNH')).toBe('Phòng Nội vụ - Xã hội Hòa Bình');
  });

  it('is a field when a comma ends it: what follows is another field, no name of a commune', () => {
    expect(bodyName('HỘI BẢO TRỢ XÃ HỘI, TỪ THIỆN')).not.toContain('xã Hội');
    expect(bodyName('UBND XÃ HỘI, AN GIANG')).not.toContain('xã Hội');
  });
});

describe("a body's parent typed on a line of its own", () => {
  it("is the parent below the body as above it: never in the Số line's abbreviation, printed above in the header", () => {
    // A văn thư types "Phòng Văn hóa - Xã hội / UBND huyện Hòa Bình": the Số line reads "…/BC-PVHXH", not "…/BC-PVHXHUBND".
    const typed = 'Phòng Văn hóa - Xã hội\nUBND huyện Hòa Bình';
    expect(bodyAbbreviation(typed)).toBe('PVHXH');
    expect(bodyHeader(typed)).toEqual({ parentBody: 'UBND HUYỆN HÒA BÌNH', issuingBody: ['PHÒNG VĂN HÓA - XÃ HỘI'] });
    expect(bodyAbbreviation('UBND tỉnh Sông Lam\nSở GD&ĐT')).toBe('SGDĐT');
  });

  it('is no parent when the line is a committee without its place: the committee typed over two lines as its header', () => {
    expect(bodyAbbreviation('UBND\nHUYỆN HÒA BÌNH')).toBe('UBND');
    expect(bodyAbbreviation('Ủy ban nhân dân\ntỉnh Đắk Lắk')).toBe('UBND');
    expect(bodyHeader('Ủy ban nhân dân\ntỉnh Đắk Lắk')).toEqual({ issuingBody: ['ỦY BAN NHÂN DÂN', 'TỈNH ĐẮK LẮK'] });
  });
});
