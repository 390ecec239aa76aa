/**
 * A number as a vi-VN sheet shows it in its default format (a text field, the value of a cell in a
 * message): 15 significant digits, a decimal comma, no grouping, nothing rounded away; and the
 * single-dot rule of parseViNumber at its edges (a dot before exactly three digits groups
 * thousands only after 1 to 3 digits, the first not 0).
 */
import { describe, expect, it } from 'vitest';
import { formatViExact, formatViPercent, parseViNumber } from '../../../src/core/cells/vi-number';

describe('formatViExact', () => {
  it.each([
    [0, '0'],
    [0.5, '0,5'],
    [-0.25, '-0,25'],
    [2025, '2025'],
    [912345678, '912345678'],
    [1234567.891, '1234567,891'],
    // No binary noise: Sheets keeps 15 significant digits.
    [0.1 + 0.2, '0,3'],
    [1 / 3, '0,333333333333333'],
    [0.123456789, '0,123456789'],
  ])('writes %d as %j', (value, expected) => {
    expect(formatViExact(value)).toBe(expected);
  });

  it('writes non-finite numbers as JavaScript does', () => {
    expect([formatViExact(Number.NaN), formatViExact(Number.POSITIVE_INFINITY), formatViExact(Number.NEGATIVE_INFINITY)]).toEqual(['NaN', 'Infinity', '-Infinity']);
  });
});

describe('formatViPercent with its number of decimals', () => {
  it('rounds to the decimals asked for', () => {
    expect(formatViPercent(0.99891, 3)).toBe('99,891%');
    expect(formatViPercent(0.99891, 0)).toBe('100%');
    expect(formatViPercent(0.99891)).toBe('99,89%');
  });
});

describe('one dot before three digits', () => {
  it.each([
    ['999.999', 999999],
    ['100.000', 100000],
    // Four digits before the dot: no vi-VN grouping writes that, so it is a decimal point.
    ['1234.567', 1234.567],
    // A group never starts with 0: "0.234" is a decimal.
    ['0.234', 0.234],
    ['-0.234', -0.234],
    ['-12.345', -12345],
  ])('reads %j as %d', (text, expected) => {
    expect(parseViNumber(text)).toBe(expected);
  });
});

describe('thousands groups are whole', () => {
  it.each(['1234.567,5', '1.234.5678', '1.234.56', '12.3456,7'])('rejects %j', (text) => {
    expect(parseViNumber(text)).toBeNull();
  });
});
