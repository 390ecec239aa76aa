import { throwErrors } from '../engine/problems';
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
 * The last table read, by its content: a workbook's formulas all pass the same "Bộ tiêu chí"
 * range, and a warm script reads it once instead of once per formula. Set on first use, never at
 * module load (custom functions load the whole file on every call).
 */
let lastTable: { content: string; ruleset: Ruleset } | undefined;

function tableRuleset(rows: Cell[][]): Ruleset {
  const content = JSON.stringify(rows);
  if (lastTable?.content === content) return lastTable.ruleset;
  const { ruleset, problems, rowOf } = rulesetFromTable(rows);
  throwErrors(problems);
  if (!ruleset) throw new Error('Bảng Bộ tiêu chí không đọc được.');
  throwErrors(onTableRows(validateRuleset(ruleset), rowOf));
  lastTable = { content, ruleset };
  return ruleset;
}

/**
 * The `ruleset` argument of the formulas: blank (TT25), a name ("TT25", "tt44"), a cell holding a
 * name, or a "Bộ tiêu chí" table range. A table is validated like the built-in rulesets; any
 * error in it is thrown with the row it is on.
 */
export function resolveRuleset(arg: Cell | Cell[][]): Ruleset {
  const single = Array.isArray(arg) && arg.length === 1 && arg[0].length === 1 ? arg[0][0] : arg;
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
