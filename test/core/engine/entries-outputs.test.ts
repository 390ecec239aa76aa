/**
 * `readEntries` whole for small hand-made ranges: the code of every row, every value kept, and
 * every problem word for word, each naming the place in the range counted from 1 (README,
 * formula reference: "A cell inside a range is named by its place in the range").
 */
import { describe, expect, it } from 'vitest';
import { readEntries, toColumn } from '../../../src/core/engine/entries';
import { TT25 } from '../../../src/core/ruleset/tt25';
import type { Cell } from '../../../src/core/cells/values';

const at = (n: number) => `ô thứ ${n} từ trên xuống của vùng trong công thức`;
const read = (rows: [Cell, Cell][]) => {
  const { cells, rowCodes, problems } = readEntries(
    rows.map(([c]) => c),
    rows.map(([, v]) => v),
    TT25,
  );
  return { cells: [...cells], rowCodes, problems: problems.map((p) => [p.code, p.severity, p.message]) };
};

describe('readEntries: every row, every value, every message', () => {
  it('codes in any case and spacing, headings, a criterion code without value, blank rows', () => {
    expect(
      read([
        ['TC1', ''],
        [' tc1.1 ', 'Đạt'],
        ['TC 1.2', 'x'],
        ['', ''],
        [null, null],
        ['TC5', '  '],
        ['TC5.2A', 0.5],
      ]),
    ).toEqual({
      cells: [
        ['TC1.1', 'Đạt'],
        ['TC1.2', 'x'],
        ['TC5.2a', 0.5],
      ],
      rowCodes: ['', 'TC1.1', 'TC1.2', '', '', '', 'TC5.2a'],
      problems: [],
    });
  });

  it('a value without a code, a value on a criterion or composite code, an unknown code, a repeated code', () => {
    expect(
      read([
        ['TC1.1', 'Đạt'],
        ['', 'Đạt'],
        ['TC2', 'Đạt'],
        ['TC5.2', '60%'],
        ['TC9.9', 'Đạt'],
        [' tc1.1', 'Không đạt'],
        [42, 'Đạt'],
        [new Date(2025, 0, 1), 'x'],
      ]),
    ).toEqual({
      cells: [['TC1.1', 'Đạt']],
      rowCodes: ['TC1.1', '', '', '', '', 'TC1.1', '', ''],
      problems: [
        [at(2), 'warning', 'Ô thứ 2 từ trên xuống (không phải số dòng của trang tính) có giá trị "Đạt" nhưng không có mã chỉ tiêu nên bị bỏ qua.'],
        ['TC1.1', 'error', 'Chỉ tiêu TC1.1 được nhập hai lần (ô thứ 1 và ô thứ 6 từ trên xuống của vùng mã; không phải số dòng của trang tính).'],
        ['TC2', 'error', `TC2 (${at(3)}) là mã tiêu chí hoặc chỉ tiêu gồm nhiều phần: hãy nhập giá trị vào từng chỉ tiêu thành phần.`],
        ['TC5.2', 'error', `TC5.2 (${at(4)}) là mã tiêu chí hoặc chỉ tiêu gồm nhiều phần: hãy nhập giá trị vào từng chỉ tiêu thành phần.`],
        ['TC9.9', 'error', `Mã "TC9.9" (${at(5)}) không có trong bộ tiêu chí TT25.`],
        ['42', 'error', `Mã "42" (${at(7)}) không có trong bộ tiêu chí TT25.`],
        ['ngày 01/01/2025', 'error', `Mã "ngày 01/01/2025" (${at(8)}) không có trong bộ tiêu chí TT25.`],
      ],
    });
  });

  it('a code written with look-alike characters: read, and named with what it holds', () => {
    expect(read([['\u0422\u04211.1', 'Đạt']])).toEqual({
      cells: [['TC1.1', 'Đạt']],
      rowCodes: ['TC1.1'],
      problems: [
        ['TC1.1', 'warning', `Mã "\u0422\u04211.1" (${at(1)}) trông như TC1.1 nhưng khác (chữ "\u0422", "\u0421" là chữ Kirin (Cyrillic), không phải chữ Latinh): đã đọc là TC1.1; nên gõ lại mã.`],
      ],
    });
    expect(read([['T\u03a31.1', 'Đạt']]).problems).toEqual([['T\u03a31.1', 'error', `Mã "T\u03a31.1" (${at(1)}) không có trong bộ tiêu chí TT25.`]]);
  });

  it('ranges of different heights', () => {
    const { problems } = readEntries(['TC1.1', 'TC1.2', 'TC1.3'], ['Đạt', 'Đạt'], TT25);
    expect(problems[0]).toEqual({ code: 'Vùng dữ liệu', severity: 'error', message: 'Vùng mã có 3 dòng nhưng vùng giá trị có 2 dòng: hai vùng phải cao bằng nhau.' });
  });

  it('data of TT44 read as TT25: one error naming the first three codes and the ruleset to choose', () => {
    const rows: [Cell, Cell][] = Array.from({ length: 15 }, (_, i) => [`TC${i + 1}`, 5]);
    expect(read(rows).problems).toEqual([
      [
        'Bộ tiêu chí',
        'error',
        'Các mã trong vùng (TC1, TC2, TC3, …) là mã của bộ tiêu chí TT44, không phải TT25 đang dùng: hãy chọn bộ tiêu chí TT44 (ô "Bộ tiêu chí" trong vùng CDHT_THONG_TIN, hoặc đối số thứ ba của công thức, ví dụ "TT44").',
      ],
    ]);
    expect(read(rows.slice(5, 8)).problems[0][2]).toBe(
      'Các mã trong vùng (TC6, TC7, TC8) là mã của bộ tiêu chí TT44, không phải TT25 đang dùng: hãy chọn bộ tiêu chí TT44 (ô "Bộ tiêu chí" trong vùng CDHT_THONG_TIN, hoặc đối số thứ ba của công thức, ví dụ "TT44").',
    );
  });

  it('1 in a percent item beside no fraction: a warning; beside fractions: none', () => {
    expect(read([['TC5.1', 1]]).problems).toEqual([['TC5.1', 'warning', 'Chỉ tiêu TC5.1: số 1 được đọc là 100%; nếu là 1%, hãy ghi rõ "1%".']]);
    expect(
      read([
        ['TC5.1', 1],
        ['TC5.2a', 0.5],
        ['TC5.2b', 1],
      ]).problems,
    ).toEqual([]);
    expect(
      read([
        ['TC5.1', 1],
        ['TC5.2a', 62.5],
      ]).problems,
    ).toEqual([['TC5.1', 'warning', 'Chỉ tiêu TC5.1: số 1 được đọc là 100%; nếu là 1%, hãy ghi rõ "1%".']]);
    expect(read([['TC1.1', 1]]).problems).toEqual([]);
  });
});

