/**
 * Both rulesets at every threshold of the regulation. Expected values are the README's tables
 * (TT25 Điều 6/7), reasoned by hand; TT44's bands are in tt44.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';
import type { PointsRuleset, Ruleset } from '../../../src/core/ruleset/types';
import { validateRuleset } from '../../../src/core/ruleset/validate';
import { FACT_KEYS, factsWithPrefix } from '../../../src/core/ruleset/facts';
import { rulesetForYear } from '../../../src/core/ruleset/resolve';
import type { Cell } from '../../../src/core/cells/values';
import {
  RATING_TT25,
  TT25_AT_MD1,
  TT25_AT_MD2,
  KIND,
  TT25_ITEMS,
  TT44_CRITERIA,
  md2With,
  missingCount,
  pointsTotalling,
  ratingOf,
  resultsByCode,
  run,
  scoreOf,
  tt25Rows,
  tt44Rows,
  type Tt25Item,
} from '../../helpers';

const { none, md1, md2 } = RATING_TT25;
const DIFFICULT = true;

/** [value, rating of the Mức độ 2 commune with only this value changed]. */
type Case = [value: Cell, rating: string];

function boundaries(item: Tt25Item, difficult: boolean, cases: Case[]) {
  it.each(cases)(`${item} = %j → %s${difficult ? ' (vùng khó khăn)' : ''}`, (value, expected) => {
    expect(ratingOf(md2With({ [item]: value }), 'TT25', difficult)).toBe(expected);
  });
}

describe('TT25 baseline communes', () => {
  it('every indicator at its Mức độ 2 minimum → Mức độ 2, 15 indicators met', () => {
    const rows = tt25Rows(TT25_AT_MD2);
    expect(ratingOf(rows)).toBe(md2);
    expect(scoreOf(rows)).toBe(15);
  });

  it('every indicator at its Mức độ 1 minimum → Mức độ 1, still 15 met at Mức độ 1', () => {
    const rows = tt25Rows(TT25_AT_MD1);
    expect(ratingOf(rows)).toBe(md1);
    expect(scoreOf(rows)).toBe(15);
    for (const result of resultsByCode(rows).values()) {
      if (result[0] !== '') expect(result[0]).toBe('Đạt');
    }
  });

  it('nothing met → Chưa đạt with score 0', () => {
    const rows = tt25Rows({
      ...Object.fromEntries(TT25_ITEMS.map((i) => [i, 'Không đạt'])),
      'TC4.2': 'Mức độ 1',
      'TC4.3': 'Mức độ 1',
      'TC4.4': 'Chưa đạt',
      'TC5.1': '0%',
      'TC5.2a': '0%',
      'TC5.2b': '0%',
    });
    expect(ratingOf(rows)).toBe(none);
    expect(scoreOf(rows)).toBe(0);
  });

  it.each(TT25_ITEMS.filter((i) => KIND[i] === 'yesno'))('%s = "Không đạt" → Chưa đạt, 14 met', (item) => {
    const rows = md2With({ [item]: 'Không đạt' });
    expect(ratingOf(rows)).toBe(none);
    expect(scoreOf(rows)).toBe(14);
  });
});

describe('TT25 TC5.1 "Công dân học tập": ≥ 60% (MĐ1), ≥ 80% (MĐ2), same in vùng khó khăn', () => {
  const cases: Case[] = [
    ['59,99%', none],
    ['60%', md1],
    [0.6, md1],
    [60, md1],
    ['79,99%', md1],
    [0.7999, md1],
    ['80%', md2],
    ['80.0%', md2],
    [0.8, md2],
    [80, md2],
    ['100%', md2],
  ];
  boundaries('TC5.1', false, cases);
  boundaries('TC5.1', DIFFICULT, cases);
});

describe('TT25 TC5.2a "đào tạo chuyên môn kỹ thuật"', () => {
  boundaries('TC5.2a', false, [
    ['49,99%', none],
    ['50%', md1],
    ['59,99%', md1],
    ['60%', md2],
  ]);
  boundaries('TC5.2a', DIFFICULT, [
    ['39,99%', none],
    ['40%', md1],
    ['49,99%', md1],
    ['50%', md2],
  ]);
});

