/**
 * Where a kind of administrative unit stands in a name (newcomer review of issue 13): a commune's
 * name typed with or without its unit and its diacritics ("XA HOA AN" is xã Hoa An, "Xa Lý" is a
 * name), and a header or body line whose "XÃ" of "XÃ HỘI" or "TỈNH" of "TỈNH ỦY" is no unit.
 * Expected values typed by hand from Luật Tổ chức chính quyền địa phương (Điều 2: the kinds of unit).
 */
import { describe, expect, it } from 'vitest';
import { readUnitName, unitAt } from '../../../src/core/workbook/units';

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
});
