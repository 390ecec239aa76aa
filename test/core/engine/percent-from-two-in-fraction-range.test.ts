/**
 * A number of 2 or more in a percent indicator, in a range whose other percents are fractions (as
 * the template's percent cells hold them): it can only be a percent cell showing 200% or more, a
 * rate above 100%, which is impossible. Read silently as percent points (2,5 → 2,5%) it gave a
 * "Không đạt" on a figure the commune never meant; it is an error naming the indicator, its place
 * in the range and both readings (README, formula reference: "Percent cells and custom functions").
 * Where nothing says the range holds fractions, such a number stays percent points. Expected
 * outputs typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { NO_PROBLEM, cdhtCheck, cdhtRating } from '../../../src/core/formulas/assessment';
import type { Cell } from '../../../src/core/cells/values';
import { columns, errorMessage, md2With, type Tt25Item } from '../../helpers';

// In md2With's rows (a heading row per criterion), TC5.1, TC5.2a and TC5.2b are the range's cells 19, 20 and 21.
const check = (changes: Partial<Record<Tt25Item, Cell>>) => {
  const { codes, values } = columns(md2With(changes));
  return cdhtCheck(codes, values);
};
const rating = (changes: Partial<Record<Tt25Item, Cell>>) => {
  const { codes, values } = columns(md2With(changes));
  return () => cdhtRating(codes, values);
};

const FRACTIONS = { 'TC5.1': 0.8, 'TC5.2b': 0.15 } as const;

describe('a number from 2 up in a range of fractions', () => {
  it.each<[number, string]>([
    [
      2.5,
      'Chỉ tiêu TC5.2a (ô thứ 20 từ trên xuống của vùng trong công thức): giá trị 2,5 có hai cách hiểu: 250% (ô định dạng phần trăm, như các tỷ lệ khác trong vùng), vượt quá 100%, hoặc 2,5% (khi đó hãy ghi rõ "2,5%").',
    ],
    [
      2,
      'Chỉ tiêu TC5.2a (ô thứ 20 từ trên xuống của vùng trong công thức): giá trị 2 có hai cách hiểu: 200% (ô định dạng phần trăm, như các tỷ lệ khác trong vùng), vượt quá 100%, hoặc 2% (khi đó hãy ghi rõ "2%").',
    ],
    [
      62.5,
      'Chỉ tiêu TC5.2a (ô thứ 20 từ trên xuống của vùng trong công thức): giá trị 62,5 có hai cách hiểu: 6.250% (ô định dạng phần trăm, như các tỷ lệ khác trong vùng), vượt quá 100%, hoặc 62,5% (khi đó hãy ghi rõ "62,5%").',
    ],
    [
      100,
      'Chỉ tiêu TC5.2a (ô thứ 20 từ trên xuống của vùng trong công thức): giá trị 100 có hai cách hiểu: 10.000% (ô định dạng phần trăm, như các tỷ lệ khác trong vùng), vượt quá 100%, hoặc 100% (khi đó hãy ghi rõ "100%").',
    ],
  ])('%j is one error naming the cell and both readings, and stops CDHT_RATING', (value, message) => {
    expect(check({ ...FRACTIONS, 'TC5.2a': value })).toEqual([['TC5.2a', 'Lỗi', message]]);
    expect(errorMessage(rating({ ...FRACTIONS, 'TC5.2a': value }))).toBe(message);
  });

  it("is named in the first percent row too, counting from the range's first cell", () => {
    expect(check({ 'TC5.1': 3, 'TC5.2a': 0.6, 'TC5.2b': 0.15 })).toEqual([
      [
        'TC5.1',
        'Lỗi',
        'Chỉ tiêu TC5.1 (ô thứ 19 từ trên xuống của vùng trong công thức): giá trị 3 có hai cách hiểu: 300% (ô định dạng phần trăm, như các tỷ lệ khác trong vùng), vượt quá 100%, hoặc 3% (khi đó hãy ghi rõ "3%").',
      ],
    ]);
  });

  it('a number between 1 and 2 keeps its one error (both readings), never a second', () => {
    expect(check({ ...FRACTIONS, 'TC5.2a': 1.5 })).toEqual([
      ['TC5.2a', 'Lỗi', 'Chỉ tiêu TC5.2a: giá trị 1,5 có hai cách hiểu: 150% (ô định dạng phần trăm), vượt quá 100%, hoặc 1,5% (khi đó hãy ghi rõ "1,5%").'],
    ]);
  });

  it('a number above 100 keeps its one error (above 100%), never a second', () => {
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
    expect(rating(changes)()).toBe('Mức độ 2');
  });

  it('text "2,5" in a range of fractions is percent points: text never comes from a percent cell', () => {
    // 2,5% is below TC5.2a's 50% at Mức độ 1: the commune is not recognised, and says so plainly.
    expect(check({ ...FRACTIONS, 'TC5.2a': '2,5' })).toEqual([[NO_PROBLEM]]);
    expect(rating({ ...FRACTIONS, 'TC5.2a': '2,5' })()).toBe('Chưa đạt');
  });
});