describe('TT25 TC5.2b "đại học trở lên"', () => {
  boundaries('TC5.2b', false, [
    ['11,99%', none],
    ['12%', md1],
    [0.12, md1],
    ['14,99%', md1],
    ['15%', md2],
  ]);
  boundaries('TC5.2b', DIFFICULT, [
    ['9,99%', none],
    ['10%', md1],
    ['11,99%', md1],
    ['12%', md2],
  ]);
});

describe('TT25 TC5.2 is one indicator met when both parts are', () => {
  it.each<[string, Partial<Record<Tt25Item, Cell>>, number]>([
    ['both met', {}, 15],
    ['TC5.2a short', { 'TC5.2a': '49%' }, 14],
    ['TC5.2b short', { 'TC5.2b': '11%' }, 14],
    ['both short', { 'TC5.2a': '49%', 'TC5.2b': '11%' }, 14],
  ])('%s → %d indicators met at Mức độ 1', (_, changes, score) => {
    expect(scoreOf(md2With(changes))).toBe(score);
  });

  it('each part shows its own result, per level and area', () => {
    const rows = md2With({ 'TC5.2a': '55%', 'TC5.2b': '11%' });
    const normal = resultsByCode(rows);
    expect(normal.get('TC5.2a')).toEqual(['Đạt', 'Không đạt']);
    expect(normal.get('TC5.2b')).toEqual(['Không đạt', 'Không đạt']);
    const difficult = resultsByCode(rows, 'TT25', DIFFICULT);
    expect(difficult.get('TC5.2a')).toEqual(['Đạt', 'Đạt']);
    expect(difficult.get('TC5.2b')).toEqual(['Đạt', 'Không đạt']);
  });
});

describe('TT25 TC4 levels: TH and THCS need mức độ 2 (MĐ1) / 3 (MĐ2); XMC needs 1 / 2', () => {
  for (const item of ['TC4.2', 'TC4.3'] as const) {
    boundaries(item, false, [
      ['Chưa đạt', none],
      ['Mức độ 1', none],
      [1, none],
      ['Mức độ 2', md1],
      [2, md1],
      ['Mức độ 3', md2],
      [3, md2],
    ]);
  }
  boundaries('TC4.4', false, [
    ['Chưa đạt', none],
    [0, none],
    ['Mức độ 1', md1],
    [1, md1],
    ['Mức độ 2', md2],
    [2, md2],
  ]);

  it('XMC has no mức độ 3; TH and THCS have no mức độ 4', () => {
    expect(() => ratingOf(md2With({ 'TC4.4': 'Mức độ 3' }))).toThrow(/TC4\.4/);
    expect(() => ratingOf(md2With({ 'TC4.2': 4 }))).toThrow(/TC4\.2/);
  });
});

