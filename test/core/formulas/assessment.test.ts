/** The CDHT_* formula contract, argument by argument, on the pure functions behind main.ts. */
import { describe, expect, it } from 'vitest';
import { cdhtCheck, cdhtCriteria, cdhtRating, cdhtResults, cdhtScore } from '../../../src/core/formulas/assessment';
import { cdhtRate } from '../../../src/core/formulas/rate';
import { SAMPLE_TT25_ROWS, SAMPLE_TT44_ROWS } from '../../fixtures/sample-commune';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';
import { rulesetToTable } from '../../../src/core/ruleset/table';
import type { Cell } from '../../../src/core/cells/values';
import {
  TT25_AT_MD2,
  TT25_CRITERIA,
  TT44_CRITERIA,
  VIETNAMESE,
  columns,
  errorMessage,
  md2With,
  missingCount,
  pointsTotalling,
  ratingOf,
  resultsByCode,
  run,
  scoreOf,
  tt25Rows,
  tt44Rows,
  type Grid,
  type Row,
} from '../../helpers';

const STRICT = { CDHT_RATING: cdhtRating, CDHT_SCORE: cdhtScore, CDHT_RESULTS: cdhtResults, CDHT_CRITERIA: cdhtCriteria };
const STRICT_FORMULAS = Object.entries(STRICT);

/** Builds the `codes, values` argument pair from rows. */
function cols(rows: readonly Row[]): [Grid, Grid] {
  const { codes, values } = columns(rows);
  return [codes, values];
}

/** Each strict formula throws the same Vietnamese message for these arguments. */
function expectEveryFormulaToThrow(codes: Cell | Grid, values: Cell | Grid, ruleset: Cell | Grid, ...parts: (string | RegExp)[]) {
  for (const [name, formula] of STRICT_FORMULAS) {
    const message = errorMessage(() => formula(codes, values, ruleset));
    expect(message, name).toMatch(VIETNAMESE);
    for (const part of parts) {
      if (typeof part === 'string') expect(message, name).toContain(part);
      else expect(message, name).toMatch(part);
    }
  }
}

/** Rows of the sample commune, hand-checked against README §2: see the comments in the tests. */
const SAMPLE_TT25 = SAMPLE_TT25_ROWS as readonly Row[];
const SAMPLE_TT44 = SAMPLE_TT44_ROWS as readonly Row[];

describe('CDHT_RATING', () => {
  it('sample commune, TT25: every indicator reaches Mức độ 1; TC4.3 (mức 2 < 3), TC5.1 (65,12% < 80%) and TC5.2 (54,83% < 60%) miss Mức độ 2', () => {
    expect(ratingOf(SAMPLE_TT25)).toBe('Mức độ 1');
  });

  it('sample commune, TT44: 7 + 6,5 + 6 + 7 + 8 + 5 + 5,5 + 4,5 + 5 + 5 + 4 + 3,5 + 3 + 2,5 + 2 = 74,5 → Khá', () => {
    expect(ratingOf(SAMPLE_TT44, 'TT44')).toBe('Khá');
    expect(scoreOf(SAMPLE_TT44, 'TT44')).toBe(74.5);
  });

  it.each<[string, Cell | Grid]>([
    ['blank', undefined],
    ['null', null],
    ['empty text', ''],
    ['"TT25"', 'TT25'],
    ['"tt25"', 'tt25'],
    ['a cell range holding "TT25"', [['TT25']]],
  ])('the ruleset argument %s means TT25', (_, ruleset) => {
    expect(ratingOf(tt25Rows(TT25_AT_MD2), ruleset)).toBe('Mức độ 2');
  });

  it.each<Cell | Grid>(['TT44', 'tt44', 'Tt44', ' TT 44 ', [['tt44']]])('the ruleset argument %j means TT44', (ruleset) => {
    expect(ratingOf(SAMPLE_TT44, ruleset)).toBe('Khá');
  });

  it('an unknown ruleset name is an error naming it', () => {
    expect(errorMessage(() => ratingOf(SAMPLE_TT25, 'TT99'))).toContain('TT99');
    expect(errorMessage(() => ratingOf(SAMPLE_TT25, true))).toMatch(/TT25/);
  });

  it('blank indicators give "Chưa đủ dữ liệu" and how many, not an error', () => {
    const rating = ratingOf(md2With({ 'TC4.1': '', 'TC5.2b': '' }));
    expect(missingCount(rating)).toBe(2);
  });

  it.each<[string, Cell]>([
    ['TRUE', true],
    ['"Có"', 'Có'],
    ['"có"', 'có'],
    ['"x"', 'x'],
    ['1', 1],
    ['a cell range holding TRUE', [[true]] as unknown as Cell],
  ])('difficult_area %s lowers the TC5.2 minima', (_, flag) => {
    const commune = md2With({ 'TC5.2a': '45%' }); // MĐ1 needs 50%, 40% in vùng khó khăn
    expect(ratingOf(commune, 'TT25', flag)).toBe('Mức độ 1');
  });

  it.each<[string, Cell]>([
    ['blank', undefined],
    ['empty text', ''],
    ['FALSE', false],
    ['"Không"', 'Không'],
    ['0', 0],
  ])('difficult_area %s keeps the normal minima', (_, flag) => {
    expect(ratingOf(md2With({ 'TC5.2a': '45%' }), 'TT25', flag)).toBe('Chưa đạt');
  });

  it('a difficult_area that is not yes/no is an error quoting it', () => {
    expect(errorMessage(() => ratingOf(SAMPLE_TT25, 'TT25', 'có lẽ'))).toContain('có lẽ');
  });
});

