/**
 * Every reader of a cell as one table each: the cell, and the reading it must give (the number, or
 * the reason word for word). Typed by hand from the README's "Formula reference" (values read
 * leniently, the percent rule) and the wording of official decisions.
 */
import { describe, expect, it } from 'vitest';
import {
  cellNumber,
  describeCell,
  levelNumber,
  percentReadings,
  readFlag,
  readItem,
  readLevel,
  readPercent,
  readPoints,
  readYesNo,
  roundPoints,
  sumPoints,
  type Cell,
  type Reading,
} from '../../../src/core/cells/values';
import type { Item } from '../../../src/core/ruleset/types';

const ok = (value: number): Reading => ({ state: 'ok', value });
const invalid = (reason: string): Reading => ({ state: 'invalid', reason });
const BLANK: Reading = { state: 'blank' };
const table = (reader: (cell: Cell) => Reading, cells: Cell[]) => cells.map((cell) => [cell, reader(cell)]);

const YES_NO_HELP = 'không hiểu được, cần "Đạt" hoặc "Không đạt" (cũng nhận "Đạt chuẩn", "Đã đạt chuẩn", "Chưa đạt", "x", "Có" / "Không", TRUE / FALSE, 1 / 0 hoặc ô đánh dấu)';

describe('readYesNo', () => {
  it('every yes, every no, blanks and what is not understood', () => {
    const cells: Cell[] = ['Đạt', 'ĐẠT', 'Đạt chuẩn', 'Đã đạt chuẩn.', 'x', 'X', 'Có', 'TRUE', true, '1', 1, 'yes', 'v', '✓', '✔'];
    expect(table(readYesNo, cells)).toEqual(cells.map((c) => [c, ok(1)]));
    const noes: Cell[] = ['Không đạt', 'Chưa đạt', 'Chưa đạt chuẩn', 'không', 'FALSE', false, '0', 0, 'no', 'K'];
    expect(table(readYesNo, noes)).toEqual(noes.map((c) => [c, ok(0)]));
    expect(table(readYesNo, [null, undefined, '', '  '])).toEqual([
      [null, BLANK],
      [undefined, BLANK],
      ['', BLANK],
      ['  ', BLANK],
    ]);
    const date = new Date(2025, 0, 1);
    expect(table(readYesNo, ['abc', 2, 'Chưa đạt mức độ 2', date])).toEqual([
      ['abc', invalid(YES_NO_HELP)],
      [2, invalid(YES_NO_HELP)],
      ['Chưa đạt mức độ 2', invalid(YES_NO_HELP)],
      [date, invalid('là ngày tháng, cần "Đạt" hoặc "Không đạt"')],
    ]);
  });

  it('readFlag: blank is no, a yes or no word its value, anything else null', () => {
    expect((['', null, 'Có', 'Không', 'x', true, false, 'có lẽ', 5] as Cell[]).map(readFlag)).toEqual([false, false, true, false, true, true, false, null, null]);
  });
});

