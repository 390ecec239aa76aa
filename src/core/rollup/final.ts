import { rulesetIdForYear } from './categories';

/**
 * When a year's dossiers are final: after the last day the rules give communes to send them,
 * the workbooks behind them no longer change, so the roll-up reads each one once more at most
 * and then keeps its record. The ruleset of the year (categories.ts) gives the rule.
 */
interface FinalRule {
  /** Month (1–12) and day of the year after the assessed year from which the year is final. */
  month: number;
  day: number;
  source: string;
}

const FINAL_RULES: Record<string, FinalRule> = {
  TT25: {
    month: 3,
    day: 1,
    source: 'Thông tư 25/2023/TT-BGDĐT, Điều 9 khoản 1 điểm d: hồ sơ gửi trước ngày 28 tháng 02 của năm sau liền kề năm đánh giá (the day after 28/02, leap years included)',
  },
  TT44: {
    month: 1,
    day: 1,
    source: 'Thông tư 44/2014/TT-BGDĐT, Điều 4 khoản 4: kiểm tra, đánh giá, xếp loại vào tháng 12 hằng năm',
  },
};

/** Midnight (the script's time zone) from which the dossiers of assessment year `year` are final. */
export function dossiersFinalFrom(year: number): Date {
  const rule = FINAL_RULES[rulesetIdForYear(year)] ?? FINAL_RULES.TT25;
  return new Date(year + 1, rule.month - 1, rule.day);
}

/** Whether the dossiers of `year` were final at `time` (ms since the epoch). */
export function isFinal(year: number, time: number): boolean {
  return time >= dossiersFinalFrom(year).getTime();
}