describe('CDHT_SCORE', () => {
  it('TT25 counts indicators met at Mức độ 1 (0–15)', () => {
    expect(scoreOf(SAMPLE_TT25)).toBe(15);
    expect(scoreOf(md2With({ 'TC1.1': 'Không đạt', 'TC4.2': 1, 'TC5.1': '10%' }))).toBe(12);
  });

  it('TT25 counts TC5.2 once, met only when both TC5.2a and TC5.2b are', () => {
    expect(scoreOf(md2With({ 'TC5.2a': '10%' }))).toBe(14);
    expect(scoreOf(md2With({ 'TC5.2b': '1%' }))).toBe(14);
    expect(scoreOf(md2With({ 'TC5.2a': '10%', 'TC5.2b': '1%' }))).toBe(14);
  });

  it('TT44 adds the points', () => {
    expect(scoreOf(tt44Rows(pointsTotalling(6325)), 'TT44')).toBeCloseTo(63.25, 9);
  });
});

describe('single cells arrive as plain values', () => {
  it('one code and one value', () => {
    expect(missingCount(cdhtRating('TC1.1', 'Đạt'))).toBe(14);
    expect(cdhtScore('TC1.1', 'Đạt')).toBe(1);
    expect(cdhtResults('TC5.1', 0.7)).toEqual([['Đạt', 'Không đạt']]);
    expect(cdhtScore('TC1', 8, 'TT44')).toBe(8);
    expect(cdhtResults('TC1', 8, 'TT44')).toEqual([[8, '']]);
    expect(cdhtCriteria('TC5.2a', '55%')[5].slice(2)).toEqual(['Thiếu dữ liệu', 'Không đạt', 0, 2]);
  });

  it('a single-row range works the same', () => {
    expect(cdhtResults([['TC5.1']], [[0.7]])).toEqual([['Đạt', 'Không đạt']]);
  });
});

