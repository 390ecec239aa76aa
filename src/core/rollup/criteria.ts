import type { RulesetSummary } from './categories';
import type { CommuneRecord } from './record';

/**
 * Which criteria hold communes back, per ruleset and year, among the workbooks read (typed
 * results carry no criteria). Levels scheme (TT25): how many communes miss each criterion at
 * Mức độ 1 and at Mức độ 2, most missed first. Points scheme (TT44): the average points of each
 * criterion against its maximum, weakest first; without maxima (TT44 ships none, the province
 * enters its scoring guide) criteria cannot be compared, so they keep their order.
 */

export interface LevelsCriterionRow {
  code: string;
  name: string;
  failed1: number;
  failed2: number;
}

export interface PointsCriterionRow {
  code: string;
  name: string;
  /** Communes whose points for this criterion are all entered. */
  entered: number;
  average: number | null;
  max: number | null;
}

interface BlockBase {
  ruleset: RulesetSummary;
  year: number;
  /** Communes read from their workbooks in this block. */
  assessed: number;
}

export type CriteriaBlock = (BlockBase & { scheme: 'levels'; rows: LevelsCriterionRow[] }) | (BlockBase & { scheme: 'points'; rows: PointsCriterionRow[]; ranked: boolean });

interface Tally {
  summary: RulesetSummary;
  year: number;
  assessed: number;
  order: Map<string, number>;
  names: Map<string, string>;
  failed1: Map<string, number>;
  failed2: Map<string, number>;
  sum: Map<string, number>;
  entered: Map<string, number>;
  max: Map<string, number>;
}

const add = (map: Map<string, number>, key: string, n = 1) => map.set(key, (map.get(key) ?? 0) + n);

function newTally(summary: RulesetSummary, year: number): Tally {
  const order = new Map(summary.criteria.map((c, i) => [c.code, i]));
  const names = new Map(summary.criteria.map((c) => [c.code, c.name]));
  return { summary, year, assessed: 0, order, names, failed1: new Map(), failed2: new Map(), sum: new Map(), entered: new Map(), max: new Map() };
}

/** Counts `n` for a criterion; codes a workbook used that its ruleset summary does not list get a row after the others. */
function tallyCode(tally: Tally, map: Map<string, number>, code: string, n = 1): void {
  if (!tally.order.has(code)) tally.order.set(code, tally.order.size);
  add(map, code, n);
}

export function failedCriteria(records: readonly CommuneRecord[], summaries: ReadonlyMap<string, RulesetSummary>, rulesetOrder: readonly string[]): CriteriaBlock[] {
  const tallies = new Map<string, Tally>();
  for (const record of records) {
    if (record.status !== 'read') continue;
    const summary = summaries.get(record.rulesetId);
    if (!summary) continue;
    const key = `${record.rulesetId}\u0000${record.year}`;
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = newTally(summary, record.year)));
    tally.assessed++;
    for (const code of record.failed1 ?? []) tallyCode(tally, tally.failed1, code);
    for (const code of record.failed2 ?? []) tallyCode(tally, tally.failed2, code);
    for (const [code, points] of Object.entries(record.points ?? {})) {
      tallyCode(tally, tally.sum, code, points);
      tallyCode(tally, tally.entered, code);
    }
    // The first maximum met stands for the block: the workbooks of one ruleset share a scoring guide.
    for (const [code, max] of Object.entries(record.maxima ?? {})) if (!tally.max.has(code)) tallyCode(tally, tally.max, code, max);
  }
  const rank = new Map(rulesetOrder.map((id, i) => [id, i]));
  return [...tallies.values()].sort((a, b) => (rank.get(a.summary.id) ?? Infinity) - (rank.get(b.summary.id) ?? Infinity) || a.year - b.year).map(toBlock);
}

function toBlock(tally: Tally): CriteriaBlock {
  const codes = [...tally.order.keys()];
  const position = (code: string) => tally.order.get(code) ?? 0;
  const base = { ruleset: tally.summary, year: tally.year, assessed: tally.assessed };
  if (tally.summary.scheme === 'levels') {
    const rows = codes.map((code) => ({ code, name: tally.names.get(code) ?? '', failed1: tally.failed1.get(code) ?? 0, failed2: tally.failed2.get(code) ?? 0 }));
    rows.sort((a, b) => b.failed1 - a.failed1 || b.failed2 - a.failed2 || position(a.code) - position(b.code));
    return { ...base, scheme: 'levels', rows };
  }
  const rows = codes.map((code): PointsCriterionRow => {
    const entered = tally.entered.get(code) ?? 0;
    return { code, name: tally.names.get(code) ?? '', entered, average: entered ? (tally.sum.get(code) ?? 0) / entered : null, max: tally.max.get(code) ?? null };
  });
  const ratio = (r: PointsCriterionRow) => (r.average ?? 0) / (r.max ?? 1);
  const ranked = rows.length > 0 && rows.every((r) => r.max !== null && r.max > 0 && r.average !== null);
  if (ranked) rows.sort((a, b) => ratio(a) - ratio(b) || position(a.code) - position(b.code));
  return { ...base, scheme: 'points', rows, ranked };
}
