/**
 * `evaluate` whole, for two small hand-made rulesets (a levels one shaped like TT25 Điều 6–8, a
 * points one shaped like TT44 Điều 4): every reading, every outcome per level, every criterion
 * row, the score, the rating, what decided it, the text CDHT_RATING shows and every problem
 * message. Expected values are worked out by hand from the rules (README §2–3), never read from a
 * run of the code.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, incompleteText, type Evaluation } from '../../../src/core/engine/evaluate';
import type { LevelsRuleset, PointsRuleset } from '../../../src/core/ruleset/types';
import type { Cell } from '../../../src/core/cells/values';

const P = { ref: 'Điều 6', status: 'verbatim' } as const;

const LEVELS: LevelsRuleset = {
  id: 'MINI',
  name: 'Mini',
  scheme: 'levels',
  provenance: P,
  facts: [],
  criteria: [
    {
      code: 'K1',
      name: 'Tiêu chí một',
      provenance: P,
      items: [
        { code: 'K1.1', name: 'Có', kind: 'yesno', provenance: P },
        { code: 'K1.2', name: 'Mức', kind: 'level', max: 3, thresholds: { MD1: { min: 2 }, MD2: { min: 3 } }, provenance: P },
      ],
    },
    {
      code: 'K2',
      name: 'Tiêu chí hai',
      provenance: P,
      items: [
        { code: 'K2.a', partOf: 'K2.0', name: 'Tỷ lệ a', kind: 'percent', thresholds: { MD1: { min: 0.5, minDifficult: 0.4 }, MD2: { min: 0.6, minDifficult: 0.5 } }, provenance: P },
        { code: 'K2.b', partOf: 'K2.0', name: 'Tỷ lệ b', kind: 'percent', thresholds: { MD1: { min: 0.1 }, MD2: { min: 0.2 } }, provenance: P },
      ],
    },
    {
      code: 'K3',
      name: 'Tiêu chí ba',
      provenance: P,
      items: [
        { code: 'K3.1', name: 'Một', kind: 'yesno', provenance: P },
        { code: 'K3.2', name: 'Hai', kind: 'yesno', provenance: P },
        { code: 'K3.3', name: 'Ba', kind: 'yesno', provenance: P },
      ],
    },
  ],
};

/** Every item at Mức độ 2, each exactly at its minimum. */
const AT_MD2: Record<string, Cell> = { 'K1.1': 'Đạt', 'K1.2': 3, 'K2.a': 0.6, 'K2.b': '20%', 'K3.1': true, 'K3.2': 'x', 'K3.3': 1 };
const cells = (changes: Record<string, Cell>) => new Map(Object.entries({ ...AT_MD2, ...changes }));

/** What a person reads of an evaluation, as plain rows. */
function shown(e: Evaluation) {
  return {
    items: e.items.map((r) => [r.item.code, r.reading.state === 'ok' ? r.reading.value : r.reading.state, r.byLevel?.MD1 ?? '', r.byLevel?.MD2 ?? '']),
    indicators: e.criteria.flatMap((c) => c.indicators.map((i) => [i.code, i.parts.map((p) => p.item.code).join('+'), i.byLevel.MD1, i.byLevel.MD2])),
    criteria: e.criteria.map((c) => [c.criterion.code, c.byLevel?.MD1 ?? '', c.byLevel?.MD2 ?? '', c.points, c.complete, c.max ?? 'no max']),
    missing: e.missing,
    problems: e.problems.map((p) => [p.code, p.severity, p.message]),
    score: e.score,
    rating: e.rating,
    decidedBy: e.decidedBy,
    ratingText: e.ratingText,
  };
}

