/**
 * Where a kind of administrative unit stands in a name (newcomer review of issue 13): a commune's
 * name typed with or without its unit and its diacritics ("XA HOA AN" is xã Hoa An, "Xa Lý" is a
 * name), and a header or body line whose "XÃ" of "XÃ HỘI" or "TỈNH" of "TỈNH ỦY" is no unit.
 * Expected values typed by hand from Luật Tổ chức chính quyền địa phương (Điều 2: the kinds of unit).
 */
import { describe, expect, it } from 'vitest';
import { committeeAt, committeePlace, expandPlaces, nameWords, placeAt, readUnitName, unitAt } from '../../../src/core/workbook/units';

describe('readUnitName', () => {
  it('reads the kind of cấp xã unit a name starts with, in any case or typed without diacritics, and the name after it', () => {
    const typed = [
      'Xã Hòa An',
      'XÃ HÒA AN',
      'xã  hòa an',
      'Phường 5',
      'THỊ TRẤN EA KAR',
      'Đặc khu Côn Đảo',
      'XA HOA AN',
      'Phuong 5',
      'THI TRAN EA KAR',
      'dac khu Con Dao',
      'HÒA AN',
      'Xa Lý',
      'XA',
      'Xãx Lạ',
      'Huyện Hòa Bình',
      'Thành phố Huế',
      '',
    ];
    expect(typed.map((t) => readUnitName(t, 'xã'))).toEqual([
      { unit: 'xã', name: 'Hòa An', withoutMarks: false },
      { unit: 'xã', name: 'HÒA AN', withoutMarks: false },
      { unit: 'xã', name: 'hòa an', withoutMarks: false },
      { unit: 'phường', name: '5', withoutMarks: false },
      { unit: 'thị trấn', name: 'EA KAR', withoutMarks: false },
      { unit: 'đặc khu', name: 'Côn Đảo', withoutMarks: false },
      { unit: 'xã', name: 'HOA AN', withoutMarks: true },
      { unit: 'phường', name: '5', withoutMarks: true },
      { unit: 'thị trấn', name: 'EA KAR', withoutMarks: true },
      { unit: 'đặc khu', name: 'Con Dao', withoutMarks: true },
      { unit: '', name: 'HÒA AN', withoutMarks: false },
      { unit: '', name: 'Xa Lý', withoutMarks: false },
      { unit: '', name: 'XA', withoutMarks: false },
      { unit: '', name: 'Xãx Lạ', withoutMarks: false },
      // A district or a city is no cấp xã unit: the field then holds no commune's unit.
      { unit: '', name: 'Huyện Hòa Bình', withoutMarks: false },
      { unit: '', name: 'Thành phố Huế', withoutMarks: false },
      { unit: '', name: '', withoutMarks: false },
    ]);
  });

  it('reads the kind of a province the same way', () => {
    const typed = ['Tỉnh Sông Lam', 'THÀNH PHỐ HẢI PHÒNG', 'TINH SONG LAM', 'thanh pho Hai Phong', 'SÔNG LAM', 'Xã Hòa An'];
    expect(typed.map((t) => readUnitName(t, 'tỉnh'))).toEqual([
      { unit: 'tỉnh', name: 'Sông Lam', withoutMarks: false },
      { unit: 'thành phố', name: 'HẢI PHÒNG', withoutMarks: false },
      { unit: 'tỉnh', name: 'SONG LAM', withoutMarks: true },
      { unit: 'thành phố', name: 'Hai Phong', withoutMarks: true },
      { unit: '', name: 'SÔNG LAM', withoutMarks: false },
      { unit: '', name: 'Xã Hòa An', withoutMarks: false },
    ]);
  });

  it('reads off the committee typed before the unit, in any case and tone placement (newcomer review: "Ủy ban nhân dân UBND xã Hòa An")', () => {
    const typed = [
      'UBND xã Hòa An',
      'ubnd XÃ HÒA AN',
      'Ủy ban nhân dân phường 5',
      'UỶ BAN NHÂN DÂN THỊ TRẤN EA KAR',
      'Uỷ ban nhân dân đặc khu Côn Đảo',
      'UBND XA HOA AN',
      'Uy ban nhan dan xa Hoa An',
      'UBND Hòa An',
      'UBND',
      'Ủy ban nhân dân',
      'UBND.',
    ];
    expect(typed.map((t) => readUnitName(t, 'xã'))).toEqual([
      { unit: 'xã', name: 'Hòa An', withoutMarks: false },
      { unit: 'xã', name: 'HÒA AN', withoutMarks: false },
      { unit: 'phường', name: '5', withoutMarks: false },
      { unit: 'thị trấn', name: 'EA KAR', withoutMarks: false },
      { unit: 'đặc khu', name: 'Côn Đảo', withoutMarks: false },
      { unit: 'xã', name: 'HOA AN', withoutMarks: true },
      { unit: 'xã', name: 'Hoa An', withoutMarks: true },
      // The committee without a unit: the name alone, its unit still missing (the checklist asks for it).
      { unit: '', name: 'Hòa An', withoutMarks: false },
      // Nothing after the committee: no place was typed, the text is kept.
      { unit: '', name: 'UBND', withoutMarks: false },
      { unit: '', name: 'Ủy ban nhân dân', withoutMarks: false },
      { unit: '', name: 'UBND.', withoutMarks: false },
    ]);
    expect(['UBND tỉnh Đắk Lắk', 'Ủy ban nhân dân Thành phố Hải Phòng', 'UBND SÔNG LAM'].map((t) => readUnitName(t, 'tỉnh'))).toEqual([
      { unit: 'tỉnh', name: 'Đắk Lắk', withoutMarks: false },
      { unit: 'thành phố', name: 'Hải Phòng', withoutMarks: false },
      { unit: '', name: 'SÔNG LAM', withoutMarks: false },
    ]);
  });

  it('reads "TP." and "TX." as the units they shorten, with or without the dot or a space after it', () => {
    const typed = ['TP. Hồ Chí Minh', 'Tp Huế', 'tp.Hải Phòng', 'UBND TP. Đà Nẵng', 'TP HUE', 'TP.', 'TPHCM'];
    expect(typed.map((t) => readUnitName(t, 'tỉnh'))).toEqual([
      { unit: 'thành phố', name: 'Hồ Chí Minh', withoutMarks: false },
      { unit: 'thành phố', name: 'Huế', withoutMarks: false },
      { unit: 'thành phố', name: 'Hải Phòng', withoutMarks: false },
      { unit: 'thành phố', name: 'Đà Nẵng', withoutMarks: false },
      { unit: 'thành phố', name: 'HUE', withoutMarks: true },
      { unit: '', name: 'TP.', withoutMarks: false },
      // The city typed short is the city (lead's finding: it was read as a name "TPHCM" without a unit).
      { unit: 'thành phố', name: 'Hồ Chí Minh', withoutMarks: false },
    ]);
    expect(readUnitName('TX. Sơn Tây', 'huyện')).toEqual({ unit: 'thị xã', name: 'Sơn Tây', withoutMarks: false });
    // "TP." is no cấp xã unit.
    expect(readUnitName('TP. Huế', 'xã')).toEqual({ unit: '', name: 'TP. Huế', withoutMarks: false });
    expect(['TP.Huế', ' Tp.  Huế ', 'Ô.Ba', 'TP.', 'SỞ GD&ĐT'].map(nameWords)).toEqual([['TP.', 'Huế'], ['Tp.', 'Huế'], ['Ô.Ba'], ['TP.'], ['SỞ', 'GD&ĐT']]);
    // A blank or spaces-only name has no words (not one empty word).
    expect(['', '   ', '\n'].map(nameWords)).toEqual([[], [], []]);
  });
});