describe('readLevel and levelNumber', () => {
  const HELP3 = 'cần một mức độ từ 1 đến 3: 3, "Mức độ 3", "mức 3", "MĐ3", "Mức độ III", "đạt mức độ 3", hoặc "Chưa đạt"';
  const HELP2 = 'cần một mức độ từ 1 đến 2: 2, "Mức độ 2", "mức 2", "MĐ2", "Mức độ II", "đạt mức độ 2", hoặc "Chưa đạt"';

  it('every form of a level up to the maximum, "Chưa đạt" as 0, and what is refused', () => {
    const read3 = (cell: Cell) => readLevel(cell, 3);
    expect(
      table(read3, [
        3,
        '3',
        'Mức độ 3',
        'mức 2',
        'MĐ1',
        'md2',
        'Mức độ III',
        'mức độ ii',
        'đạt mức độ 2',
        'Đạt chuẩn mức độ 3',
        'Mức độ: 2',
        0,
        'Chưa đạt',
        'Không đạt',
        '',
        4,
        2.5,
        -1,
        'Chưa đạt mức độ 2',
        true,
      ]),
    ).toEqual([
      [3, ok(3)],
      ['3', ok(3)],
      ['Mức độ 3', ok(3)],
      ['mức 2', ok(2)],
      ['MĐ1', ok(1)],
      ['md2', ok(2)],
      ['Mức độ III', ok(3)],
      ['mức độ ii', ok(2)],
      ['đạt mức độ 2', ok(2)],
      ['Đạt chuẩn mức độ 3', ok(3)],
      ['Mức độ: 2', ok(2)],
      [0, ok(0)],
      ['Chưa đạt', ok(0)],
      ['Không đạt', ok(0)],
      ['', BLANK],
      [4, invalid(`là mức độ 4, nhưng chỉ tiêu này cao nhất là mức độ 3: ${HELP3}`)],
      [2.5, invalid(`không hợp lệ, ${HELP3}`)],
      [-1, invalid(`không hợp lệ, ${HELP3}`)],
      ['Chưa đạt mức độ 2', invalid(`không hợp lệ, ${HELP3}`)],
      [true, invalid(`không hợp lệ, ${HELP3}`)],
    ]);
    expect(readLevel('Mức độ 3', 2)).toEqual(invalid(`là mức độ 3, nhưng chỉ tiêu này cao nhất là mức độ 2: ${HELP2}`));
    expect(readLevel(2, 2)).toEqual(ok(2));
  });

  it('levelNumber: the level a cell names, null when none', () => {
    expect(([2, 'Mức độ II', 'MĐ3', 'mức 1', '3', 2.5, 'Chưa đạt', true, null, 'Mức độ IV'] as Cell[]).map(levelNumber)).toEqual([2, 2, 3, 1, 3, null, null, null, null, null]);
  });
});

describe('readPercent by PERCENT_RULE', () => {
  const RANGE = 'cần một tỷ lệ từ 0% đến 100% (ví dụ 62,5%)';
  it('numbers: fractions up to 1, an error between 1 and 2, percent points from 2 to 100, an error above', () => {
    expect(table(readPercent, [0, 0.625, 1, 1.2, 1.999, 2, 62.5, 100, 100.5, -0.1, Number.POSITIVE_INFINITY])).toEqual([
      [0, ok(0)],
      [0.625, ok(0.625)],
      [1, ok(1)],
      [1.2, invalid('có hai cách hiểu: 120% (ô định dạng phần trăm), vượt quá 100%, hoặc 1,2% (khi đó hãy ghi rõ "1,2%")')],
      [1.999, invalid('có hai cách hiểu: 199,9% (ô định dạng phần trăm), vượt quá 100%, hoặc 1,999% (khi đó hãy ghi rõ "1,999%")')],
      [2, ok(0.02)],
      [62.5, ok(0.625)],
      [100, ok(1)],
      [100.5, invalid(`vượt quá 100%, ${RANGE}`)],
      [-0.1, invalid(`là số âm, ${RANGE}`)],
      [Number.POSITIVE_INFINITY, invalid(`không phải là tỷ lệ, ${RANGE}`)],
    ]);
  });

  it('text: what it shows, with or without its sign; text between 1 and 2 is percent points', () => {
    const date = new Date(2025, 0, 1);
    expect(table(readPercent, ['62,5%', '62.5%', ' 62,5 % ', '62,5', '0,625', '1', '1,5', '1,5%', '100%', '0%', '120%', '-5%', 'abc', '6 5%', true, date, '  '])).toEqual([
      ['62,5%', ok(0.625)],
      ['62.5%', ok(0.625)],
      [' 62,5 % ', ok(0.625)],
      ['62,5', ok(0.625)],
      ['0,625', ok(0.625)],
      ['1', ok(1)],
      ['1,5', ok(0.015)],
      ['1,5%', ok(0.015)],
      ['100%', ok(1)],
      ['0%', ok(0)],
      ['120%', invalid(`vượt quá 100%, ${RANGE}`)],
      ['-5%', invalid(`là số âm, ${RANGE}`)],
      ['abc', invalid(`không phải là tỷ lệ, ${RANGE}`)],
      ['6 5%', invalid(`không phải là tỷ lệ (có khoảng trắng giữa các chữ số; số nghìn ngăn bằng dấu chấm: 1.234), ${RANGE}`)],
      [true, invalid(`không phải là tỷ lệ, ${RANGE}`)],
      [date, invalid(`không phải là tỷ lệ, ${RANGE}`)],
      ['  ', BLANK],
    ]);
  });

  it('percentReadings: a number as a percent cell shows it and as percent points', () => {
    expect(percentReadings(1.2)).toEqual({ asFraction: '120%', asPoints: '1,2%' });
    expect(percentReadings(1.23456)).toEqual({ asFraction: '123,456%', asPoints: '1,2346%' });
  });
});

