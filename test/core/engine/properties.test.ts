/**
 * Property tests (fast-check). A commune is modelled by one exact number per item (TT25: yes/no
 * 0/1, level 0–max, percent in hundredths of a percent; TT44: points in hundredths) and written
 * into cells in any of the documented ways. The oracle judges the model with the minima and
 * cut-offs written by hand from README §2–3, never with the code under test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cdhtCheck, cdhtCriteria, cdhtRating, cdhtResults, cdhtScore } from '../../../src/core/formulas/assessment';
import { cdhtRate } from '../../../src/core/formulas/rate';
import { rulesetToTable } from '../../../src/core/ruleset/table';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';
import type { Cell } from '../../../src/core/cells/values';
import {
  KIND,
  LEVEL_MAX,
  MINIMUM,
  RATING_TT25,
  TT25_CRITERIA,
  TT25_ITEMS,
  TT44_CRITERIA,
  criterionOf,
  indicatorOf,
  missingCount,
  run,
  tt44RatingByHand,
  type Grid,
  type Row,
  type Tt25Item,
} from '../../helpers';

type Arg = Cell | Grid;

// ---------------------------------------------------------------------------------------------
// 1. Robustness: any mix of cells

const WORDS = [
  'Đạt',
  'đạt',
  'Không đạt',
  'Chưa đạt',
  'x',
  'Có',
  'có'.normalize('NFD'),
  'TRUE',
  'FALSE',
  'Mức độ 2',
  'MĐ3',
  'Mức độ 9',
  '62,5%',
  '62.5%',
  '100%',
  '100,01%',
  '-5%',
  '1.234,5',
  '1.234.567',
  '0,625',
  '12.34.567',
  '--5',
  '5,-3',
  '%',
  '',
  ' ',
  '\u00a0',
  'TT25',
  'TT44',
  'Bộ tiêu chí',
  'Chỉ tiêu',
  'Tiêu chí',
  'Xếp loại',
  'Tỷ lệ',
  'Mức độ',
  'Điểm',
];
const CODES = [...TT25_ITEMS, ...TT44_CRITERIA, 'TC5.2', 'tc1.1', ' TC 4.2 ', 'TC5.2A', 'TC0', 'TC16', 'TC1.4'];

const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(...WORDS),
  fc.double(),
  fc.integer({ min: -200, max: 200 }),
  fc.boolean(),
  fc.date(),
  fc.constant(null),
  fc.constant(undefined),
);
const codeCell: fc.Arbitrary<Cell> = fc.oneof(fc.constantFrom(...CODES), anyCell);

const column = (cell: fc.Arbitrary<Cell>) =>
  fc.array(
    cell.map((c): Cell[] => [c]),
    { maxLength: 25 },
  );
const grid = (cell: fc.Arbitrary<Cell>) => fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 6 });
const rangeArg = (cell: fc.Arbitrary<Cell>): fc.Arbitrary<Arg> => fc.oneof(cell, column(cell), grid(cell));

/** A built-in ruleset's table with a few cells overwritten, as a careless edit might leave it. */
const editedTable: fc.Arbitrary<Grid> = fc
  .tuple(fc.constantFrom(rulesetToTable(TT25), rulesetToTable(TT44)), fc.array(fc.tuple(fc.nat(), fc.nat(), anyCell), { maxLength: 3 }))
  .map(([table, edits]) => {
    const copy = table.map((row) => [...row]);
    for (const [r, c, cell] of edits) copy[r % copy.length][c % copy[0].length] = cell;
    return copy;
  });

const anyArgs = fc.record({
  // same-height columns reach the evaluation; anything at all exercises the argument checks
  data: fc.oneof(
    fc.array(fc.tuple(codeCell, anyCell), { maxLength: 25 }).map((rows) => ({
      codes: rows.map(([c]): Cell[] => [c]) as Arg,
      values: rows.map(([, v]): Cell[] => [v]) as Arg,
    })),
    fc.record({ codes: rangeArg(codeCell), values: rangeArg(anyCell) }),
  ),
  ruleset: fc.oneof(fc.constantFrom<Cell>(undefined, '', 'TT25', 'TT44', 'tt44', 'TT99'), anyCell, editedTable, grid(anyCell)),
  difficult: rangeArg(anyCell),
});

