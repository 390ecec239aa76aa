/**
 * What people give the formulas, read as they meant it or named for what it is: data of the other
 * ruleset, codes with look-alike characters, numbers that read differently as a fraction and as
 * percent points. Expected messages are written by hand.
 */
import { describe, expect, it } from 'vitest';
import { cdhtCheck, cdhtRating, cdhtScore } from '../../../src/core/formulas/assessment';
import type { Cell } from '../../../src/core/cells/values';
import { SAMPLE_TT25_ROWS, SAMPLE_TT44_ROWS } from '../../fixtures/sample-commune';
import { TT25_AT_MD2, columns, errorMessage, md2With, tt25Rows, type Grid, type Row } from '../../helpers';

const check = (rows: readonly Row[], ruleset?: Cell): Grid => {
  const { codes, values } = columns(rows);
  return cdhtCheck(codes, values, ruleset);
};
const errorsOf = (grid: Grid) => grid.filter((row) => row[1] === 'Lỗi');
const warningsOf = (grid: Grid) => grid.filter((row) => row[1] === 'Cảnh báo');

describe('data of the other ruleset', () => {
  it('TT44 data evaluated with the default ruleset gives one error suggesting TT44, not one per code', () => {
    const errors = errorsOf(check(SAMPLE_TT44_ROWS as readonly Row[]));
    expect(errors).toHaveLength(1);
    expect(errors[0][2]).toContain('TT44');
    expect(errors[0][2]).toMatch(/chọn bộ tiêu chí TT44/);
    const { codes, values } = columns(SAMPLE_TT44_ROWS as readonly Row[]);
    expect(errorMessage(() => cdhtRating(codes, values))).toMatch(/chọn bộ tiêu chí TT44/);
  });

  it('TT25 data evaluated as TT44 suggests TT25', () => {
    const errors = errorsOf(check(SAMPLE_TT25_ROWS as readonly Row[], 'TT44'));
    expect(errors).toHaveLength(1);
    expect(errors[0][2]).toMatch(/chọn bộ tiêu chí TT25/);
  });

  it('one stray code of the other ruleset in TT25 data is still named as unknown, without a suggestion', () => {
    const errors = errorsOf(check([...md2With({}), ['TC6', 'Đạt']]));
    expect(errors).toHaveLength(1);
    expect(errors[0][2]).toContain('Mã "TC6"');
    expect(errors[0][2]).not.toMatch(/chọn bộ tiêu chí/);
  });

  it('names where the unknown code sits, counting the first cell of the range as 1', () => {
    const errors = errorsOf(
      check([
        ['TC1.1', 'Đạt'],
        ['TC1.2', 'Đạt'],
        ['TC9.9', 'Đạt'],
      ]),
    );
    expect(errors.map((e) => e[2])).toContain('Mã "TC9.9" (ô thứ 3 từ trên xuống của vùng trong công thức) không có trong bộ tiêu chí TT25.');
  });
});

describe('look-alike characters in codes', () => {
  // "ТС1.1" with Cyrillic Т and С, "ＴＣ１.１" full-width, "TC1.1" with a zero-width space.
  const CYRILLIC = '\u0422\u04211.1';
  const FULL_WIDTH = '\uff34\uff23\uff11.\uff11';
  const ZERO_WIDTH = 'TC1\u200b.1';

  it.each([
    [CYRILLIC, /Kirin/],
    [FULL_WIDTH, /toàn khổ/],
    [ZERO_WIDTH, /vô hình/],
  ])('%j is read as TC1.1 and named for what it holds', (code, named) => {
    const rows: Row[] = tt25Rows(TT25_AT_MD2).map(([c, v]) => (c === 'TC1.1' ? [code, v] : [c, v]));
    const { codes, values } = columns(rows);
    expect(cdhtRating(codes, values)).toBe('Mức độ 2');
    const warnings = warningsOf(cdhtCheck(codes, values));
    expect(warnings).toHaveLength(1);
    expect(warnings[0][2]).toMatch(named);
    expect(warnings[0][2]).toContain('TC1.1');
  });

  it('a look-alike code that is still unknown is named as such in its error', () => {
    const errors = errorsOf(check([...md2With({}), ['\u0422\u04219.9', 'Đạt']]));
    expect(errors).toHaveLength(1);
    expect(errors[0][2]).toMatch(/Kirin/);
  });
});

describe('numbers that read differently as a fraction and as percent points', () => {
  // A cell formatted as percent showing 120% reaches a custom function as 1.2, which as percent
  // points is 1,2%: an error naming both readings. 1 itself is 100% as a fraction and 1% as
  // percent points: read as 100%, with a warning.
  it.each<[Cell, string, string]>([
    [1.2, '120%', '1,2%'],
    [1.5, '150%', '1,5%'],
    [1.999, '199,9%', '1,999%'],
  ])('%j in TC5.1 is an error naming both readings (%s, %s)', (value, asFraction, asPoints) => {
    const grid = check(md2With({ 'TC5.1': value }));
    expect(warningsOf(grid)).toEqual([]);
    const errors = errorsOf(grid);
    expect(errors).toHaveLength(1);
    expect(errors[0][0]).toBe('TC5.1');
    expect(errors[0][2]).toContain(asFraction);
    expect(errors[0][2]).toContain(asPoints);
  });

  it('1 in TC5.1 is read as 100%, with a warning naming 1%', () => {
    const warnings = warningsOf(check(md2With({ 'TC5.1': 1 })));
    expect(warnings).toHaveLength(1);
    expect(warnings[0][0]).toBe('TC5.1');
    expect(warnings[0][2]).toContain('100%');
    expect(warnings[0][2]).toContain('"1%"');
    const { codes, values } = columns(md2With({ 'TC5.1': 1 }));
    expect(cdhtRating(codes, values)).toBe('Mức độ 2');
  });

  // Typed as text ("1" in a plain-text cell, or pasted), 1 reads the same two ways as the number:
  // 100% as a fraction or 1% as percent points. Read as the number 1 is, and named the same way.
  it.each<Cell>(['1', ' 1 ', '1,0', '1.00'])('the text %j in TC5.1 is read as 100%, with a warning naming 1%', (value) => {
    const warnings = warningsOf(check(md2With({ 'TC5.1': value })));
    expect(warnings).toHaveLength(1);
    expect(warnings[0][0]).toBe('TC5.1');
    expect(warnings[0][2]).toBe('Chỉ tiêu TC5.1: số 1 được đọc là 100%; nếu là 1%, hãy ghi rõ "1%".');
    const { codes, values } = columns(md2With({ 'TC5.1': value }));
    expect(cdhtRating(codes, values)).toBe('Mức độ 2');
  });

  it.each<Cell>([0.8, 2, 62.5, 100, '1,5%', '120%', '1%', '100%', '0,99', '2'])('%j is no warning', (value) => {
    expect(warningsOf(check(md2With({ 'TC5.1': value })))).toEqual([]);
  });

  it('the error stops the other formulas: 1,2 is never scored as 1,2%', () => {
    const { codes, values } = columns(md2With({ 'TC5.1': 1.2 }));
    expect(errorMessage(() => cdhtScore(codes, values))).toMatch(/TC5\.1.*120%.*1,2%/);
  });
});
