import { codeKey, foldText, looksLikeCode } from '../cells/text';
import { isBlank, type Cell } from '../cells/values';
import { spillAreas } from './computed';
import { formulaShape } from './placement';
import type { SheetSpec, StyleName } from './types';

/**
 * Whether the cell at (row, column) of the sheet as read (1-based) shows the look the template
 * gives `style` (its background): what is left of a row whose key column was deleted.
 */
export type LooksStyled = (row: number, column: number, style: StyleName) => boolean;

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
  /**
   * Logical rows (0-based) found on a row whose key cell someone emptied or typed over (a code
   * with a slip, an edited label), recognised by another of their labels or by where they sit;
   * `column` is the spec column (0-based) of the key, which set-up writes back, and `was` what the
   * key cell held ('' when empty).
   */
  restored: Array<{ row: number; column: number; was: Cell }>;
  /**
   * Rows (1-based, in `content`) that hold something but no key while a keyed row of the spec is
   * missing, and could not be recognised safely: set-up keeps them and names them.
   */
  orphans: number[];
}

/** Where a logical row's key is: its first label, in the spec column `specColumn`. */
interface Anchor {
  column: number | null;
  specColumn: number;
  label: string;
  original: string;
}

/**
 * A label as compared: folded, without the "*" of a required field; a code as readers compare it
 * (`codeKey`: "tc 1.2" is TC1.2), so repair and readers agree on which row is which.
 */
export const labelKey = (cell: Cell): string => {
  if (cell instanceof Date || cell === null || cell === undefined) return '';
  return looksLikeCode(cell) ? codeKey(cell) : foldText(String(cell)).replace(/\s*\*$/, '');
};

