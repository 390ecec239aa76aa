/**
 * Every character of the lists text.ts reads by, one by one (the other tests try two or three of
 * each): the six invisible ones web pages and Word paste (soft hyphen U+00AD, zero-width space,
 * non-joiner and joiner U+200B–U+200D, word joiner U+2060, byte-order mark U+FEFF, Unicode's
 * Default_Ignorable set), and both ends of the full-width block U+FF01–U+FF5E (East Asian input
 * methods: "！" is "!", "～" is "~"). Expected values typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { cellText, codeKey, lookAlikesIn, normalizeText } from '../../../src/core/cells/text';

const INVISIBLE: Array<[string, string]> = [
  ['\u00ad', 'U+00AD'],
  ['\u200b', 'U+200B'],
  ['\u200c', 'U+200C'],
  ['\u200d', 'U+200D'],
  ['\u2060', 'U+2060'],
  ['\ufeff', 'U+FEFF'],
];

describe('each invisible character', () => {
  it.each(INVISIBLE)('%j (%s) is dropped from a text, a cell and a code, and named in a code', (c, name) => {
    expect(normalizeText(`Hòa${c} An`)).toBe('Hòa An');
    // Inside a word (a soft hyphen Word left in "Quyết"): dropped, not made a space that splits it.
    expect(normalizeText(`Quy${c}ết định`)).toBe('Quyết định');
    expect(cellText(`Đạt${c}`)).toBe('Đạt');
    expect(codeKey(`TC5${c}.2a`)).toBe('TC5.2A');
    expect(lookAlikesIn(`TC5${c}.2a`)).toEqual([`có 1 ký tự vô hình (${name})`]);
  });
});

describe('the full-width block, both ends and a middle', () => {
  it('"！", "．" and "～" read as "!", "." and "~", and are named as full-width', () => {
    expect(codeKey('TC1\uff01')).toBe('TC1!');
    expect(codeKey('TC1\uff0e1')).toBe('TC1.1');
    expect(codeKey('TC1\uff5e')).toBe('TC1~');
    expect(lookAlikesIn('TC1\uff01\uff5e')).toEqual(['ký tự "！", "～" là ký tự toàn khổ (full-width) của bộ gõ tiếng Trung/Nhật/Hàn']);
  });

  it('the characters just outside it are kept as typed: "＀" (U+FF00) and "｟" (U+FF5F)', () => {
    expect(codeKey('TC1\uff00')).toBe('TC1\uff00');
    expect(codeKey('TC1\uff5f')).toBe('TC1\uff5f');
    expect(lookAlikesIn('TC1\uff00')).toEqual([]);
  });
});
