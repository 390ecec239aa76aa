/**
 * The CDHT_* functions called with the arguments Google really passes (test/fakes/custom-function-args.ts):
 * a commune's sheet described as it shows, turned into scalars, 2-D arrays, fractions for percent
 * cells and Dates. Finding 4 of issue 14: a cell showing 120% arrives as 1,2, and the engine must not
 * read it as 1,2%.
 */
import { describe, expect, it } from 'vitest';
import { cdhtCheck, cdhtRating, cdhtResults, cdhtScore } from '../../../src/core/formulas/assessment';
import { cdhtRate } from '../../../src/core/formulas/rate';
import type { Cell } from '../../../src/core/cells/values';
import { TT25_AT_MD1, TT25_AT_MD2, TT25_CRITERIA, TT25_ITEMS, criterionOf, errorMessage, type Tt25Item } from '../../helpers';
import { type Shown, asText, cellOf, columnOf, customFunctionArgument as arg } from '../../fakes/custom-function-args';

/** The "Đánh giá" code and value columns of a TT25 commune as they show, criterion headings included. */
function sheet(values: Record<Tt25Item, Shown>): { codes: Shown[][]; values: Shown[][] } {
  const rows: Array<[Shown, Shown]> = TT25_CRITERIA.flatMap((criterion) => [
    [criterion, ''] as [Shown, Shown],
    ...TT25_ITEMS.filter((item) => criterionOf(item) === criterion).map((item): [Shown, Shown] => [item, values[item]]),
  ]);
  return { codes: columnOf(...rows.map((r) => r[0])), values: columnOf(...rows.map((r) => r[1])) };
}

// The fixtures' values are strings as a person would see them ("80%", "Mức độ 3").
const AT_MD2 = TT25_AT_MD2 as Record<Tt25Item, string>;
const AT_MD1 = TT25_AT_MD1 as Record<Tt25Item, string>;

function call<T>(fn: (...args: Array<Cell | Cell[][]>) => T, shown: { codes: Shown[][]; values: Shown[][] }, ruleset?: Shown, difficult?: Shown): T {
  return fn(arg(shown.codes), arg(shown.values), arg(ruleset === undefined ? undefined : cellOf(ruleset)), arg(difficult === undefined ? undefined : cellOf(difficult)));
}

describe('the fake passes what the Apps Script guide documents', () => {
  it('a single cell is its value, not a 1×1 array; a range is a 2-D array', () => {
    expect(arg(cellOf('TT25'))).toBe('TT25');
    expect(arg([['a', 'b']])).toEqual([['a', 'b']]);
    expect(arg(columnOf('a', ''))).toEqual([['a'], ['']]);
  });
  it('blank is "", a missing argument undefined', () => {
    expect(arg(cellOf(''))).toBe('');
    expect(arg(undefined)).toBeUndefined();
  });
  it('a percent cell is its fraction: 120% arrives as 1.2, 62,5% as 0.625', () => {
    expect(arg(cellOf('120%'))).toBe(1.2);
    expect(arg(cellOf('62,5%'))).toBe(0.625);
  });
  it('a date is a Date, a checkbox a boolean, vi-VN numbers numbers, a number stored as text a string', () => {
    expect(arg(cellOf('15/03/2025'))).toEqual(new Date(2025, 2, 15));
    expect(arg(cellOf(true))).toBe(true);
    expect(arg(cellOf('1.234,5'))).toBe(1234.5);
    expect(arg(cellOf(asText('0123')))).toBe('0123');
  });
});

describe('CDHT_* with the shapes of a real sheet', () => {
  it('percent cells arriving as fractions, single-cell ruleset and flag arriving as values: the commune is at Mức độ 2', () => {
    expect(call(cdhtRating, sheet(AT_MD2), 'TT25', 'Không')).toBe('Mức độ 2');
    expect(call(cdhtRating, sheet(AT_MD1), 'TT25', 'Không')).toBe('Mức độ 1');
    expect(call(cdhtScore, sheet(AT_MD1))).toBe(15);
  });

  it('a ticked checkbox for "vùng khó khăn" lowers TC5.2a to 40% (TT25 Điều 6)', () => {
    const low = sheet({ ...AT_MD1, 'TC5.2a': '45%' });
    expect(call(cdhtRating, low, 'TT25', false)).toBe('Chưa đạt');
    expect(call(cdhtRating, low, 'TT25', true)).toBe('Mức độ 1');
  });

  it('a blank value cell arrives as "" and counts as not entered', () => {
    expect(call(cdhtRating, sheet({ ...AT_MD2, 'TC5.1': '' }))).toMatch(/^Chưa đủ dữ liệu: còn 1 chỉ tiêu chưa nhập \(TC5\.1\)/);
  });

  it('a date typed into a yes/no cell is named as the date it shows', () => {
    expect(errorMessage(() => call(cdhtRating, sheet({ ...AT_MD2, 'TC1.1': '15/03/2025' })))).toMatch(/TC1\.1.*ngày 15\/03\/2025/);
  });
});

describe('finding 4: what the engine reads is what the cell shows', () => {
  it.each([
    ['120%', '120%', '1,2%'],
    ['150%', '150%', '1,5%'],
    ['199,9%', '199,9%', '1,999%'],
  ])('TC5.1 showing %s is an error naming both readings, never a silent result', (shown, asShown, asPoints) => {
    const input = sheet({ ...AT_MD2, 'TC5.1': shown });
    const message = errorMessage(() => call(cdhtRating, input));
    expect(message).toContain('TC5.1');
    expect(message).toContain(asShown);
    expect(message).toContain(asPoints);
    expect(() => call(cdhtResults, input)).toThrow(/TC5\.1/);
    const errors = call(cdhtCheck, input).filter((row) => row[1] === 'Lỗi');
    expect(errors).toHaveLength(1);
    expect(errors[0][0]).toBe('TC5.1');
    expect(errors[0][2]).toContain(asShown);
    expect(errors[0][2]).toContain(asPoints);
  });

  it.each([
    ['80%', 'Mức độ 2'],
    ['100%', 'Mức độ 2'],
    ['79,99%', 'Mức độ 1'],
    ['0%', 'Chưa đạt'],
  ])('TC5.1 showing %s reads as %s shows', (shown, rating) => {
    expect(call(cdhtRating, sheet({ ...AT_MD2, 'TC5.1': shown }))).toBe(rating);
  });

  it('percent points typed into a plain cell (62,5) and text with its sign ("1,2%") read as they show', () => {
    expect(call(cdhtRating, sheet({ ...AT_MD1, 'TC5.1': '62,5' }))).toBe('Mức độ 1');
    expect(call(cdhtRating, sheet({ ...AT_MD1, 'TC5.1': asText('1,2%') }))).toBe('Chưa đạt');
  });
});

describe('CDHT_RATE with the shapes of a real sheet', () => {
  it('single cells arrive as values and give one rate', () => {
    expect(cdhtRate(arg(cellOf('120')), arg(cellOf('200')))).toBe(0.6);
    expect(cdhtRate(arg(cellOf('1.200')), arg(cellOf('2.000')), arg(cellOf('')))).toBe(0.6);
  });
  it('same-shaped columns give one rate per row, blank rows blank', () => {
    expect(cdhtRate(arg(columnOf('30', '', '10')), arg(columnOf('40', '', '40')))).toEqual([[0.75], [''], [0.25]]);
  });
});