describe('codes', () => {
  it('rows with a blank code are headings: ignored, blank in CDHT_RESULTS', () => {
    const rows: Row[] = [['', 'Tiêu chí 1: Lãnh đạo'], ...tt25Rows(TT25_AT_MD2), [null, ''], ['  ', 42]];
    expect(ratingOf(rows)).toBe('Mức độ 2');
    const results = run(rows).results();
    expect(results[0]).toEqual(['', '']);
    expect(results.at(-1)).toEqual(['', '']);
    // a heading with a value gets a warning in CDHT_CHECK, not an error
    expect(
      run(rows)
        .check()
        .map((r) => r[1]),
    ).toEqual(['Cảnh báo', 'Cảnh báo']);
  });

  it('a criterion code with no value is a heading; with a value it is an error naming it', () => {
    expect(ratingOf([['TC1', ''], ...tt25Rows(TT25_AT_MD2)])).toBe('Mức độ 2');
    expectEveryFormulaToThrow(...cols([['TC1', 'Đạt'], ...tt25Rows(TT25_AT_MD2)]), 'TT25', 'TC1');
    expectEveryFormulaToThrow(...cols([['TC5.2', '55%'], ...tt25Rows(TT25_AT_MD2)]), 'TT25', 'TC5.2');
  });

  it('are matched regardless of case and spaces', () => {
    const rows = tt25Rows(TT25_AT_MD2).map(([code, value]) => [` ${String(code).toLowerCase().replace('.', ' .')} `, value] as const);
    expect(ratingOf(rows)).toBe('Mức độ 2');
    expect(cdhtResults('tc5.2A', '45%', 'TT25', true)).toEqual([['Đạt', 'Không đạt']]);
  });

  it('an unknown code is an error naming it', () => {
    expectEveryFormulaToThrow(...cols([...tt25Rows(TT25_AT_MD2), ['TC6.1', 'Đạt']]), 'TT25', 'TC6.1');
    // TT25 codes are not TT44 codes
    expectEveryFormulaToThrow(...cols([['TC1.1', 'Đạt']]), 'TT44', 'TC1.1', 'TT44');
  });

  it('a duplicated code is an error naming it, even written differently', () => {
    expectEveryFormulaToThrow(...cols([...tt25Rows(TT25_AT_MD2), ['tc1.1', 'Đạt']]), 'TT25', 'TC1.1', /hai lần/);
  });

  it('more than three errors: the first are named and CDHT_CHECK is pointed to', () => {
    const rows = md2With({ 'TC1.1': '?', 'TC1.2': '?', 'TC1.3': '?', 'TC2.1': '?', 'TC2.2': '?' });
    const message = errorMessage(() => ratingOf(rows));
    expect(message).toContain('TC1.1');
    expect(message).toContain('CDHT_CHECK');
    expect(message).toMatch(/và 2 lỗi khác/);
  });
});

describe('values', () => {
  it.each<[string, Cell, string[]]>([
    ['TC1.1', 'Có lẽ', ['TC1.1', '"Có lẽ"']],
    ['TC4.2', 'Mức độ 4', ['TC4.2', '"Mức độ 4"']],
    ['TC4.4', 3, ['TC4.4', '3']],
    ['TC5.1', 'nhiều', ['TC5.1', '"nhiều"']],
    ['TC5.1', 120, ['TC5.1', '120', '100%']],
    ['TC5.2a', '100,5%', ['TC5.2a', '100,5%']],
    ['TC5.2b', -0.1, ['TC5.2b', '-0,1']],
  ])('%s = %j is an error naming the code and the value', (code, value, parts) => {
    expectEveryFormulaToThrow(...cols(md2With({ [code]: value })), 'TT25', ...parts);
  });

  it('accepts every documented way of writing a value', () => {
    const rows = tt25Rows({
      'TC1.1': 'Đạt',
      'TC1.2': 'đạt',
      'TC1.3': 'x',
      'TC2.1': 'Có',
      'TC2.2': true,
      'TC2.3': 'TRUE',
      'TC3.1': 1,
      'TC3.2': 'ĐẠT',
      'TC3.3': 'Đạt'.normalize('NFD'),
      'TC4.1': 'X',
      'TC4.2': 3,
      'TC4.3': 'Mức độ 3',
      'TC4.4': 'mức độ 2',
      'TC5.1': 0.8,
      'TC5.2a': 60,
      'TC5.2b': '15,0%',
    });
    expect(ratingOf(rows)).toBe('Mức độ 2');
  });
});

describe('range shapes', () => {
  it('ranges of different heights are an error quoting both heights', () => {
    const { codes, values } = columns(tt25Rows(TT25_AT_MD2));
    expectEveryFormulaToThrow(codes, values.slice(0, -2), 'TT25', /21.*19/);
    expectEveryFormulaToThrow(codes.slice(0, 1), values, 'TT25', /1 dòng.*21 dòng/);
  });

  it('a range wider than one column is an error', () => {
    const wide = tt25Rows(TT25_AT_MD2).map(([code, value]) => [code, value]);
    const { codes } = columns(tt25Rows(TT25_AT_MD2));
    expectEveryFormulaToThrow(wide, wide, 'TT25', /một cột/, /2 cột/);
    expectEveryFormulaToThrow(codes, wide, 'TT25', /giá trị/, /một cột/);
    expect(errorMessage(() => cdhtRating(codes, codes, 'TT25', [[true, true]]))).toMatch(/một ô.*2 ô/);
  });
});