describe('levels: every item, indicator and criterion at each level', () => {
  it('every value exactly at its Mức độ 2 minimum: Mức độ 2, every indicator counted once', () => {
    expect(shown(evaluate(LEVELS, cells({}), false))).toEqual({
      items: [
        ['K1.1', 1, 'met', 'met'],
        ['K1.2', 3, 'met', 'met'],
        ['K2.a', 0.6, 'met', 'met'],
        ['K2.b', 0.2, 'met', 'met'],
        ['K3.1', 1, 'met', 'met'],
        ['K3.2', 1, 'met', 'met'],
        ['K3.3', 1, 'met', 'met'],
      ],
      indicators: [
        ['K1.1', 'K1.1', 'met', 'met'],
        ['K1.2', 'K1.2', 'met', 'met'],
        ['K2.0', 'K2.a+K2.b', 'met', 'met'],
        ['K3.1', 'K3.1', 'met', 'met'],
        ['K3.2', 'K3.2', 'met', 'met'],
        ['K3.3', 'K3.3', 'met', 'met'],
      ],
      criteria: [
        ['K1', 'met', 'met', 4, true, 'no max'],
        ['K2', 'met', 'met', 0.8, true, 'no max'],
        ['K3', 'met', 'met', 3, true, 'no max'],
      ],
      missing: [],
      problems: [],
      score: 6,
      rating: 'Mức độ 2',
      decidedBy: [],
      ratingText: 'Mức độ 2',
    });
  });

  it('one part just below Mức độ 2 and the level at Mức độ 1: Mức độ 1, the part failing its indicator at Mức độ 2 only', () => {
    const e = shown(evaluate(LEVELS, cells({ 'K2.b': 0.19, 'K1.2': 'Mức độ 2' }), false));
    expect(e.items.slice(1, 4)).toEqual([
      ['K1.2', 2, 'met', 'not_met'],
      ['K2.a', 0.6, 'met', 'met'],
      ['K2.b', 0.19, 'met', 'not_met'],
    ]);
    expect(e.indicators[2]).toEqual(['K2.0', 'K2.a+K2.b', 'met', 'not_met']);
    expect(e.criteria).toEqual([
      ['K1', 'met', 'not_met', 3, true, 'no max'],
      ['K2', 'met', 'not_met', 0.79, true, 'no max'],
      ['K3', 'met', 'met', 3, true, 'no max'],
    ]);
    expect([e.score, e.rating, e.ratingText, e.decidedBy, e.problems]).toEqual([6, 'Mức độ 1', 'Mức độ 1', [], []]);
  });

  it('a vùng khó khăn minimum applies only there: 45% fails Mức độ 1 elsewhere, passes it there and fails Mức độ 2', () => {
    const normal = shown(evaluate(LEVELS, cells({ 'K2.a': '45%' }), false));
    expect(normal.items[2]).toEqual(['K2.a', 0.45, 'not_met', 'not_met']);
    expect([normal.score, normal.rating, normal.ratingText, normal.decidedBy]).toEqual([5, 'Chưa đạt', 'Chưa đạt', ['K2.0']]);
    const difficult = shown(evaluate(LEVELS, cells({ 'K2.a': '45%' }), true));
    expect(difficult.items[2]).toEqual(['K2.a', 0.45, 'met', 'not_met']);
    expect([difficult.score, difficult.rating, difficult.ratingText, difficult.decidedBy]).toEqual([6, 'Mức độ 1', 'Mức độ 1', []]);
  });

  it('a part with no vùng khó khăn minimum keeps its own there; a no is not met at either level', () => {
    const e = shown(evaluate(LEVELS, cells({ 'K2.b': 0.09, 'K3.2': 'Không đạt' }), true));
    expect(e.items[3]).toEqual(['K2.b', 0.09, 'not_met', 'not_met']);
    expect(e.items[5]).toEqual(['K3.2', 0, 'not_met', 'not_met']);
    expect(e.criteria.map((c) => c.slice(0, 3))).toEqual([
      ['K1', 'met', 'met'],
      ['K2', 'not_met', 'not_met'],
      ['K3', 'not_met', 'not_met'],
    ]);
    expect([e.score, e.rating, e.decidedBy]).toEqual([4, 'Chưa đạt', ['K2.0', 'K3.2']]);
  });

  it('blank values: warnings naming each, the count of indicators (two blank parts are one), no rating yet', () => {
    const e = shown(evaluate(LEVELS, cells({ 'K1.1': '', 'K2.a': null, 'K2.b': '  ' }), false));
    expect(e.items.slice(0, 4)).toEqual([
      ['K1.1', 'blank', 'missing', 'missing'],
      ['K1.2', 3, 'met', 'met'],
      ['K2.a', 'blank', 'missing', 'missing'],
      ['K2.b', 'blank', 'missing', 'missing'],
    ]);
    expect(e.criteria).toEqual([
      ['K1', 'missing', 'missing', 3, false, 'no max'],
      ['K2', 'missing', 'missing', 0, false, 'no max'],
      ['K3', 'met', 'met', 3, true, 'no max'],
    ]);
    expect(e.missing).toEqual(['K1.1', 'K2.a', 'K2.b']);
    expect(e.problems).toEqual([
      ['K1.1', 'warning', 'Chỉ tiêu K1.1: chưa nhập giá trị.'],
      ['K2.a', 'warning', 'Chỉ tiêu K2.a: chưa nhập giá trị.'],
      ['K2.b', 'warning', 'Chỉ tiêu K2.b: chưa nhập giá trị.'],
    ]);
    expect([e.score, e.rating, e.decidedBy, e.ratingText]).toEqual([4, null, [], 'Chưa đủ dữ liệu: còn 2 chỉ tiêu chưa nhập (K1.1, K2.a, K2.b)']);
  });

  it('an indicator below Mức độ 1 decides while others are blank: the text names it and what is still blank', () => {
    const e = shown(evaluate(LEVELS, cells({ 'K1.1': '', 'K1.2': 1 }), false));
    expect([e.score, e.rating, e.decidedBy, e.ratingText]).toEqual([4, 'Chưa đạt', ['K1.2'], 'Chưa đạt (K1.2 không đạt Mức độ 1; còn 1 chỉ tiêu chưa nhập: K1.1)']);
  });

  it('a failure beats a blank in the same indicator and criterion; a blank beats a pass', () => {
    const e = shown(evaluate(LEVELS, cells({ 'K2.a': '', 'K2.b': 0, 'K3.1': '' }), false));
    expect(e.indicators[2]).toEqual(['K2.0', 'K2.a+K2.b', 'not_met', 'not_met']);
    expect(e.indicators[3]).toEqual(['K3.1', 'K3.1', 'missing', 'missing']);
    expect(e.criteria.map((c) => c.slice(0, 3))).toEqual([
      ['K1', 'met', 'met'],
      ['K2', 'not_met', 'not_met'],
      ['K3', 'missing', 'missing'],
    ]);
    expect(e.ratingText).toBe('Chưa đạt (K2.0 không đạt Mức độ 1; còn 2 chỉ tiêu chưa nhập: K2.a, K3.1)');
  });

  it('invalid values are errors quoting the value and the reason, and count as missing', () => {
    const e = shown(evaluate(LEVELS, cells({ 'K1.1': 'abc', 'K1.2': 4, 'K2.a': 1.2, 'K2.b': -0.1 }), false));
    expect(e.items.slice(0, 4)).toEqual([
      ['K1.1', 'invalid', 'missing', 'missing'],
      ['K1.2', 'invalid', 'missing', 'missing'],
      ['K2.a', 'invalid', 'missing', 'missing'],
      ['K2.b', 'invalid', 'missing', 'missing'],
    ]);
    expect(e.problems).toEqual([
      [
        'K1.1',
        'error',
        'Chỉ tiêu K1.1: giá trị "abc" không hiểu được, cần "Đạt" hoặc "Không đạt" (cũng nhận "Đạt chuẩn", "Đã đạt chuẩn", "Chưa đạt", "x", "Có" / "Không", TRUE / FALSE, 1 / 0 hoặc ô đánh dấu).',
      ],
      [
        'K1.2',
        'error',
        'Chỉ tiêu K1.2: giá trị 4 là mức độ 4, nhưng chỉ tiêu này cao nhất là mức độ 3: cần một mức độ từ 1 đến 3: 3, "Mức độ 3", "mức 3", "MĐ3", "Mức độ III", "đạt mức độ 3", hoặc "Chưa đạt".',
      ],
      ['K2.a', 'error', 'Chỉ tiêu K2.a: giá trị 1,2 có hai cách hiểu: 120% (ô định dạng phần trăm), vượt quá 100%, hoặc 1,2% (khi đó hãy ghi rõ "1,2%").'],
      ['K2.b', 'error', 'Chỉ tiêu K2.b: giá trị -0,1 là số âm, cần một tỷ lệ từ 0% đến 100% (ví dụ 62,5%).'],
    ]);
    expect(e.missing).toEqual(['K1.1', 'K1.2', 'K2.a', 'K2.b']);
    expect(e.ratingText).toBe('Chưa đủ dữ liệu: còn 3 chỉ tiêu chưa nhập (K1.1, K1.2, K2.a, K2.b)');
  });

  it('more than five rows blank: the first five named, then "…"', () => {
    const blank = Object.fromEntries(Object.keys(AT_MD2).map((code) => [code, '']));
    expect(evaluate(LEVELS, cells(blank), false).ratingText).toBe('Chưa đủ dữ liệu: còn 6 chỉ tiêu chưa nhập (K1.1, K1.2, K2.a, K2.b, K3.1, …)');
    expect(incompleteText(2, ['A', 'B', 'C', 'D', 'E'], 'chỉ tiêu')).toBe('Chưa đủ dữ liệu: còn 2 chỉ tiêu chưa nhập (A, B, C, D, E)');
    expect(incompleteText(2, ['A', 'B'], 'tiêu chí')).toBe('Chưa đủ dữ liệu: còn 2 tiêu chí chưa nhập (A, B)');
    expect(evaluate(LEVELS, cells({ ...blank, 'K3.3': 'Không' }), false).ratingText).toBe('Chưa đạt (K3.3 không đạt Mức độ 1; còn 5 chỉ tiêu chưa nhập: K1.1, K1.2, K2.a, K2.b, K3.1, …)');
  });
});

