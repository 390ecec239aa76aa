import { rulesetForYear } from '../ruleset/resolve';
import { TT25 } from '../ruleset/tt25';
import { TT44 } from '../ruleset/tt44';
import { LEVEL_LABELS, NOT_RECOGNISED, type Ruleset } from '../ruleset/types';
import { codeKey, foldText } from '../cells/text';
import { isBlank, readLevel, type Cell } from '../cells/values';

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
 * The ruleset id of an assessment year, from the rulesets' own dated years (TT44 for 2015–2023,
 * TT25 from 2024). Used only where a result does not say which ruleset it belongs to.
 */
export function rulesetIdForYear(year: number): string {
  return rulesetForYear(year).id;
}

const INCOMPLETE = foldText('Chưa đủ dữ liệu');

/**
 * Reads a result as typed or as CDHT_RATING shows it: one of `categories` (case, spacing and
 * NFD-tolerant, with or without CDHT_RATING's "(…)" note; a level also as "Mức độ I" or "MĐ1") or "Không xếp loại" (blank, "Không xếp loại", "Chưa đủ dữ liệu…"). Returns the
 * category label, or undefined when the text is none of them.
 */
export function matchCategory(cell: Cell, categories: readonly string[]): string | undefined {
  if (isBlank(cell)) return UNRATED;
  if (typeof cell !== 'string') return undefined;
  const word = foldText(cell);
  if (word === foldText(UNRATED) || word.startsWith(INCOMPLETE)) return UNRATED;
  // CDHT_RATING states a result already decided while values are blank as "Chưa đạt (…)".
  const found = categories.find((c) => foldText(c) === word || word.startsWith(`${foldText(c)} (`));
  if (found !== undefined || BARE_NUMERAL.test(word)) return found;
  // A level written as the core's level reader takes it ("Mức độ I", "MĐ1", "đạt mức độ 2"): the category at that level.
  const level = levelOf(cell);
  return level === null ? undefined : categories.find((c) => levelOf(c) === level);
}

/** "1" or "II" alone: a number, not a result (it says nothing of what it counts). */
const BARE_NUMERAL = /^(?:\d+|i{1,3})$/;

/** The recognition level a text names (1 or more), as readLevel reads it; null when it names none. */
function levelOf(text: string): number | null {
  const reading = readLevel(text, Number.MAX_SAFE_INTEGER);
  return reading.state === 'ok' && reading.value > 0 ? reading.value : null;
}

/** "Mức độ 2", "Mức độ 1" hoặc "Chưa đạt": the categories as a message lists them. */
export function listCategories(categories: readonly string[]): string {
  const quoted = categories.map((c) => `"${c}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} hoặc ${quoted[quoted.length - 1]}` : quoted.join('');
}