describe('CDHT_RESULTS', () => {
  it('one row per input row, aligned, blank for heading rows (sample commune, TT25)', () => {
    const results = resultsByCode(SAMPLE_TT25);
    for (const criterion of TT25_CRITERIA) expect(results.get(criterion)).toEqual(['', '']);
    expect(results.get('TC1.1')).toEqual(['Đạt', 'Đạt']);
    expect(results.get('TC4.2')).toEqual(['Đạt', 'Đạt']); // Mức độ 3
    expect(results.get('TC4.3')).toEqual(['Đạt', 'Không đạt']); // Mức độ 2
    expect(results.get('TC4.4')).toEqual(['Đạt', 'Đạt']); // Mức độ 2 of 2
    expect(results.get('TC5.1')).toEqual(['Đạt', 'Không đạt']); // 65,12%
    expect(results.get('TC5.2a')).toEqual(['Đạt', 'Không đạt']); // 54,83%
    expect(results.get('TC5.2b')).toEqual(['Đạt', 'Không đạt']); // 12,71%
  });

  it('marks blank values "Thiếu dữ liệu" at both levels', () => {
    expect(resultsByCode(md2With({ 'TC3.2': '' })).get('TC3.2')).toEqual(['Thiếu dữ liệu', 'Thiếu dữ liệu']);
  });

  it('keeps the input order, whatever it is', () => {
    const rows: Row[] = [
      ['TC5.1', '70%'],
      ['', ''],
      ['TC1.1', 'Không đạt'],
    ];
    expect(run(rows).results()).toEqual([
      ['Đạt', 'Không đạt'],
      ['', ''],
      ['Không đạt', 'Không đạt'],
    ]);
  });

  it('TT44: points and maximum (blank until a province enters it); blank points are missing', () => {
    const rows: Row[] = [
      ['TC1', 7],
      ['', ''],
      ['TC2', ''],
    ];
    expect(run(rows, 'TT44').results()).toEqual([
      [7, ''],
      ['', ''],
      ['Thiếu dữ liệu', ''],
    ]);
  });
});

describe('CDHT_CRITERIA', () => {
  it('TT25: header row, then one row per criterion starting with its code (sample commune)', () => {
    const criteria = run(SAMPLE_TT25).criteria();
    expect(criteria).toHaveLength(1 + 5);
    expect(criteria[0]).toEqual(['Tiêu chí', 'Nội dung', 'Mức độ 1', 'Mức độ 2', 'Chỉ tiêu đạt mức độ 1', 'Số chỉ tiêu']);
    expect(criteria.slice(1).map((row) => row[0])).toEqual([...TT25_CRITERIA]);
    expect(criteria[1]).toEqual(['TC1', TT25.criteria[0].name, 'Đạt', 'Đạt', 3, 3]);
    expect(criteria[4].slice(2)).toEqual(['Đạt', 'Không đạt', 4, 4]);
    // TC5: two indicators (TC5.1 and TC5.2), both met at Mức độ 1 only
    expect(criteria[5].slice(2)).toEqual(['Đạt', 'Không đạt', 2, 2]);
  });

  it('TT25: a criterion fails when one indicator fails', () => {
    const criteria = run(md2With({ 'TC2.2': 'Không đạt' })).criteria();
    expect(criteria[2].slice(2)).toEqual(['Không đạt', 'Không đạt', 2, 3]);
  });

  it('TT44: header, then code, name, points and maximum per criterion', () => {
    const criteria = run(SAMPLE_TT44, 'TT44').criteria();
    expect(criteria[0]).toEqual(['Tiêu chí', 'Nội dung', 'Điểm', 'Tối đa']);
    expect(criteria.slice(1).map((row) => row[0])).toEqual(TT44_CRITERIA);
    expect(criteria[2]).toEqual(['TC2', TT44.criteria[1].name, 6.5, '']);
  });
});

