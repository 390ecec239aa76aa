import { error, warning, type Problem } from './problems';
import { LEVEL_LABELS, NOT_RECOGNISED, type Criterion, type Item, type LevelId, type PointsRuleset, type Ruleset } from '../ruleset/types';
import { describeCell, readItem, sumPoints, type Cell, type Reading } from '../cells/values';
import { formatViNumber } from '../cells/vi-number';
import { RESULT_WORDS } from '../cells/result-words';
import { foldText } from '../cells/text';
import { citeTogether } from '../ruleset/provenance';

/** An indicator at one level: met, not met, or not known yet (blank or invalid value). */
export type Outcome = 'met' | 'not_met' | 'missing';
export type LevelOutcomes = Record<LevelId, Outcome>;

export const OUTCOME_LABELS: Record<Outcome, string> = {
  met: RESULT_WORDS.met,
  not_met: RESULT_WORDS.notMet,
  missing: RESULT_WORDS.missing,
};

export interface ItemResult {
  item: Item;
  cell: Cell;
  reading: Reading;
  /** Levels scheme only. */
  byLevel?: LevelOutcomes;
}

/** An indicator (chỉ tiêu) of the levels scheme: one item, or several parts (TC5.2a + TC5.2b). */
export interface IndicatorResult {
  code: string;
  parts: ItemResult[];
  byLevel: LevelOutcomes;
}

export interface CriterionResult {
  criterion: Criterion;
  /** Levels scheme: its indicators and per-level outcome. */
  indicators: IndicatorResult[];
  byLevel?: LevelOutcomes;
  /** Points scheme: points entered so far and the maximum, when the ruleset gives one. */
  points: number;
  /** Every item of the criterion has a valid value. */
  complete: boolean;
  max?: number;
}

export interface Evaluation {
  ruleset: Ruleset;
  difficult: boolean;
  items: ItemResult[];
  criteria: CriterionResult[];
  /** Codes of items with no value yet. */
  missing: string[];
  /** Invalid values (errors) and missing values (warnings). */
  problems: Problem[];
  /** Points scheme: total points; levels scheme: indicators met at Mức độ 1. */
  score: number;
  /**
   * The final rating, or null while values are missing and could still change it. A result
   * already decided (an indicator below Mức độ 1, a TT44 criterion at 0 points) is final even
   * with values missing.
   */
  rating: string | null;
  /** Codes that decide a failing result on their own: indicators below Mức độ 1, criteria at 0 points. */
  decidedBy: string[];
  /** What CDHT_RATING shows: the rating, "Chưa đạt (…; còn N … chưa nhập …)" or "Chưa đủ dữ liệu…". */
  ratingText: string;
}

const EPSILON = 1e-9;

/**
 * Combines parts or indicators at each level: any failure fails; otherwise any unknown leaves it
 * unknown. One pass, no per-level arrays: evaluation runs once per commune-year of a roll-up.
 */
function combineLevels(list: readonly LevelOutcomes[]): LevelOutcomes {
  let MD1: Outcome = 'met';
  let MD2: Outcome = 'met';
  for (const outcome of list) {
    if (MD1 !== 'not_met' && outcome.MD1 !== 'met') MD1 = outcome.MD1;
    if (MD2 !== 'not_met' && outcome.MD2 !== 'met') MD2 = outcome.MD2;
  }
  return { MD1, MD2 };
}

function itemOutcome(item: Item, reading: Reading, level: LevelId, difficult: boolean): Outcome {
  if (reading.state !== 'ok') return 'missing';
  if (item.kind === 'yesno') return reading.value >= 1 ? 'met' : 'not_met';
  const threshold = item.thresholds?.[level];
  if (!threshold) return 'missing';
  const min = difficult && threshold.minDifficult !== undefined ? threshold.minDifficult : threshold.min;
  return reading.value >= min - EPSILON ? 'met' : 'not_met';
}

function levelOutcomes(item: Item, reading: Reading, difficult: boolean): LevelOutcomes {
  return { MD1: itemOutcome(item, reading, 'MD1', difficult), MD2: itemOutcome(item, reading, 'MD2', difficult) };
}

const UNKNOWN: LevelOutcomes = { MD1: 'missing', MD2: 'missing' };

/** A criterion's indicators: each indicator's code and the positions of its items in the criterion. */
interface CriterionShape {
  indicators: { code: string; parts: number[] }[];
  /** The criterion's maximum, when every item has one (read for the points scheme only). */
  max?: number;
}

/**
 * What evaluation needs of a ruleset's structure, which is the same for every commune: built once
 * per ruleset object, as the roll-up evaluates thousands of communes against the same one.
 */
interface RulesetShape {
  criteria: CriterionShape[];
  /** Item codes of every indicator (TC5.2 → TC5.2a, TC5.2b), to count indicators still blank. */
  indicatorCodes: string[][];
  /**
   * What the ruleset calls what is entered: "tiêu chí" when every criterion is scored whole
   * (TT44 Điều 3–4: fifteen criteria, no indicators), else "chỉ tiêu" (TT25's indicators).
   */
  term: BlankTerm;
}

