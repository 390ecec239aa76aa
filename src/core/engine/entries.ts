import { NAMES } from '../workbook/names';
import { error, warning, type Problem } from './problems';
import { BUILT_IN_RULESETS } from '../ruleset/resolve';
import { allItems, type Ruleset } from '../ruleset/types';
import { codeKey, lookAlikesIn } from '../cells/text';
import { COUNTED_IN_RANGE, placeInRange } from '../cells/range-place';
import { PERCENT_RULE, cellNumber, describeCell, isBlank, percentReadings, readPercent, type Cell } from '../cells/values';
import { formatViNumber } from '../cells/vi-number';

/** A range argument as Apps Script passes it: a single cell arrives as a plain value, not [[value]]. */
export type RangeArg = Cell | Cell[][];

/** Turns a one-column range argument into its list of cells; a wider range is an error. */
export function toColumn(arg: RangeArg, what: string): Cell[] {
  if (!Array.isArray(arg)) return [arg];
  if (arg.some((row) => row.length !== 1)) {
    throw new Error(`${what} phải là một cột (đang có ${arg[0]?.length ?? 0} cột).`);
  }
  return arg.map((row) => row[0]);
}

/** The commune's input rows, matched to the ruleset's codes. */
export interface Entries {
  /** Values by item code, for `evaluate`. */
  cells: Map<string, Cell>;
  /** The ruleset code of every input row ('' for heading and blank rows), for aligned output. */
  rowCodes: string[];
  problems: Problem[];
}

interface CodeIndex {
  /** Comparison key → the ruleset's own spelling of each item code. */
  itemCodes: Map<string, string>;
  /** Keys of criterion and composite-indicator codes, which may label heading rows. */
  groupCodes: Set<string>;
  /** Item codes of percent items, whose numbers may read two ways. */
  percentCodes: Set<string>;
  /** Each item code as the ruleset spells it → its key: nearly every row, matched without `codeKey`. */
  spelled: Map<string, string>;
}

// Built once per ruleset object: the roll-up reads thousands of communes against the same one.
const codeIndexes = new WeakMap<Ruleset, CodeIndex>();

function codeIndex(ruleset: Ruleset): CodeIndex {
  let index = codeIndexes.get(ruleset);
  if (!index) {
    const items = allItems(ruleset);
    index = {
      itemCodes: new Map(items.map((i) => [codeKey(i.code), i.code])),
      groupCodes: new Set([...ruleset.criteria.map((c) => c.code), ...items.flatMap((i) => (i.partOf ? [i.partOf] : []))].map(codeKey)),
      percentCodes: new Set(items.filter((i) => i.kind === 'percent').map((i) => i.code)),
      spelled: new Map(items.map((i) => [i.code, codeKey(i.code)])),
    };
    codeIndexes.set(ruleset, index);
  }
  return index;
}

/** `row` counts from 1, as the messages below do. */
const where = (row: number) => placeInRange(row - 1, 0, false);

/** A code cell as a message shows it: text as typed, anything else (a date, a number) the vi-VN way. */
const shownCode = (raw: Cell) => (typeof raw === 'string' ? raw.trim() : describeCell(raw));

/** "(chữ "Т" là chữ Kirin …)" when a code holds characters that only look like the code's. */
function lookAlikeNote(raw: Cell): string {
  const found = lookAlikesIn(raw);
  return found.length > 0 ? ` (${found.join('; ')})` : '';
}

/**
 * The built-in ruleset the unmatched codes belong to, when the data is plainly another ruleset's:
 * every code the ruleset in use does not know is one of the other's, and the other knows more of
 * the rows as indicators. TT44 data read as TT25 then gets one error instead of fifteen.
 */
function rulesetOfCodes(keys: string[], unmatched: string[], ruleset: Ruleset): Ruleset | undefined {
  if (unmatched.length === 0) return undefined;
  const known = (r: Ruleset) => keys.filter((k) => codeIndex(r).itemCodes.has(k)).length;
  const here = known(ruleset);
  return BUILT_IN_RULESETS.find((other) => {
    if (other.id === ruleset.id) return false;
    const { itemCodes, groupCodes } = codeIndex(other);
    return unmatched.every((k) => itemCodes.has(k) || groupCodes.has(k)) && known(other) > here;
  });
}

