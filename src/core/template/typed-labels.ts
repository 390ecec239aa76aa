import { cellText, looksLikeCode, withoutMarks } from '../cells/text';
import { isBlank, type Cell } from '../cells/values';
import type { TypedInComputed } from './computed';
import { labelKey } from './match';
import type { Placement } from './placement';
import { rowLabelOf, type SheetSpec } from './types';

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

/** A row's key as the template writes it: its first label (rowLabelOf), folded; '' for a row without one. */
const rowKey = (row: ReadonlyArray<SheetSpec['cells'][number][number]>): string => {
  const first = rowLabelOf(row);
  return isBlank(first) ? '' : folded(first);
};

/** What a row of the template is keyed by: '' for a text, "code n" for a code of n parts ("TC1" 1, "TC1.1" and "TC5.2a" 2). */
const keyKind = (row: ReadonlyArray<SheetSpec['cells'][number][number]> | undefined): string => {
  const label = rowLabelOf(row);
  return looksLikeCode(label) ? `code ${cellText(label).split('.').length}` : '';
};

/**
 * The rows standing for row `r` of `spec` in each of `specs` (each ruleset's, the former one's): on
 * each, the row of the same key (an indicator's code, a field's label), else the row at the same
 * place when both are keyed alike: two texts (a hint that differs between rulesets), or two codes of
 * as many parts (an indicator a province gave another code, TC1.9 where TT25 has TC1.2). A
 * criterion's row never stands for a heading's or an indicator's: TT44's "TC1" row sits where TT25's
 * first criterion heading does, and "TC1" typed in that heading's empty Mã cell was taken for the
 * template's text and emptied in silence (session 19), as "TC2" typed over TC1.1's code was.
 */
function sameRows(spec: SheetSpec, r: number, specs: ReadonlyArray<SheetSpec | undefined>): Array<SheetSpec['cells'][number]> {
  const key = rowKey(spec.cells[r]);
  return specs.flatMap((other) => {
    const cells = other?.cells ?? [];
    const same = key === '' ? [] : cells.filter((row) => rowKey(row) === key);
    if (same.length > 0) return same;
    return cells[r] && keyKind(cells[r]) === keyKind(spec.cells[r]) ? [cells[r]] : [];
  });
}

/** The texts the template writes on row `r` of `spec` in any of `specs` (sameRows), folded. */
export function rowTexts(spec: SheetSpec, r: number, specs: ReadonlyArray<SheetSpec | undefined>): Set<string> {
  return new Set(sameRows(spec, r, specs).flatMap((row) => row.flatMap((cell) => (cell?.kind === 'label' ? [folded(cell.value)] : []))));
}

/** The keys the template writes on row `r` of `spec` in any of `specs` (sameRows: another ruleset's hint there), folded. */
export function keyTexts(spec: SheetSpec, r: number, specs: ReadonlyArray<SheetSpec | undefined>): Set<string> {
  return new Set(sameRows(spec, r, specs).flatMap((row) => rowKey(row) || []));
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
 * else is written: not blank, and no text the template writes on that row (rowTexts, in any of
 * `specs`: another ruleset's wording, another version's, is the template's, not people's). Only
 * the row's: a text the template writes on another row ("Đạt", TC1.1's requirement, typed over
 * TC4.2's) was typed there; a row people moved (a sort) is placed where it stands, its labels
 * with it. A number where the template writes a number (the template version, a maximum score)
 * is the template's of another version. `skip(row, column)` (0-based, the spec's) leaves out
 * labels another message names (a row key written back: match.restored).
 */
export function typedOverLabels(
  spec: SheetSpec,
  placement: Placement,
  content: Cell[][],
  specs: ReadonlyArray<SheetSpec | undefined>,
  skip: (row: number, column: number) => boolean,
): TypedInComputed[] {
  return spec.cells.flatMap((cells, r) => {
    let texts: Set<string> | null = null;
    return cells.flatMap((cell, c) => {
      const [row, column] = [placement.rows[r], placement.columns[c]];
      const value = content[row - 1]?.[column - 1] ?? '';
      if (cell?.kind !== 'label' || isBlank(value) || skip(r, c)) return [];
      texts ??= rowTexts(spec, r, specs);
      if (isTemplateText(value, cell.value, texts)) return [];
      // The row by the label the template writes back there, not its first cell as read, which may
      // be typed over too; a cell of the row's first column is its own row label: said once.
      const rowLabel = c === 0 ? '' : cellText(rowLabelOf(cells));
      return [{ row, column, value, rowLabel, ...(cell.style === 'header' ? { header: true } : {}) }];
    });
  });
}

/** The edits (a letter added, removed or changed) that make `a` into `b`. */
function edits(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/**
 * Whether what was read in a row's key cell (`was`), which repair writes back as `label` (match.restored),
 * is text a person typed that the key's cell alone held: not blank, not a key the template writes on
 * that row (`keys`, keyTexts: another ruleset's hint there), and no slip of the key itself (as many
 * words, two letters or fewer away from it, marks aside: "TC12", "TC1.l", "Ten xa", "người kí"),
 * which holds nothing the key does not. A word added is a note however short ("TC1.1 ok"), and
 * another text of the row ("Đạt", its requirement) was typed there. Such text is archived as a
 * label typed over is (setup.ts), since the message naming it closes: "TC1.1 – xã đã họp 3/11"
 * over TC1.1's code, a note over a list's hint.
 */
export function typedOverKey(was: Cell, label: string, keys: ReadonlySet<string>): boolean {
  if (isBlank(was) || keys.has(folded(was))) return false;
  // The text as typed (labelKey would join "TC1.1 ok" into one code-like word).
  const plain = (cell: Cell) => withoutMarks(cellText(cell).toLowerCase()).replace(/\s+/g, ' ').trim();
  const [typed, key] = [plain(was), plain(label)];
  // Words are what spaces part that hold a letter or digit: a dash for a comma ("Kiến nghị - đề xuất")
  // adds none, nor a dot dropped from a code ("TC12").
  const words = (text: string) => text.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return words(typed) !== words(key) || edits(typed, key) > 2;
}
