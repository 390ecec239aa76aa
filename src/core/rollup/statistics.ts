import { codeKey } from '../cells/text';
import { formatViPercent } from '../cells/vi-number';
import { UNRATED, builtInSummary, type RulesetSummary } from './categories';
import type { CommuneRecord } from './record';

/**
 * The numbers the assessing level publishes, from the records of every register row: how the
 * reading went per year, and per ruleset and year how many communes fall in each category.
 * One pass over the records with maps, so 3,300 communes × several years stay well under a second.
 */

/**
 * A share as the roll-up shows it, in its sheets and in its yearly report alike: "12,5%" with one
 * decimal at most, or `empty` when there is nothing to divide by.
 */
export function shareText(part: number, whole: number, empty = ''): string {
  return whole > 0 ? formatViPercent(part / whole, 1) : empty;
}

export interface YearCoverage {
  /** 0 gathers the rows whose year could not be read. */
  year: number;
  listed: number;
  read: number;
  manual: number;
  failed: number;
}

export interface YearCounts {
  year: number;
  /** Communes with a result (read or typed), rated or not. */
  total: number;
  /** By category, in the order of `RulesetStats.categories`. */
  counts: number[];
}

export interface RulesetStats {
  ruleset: RulesetSummary;
  /** Rated categories best first, then any other label met, then "Không xếp loại". */
  categories: string[];
  years: YearCounts[];
}

/**
 * The summary of each ruleset id: the built-in one, else the first stored with a record of that id
 * (the store keeps one copy per id, see leanRecords), else a bare stand-in.
 */
export function resolveSummaries(records: readonly CommuneRecord[]): Map<string, RulesetSummary> {
  const summaries = new Map<string, RulesetSummary>();
  const bare = new Set<string>();
  for (const record of records) {
    const id = record.rulesetId;
    if (!id || summaries.has(id)) continue;
    const summary = builtInSummary(id) ?? record.ruleset;
    if (summary) summaries.set(id, summary);
    else bare.add(id);
  }
  for (const id of bare) if (!summaries.has(id)) summaries.set(id, { id, name: id, scheme: 'points', categories: [], criteria: [] });
  return summaries;
}

export function coverageByYear(records: readonly CommuneRecord[]): YearCoverage[] {
  const byYear = new Map<number, YearCoverage>();
  for (const record of records) {
    let row = byYear.get(record.year);
    if (!row) {
      row = { year: record.year, listed: 0, read: 0, manual: 0, failed: 0 };
      byYear.set(record.year, row);
    }
    row.listed++;
    row[record.status]++;
  }
  // Known years in order; the rows without a readable year last.
  return [...byYear.values()].sort((a, b) => (a.year || Infinity) - (b.year || Infinity));
}

export function countsByRuleset(records: readonly CommuneRecord[], summaries: ReadonlyMap<string, RulesetSummary>): RulesetStats[] {
  const groups = new Map<string, { categories: string[]; index: Map<string, number>; years: Map<number, Map<string, number>>; firstYear: number }>();
  for (const record of records) {
    if (record.status === 'failed' || !record.rulesetId) continue;
    let group = groups.get(record.rulesetId);
    if (!group) {
      const categories = [...(summaries.get(record.rulesetId)?.categories ?? [])];
      group = { categories, index: new Map(categories.map((c, i) => [c, i])), years: new Map(), firstYear: record.year };
      groups.set(record.rulesetId, group);
    }
    group.firstYear = Math.min(group.firstYear, record.year);
    const category = record.rating ?? UNRATED;
    // A label the ruleset does not list (a province renamed a rating in its table) still counts.
    if (category !== UNRATED && !group.index.has(category)) {
      group.index.set(category, group.categories.length);
      group.categories.push(category);
    }
    let year = group.years.get(record.year);
    if (!year) {
      year = new Map();
      group.years.set(record.year, year);
    }
    year.set(category, (year.get(category) ?? 0) + 1);
  }
  return [...groups]
    .sort(([idA, a], [idB, b]) => a.firstYear - b.firstYear || codeKey(idA).localeCompare(codeKey(idB)))
    .map(([id, group]) => {
      const categories = [...group.categories, UNRATED];
      const years = [...group.years]
        .sort(([a], [b]) => a - b)
        .map(([year, counts]): YearCounts => {
          const row = categories.map((c) => counts.get(c) ?? 0);
          return { year, total: row.reduce((a, b) => a + b, 0), counts: row };
        });
      return { ruleset: summaries.get(id) as RulesetSummary, categories, years };
    });
}
