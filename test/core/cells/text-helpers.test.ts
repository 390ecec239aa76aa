/**
 * The small readers of text pinned whole, with values typed by hand: letters without marks, what is
 * an abbreviation, a name's key, what could be a code, and what in a code only looks Latin.
 */
import { describe, expect, it } from 'vitest';
import { codeKey, firstWords, isAbbreviation, lookAlikesIn, looksLikeCode, nameKey, withoutMarks } from '../../../src/core/cells/text';

describe('withoutMarks', () => {
  it('drops every diacritic and writes the small đ as d', () => {
    expect([withoutMarks('thị trấn'), withoutMarks('đặc khu'), withoutMarks('Ủy ban'), withoutMarks('Đắk')]).toEqual(['thi tran', 'dac khu', 'Uy ban', 'Đak']);
  });
});

describe('isAbbreviation', () => {
  it.each([
    ['UBND', true],
    ['GD&ĐT', true],
    ['HĐND', true],
    ['VT', true],
    ['TTYT', true],
    ['UBND,', true],
    ['SỞ', false],
    ['Sở', false],
    ['HÒA', false],
    ['ubnd', false],
    ['Ubnd', false],
    ['A', false],
    ['B', false],
    ['12', false],
  ])('%j: %s', (word, expected) => {
    expect(isAbbreviation(word)).toBe(expected);
  });
});

describe('nameKey', () => {
  it('each word with its tone mark moved after its letters, whatever the placement, words one space apart', () => {
    expect(nameKey('Hòa  An')).toBe('hoa\u0300 an');
    expect(nameKey('HOÀ AN')).toBe('hoa\u0300 an');
    expect(nameKey('Hóa An')).toBe('hoa\u0301 an');
    expect(nameKey('An Lạc')).toBe('an lac\u0323');
  });
});

describe('looksLikeCode', () => {
  it.each<[unknown, boolean]>([
    ['TC5.2a', true],
    [' TC 5.2a ', true],
    ['TC  5.2a', true],
    ['1.1', true],
    ['TC12', true],
    ['ТС1.1', true],
    ['TC 5 2', false],
    ['Ghi chú riêng của xã', false],
    ['Đợt 2', false],
    ['TC', false],
    [1.1, false],
    [null, false],
  ])('%j: %s', (cell, expected) => {
    expect(looksLikeCode(cell)).toBe(expected);
  });
});

describe('codeKey and lookAlikesIn', () => {
  it('full-width, Cyrillic, invisible and spaced forms find one code', () => {
    expect(['tc5.2A', 'ТС5.2a', 'ＴＣ５.２ａ', 'TC\u200b5.2a', 'TC\u30005.2a', ' TC 5.2a '].map(codeKey)).toEqual(Array(6).fill('TC5.2A'));
  });

  it('names what only looks Latin; nothing for a plain code, a number or no code', () => {
    expect(lookAlikesIn('ТС1.1')).toEqual(['chữ "Т", "С" là chữ Kirin (Cyrillic), không phải chữ Latinh']);
    expect(lookAlikesIn('TC\u30001.1')).toEqual(['ký tự "\u3000" là ký tự toàn khổ (full-width) của bộ gõ tiếng Trung/Nhật/Hàn']);
    expect([lookAlikesIn('TC1.1'), lookAlikesIn(1.1), lookAlikesIn(null), lookAlikesIn(undefined)]).toEqual([[], [], [], []]);
  });
});

describe('firstWords: how a message quotes what a person typed', () => {
  it('quotes a short text whole', () => {
    expect(firstWords('Đã có kế hoạch năm 2025')).toBe('Đã có kế hoạch năm 2025');
  });
  it('quotes a long hint by its first sentence', () => {
    expect(firstWords('Mỗi minh chứng một dòng. Ghi mã chỉ tiêu ở cột A, tên văn bản ở cột B, đường liên kết ở cột C.')).toBe('Mỗi minh chứng một dòng. …');
  });
  it('never stops at the dot after a code: a heading is quoted by its first eight words', () => {
    expect(firstWords('TC1. Sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền và sự tham gia của các tổ chức')).toBe('TC1. Sự lãnh đạo, chỉ đạo của cấp …');
  });
});
