/**
 * Bodies and their committees as the documents read and print them (newcomer review of issue 13):
 * a deciding authority typed with "UBND" ("Chủ tịch UBND tỉnh Đắk Lắk") still names the parent
 * body; "SỞ GD&ĐT TỈNH ĐẮK LẮK" is abbreviated "SGDĐT", not "SG"; "TP." is a unit; a Hội gets no
 * parent line "UBND TỈNH …" it does not have. Expected values typed by hand from Nghị định
 * 30/2020 (Phụ lục I: tên cơ quan chủ quản trực tiếp "nếu có", in capitals, "UBND" allowed there;
 * Phụ lục III: the issuer's abbreviation in the Số line).
 */
import { describe, expect, it } from 'vitest';
import { bodyAbbreviation, bodyHeader, bodyName, bodyParts, numberLine, parentBodyLine, provinceLine, sameBody } from '../../src/core/documents/wording';
import { isAbbreviation } from '../../src/core/cells/text';

describe('parentBodyLine', () => {
  const info = { decidingAuthority: '', recipientBody: '', province: 'Đắk Lắk' };

  it('reads the committee of the deciding authority however it was typed, the unit kept', () => {
    expect(
      [
        'Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk',
        'Chủ tịch UBND tỉnh Đắk Lắk',
        'UBND tỉnh Đắk Lắk',
        'CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH ĐẮK LẮK',
        'chủ tịch ubnd tỉnh đắk lắk.',
        'Chủ tịch UBND TP. Huế',
        'Chủ tịch UBND huyện Krông Bông',
      ].map((decidingAuthority) => parentBodyLine({ ...info, decidingAuthority })),
    ).toEqual(['UBND TỈNH ĐẮK LẮK', 'UBND TỈNH ĐẮK LẮK', 'UBND TỈNH ĐẮK LẮK', 'UBND TỈNH ĐẮK LẮK', 'UBND TỈNH ĐẮK LẮK', 'UBND THÀNH PHỐ HUẾ', 'UBND HUYỆN KRÔNG BÔNG']);
  });

  it('else the recipient’s committee, else the province as typed (with or without its committee), never a unit guessed', () => {
    expect([
      parentBodyLine({ ...info, decidingAuthority: 'Giám đốc Sở GD&ĐT tỉnh Đắk Lắk', recipientBody: 'UBND tỉnh Gia Lai' }),
      parentBodyLine({ ...info, decidingAuthority: 'Chủ tịch UBND xã Hòa An', province: 'Tỉnh Đắk Lắk' }),
      parentBodyLine({ ...info, province: 'Tỉnh Đắk Lắk' }),
      parentBodyLine({ ...info, province: 'UBND tỉnh Đắk Lắk' }),
      parentBodyLine({ ...info, province: 'TP. Hồ Chí Minh' }),
      parentBodyLine(info),
      parentBodyLine({ ...info, province: '' }),
    ]).toEqual(['UBND TỈNH GIA LAI', 'UBND TỈNH ĐẮK LẮK', 'UBND TỈNH ĐẮK LẮK', 'UBND TỈNH ĐẮK LẮK', 'UBND THÀNH PHỐ HỒ CHÍ MINH', 'UBND ĐẮK LẮK', '']);
    expect(['Ủy ban nhân dân Thành phố Hải Phòng', 'tinh dak lak', ' '].map(provinceLine)).toEqual(['UBND THÀNH PHỐ HẢI PHÒNG', 'UBND TỈNH DAK LAK', '']);
  });

  it('takes only the committee, not what the field goes on to after it (newcomer review of issue 13, finding 3)', () => {
    const deciding = { ...info, decidingAuthority: 'Chủ tịch Ủy ban nhân dân tỉnh' };
    expect([
      // Kính gửi "… (qua Sở …)", the usual addressee of a commune's Tờ trình; the deciding authority names no place.
      parentBodyLine({ ...deciding, recipientBody: 'Ủy ban nhân dân tỉnh Đắk Lắk (qua Sở Giáo dục và Đào tạo)' }),
      parentBodyLine({ ...info, decidingAuthority: 'Chủ tịch UBND tỉnh Đắk Lắk; Giám đốc Sở GD&ĐT' }),
      parentBodyLine({ ...deciding, recipientBody: 'UBND tỉnh Gia Lai, Sở Giáo dục và Đào tạo' }),
      parentBodyLine({ ...deciding, recipientBody: 'UBND tỉnh Quảng Ngãi[qua Sở]' }),
      // A dash belongs to the name.
      parentBodyLine({ ...deciding, recipientBody: 'UBND tỉnh Bà Rịa - Vũng Tàu (qua Sở GD&ĐT)' }),
    ]).toEqual(['UBND TỈNH ĐẮK LẮK', 'UBND TỈNH ĐẮK LẮK', 'UBND TỈNH GIA LAI', 'UBND TỈNH QUẢNG NGÃI', 'UBND TỈNH BÀ RỊA - VŨNG TÀU']);
    // Review 13b, finding 1: "qua", "thông qua" or a dash before them ends the committee's place as a bracket does.
    expect(
      [
        { ...deciding, recipientBody: 'UBND tỉnh Đắk Lắk qua Sở Giáo dục và Đào tạo' },
        { ...info, decidingAuthority: 'Chủ tịch UBND tỉnh Sông Lam - qua Sở Giáo dục và Đào tạo' },
        { ...deciding, recipientBody: 'UBND tỉnh Đắk Lắk thông qua Sở GD&ĐT' },
        { ...deciding, recipientBody: 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu qua Sở Giáo dục và Đào tạo' },
      ].map(parentBodyLine),
    ).toEqual(['UBND TỈNH ĐẮK LẮK', 'UBND TỈNH SÔNG LAM', 'UBND TỈNH ĐẮK LẮK', 'UBND TỈNH BÀ RỊA - VŨNG TÀU']);
    // A stop typed after the province is no part of it (finding 13).
    expect([provinceLine('tỉnh Quảng Trị.'), provinceLine('Tỉnh Đắk Lắk;'), provinceLine('tỉnh Đắk Lắk ;.'), bodyHeader('Sở Giáo dục và Đào tạo tỉnh Đắk Lắk.').parentBody]).toEqual([
      'UBND TỈNH QUẢNG TRỊ',
      'UBND TỈNH ĐẮK LẮK',
      'UBND TỈNH ĐẮK LẮK',
      'UBND TỈNH ĐẮK LẮK',
    ]);
  });
});

describe('bodyParts and bodyAbbreviation', () => {
  it('reads a body into its parent line, its own lines, its own name and its place (units from the unit data)', () => {
    expect(
      [
        'SỞ GD&ĐT TỈNH ĐẮK LẮK',
        'Sở GD&ĐT TP. Hồ Chí Minh',
        'Sở Giáo dục và Đào tạo Tp.Huế',
        'Phòng Văn hóa - Xã hội xã Hòa An',
        'UBND tỉnh Sông Lam\nSở Giáo dục và Đào tạo',
        'SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTỈNH ĐẮK LẮK',
        '  Hội Khuyến học   tỉnh Đắk Lắk ',
        'Ban Tuyên giáo Tỉnh ủy',
        '',
      ].map(bodyParts),
    ).toEqual([
      { parent: '', lines: ['SỞ GD&ĐT TỈNH ĐẮK LẮK'], own: 'SỞ GD&ĐT', place: 'tỉnh ĐẮK LẮK' },
      { parent: '', lines: ['Sở GD&ĐT TP. Hồ Chí Minh'], own: 'Sở GD&ĐT', place: 'thành phố Hồ Chí Minh' },
      { parent: '', lines: ['Sở Giáo dục và Đào tạo Tp.Huế'], own: 'Sở Giáo dục và Đào tạo', place: 'thành phố Huế' },
      // "Xã hội" is no unit: the place is the commune after it.
      { parent: '', lines: ['Phòng Văn hóa - Xã hội xã Hòa An'], own: 'Phòng Văn hóa - Xã hội', place: 'xã Hòa An' },
      { parent: 'UBND tỉnh Sông Lam', lines: ['Sở Giáo dục và Đào tạo'], own: 'Sở Giáo dục và Đào tạo', place: '' },
      // A first line that is no committee is the body's own name, broken by hand.
      { parent: '', lines: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'TỈNH ĐẮK LẮK'], own: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', place: 'tỉnh ĐẮK LẮK' },
      { parent: '', lines: ['Hội Khuyến học tỉnh Đắk Lắk'], own: 'Hội Khuyến học', place: 'tỉnh Đắk Lắk' },
      { parent: '', lines: ['Ban Tuyên giáo Tỉnh ủy'], own: 'Ban Tuyên giáo Tỉnh ủy', place: '' },
      { parent: '', lines: [], own: '', place: '' },
    ]);
  });

  it('abbreviates the body’s own name: initials, "và" left out, an abbreviation typed in it kept whole, Đ kept', () => {
    expect(
      [
        'SỞ GD&ĐT TỈNH ĐẮK LẮK',
        'Sở GD&ĐT TP. Hồ Chí Minh',
        'Sở Giáo dục và Đào tạo tỉnh Sông Lam',
        'SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTỈNH ĐẮK LẮK',
        'UBND tỉnh Sông Lam\nSở Giáo dục và Đào tạo',
        'Phòng Văn hóa - Xã hội xã Hòa An',
        'Phòng GDĐT huyện Krông Bông',
        'Hội Khuyến học tỉnh Đắk Lắk',
        'UBND tỉnh Đắk Lắk',
        'Ủy ban nhân dân xã Hòa An',
        '',
      ].map(bodyAbbreviation),
    ).toEqual(['SGDĐT', 'SGDĐT', 'SGDĐT', 'SGDĐT', 'SGDĐT', 'PVHXH', 'PGDĐT', 'HKH', 'UBND', 'UBND', '']);
    // One letter is an initial ("A", "B", "Đ."), not an abbreviation; a Roman numeral is one.
    expect(['UBND', 'GD&ĐT', 'HĐND', 'VT', 'SỞ', 'Sở', 'KHUYẾN', 'A', 'B', 'Đ.', 'Gd', 'III', '-'].map(isAbbreviation)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      false,
    ]);
  });

  // A body typed in capitals whose name opens with "Nhà" as a word of its own ("NHÀ TRƯỜNG HOA SEN", a school typed by the
  // common word) takes the initial of every word, its own name included, as "NHÀ TRẺ HOA MAI" does: of the names opening
  // with "Nhà", only "Nhà trẻ" and "Nhà xuất bản" are phrases of NAME_PHRASES. Were "nhà trường" one, the Số line of the
  // rollup report (rollup-report/report.ts) lost the school's own name: "05/BC-NT", any school's number alike.
  it('writes the Số line of a body typed "NHÀ TRƯỜNG …" with the initials of every word of its name', () => {
    expect(['NHÀ TRƯỜNG HOA SEN', 'NHÀ TRẺ HOA MAI'].map((body) => numberLine('5', 'BC', bodyAbbreviation(body)))).toEqual(['Số: 05/BC-NTHS', 'Số: 05/BC-NTHM']);
  });

  // Typed in sentence case, a name's capitals are read for a place ("Sở Ngoại vụ Đắk Lắk"): a place starts at the first
  // word of a run of capitals, never inside one, so "Hoa Mai" is not split into a name "Hoa" and a place "Mai".
  it('keeps every word of a name typed in sentence case whose own name is two capitalised words', () => {
    expect(['Nhà trường Hoa Mai', 'Nhà trường Hoa Sen Xanh', 'Sở Ngoại vụ Đắk Lắk'].map(bodyAbbreviation)).toEqual(['NTHM', 'NTHSX', 'SNV']);
  });
});

