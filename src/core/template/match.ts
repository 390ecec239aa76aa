import { foldText } from '../cells/text';
import type { Cell } from '../cells/values';
import type { SheetSpec } from './types';

/**
 * Finds the rows and columns of a sheet spec in a sheet people may have edited, by identity
 * rather than position: a column by the labels the add-on wrote in it (headers, field labels,
 * codes), a row by its first label (a field's label, an indicator's code, a criterion heading).
 * Rows and columns without labels (the committee's rows, blank spacers) keep their place between
 * the labelled ones. Pure: the adapter reads the content and applies the result.
 */
export interface SheetMatch {
  /** Physical row (1-based) of each logical row, or null when it is missing (deleted). */
  rows: Array<number | null>;
  columns: Array<number | null>;
  /** Labels found more than once where one was expected: the structure is ambiguous. */
  duplicates: Array<{ label: string; rows: number[] }>;
  /** The label that identifies each logical row ('' for rows without one), as the spec writes it. */
  labels: string[];
}

const key = (cell: Cell) => (cell instanceof Date || cell === null || cell === undefined ? '' : foldText(String(cell)).replace(/\s*\*$/, ''));

function labelText(spec: SheetSpec, r: number, c: number): string {
  const cell = spec.cells[r]?.[c];
  return cell?.kind === 'label' ? key(cell.value) : '';
}

/**
 * Gives unlabelled positions the free places after their labelled predecessor, in order, and
 * null where the next labelled one leaves no room (a row people deleted). `skip` stays null.
 */
function fillGaps(found: Array<number | null>, skip: ReadonlySet<number> = new Set()): Array<number | null> {
  const taken = new Set(found.filter((p): p is number => p !== null));
  const result = [...found];
  let previous = 0;
  for (let i = 0; i < result.length; i++) {
    if (skip.has(i)) continue;
    if (found[i] !== null) {
      previous = found[i]!;
      continue;
    }
    const next = found.slice(i + 1).find((p) => p !== null) ?? null;
    let candidate = previous + 1;
    while (taken.has(candidate)) candidate++;
    // Keep order with the next labelled one, unless rows were reordered and it lies behind.
    if (next !== null && next > previous && candidate >= next) continue;
    result[i] = candidate;
    taken.add(candidate);
    previous = candidate;
  }
  return result;
}

export function matchSheet(spec: SheetSpec, content: Cell[][]): SheetMatch {
  const width = spec.cells[0]?.length ?? 0;
  const physicalWidth = Math.max(0, ...content.map((row) => row.length));
  const text = (r: number, c: number) => key(content[r]?.[c]);

  // Columns: where most of a column's labels are, left to right.
  const columns: Array<number | null> = [];
  let after = 0;
  for (let c = 0; c < width; c++) {
    const labels = new Set(spec.cells.map((_, r) => labelText(spec, r, c)).filter(Boolean));
    let best: number | null = null;
    let bestScore = 0;
    for (let p = after; p < physicalWidth && labels.size > 0; p++) {
      const seen = new Set(content.map((_, r) => text(r, p)).filter((t) => labels.has(t)));
      if (seen.size > bestScore) {
        bestScore = seen.size;
        best = p + 1;
      }
    }
    columns.push(best);
    if (best !== null) after = best;
  }
  const placedColumns = fillGaps(columns);

  // Rows: by their first label, in the column it was found in.
  const anchors = spec.cells.map((_, r) => {
    for (let c = 0; c < width; c++) {
      const label = labelText(spec, r, c);
      if (label) return { column: placedColumns[c], label, original: String((spec.cells[r][c] as { value: Cell }).value).replace(/\s*\*$/, '') };
    }
    return null;
  });
  const wanted = new Map<string, number>();
  for (const a of anchors) if (a) wanted.set(`${a.column}|${a.label}`, (wanted.get(`${a.column}|${a.label}`) ?? 0) + 1);
  const where = new Map<string, number[]>();
  content.forEach((_, r) => {
    for (const column of new Set(anchors.map((a) => a?.column))) {
      if (!column) continue;
      const label = text(r, column - 1);
      if (label && wanted.has(`${column}|${label}`)) where.set(`${column}|${label}`, [...(where.get(`${column}|${label}`) ?? []), r + 1]);
    }
  });
  const duplicates: SheetMatch['duplicates'] = [];
  const used = new Map<string, number>();
  const rows = anchors.map((a) => {
    if (!a || a.column === null) return null;
    const id = `${a.column}|${a.label}`;
    const found = where.get(id) ?? [];
    if (found.length > (wanted.get(id) ?? 0) && !duplicates.some((d) => d.label === a.original)) duplicates.push({ label: a.original, rows: found });
    const n = used.get(id) ?? 0;
    used.set(id, n + 1);
    return found[n] ?? null;
  });
  // A labelled row that was not found is missing; unlabelled rows fill the room around the labelled ones.
  const missing = new Set(anchors.flatMap((a, r) => (a && rows[r] === null ? [r] : [])));
  return { rows: fillGaps(rows, missing), columns: placedColumns, duplicates, labels: anchors.map((a) => a?.original ?? '') };
}