function otherRulesetError(other: Ruleset, ruleset: Ruleset, shown: string[]): Problem {
  const sample = `${shown.slice(0, 3).join(', ')}${shown.length > 3 ? ', …' : ''}`;
  return error(
    'Bộ tiêu chí',
    // The cell is named by the range set-up keeps on it: a custom function cannot know what its tab is called now.
    `Các mã trong vùng (${sample}) là mã của bộ tiêu chí ${other.id}, không phải ${ruleset.id} đang dùng: hãy chọn bộ tiêu chí ${other.id} (ô "Bộ tiêu chí" trong vùng ${NAMES.info}, hoặc đối số thứ ba của công thức, ví dụ "${other.id}").`,
  );
}

/**
 * The range's other percents are numbers written as fractions (some strictly between 0 and 1, none
 * above 1), as the template's percent cells hold them: a number there came from a percent cell too.
 * A 0 is no evidence: it reads the same as a fraction and as percent points (0%), so a range of 0
 * and 50 is not one of fractions.
 */
function holdsFractions(others: Cell[]): boolean {
  const numbers = others.filter((o): o is number => typeof o === 'number');
  return numbers.some((n) => n > 0 && n < PERCENT_RULE.fractionUpTo) && numbers.every((n) => n <= PERCENT_RULE.fractionUpTo);
}

/**
 * 1 as a number, or typed as text without a percent sign ("1", "1,0"): a text reads as the number
 * it shows (readPercent), so "1" is as doubtful as 1. "1%" and "100%" say what they mean, and
 * cellNumber reads no number in them.
 */
const isBareOne = (cell: Cell): boolean => cellNumber(cell) === PERCENT_RULE.fractionUpTo;

/** A number readPercent reads as percent points (2 to 100); above 100 it is already an error there. */
const isPointsNumber = (cell: Cell): cell is number => typeof cell === 'number' && cell >= PERCENT_RULE.pointsFrom && readPercent(cell).state === 'ok';

/**
 * A percent item's number that reads two ways, judged against the range's other percents:
 * - 1 (as a number or bare text) is read as 100% (the fraction a percent cell showing 100% holds),
 *   but it is 1% as percent points, and reading 100% where 1% was meant would pass an indicator on
 *   a wrong figure: a warning. In a range of fractions 1 is 100% and nothing else: no warning,
 *   which a commune with a real 100% could not silence (typing 100% stores 1 again).
 * - a number from 2 to 100 is percent points (typed into a plain cell), but in a range of
 *   fractions it may be a percent cell showing 200% or more, a rate above 100%, which no
 *   indicator can have: a warning naming its place and both readings. Not an error: percent
 *   points typed beside percent cells are a documented way of writing a value (README).
 * Numbers above 1 and below 2 read two ways whatever the range; those are errors (readPercent).
 */
function percentDoubt(code: string, row: number, value: Cell, others: Cell[]): Problem | null {
  const fractions = holdsFractions(others);
  if (isPointsNumber(value)) {
    if (!fractions) return null;
    const { asFraction, asPoints } = percentReadings(value);
    return warning(
      code,
      `Chỉ tiêu ${code} (${where(row)}): số ${describeCell(value, 'quantity')} được đọc là ${asPoints}; nếu ô định dạng phần trăm như các tỷ lệ khác trong vùng thì ô đang hiện ${asFraction}, vượt quá 100%: hãy kiểm tra lại (nếu là ${asPoints}, hãy ghi rõ "${asPoints}").`,
    );
  }
  if (fractions) return null;
  const one = PERCENT_RULE.fractionUpTo;
  const { asFraction, asPoints } = percentReadings(one);
  return warning(code, `Chỉ tiêu ${code}: số ${formatViNumber(one)} được đọc là ${asFraction}; nếu là ${asPoints}, hãy ghi rõ "${asPoints}".`);
}