describe('CDHT_CHECK', () => {
  const check = (codes: Cell | Grid, values: Cell | Grid, ruleset?: Cell | Grid, difficult?: Cell | Grid) => cdhtCheck(codes, values, ruleset, difficult);

  it('complete valid TT25 data: a single cell saying there is no problem', () => {
    const result = check(...cols(tt25Rows(TT25_AT_MD2)));
    expect(result).toHaveLength(1);
    expect(result[0]).toHaveLength(1);
    expect(result[0][0]).toMatch(/Không có vấn đề/);
  });

  it('one row per problem (code, Lỗi/Cảnh báo, Vietnamese message), errors first', () => {
    const rows = md2With({ 'TC1.1': 'hmm', 'TC4.2': '', 'TC5.1': 150 });
    const result = check(...cols([...rows, ['TC9.9', 'Đạt'], ['TC1.2', 'Đạt']]));
    for (const row of result) {
      expect(row).toHaveLength(3);
      expect(['Lỗi', 'Cảnh báo']).toContain(row[1]);
      expect(row[2]).toMatch(VIETNAMESE);
    }
    const severities = result.map((row) => row[1]);
    expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'Lỗi' ? -1 : 1)));
    const errors = result.filter((row) => row[1] === 'Lỗi').map((row) => row[0]);
    expect(errors).toEqual(expect.arrayContaining(['TC1.1', 'TC5.1', 'TC9.9', 'TC1.2']));
    expect(result.find((row) => row[1] === 'Cảnh báo')?.[0]).toBe('TC4.2');
  });

  it("complete TT44 data: the ruleset's own warnings (no maxima entered, evidence rule), each on its row, and nothing else", () => {
    expect(check(...cols(SAMPLE_TT44), 'TT44')).toEqual([
      ['Bộ tiêu chí TT44', 'Cảnh báo', 'Còn 15 tiêu chí chưa có điểm tối đa: nhập theo biểu điểm của tỉnh trong bảng Bộ tiêu chí.'],
      [
        'Minh chứng',
        'Cảnh báo',
        'Thông tư 44/2014/TT-BGDĐT, Điều 4 khoản 2: "Các tiêu chí không có minh chứng phù hợp không được chấm điểm." Chỉ chấm điểm tiêu chí có minh chứng phù hợp (cột Minh chứng).',
      ],
    ]);
  });

  it('a ruleset table with two bad rows: one row per error, each naming its table row, not one joined message', () => {
    const table = rulesetToTable(TT25).map((row) => [...row]);
    table[3][11] = 'Đã xem';
    table[5][11] = 'Đã xem';
    const status = 'cột Trạng thái cần ghi "Nguyên văn", "Diễn đạt lại", "Nguồn thứ cấp", "Chưa xác minh".';
    expect(check(...cols(SAMPLE_TT25), table)).toEqual([
      ['Bộ tiêu chí dòng 4', 'Lỗi', `Bộ tiêu chí dòng 4: ${status}`],
      ['Bộ tiêu chí dòng 6', 'Lỗi', `Bộ tiêu chí dòng 6: ${status}`],
    ]);
  });

  it('an unknown ruleset name: one row "Đối số", Lỗi, with the message the other formulas throw', () => {
    expect(check(...cols(SAMPLE_TT25), 'TT99')).toEqual([['Đối số', 'Lỗi', 'Không có bộ tiêu chí "TT99": dùng "TT25", "TT44" hoặc vùng bảng Bộ tiêu chí.']]);
  });

  it.each<[string, () => Grid, RegExp]>([
    ['a bad ruleset name', () => check(...cols(SAMPLE_TT25), 'TT99'), /TT99/],
    ['a ruleset given as a date', () => check(...cols(SAMPLE_TT25), new Date()), /TT25/],
    ['a bad difficult_area', () => check(...cols(SAMPLE_TT25), 'TT25', 'không rõ'), /không rõ/],
    ['ranges of different heights', () => check(columns(SAMPLE_TT25).codes, [['Đạt']]), /dòng/],
    ['a wide range', () => check([['TC1.1', 'TC1.2']], [['Đạt', 'Đạt']]), /một cột/],
    [
      'a table that is not a ruleset',
      () =>
        check(...cols(SAMPLE_TT25), [
          ['a', 'b'],
          ['c', 'd'],
        ]),
      /Bộ tiêu chí/,
    ],
    ['nothing at all', () => check(undefined, undefined, undefined, undefined), /chưa nhập/],
  ])('never throws, even with %s', (_, call, message) => {
    let result: Grid = [];
    expect(() => (result = call())).not.toThrow();
    expect(result.length).toBeGreaterThan(0);
    expect(result.map((row) => row.join(' ')).join('\n')).toMatch(message);
  });
});

