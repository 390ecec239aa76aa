import { FACT_KEYS, factNumber } from '../ruleset/facts';
import { DEFAULT_RULESET, rulesetForYear } from '../ruleset/resolve';
import type { Ruleset } from '../ruleset/types';

/**
 * When a year's dossiers are final: after the last day the rules give communes to send them,
 * the workbooks behind them no longer change, so the roll-up reads each one once more at most
 * and then keeps its record. The ruleset of the year gives the rule, from its legal facts.
 */

/**
 * Midnight (the script's time zone) from which a year's dossiers are final under `ruleset`: the day
 * after its deadline in the next year (TT25 Điều 9: before 28/02, so from 29/02 or 01/03), else the
 * first day after its assessment month (TT44 Điều 4 khoản 4: December, so 01/01), or null when it
 * has neither (a deadline wants both its day and its month).
 */
export function finalFrom(ruleset: Ruleset, year: number): Date | null {
  const day = factNumber(ruleset, FACT_KEYS.deadlineDay);
  const month = factNumber(ruleset, FACT_KEYS.deadlineMonth);
  if (day !== undefined && month !== undefined) return new Date(year + 1, month - 1, day + 1);
  const assessed = factNumber(ruleset, FACT_KEYS.assessmentMonth);
  return assessed === undefined ? null : new Date(year, assessed, 1);
}

/** Midnight (the script's time zone) from which the dossiers of assessment year `year` are final. */
export function dossiersFinalFrom(year: number): Date {
  // Without a rule, the end of the assessment year: the data cover it in full.
  return finalFrom(rulesetForYear(year), year) ?? finalFrom(DEFAULT_RULESET, year) ?? new Date(year + 1, 0, 1);
}

/** Whether the dossiers of `year` were final at `time` (ms since the epoch). */
export function isFinal(year: number, time: number): boolean {
  return time >= dossiersFinalFrom(year).getTime();
}