/**
 * Pairs the codes column with the values column. Rows with a blank code are headings and are
 * ignored; so is a criterion or composite-indicator code with no value (e.g. "TC1" on a heading).
 * Codes are matched as `codeKey` does (case, spaces, look-alike characters), and a code written with
 * look-alikes is named in a warning; data that is plainly another built-in ruleset's gives one error
 * saying which ruleset to choose; a percent number that reads two ways is named (percentDoubt).
 */
export function readEntries(codes: Cell[], values: Cell[], ruleset: Ruleset): Entries {
  const problems: Problem[] = [];
  if (codes.length !== values.length) {
    problems.push(error('Vùng dữ liệu', `Vùng mã có ${codes.length} dòng nhưng vùng giá trị có ${values.length} dòng: hai vùng phải cao bằng nhau.`));
  }
  const { itemCodes, groupCodes, percentCodes, spelled } = codeIndex(ruleset);
  const cells = new Map<string, Cell>();
  const firstRow = new Map<string, number>();
  const unknown: { key: string; shown: string; problem: Problem }[] = [];
  const keys: string[] = [];
  const doubted: { code: string; row: number; at: number }[] = [];
  const rowCodes = codes.map((raw, index) => {
    const row = index + 1;
    const exact = typeof raw === 'string' ? spelled.get(raw) : undefined;
    const key = exact ?? codeKey(raw);
    const code = itemCodes.get(key);
    const value = values[index];
    if (key === '') {
      if (!isBlank(value)) problems.push(warning(where(row), `Ô thứ ${row} từ trên xuống (${COUNTED_IN_RANGE}) có giá trị ${describeCell(value)} nhưng không có mã chỉ tiêu nên bị bỏ qua.`));
      return '';
    }
    keys.push(key);
    if (code === undefined) {
      const shown = shownCode(raw);
      if (groupCodes.has(key)) {
        if (!isBlank(value)) {
          unknown.push({ key, shown, problem: error(shown, `${shown} (${where(row)}) là mã tiêu chí hoặc chỉ tiêu gồm nhiều phần: hãy nhập giá trị vào từng chỉ tiêu thành phần.`) });
        }
      } else {
        unknown.push({ key, shown, problem: error(shown, `Mã "${shown}" (${where(row)}) không có trong bộ tiêu chí ${ruleset.id}${lookAlikeNote(raw)}.`) });
      }
      return '';
    }
    const earlier = firstRow.get(code);
    if (earlier !== undefined) {
      problems.push(error(code, `Chỉ tiêu ${code} được nhập hai lần (ô thứ ${earlier} và ô thứ ${row} từ trên xuống của vùng mã; ${COUNTED_IN_RANGE}).`));
      return code;
    }
    const lookAlikes = exact === undefined ? lookAlikeNote(raw) : '';
    if (lookAlikes) problems.push(warning(code, `Mã "${shownCode(raw)}" (${where(row)}) trông như ${code} nhưng khác${lookAlikes}: đã đọc là ${code}; nên gõ lại mã.`));
    firstRow.set(code, row);
    cells.set(code, value);
    if (percentCodes.has(code) && (isBareOne(value) || isPointsNumber(value))) doubted.push({ code, row, at: problems.length });
    return code;
  });
  // Judged once every percent is known; each warning keeps its place among the row's problems.
  const percents = [...cells].filter(([c]) => percentCodes.has(c));
  for (const { code, row, at } of doubted.reverse()) {
    const doubt = percentDoubt(
      code,
      row,
      cells.get(code),
      percents.filter(([c]) => c !== code).map(([, v]) => v),
    );
    if (doubt) problems.splice(at, 0, doubt);
  }
  const other = rulesetOfCodes(
    keys,
    unknown.map((u) => u.key),
    ruleset,
  );
  if (other)
    problems.unshift(
      otherRulesetError(
        other,
        ruleset,
        unknown.map((u) => u.shown),
      ),
    );
  else problems.push(...unknown.map((u) => u.problem));
  return { cells, rowCodes, problems };
}