describe('CDHT_RATE', () => {
  it.each<[Cell, Cell, Cell, number]>([
    [95, 100, undefined, 0.95],
    [95, 100, '', 0.95],
    [96, 100, 4, 1],
    [0, 10, 0, 0],
    [115999, 120000, 4001, 1],
    [18000, 18640, 40, 18000 / 18600],
  ])('%d ÷ (%d − %j) = %d', (numerator, denominator, exempt, rate) => {
    expect(cdhtRate(numerator, denominator, exempt)).toBeCloseTo(rate, 12);
  });

  it.each<[Cell, Cell, Cell, number]>([
    // Numbers stored as text (a column formatted as plain text, a paste): read as vi-VN numbers.
    ['12', 100, '', 0.12],
    ['1.234', '2.000', undefined, 0.617],
    [' 95 ', '100', '4', 95 / 96],
    ['11.802', '12.040', '96', 11802 / 11944],
  ])('numbers stored as text: %j ÷ (%j − %j) = %d', (numerator, denominator, exempt, rate) => {
    expect(cdhtRate(numerator, denominator, exempt)).toBeCloseTo(rate, 12);
  });

  it('on ranges: a row with only its exempt count filled is an error naming the row, not a blank', () => {
    expect(() => cdhtRate([[95], [''], [50]], [[100], [''], [100]], [[''], [3], ['']])).toThrow(/Số đạt.*ô thứ 2 từ trên xuống.*để trống/);
  });

  it('on ranges: one rate per cell, blank where all inputs are blank', () => {
    const rates = cdhtRate([[95], [''], [50]], [[100], [''], [100]], [[''], [''], [50]]);
    expect(rates).toEqual([[0.95], [''], [1]]);
    expect(
      cdhtRate(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [4, 4],
          [4, 4],
        ],
      ),
    ).toEqual([
      [0.25, 0.5],
      [0.75, 1],
    ]);
  });

  it.each<[string, () => unknown, string[]]>([
    ['numerator above denominator − exempt', () => cdhtRate(116000, 115999), ['116.000', '115.999', 'không nhất quán']],
    ['numerator above it with exempt', () => cdhtRate(116000, 120000, 4001), ['116.000', '120.000 - 4.001 = 115.999']],
    ['a negative numerator', () => cdhtRate(-1, 10), ['-1', 'âm']],
    ['a negative denominator', () => cdhtRate(1, -10), ['-10', 'âm']],
    ['a negative exempt', () => cdhtRate(1, 10, -2), ['-2', 'âm']],
    ['a zero base', () => cdhtRate(0, 10, 10), ['10 - 10 = 0', 'lớn hơn 0']],
    ['a zero denominator', () => cdhtRate(0, 0), ['lớn hơn 0']],
    ['exempt above denominator', () => cdhtRate(0, 1000, 1500), ['1.000 - 1.500 = -500']],
    ['text', () => cdhtRate('chín lăm', 100), ['"chín lăm"', 'không phải là số']],
    ['digits split by a space', () => cdhtRate('9 5', 100), ['"9 5"', 'khoảng trắng giữa các chữ số']],
    ['a blank numerator', () => cdhtRate('', 100), ['trống']],
    ['a date', () => cdhtRate(new Date(), 100), ['ngày tháng']],
    ['a boolean', () => cdhtRate(true, 100), ['"true"']],
    ['a row in a range', () => cdhtRate([[1], [200]], [[10], [100]]), ['ô thứ 2 từ trên xuống', 'không phải số dòng của trang tính', '200']],
    [
      'a cell in a two-column range',
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
      ['dòng thứ 2, cột thứ 2', '200'],
    ],
    ['ranges of different shapes', () => cdhtRate([[1], [2]], [[10]]), ['số đạt có 2 dòng × 1 cột', 'tổng số có 1 dòng × 1 cột', 'cùng số dòng']],
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
      ['số được miễn trừ có 2 dòng × 2 cột', 'số đạt có 2 dòng × 1 cột'],
    ],
    ['a scalar with a range', () => cdhtRate(1, [[10], [20]]), ['số đạt là một ô', 'tổng số có 2 dòng × 1 cột']],
    ['a range with a scalar exempt', () => cdhtRate([[1]], [[10]], 5), ['số được miễn trừ là một ô', 'cùng số dòng']],
  ])('%s is an error', (_, call, parts) => {
    const message = errorMessage(call);
    for (const part of parts) expect(message).toContain(part);
  });
});