/** Runs `fn`: it returns, or throws an Error with a non-empty message. */
function returnsOrThrowsError<T>(fn: () => T): { value: T } | null {
  try {
    return { value: fn() };
  } catch (thrown) {
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message.trim()).not.toBe('');
    return null;
  }
}

describe('robustness on random cells', () => {
  it('CDHT_RATING, CDHT_SCORE, CDHT_RESULTS, CDHT_CRITERIA return or throw an Error with a message', () => {
    fc.assert(
      fc.property(anyArgs, ({ data: { codes, values }, ruleset, difficult }) => {
        const rating = returnsOrThrowsError(() => cdhtRating(codes, values, ruleset, difficult));
        if (rating) expect(rating.value).not.toBe('');
        const score = returnsOrThrowsError(() => cdhtScore(codes, values, ruleset, difficult));
        if (score) expect(Number.isFinite(score.value)).toBe(true);
        const results = returnsOrThrowsError(() => cdhtResults(codes, values, ruleset, difficult));
        if (results) expect(results.value).toHaveLength(Array.isArray(codes) ? codes.length : 1);
        const criteria = returnsOrThrowsError(() => cdhtCriteria(codes, values, ruleset, difficult));
        if (criteria) expect(criteria.value.length).toBeGreaterThan(1);
        // the four agree on whether the arguments are acceptable
        expect(new Set([rating, score, results, criteria].map((r) => r === null)).size).toBe(1);
      }),
      { numRuns: 400 },
    );
  });

  it('CDHT_CHECK never throws and always returns rows (code, Lỗi/Cảnh báo, message) or one cell', () => {
    fc.assert(
      fc.property(anyArgs, ({ data: { codes, values }, ruleset, difficult }) => {
        const check = cdhtCheck(codes, values, ruleset, difficult);
        expect(check.length).toBeGreaterThan(0);
        if (check.length === 1 && check[0].length === 1) return;
        for (const row of check) {
          expect(row).toHaveLength(3);
          expect(['Lỗi', 'Cảnh báo']).toContain(row[1]);
          expect(String(row[2]).trim()).not.toBe('');
        }
        // the strict formulas throw exactly when CDHT_CHECK reports an error
        const hasError = check.some((row) => row[1] === 'Lỗi');
        expect(returnsOrThrowsError(() => cdhtScore(codes, values, ruleset, difficult)) === null).toBe(hasError);
      }),
      { numRuns: 400 },
    );
  });

  it('CDHT_RATE returns a rate in [0, 1] or throws an Error with a message', () => {
    const count = fc.oneof(anyCell, fc.integer({ min: -5, max: 2000 }), fc.double({ min: -1, max: 2000, noNaN: true }));
    fc.assert(
      fc.property(fc.tuple(rangeArg(count), rangeArg(count), rangeArg(count)), ([n, d, e]) => {
        const rate = returnsOrThrowsError(() => cdhtRate(n, d, e));
        if (!rate) return;
        const values = Array.isArray(rate.value) ? rate.value.flat() : [rate.value];
        for (const v of values) {
          if (v === '') continue;
          expect(typeof v).toBe('number');
          expect(v as number).toBeGreaterThanOrEqual(0);
          expect(v as number).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 400 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 2. TT25 model

/** Exact value per item; null = left blank. */
type Tt25Model = Record<Tt25Item, number | null>;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Writes a model value into a cell in one of the documented ways (`how` picks the way). */
function tt25Cell(item: Tt25Item, value: number | null, how: number): Cell {
  if (value === null) return ['', null, '  '][how % 3];
  if (KIND[item] === 'yesno') {
    const ways = value === 1 ? ['Đạt', 'x', 'Có', true, 1, 'TRUE', 'đạt'.normalize('NFD')] : ['Không đạt', false, 0, 'FALSE', 'Chưa đạt', 'KHÔNG ĐẠT'];
    return ways[how % ways.length];
  }
  if (KIND[item] === 'level') {
    const ways: Cell[] = value === 0 ? [0, 'Chưa đạt'] : [value, `Mức độ ${value}`, `MĐ${value}`, String(value)];
    return ways[how % ways.length];
  }
  const hundredths = value; // of a percent
  const ways: Cell[] = [
    `${Math.floor(hundredths / 100)},${pad2(hundredths % 100)}%`, // "62,50%"
    `${hundredths / 100}%`, // "62.5%", English-style
    hundredths / 10000, // a %-formatted cell holds the fraction
  ];
  // percent points: 2 and above (between 1 and 2 a number reads two ways and is an error)
  if (hundredths >= 200) ways.push(hundredths / 100);
  return ways[how % ways.length];
}

function itemValue(item: Tt25Item): fc.Arbitrary<number> {
  if (KIND[item] === 'yesno') return fc.integer({ min: 0, max: 1 });
  if (KIND[item] === 'level') return fc.integer({ min: 0, max: LEVEL_MAX[item]! });
  // percents: anywhere, or right at a minimum or one hundredth of a percent below it
  const edges = MINIMUM[item]!.flatMap((min) => [min - 1, min]);
  return fc.oneof(fc.integer({ min: 0, max: 10000 }), fc.constantFrom(...edges, 0, 10000));
}

const completeModel = fc.record(Object.fromEntries(TT25_ITEMS.map((i) => [i, itemValue(i)])) as Record<Tt25Item, fc.Arbitrary<number>>);
const modelWithBlanks: fc.Arbitrary<Tt25Model> = fc.record(Object.fromEntries(TT25_ITEMS.map((i) => [i, fc.option(itemValue(i), { freq: 6 })])) as Record<Tt25Item, fc.Arbitrary<number | null>>);

/** Rows of a model in any order, with heading rows among them; `ways` picks each cell's spelling. */
const HEADINGS: Row[] = [...TT25_CRITERIA.map((c): Row => [c, '']), ['', 'Tiêu chí 5'], [null, null]];
function tt25ModelRows(model: Tt25Model, ways: number[], order: number[]): Row[] {
  const rows: Row[] = [...TT25_ITEMS.map((item, i): Row => [item, tt25Cell(item, model[item], ways[i] ?? 0)]), ...HEADINGS];
  return order.map((i) => rows[i]);
}
const rowCount = TT25_ITEMS.length + HEADINGS.length;
const ways = fc.array(fc.nat(), { minLength: TT25_ITEMS.length, maxLength: TT25_ITEMS.length });
const order = fc.shuffledSubarray([...Array(rowCount).keys()], { minLength: rowCount, maxLength: rowCount });
const inRegulationOrder = [...Array(rowCount).keys()];

type Outcome = 'Đạt' | 'Không đạt' | 'Thiếu dữ liệu';

/** The oracle: README §2, item by item. */
function oracleItem(item: Tt25Item, value: number | null, level: 0 | 1, difficult: boolean): Outcome {
  if (value === null) return 'Thiếu dữ liệu';
  const minimum = MINIMUM[item];
  const met = minimum ? value >= minimum[level + (difficult ? 2 : 0)] : value === 1;
  return met ? 'Đạt' : 'Không đạt';
}

/** Điều 8: a group (indicator, criterion, level) is met when all its members are. */
function all(outcomes: Outcome[]): Outcome {
  if (outcomes.includes('Không đạt')) return 'Không đạt';
  return outcomes.includes('Thiếu dữ liệu') ? 'Thiếu dữ liệu' : 'Đạt';
}

function oracle(model: Tt25Model, difficult: boolean) {
  const items = TT25_ITEMS.map((item) => ({ item, levels: [0, 1].map((l) => oracleItem(item, model[item], l as 0 | 1, difficult)) }));
  const indicators = [...new Set(TT25_ITEMS.map(indicatorOf))].map((code) => {
    const parts = items.filter((i) => indicatorOf(i.item) === code);
    return { code, levels: [0, 1].map((l) => all(parts.map((p) => p.levels[l]))) };
  });
  // Indicators with a blank part: TC5.2 counts once, however many of its two rows are blank.
  const blanks = new Set(TT25_ITEMS.filter((i) => model[i] === null).map(indicatorOf)).size;
  const [md1, md2] = [0, 1].map((l) => all(indicators.map((i) => i.levels[l])));
  // Điều 8: one indicator below Mức độ 1 decides "Chưa đạt" even while others are blank.
  const rating = md1 === 'Không đạt' ? RATING_TT25.none : blanks > 0 ? null : md2 === 'Đạt' ? RATING_TT25.md2 : RATING_TT25.md1;
  return { items, indicators, score: indicators.filter((i) => i.levels[0] === 'Đạt').length, blanks, rating };
}

const RANK: Record<string, number> = { 'Không đạt': 0, Đạt: 1, [RATING_TT25.none]: 0, [RATING_TT25.md1]: 1, [RATING_TT25.md2]: 2 };

describe('TT25: the four formulas agree with each other and with the regulation', () => {
  it('on any commune, rows in any order, with headings and blanks, in or out of vùng khó khăn', () => {
    fc.assert(
      fc.property(modelWithBlanks, ways, order, fc.boolean(), (model, spelling, permutation, difficult) => {
        const rows = tt25ModelRows(model, spelling, permutation);
        const formulas = run(rows, 'TT25', difficult);
        const expected = oracle(model, difficult);

        // CDHT_RESULTS: aligned with the input, each item judged as the regulation says
        const results = formulas.results();
        rows.forEach(([code], r) => {
          const item = expected.items.find((i) => i.item === code);
          expect(results[r]).toEqual(item ? item.levels : ['', '']);
        });

        // CDHT_CRITERIA: one row per criterion, its indicators combined
        const criteria = formulas.criteria();
        expect(criteria.slice(1).map((row) => row[0])).toEqual([...TT25_CRITERIA]);
        for (const [c, code] of TT25_CRITERIA.entries()) {
          const indicators = expected.indicators.filter((i) => criterionOf(i.code) === code);
          const met = indicators.filter((i) => i.levels[0] === 'Đạt').length;
          expect(criteria[c + 1].slice(2)).toEqual([all(indicators.map((i) => i.levels[0])), all(indicators.map((i) => i.levels[1])), met, indicators.length]);
        }

        // CDHT_SCORE: indicators met at Mức độ 1, the same count CDHT_CRITERIA adds up to
        const score = formulas.score();
        expect(score).toBe(expected.score);
        expect(score).toBe(criteria.slice(1).reduce((sum, row) => sum + (row[4] as number), 0));

        // CDHT_RATING: the level CDHT_CRITERIA shows, or how many values are missing
        const rating = formulas.rating();
        if (expected.rating === null) expect(missingCount(rating)).toBe(expected.blanks);
        else if (expected.blanks > 0) expect(rating).toMatch(new RegExp(`^${expected.rating} \\(.*còn ${expected.blanks} chỉ tiêu chưa nhập`));
        else expect(rating).toBe(expected.rating);
        if (expected.rating === RATING_TT25.md2) expect(criteria.slice(1).every((row) => row[3] === 'Đạt')).toBe(true);
        if (expected.rating === RATING_TT25.none) expect(criteria.slice(1).some((row) => row[2] === 'Không đạt')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('TT25 monotonicity: a better value never lowers a result', () => {
  /** `better` is `model` with some items (chosen by `raise`) replaced by the higher of two values. */
  const improvement = fc.tuple(completeModel, completeModel, fc.array(fc.boolean(), { minLength: TT25_ITEMS.length, maxLength: TT25_ITEMS.length })).map(([model, other, raise]) => ({
    model,
    better: Object.fromEntries(TT25_ITEMS.map((item, i) => [item, raise[i] ? Math.max(model[item], other[item]) : model[item]])) as Tt25Model,
  }));

  const assessed = (model: Tt25Model, spelling: number[], difficult: boolean) => {
    const formulas = run(tt25ModelRows(model, spelling, inRegulationOrder), 'TT25', difficult);
    return { results: formulas.results(), criteria: formulas.criteria(), score: formulas.score(), rating: formulas.rating() };
  };

  function expectNotLower(worse: ReturnType<typeof assessed>, better: ReturnType<typeof assessed>) {
    worse.results.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell !== '') expect(RANK[better.results[r][c] as string]).toBeGreaterThanOrEqual(RANK[cell as string]);
      });
    });
    worse.criteria.slice(1).forEach((row, r) => {
      for (const c of [2, 3]) expect(RANK[better.criteria[r + 1][c] as string]).toBeGreaterThanOrEqual(RANK[row[c] as string]);
    });
    expect(better.score).toBeGreaterThanOrEqual(worse.score);
    expect(RANK[better.rating]).toBeGreaterThanOrEqual(RANK[worse.rating]);
  }

  it('per indicator and overall, in and out of vùng khó khăn, however the values are written', () => {
    fc.assert(
      fc.property(improvement, ways, ways, fc.boolean(), ({ model, better }, spelling, otherSpelling, difficult) => {
        expectNotLower(assessed(model, spelling, difficult), assessed(better, otherSpelling, difficult));
      }),
      { numRuns: 300 },
    );
  });

  it('being in a vùng khó khăn never lowers a result', () => {
    fc.assert(
      fc.property(completeModel, ways, (model, spelling) => {
        expectNotLower(assessed(model, spelling, false), assessed(model, spelling, true));
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 3. TT44 model: points in hundredths, at most 6,66 per criterion so any total stays ≤ 100

const points = fc.array(fc.integer({ min: 0, max: 666 }), { minLength: 15, maxLength: 15 });
const pointsCell = (hundredths: number, how: number): Cell => (how % 2 === 0 ? hundredths / 100 : `${Math.floor(hundredths / 100)},${pad2(hundredths % 100)}`);
const tt44ModelRows = (model: number[], spelling: number[]): Row[] => TT44_CRITERIA.map((code, i) => [code, pointsCell(model[i], spelling[i] ?? 0)]);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('TT44: the four formulas agree with each other and with the cut-offs', () => {
  it('on any complete set of points', () => {
    fc.assert(
      fc.property(points, fc.array(fc.nat(), { minLength: 15, maxLength: 15 }), fc.boolean(), (model, spelling, difficult) => {
        const formulas = run(tt44ModelRows(model, spelling), 'TT44', difficult);
        const total = sum(model) / 100;
        const results = formulas.results();
        const criteria = formulas.criteria();
        expect(results.map((row) => row[0])).toEqual(model.map((h) => h / 100));
        expect(criteria.slice(1).map((row) => row[2])).toEqual(model.map((h) => h / 100));
        expect(formulas.score()).toBeCloseTo(total, 9);
        // the cut-offs compare exact hundredths: 84,99 is Khá even when the floating sum is 84,9900000001
        expect(formulas.rating()).toBe(tt44RatingByHand(sum(model) / 100, model.includes(0)));
      }),
      { numRuns: 300 },
    );
  });

  it('more points never lower the total or the rating', () => {
    const TT44_RANK: Record<string, number> = { 'Chưa đạt': 0, 'Trung bình': 1, Khá: 2, Tốt: 3 };
    fc.assert(
      fc.property(points, points, (model, other) => {
        const better = model.map((h, i) => Math.max(h, other[i]));
        const [worse, improved] = [model, better].map((m) => run(tt44ModelRows(m, []), 'TT44'));
        expect(improved.score()).toBeGreaterThanOrEqual(worse.score());
        expect(TT44_RANK[improved.rating()]).toBeGreaterThanOrEqual(TT44_RANK[worse.rating()]);
      }),
      { numRuns: 200 },
    );
  });
});
