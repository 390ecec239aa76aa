import { cellText } from '../cells/text';
import { isBlank, type Cell } from '../cells/values';
import type { TypedInComputed } from './computed';
import { labelKey } from './match';
import type { Placement } from './placement';
import type { SheetSpec } from './types';

/**
 * What people typed over the template's own text (labels: an indicator's wording, a requirement,
 * a hint), which set-up writes back. Sheets lets anyone type there (only the results are
 * protected, warning-only), so set-up keeps what was typed (archive and message) as it does for
 * text typed over a computed cell (computed.ts), instead of overwriting it in silence.
 */

/** A cell as labels are compared (match.ts: folded, a code as readers read it); a date by its text, which no label is. */
const folded = (cell: Cell): string => (cell instanceof Date ? cellText(cell) : labelKey(cell));

/** Every text the template writes as a label on a sheet, in any of `specs` (each ruleset's, the former one's), folded. */
export function templateTexts(specs: ReadonlyArray<SheetSpec | undefined>): Set<string> {
  return new Set(specs.flatMap((spec) => (spec?.cells ?? []).flatMap((row) => row.flatMap((cell) => (cell?.kind === 'label' ? [folded(cell.value)] : [])))));
}

/**
 * Whether `value`, found where the template writes the label `label`, is the template's: a text it
 * writes on that sheet (`texts`), or a number where it writes a number (the template version, a
 * maximum score: the template's of another version).
 */
export function isTemplateText(value: Cell, label: Cell, texts: ReadonlySet<string>): boolean {
  return texts.has(folded(value)) || (typeof value === 'number' && typeof label === 'number');
}

/**
 * The cells (1-based, placed by `placement` in `content`) where a label of `spec` is and something
 * else is written: not blank, and no text the template writes on that sheet (`texts`, from
 * templateTexts: another ruleset's wording, a row that moved, is the template's, not people's).
 * A number where the template writes a number (the template version, a maximum score) is the
 * template's of another version. `skip(row, column)` (0-based, the spec's) leaves out labels
 * another message names (a row key written back: match.restored).
 */
export function typedOverLabels(spec: SheetSpec, placement: Placement, content: Cell[][], texts: ReadonlySet<string>, skip: (row: number, column: number) => boolean): TypedInComputed[] {
  return spec.cells.flatMap((cells, r) =>
    cells.flatMap((cell, c) => {
      const [row, column] = [placement.rows[r], placement.columns[c]];
      const value = content[row - 1]?.[column - 1] ?? '';
      if (cell?.kind !== 'label' || isBlank(value) || skip(r, c) || isTemplateText(value, cell.value, texts)) return [];
      // A cell of the row's first column is its own row label: what was typed there is said once.
      const rowLabel = c === 0 ? '' : cellText(content[row - 1]?.[placement.columns[0] - 1]);
      return [{ row, column, value, rowLabel, ...(cell.style === 'header' ? { header: true } : {}) }];
    }),
  );
}
