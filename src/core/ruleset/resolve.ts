import { throwErrors, type Problem } from '../engine/problems';
import { FACT_KEYS, factNumber } from './facts';
import { codeKey } from '../cells/text';
import type { Cell } from '../cells/values';
import { onTableRows, rulesetFromTable } from './table';
import { TT25 } from './tt25';
import { TT44 } from './tt44';
import type { Ruleset } from './types';
import { validateRuleset } from './validate';

export const BUILT_IN_RULESETS: readonly Ruleset[] = [TT25, TT44];
export const DEFAULT_RULESET = TT25;

/**
 * The built-in ruleset for an assessment year, from each ruleset's first and last year (facts
 * NAM_DAU, NAM_CUOI): TT44 for 2015–2023, TT25 from 2024. A year no ruleset covers, or no year,
 * gives the default; a province can always choose another in "Thông tin".
 */
export function rulesetForYear(year: number | null | undefined): Ruleset {
  return BUILT_IN_RULESETS.find((r) => coversYear(r, year)) ?? DEFAULT_RULESET;
}

/**
 * Whether a ruleset applies to an assessment year: from its first year (fact NAM_DAU; none, no
 * year) to its last (NAM_CUOI; none, every later year), both included. No year covers nothing.
 */
export function coversYear(ruleset: Ruleset, year: number | null | undefined): boolean {
  const first = factNumber(ruleset, FACT_KEYS.firstYear);
  const last = factNumber(ruleset, FACT_KEYS.lastYear);
  return typeof year === 'number' && first !== undefined && year >= first && (last === undefined || year <= last);
}

/**
 * The one reading of a "Bộ tiêu chí" table, for the formulas, the sidebar and set-up alike: the
 * table's rows are read, then validated like a built-in ruleset, and every problem names its
 * table row. `ruleset` is null when there is any error, so nothing is shaped by a table the
 * formulas would reject; warnings (unverified facts) leave it usable.
 */
export function loadRulesetTable(rows: Cell[][]): { ruleset: Ruleset | null; problems: Problem[] } {
  const { ruleset, problems, rowOf } = rulesetFromTable(rows);
  if (ruleset) problems.push(...onTableRows(validateRuleset(ruleset), rowOf));
  return { ruleset: problems.some((p) => p.severity === 'error') ? null : ruleset, problems };
}

/**
 * The last table read, by its content: a workbook's formulas all pass the same "Bộ tiêu chí"
 * range, and a warm script reads it once instead of once per formula. Set on first use, never at
 * module load (custom functions load the whole file on every call).
 */
let lastTable: { content: string; ruleset: Ruleset } | undefined;

/** The table's ruleset for the formulas: the one loader, cached by content; errors thrown. */
function tableRuleset(rows: Cell[][]): Ruleset {
  const content = JSON.stringify(rows);
  if (lastTable?.content === content) return lastTable.ruleset;
  const { ruleset, problems } = loadRulesetTable(rows);
  throwErrors(problems);
  if (!ruleset) throw new Error('Bảng Bộ tiêu chí không đọc được.');
  lastTable = { content, ruleset };
  return ruleset;
}

/** The `ruleset` argument as given, a 1×1 array read as its one cell (Sheets gives a single cell as its value; other callers may not). */
const unwrapped = (arg: Cell | Cell[][]): Cell | Cell[][] => (Array.isArray(arg) && arg.length === 1 && arg[0].length === 1 ? arg[0][0] : arg);

/**
 * The warnings of the formulas' `ruleset` argument, for CDHT_CHECK: a table's as `loadRulesetTable`
 * reads them (each naming its row: unverified facts, a filled cell its row does not read), a
 * built-in ruleset's from validation. Called only once `resolveRuleset` accepted the argument.
 */
export function rulesetWarnings(arg: Cell | Cell[][]): Problem[] {
  const single = unwrapped(arg);
  const problems = Array.isArray(single) ? loadRulesetTable(single).problems : validateRuleset(resolveRuleset(single));
  return problems.filter((p) => p.severity === 'warning');
}

/**
 * The `ruleset` argument of the formulas: blank (TT25), a name ("TT25", "tt44"), a cell holding a
 * name, or a "Bộ tiêu chí" table range. A table is validated like the built-in rulesets; any
 * error in it is thrown with the row it is on.
 */
export function resolveRuleset(arg: Cell | Cell[][]): Ruleset {
  const single = unwrapped(arg);
  if (Array.isArray(single)) return tableRuleset(single);
  if (single instanceof Date || typeof single === 'boolean') {
    throw new Error('Bộ tiêu chí phải là "TT25", "TT44" hoặc vùng bảng Bộ tiêu chí.');
  }
  const name = codeKey(single);
  if (name === '') return DEFAULT_RULESET;
  const found = BUILT_IN_RULESETS.find((r) => codeKey(r.id) === name);
  if (!found) {
    throw new Error(`Không có bộ tiêu chí "${String(single).trim()}": dùng "TT25", "TT44" hoặc vùng bảng Bộ tiêu chí.`);
  }
  return found;
}
