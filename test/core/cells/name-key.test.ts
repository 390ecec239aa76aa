/**
 * Names compared whatever the place of their tone mark: the older placement ("Hoà", "Thuỷ") and
 * the newer ("Hòa", "Thủy") are one name, for each of the five tone marks, while two different
 * marks are two names. Pairs typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/core/cells/text';

describe('nameKey', () => {
  it.each([
    ['Hoà An', 'Hòa An'], // huyền
    ['Hoá An', 'Hóa An'], // sắc
    ['Hoã An', 'Hõa An'], // ngã
    ['Hoả An', 'Hỏa An'], // hỏi
    ['Hoạ An', 'Họa An'], // nặng
    ['Thuỷ Xuân', 'Thủy Xuân'],
    ['Hòa  an', 'HÒA AN'],
    ['Hòa An'.normalize('NFD'), 'Hoà An'],
  ])('%j and %j are one name', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['Hòa An', 'Hóa An'],
    ['Hoạ An', 'Hoả An'],
    ['Họa An', 'Hoa An'],
    ['Thủy', 'Thụy'],
  ])('%j and %j are two names', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});
