/**
 * A name typed all in capitals, as running text writes it (newcomer review of issue 13: "xã HÒA
 * AN" in the dossier's sentences): each Vietnamese syllable with its first letter capital and its
 * diacritics kept; abbreviations and numbers as typed; a name in mixed case kept as typed.
 */
import { describe, expect, it } from 'vitest';
import { nameCase } from '../../../src/core/cells/text';

describe('nameCase', () => {
  it('writes a name in capitals syllable by syllable, keeps abbreviations, numbers and mixed case as typed', () => {
    const cases: Array<[string, string]> = [
      ['HÒA AN', 'Hòa An'],
      ['XÃ HÒA AN', 'Xã Hòa An'],
      ['NGUYỄN VĂN AN', 'Nguyễn Văn An'],
      ['ĐẶNG THỊ NGỌC ÁNH', 'Đặng Thị Ngọc Ánh'],
      ['QUẢNG NGÃI', 'Quảng Ngãi'],
      ['KHUYẾN HỌC', 'Khuyến Học'],
      ['UBND XÃ HÒA AN', 'UBND Xã Hòa An'],
      ['HĐND, MTTQ VÀ BCĐ', 'HĐND, MTTQ Và BCĐ'],
      ['LƯU: VT', 'Lưu: VT'],
      ['THÔN 3', 'Thôn 3'],
      ['ĐĂK LĂK', 'Đăk Lăk'],
      ['Hòa An', 'Hòa An'],
      ['xã HÒA An', 'xã HÒA An'],
      ['Phường Hai Bà Trưng', 'Phường Hai Bà Trưng'],
      ['', ''],
      ['15/TTR-UBND', '15/TTR-UBND'],
    ];
    expect(cases.map(([typed]) => nameCase(typed))).toEqual(cases.map(([, shown]) => shown));
  });
});
