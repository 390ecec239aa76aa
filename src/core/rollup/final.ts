import { FACT_KEYS, factNumber } from '../ruleset/facts';
import { rulesetForYear } from '../ruleset/resolve';

/**
 * When a year's dossiers are final: after the last day the year's ruleset gives communes to send
 * them (facts HAN_NOP_NGAY / HAN_NOP_THANG, e.g. TT25 Điều 9: before 28/02 of the next year), the
 * workbooks behind them no longer change, so the roll-up reads each one once more at most and then
 * keeps its record. A ruleset without a deadline (TT44 rated in December) is final when its
 * assessment year ends.
 */
export function dossiersFinalFrom(year: number): Date {
  const ruleset = rulesetForYear(year);
  const day = factNumber(ruleset, FACT_KEYS.deadlineDay);
  const month = factNumber(ruleset, FACT_KEYS.deadlineMonth);
  // Midnight after the deadline day, in the script's time zone; Date rolls 29/02 over to 01/03.
  return day !== undefined && month !== undefined ? new Date(year + 1, month - 1, day + 1) : new Date(year + 1, 0, 1);
}

/** Whether the dossiers of `year` were final at `time` (ms since the epoch). */
export function isFinal(year: number, time: number): boolean {
  return time >= dossiersFinalFrom(year).getTime();
}