const POINTS: PointsRuleset = {
  id: 'MINI-P',
  name: 'Mini điểm',
  scheme: 'points',
  totalPoints: 100,
  provenance: P,
  facts: [],
  criteria: [
    { code: 'P1', name: 'Một', provenance: P, items: [{ code: 'P1', name: 'Một', kind: 'points', max: 40, provenance: P }] },
    { code: 'P2', name: 'Hai', provenance: P, items: [{ code: 'P2', name: 'Hai', kind: 'points', max: 60, provenance: P }] },
  ],
  ratings: [
    { label: 'Tốt', min: 85, noZeroCriterion: true, provenance: { ref: 'Điều 4 khoản 3', status: 'verbatim' } },
    { label: 'Khá', min: 70, noZeroCriterion: true, provenance: P },
    { label: 'Đạt', min: 50, noZeroCriterion: false, provenance: P },
  ],
  failLabel: 'Chưa đạt',
};
const points = (p1: Cell, p2: Cell) =>
  new Map<string, Cell>([
    ['P1', p1],
    ['P2', p2],
  ]);

describe('points: every criterion, the total and the band', () => {
  it.each<[Cell, Cell, number, string]>([
    [40, 45, 85, 'Tốt'],
    [40, 44.99, 84.99, 'Khá'],
    [30, 40, 70, 'Khá'],
    [20, 29.5, 49.5, 'Chưa đạt'],
    ['25', '25,5', 50.5, 'Đạt'],
    [0.1, 0.2, 0.3, 'Chưa đạt'],
  ])('%j + %j = %j points: %s', (p1, p2, total, rating) => {
    const e = shown(evaluate(POINTS, points(p1, p2), false));
    expect(e.criteria).toEqual([
      ['P1', '', '', Number(String(p1).replace(',', '.')), true, 40],
      ['P2', '', '', Number(String(p2).replace(',', '.')), true, 60],
    ]);
    expect(e.indicators).toEqual([]);
    expect([e.score, e.rating, e.ratingText, e.decidedBy, e.problems, e.missing]).toEqual([total, rating, rating, [], [], []]);
  });

  it('a criterion at 0: only the band without that condition is left, and a warning says which bands it bars and why', () => {
    const e = shown(evaluate(POINTS, points(0, 60), false));
    expect([e.score, e.rating, e.ratingText, e.decidedBy]).toEqual([60, 'Đạt', 'Đạt', ['P1']]);
    // Each barred band's own reference: Tốt's is Điều 4 khoản 3, Khá's Điều 6 (not only the first band's).
    expect(e.problems).toEqual([['P1', 'warning', 'Tiêu chí P1 bị điểm 0: không được xếp loại Tốt, Khá (Điều 4 khoản 3; Điều 6).']]);
  });

  it('a criterion at 0 with another blank: undecided while a band without the condition could still be reached', () => {
    const e = shown(evaluate(POINTS, points(0, ''), false));
    expect(e.criteria).toEqual([
      ['P1', '', '', 0, true, 40],
      ['P2', '', '', 0, false, 60],
    ]);
    expect([e.score, e.rating, e.ratingText, e.decidedBy]).toEqual([0, null, 'Chưa đủ dữ liệu: còn 1 tiêu chí chưa nhập (P2)', ['P1']]);
    expect(e.problems).toEqual([
      ['P2', 'warning', 'Tiêu chí P2: chưa nhập giá trị.'],
      ['P1', 'warning', 'Tiêu chí P1 bị điểm 0: không được xếp loại Tốt, Khá (Điều 4 khoản 3; Điều 6).'],
    ]);
  });

  it('a criterion at 0 decides when every band needs none at 0 (TT44 Điều 4 khoản 3), whatever is blank', () => {
    const strict: PointsRuleset = { ...POINTS, ratings: POINTS.ratings.map((r) => ({ ...r, noZeroCriterion: true })) };
    const e = shown(evaluate(strict, points(0, ''), false));
    expect([e.rating, e.ratingText, e.decidedBy]).toEqual(['Chưa đạt', 'Chưa đạt (tiêu chí bị điểm 0: P1; còn 1 tiêu chí chưa nhập: P2)', ['P1']]);
    expect(e.problems[1]).toEqual(['P1', 'warning', 'Tiêu chí P1 bị điểm 0: không được xếp loại Tốt, Khá, Đạt (Điều 4 khoản 3; Điều 6).']);
  });

  it('a points ruleset scored by indicators (P1.1, P1.2 under P1): what is blank is counted in "chỉ tiêu", not "tiêu chí"', () => {
    const split: PointsRuleset = {
      ...POINTS,
      criteria: [
        {
          code: 'P1',
          name: 'Một',
          provenance: P,
          items: [
            { code: 'P1.1', name: 'Một a', kind: 'points', max: 20, provenance: P },
            { code: 'P1.2', name: 'Một b', kind: 'points', max: 20, provenance: P },
          ],
        },
        POINTS.criteria[1],
      ],
    };
    const e = evaluate(
      split,
      new Map<string, Cell>([
        ['P1.1', 10],
        ['P1.2', ''],
        ['P2', ''],
      ]),
      false,
    );
    expect(e.ratingText).toBe('Chưa đủ dữ liệu: còn 2 chỉ tiêu chưa nhập (P1.2, P2)');
    // One of a criterion's items coded as the criterion does not make its rows criteria.
    const named = { ...split, criteria: [{ ...split.criteria[0], items: [{ ...split.criteria[0].items[0], code: 'P1' }, split.criteria[0].items[1]] }, split.criteria[1]] };
    const blanks = new Map<string, Cell>([
      ['P1', 10],
      ['P1.2', ''],
      ['P2', 5],
    ]);
    expect(evaluate(named, blanks, false).ratingText).toBe('Chưa đủ dữ liệu: còn 1 chỉ tiêu chưa nhập (P1.2)');
  });

  it('bands citing one article in different points ("… điểm a", "… điểm b") are cited once, the points listed', () => {
    const cite = (ref: string) => ({ ref, status: 'verbatim' }) as const;
    const lettered: PointsRuleset = {
      ...POINTS,
      ratings: [
        { label: 'Tốt', min: 85, noZeroCriterion: true, provenance: cite('Quyết định 5/2016/QĐ-UBND, Điều 2 điểm a: "từ 85 điểm"') },
        { label: 'Khá', min: 70, noZeroCriterion: true, provenance: cite('Quyết định 5/2016/QĐ-UBND, Điều 2 điểm b') },
        { label: 'Đạt', min: 50, noZeroCriterion: true, provenance: cite('Quyết định 7/2018/QĐ-UBND, Điều 3 điểm b') },
      ],
    };
    const warned = (ruleset: PointsRuleset) => evaluate(ruleset, points(0, 60), false).problems.map((p) => p.message);
    expect(warned({ ...lettered, ratings: lettered.ratings.slice(0, 2) })).toEqual(['Tiêu chí P1 bị điểm 0: không được xếp loại Tốt, Khá (Quyết định 5/2016/QĐ-UBND, Điều 2 điểm a, b).']);
    // A band a criterion at 0 does not bar is not cited.
    const third = { ...lettered.ratings[2], noZeroCriterion: false };
    expect(warned({ ...lettered, ratings: [...lettered.ratings.slice(0, 2), third] })).toEqual(['Tiêu chí P1 bị điểm 0: không được xếp loại Tốt, Khá (Quyết định 5/2016/QĐ-UBND, Điều 2 điểm a, b).']);
    // Another article among them: each reference as written, without its quote.
    expect(warned(lettered)).toEqual([
      'Tiêu chí P1 bị điểm 0: không được xếp loại Tốt, Khá, Đạt (Quyết định 5/2016/QĐ-UBND, Điều 2 điểm a; Quyết định 5/2016/QĐ-UBND, Điều 2 điểm b; Quyết định 7/2018/QĐ-UBND, Điều 3 điểm b).',
    ]);
  });

  it('points above a criterion maximum, negative or not a number are errors naming the value', () => {
    expect(shown(evaluate(POINTS, points(41, -1), false)).problems).toEqual([
      ['P1', 'error', 'Tiêu chí P1: giá trị 41 vượt quá điểm tối đa 40.'],
      ['P2', 'error', 'Tiêu chí P2: giá trị -1 là số âm, điểm phải từ 0 trở lên.'],
    ]);
    expect(shown(evaluate(POINTS, points('mười', '1 0'), false)).problems).toEqual([
      ['P1', 'error', 'Tiêu chí P1: giá trị "mười" không phải là số điểm, cần một số từ 0 đến 40 (ví dụ 7,5).'],
      ['P2', 'error', 'Tiêu chí P2: giá trị "1 0" không phải là số điểm (có khoảng trắng giữa các chữ số; số nghìn ngăn bằng dấu chấm: 1.234), cần một số từ 0 đến 60 (ví dụ 7,5).'],
    ]);
  });

  it('without maxima each criterion is bounded by the total, and a total above it is an error of the ruleset', () => {
    const open: PointsRuleset = { ...POINTS, criteria: POINTS.criteria.map((c) => ({ ...c, items: c.items.map(({ max: _, ...item }) => item) })) };
    const e = shown(evaluate(open, points(70, 40.5), false));
    expect(e.criteria).toEqual([
      ['P1', '', '', 70, true, 'no max'],
      ['P2', '', '', 40.5, true, 'no max'],
    ]);
    expect(e.problems).toEqual([['Bộ tiêu chí MINI-P', 'error', 'Tổng điểm đã nhập là 110,5, vượt quá 100 điểm.']]);
    expect(shown(evaluate(open, points(101, 0), false)).problems[0]).toEqual(['P1', 'error', 'Tiêu chí P1: giá trị 101 vượt quá điểm tối đa 100.']);
  });

  it('a criterion of several items, each with its maximum, has the sum of their maxima as its maximum', () => {
    // P2 split into P2.1 (at most 25) and P2.2 (at most 35): P2 is out of 60, not out of its largest part's 35.
    const two = [
      { code: 'P2.1', name: 'Hai một', kind: 'points' as const, max: 25, provenance: P },
      { code: 'P2.2', name: 'Hai hai', kind: 'points' as const, max: 35, provenance: P },
    ];
    const split: PointsRuleset = { ...POINTS, criteria: [POINTS.criteria[0], { ...POINTS.criteria[1], items: two }] };
    const e = shown(
      evaluate(
        split,
        new Map<string, Cell>([
          ['P1', 40],
          ['P2.1', 20],
          ['P2.2', 30],
        ]),
        false,
      ),
    );
    expect(e.criteria).toEqual([
      ['P1', '', '', 40, true, 40],
      ['P2', '', '', 50, true, 60],
    ]);
  });

  it('a criterion with a maximum for only some of its items has no maximum (not the sum of the known ones)', () => {
    // The province entered 30 for P2.1 and nothing yet for P2.2: "P2: 45/30" would be wrong; its maximum is not known yet.
    const two = [
      { code: 'P2.1', name: 'Hai một', kind: 'points' as const, max: 30, provenance: P },
      { code: 'P2.2', name: 'Hai hai', kind: 'points' as const, provenance: P },
    ];
    const partial: PointsRuleset = { ...POINTS, criteria: [POINTS.criteria[0], { ...POINTS.criteria[1], items: two }] };
    const e = shown(
      evaluate(
        partial,
        new Map<string, Cell>([
          ['P1', 40],
          ['P2.1', 25],
          ['P2.2', 20],
        ]),
        false,
      ),
    );
    expect(e.criteria).toEqual([
      ['P1', '', '', 40, true, 40],
      ['P2', '', '', 45, true, 'no max'],
    ]);
  });
});