describe('missing values → "Chưa đủ dữ liệu" with the count', () => {
  it('TT25 with two blank values', () => {
    const rows = md2With({ 'TC1.2': '', 'TC5.1': null });
    const rating = ratingOf(rows);
    expect(missingCount(rating)).toBe(2);
    expect(rating).toContain('TC1.2');
    expect(rating).toContain('TC5.1');
    // the indicators entered still count
    expect(scoreOf(rows)).toBe(13);
  });

  it('TT25 with only one row entered: the other 14 indicators are missing (TC5.2 counts once)', () => {
    const rating = ratingOf([['TC1.1', 'Đạt']]);
    expect(missingCount(rating)).toBe(14);
    expect(rating).toContain('(TC1.2, TC1.3, TC2.1, TC2.2, TC2.3, …)');
  });

  it('TT25 with both parts of TC5.2 blank: one indicator missing', () => {
    expect(missingCount(ratingOf(md2With({ 'TC5.2a': '', 'TC5.2b': '' })))).toBe(1);
  });

  it('Điều 8 khoản 1 ("khi đạt được tất cả các tiêu chí"): an indicator below Mức độ 1 decides Chưa đạt even with blanks', () => {
    expect(ratingOf(md2With({ 'TC4.3': 'Mức độ 1', 'TC1.2': '' }))).toBe('Chưa đạt (TC4.3 không đạt Mức độ 1; còn 1 chỉ tiêu chưa nhập: TC1.2)');
    // TC5.2 counts once, though both its rows are blank
    expect(ratingOf(md2With({ 'TC1.1': 'Không đạt', 'TC5.2a': '', 'TC5.2b': '' }))).toBe('Chưa đạt (TC1.1 không đạt Mức độ 1; còn 1 chỉ tiêu chưa nhập: TC5.2a, TC5.2b)');
  });

  it('an indicator below Mức độ 2 only decides nothing while others are blank', () => {
    expect(missingCount(ratingOf(md2With({ 'TC4.3': 'Mức độ 2', 'TC1.2': '' })))).toBe(1);
  });

  it('TT25 missing beats passing: Mức độ 2 so far is not final while values are missing', () => {
    expect(missingCount(ratingOf(md2With({ 'TC1.2': '' })))).toBe(1);
    expect(missingCount(ratingOf(md2With({ 'TC5.1': 0.7, 'TC1.2': '' })))).toBe(1);
  });

  it('TT44 with three blank criteria', () => {
    const points: Cell[] = pointsTotalling(9000);
    points[0] = points[7] = points[14] = '';
    const rating = ratingOf(tt44Rows(points), 'TT44');
    expect(missingCount(rating)).toBe(3);
    expect(rating).toContain('TC8');
  });
});

describe('"Căn cứ" facts', () => {
  it('cite each document by number, date, issuer and title: no article, nothing in brackets', () => {
    for (const ruleset of [TT25, TT44]) {
      const basis = factsWithPrefix(ruleset, FACT_KEYS.legalBasis).map((f) => String(f.value));
      expect(basis.length, ruleset.id).toBeGreaterThan(0);
      for (const line of basis) expect(line, ruleset.id).not.toMatch(/[()]|Điều \d/);
    }
  });
});

describe('TT25 indicator names', () => {
  // TT25 Điều 6, 7 (tiêu chí 4, chỉ tiêu 2–4) name each standard with the NĐ 20 level it requires
  // ("mức độ 2" for Mức độ 1, "mức độ 3" for Mức độ 2); one row stands for both, so its name drops
  // the level, which is in its thresholds. A level scale in the name ("(mức độ 1–3)") reads as a
  // third recognition level: TT25 has only Mức độ 1 and Mức độ 2 (Điều 6, 7, 8).
  it('name the PCGD-XMC standards as the text does, without a level scale', () => {
    const names = TT25.criteria
      .flatMap((c) => c.items)
      .filter((i) => i.kind === 'level')
      .map((i) => i.name);
    expect(names).toEqual(['Xã đạt chuẩn phổ cập giáo dục tiểu học', 'Xã đạt chuẩn phổ cập giáo dục trung học cơ sở', 'Xã đạt chuẩn xóa mù chữ']);
    for (const item of TT25.criteria.flatMap((c) => c.items)) expect(item.name, item.code).not.toMatch(/mức độ/i);
  });
});

