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
  failedMd1: number;
  failedMd2: number;
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

/** One ruleset-year's counts, by criterion position (`order`): arrays, one map lookup per code met. */
interface Tally {
  summary: RulesetSummary;
  year: number;
  assessed: number;
  order: Map<string, number>;
  names: Map<string, string>;
  failedMd1: number[];
  failedMd2: number[];
  sum: number[];
  entered: number[];
  /** undefined until a workbook gives the criterion's maximum. */
  max: Array<number | undefined>;
}

function newTally(summary: RulesetSummary, year: number): Tally {
  const order = new Map(summary.criteria.map((c, i) => [c.code, i]));
  const names = new Map(summary.criteria.map((c) => [c.code, c.name]));
  const zeros = () => summary.criteria.map(() => 0);
  return { summary, year, assessed: 0, order, names, failedMd1: zeros(), failedMd2: zeros(), sum: zeros(), entered: zeros(), max: [] };
}

/** A criterion's position; codes a workbook used that its ruleset summary does not list get one after the others. */
function position(tally: Tally, code: string): number {
  let at = tally.order.get(code);
  if (at === undefined) {
    at = tally.order.size;
    tally.order.set(code, at);
    for (const counts of [tally.failedMd1, tally.failedMd2, tally.sum, tally.entered]) counts.push(0);
  }
  return at;
}

export function failedCriteria(records: readonly CommuneRecord[], summaries: ReadonlyMap<string, RulesetSummary>, rulesetOrder: readonly string[]): CriteriaBlock[] {
  const tallies = new Map<string, Tally>();
  for (const record of records) {
    if (record.status !== 'read') continue;
    const summary = summaries.get(record.rulesetId);
    if (!summary) continue;
    const key = `${record.rulesetId}\u0000${record.year}`;
    let tally = tallies.get(key);
    if (!tally) {
      tally = newTally(summary, record.year);
      tallies.set(key, tally);
    }
    tally.assessed++;
    for (const code of record.failedMd1 ?? []) tally.failedMd1[position(tally, code)]++;
    for (const code of record.failedMd2 ?? []) tally.failedMd2[position(tally, code)]++;
    const { points, maxima } = record;
    for (const code in points) {
      const at = position(tally, code);
      tally.sum[at] += points[code];
      tally.entered[at]++;
    }
    // The first maximum met stands for the block: the workbooks of one ruleset share a scoring guide.
    for (const code in maxima) {
      const at = position(tally, code);
      if (tally.max[at] === undefined) tally.max[at] = maxima[code];
    }
  }
  const rank = new Map(rulesetOrder.map((id, i) => [id, i]));
  return [...tallies.values()].sort((a, b) => (rank.get(a.summary.id) ?? Infinity) - (rank.get(b.summary.id) ?? Infinity) || a.year - b.year).map(toBlock);
}

function toBlock(tally: Tally): CriteriaBlock {
  const codes = [...tally.order.keys()];
  const base = { ruleset: tally.summary, year: tally.year, assessed: tally.assessed };
  if (tally.summary.scheme === 'levels') {
    const rows = codes.map((code, at) => ({ code, name: tally.names.get(code) ?? '', failedMd1: tally.failedMd1[at], failedMd2: tally.failedMd2[at] }));
    // Array.prototype.sort is stable (ES2019): criteria missed as often keep their listed order.
    rows.sort((a, b) => b.failedMd1 - a.failedMd1 || b.failedMd2 - a.failedMd2);
    return { ...base, scheme: 'levels', rows };
  }
  const rows = codes.map((code, at): PointsCriterionRow => {
    const entered = tally.entered[at];
    return { code, name: tally.names.get(code) ?? '', entered, average: entered ? tally.sum[at] / entered : null, max: tally.max[at] ?? null };
  });
  const ratio = (r: PointsCriterionRow) => (r.average ?? 0) / (r.max ?? 1);
  const ranked = rows.length > 0 && rows.every((row) => row.max !== null && row.max > 0 && row.average !== null);
  // A stable sort: criteria as weak as each other keep their listed order.
  if (ranked) rows.sort((a, b) => ratio(a) - ratio(b));
  return { ...base, scheme: 'points', rows, ranked };
}