describe('levels: the order of outcomes and what is left undecided', () => {
  it('a failure before a blank in the same indicator and criterion still fails, at each level', () => {
    // K2.a below both levels, then K2.b blank; K3.1 "Không", then K3.2 blank: a blank read after a failure must not hide it.
    const e = shown(evaluate(LEVELS, cells({ 'K2.a': 0, 'K2.b': '', 'K3.1': 'Không', 'K3.2': '' }), false));
    expect(e.indicators[2]).toEqual(['K2.0', 'K2.a+K2.b', 'not_met', 'not_met']);
    expect(e.criteria.map((c) => c.slice(0, 3))).toEqual([
      ['K1', 'met', 'met'],
      ['K2', 'not_met', 'not_met'],
      ['K3', 'not_met', 'not_met'],
    ]);
    expect(e.ratingText).toBe('Chưa đạt (K2.0, K3.1 không đạt Mức độ 1; còn 2 chỉ tiêu chưa nhập: K2.b, K3.2)');
  });

  it('a failure at Mức độ 2 only before a blank keeps the criterion failing Mức độ 2', () => {
    // K1.2 at Mức độ 1 (met, not met), then nothing more in K1; K2.a at Mức độ 1 only, then K2.b blank.
    const e = shown(evaluate(LEVELS, cells({ 'K1.2': 2, 'K2.a': 0.55, 'K2.b': '' }), false));
    expect(e.indicators[2]).toEqual(['K2.0', 'K2.a+K2.b', 'missing', 'not_met']);
    expect(e.criteria[1].slice(0, 3)).toEqual(['K2', 'missing', 'not_met']);
  });

  it('exactly five rows blank beside a decided failure: all five named, no "…"', () => {
    const e = evaluate(LEVELS, cells({ 'K1.1': '', 'K1.2': '', 'K2.a': '', 'K2.b': '', 'K3.1': '', 'K3.3': 'Không' }), false);
    expect(e.ratingText).toBe('Chưa đạt (K3.3 không đạt Mức độ 1; còn 4 chỉ tiêu chưa nhập: K1.1, K1.2, K2.a, K2.b, K3.1)');
  });

  it('an item without a threshold for a level is not known at that level, and one without any at either', () => {
    const [k1, k2, k3] = LEVELS.criteria;
    const onlyMd1 = { ...k2.items[0], thresholds: { MD1: { min: 0.5 } } };
    const none = { ...k2.items[1], thresholds: undefined };
    const partial: LevelsRuleset = { ...LEVELS, criteria: [k1, { ...k2, items: [onlyMd1, none] }, k3] };
    const e = shown(evaluate(partial, cells({}), false));
    expect(e.items.slice(2, 4)).toEqual([
      ['K2.a', 0.6, 'met', 'missing'],
      ['K2.b', 0.2, 'missing', 'missing'],
    ]);
    expect([e.rating, e.ratingText]).toEqual(['Mức độ 1', 'Mức độ 1']);
  });
});

