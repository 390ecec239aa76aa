import { cellText } from '../cells/text';
import { isBlank, type Cell } from '../cells/values';
import { isTemplateText, templateTexts } from './typed-labels';
import { rowLabelOf, type SheetSpec } from './types';

/**
 * What a person typed on a sheet that set-up rewrites in place for another ruleset ("Kết quả" on a
 * switch TT25 ↔ TT44, laid out anew as `spec` over what `former` laid out), and that the new
 * layout would cover: a note beside or below the old results where the new layout writes a label,
 * or in rows below its last one, which are emptied. Each moves to the first free cell of its own
 * row right of both layouts, so it stays beside what it was about. Notes in the new layout's
 * formula and result cells are not here: `typedInComputed` keeps those (archive and message).
 * The old layout's own cells and results are not people's and are not moved: its results' cells are
 * its spill cells, so a cell the old layout leaves empty (null) can hold a note, and so can one of
 * its labels typed over (a note written over C4's legal basis, in the column "Căn cứ, ghi chú"):
 * anything there that is no text the template writes (`texts`, every ruleset's: templateTexts).
 */
export interface DisplacedNote {
  /** Where the note is now (1-based). */
  row: number;
  column: number;
  /** The column (1-based) it moves to, on the same row. */
  to: number;
  value: Cell;
  /**
   * The row as the user finds it after the rewrite: the new layout's label there (rowLabelOf), ''
   * below the new layout. Not what the row's first cell held before, which the rewrite replaced.
   */
  rowLabel: string;
}

const width = (spec: SheetSpec) => spec.cells[0]?.length ?? 0;

/** The notes of `content` (the sheet as read, from A1) that rewriting `former` as `spec` in place would cover, with where each goes. */
export function displacedNotes(spec: SheetSpec, former: SheetSpec, content: Cell[][], texts: ReadonlySet<string> = templateTexts([spec, former])): DisplacedNote[] {
  const right = Math.max(width(spec), width(former));
  const notes: DisplacedNote[] = [];
  content.forEach((cells, r) => {
    const taken = new Set<number>();
    for (let c = 0; c < Math.min(cells.length, right); c++) {
      const value = cells[c];
      const own = former.cells[r]?.[c] ?? null;
      if (isBlank(value) || (own !== null && (own.kind !== 'label' || isTemplateText(value, own.value, texts)))) continue;
      const covered = r >= spec.cells.length || spec.cells[r][c]?.kind === 'label';
      if (!covered) continue;
      let to = right + 1;
      while (!isBlank(cells[to - 1]) || taken.has(to)) to++;
      taken.add(to);
      notes.push({ row: r + 1, column: c + 1, to, value, rowLabel: cellText(rowLabelOf(spec.cells[r])) });
    }
  });
  return notes;
}
