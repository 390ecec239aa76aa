/**
 * A number of 2 or more in a percent indicator, in a range whose other percents are fractions (as
 * percent cells hold them): it reads as percent points (2,5 → 2,5%), as typed into a plain cell,
 * but it may be a percent cell showing 200% or more, a rate above 100%, which is impossible. It was
 * read silently; CDHT_CHECK now names it with its place in the range and both readings (README,
 * formula reference: "Percent cells and custom functions"). A warning, not an error: percent
 * points typed beside percent cells are a documented way of writing a value. Where nothing says
 * the range holds fractions, such a number is percent points and nothing is said. Expected
 * outputs typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { NO_PROBLEM, cdhtCheck, cdhtRating } from '../../../src/core/formulas/assessment';
import type { Cell } from '../../../src/core/cells/values';
import { columns, md2With, type Tt25Item } from '../../helpers';

// In md2With's rows (a heading row per criterion), TC5.1, TC5.2a and TC5.2b are the range's cells 19, 20 and 21.
const check = (changes: Partial<Record<Tt25Item, Cell>>) => {
  const { codes, values } = columns(md2With(changes));
  return cdhtCheck(codes, values);
};
const rating = (changes: Partial<Record<Tt25Item, Cell>>) => {
  const { codes, values } = columns(md2With(changes));
  return cdhtRating(codes, values);
};

const FRACTIONS = { 'TC5.1': 0.8, 'TC5.2b': 0.15 } as const;
const warned = (code: string, cell: number, shown: string, asFraction: string, asPoints: string) => [
  code,
  'Cảnh báo',
  `Chỉ tiêu ${code} (ô thứ ${cell} từ trên xuống của vùng trong công thức): số ${shown} được đọc là ${asPoints}; nếu ô định dạng phần trăm như các tỷ lệ khác trong vùng thì ô đang hiện ${asFraction}, vượt quá 100%: hãy kiểm tra lại (nếu là ${asPoints}, hãy ghi rõ "${asPoints}").`,
];

describe('a number from 2 up in a range of fractions', () => {
  it.each<[number, Cell[], string]>([
    [2.5, warned('TC5.2a', 20, '2,5', '250%', '2,5%'), 'Chưa đạt'],
    [2, warned('TC5.2a', 20, '2', '200%', '2%'), 'Chưa đạt'],
    [62.5, warned('TC5.2a', 20, '62,5', '6.250%', '62,5%'), 'Mức độ 2'],
    [100, warned('TC5.2a', 20, '100', '10.000%', '100%'), 'Mức độ 2'],
  ])('%j: read as percent points, and named with its place and both readings', (value, problem, result) => {
    expect(check({ ...FRACTIONS, 'TC5.2a': value })).toEqual([problem]);
    expect(rating({ ...FRACTIONS, 'TC5.2a': value })).toBe(result);
  });

  it('a fraction beside a 0 still says the range holds fractions: 50 is named', () => {
    expect(check({ 'TC5.1': 50, 'TC5.2a': 0.5, 'TC5.2b': 0 })).toEqual([warned('TC5.1', 19, '50', '5.000%', '50%')]);
  });

  it("is named in the first percent row too, counting from the range's first cell", () => {
    expect(check({ 'TC5.1': 3, 'TC5.2a': 0.6, 'TC5.2b': 0.15 })).toEqual([warned('TC5.1', 19, '3', '300%', '3%')]);
  });

  it('a number between 1 and 2 keeps its one error (both readings), never a warning too', () => {
    expect(check({ ...FRACTIONS, 'TC5.2a': 1.5 })).toEqual([
      ['TC5.2a', 'Lỗi', 'Chỉ tiêu TC5.2a: giá trị 1,5 có hai cách hiểu: 150% (ô định dạng phần trăm), vượt quá 100%, hoặc 1,5% (khi đó hãy ghi rõ "1,5%").'],
    ]);
  });

  it('a number above 100 keeps its one error (above 100%), never a warning too', () => {
    expect(check({ ...FRACTIONS, 'TC5.2a': 150 })).toEqual([['TC5.2a', 'Lỗi', 'Chỉ tiêu TC5.2a: giá trị 150 vượt quá 100%, cần một tỷ lệ từ 0% đến 100% (ví dụ 62,5%).']]);
  });
});

describe('a number from 2 up where nothing says the range holds fractions: percent points', () => {
  it.each<[string, Partial<Record<Tt25Item, Cell>>]>([
    ['the other percents are percent points', { 'TC5.1': 80, 'TC5.2a': 62.5, 'TC5.2b': 15 }],
    ['the other percents are text with their sign', { 'TC5.1': '80%', 'TC5.2a': 62.5, 'TC5.2b': '15%' }],
    ['the other percents mix a fraction and percent points', { 'TC5.1': 0.8, 'TC5.2a': 62.5, 'TC5.2b': 15 }],
  ])('%s: no problem, 62,5 is 62,5%', (_, changes) => {
    expect(check(changes)).toEqual([[NO_PROBLEM]]);
    expect(rating(changes)).toBe('Mức độ 2');
  });

  // 0 reads the same as a fraction and as percent points (0% either way), so it says nothing about how the range
  // is written: only a number strictly between 0 and 1 does. A commune whose TC5.2a is still at 0 must not be told
  // that its 50 in TC5.1 "may be 5.000%" (lead's decision, session 18).
  it('0 beside 50 is no fraction: 50 is 50%, nothing said', () => {
    const changes = { 'TC5.1': 50, 'TC5.2a': 0, 'TC5.2b': '15%' } as const;
    expect(check(changes)).toEqual([[NO_PROBLEM]]);
    // 50% is below TC5.1's 60% at Mức độ 1.
    expect(rating(changes)).toBe('Chưa đạt');
  });

  it('0 beside 1 is no fraction either: 1 is doubted as it is on its own', () => {
    expect(check({ 'TC5.1': 1, 'TC5.2a': 0, 'TC5.2b': '15%' })).toEqual([['TC5.1', 'Cảnh báo', 'Chỉ tiêu TC5.1: số 1 được đọc là 100%; nếu là 1%, hãy ghi rõ "1%".']]);
  });

  it('text "2,5" in a range of fractions is percent points: text never comes from a percent cell', () => {
    // 2,5% is below TC5.2a's 50% at Mức độ 1: the commune is not recognised, and says so plainly.
    expect(check({ ...FRACTIONS, 'TC5.2a': '2,5' })).toEqual([[NO_PROBLEM]]);
    expect(rating({ ...FRACTIONS, 'TC5.2a': '2,5' })).toBe('Chưa đạt');
  });
});