describe('points: the conditions of the bands', () => {
  /** POINTS without the criteria maxima: any split of the 100 points. */
  const OPEN: PointsRuleset = { ...POINTS, criteria: POINTS.criteria.map((c) => ({ ...c, items: c.items.map(({ max: _, ...item }) => item) })) };

  it('a total of exactly 100 is no error; the items of a points ruleset have no levels', () => {
    const e = evaluate(OPEN, points(40, 60), false);
    expect([e.score, e.rating, e.problems]).toEqual([100, 'Tốt', []]);
    expect(e.items.map((r) => [r.item.code, r.byLevel])).toEqual([
      ['P1', undefined],
      ['P2', undefined],
    ]);
  });

  it('a criterion at 0 bars a band the total reaches: 90 points with P1 at 0 is Đạt, not Tốt', () => {
    const e = shown(evaluate(OPEN, points(0, 90), false));
    expect([e.score, e.rating, e.ratingText, e.decidedBy]).toEqual([90, 'Đạt', 'Đạt', ['P1']]);
  });

  it('two criteria at 0 with one blank: both named, comma-separated, and the result decided', () => {
    const three: PointsRuleset = {
      ...POINTS,
      criteria: [...POINTS.criteria, { code: 'P3', name: 'Ba', provenance: P, items: [{ code: 'P3', name: 'Ba', kind: 'points', max: 10, provenance: P }] }],
      ratings: POINTS.ratings.map((r) => ({ ...r, noZeroCriterion: true })),
    };
    const e = shown(
      evaluate(
        three,
        new Map<string, Cell>([
          ['P1', 0],
          ['P2', 0],
          ['P3', ''],
        ]),
        false,
      ),
    );
    expect([e.rating, e.decidedBy, e.ratingText]).toEqual(['Chưa đạt', ['P1', 'P2'], 'Chưa đạt (tiêu chí bị điểm 0: P1, P2; còn 1 tiêu chí chưa nhập: P3)']);
  });

  it('no criterion at 0 and one blank: not decided, even when every band forbids a 0', () => {
    const strict: PointsRuleset = { ...POINTS, ratings: POINTS.ratings.map((r) => ({ ...r, noZeroCriterion: true })) };
    const e = shown(evaluate(strict, points(40, ''), false));
    expect([e.rating, e.decidedBy, e.ratingText]).toEqual([null, [], 'Chưa đủ dữ liệu: còn 1 tiêu chí chưa nhập (P2)']);
  });

  it('bands without the "no criterion at 0" condition: a criterion at 0 warns of nothing', () => {
    const lenient: PointsRuleset = { ...POINTS, ratings: POINTS.ratings.map((r) => ({ ...r, noZeroCriterion: false })) };
    const e = shown(evaluate(lenient, points(0, 60), false));
    expect([e.rating, e.decidedBy, e.problems]).toEqual(['Đạt', ['P1'], []]);
  });
});