/** The word a count of blank entries is written with (itemTerm, in lower case). */
export type BlankTerm = 'tiêu chí' | 'chỉ tiêu';

/** An item that is its criterion (scored by criterion, TT44 Điều 3–4) is a "Tiêu chí", else a "Chỉ tiêu" (TT25). */
const itemTerm = (criterion: { code: string }, item: { code: string }): 'Tiêu chí' | 'Chỉ tiêu' => (item.code === criterion.code ? 'Tiêu chí' : 'Chỉ tiêu');

/** The first five codes still blank, ", …" after them when there are more. */
function blankList(missing: string[]): string {
  return missing.slice(0, 5).join(', ') + (missing.length > 5 ? ', …' : '');
}

const shapes = new WeakMap<Ruleset, RulesetShape>();

/**
 * Groups a criterion's items into indicators (one item, or several parts: TC5.2a + TC5.2b), keeping
 * their order; a points criterion's items have no parts, so each is an indicator of its own.
 */
function criterionShape(criterion: Criterion): CriterionShape {
  const groups = new Map<string, number[]>();
  criterion.items.forEach((item, index) => {
    const code = item.partOf ?? item.code;
    const group = groups.get(code);
    if (group) group.push(index);
    else groups.set(code, [index]);
  });
  const indicators = [...groups].map(([code, parts]) => ({ code, parts }));
  if (!criterion.items.every((i) => i.max !== undefined)) return { indicators };
  return { indicators, max: sumPoints(criterion.items.map((i) => i.max ?? 0)) };
}

function rulesetShape(ruleset: Ruleset): RulesetShape {
  let shape = shapes.get(ruleset);
  if (!shape) {
    const criteria = ruleset.criteria.map(criterionShape);
    const indicatorCodes = ruleset.criteria.flatMap((c, i) => criteria[i].indicators.map((ind) => ind.parts.map((p) => c.items[p].code)));
    const whole = ruleset.criteria.every((c) => c.items.every((item) => itemTerm(c, item) === 'Tiêu chí'));
    shape = { criteria, indicatorCodes, term: whole ? 'tiêu chí' : 'chỉ tiêu' };
    shapes.set(ruleset, shape);
  }
  return shape;
}

/**
 * "Chưa đủ dữ liệu: còn 2 chỉ tiêu chưa nhập (TC1.2, TC5.2b)" (TT44: "còn 1 tiêu chí chưa nhập
 * (TC15)"): the count is of indicators (TC5.2 once, though entered on two rows), the list of the
 * rows still blank. Readers go by the "Chưa đủ dữ liệu" prefix only (rollup/categories.ts, the
 * "Kết quả" colours), so workbooks that still show the older "chỉ tiêu" under TT44 read alike.
 */
export function incompleteText(indicators: number, missing: string[], term: BlankTerm): string {
  return `Chưa đủ dữ liệu: còn ${indicators} ${term} chưa nhập (${blankList(missing)})`;
}

/** Criteria entered in full and at 0 points: "tiêu chí bị điểm 0" (TT44 Điều 4 khoản 3). */
function zeroCriteria(criteria: CriterionResult[]): string[] {
  return criteria.filter((c) => c.complete && c.points === 0).map((c) => c.criterion.code);
}

/**
 * The rating of a points ruleset: the first band (highest first) whose minimum the total reaches
 * and whose "no criterion at 0" condition holds, else the failing label. While values are
 * missing only a criterion at 0 can decide, when every band requires none (with no band at all,
 * the failing label is all there is).
 */
function pointsRating(ruleset: PointsRuleset, score: number, hasZero: boolean, complete: boolean): string | null {
  if (complete) return ruleset.ratings.find((r) => score >= r.min - EPSILON && !(r.noZeroCriterion && hasZero))?.label ?? ruleset.failLabel;
  const zeroDecides = hasZero && ruleset.ratings.every((r) => r.noZeroCriterion);
  return zeroDecides ? ruleset.failLabel : null;
}

/** "Chưa đạt (TC4.3 không đạt Mức độ 1; còn 2 chỉ tiêu chưa nhập: TC1.2, TC5.2b)": the commune "chưa đạt", an indicator "không đạt" (result-words.ts). */
function decidedText(rating: string, ruleset: Ruleset, decidedBy: string[], blank: number, missing: string[], term: BlankTerm): string {
  const why = ruleset.scheme === 'points' ? `tiêu chí bị điểm 0: ${decidedBy.join(', ')}` : `${decidedBy.join(', ')} ${foldText(RESULT_WORDS.notMet)} ${LEVEL_LABELS.MD1}`;
  return `${rating} (${why}; còn ${blank} ${term} chưa nhập: ${blankList(missing)})`;
}

/** Indicators with a part still missing: TC5.2 counts once however many of its rows are blank. */
function incompleteIndicators(shape: RulesetShape, missing: string[]): number {
  const blank = new Set(missing);
  let count = 0;
  for (const codes of shape.indicatorCodes) if (codes.some((code) => blank.has(code))) count++;
  return count;
}

