import { error, warning, type Problem } from './problems';
import { allItems, type Ruleset } from '../ruleset/types';
import { codeKey } from '../cells/text';
import { describeCell, isBlank, type Cell } from '../cells/values';

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
    };
    codeIndexes.set(ruleset, index);
  }
  return index;
}

const where = (row: number) => `dòng thứ ${row} của vùng`;

/**
 * Pairs the codes column with the values column. Rows with a blank code are headings and are
 * ignored; so is a criterion or composite-indicator code with no value (e.g. "TC1" on a heading).
 */
export function readEntries(codes: Cell[], values: Cell[], ruleset: Ruleset): Entries {
  const problems: Problem[] = [];
  if (codes.length !== values.length) {
    problems.push(error('Vùng dữ liệu', `Vùng mã có ${codes.length} dòng nhưng vùng giá trị có ${values.length} dòng: hai vùng phải cao bằng nhau.`));
  }
  const { itemCodes, groupCodes } = codeIndex(ruleset);
  const cells = new Map<string, Cell>();
  const firstRow = new Map<string, number>();
  const rowCodes = codes.map((raw, index) => {
    const row = index + 1;
    const key = codeKey(raw);
    const code = itemCodes.get(key);
    const value = values[index];
    if (key === '') {
      if (!isBlank(value)) problems.push(warning(where(row), `Dòng thứ ${row} có giá trị ${describeCell(value)} nhưng không có mã chỉ tiêu nên bị bỏ qua.`));
      return '';
    }
    if (code === undefined) {
      const shown = String(raw).trim();
      if (groupCodes.has(key)) {
        if (!isBlank(value)) problems.push(error(shown, `${shown} (${where(row)}) là mã tiêu chí hoặc chỉ tiêu gồm nhiều phần: hãy nhập giá trị vào từng chỉ tiêu thành phần.`));
      } else {
        problems.push(error(shown, `Mã "${shown}" (${where(row)}) không có trong bộ tiêu chí ${ruleset.id}.`));
      }
      return '';
    }
    const earlier = firstRow.get(code);
    if (earlier !== undefined) {
      problems.push(error(code, `Chỉ tiêu ${code} được nhập hai lần (dòng thứ ${earlier} và dòng thứ ${row} của vùng).`));
      return code;
    }
    firstRow.set(code, row);
    cells.set(code, value);
    return code;
  });
  return { cells, rowCodes, problems };
}
