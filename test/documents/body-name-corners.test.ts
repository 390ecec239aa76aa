/**
 * bodyName's corners after the kind and fields of a body (wording.ts, the name's last words, the
 * "và" rule, names typed with a capital on every word, and unitsBeforeNames): where "XÃ HỘI" is the
 * unit of a place named for a word ("xã Hội An") and where it is the field "Xã hội" of a body
 * (review 13e F2), each condition of the rule shown by a name that only it decides. Expected names
 * typed by hand as Nghị định 30/2020 (Phụ lục II) writes them: a body's kind and field with a capital,
 * a unit small, a place's name with a capital on every word.
 */
import { describe, expect, it } from 'vitest';
import { bodyName } from '../../src/core/documents/wording';

const named = (typed: string[]) => typed.map((text) => `${text} → ${bodyName(text)}`);

describe('"XÃ HỘI" after a kind of body', () => {
  it('is the unit of a place when a name follows it', () => {
    expect(named(['UBND XÃ HỘI AN', 'CÔNG AN XÃ HỘI AN'])).toEqual(['UBND XÃ HỘI AN → UBND xã Hội An', 'CÔNG AN XÃ HỘI AN → Công an xã Hội An']);
  });

  it('is the field "Xã hội" when nothing that could be a place’s name follows it', () => {
    expect(
      named([
        // Nothing after it: no place (and no word read past the end).
        'UBND XÃ HỘI',
        // A sign ends it.
        'UBND XÃ HỘI, AN',
        // A unit, a hamlet, an abbreviation or a number after it is no name.
        'UBND XÃ HỘI H. KRÔNG PẮC',
        'UBND XÃ HỘI THÔN 2',
        'UBND XÃ HỘI GD&ĐT',
        'UBND XÃ HỘI 5',
      ]),
    ).toEqual([
      'UBND XÃ HỘI → UBND Xã hội',
      'UBND XÃ HỘI, AN → UBND Xã hội, An',
      'UBND XÃ HỘI H. KRÔNG PẮC → UBND Xã hội H. Krông Pắc',
      'UBND XÃ HỘI THÔN 2 → UBND Xã hội thôn 2',
      'UBND XÃ HỘI GD&ĐT → UBND Xã hội GD&ĐT',
      'UBND XÃ HỘI 5 → UBND Xã hội 5',
    ]);
  });

  it('is a body’s field when another body follows it: the office it belongs to is no place (sample 15 P17)', () => {
    expect(named(['BAN VĂN HÓA XÃ HỘI SỞ Y TẾ', 'PHÒNG VĂN HÓA XÃ HỘI NHÀ VĂN HÓA', 'PHÓ TRƯỞNG PHÒNG LAO ĐỘNG THƯƠNG BINH XÃ HỘI SỞ NỘI VỤ TỈNH ĐẮK LẮK'])).toEqual([
      'BAN VĂN HÓA XÃ HỘI SỞ Y TẾ → Ban Văn hóa Xã hội Sở Y tế',
      'PHÒNG VĂN HÓA XÃ HỘI NHÀ VĂN HÓA → Phòng Văn hóa Xã hội Nhà Văn hóa',
      // A member's title as Ban chỉ đạo lists type it.
      'PHÓ TRƯỞNG PHÒNG LAO ĐỘNG THƯƠNG BINH XÃ HỘI SỞ NỘI VỤ TỈNH ĐẮK LẮK → Phó Trưởng phòng Lao động Thương binh Xã hội Sở Nội vụ tỉnh Đắk Lắk',
    ]);
  });

  it('is a body’s field after "và" or a dash, whatever case "và" is typed in', () => {
    expect(named(['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI ĐẮK LẮK', 'SỞ NỘI VỤ - XÃ HỘI AN', 'LAO ĐỘNG - XÃ HỘI ĐẮK LẮK'])).toEqual([
      'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI ĐẮK LẮK → Sở Lao động - Thương binh và Xã hội Đắk Lắk',
      'SỞ NỘI VỤ - XÃ HỘI AN → Sở Nội vụ - Xã hội An',
      'LAO ĐỘNG - XÃ HỘI ĐẮK LẮK → Lao động - Xã hội Đắk Lắk',
    ]);
  });
});

describe('a name typed with a capital on every word but "và"', () => {
  it('is written as the decree writes it: the kind’s and the field’s words after the first small, the place’s capital', () => {
    expect(named(['Sở Khoa Học và Công Nghệ Hà Nội', 'Ủy Ban Nhân Dân Xã Hòa An'])).toEqual([
      'Sở Khoa Học và Công Nghệ Hà Nội → Sở Khoa học và Công nghệ Hà Nội',
      'Ủy Ban Nhân Dân Xã Hòa An → Ủy ban nhân dân xã Hòa An',
    ]);
  });
});

describe('a name typed all small', () => {
  it('takes the capitals of its kind, field and place; left as typed only when it holds common words and hamlets alone', () => {
    expect(named(['trường thcs nguyễn du', 'ubnd tỉnh đắk lắk và sở giáo dục', 'các thôn an', 'các thôn, tổ dân phố'])).toEqual([
      'trường thcs nguyễn du → Trường THCS Nguyễn Du',
      'ubnd tỉnh đắk lắk và sở giáo dục → UBND tỉnh Đắk Lắk và Sở Giáo dục',
      // A hamlet's name follows "thôn": no longer common words alone.
      'các thôn an → Các thôn An',
      'các thôn, tổ dân phố → các thôn, tổ dân phố',
    ]);
  });
});
