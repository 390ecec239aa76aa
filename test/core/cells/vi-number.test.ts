import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatViNumber, formatViPercent, formatViUngrouped, notNumberHint, parseViNumber } from '../../../src/core/cells/vi-number';

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
    // Spaces around the number are stray; vi-VN groups thousands with dots only.
    [' 1.234 ', 1234],
    ['\u00a01.234,5\u00a0', 1234.5],
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
    // A space between digits is never vi-VN grouping (that is a dot): "6 5" is not 65.
    '6 5',
    '1 234',
    '1\u00a0234,5',
    '1\u202f234',
    '- 5',
    '62, 5',
  ])('rejects %j', (text) => {
    expect(parseViNumber(text)).toBeNull();
  });
});

describe('notNumberHint', () => {
  it('names digits split by a space, and nothing else', () => {
    expect(notNumberHint('6 5')).toContain('khoảng trắng');
    expect(notNumberHint('6 5')).toContain('1.234');
    expect(notNumberHint('1\u00a0234')).toContain('khoảng trắng');
    expect(notNumberHint('abc')).toBe('');
    expect(notNumberHint(' 65 ')).toBe('');
  });
});

describe('formatViUngrouped', () => {
  it('writes a year as people do: never grouped, a decimal comma, up to 4 decimals unless told', () => {
    expect(formatViUngrouped(0.123456789, 9)).toBe('0,123456789');
    expect([1999, 2025, 12345, 2024.5, 2024.123456, -1, 0].map(formatViUngrouped)).toEqual(['1999', '2025', '12345', '2024,5', '2024,1235', '-1', '0']);
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

describe('one minus sign in everything a user reads', () => {
  // formatViNumber writes negatives with "-" (as a vi-VN sheet shows them); a "−" (U+2212) beside it
  // in the same message reads as two different signs, and a user who copies it gets text, not a number.
  it('no source file writes U+2212', () => {
    const offenders = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((path) => /\.(ts|html|css)$/.test(path))
      .filter((path) => readFileSync(join('src', path), 'utf8').includes('\u2212'));
    expect(offenders).toEqual([]);
  });
});