describe('readEntries: what each message shows and where it stands', () => {
  it('an unknown code is named as typed without the spaces around it', () => {
    expect(read([['  TC9.9 ', 'Đạt']]).problems).toEqual([['TC9.9', 'error', `Mã "TC9.9" (${at(1)}) không có trong bộ tiêu chí TT25.`]]);
  });

  it('a code with two kinds of look-alike characters names both, separated by a semicolon', () => {
    // Cyrillic "Т" and a full-width "Ｃ" (U+FF23) in "TC1.1".
    expect(read([['\u0422\uff231.1', 'Đạt']]).problems).toEqual([
      [
        'TC1.1',
        'warning',
        `Mã "\u0422\uff231.1" (${at(1)}) trông như TC1.1 nhưng khác (chữ "\u0422" là chữ Kirin (Cyrillic), không phải chữ Latinh; ký tự "\uff23" là ký tự toàn khổ (full-width) của bộ gõ tiếng Trung/Nhật/Hàn): đã đọc là TC1.1; nên gõ lại mã.`,
      ],
    ]);
  });

  it('a province table named TT25 without TC1.1: TC1.1 is unknown there, never "choose TT25 instead of TT25"', () => {
    const [first, ...rest] = TT25.criteria;
    const provincial = { ...TT25, criteria: [{ ...first, items: first.items.filter((i) => i.code !== 'TC1.1') }, ...rest] };
    const { problems } = readEntries(['TC1.1', 'TC1.2'], ['Đạt', 'Đạt'], provincial);
    expect(problems.map((p) => p.message)).toEqual([`Mã "TC1.1" (${at(1)}) không có trong bộ tiêu chí TT25.`]);
  });

  it('a level of 3 beside fractions does not make the range one of percent points: 2 in a percent item is still doubted', () => {
    expect(
      read([
        ['TC4.2', 3],
        ['TC5.1', 2],
        ['TC5.2a', 0.5],
        ['TC5.2b', 0.15],
      ]).problems,
    ).toEqual([
      [
        'TC5.1',
        'warning',
        `Chỉ tiêu TC5.1 (${at(2)}): số 2 được đọc là 2%; nếu ô định dạng phần trăm như các tỷ lệ khác trong vùng thì ô đang hiện 200%, vượt quá 100%: hãy kiểm tra lại (nếu là 2%, hãy ghi rõ "2%").`,
      ],
    ]);
  });

  it('two doubted percents each keep their place among the problems of the rows around them', () => {
    expect(
      read([
        ['TC5.1', 1],
        ['', 'x'],
        ['TC5.2a', '1'],
        ['TC9.9', 'Đạt'],
      ]).problems,
    ).toEqual([
      ['TC5.1', 'warning', 'Chỉ tiêu TC5.1: số 1 được đọc là 100%; nếu là 1%, hãy ghi rõ "1%".'],
      [at(2), 'warning', 'Ô thứ 2 từ trên xuống (không phải số dòng của trang tính) có giá trị "x" nhưng không có mã chỉ tiêu nên bị bỏ qua.'],
      ['TC5.2a', 'warning', 'Chỉ tiêu TC5.2a: số 1 được đọc là 100%; nếu là 1%, hãy ghi rõ "1%".'],
      ['TC9.9', 'error', `Mã "TC9.9" (${at(4)}) không có trong bộ tiêu chí TT25.`],
    ]);
  });

  it('data of the other ruleset with a code neither knows: no suggestion, each unknown code named', () => {
    const rows: [Cell, Cell][] = [...Array.from({ length: 15 }, (_, i): [Cell, Cell] => [`TC${i + 1}`, 5]), ['TC9.9', 5]];
    const messages = read(rows).problems.map((p) => p[2]);
    expect(messages).toHaveLength(16);
    expect(messages[15]).toBe(`Mã "TC9.9" (${at(16)}) không có trong bộ tiêu chí TT25.`);
    expect(messages.filter((m) => m.includes('hãy chọn bộ tiêu chí'))).toEqual([]);
  });

  it('a code of the other ruleset beside as many of this one: named as unknown, no suggestion (the other knows no more)', () => {
    expect(
      read([
        ['TC1.1', 'Đạt'],
        ['TC6', 5],
      ]).problems,
    ).toEqual([['TC6', 'error', `Mã "TC6" (${at(2)}) không có trong bộ tiêu chí TT25.`]]);
  });

  // rulesetOfCodes counts the rows each ruleset knows as indicators. TT44's criteria TC1…TC5 are TT25's criterion
  // codes: counted for TT25, a commune that has so far filled only TT44's first five criteria would get five
  // errors on "TC1…TC5 là mã tiêu chí" instead of being told to choose TT44.
  it('TT44 data of TC1…TC5 only read as TT25: those are criterion codes there, not indicators, so TT44 is suggested', () => {
    const rows: [Cell, Cell][] = Array.from({ length: 5 }, (_, i) => [`TC${i + 1}`, 10]);
    expect(read(rows).problems).toEqual([
      [
        'Bộ tiêu chí',
        'error',
        'Các mã trong vùng (TC1, TC2, TC3, …) là mã của bộ tiêu chí TT44, không phải TT25 đang dùng: hãy chọn bộ tiêu chí TT44 (ô "Bộ tiêu chí" trong vùng CDHT_THONG_TIN, hoặc đối số thứ ba của công thức, ví dụ "TT44").',
      ],
    ]);
  });

  // Rows are counted, not distinct codes: TC1.1 typed twice is two TT25 rows against TC6 and TC7, two TT44 rows.
  // TT44 knows no more of the range, so nothing says "choose TT44": each stray code is named where it sits.
  it('a TT25 code typed twice beside two TT44 codes: as many rows of each, no suggestion', () => {
    expect(
      read([
        ['TC1.1', 'Đạt'],
        ['TC1.1', 'Đạt'],
        ['TC6', 5],
        ['TC7', 5],
      ]).problems,
    ).toEqual([
      ['TC1.1', 'error', 'Chỉ tiêu TC1.1 được nhập hai lần (ô thứ 1 và ô thứ 2 từ trên xuống của vùng mã; không phải số dòng của trang tính).'],
      ['TC6', 'error', `Mã "TC6" (${at(3)}) không có trong bộ tiêu chí TT25.`],
      ['TC7', 'error', `Mã "TC7" (${at(4)}) không có trong bộ tiêu chí TT25.`],
    ]);
  });

  // One TT44 row more than TT25 rows is enough: the range is more TT44's than TT25's.
  it('one TT25 code beside two TT44 codes: TT44 knows one row more, so TT44 is suggested', () => {
    expect(
      read([
        ['TC1.1', 'Đạt'],
        ['TC6', 5],
        ['TC7', 5],
      ]).problems,
    ).toEqual([
      [
        'Bộ tiêu chí',
        'error',
        'Các mã trong vùng (TC6, TC7) là mã của bộ tiêu chí TT44, không phải TT25 đang dùng: hãy chọn bộ tiêu chí TT44 (ô "Bộ tiêu chí" trong vùng CDHT_THONG_TIN, hoặc đối số thứ ba của công thức, ví dụ "TT44").',
      ],
    ]);
  });

  it('a range of fractions is judged by its numbers only: a percent typed as text beside them does not hide a doubtful 1', () => {
    // TC5.2a holds the fraction 0,5 and TC5.2b the text "15%": the range holds fractions, so 1 is 100% and nothing is said.
    expect(
      read([
        ['TC5.1', 1],
        ['TC5.2a', 0.5],
        ['TC5.2b', '15%'],
      ]).problems,
    ).toEqual([]);
  });

  it('text "62" beside fractions is percent points as typed: no doubt (text never comes from a percent cell)', () => {
    expect(
      read([
        ['TC5.1', 0.8],
        ['TC5.2a', '62'],
        ['TC5.2b', 0.15],
      ]).problems,
    ).toEqual([]);
  });

  it('a doubted number with many decimals is shown rounded as an amount, not with every digit', () => {
    const [problem] = read([
      ['TC5.1', 0.8],
      ['TC5.2a', 100 / 3],
      ['TC5.2b', 0.15],
    ]).problems;
    expect(problem[2]).toContain(`Chỉ tiêu TC5.2a (${at(2)}): số 33,3333 được đọc là`);
  });

  it('"1%" and "100%" typed with their sign say what they mean: no warning', () => {
    expect(
      read([
        ['TC5.1', '1%'],
        ['TC5.2a', '100%'],
      ]).problems,
    ).toEqual([]);
  });
});

describe('toColumn', () => {
  it('a single cell is a column of one; a column is its cells; a wider range is an error naming the columns', () => {
    expect(toColumn('TC1.1', 'Vùng mã')).toEqual(['TC1.1']);
    expect(toColumn([['a'], ['b']], 'Vùng mã')).toEqual(['a', 'b']);
    expect(() => toColumn([['a', 'b']], 'Vùng giá trị')).toThrow('Vùng giá trị phải là một cột (đang có 2 cột).');
    expect(() => toColumn([['a'], ['b', 'c']], 'Vùng mã')).toThrow('Vùng mã phải là một cột (đang có 1 cột).');
  });
});
