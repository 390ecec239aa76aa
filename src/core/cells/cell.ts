/** What a spreadsheet cell can hold, as Apps Script hands it to a custom function. */
export type Cell = string | number | boolean | Date | null | undefined;

/** Blank as Sheets means it: no value, or only spaces. */
export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}
