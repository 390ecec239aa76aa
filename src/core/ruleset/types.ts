/**
 * Rulesets are plain data with provenance: every criterion, indicator, threshold and rating
 * cut-off says where it comes from and how sure we are of it, so a province can check and correct
 * it in the sheet ("Bộ tiêu chí") without a code change.
 */
import { RESULT_WORDS } from '../cells/result-words';

/**
 * How sure we are of a fact: quoted from the official text; the official text's content in our
 * own words (e.g. one indicator name standing for two levels' wording); a reliable secondary
 * source; or none of these (shown to users as unverified).
 */
export type Status = 'verbatim' | 'paraphrase' | 'secondary' | 'unverified';

export interface Provenance {
  /** Legal reference, e.g. "Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 5". */
  ref: string;
  status: Status;
}

/** What a user types for an indicator. */
export type IndicatorKind = 'yesno' | 'level' | 'percent' | 'points';

/** The two recognition levels of Thông tư 25/2023 (Điều 6 = Mức độ 1, Điều 7 = Mức độ 2). */
export type LevelId = 'MD1' | 'MD2';
export const LEVEL_IDS: readonly LevelId[] = ['MD1', 'MD2'];

/**
 * A threshold for one level: the minimum value (a fraction for percents, a level number for
 * levels). Its provenance is the item's: one row of the "Bộ tiêu chí" table holds both.
 */
export interface Threshold {
  min: number;
  /** Minimum for a "xã thuộc vùng khó khăn"; when absent the normal minimum applies. */
  minDifficult?: number;
}

/**
 * One row the commune fills in. Usually an indicator (chỉ tiêu); an indicator judged on two
 * figures (TC5.2) has two items with codes TC5.2a / TC5.2b and `partOf: 'TC5.2'`.
 */
export interface Item {
  code: string;
  /** The indicator this item is part of, when it is one of several parts. */
  partOf?: string;
  name: string;
  kind: IndicatorKind;
  /** Levels scheme: what each level requires. A yes/no item needs no threshold (it must be "Đạt"). */
  thresholds?: Partial<Record<LevelId, Threshold>>;
  /** Level items: the highest level the standard has (TC4.2: 3). Points items: the criterion maximum, if known. */
  max?: number;
  provenance: Provenance;
}

export interface Criterion {
  code: string;
  name: string;
  provenance: Provenance;
  items: Item[];
}

/**
 * A rating of the points scheme (TT44): reached when the total is at least `min` and, when
 * `noZeroCriterion` is set, no criterion stands at 0 points (TT44 Điều 4 khoản 3: "không có tiêu
 * chí bị điểm 0"). A band written "từ 70-84" is read as "from 70 up to the next band's minimum",
 * so a fractional total such as 84,5 falls in it (see README, "The ruleset table").
 */
export interface RatingCutoff {
  label: string;
  min: number;
  noZeroCriterion: boolean;
  provenance: Provenance;
}

/**
 * One legal fact of a ruleset other than its criteria, in the spirit of OpenFisca's dated
 * parameters: the assessment years it applies to, citations, deadlines, validity periods. `key`
 * is one of FACT_KEYS (src/core/ruleset/facts.ts) or a province's own; `text` says what it is.
 */
export interface LegalFact {
  key: string;
  text: string;
  value: number | string;
  provenance: Provenance;
}

interface RulesetBase {
  /** "TT25", "TT44" or a province's own id. */
  id: string;
  name: string;
  provenance: Provenance;
  criteria: Criterion[];
  /** Dated facts beyond the criteria (years, citations, deadlines); may be empty for a province's table. */
  facts: LegalFact[];
}

/** Thông tư 25/2023: pass/fail per indicator, recognition at Mức độ 1 or Mức độ 2. */
export interface LevelsRuleset extends RulesetBase {
  scheme: 'levels';
}

/** Thông tư 44/2014: points per criterion, 100 in total, rated by cut-offs. */
export interface PointsRuleset extends RulesetBase {
  scheme: 'points';
  totalPoints: number;
  /** Highest first. Below the last cut-off (or failing its condition) the rating is `failLabel`. */
  ratings: RatingCutoff[];
  failLabel: string;
}

export type Ruleset = LevelsRuleset | PointsRuleset;

export const LEVEL_LABELS: Record<LevelId, string> = { MD1: 'Mức độ 1', MD2: 'Mức độ 2' };
export const NOT_RECOGNISED = RESULT_WORDS.below;
export const STATUS_LABELS: Record<Status, string> = {
  verbatim: 'Nguyên văn',
  paraphrase: 'Diễn đạt lại',
  secondary: 'Nguồn thứ cấp',
  unverified: 'Chưa xác minh',
};

export function allItems(ruleset: Ruleset): Item[] {
  return ruleset.criteria.flatMap((c) => c.items);
}