function labelText(spec: SheetSpec, r: number, c: number): string {
  const cell = spec.cells[r]?.[c];
  return cell?.kind === 'label' ? labelKey(cell.value) : '';
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

/**
 * Matches `spec` to a sheet's `content` (formulas as text). `names` gives the name each sheet of
 * the template has now by its spec name, so a formula reading a renamed sheet is still recognised.
 * `looks` tells the template's look of a cell (asked only for rows whose key column was deleted).
 */
export function matchSheet(spec: SheetSpec, content: Cell[][], names: ReadonlyMap<string, string> = new Map(), looks?: LooksStyled): SheetMatch {
  const width = spec.cells[0]?.length ?? 0;
  const physicalWidth = Math.max(0, ...content.map((row) => row.length));
  const text = (r: number, c: number) => labelKey(content[r]?.[c]);

  // Columns: where most of a column's labels are, left to right. A label other columns have too
  // ("Đạt" in both requirement columns) is no sign of this one while it has labels of its own: with
  // a requirement column deleted, the other one's "Đạt" would otherwise claim the values ("Đạt",
  // "Không đạt") typed right of it, and repair write requirements over them.
  const labelsOf = (c: number) => new Set(spec.cells.map((_, r) => labelText(spec, r, c)).filter(Boolean));
  const all = Array.from({ length: width }, (_, c) => labelsOf(c));
  const owns = all.map((labels, c) => new Set([...labels].filter((label) => !all.some((other, o) => o !== c && other.has(label)))));
  // The physical column (1-based) among `places` (0-based) where most of `labels` are, or null.
  const bestOf = (labels: ReadonlySet<string>, places: number[]): number | null => {
    let best: number | null = null;
    let bestScore = 0;
    for (const p of places) {
      const seen = new Set(content.map((_, r) => text(r, p)).filter((t) => labels.has(t)));
      if (seen.size > bestScore) {
        bestScore = seen.size;
        best = p + 1;
      }
    }
    return best;
  };
  const physicalColumns = Array.from({ length: physicalWidth }, (_, p) => p);
  const columns: Array<number | null> = [];
  let after = 0;
  for (let c = 0; c < width; c++) {
    const labels = owns[c].size > 0 ? owns[c] : all[c];
    let best = labels.size > 0 ? bestOf(labels, physicalColumns.slice(after)) : null;
    // A column the template leaves blank (TT44's D) has nothing to find it by but its blankness:
    // it is the next column when that one is blank wherever the template writes it, so a deleted
    // column before it (TT44's C) is the one missing, not this one, which moved left into its place.
    const blank = labels.size === 0 && spec.cells.some((row) => row[c]?.kind === 'label');
    if (blank && after < physicalWidth && spec.cells.every((row, r) => row[c]?.kind !== 'label' || text(r, after) === '')) best = after + 1;
    columns.push(best);
    if (best !== null) after = best;
  }
  movedColumns(columns, owns, (labels, taken) =>
    bestOf(
      labels,
      physicalColumns.filter((p) => !taken.has(p + 1)),
    ),
  );
  formulaColumns(spec, content, columns, names);
  keepSpillOrder(spec, columns);
  const placedColumns = fillGaps(columns);

  // Rows: by their first label, in the column it was found in.
  const anchors = spec.cells.map((_, r): Anchor | null => {
    for (let c = 0; c < width; c++) {
      const label = labelText(spec, r, c);
      if (label) {
        return { column: placedColumns[c], specColumn: c, label, original: String((spec.cells[r][c] as { value: Cell }).value).replace(/\s*\*$/, '') };
      }
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
  // Rows without a label are found by their formula before and after keyed rows are restored. Before:
  // the template's own formula row (the commune line under the title of "Đánh giá") is then no keyed
  // row whose key was typed over, and a keyed row beside it is found by its place (the title typed
  // over, above it); found only after, the commune line was taken for a deleted hint below it and
  // named as text typed over the hint. After: a restored row bounds the search more closely (a copy
  // of the formula further down no longer makes it ambiguous).
  findFormulaRows(spec, content, anchors, rows, placedColumns, names);
  const restored = restoreEmptied(spec, content, anchors, rows, placedColumns);
  findFormulaRows(spec, content, anchors, rows, placedColumns, names);
  placeHeadless(spec, anchors, rows, placedColumns, looks);
  // A labelled row that was not found is missing; unlabelled rows fill the room around the labelled
  // ones, and so do rows whose key column itself is gone (deleted): their key went with it, not the row.
  const missing = new Set(anchors.flatMap((a, r) => (a && a.column !== null && rows[r] === null ? [r] : [])));
  const placed = fillGaps(rows, missing);
  return { rows: placed, columns: placedColumns, duplicates, labels: anchors.map((a) => a?.original ?? ''), restored, orphans: orphansOf(content, anchors, rows, placed) };
}

/**
 * Finds, in place, the columns left to right did not find because people moved them (two columns
 * swapped with their headers, one dragged before another): each by its own labels (`owns`, those no
 * other column of the spec has) in a column no other took, wherever it is. Before, a column found
 * left of where the one before it was found counted as deleted: repair re-created it empty beside
 * the moved one, said its values were lost, and the sheet had the header twice (review 14 F2).
 * `find(labels, taken)` gives the physical column (1-based) where most of `labels` are, outside `taken`.
 */
function movedColumns(columns: Array<number | null>, owns: Array<ReadonlySet<string>>, find: (labels: ReadonlySet<string>, taken: ReadonlySet<number>) => number | null): void {
  const taken = new Set(columns.filter((p): p is number => p !== null));
  columns.forEach((p, c) => {
    if (p !== null || owns[c].size === 0) return;
    const found = find(owns[c], taken);
    if (found === null) return;
    columns[c] = found;
    taken.add(found);
  });
}

/**
 * Finds, in place, a labelled column no label found (its header typed over) by the template's own
 * formula in it: a column holding the results formula ("Kết quả Mức độ 1" of "Đánh giá", dragged to
 * A and headed "KQ1") is that column, whatever its header says. Called deleted, it was re-created
 * empty beside the others, and the template's formula was left where it stood, its spill blocked
 * (#REF!, session 18). Only a formula whose shape (formulaShape) no other cell of the spec has, found
 * in one column no other took.
 */
function formulaColumns(spec: SheetSpec, content: Cell[][], columns: Array<number | null>, names: ReadonlyMap<string, string>): void {
  const shapes = spec.cells.flatMap((row) => row.flatMap((cell) => (cell?.kind === 'formula' ? [formulaShape(cell.formula, names)] : [])));
  const taken = new Set(columns.filter((p): p is number => p !== null));
  columns.forEach((p, c) => {
    if (p !== null || !spec.cells.some((row) => row[c]?.kind === 'label' && !isBlank(row[c]!.value))) return;
    const own = new Set(spec.cells.flatMap((row) => row.slice(c, c + 1).flatMap((cell) => (cell?.kind === 'formula' ? [formulaShape(cell.formula, names)] : []))));
    const unique = [...own].filter((shape) => shapes.filter((other) => other === shape).length === 1);
    if (unique.length === 0) return;
    const found = new Set(content.flatMap((row) => row.flatMap((cell, i) => (!taken.has(i + 1) && isFormula(cell) && unique.includes(formulaShape(cell)) ? [i + 1] : []))));
    if (found.size !== 1) return;
    const [at] = found;
    columns[c] = at;
    taken.add(at);
  });
}

/**
 * Puts the columns of each spilling formula's area back in the template's order, in place, over
 * the places they were found at: they hold nothing of people's (a header and the results), and the
 * results spill left to right whatever order their headers were moved into, so a header must be
 * written above its own results.
 */
function keepSpillOrder(spec: SheetSpec, columns: Array<number | null>): void {
  for (const area of spillAreas(spec)) {
    const span = columns.slice(area.column, area.column + area.columns);
    if (span.length < 2 || span.some((p) => p === null)) continue;
    const sorted = (span as number[]).sort((a, b) => a - b);
    sorted.forEach((p, k) => {
      columns[area.column + k] = p;
    });
  }
}

/**
 * The positions (indexes into `positions`) that stand out of the template's order: those outside
 * a longest run of found positions that ascends in the template's order, so the fewest rows or
 * columns that would have to move to restore it (null: not found, never named).
 */
export function outOfOrder(positions: Array<number | null>): number[] {
  const found = positions.flatMap((p, i) => (p === null ? [] : [i]));
  // Longest increasing subsequence (quadratic: a sheet has tens of labelled rows).
  const length = found.map(() => 1);
  const previous = found.map(() => -1);
  found.forEach((i, k) => {
    for (let j = 0; j < k; j++) {
      if (positions[found[j]]! < positions[i]! && length[j] + 1 > length[k]) {
        length[k] = length[j] + 1;
        previous[k] = j;
      }
    }
  });
  const inOrder = new Set<number>();
  for (let k = length.indexOf(Math.max(0, ...length)); k >= 0; k = previous[k]) inOrder.add(found[k]);
  return found.filter((i) => !inOrder.has(i));
}

const isFormula = (cell: Cell | undefined): cell is string => typeof cell === 'string' && cell.startsWith('=');

/**
 * Finds rows without a label by their formula (the commune line under a title, the formula that
 * heads a table of results), and fills `rows` in place: a spec row whose first formula has a shape
 * (placement.ts formulaShape) no other row of the spec has in that column goes on the one row of
 * the sheet, between the rows found around it, that holds a formula of that shape there. Without
 * this a row people inserted above it took its place and got its formula. A formula typed over,
 * or copied so that it is no longer one, leaves the row to keep its place among the others.
 */
function findFormulaRows(spec: SheetSpec, content: Cell[][], anchors: Array<Anchor | null>, rows: Array<number | null>, columns: Array<number | null>, names: ReadonlyMap<string, string>): void {
  const formulaOf = (r: number) => {
    const c = spec.cells[r].findIndex((cell) => cell?.kind === 'formula');
    const cell = spec.cells[r][c];
    return cell?.kind === 'formula' ? { c, shape: formulaShape(cell.formula, names) } : null;
  };
  const specFormulas = spec.cells.map((_, r) => formulaOf(r));
  // Strictly between the rows found before and after it in the spec, so on no row another took.
  specFormulas.forEach((own, r) => {
    const column = own ? columns[own.c] : null;
    // A row found by its label needs no formula; one whose key column was deleted does.
    if (!own || (anchors[r] !== null && anchors[r]!.column !== null) || column === null || rows[r] !== null) return;
    if (specFormulas.filter((f) => f?.c === own.c && f.shape === own.shape).length > 1) return;
    const before = Math.max(0, ...rows.slice(0, r).filter((p): p is number => p !== null));
    const after = Math.min(content.length + 1, ...rows.slice(r + 1).filter((p): p is number => p !== null));
    const found = content.flatMap((row, i) => {
      const cell = row[column - 1];
      return i + 1 > before && i + 1 < after && isFormula(cell) && formulaShape(cell) === own.shape ? [i + 1] : [];
    });
    if (found.length !== 1) return;
    rows[r] = found[0];
  });
}

/**
 * Rows whose key column was deleted (a criterion heading without column B), between the rows found
 * around them: on the one free row there that still has the template's look in every cell the
 * template styles on it (a heading's grey C and D; `looks`), which a row people inserted has not;
 * else right above the row that follows them in the spec, where that place is free (a heading
 * heads what follows it, and a row people inserted at the end of the previous criterion must not
 * take the heading's place). Fills `rows` in place, bottom up so a run of such rows stays together.
 */
function placeHeadless(spec: SheetSpec, anchors: Array<Anchor | null>, rows: Array<number | null>, columns: Array<number | null>, looks?: LooksStyled): void {
  const claimed = new Set(rows.filter((p): p is number => p !== null));
  for (let r = rows.length - 2; r >= 0; r--) {
    const next = rows[r + 1];
    if (anchors[r]?.column !== null || rows[r] !== null || next === null) continue;
    const before = Math.max(0, ...rows.slice(0, r).filter((p): p is number => p !== null));
    const styled = spec.cells[r].flatMap((cell, c) => (cell?.kind === 'label' && cell.style && columns[c] !== null ? [{ column: columns[c]!, style: cell.style }] : []));
    const free = Array.from({ length: Math.max(0, next - before - 1) }, (_, i) => before + 1 + i).filter((p) => !claimed.has(p));
    const alike = looks && styled.length > 0 ? free.filter((p) => styled.every(({ column, style }) => looks(p, column, style))) : [];
    const p = alike.length === 1 ? alike[0] : free.includes(next - 1) ? next - 1 : null;
    if (p !== null) {
      rows[r] = p;
      claimed.add(p);
    }
  }
}

const hasContent = (row: Cell[] | undefined) => (row ?? []).some((cell) => !isBlank(cell));

/**
 * Finds missing keyed rows on rows whose key cell is blank or holds no key of the spec (a code
 * with a slip, "TC12" for TC1.2; an edited label, "Ten xa"), and fills `rows` in place. First by
 * another label of the row that no other row of the spec has in that column (an indicator's
 * wording, a field's hint), which also finds the rows of a key column that was deleted; then by
 * position: the row sits exactly where the key was, the nearest found keyed rows around it being
 * as far apart as in the spec (so no row was inserted or deleted between them), and none of its
 * labels says it is another row. A row recognised only by one neighbour must hold something.
 * Anything less certain stays missing (and is named).
 */
function restoreEmptied(spec: SheetSpec, content: Cell[][], anchors: Array<Anchor | null>, rows: Array<number | null>, columns: Array<number | null>): SheetMatch['restored'] {
  const restored: SheetMatch['restored'] = [];
  const claimed = new Set(rows.filter((p): p is number => p !== null));
  const missing = () => anchors.flatMap((a, r) => (a && rows[r] === null ? [{ a, r }] : []));
  const text = (p: number, specColumn: number) => {
    const column = columns[specColumn];
    return column === null ? '' : labelKey(content[p - 1]?.[column - 1]);
  };
  const keysIn = new Map<number, Set<string>>();
  const isKey = (specColumn: number, label: string) => {
    if (!keysIn.has(specColumn)) keysIn.set(specColumn, new Set(spec.cells.map((_, r) => labelText(spec, r, specColumn)).filter(Boolean)));
    return keysIn.get(specColumn)!.has(label);
  };
  // The key cell is empty, or holds what is no row's key there: another row's key means another row.
  const free = (p: number, a: Anchor) => p >= 1 && !claimed.has(p) && !isKey(a.specColumn, text(p, a.specColumn));
  const take = (r: number, p: number, a: Anchor) => {
    rows[r] = p;
    claimed.add(p);
    const column = columns[a.specColumn];
    restored.push({ row: r, column: a.specColumn, was: column === null ? '' : (content[p - 1]?.[column - 1] ?? '') });
  };
  const otherLabels = (r: number, a: Anchor) => spec.cells[r].flatMap((cell, c) => (c !== a.specColumn && cell?.kind === 'label' ? [{ c, label: labelText(spec, r, c) }] : []));

  for (const { a, r } of missing()) {
    for (const { c, label } of otherLabels(r, a)) {
      if (!label || spec.cells.filter((_, x) => labelText(spec, x, c) === label).length !== 1) continue;
      const found = content.flatMap((_, i) => (free(i + 1, a) && text(i + 1, c) === label ? [i + 1] : []));
      if (found.length === 1) {
        take(r, found[0], a);
        break;
      }
    }
  }

  // Only keyed rows and rows found by their formula are placed yet (other unlabelled ones are placed after this): each is the template's.
  const keyed = (r: number) => rows[r] !== null;
  for (const { a, r } of missing()) {
    if (a.column === null) continue;
    let before = r - 1;
    while (before >= 0 && !keyed(before)) before--;
    let after = r + 1;
    while (after < rows.length && !keyed(after)) after++;
    const hasBefore = before >= 0;
    const hasAfter = after < rows.length;
    if (!hasBefore && !hasAfter) continue;
    const p = hasBefore ? rows[before]! + (r - before) : rows[after]! - (after - r);
    const certain = hasBefore && hasAfter ? rows[after]! - rows[before]! === after - before : hasContent(content[p - 1]);
    if (!certain) continue;
    const contradicts = otherLabels(r, a).some(({ c, label }) => text(p, c) !== '' && text(p, c) !== label);
    if (free(p, a) && !contradicts) take(r, p, a);
  }
  return restored;
}

/**
 * While a keyed row is missing, the rows within the placed ones, not a keyed row's, that hold
 * something but have no key where that row's key would be: perhaps its values, which set-up must
 * not pass over in silence (even where an unkeyed row of the spec, a committee member's, took it).
 */
function orphansOf(content: Cell[][], anchors: Array<Anchor | null>, keyed: Array<number | null>, placed: Array<number | null>): SheetMatch['orphans'] {
  const keyColumns = new Set(anchors.flatMap((a, r) => (a && a.column !== null && keyed[r] === null ? [a.column] : [])));
  const span = placed.filter((p): p is number => p !== null);
  if (keyColumns.size === 0 || span.length === 0) return [];
  // A row of the spec whose key column was deleted (a criterion heading without column B) is its own row, not a missing one's.
  const taken = new Set([...keyed, ...placed.filter((_, r) => anchors[r]?.column === null)]);
  const orphans: SheetMatch['orphans'] = [];
  for (let p = Math.min(...span); p <= Math.max(...span); p++) {
    if (taken.has(p) || !hasContent(content[p - 1])) continue;
    if ([...keyColumns].some((column) => labelKey(content[p - 1]?.[column - 1]) === '')) orphans.push(p);
  }
  return orphans;
}

/**
 * A column of the spec whose labels do not all stand in the one physical column the match gives
 * it: on some rows they stand in another column of the template's (`rows`, in `elsewhere`).
 */
export interface SplitColumn {
  /** The spec column (0-based). */
  column: number;
  /** Where the match put it (1-based), and the rows (1-based) whose label of it stands there. */
  at: number;
  atRows: number[];
  /** Where its labels stand instead (1-based), and on which rows (1-based). */
  elsewhere: number;
  rows: number[];
}

/**
 * The spec's columns that stand apart from table to table of one sheet: a sheet stacking several
 * tables in the same columns ("Thông tin": fields, committee, report; "Số liệu theo đơn vị": sums,
 * units) is matched with one column per spec column, so when people swap two columns of one table
 * only (a block cut and pasted), the match follows the majority and the other table's labels stand
 * in a column another spec column was given. Repair then wrote labels over what people typed there
 * (the report's paragraphs) or headers over counts swapped under them, silently (session 19).
 *
 * A label is counted apart only where, on its own row as matched, it and another column's content
 * changed places: a title alone on its row (nothing beside it in the spec), a label typed over or
 * emptied is no sign of a swap. Columns a spilling formula fills side by side are left out.
 */
export function splitColumns(spec: SheetSpec, content: Cell[][], match: Pick<SheetMatch, 'rows' | 'columns'>): SplitColumn[] {
  // The columns a spilling formula fills side by side hold nothing of people's, and keepSpillOrder deliberately
  // puts them in the template's order whatever order their headers were dragged into.
  const spilled = new Set(spillAreas(spec).flatMap((area) => (area.columns < 2 ? [] : Array.from({ length: area.columns }, (_, k) => area.column + k))));
  const specColumnAt = new Map(match.columns.flatMap((p, c) => (p === null || spilled.has(c) ? [] : [[p, c] as const])));
  const atRows = new Map<number, number[]>();
  const apart = new Map<string, SplitColumn>();
  const places = new Set(specColumnAt.keys());
  spec.cells.forEach((cells, r) => {
    const p = match.rows[r] ?? rowOfLabels(spec, r, content, places);
    if (p === null) return;
    const row = content[p - 1] ?? [];
    cells.forEach((_, c) => {
      const label = labelText(spec, r, c);
      const at = match.columns[c];
      if (!label || at === null || spilled.has(c)) return;
      if (labelKey(row[at - 1]) === label) {
        atRows.set(c, [...(atRows.get(c) ?? []), p]);
        return;
      }
      // Swapped: the label stands in another template column, and that column's content stands in
      // the label's place (its label, or something typed where the template has an input). A label
      // emptied or typed over, or a value that happens to read like a label ("Đạt" typed as the
      // value of a row whose requirements were emptied), is not a swap.
      const here = row[at - 1];
      const q = row.findIndex((cell, i) => {
        const other = specColumnAt.get(i + 1);
        if (other === undefined || other === c || labelKey(cell) !== label) return false;
        const theirs = spec.cells[r][other];
        if (theirs?.kind === 'label') return labelText(spec, r, other) !== label && labelKey(here) === labelText(spec, r, other);
        return theirs?.kind === 'input' && !isBlank(here);
      });
      if (q < 0) return;
      const key = `${c}|${q + 1}`;
      const split = apart.get(key) ?? { column: c, at, atRows: [], elsewhere: q + 1, rows: [] };
      split.rows.push(p);
      apart.set(key, split);
    });
  });
  // A swap moves a block: its labels stand apart on two rows at least, or two columns' labels changed places with each
  // other (a header row). One label typed over beside a value that happens to read as it ("Đạt (theo hướng dẫn của
  // tỉnh)" beside "Đạt") is neither.
  const mutual = (split: SplitColumn) => [...apart.values()].some((other) => other.at === split.elsewhere && other.elsewhere === split.at);
  return [...apart.values()]
    .filter((split) => split.rows.length >= 2 || mutual(split))
    .map((split) => ({ ...split, atRows: atRows.get(split.column) ?? [] }))
    .sort((a, b) => a.column - b.column || a.elsewhere - b.elsewhere);
}

/**
 * The one row (1-based) of `content` holding every label of spec row `r` (two at least) in the
 * template's columns (`places`, 1-based), in whatever order, or null: a header row whose labels were
 * all swapped is not found by its key, yet it is the clearest sign of a swap.
 */
function rowOfLabels(spec: SheetSpec, r: number, content: Cell[][], places: ReadonlySet<number>): number | null {
  const labels = spec.cells[r].map((_, c) => labelText(spec, r, c)).filter(Boolean);
  if (labels.length < 2) return null;
  const found = content.flatMap((row, i) => {
    const here = new Set(row.flatMap((cell, q) => (places.has(q + 1) ? [labelKey(cell)] : [])));
    return labels.every((label) => here.has(label)) ? [i + 1] : [];
  });
  return found.length === 1 ? found[0] : null;
}
