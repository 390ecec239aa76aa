import { DEFAULT_RULESET } from '../ruleset/resolve';
import { TT25 } from '../ruleset/tt25';
import { TT44 } from '../ruleset/tt44';
import { LEVEL_LABELS, NOT_RECOGNISED, type Ruleset } from '../ruleset/types';
import { codeKey, foldText } from '../cells/text';
import { isBlank, type Cell } from '../cells/values';

/**
 * The result categories the assessing level counts communes into: the ruleset's ratings, best
 * first, then "Không xếp loại" for a commune with no rating (blank, or data still incomplete).
 */
export const UNRATED = 'Không xếp loại';

/** What a roll-up needs of a ruleset: its categories and criteria, small enough to store with a record. */
export interface RulesetSummary {
  id: string;
  name: string;
  scheme: Ruleset['scheme'];
  /** Rated categories, best first (without "Không xếp loại"). */
  categories: string[];
  criteria: Array<{ code: string; name: string }>;
}

export function ratedCategories(ruleset: Ruleset): string[] {
  return ruleset.scheme === 'levels' ? [LEVEL_LABELS.MD2, LEVEL_LABELS.MD1, NOT_RECOGNISED] : [...ruleset.ratings.map((r) => r.label), ruleset.failLabel];
}

export function summarizeRuleset(ruleset: Ruleset): RulesetSummary {
  return {
    id: ruleset.id,
    name: ruleset.name,
    scheme: ruleset.scheme,
    categories: ratedCategories(ruleset),
    criteria: ruleset.criteria.map((c) => ({ code: c.code, name: c.name })),
  };
}

/** Built on first use: module top levels run on every custom-function call. */
let builtIn: Map<string, RulesetSummary> | undefined;

/** The built-in ruleset with this id ("tt44" finds TT44), if any. Called once per record: kept cheap. */
export function builtInSummary(id: string): RulesetSummary | undefined {
  builtIn ??= new Map([TT25, TT44].map((r) => [codeKey(r.id), summarizeRuleset(r)]));
  return builtIn.get(id) ?? builtIn.get(codeKey(id));
}

/**
 * Thông tư 44/2014 rated assessment years 2015–2023; Thông tư 25/2023 (in force 12/02/2024)
 * rates 2024 on. Used only where a result does not say which ruleset it belongs to.
 */
export function rulesetIdForYear(year: number): string {
  return year > 0 && year <= 2023 ? TT44.id : DEFAULT_RULESET.id;
}

const INCOMPLETE = foldText('Chưa đủ dữ liệu');

/**
 * Reads a result as typed or as CDHT_RATING shows it: one of `categories` (case, spacing and
 * NFD-tolerant) or "Không xếp loại" (blank, "Không xếp loại", "Chưa đủ dữ liệu…"). Returns the
 * category label, or undefined when the text is none of them.
 */
export function matchCategory(cell: Cell, categories: readonly string[]): string | undefined {
  if (isBlank(cell)) return UNRATED;
  if (typeof cell !== 'string') return undefined;
  const word = foldText(cell);
  if (word === foldText(UNRATED) || word.startsWith(INCOMPLETE)) return UNRATED;
  return categories.find((c) => foldText(c) === word);
}

/** "Mức độ 2", "Mức độ 1" hoặc "Chưa đạt": the categories as a message lists them. */
export function listCategories(categories: readonly string[]): string {
  const quoted = categories.map((c) => `"${c}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} hoặc ${quoted[quoted.length - 1]}` : quoted.join('');
}