describe('readPoints, cellNumber and sums of points', () => {
  it('points from 0 up to the maximum, and every refusal', () => {
    const read10 = (cell: Cell) => readPoints(cell, 10);
    expect(table(read10, [0, 7.5, '7,5', 10, 10.5, -1, 'x', '1 0', true, ''])).toEqual([
      [0, ok(0)],
      [7.5, ok(7.5)],
      ['7,5', ok(7.5)],
      [10, ok(10)],
      [10.5, invalid('vượt quá điểm tối đa 10')],
      [-1, invalid('là số âm, điểm phải từ 0 trở lên')],
      ['x', invalid('không phải là số điểm, cần một số từ 0 đến 10 (ví dụ 7,5)')],
      ['1 0', invalid('không phải là số điểm (có khoảng trắng giữa các chữ số; số nghìn ngăn bằng dấu chấm: 1.234), cần một số từ 0 đến 10 (ví dụ 7,5)')],
      [true, invalid('không phải là số điểm, cần một số từ 0 đến 10 (ví dụ 7,5)')],
      ['', BLANK],
    ]);
    expect(readPoints(13, 12.5)).toEqual(invalid('vượt quá điểm tối đa 12,5'));
  });

  it('cellNumber: numbers as they are, vi-VN text read, nothing else', () => {
    expect(([5, '1.234', '62,5', ' 7 ', 'abc', '', true, new Date(2025, 0, 1), Number.NaN, Number.POSITIVE_INFINITY, null] as Cell[]).map(cellNumber)).toEqual([
      5,
      1234,
      62.5,
      7,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('sums rounded to a billionth of a point; one value as entered', () => {
    expect(sumPoints([0.1, 0.2])).toBe(0.3);
    expect(sumPoints([])).toBe(0);
    expect(sumPoints([0.1 + 0.2])).toBe(0.1 + 0.2);
    expect(sumPoints([42.5, 42.5])).toBe(85);
    expect(roundPoints(1 / 3)).toBe(0.333333333);
    expect(roundPoints(2.5)).toBe(2.5);
    expect(roundPoints(84.99999999999999)).toBe(85);
  });
});

describe('readItem and describeCell', () => {
  const P = { ref: '', status: 'verbatim' } as const;
  it('reads by the item kind; a level without maximum goes to 3, points without maximum to the ceiling', () => {
    const items: Item[] = [
      { code: 'Y', name: '', kind: 'yesno', provenance: P },
      { code: 'L', name: '', kind: 'level', provenance: P },
      { code: 'L2', name: '', kind: 'level', max: 2, provenance: P },
      { code: 'R', name: '', kind: 'percent', provenance: P },
      { code: 'D', name: '', kind: 'points', provenance: P },
      { code: 'D5', name: '', kind: 'points', max: 5, provenance: P },
    ];
    expect(items.map((item) => readItem(item, 3, 4).state === 'ok')).toEqual([false, true, false, true, true, true]);
    expect(items.map((item) => readItem(item, 4.5, 4))).toEqual([
      invalid(YES_NO_HELP),
      invalid('không hợp lệ, cần một mức độ từ 1 đến 3: 3, "Mức độ 3", "mức 3", "MĐ3", "Mức độ III", "đạt mức độ 3", hoặc "Chưa đạt"'),
      invalid('không hợp lệ, cần một mức độ từ 1 đến 2: 2, "Mức độ 2", "mức 2", "MĐ2", "Mức độ II", "đạt mức độ 2", hoặc "Chưa đạt"'),
      ok(0.045),
      invalid('vượt quá điểm tối đa 4'),
      ok(4.5),
    ]);
  });

  it('a cell in a message as the user sees it (a number of unknown meaning as typed: ungrouped, every digit)', () => {
    expect(([1234.5, 0.123456, 2, new Date(2025, 0, 15), new Date(Number.NaN), true, false, 'abc', '', null, undefined] as Cell[]).map((cell) => describeCell(cell))).toEqual([
      '1234,5',
      '0,123456',
      '2',
      'ngày 15/01/2025',
      'một ngày tháng không hợp lệ',
      'TRUE',
      'FALSE',
      '"abc"',
      '""',
      '""',
      '""',
    ]);
  });
});
