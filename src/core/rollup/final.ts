import { FACT_KEYS, factNumber } from '../ruleset/facts';
import { rulesetForYear } from '../ruleset/resolve';

/**
 * When a year's dossiers are final: from the deadline the ruleset of that year gives for sending
 * them (its legal facts; TT25: before 28/02 of the next year), the workbooks behind them no
 * longer change, so the roll-up reads each one once more at most and then keeps its record. A
 * ruleset without a deadline (TT44 assesses in December of the year itself) is final once its
 * year is over.
 */
export function dossiersFinalFrom(year: number): Date {
  const ruleset = rulesetForYear(year);
  const day = factNumber(ruleset, FACT_KEYS.deadlineDay);
  const month = factNumber(ruleset, FACT_KEYS.deadlineMonth);
  return day !== undefined && month !== undefined ? new Date(year + 1, month - 1, day) : new Date(year + 1, 0, 1);
}

/** Whether the dossiers of `year` were final at `time` (ms since the epoch), in the script's time zone. */
export function isFinal(year: number, time: number): boolean {
  return time >= dossiersFinalFrom(year).getTime();
}