describe('a district typed short: "H.", "Q." (review 13b, finding 13)', () => {
  it('reads "H." and "Q." with their dot as huyện and quận, glued to the name or not; a letter without its dot is a name’s', () => {
    const typed = ['H. Krông Pắc', 'h.Krông Pắc', 'Q.1', 'Q. 3', 'H Krông Pắc', 'TX. Buôn Hồ'];
    expect(typed.map((t) => readUnitName(t, 'huyện'))).toEqual([
      { unit: 'huyện', name: 'Krông Pắc', withoutMarks: false },
      { unit: 'huyện', name: 'Krông Pắc', withoutMarks: false },
      { unit: 'quận', name: '1', withoutMarks: true },
      { unit: 'quận', name: '3', withoutMarks: true },
      { unit: '', name: 'H Krông Pắc', withoutMarks: false },
      { unit: 'thị xã', name: 'Buôn Hồ', withoutMarks: false },
    ]);
    expect(['Chủ tịch UBND H. Krông Pắc', 'Chủ tịch UBND Q.1', 'UBND Q. Bình Thạnh qua Phòng GD&ĐT'].map((t) => committeePlace(t, ['tỉnh', 'huyện']))).toEqual([
      { unit: 'huyện', name: 'Krông Pắc', withoutMarks: false },
      { unit: 'quận', name: '1', withoutMarks: true },
      { unit: 'quận', name: 'Bình Thạnh', withoutMarks: false },
    ]);
    expect(['Q.1', 'H.Krông', 'Nguyễn Văn H.'].map(nameWords)).toEqual([
      ['Q.', '1'],
      ['H.', 'Krông'],
      ['Nguyễn', 'Văn', 'H.'],
    ]);
  });
});

