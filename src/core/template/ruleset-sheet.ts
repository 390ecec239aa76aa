import { KIND_LABELS, NO_ZERO_CONDITION, ROW_TYPES, TABLE_HEADER, rulesetToTable } from '../ruleset/table';
import { STATUS_LABELS, type Ruleset } from '../ruleset/types';
import { rangeA1 } from './a1';
import { SHEETS } from './layout';
import { label, rectangular, type CellSpec, type SheetSpec, type Validation } from './types';

/** Room for a province to add rows below the built-in table; the named range covers all of it. */
export const RULESET_ROWS = 150;
export const RULESET_RANGE = rangeA1(1, 1, RULESET_ROWS, TABLE_HEADER.length);

const list = (values: string[]): Validation => ({ type: 'list', values });
const COLUMN_VALIDATIONS: Record<number, Validation> = {
  0: list(Object.values(ROW_TYPES)),
  3: list([...new Set([...Object.values(KIND_LABELS), 'Mức độ', 'Điểm', NO_ZERO_CONDITION])]),
  11: list(Object.values(STATUS_LABELS)),
};

/**
 * "Bộ tiêu chí": the ruleset in force, editable (with a warning) so a province can correct a
 * threshold and see results change live. Seeded from the chosen built-in ruleset only while the
 * table is empty; switching ruleset archives the old table first (see the set-up adapter).
 */
export function rulesetSheet(ruleset: Ruleset): SheetSpec {
  const rows: CellSpec[][] = [
    TABLE_HEADER.map((h) => label(h, 'header')),
    ...Array.from({ length: RULESET_ROWS - 1 }, () =>
      TABLE_HEADER.map((_, column): CellSpec => {
        const validation = COLUMN_VALIDATIONS[column];
        return { kind: 'input', ...(validation ? { validation } : {}) };
      }),
    ),
  ];
  return {
    name: SHEETS.ruleset,
    cells: rectangular(rows),
    columnWidths: [0, 0, 420, 0, 0, 0, 0, 0, 0, 0, 300],
    wrapText: false,
    frozenRows: 1,
    conditionalFormats: [{ range: rangeA1(2, 1, RULESET_ROWS - 1, TABLE_HEADER.length), when: { formula: `=$L2="${STATUS_LABELS.unverified}"` }, background: '#fce5cd' }],
    protections: [{ range: null, description: 'Bộ tiêu chí đang áp dụng: chỉ sửa khi có hướng dẫn của tỉnh' }],
    charts: [],
    seed: { row: 2, column: 1, values: rulesetToTable(ruleset).slice(1) },
  };
}
