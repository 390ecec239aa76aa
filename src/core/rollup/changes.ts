import type { CommuneRecord } from './record';
import { communeKey, sameCommune } from './register';
import type { RulesetStats } from './statistics';

/**
 * Year-on-year changes: how each category's count moved between two consecutive assessed years
 * of a ruleset (2016 → 2018: Tốt 12 → 20), and which communes moved up or down. A commune is
 * compared between its consecutive rated years under the same ruleset only: a TT44 "Tốt" and a
 * TT25 "Mức độ 1" measure different things.
 */

export interface CountChange {
  rulesetId: string;
  category: string;
  fromYear: number;
  fromCount: number;
  toYear: number;
  toCount: number;
}

export type Direction = 'up' | 'down';

export const DIRECTION_LABELS: Record<Direction, string> = { up: 'Tăng hạng', down: 'Giảm hạng' };

export interface CommuneChange {
  commune: string;
  rulesetId: string;
  fromYear: number;
  fromRating: string;
  toYear: number;
  toRating: string;
  direction: Direction;
}

export function countChanges(stats: readonly RulesetStats[]): CountChange[] {
  const changes: CountChange[] = [];
  for (const { ruleset, categories, years } of stats) {
    for (let i = 1; i < years.length; i++) {
      const [from, to] = [years[i - 1], years[i]];
      changes.push(...categories.map((category, c) => ({ rulesetId: ruleset.id, category, fromYear: from.year, fromCount: from.counts[c], toYear: to.year, toCount: to.counts[c] })));
    }
  }
  return changes;
}

/**
 * One list of rated records per commune, in the order communes first appear in the register. The
 * rows of one commune across years are those the register holds one (`communeKey`, `sameCommune`:
 * "Xã Bình" and "Bình", "Hoà An" and "Hòa An"), as sections I and VI count them; a row without a
 * name is a commune of its own, there being nothing to match it by.
 */
function ratedCommunes(records: readonly CommuneRecord[]): CommuneRecord[][] {
  const communes: CommuneRecord[][] = [];
  const byKey = new Map<string, CommuneRecord[][]>();
  for (const record of records) {
    // A failed row has no rating (record.ts failedRecord, duplicates.ts asCounted): only rated rows are compared.
    if (record.rating === null) continue;
    const key = record.commune ? communeKey(record.commune) : '';
    const candidates = key ? (byKey.get(key) ?? []) : [];
    const commune = candidates.find((rows) => rows.some((row) => sameCommune(row.commune, record.commune)));
    if (commune) {
      commune.push(record);
      continue;
    }
    communes.push([record]);
    if (key) byKey.set(key, [...candidates, communes[communes.length - 1]]);
  }
  return communes;
}

export function communeChanges(records: readonly CommuneRecord[], stats: readonly RulesetStats[]): CommuneChange[] {
  const rankOf = new Map(stats.map((s) => [s.ruleset.id, new Map(s.categories.map((c, i) => [c, i]))]));
  const changes: CommuneChange[] = [];
  for (const list of ratedCommunes(records)) {
    list.sort((a, b) => a.year - b.year);
    for (let i = 1; i < list.length; i++) {
      const [from, to] = [list[i - 1], list[i]];
      if (from.rulesetId !== to.rulesetId) continue;
      const ranks = rankOf.get(from.rulesetId);
      const [a, b] = [ranks?.get(from.rating as string), ranks?.get(to.rating as string)];
      if (a === undefined || b === undefined || a === b) continue;
      changes.push({
        commune: to.commune,
        rulesetId: to.rulesetId,
        fromYear: from.year,
        fromRating: from.rating as string,
        toYear: to.year,
        toRating: to.rating as string,
        direction: b < a ? 'up' : 'down',
      });
    }
  }
  return changes;
}