describe('committeePlace and committeeAt', () => {
  it('finds the place whose committee a deciding authority or a body names, at the levels asked for', () => {
    const above = ['tỉnh', 'huyện'] as const;
    expect(
      [
        'Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk',
        'Chủ tịch UBND tỉnh Đắk Lắk',
        'chủ tịch ubnd TỈNH ĐẮK LẮK.',
        'UBND tỉnh Đắk Lắk',
        'Chủ tịch Uỷ ban nhân dân huyện Hòa Bình',
        'Chủ tịch UBND TP. Hồ Chí Minh',
        'Chủ tịch UBND xã Hòa An',
        'Chủ tịch UBND Đắk Lắk',
        'Giám đốc Sở Giáo dục và Đào tạo tỉnh Đắk Lắk',
        '',
      ].map((t) => committeePlace(t, above)),
    ).toEqual([
      { unit: 'tỉnh', name: 'Đắk Lắk', withoutMarks: false },
      { unit: 'tỉnh', name: 'Đắk Lắk', withoutMarks: false },
      { unit: 'tỉnh', name: 'ĐẮK LẮK', withoutMarks: false },
      { unit: 'tỉnh', name: 'Đắk Lắk', withoutMarks: false },
      { unit: 'huyện', name: 'Hòa Bình', withoutMarks: false },
      { unit: 'thành phố', name: 'Hồ Chí Minh', withoutMarks: false },
      // A commune's committee is no committee above it; a committee without its unit names no place.
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(committeePlace('Chủ tịch UBND xã Hòa An', ['xã'])).toEqual({ unit: 'xã', name: 'Hòa An', withoutMarks: false });
  });

  it('ends the place where the text goes on to something else: a sign, "qua", "thông qua", "và", a dash before such a word or a body (review 13b, finding 1)', () => {
    const above = ['tỉnh', 'huyện'] as const;
    expect(
      [
        'UBND tỉnh Đắk Lắk qua Sở Giáo dục và Đào tạo',
        'Chủ tịch UBND tỉnh Sông Lam - qua Sở Giáo dục và Đào tạo',
        'UBND tỉnh Đắk Lắk thông qua Sở GD&ĐT',
        'UBND TỈNH ĐẮK LẮK THÔNG QUA SỞ GD&ĐT',
        'UBND tỉnh Gia Lai và Sở Giáo dục và Đào tạo',
        'UBND tỉnh Gia Lai – Sở Giáo dục và Đào tạo',
        'UBND tỉnh Gia Lai — Phòng Giáo dục',
        'UBND tỉnh Gia Lai - Giám đốc Sở',
        'UBND tỉnh Đắk Lắk (qua Sở GD&ĐT)',
        // A dash inside a name goes on with the name; "Hội" and "Phòng" as the name's own syllables too.
        'UBND tỉnh Bà Rịa - Vũng Tàu qua Sở GD&ĐT',
        'UBND thành phố Hải Phòng qua Sở',
        'UBND thành phố Hội An',
        'UBND tỉnh qua Sở',
      ].map((t) => committeePlace(t, above)),
    ).toEqual([
      { unit: 'tỉnh', name: 'Đắk Lắk', withoutMarks: false },
      { unit: 'tỉnh', name: 'Sông Lam', withoutMarks: false },
      { unit: 'tỉnh', name: 'Đắk Lắk', withoutMarks: false },
      { unit: 'tỉnh', name: 'ĐẮK LẮK', withoutMarks: false },
      { unit: 'tỉnh', name: 'Gia Lai', withoutMarks: false },
      { unit: 'tỉnh', name: 'Gia Lai', withoutMarks: false },
      { unit: 'tỉnh', name: 'Gia Lai', withoutMarks: false },
      { unit: 'tỉnh', name: 'Gia Lai', withoutMarks: false },
      { unit: 'tỉnh', name: 'Đắk Lắk', withoutMarks: false },
      { unit: 'tỉnh', name: 'Bà Rịa - Vũng Tàu', withoutMarks: false },
      { unit: 'thành phố', name: 'Hải Phòng', withoutMarks: false },
      { unit: 'thành phố', name: 'Hội An', withoutMarks: false },
      // No place before "qua": none read.
      undefined,
    ]);
    const at = (line: string) => {
      const words = line.split(' ');
      return words.map((_, i) => committeeAt(words, i)).join(' ');
    };
    expect(['UBND TỈNH', 'Ủy ban nhân dân tỉnh', 'UỶ BAN NHÂN DÂN', 'Uy ban nhan dan', 'Ủy ban Mặt trận', 'Chủ tịch UBND,'].map(at)).toEqual([
      '1 0',
      '4 0 0 0 0',
      '4 0 0 0',
      '4 0 0 0',
      '0 0 0 0',
      '0 0 1',
    ]);
  });
});

describe('unitAt', () => {
  /** Each word of `line` with the number of words of the unit it starts. */
  const units = (line: string) => {
    const words = line.split(' ');
    return words.map((word, i) => `${word}:${unitAt(words, i)}`).join(' ');
  };

  it('finds each kind of unit before a name, at the end or before a sign, in capitals or not', () => {
    expect(
      [
        'UBND XÃ HÒA AN',
        'UBND PHƯỜNG 5',
        'UBND THỊ TRẤN EA KAR',
        'UBND ĐẶC KHU CÔN ĐẢO',
        'SỞ GDĐT TỈNH SÔNG LAM',
        'UBND THÀNH PHỐ HUẾ',
        'UBND HUYỆN HÒA BÌNH',
        'UBND QUẬN 3',
        'UBND THỊ XÃ SƠN TÂY',
        'Hội Khuyến học tỉnh',
        'Phó Chủ tịch UBND Xã',
        'tỉnh, thành phố',
        'SỞ GD&ĐT TP. HỒ CHÍ MINH',
        'UBND Tp HUẾ',
        'UBND TX. SƠN TÂY',
      ].map(units),
    ).toEqual([
      'UBND:0 XÃ:1 HÒA:0 AN:0',
      'UBND:0 PHƯỜNG:1 5:0',
      'UBND:0 THỊ:2 TRẤN:0 EA:0 KAR:0',
      'UBND:0 ĐẶC:2 KHU:0 CÔN:0 ĐẢO:0',
      'SỞ:0 GDĐT:0 TỈNH:1 SÔNG:0 LAM:0',
      'UBND:0 THÀNH:2 PHỐ:0 HUẾ:0',
      'UBND:0 HUYỆN:1 HÒA:0 BÌNH:0',
      'UBND:0 QUẬN:1 3:0',
      'UBND:0 THỊ:2 XÃ:1 SƠN:0 TÂY:0',
      'Hội:0 Khuyến:0 học:0 tỉnh:1',
      'Phó:0 Chủ:0 tịch:0 UBND:0 Xã:1',
      'tỉnh,:1 thành:2 phố:0',
      'SỞ:0 GD&ĐT:0 TP.:1 HỒ:0 CHÍ:0 MINH:0',
      'UBND:0 Tp:1 HUẾ:0',
      'UBND:0 TX.:1 SƠN:0 TÂY:0',
    ]);
  });

  it('finds none in a common word or a body that starts with a unit\'s word, nor in a lone "THỊ", "THÀNH", "ĐẶC"', () => {
    expect(
      [
        'PHÒNG VĂN HÓA - XÃ HỘI',
        'XÃ VIÊN XÃ GIAO XÃ LUẬN XÃ TẮC',
        'TỈNH ỦY TỈNH ĐỘI TỈNH ĐOÀN TỈNH LỘ TỈNH LỴ',
        'HUYỆN ỦY HUYỆN ĐỘI HUYỆN ĐOÀN HUYỆN LỘ HUYỆN LỴ',
        'QUẬN ỦY QUẬN ĐOÀN',
        'THỊ TRƯỜNG THÀNH VIÊN ĐẶC BIỆT',
        'XÃ, HỘI',
      ].map(units),
    ).toEqual([
      'PHÒNG:0 VĂN:0 HÓA:0 -:0 XÃ:0 HỘI:0',
      'XÃ:0 VIÊN:0 XÃ:0 GIAO:0 XÃ:0 LUẬN:0 XÃ:0 TẮC:0',
      'TỈNH:0 ỦY:0 TỈNH:0 ĐỘI:0 TỈNH:0 ĐOÀN:0 TỈNH:0 LỘ:0 TỈNH:0 LỴ:0',
      'HUYỆN:0 ỦY:0 HUYỆN:0 ĐỘI:0 HUYỆN:0 ĐOÀN:0 HUYỆN:0 LỘ:0 HUYỆN:0 LỴ:0',
      'QUẬN:0 ỦY:0 QUẬN:0 ĐOÀN:0',
      'THỊ:0 TRƯỜNG:0 THÀNH:0 VIÊN:0 ĐẶC:0 BIỆT:0',
      // A sign closes the unit: what follows is another part of the line.
      'XÃ,:1 HỘI:0',
    ]);
  });

  it('spells the place at a unit as the law does: its kind in small letters, in full', () => {
    const place = (line: string) => {
      const words = line.split(' ');
      return words.map((_, i) => placeAt(words, i));
    };
    expect([place('SỞ GD&ĐT TP. HỒ CHÍ MINH'), place('HỘI KHUYẾN HỌC TỈNH ĐẮK LẮK'), place('VĂN HÓA - XÃ HỘI')]).toEqual([
      [undefined, undefined, 'thành phố HỒ CHÍ MINH', undefined, undefined, undefined],
      [undefined, undefined, undefined, 'tỉnh ĐẮK LẮK', undefined, undefined],
      [undefined, undefined, undefined, undefined, undefined],
    ]);
  });
});

describe('a place typed short (PLACE_SHORTENINGS)', () => {
  it('reads "TPHCM", "TP HCM", "Tp.HCM" and the like as Thành phố Hồ Chí Minh, never inside a word or a longer shortening', () => {
    expect(['TPHCM', 'TP HCM', 'Tp.HCM', 'tp. hcm', 'T.P.H.C.M', 'UBND TP.HCM', 'Sở GD&ĐT TP.HCM.'].map((t) => expandPlaces(t))).toEqual([
      'Thành phố Hồ Chí Minh',
      'Thành phố Hồ Chí Minh',
      'Thành phố Hồ Chí Minh',
      'Thành phố Hồ Chí Minh',
      'Thành phố Hồ Chí Minh',
      'UBND Thành phố Hồ Chí Minh',
      // The sentence's stop is kept.
      'Sở GD&ĐT Thành phố Hồ Chí Minh.',
    ]);
    expect(['TPHCMX', 'XTPHCM', 'TP. Huế', 'HCM', ''].map((t) => expandPlaces(t))).toEqual(['TPHCMX', 'XTPHCM', 'TP. Huế', 'HCM', '']);
    expect(expandPlaces('SỞ GD&ĐT TPHCM', (written) => written.toUpperCase())).toBe('SỞ GD&ĐT THÀNH PHỐ HỒ CHÍ MINH');
    expect(['TPHCM', 'tp hcm', 'UBND Tp.HCM'].map((t) => readUnitName(t, 'tỉnh'))).toEqual([
      { unit: 'thành phố', name: 'Hồ Chí Minh', withoutMarks: false },
      { unit: 'thành phố', name: 'Hồ Chí Minh', withoutMarks: false },
      { unit: 'thành phố', name: 'Hồ Chí Minh', withoutMarks: false },
    ]);
    expect(nameWords('Sở Tư pháp TPHCM')).toEqual(['Sở', 'Tư', 'pháp', 'Thành', 'phố', 'Hồ', 'Chí', 'Minh']);
  });
});
