/**
 * A table as console lines for `npm run demo`: one width per header column, every row and the
 * separator cut or padded to those columns, so no line has more or fewer columns than the header
 * (whatever a formula returned).
 */

const shorten = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));

/**
 * `widths` are the widest each column may be (a missing one: `defaultMax`); a column is as wide as
 * its longest cell up to that. Cells beyond the header's columns are dropped, missing ones blank.
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[] = [], defaultMax = 20): string[] {
  const fitted = header.map((title, i) => Math.min(widths[i] ?? defaultMax, Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length))));
  const line = (cells: readonly string[]) => fitted.map((width, i) => shorten(cells[i] ?? '', width)).join(' │ ');
  return [line(header), fitted.map((w) => '─'.repeat(w)).join('─┼─'), ...rows.map(line)];
}