describe('validateRuleset', () => {
  const errors = (ruleset: Ruleset) => validateRuleset(ruleset).filter((p) => p.severity === 'error');
  const warnings = (ruleset: Ruleset) => validateRuleset(ruleset).filter((p) => p.severity === 'warning');

  it('the built-in rulesets have no errors; TT25 is all verbatim so has no warnings', () => {
    expect(errors(TT25)).toEqual([]);
    expect(errors(TT44)).toEqual([]);
    expect(warnings(TT25)).toEqual([]);
  });

  it('TT44 is verbatim now: its warnings are the maxima left for the province and the Điều 4 khoản 2 rule', () => {
    const found = warnings(TT44).map((p) => p.message);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/15 tiêu chí chưa có điểm tối đa/);
    expect(found[1]).toMatch(/Điều 4 khoản 2/);
  });

  const withMaxima = (maxima: (number | undefined)[]): PointsRuleset => ({
    ...TT44,
    criteria: TT44.criteria.map((c, i) => ({
      ...c,
      items: c.items.map((item) => (maxima[i] === undefined ? item : { ...item, max: maxima[i] })),
    })),
  });
  // 10+10+8+7+6+6+6+5+5+5+5+4+4+2 = 83, +17 = 100
  const HUNDRED = [10, 10, 8, 7, 6, 6, 6, 5, 5, 5, 5, 4, 4, 2, 17];

  it('maxima adding up to 100 are accepted', () => {
    expect(errors(withMaxima(HUNDRED))).toEqual([]);
  });

  it('maxima that do not add up to 100 are an error quoting both sums', () => {
    const problems = errors(withMaxima(TT44_CRITERIA.map(() => 6)));
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/90.*100/);
  });

  it('maxima entered so far above 100 are an error; fewer than all, a warning', () => {
    expect(errors(withMaxima([60, 50]))[0].message).toMatch(/110.*100/);
    expect(errors(withMaxima([10, 10]))).toEqual([]);
    expect(warnings(withMaxima([10, 10])).some((p) => /13 tiêu chí/.test(p.message))).toBe(true);
  });

  it('cut-offs must be ordered from high to low and within the total', () => {
    const swapped: PointsRuleset = { ...TT44, ratings: [TT44.ratings[1], TT44.ratings[0], TT44.ratings[2]] };
    expect(errors(swapped).some((p) => p.message.includes('Tốt'))).toBe(true);
    const tooHigh: PointsRuleset = { ...TT44, ratings: [{ ...TT44.ratings[0], min: 120 }, ...TT44.ratings.slice(1)] };
    expect(errors(tooHigh).some((p) => /120/.test(p.message))).toBe(true);
    // Two bands with the same cut-off leave the lower one unreachable: an error too.
    const equal: PointsRuleset = { ...TT44, ratings: [TT44.ratings[0], { ...TT44.ratings[1], min: TT44.ratings[0].min }, TT44.ratings[2]] };
    expect(errors(equal).some((p) => p.message.includes(TT44.ratings[1].label))).toBe(true);
  });

  const withItem = (code: string, change: object): Ruleset => ({
    ...TT25,
    criteria: TT25.criteria.map((c) => ({ ...c, items: c.items.map((i) => (i.code === code ? { ...i, ...change } : i)) })),
  });

  it('a Mức độ 2 requirement below Mức độ 1 is an error, also in vùng khó khăn', () => {
    const normal = withItem('TC5.1', { thresholds: { MD1: { min: 0.8 }, MD2: { min: 0.79 } } });
    expect(errors(normal).map((p) => p.message)).toEqual(['Chỉ tiêu TC5.1: yêu cầu Mức độ 2 thấp hơn Mức độ 1.']);
    expect(errors(withItem('TC5.1', { thresholds: { MD1: { min: 0.8 }, MD2: { min: 0.8 } } }))).toEqual([]);
    const difficult = withItem('TC5.2a', { thresholds: { MD1: { min: 0.5, minDifficult: 0.45 }, MD2: { min: 0.6, minDifficult: 0.4 } } });
    expect(errors(difficult).map((p) => p.code)).toEqual(['TC5.2a']);
    expect(errors(difficult)[0].message).toMatch(/khó khăn/);
  });

  it('thresholds out of range are errors naming the item', () => {
    expect(errors(withItem('TC4.2', { thresholds: { MD1: { min: 2 }, MD2: { min: 4 } } }))[0].message).toMatch(/TC4\.2.*4/);
    expect(errors(withItem('TC5.1', { thresholds: { MD1: { min: 0.6 }, MD2: { min: 1.2 } } }))[0].message).toMatch(/TC5\.1.*120%/);
    expect(errors(withItem('TC4.2', { max: 2.5 }))[0].code).toBe('TC4.2');
    expect(errors(withItem('TC5.1', { thresholds: { MD1: { min: 0.6 } } }))[0].message).toMatch(/Mức độ 2/);
  });

  it('a level requirement must be a whole level', () => {
    expect(errors(withItem('TC4.2', { thresholds: { MD1: { min: 2.5 }, MD2: { min: 3 } } })).map((p) => p.message)).toEqual(['Chỉ tiêu TC4.2: yêu cầu Mức độ 1 là 2,5, cần từ 0 đến 3.']);
  });

  const withFacts = (values: Record<string, number>): Ruleset => ({
    ...TT44,
    facts: [...TT44.facts.filter((f) => !(f.key in values)), ...Object.entries(values).map(([key, value]) => ({ key, text: key, value, provenance: { ref: 'test', status: 'verbatim' as const } }))],
  });

  it('the years run forwards: a last year before the first is an error, the same year is not', () => {
    expect(errors(withFacts({ NAM_DAU: 2015, NAM_CUOI: 2014 })).map((p) => p.message)).toEqual(['Năm đánh giá cuối cùng (2014) trước năm đầu tiên (2015).']);
    expect(errors(withFacts({ NAM_DAU: 2015, NAM_CUOI: 2015 }))).toEqual([]);
  });

  it.each<[number, number, boolean]>([
    [31, 12, true],
    [1, 1, true],
    [32, 12, false],
    [0, 12, false],
    [31, 13, false],
    [15, 0, false],
  ])('a deadline on day %d of month %d is accepted: %s', (day, month, accepted) => {
    expect(errors(withFacts({ HAN_NOP_NGAY: day, HAN_NOP_THANG: month })).length === 0).toBe(accepted);
  });

  it('codes that differ only in case or spaces are duplicates', () => {
    const twin = { ...TT25.criteria[0], code: 'TC6', items: [{ ...TT25.criteria[0].items[0], code: ' tc1.1' }] };
    expect(errors({ ...TT25, criteria: [...TT25.criteria, twin] }).some((p) => /TC1\.1.*trùng/i.test(p.message))).toBe(true);
  });

  it('duplicated codes and empty criteria are errors', () => {
    const dup: Ruleset = { ...TT25, criteria: [...TT25.criteria, { ...TT25.criteria[0], code: 'TC6' }] };
    expect(errors(dup).some((p) => p.code === 'TC1.1' && /trùng/.test(p.message))).toBe(true);
    const empty: Ruleset = { ...TT25, criteria: [...TT25.criteria, { ...TT25.criteria[0], code: 'TC6', items: [] }] };
    expect(errors(empty).map((p) => p.code)).toEqual(['TC6']);
  });
});

describe('CDHT_CHECK shows the ruleset warnings', () => {
  it('TT44 complete data: no error; the maxima warning and the Điều 4 khoản 2 evidence rule are listed', () => {
    const check = run(tt44Rows(pointsTotalling(7450)), 'TT44').check();
    expect(check.every((row) => row[1] === 'Cảnh báo')).toBe(true);
    expect(check.some((row) => String(row[2]).includes('Các tiêu chí không có minh chứng phù hợp không được chấm điểm.'))).toBe(true);
  });
});

describe('the assessment year picks the ruleset from its dated facts', () => {
  it.each<[number | null, string]>([
    [2015, 'TT44'], // TT44 Điều 8 khoản 1: in force 25/01/2015; assessed each December (Điều 4 khoản 4)
    [2023, 'TT44'],
    [2024, 'TT25'], // TT25 Điều 25 khoản 1: in force 12/02/2024, repealing TT44
    [2031, 'TT25'],
    [2010, 'TT25'], // no ruleset covers it: the default
    [null, 'TT25'],
  ])('%s → %s', (year, id) => {
    expect(rulesetForYear(year).id).toBe(id);
  });
});
