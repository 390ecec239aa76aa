/**
 * Text people typed over a computed cell ("0912", a phone number, typed under the text format "@")
 * goes to the "Lưu trữ ô tự tính" archive as the text it was: the archive's cells are formatted
 * "@" before the values are written, since Sheets reads a written "0912" as the number 912 in a
 * cell of the automatic format (Range.setValues parses strings as if typed). Expected by hand.
 */
import { describe, expect, it } from 'vitest';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

describe('a number-like text typed over a computed cell of "Kết quả"', () => {
  it('is archived as that text, under the text format', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const results = ss.sheet('Kết quả');
    results.getRange('B5').setNumberFormats([['@']]);
    results.type('B5', '0912');
    const { messages } = setup(ss, new Date(2026, 10, 22, 8, 5));
    expect(messages.some((m) => m.includes('ô tự tính B5 ("0912")'))).toBe(true);
    const archive = ss.sheet('Lưu trữ ô tự tính 22-11-2026 08.05');
    const cells = archive
      .values()
      .flatMap((row, r) => row.flatMap((value, c) => (value === '0912' || value === 912 ? [{ value, format: archive.at(`${String.fromCharCode(65 + c)}${r + 1}`).format }] : [])));
    expect(cells).toEqual([{ value: '0912', format: '@' }]);
  });
});

describe('a number-like note on "Đánh giá" through a switch TT25 → TT44', () => {
  it('is kept in the "Lưu trữ TT25" archive as that text, under the text format', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const sheet = ss.sheet('Đánh giá');
    // TC1.2 is on row 7 of TT25's "Đánh giá"; column G is "Ghi chú".
    sheet.getRange('G7').setNumberFormats([['@']]);
    sheet.type('G7', '0912');
    ss.sheet('Thông tin').type('B7', 'TT44');
    setup(ss, new Date(2026, 10, 22, 8, 5));
    const archive = ss.sheet('Lưu trữ TT25 22-11-2026 08.05');
    const cells = archive
      .values()
      .flatMap((row, r) => row.flatMap((value, c) => (value === '0912' || value === 912 ? [{ value, format: archive.at(`${String.fromCharCode(65 + c)}${r + 1}`).format }] : [])));
    expect(cells).toEqual([{ value: '0912', format: '@' }]);
  });
});
