/**
 * CDHT_RATE whole: every rate for small hand-made counts (single cells and ranges, blanks, text
 * counts) and every error message word for word, naming the count, its place in the range and the
 * numbers as vi-VN writes them (README, formula reference; NĐ 20/2014: the literate never exceed
 * population minus exempt).
 */
import { describe, expect, it } from 'vitest';
import { cdhtRate } from '../../../src/core/formulas/rate';
import type { RangeArg } from '../../../src/core/engine/entries';
import { errorMessage } from '../../helpers';

const IN_RANGE = 'không phải số dòng của trang tính';

describe('CDHT_RATE values', () => {
  it.each<[RangeArg, RangeArg, RangeArg, number]>([
    [95, 100, undefined, 0.95],
    [95, 100, '', 0.95],
    [95, 100, 5, 1],
    [0, 10, 0, 0],
    ['1.234', '2.468', '  ', 0.5],
    [' 50 ', '100', '0', 0.5],
    [[[3]], [[4]], [['']], 0.75],
  ])('%j ÷ (%j - %j) = %j', (n, d, e, rate) => {
    const got = cdhtRate(n, d, e);
    expect(Array.isArray(got) ? got[0][0] : got).toBe(rate);
  });

  it('a range: one rate per cell, blank where every count is blank', () => {
    expect(cdhtRate([[1], [''], [30], [null]], [[4], [''], [40], ['']], [[''], [null], [10], ['']])).toEqual([[0.25], [''], [1], ['']]);
    expect(
      cdhtRate(
        [
          [1, 2],
          ['', 9],
        ],
        [
          [2, 8],
          ['', 10],
        ],
      ),
    ).toEqual([
      [0.5, 0.25],
      ['', 0.9],
    ]);
  });
});

describe('CDHT_RATE empty ranges', () => {
  it('empty ranges (no rows) give no rates, never a crash', () => {
    expect(cdhtRate([], [], [])).toEqual([]);
  });
});

describe('CDHT_RATE messages', () => {
  it.each<[string, () => unknown, string]>([
    ['above the base', () => cdhtRate(116000, 115999), 'Số đạt 116.000 lớn hơn tổng số trừ số được miễn trừ (115.999): dữ liệu không nhất quán, hãy kiểm tra lại.'],
    ['above the base with exempt', () => cdhtRate(116000, 120000, 4001), 'Số đạt 116.000 lớn hơn tổng số trừ số được miễn trừ (120.000 - 4.001 = 115.999): dữ liệu không nhất quán, hãy kiểm tra lại.'],
    ['a negative numerator', () => cdhtRate(-1, 10), 'Số đạt (tử số) là -1: không được là số âm.'],
    ['a negative denominator', () => cdhtRate(1, -10.5), 'Tổng số (mẫu số) là -10,5: không được là số âm.'],
    ['a negative exempt', () => cdhtRate(1, 10, -2), 'Số được miễn trừ là -2: không được là số âm.'],
    ['a zero base', () => cdhtRate(0, 10, 10), 'Tổng số trừ số được miễn trừ phải lớn hơn 0 (đang là 10 - 10 = 0).'],
    ['a zero denominator', () => cdhtRate(0, 0), 'Tổng số trừ số được miễn trừ phải lớn hơn 0 (đang là 0).'],
    ['exempt above the denominator', () => cdhtRate(0, 1000, 1500), 'Tổng số trừ số được miễn trừ phải lớn hơn 0 (đang là 1.000 - 1.500 = -500).'],
    ['text', () => cdhtRate('chín lăm', 100), 'Số đạt (tử số) "chín lăm" không phải là số: cần nhập một số.'],
    ['digits split by a space', () => cdhtRate(95, '1 00'), 'Tổng số (mẫu số) "1 00" không phải là số (có khoảng trắng giữa các chữ số; số nghìn ngăn bằng dấu chấm: 1.234): cần nhập một số.'],
    ['a blank numerator', () => cdhtRate('', 100), 'Số đạt (tử số) đang để trống: cần nhập một số.'],
    ['a blank denominator', () => cdhtRate(5, null), 'Tổng số (mẫu số) đang để trống: cần nhập một số.'],
    ['a date', () => cdhtRate(new Date(2025, 0, 2), 100), 'Số đạt (tử số) là ngày tháng 02/01/2025, không phải một số: cần nhập một số.'],
    ['a boolean', () => cdhtRate(true, 100), 'Số đạt (tử số) "true" không phải là số: cần nhập một số.'],
    ['an exempt that is text', () => cdhtRate(1, 10, 'không'), 'Số được miễn trừ "không" không phải là số: cần nhập một số.'],
    [
      'a row in a range',
      () => cdhtRate([[1], [200]], [[10], [100]]),
      `Số đạt 200 (ô thứ 2 từ trên xuống của vùng trong công thức; ${IN_RANGE}) lớn hơn tổng số trừ số được miễn trừ (100): dữ liệu không nhất quán, hãy kiểm tra lại.`,
    ],
    [
      'a cell of a two-column range',
      () =>
        cdhtRate(
          [
            [1, 1],
            [1, 200],
          ],
          [
            [10, 10],
            [10, 100],
          ],
        ),
      `Số đạt 200 (dòng thứ 2, cột thứ 2 của vùng trong công thức; ${IN_RANGE}) lớn hơn tổng số trừ số được miễn trừ (100): dữ liệu không nhất quán, hãy kiểm tra lại.`,
    ],
    [
      'a row with only its exempt count',
      () => cdhtRate([[95], ['']], [[100], ['']], [[''], [3]]),
      `Số đạt (tử số) (ô thứ 2 từ trên xuống của vùng trong công thức; ${IN_RANGE}) đang để trống: cần nhập một số.`,
    ],
    [
      'a blank denominator in a range',
      () => cdhtRate([[1], [2], [3]], [[10], [10], ['']]),
      `Tổng số (mẫu số) (ô thứ 3 từ trên xuống của vùng trong công thức; ${IN_RANGE}) đang để trống: cần nhập một số.`,
    ],
    ['ranges of different heights', () => cdhtRate([[1], [2]], [[10]]), 'Các vùng trong công thức phải có cùng số dòng và số cột, nhưng số đạt có 2 dòng × 1 cột, tổng số có 1 dòng × 1 cột.'],
    [
      'an exempt range of another width',
      () =>
        cdhtRate(
          [[1], [2]],
          [[10], [20]],
          [
            [0, 0],
            [0, 0],
          ],
        ),
      'Các vùng trong công thức phải có cùng số dòng và số cột, nhưng số đạt có 2 dòng × 1 cột, tổng số có 2 dòng × 1 cột, số được miễn trừ có 2 dòng × 2 cột.',
    ],
    [
      'an empty range (no cell at all) beside a cell',
      () => cdhtRate([], [[10]]),
      'Các vùng trong công thức phải có cùng số dòng và số cột, nhưng số đạt có 0 dòng × 0 cột, tổng số có 1 dòng × 1 cột.',
    ],
    ['a single cell with a range', () => cdhtRate(1, [[10], [20]]), 'Các vùng trong công thức phải có cùng số dòng và số cột, nhưng số đạt là một ô, tổng số có 2 dòng × 1 cột.'],
    [
      'a range with a single exempt',
      () => cdhtRate([[1]], [[10]], 5),
      'Các vùng trong công thức phải có cùng số dòng và số cột, nhưng số đạt có 1 dòng × 1 cột, tổng số có 1 dòng × 1 cột, số được miễn trừ là một ô.',
    ],
  ])('%s', (_, call, message) => {
    expect(errorMessage(call)).toBe(message);
  });
});
