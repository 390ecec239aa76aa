import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatViNumber, formatViPercent, parseViNumber } from '../../../src/core/cells/vi-number';

describe('parseViNumber', () => {
  it.each([
    ['0', 0],
    ['7', 7],
    ['007', 7],
    ['1.234', 1234],
    ['115.999', 115999],
    ['1.234.567', 1234567],
    ['1.234.567,5', 1234567.5],
    ['12.345,67', 12345.67],
    ['62,5', 62.5],
    ['0,625', 0.625],
    [',5', 0.5],
    ['-0,5', -0.5],
    ['+3', 3],
    ['-1.234', -1234],
    // An English-locale paste: one dot not followed by exactly three digits is a decimal point.
    ['62.5', 62.5],
    ['0.625', 0.625],
    ['1.5', 1.5],
    ['1.2345', 1.2345],
    // Spaces, including the non-breaking ones Word pastes, group thousands or are stray.
    [' 1 234 ', 1234],
    ['1\u00a0234,5', 1234.5],
    ['\t62,5\n', 62.5],
  ])('reads %j as %d', (text, expected) => {
    expect(parseViNumber(text)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    '-',
    '+',
    ',',
    '.',
    'abc',
    'một',
    '62,5%',
    '1,2,3',
    '1,234,567',
    '1.2.3',
    '12.34.567',
    '1.23,4',
    '1.2345,6',
    '1,2.5',
    '--5',
    '+-5',
    '-+5',
    '5,-3',
    '5,+3',
    '1e5',
    '0x10',
    'Infinity',
    'NaN',
    '5 kg',
  ])('rejects %j', (text) => {
    expect(parseViNumber(text)).toBeNull();
  });
});

describe('formatViNumber', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [1234, '1.234'],
    [115999, '115.999'],
    [1000000, '1.000.000'],
    [1234567.5, '1.234.567,5'],
    [62.5, '62,5'],
    [99.89, '99,89'],
    [-0.5, '-0,5'],
    [-1234, '-1.234'],
    [1 / 3, '0,33'],
    // Rounded to 2 decimals: 999,999 is 1.000, and a tiny negative is 0, never "-0".
    [999.999, '1.000'],
    [-0.001, '0'],
  ])('writes %d as %j', (value, expected) => {
    expect(formatViNumber(value)).toBe(expected);
  });

  it('takes the number of decimals', () => {
    expect(formatViNumber(1 / 3, 4)).toBe('0,3333');
    expect(formatViNumber(2.5, 0)).toBe('3');
    expect(formatViNumber(1234.5, 4)).toBe('1.234,5');
  });

  it('writes non-finite numbers as JavaScript does', () => {
    expect(formatViNumber(Number.NaN)).toBe('NaN');
    expect(formatViNumber(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });

  it('is read back by parseViNumber (any number of hundredths)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (hundredths) => {
        const value = hundredths / 100;
        expect(parseViNumber(formatViNumber(value))).toBeCloseTo(value, 6);
      }),
    );
  });
});

describe('formatViPercent', () => {
  it.each([
    [0, '0%'],
    [1, '100%'],
    [0.625, '62,5%'],
    [0.9989, '99,89%'],
    [0.6512, '65,12%'],
    [0.12, '12%'],
  ])('writes %d as %j', (fraction, expected) => {
    expect(formatViPercent(fraction)).toBe(expected);
  });
});
