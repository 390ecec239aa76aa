/**
 * The word readers the documents' line breaking and wording use (src/core/documents/layout.ts,
 * wording.ts): a place inside a commune ("thôn", "tổ dân phố"), where running text leaves a place
 * ("qua", "và", a dash before a body), and a unit typed short ("TP.", "H.").
 */
import { describe, expect, it } from 'vitest';
import { hamletAt, isUnitShortening, leavesPlace, placeAt, unitAt } from '../../../src/core/workbook/units';

const words = (text: string) => text.split(' ');

describe('hamletAt', () => {
  it('counts the words of a place inside a commune, in any case, the longest kind first', () => {
    expect(hamletAt(words('Chi bộ thôn Đoàn Kết'), 2)).toBe(1);
    expect(hamletAt(words('Chi bộ TỔ DÂN PHỐ 5'), 2)).toBe(3);
    expect(hamletAt(words('Khu phố 3'), 0)).toBe(2);
    expect(hamletAt(words('Ấp Tân Hòa'), 0)).toBe(1);
  });

  it('is 0 where none stands, and past the end', () => {
    expect(hamletAt(words('Chi bộ thôn Đoàn Kết'), 0)).toBe(0);
    expect(hamletAt(words('Chi bộ thôn Đoàn Kết'), 3)).toBe(0);
    expect(hamletAt(words('tổ 5'), 0)).toBe(0);
    expect(hamletAt(words('thôn'), 1)).toBe(0);
  });
});

describe('leavesPlace', () => {
  it('at "qua", "thông qua", "và", "gửi", "kèm theo", in any case', () => {
    const text = words('UBND xã Hòa An qua Phòng Văn hóa');
    expect(text.map((_, i) => leavesPlace(text, i))).toEqual([false, false, false, false, true, false, false, false]);
    expect(leavesPlace(words('tỉnh Đắk Lắk THÔNG QUA Sở'), 3)).toBe(true);
    expect(leavesPlace(words('xã Hòa An và xã Hòa Bình'), 3)).toBe(true);
    expect(leavesPlace(words('xã Hòa An kèm theo'), 3)).toBe(true);
  });

  it('at a dash before a follower, a title or a body; never at a dash inside a name', () => {
    expect(leavesPlace(words('tỉnh Đắk Lắk - Sở Giáo dục'), 3)).toBe(true);
    expect(leavesPlace(words('tỉnh Đắk Lắk – Giám đốc Sở'), 3)).toBe(true);
    expect(leavesPlace(words('tỉnh Đắk Lắk — qua Sở'), 3)).toBe(true);
    expect(leavesPlace(words('tỉnh Bà Rịa - Vũng Tàu'), 3)).toBe(false);
    // A dash glued to a word is no dash of its own.
    expect(leavesPlace(words('tỉnh Đắk Lắk -Sở'), 3)).toBe(false);
  });
});

describe('isUnitShortening', () => {
  it('"TP.", "Tp", "TX", "H.", "Q." are units typed short; one letter needs its dot', () => {
    expect(['TP.', 'Tp', 'tx.', 'TX', 'H.', 'Q.', 'h.'].map(isUnitShortening)).toEqual([true, true, true, true, true, true, true]);
    expect(['H', 'Q', 'X.', 'TPX', 'Huế', ''].map(isUnitShortening)).toEqual([false, false, false, false, false, false]);
  });
});

describe('a place in running text', () => {
  it('is read up to where the text goes on after it, whatever came before it', () => {
    expect(placeAt(words('Kính gửi UBND xã Hòa An qua Phòng Văn hóa'), 3)).toBe('xã Hòa An');
    expect(placeAt(words('Kính gửi UBND xã Hòa An'), 3)).toBe('xã Hòa An');
  });

  it('a unit word without its marks is a unit only where a whole name is typed without any (readUnitName): "Xa Lý" is a name', () => {
    expect(unitAt(words('Xa Lý'), 0)).toBe(0);
    expect(unitAt(words('UBND THI XA Sơn Tây'), 1)).toBe(0);
  });
});