describe('a Sở typed in small letters or without its province’s unit (review 13b, finding 5)', () => {
  // Nghị định 30/2020, Phụ lục I and III: the Số line abbreviates the body's name, never its place; a
  // Sở's cơ quan chủ quản is the UBND of its province, a tỉnh unless one of the cities under the
  // central government.
  const typed = [
    'sở gd&đt tỉnh đắk lắk',
    'sở giáo dục và đào tạo tỉnh đắk lắk',
    'Sở Giáo dục và Đào tạo Đắk Lắk',
    'Sở GD&ĐT Hà Nội',
    'SỞ GIÁO DỤC VÀ ĐÀO TẠO CẦN THƠ',
    'sở gdđt gia lai',
    // Typed as Nghị định 30/2020 capitalises a field, the capital after it starts the place.
    'Sở Tài chính Đắk Lắk',
    // In capitals, its field known (BODY_FIELDS): read as typed in sentence case (hunter 14c, finding 1).
    'SỞ TÀI CHÍNH ĐẮK LẮK',
    // In one case, with its field not known: no place read off, nothing guessed.
    'SỞ QUY HOẠCH - KIẾN TRÚC HÀ NỘI',
    'Phòng Giáo dục và Đào tạo Krông Bông',
  ];

  it('abbreviates its own name only: "SGDĐT", never "SG" nor the place’s initials', () => {
    expect(typed.map(bodyAbbreviation)).toEqual(['SGDĐT', 'SGDĐT', 'SGDĐT', 'SGDĐT', 'SGDĐT', 'SGDĐT', 'STC', 'STC', 'SQHKTHN', 'PGDĐT']);
  });

  it('puts the UBND of its province above it, the place read off its name', () => {
    expect(typed.map(bodyHeader)).toEqual([
      { parentBody: 'UBND TỈNH ĐẮK LẮK', issuingBody: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'] },
      { parentBody: 'UBND TỈNH ĐẮK LẮK', issuingBody: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'] },
      { parentBody: 'UBND TỈNH ĐẮK LẮK', issuingBody: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'] },
      { parentBody: 'UBND THÀNH PHỐ HÀ NỘI', issuingBody: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'] },
      { parentBody: 'UBND THÀNH PHỐ CẦN THƠ', issuingBody: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'] },
      { parentBody: 'UBND TỈNH GIA LAI', issuingBody: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'] },
      { parentBody: 'UBND TỈNH ĐẮK LẮK', issuingBody: ['SỞ TÀI CHÍNH'] },
      { parentBody: 'UBND TỈNH ĐẮK LẮK', issuingBody: ['SỞ TÀI CHÍNH'] },
      { issuingBody: ['SỞ QUY HOẠCH - KIẾN TRÚC HÀ NỘI'] },
      // A Phòng's committee was a district's or is a commune's: which is not read from a name alone.
      { issuingBody: ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO KRÔNG BÔNG'] },
    ]);
  });
});

describe('bodyHeader (the roll-up report’s header)', () => {
  it('puts the committee above its own offices only, writes the committee and an office’s field in full, keeps a parent typed on its own line; all in capitals', () => {
    expect(
      [
        'SỞ GD&ĐT TỈNH ĐẮK LẮK',
        'sở giáo dục và đào tạo tỉnh đắk lắk',
        'Sở Giáo dục và Đào tạo TP. Hồ Chí Minh',
        'Phòng Giáo dục và Đào tạo huyện Krông Bông',
        'Hội Khuyến học tỉnh Đắk Lắk',
        'UBND tỉnh Đắk Lắk',
        'Ủy ban nhân dân thành phố Huế',
        'UBND tỉnh Sông Lam\nSở Giáo dục và Đào tạo',
        'Sở Giáo dục và Đào tạo\ntỉnh Sông Lam',
        'Sở Giáo dục và Đào tạo',
        ' \n ',
      ].map(bodyHeader),
    ).toEqual([
      { parentBody: 'UBND TỈNH ĐẮK LẮK', issuingBody: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'] },
      { parentBody: 'UBND TỈNH ĐẮK LẮK', issuingBody: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'] },
      { parentBody: 'UBND THÀNH PHỐ HỒ CHÍ MINH', issuingBody: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'] },
      { parentBody: 'UBND HUYỆN KRÔNG BÔNG', issuingBody: ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO'] },
      // A Hội is not an office of the committee: no parent line, its place kept in its name.
      { issuingBody: ['HỘI KHUYẾN HỌC TỈNH ĐẮK LẮK'] },
      { issuingBody: ['ỦY BAN NHÂN DÂN', 'TỈNH ĐẮK LẮK'] },
      { issuingBody: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HUẾ'] },
      { parentBody: 'UBND TỈNH SÔNG LAM', issuingBody: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'] },
      // Its province typed on a line of its own is its committee's place (review 13c F13).
      { parentBody: 'UBND TỈNH SÔNG LAM', issuingBody: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'] },
      // No place typed: no parent line invented.
      { issuingBody: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'] },
      { issuingBody: ['…………'] },
    ]);
  });

  it('keeps a name typed over two lines as typed unless its second line is its place, and an abbreviation no phrase stands for', () => {
    expect(
      [
        // The name itself broken over two lines: not a place line, kept as typed (no parent read off the name's end).
        'Sở Lao động - Thương binh\nvà Xã hội tỉnh Đắk Lắk',
        // Its place broken over the two lines ("… TỈNH / ĐẮK LẮK") is that place (review 13d F10).
        'SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH\nĐẮK LẮK',
        // "KH&ĐT" stands for no phrase of NAME_PHRASES: as typed, never a phrase guessed.
        'Sở KH&ĐT tỉnh Đắk Lắk',
      ].map(bodyHeader),
    ).toEqual([
      { issuingBody: ['SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI TỈNH ĐẮK LẮK'] },
      { parentBody: 'UBND TỈNH ĐẮK LẮK', issuingBody: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'] },
      { parentBody: 'UBND TỈNH ĐẮK LẮK', issuingBody: ['SỞ KH&ĐT'] },
    ]);
  });
});

describe('Thành phố Hồ Chí Minh typed short ("TPHCM", "TP HCM", "Tp.HCM")', () => {
  it("is read as the city in the parent line, the body's parts and its header, however the rest is typed", () => {
    expect(['TPHCM', 'TP HCM', 'Tp.HCM', 'UBND TP.HCM'].map(provinceLine)).toEqual([
      'UBND THÀNH PHỐ HỒ CHÍ MINH',
      'UBND THÀNH PHỐ HỒ CHÍ MINH',
      'UBND THÀNH PHỐ HỒ CHÍ MINH',
      'UBND THÀNH PHỐ HỒ CHÍ MINH',
    ]);
    expect(parentBodyLine({ decidingAuthority: 'Chủ tịch UBND TP.HCM', recipientBody: '', province: 'Đắk Lắk' })).toBe('UBND THÀNH PHỐ HỒ CHÍ MINH');
    expect(['Sở GD&ĐT TP.HCM', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO TPHCM', 'Hội Khuyến học TP HCM'].map(bodyParts)).toEqual([
      { parent: '', lines: ['Sở GD&ĐT Thành phố Hồ Chí Minh'], own: 'Sở GD&ĐT', place: 'thành phố Hồ Chí Minh' },
      { parent: '', lines: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO Thành phố Hồ Chí Minh'], own: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', place: 'thành phố Hồ Chí Minh' },
      { parent: '', lines: ['Hội Khuyến học Thành phố Hồ Chí Minh'], own: 'Hội Khuyến học', place: 'thành phố Hồ Chí Minh' },
    ]);
    expect(['Sở GD&ĐT TP.HCM', 'Hội Khuyến học TP HCM', 'Ủy ban nhân dân Tp.HCM'].map(bodyHeader)).toEqual([
      { parentBody: 'UBND THÀNH PHỐ HỒ CHÍ MINH', issuingBody: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'] },
      { issuingBody: ['HỘI KHUYẾN HỌC THÀNH PHỐ HỒ CHÍ MINH'] },
      { issuingBody: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH'] },
    ]);
    expect(bodyAbbreviation('Sở Giáo dục và Đào tạo TPHCM')).toBe('SGDĐT');
  });

  it('is written "Thành phố Hồ Chí Minh" in a sentence, its "Thành phố" capitalised (Nghị định 30/2020, Phụ lục II)', () => {
    expect(
      ['Sở GD&ĐT TP.HCM', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO TPHCM', 'sở giáo dục và đào tạo tp hcm', 'Chủ tịch UBND TPHCM', 'SỞ GD&ĐT THÀNH PHỐ HỒ CHÍ MINH', 'UBND THÀNH PHỐ HẢI PHÒNG'].map(bodyName),
    ).toEqual([
      'Sở GD&ĐT Thành phố Hồ Chí Minh',
      'Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh',
      'Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh',
      'Chủ tịch UBND Thành phố Hồ Chí Minh',
      'Sở GD&ĐT Thành phố Hồ Chí Minh',
      // Any other city is a unit and its name: "thành phố" small.
      'UBND thành phố Hải Phòng',
    ]);
  });
});

describe('sameBody (review 13b, finding 12)', () => {
  it('holds a body and its abbreviated spelling one, and bodies whose words differ two', () => {
    const pairs: Array<[string, string]> = [
      ['Sở GD&ĐT tỉnh Sông Lam', 'Sở Giáo dục và Đào tạo tỉnh Sông Lam'],
      ['Sở Giáo dục và Đào tạo tỉnh Sông Lam', 'SỞ GDĐT TỈNH SÔNG LAM'],
      ['UBND TP. Huế', 'Ủy ban nhân dân thành phố Huế'],
      ['Sở GD&ĐT TPHCM', 'Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh'],
      ['- Đảng ủy xã;', 'đảng ủy xã'],
      ['Sở Nội vụ', 'Sở Ngoại vụ'],
      ['Sở GD&ĐT tỉnh Sông Lam', 'Sở Giáo dục tỉnh Sông Lam'],
      ['Sở GD&ĐT tỉnh Sông Lam', 'Sở GD&ĐT tỉnh Gia Lai'],
      ['UBND', 'Ủy ban nhân'],
      ['Sở GD&ĐT', 'Sở GD&ĐT tỉnh Sông Lam'],
      ['', ''],
    ];
    expect(pairs.map(([a, b]) => [sameBody(a, b), sameBody(b, a)])).toEqual([
      [true, true],
      [true, true],
      [true, true],
      [true, true],
      [true, true],
      [false, false],
      [false, false],
      [false, false],
      [false, false],
      [false, false],
      [false, false],
    ]);
  });
});

describe('a district typed short in the deciding authority (review 13b, finding 13)', () => {
  it('gives the district’s parent line, not the province’s, and writes the shortening as typed in a sentence', () => {
    const info = { decidingAuthority: '', recipientBody: '', province: 'Tỉnh Đắk Lắk' };
    expect(['Chủ tịch UBND H. Krông Pắc', 'Chủ tịch UBND Q.1', 'Chủ tịch UBND TX. Buôn Hồ'].map((decidingAuthority) => parentBodyLine({ ...info, decidingAuthority }))).toEqual([
      'UBND HUYỆN KRÔNG PẮC',
      'UBND QUẬN 1',
      'UBND THỊ XÃ BUÔN HỒ',
    ]);
    expect(['chủ tịch ubnd h. krông pắc', 'CHỦ TỊCH UBND H. KRÔNG PẮC', 'Nguyễn Văn H.'].map(bodyName)).toEqual(['Chủ tịch UBND H. Krông Pắc', 'Chủ tịch UBND H. Krông Pắc', 'Nguyễn Văn H.']);
  });
});

describe('a role named inside a body or after it is written small (Nghị định 30/2020, Phụ lục II)', () => {
  // Typed in capitals as a Nơi nhận line is: the role's words are common nouns, never capitalised mid-line.
  it.each([
    ['CÁC ỦY VIÊN BAN CHỈ ĐẠO', 'Các ủy viên Ban Chỉ đạo'],
    ['PHÓ CHỦ TỊCH UBND XÃ, ỦY VIÊN THƯỜNG TRỰC', 'Phó Chủ tịch UBND xã, ủy viên thường trực'],
    ['CÁC THÀNH VIÊN BAN CHỈ ĐẠO', 'Các thành viên Ban Chỉ đạo'],
    ['PHÓ CHỦ TỊCH UBND XÃ, CÔNG CHỨC', 'Phó Chủ tịch UBND xã, công chức'],
    ['PHÓ CHỦ TỊCH UBND XÃ, CÁN BỘ', 'Phó Chủ tịch UBND xã, cán bộ'],
    ['CÁC THƯ KÝ BAN CHỈ ĐẠO', 'Các thư ký Ban Chỉ đạo'],
  ])('%s → %s', (typed, written) => {
    expect(bodyName(typed)).toBe(written);
  });
});