/**
 * Evaluates a commune's values (by item code) against a ruleset. Never throws: invalid values are
 * reported in `problems` and count as missing, so callers decide whether to stop.
 */
export function evaluate(ruleset: Ruleset, cells: ReadonlyMap<string, Cell>, difficult: boolean): Evaluation {
  const ceiling = ruleset.scheme === 'points' ? ruleset.totalPoints : 1;
  const problems: Problem[] = [];
  const missing: string[] = [];
  const items: ItemResult[] = [];

  const shape = rulesetShape(ruleset);
  const criteria: CriterionResult[] = ruleset.criteria.map((criterion, index) => {
    const results: ItemResult[] = [];
    const entered: number[] = [];
    let complete = true;
    for (const item of criterion.items) {
      const term = itemTerm(criterion, item);
      const cell = cells.get(item.code);
      const reading = readItem(item, cell, ceiling);
      if (reading.state === 'invalid') {
        // Points and percents are amounts; a number in a yes/no or level item is not (a year typed there).
        const meaning = item.kind === 'points' || item.kind === 'percent' ? 'quantity' : 'as typed';
        problems.push(error(item.code, `${term} ${item.code}: giá trị ${describeCell(cell, meaning)} ${reading.reason}.`));
      }
      if (reading.state !== 'ok') {
        missing.push(item.code);
        complete = false;
      }
      if (reading.state === 'blank') problems.push(warning(item.code, `${term} ${item.code}: chưa nhập giá trị.`));
      const result: ItemResult = { item, cell, reading };
      if (ruleset.scheme === 'levels') result.byLevel = levelOutcomes(item, reading, difficult);
      results.push(result);
      items.push(result);
      entered.push(reading.state === 'ok' ? reading.value : 0);
    }
    const points = sumPoints(entered);
    const { max, indicators: groups } = shape.criteria[index];
    if (ruleset.scheme === 'points') return { criterion, indicators: [], points, complete, max };
    const indicators = groups.map(({ code, parts }): IndicatorResult => {
      const partResults = parts.map((p) => results[p]);
      return { code, parts: partResults, byLevel: combineLevels(partResults.map((p) => p.byLevel ?? UNKNOWN)) };
    });
    return { criterion, indicators, byLevel: combineLevels(indicators.map((i) => i.byLevel)), points, complete };
  });

  let score: number;
  let rating: string | null;
  let decidedBy: string[];
  if (ruleset.scheme === 'points') {
    // From the entered points, not the rounded criterion sums, so that rounding never moves a band.
    score = sumPoints(items.map((r) => (r.reading.state === 'ok' ? r.reading.value : 0)));
    if (score > ruleset.totalPoints + EPSILON) {
      const total = `${formatViNumber(score)}, vượt quá ${formatViNumber(ruleset.totalPoints)} điểm`;
      problems.push(error(`Bộ tiêu chí ${ruleset.id}`, `Tổng điểm đã nhập là ${total}.`));
    }
    decidedBy = zeroCriteria(criteria);
    rating = pointsRating(ruleset, score, decidedBy.length > 0, missing.length === 0);
    const barred = ruleset.ratings.filter((r) => r.noZeroCriterion);
    for (const code of barred.length > 0 ? decidedBy : []) {
      problems.push(warning(code, `Tiêu chí ${code} bị điểm 0: không được xếp loại ${barred.map((r) => r.label).join(', ')} (${citeTogether(barred.map((r) => r.provenance.ref))}).`));
    }
  } else {
    const outcomes: LevelOutcomes[] = [];
    score = 0;
    // Điều 8: a level needs every criterion, so one indicator below Mức độ 1 decides the result
    // whatever is still blank; Mức độ 2 is granted on top of Mức độ 1, never instead of it.
    decidedBy = [];
    for (const criterion of criteria) {
      for (const indicator of criterion.indicators) {
        outcomes.push(indicator.byLevel);
        if (indicator.byLevel.MD1 === 'met') score++;
        else if (indicator.byLevel.MD1 === 'not_met') decidedBy.push(indicator.code);
      }
    }
    const all = combineLevels(outcomes);
    if (all.MD1 === 'not_met') rating = NOT_RECOGNISED;
    else if (missing.length > 0) rating = null;
    else rating = all.MD2 === 'met' ? LEVEL_LABELS.MD2 : LEVEL_LABELS.MD1;
  }
  const blank = incompleteIndicators(shape, missing);
  let ratingText: string;
  if (rating === null) ratingText = incompleteText(blank, missing, shape.term);
  else if (missing.length === 0) ratingText = rating;
  else ratingText = decidedText(rating, ruleset, decidedBy, blank, missing, shape.term);
  return {
    ruleset,
    difficult,
    items,
    criteria,
    missing,
    problems,
    score,
    rating,
    decidedBy,
    ratingText,
  };
}
