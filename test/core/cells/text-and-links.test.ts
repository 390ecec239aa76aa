/**
 * Text as people type and paste it, whole: normalised text, folded words, names whatever the tone
 * placement, codes whatever the keyboard (and the message naming what only looks like a code's
 * letter), a cell as text; and the links of an evidence cell (which texts are links, what is left
 * without them). Expected values typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { cellText, codeKey, foldText, lookAlikesIn, nameKey, normalizeCode, normalizeText } from '../../../src/core/cells/text';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { EVIDENCE_HEADER, EVIDENCE_HEADER_ROW, EVIDENCE_ROWS, evidenceText, linkHref, linksIn, oldLinkCell, splitCodes, withoutLinks } from '../../../src/core/workbook/evidence';

describe('text', () => {
  it('normalizeText, foldText, normalizeCode, cellText', () => {
    expect(normalizeText('  Xã\u00a0 Hòa\u200b An\n ')).toBe('Xã Hòa An');
    expect(normalizeText('Đạt'.normalize('NFD'))).toBe('Đạt');
    expect(foldText(' ĐÃ  ĐẠT ')).toBe('đã đạt');
    expect(normalizeCode(' TC 5.2a\u00a0')).toBe('TC5.2a');
    expect([cellText(null), cellText(undefined), cellText(new Date(2025, 0, 2)), cellText(new Date(Number.NaN)), cellText(1234.5), cellText(true), cellText('  a  b ')]).toEqual([
      '',
      '',
      '02/01/2025',
      '',
      '1234,5',
      'true',
      'a b',
    ]);
    // A number in a text field, as a vi-VN sheet shows it by default: decimal comma, no grouping
    // (a year, a phone number Sheets made a number), every digit the sheet keeps.
    expect([0.5, -0.25, 2025, 912345678, 0.1 + 0.2, 1 / 3, 0, -0, 1e21, Number.NaN].map(cellText)).toEqual(['0,5', '-0,25', '2025', '912345678', '0,3', '0,333333333333333', '0', '0', '1e+21', 'NaN']);
    // A code Sheets turned into a number is the code as typed, with its dot ("1.1" in an en-US sheet).
    expect([normalizeCode(1.1), codeKey(2.1), normalizeCode(3)]).toEqual(['1.1', '2.1', '3']);
  });

  it('nameKey: one key whatever the tone mark placement, another for another tone', () => {
    expect(nameKey('Hoà  AN')).toBe(nameKey('Hòa An'));
    expect(nameKey('Thuỷ')).toBe(nameKey('thủy'));
    expect(nameKey('Hóa')).not.toBe(nameKey('Hòa'));
    expect(nameKey('Hoa')).not.toBe(nameKey('Hòa'));
  });

  it('codeKey: case, spaces, full-width forms, the ideographic space, look-alikes and invisible characters', () => {
    expect(['tc5.2a', ' TC 5.2A ', '\uff34\uff23\uff15.\uff12a', 'TC\u30005.2a', '\u0422\u04215.2\u0430', 'TC5\u200b.2a', 'ΤC5.2a'].map(codeKey)).toEqual([
      'TC5.2A',
      'TC5.2A',
      'TC5.2A',
      'TC5.2A',
      'TC5.2A',
      'TC5.2A',
      'TC5.2A',
    ]);
    expect([codeKey(null), codeKey(undefined), codeKey(5)]).toEqual(['', '', '5']);
  });

  it('codeKey: every Cyrillic and Greek letter drawn like a Latin one reads as that letter', () => {
    // Cyrillic А В С Е Н І Ј К М О Р Ѕ Т Х У and small а с е і ј о р ѕ х у.
    expect(codeKey('\u0410\u0412\u0421\u0415\u041d\u0406\u0408\u041a\u041c\u041e\u0420\u0405\u0422\u0425\u0423\u0430\u0441\u0435\u0456\u0458\u043e\u0440\u0455\u0445\u0443')).toBe(
      'ABCEHIJKMOPSTXYACEIJOPSXY',
    );
    // Greek Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ and small α ο ρ χ.
    expect(codeKey('\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7\u03b1\u03bf\u03c1\u03c7')).toBe('ABEZHIKMNOPTYXAOPX');
  });

  it('lookAlikesIn: what each character is, quoted once each, in Vietnamese', () => {
    expect(lookAlikesIn('TC1.1')).toEqual([]);
    expect(lookAlikesIn(null)).toEqual([]);
    expect(lookAlikesIn('\u0422\u0421\u04211.1')).toEqual(['chữ "Т", "С" là chữ Kirin (Cyrillic), không phải chữ Latinh']);
    expect(lookAlikesIn('\u03a4C1.1')).toEqual(['chữ "Τ" là chữ Hy Lạp, không phải chữ Latinh']);
    expect(lookAlikesIn('\uff34C\uff11.1')).toEqual(['ký tự "Ｔ", "１" là ký tự toàn khổ (full-width) của bộ gõ tiếng Trung/Nhật/Hàn']);
    expect(lookAlikesIn('TC1\u200b.1\ufeff\u200b')).toEqual(['có 3 ký tự vô hình (U+200B, U+FEFF)']);
    expect(lookAlikesIn('\u0422\u03a1\uff11\u00ad')).toEqual([
      'chữ "Т" là chữ Kirin (Cyrillic), không phải chữ Latinh',
      'chữ "Ρ" là chữ Hy Lạp, không phải chữ Latinh',
      'ký tự "１" là ký tự toàn khổ (full-width) của bộ gõ tiếng Trung/Nhật/Hàn',
      'có 1 ký tự vô hình (U+00AD)',
    ]);
  });
});

describe('the evidence list and its links', () => {
  it('the sheet: its columns, the header row and the rows under it', () => {
    expect([...EVIDENCE_HEADER]).toEqual(['Mã minh chứng', 'Tên minh chứng', 'Số, ngày ban hành', 'Cơ quan ban hành', 'Liên kết', 'Chỉ tiêu liên quan']);
    expect([EVIDENCE_HEADER_ROW, EVIDENCE_ROWS]).toEqual([3, 200]);
  });

  it('linkHref: an http(s) address with a dotted host as it is, a scheme-less one with https://, nothing else', () => {
    expect(
      ['https://drive.google.com/x', 'http://a.vn', 'HTTPS://A.VN/b', 'https://localhost/x', 'javascript:alert(1)', 'drive.google.com/x', 'https://a.vn x', ' https://a.vn'].map(linkHref),
    ).toEqual(['https://drive.google.com/x', 'http://a.vn', 'HTTPS://A.VN/b', null, null, 'https://drive.google.com/x', null, 'https://a.vn']);
  });

  it('linksIn: every link once, however separated, without the punctuation closing it', () => {
    expect(linksIn('Xem https://a.vn/1, https://a.vn/2; (https://a.vn/3) và https://a.vn/1.\nhttps://b.vn/x]')).toEqual(['https://a.vn/1', 'https://a.vn/2', 'https://a.vn/3', 'https://b.vn/x']);
    expect(linksIn('không có liên kết')).toEqual([]);
  });

  it('withoutLinks and oldLinkCell: the text left, brackets and separators tidied', () => {
    expect(withoutLinks('Xem (https://a.vn/1), bản giấy')).toBe('Xem, bản giấy');
    expect(withoutLinks('https://a.vn/1 https://a.vn/1/x')).toBe('');
    expect(oldLinkCell('https://a.vn/1; https://a.vn/2')).toEqual({ links: ['https://a.vn/1', 'https://a.vn/2'], other: '' });
    expect(oldLinkCell('Bản giấy lưu ở UBND; https://a.vn/1')).toEqual({ links: ['https://a.vn/1'], other: 'Bản giấy lưu ở UBND' });
    expect(oldLinkCell('Quyết định số 5')).toEqual({ links: [], other: 'Quyết định số 5' });
  });

  it('withoutLinks: links listed in brackets, ";" or ":" between them, leave no bracket of separators', () => {
    expect(withoutLinks('Xem (https://a.vn/1; https://a.vn/2)')).toBe('Xem');
    expect(withoutLinks('Quyết định số 12 (https://a.vn/1;), bản giấy')).toBe('Quyết định số 12, bản giấy');
    expect(withoutLinks('Biên bản (bản quét: https://a.vn/1)')).toBe('Biên bản (bản quét)');
  });

  it('evidenceText and splitCodes', () => {
    expect([evidenceText(''), evidenceText(new Date(2025, 2, 5)), evidenceText('  Số  12/QĐ '), evidenceText(7)]).toEqual(['', '05/03/2025', 'Số 12/QĐ', '7']);
    expect(splitCodes('TC1.1, TC1.2;tc2\nTC5.2a', TT25.criteria)).toEqual(['TC1.1', 'TC1.2', 'tc2', 'TC5.2a']);
  });
});
