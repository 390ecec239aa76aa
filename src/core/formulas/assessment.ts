import { readEntries, toColumn, type Entries, type RangeArg } from '../engine/entries';
import { OUTCOME_LABELS, evaluate, type Evaluation, type ItemResult } from '../engine/evaluate';
import { InputError, SEVERITY_LABELS, error, throwErrors, thrownMessage, type Problem } from '../engine/problems';
import { resolveRuleset, rulesetWarnings } from '../ruleset/resolve';
import { LEVEL_IDS, LEVEL_LABELS, type Ruleset } from '../ruleset/types';
import { describeCell, readFlag, type Cell } from '../cells/values';

/**
 * The CDHT_* formulas as pure functions of their arguments (2-D arrays or single values, exactly
 * as Sheets passes them). The Apps Script entry file only documents and delegates to these.
 */

export type Grid = Cell[][];

interface Assessment {
  ruleset: Ruleset;
  entries: Entries;
  evaluation: Evaluation;
}

/** The difficult_area argument: one cell (blank is no). A wider range is an error, never its first cell. */
function readDifficult(arg: RangeArg): boolean {
  const size = Array.isArray(arg) ? arg.reduce((n, row) => n + row.length, 0) : 1;
  if (size > 1) throw new Error(`Đối số "xã thuộc vùng khó khăn" phải là một ô (ví dụ 'Thông tin'!B6), đang là một vùng ${size} ô.`);
  const cell = Array.isArray(arg) ? arg[0]?.[0] : arg;
  const flag = readFlag(cell);
  if (flag === null) throw new Error(`Ô "xã thuộc vùng khó khăn" cần ghi Có/Không (hoặc TRUE/FALSE), đang là ${describeCell(cell)}.`);
  return flag;
}

/** Reads and evaluates the arguments without stopping at bad values (CDHT_CHECK needs them all). */
function assess(codes: RangeArg, values: RangeArg, rulesetArg: RangeArg, difficultArg: RangeArg): Assessment {
  const ruleset = resolveRuleset(rulesetArg);
  const difficult = readDifficult(difficultArg);
  const entries = readEntries(toColumn(codes, 'Vùng mã'), toColumn(values, 'Vùng giá trị'), ruleset);
  return { ruleset, entries, evaluation: evaluate(ruleset, entries.cells, difficult) };
}

/** Like `assess`, but throws the first errors so the cell's tooltip says what to fix. */
function assessStrict(codes: RangeArg, values: RangeArg, rulesetArg: RangeArg, difficultArg: RangeArg): Assessment {
  const assessment = assess(codes, values, rulesetArg, difficultArg);
  throwErrors([...assessment.entries.problems, ...assessment.evaluation.problems]);
  return assessment;
}

export function cdhtRating(codes: RangeArg, values: RangeArg, ruleset?: RangeArg, difficult?: RangeArg): string {
  return assessStrict(codes, values, ruleset, difficult).evaluation.ratingText;
}

export function cdhtScore(codes: RangeArg, values: RangeArg, ruleset?: RangeArg, difficult?: RangeArg): number {
  return assessStrict(codes, values, ruleset, difficult).evaluation.score;
}

/** The result columns of CDHT_RESULTS: per level (levels scheme) or points and maximum (points). */
export function resultColumns(ruleset: Ruleset): string[] {
  return ruleset.scheme === 'levels' ? LEVEL_IDS.map((l) => LEVEL_LABELS[l]) : ['Điểm', 'Tối đa'];
}

function itemRow(result: ItemResult): Cell[] {
  const byLevel = result.byLevel;
  if (byLevel) return LEVEL_IDS.map((l) => OUTCOME_LABELS[byLevel[l]]);
  const points = result.reading.state === 'ok' ? result.reading.value : OUTCOME_LABELS.missing;
  return [points, result.item.max ?? ''];
}

export function cdhtResults(codes: RangeArg, values: RangeArg, ruleset?: RangeArg, difficult?: RangeArg): Grid {
  const { entries, evaluation } = assessStrict(codes, values, ruleset, difficult);
  const byCode = new Map(evaluation.items.map((r) => [r.item.code, r]));
  const width = resultColumns(evaluation.ruleset).length;
  return entries.rowCodes.map((code) => {
    const result = byCode.get(code);
    return result ? itemRow(result) : new Array<Cell>(width).fill('');
  });
}

export function criteriaHeader(ruleset: Ruleset): string[] {
  return ruleset.scheme === 'levels' ? ['Tiêu chí', 'Nội dung', ...resultColumns(ruleset), 'Chỉ tiêu đạt mức độ 1', 'Số chỉ tiêu'] : ['Tiêu chí', 'Nội dung', 'Điểm', 'Tối đa'];
}

export function cdhtCriteria(codes: RangeArg, values: RangeArg, ruleset?: RangeArg, difficult?: RangeArg): Grid {
  const { evaluation } = assessStrict(codes, values, ruleset, difficult);
  const rows = evaluation.criteria.map((c): Cell[] => {
    const head = [c.criterion.code, c.criterion.name];
    const byLevel = c.byLevel;
    if (!byLevel) return [...head, c.points, c.max ?? ''];
    const met = c.indicators.filter((i) => i.byLevel.MD1 === 'met').length;
    return [...head, ...LEVEL_IDS.map((l) => OUTCOME_LABELS[byLevel[l]]), met, c.indicators.length];
  });
  return [criteriaHeader(evaluation.ruleset), ...rows];
}

export const NO_PROBLEM = 'Không có vấn đề nào: dữ liệu đã đầy đủ và hợp lệ.';

/** Every problem, errors first; never throws, so it can explain why the other formulas do. */
export function checkProblems(codes: RangeArg, values: RangeArg, ruleset?: RangeArg, difficult?: RangeArg): Problem[] {
  let problems: Problem[];
  try {
    const assessment = assess(codes, values, ruleset, difficult);
    // A ruleset reaches here only valid (resolveRuleset refuses one with errors): what is left to add are its warnings.
    problems = [...assessment.entries.problems, ...assessment.evaluation.problems, ...rulesetWarnings(ruleset)];
  } catch (thrown) {
    if (thrown instanceof InputError) problems = thrown.problems;
    else problems = [error('Đối số', thrownMessage(thrown))];
  }
  return [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity === 'warning')];
}

export function cdhtCheck(codes: RangeArg, values: RangeArg, ruleset?: RangeArg, difficult?: RangeArg): Grid {
  const problems = checkProblems(codes, values, ruleset, difficult);
  if (problems.length === 0) return [[NO_PROBLEM]];
  return problems.map((p) => [p.code, SEVERITY_LABELS[p.severity], p.message]);
}
