import type { RulesetSummary } from './categories';
import { communeChanges, countChanges, type CommuneChange, type CountChange } from './changes';
import { failedCriteria, type CriteriaBlock } from './criteria';
import type { CommuneRecord } from './record';
import { countsByRuleset, coverageByYear, resolveSummaries, type RulesetStats, type YearCoverage } from './statistics';

/** Everything the Tổng hợp sheets (and the summary report) show, from the records of one update. */
export interface RollUp {
  /** In register order. */
  records: CommuneRecord[];
  summaries: Map<string, RulesetSummary>;
  coverage: YearCoverage[];
  rulesets: RulesetStats[];
  criteria: CriteriaBlock[];
  countChanges: CountChange[];
  communeChanges: CommuneChange[];
}

export function rollUp(input: readonly CommuneRecord[]): RollUp {
  const records = [...input].sort((a, b) => a.row - b.row);
  const summaries = resolveSummaries(records);
  const rulesets = countsByRuleset(records, summaries);
  return {
    records,
    summaries,
    coverage: coverageByYear(records),
    rulesets,
    criteria: failedCriteria(
      records,
      summaries,
      rulesets.map((s) => s.ruleset.id),
    ),
    countChanges: countChanges(rulesets),
    communeChanges: communeChanges(records, rulesets),
  };
}
