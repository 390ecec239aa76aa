/**
 * What the Google Docs renderer cannot do with DocumentApp and asks the Docs API for: a group
 * label's row merged across the table (TableRow.span) and the heading rows pinned, so that Docs
 * repeats them on every page (TableRow.header). Pure: from the tables as drawn and the tables as
 * `documents.get` reports them, the requests for one `documents.batchUpdate`.
 *
 * Request shapes, from the Docs API reference (developers.google.com/docs/api/reference/rest/v1/
 * documents/request): MergeTableCellsRequest { tableRange: TableRange }, TableRange {
 * tableCellLocation: TableCellLocation, rowSpan, columnSpan }, TableCellLocation {
 * tableStartLocation: Location, rowIndex, columnIndex } (zero-based), Location { index } (the body
 * when segmentId is empty); PinTableHeaderRowsRequest { tableStartLocation: Location,
 * pinnedHeaderRowsCount } ("0 implies that all rows are unpinned").
 */
import type { TableBlock } from './model';

/** A top-level table of the document as documents.get reports it (body.content[i]). */
export interface FoundTable {
  /** body.content[i].startIndex: what tableStartLocation.index must name. */
  startIndex: number;
  rows: number;
  columns: number;
}

/** The part of a documents.get answer read here (Docs API Document → Body → StructuralElement). */
export interface DocsDocumentShape {
  body?: { content?: Array<{ startIndex?: number; table?: { rows?: number; columns?: number } }> };
}

interface Location {
  index: number;
}

export interface MergeTableCells {
  mergeTableCells: { tableRange: { tableCellLocation: { tableStartLocation: Location; rowIndex: number; columnIndex: number }; rowSpan: number; columnSpan: number } };
}

export interface PinTableHeaderRows {
  pinTableHeaderRows: { tableStartLocation: Location; pinnedHeaderRowsCount: number };
}

export type TableRequest = MergeTableCells | PinTableHeaderRows;

/** The top-level tables of a documents.get answer, in document order (tables inside cells are not top-level). */
export function foundTables(document: DocsDocumentShape): FoundTable[] {
  return (document.body?.content ?? []).flatMap((element) => (element.table ? [{ startIndex: element.startIndex ?? 0, rows: element.table.rows ?? 0, columns: element.table.columns ?? 0 }] : []));
}

/** The heading rows a table repeats on each page: those at its top (Docs pins rows from the first). */
function headingRows(table: TableBlock): number {
  const first = table.rows.findIndex((row) => !row.header);
  return first === -1 ? table.rows.length : first;
}

/** Whether drawing `table` needs the Docs API at all: a group label across columns, or heading rows. */
export function needsDocsApi(table: TableBlock): boolean {
  return headingRows(table) > 0 || (table.widths.length > 1 && table.rows.some((row) => row.span));
}

function tableRequestsOf(table: TableBlock, start: number): TableRequest[] {
  const tableStartLocation = { index: start };
  const columns = table.widths.length;
  const merges: TableRequest[] =
    columns > 1
      ? table.rows.flatMap((row, rowIndex) =>
          row.span ? [{ mergeTableCells: { tableRange: { tableCellLocation: { tableStartLocation, rowIndex, columnIndex: 0 }, rowSpan: 1, columnSpan: columns } } }] : [],
        )
      : [];
  const pinned = headingRows(table);
  return [...merges.reverse(), ...(pinned > 0 ? [{ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: pinned } }] : [])];
}

/**
 * The batchUpdate requests for `drawn` (the tables in the order the renderer appended them) once
 * the document holds `found` (the same tables, from documents.get), or why there are none to send:
 * the two lists must agree table by table in size, else a request could land on the wrong table.
 *
 * Ordered by descending table start, as Google's "Best practices" advise for one batchUpdate
 * ("order your requests in descending order of index location"): the reference does not say
 * whether a merge moves the index of what follows (it concatenates the merged cells' text into the
 * head cell), and nothing after a table can move what comes before it, so each request still names
 * its table's start. A table's own start is before its cells, so its requests keep it too.
 */
export function tableRequests(drawn: TableBlock[], found: FoundTable[]): { ok: true; requests: TableRequest[] } | { ok: false; reason: string } {
  if (drawn.length !== found.length || drawn.some((table, i) => table.rows.length !== found[i].rows || table.widths.length !== found[i].columns)) {
    return { ok: false, reason: TABLES_MISMATCH };
  }
  const requests = drawn
    .map((table, i) => ({ table, start: found[i].startIndex }))
    .sort((a, b) => b.start - a.start)
    .flatMap(({ table, start }) => tableRequestsOf(table, start));
  return { ok: true, requests };
}

/** A document whose tables could not be merged or pinned, and why (a Vietnamese phrase). */
export interface TableLayoutGap {
  title: string;
  reason: string;
}

/**
 * The checklist items for documents drawn without merged group rows or repeated heading rows: one
 * per reason, naming the documents, and how to finish them.
 */
export function tableLayoutChecklist(gaps: TableLayoutGap[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const gap of gaps) byReason.set(gap.reason, [...(byReason.get(gap.reason) ?? []), gap.title]);
  return [...byReason].map(
    ([reason, titles]) =>
      `Bảng chưa gộp ô nhóm / chưa lặp hàng tiêu đề trong ${titles.map((t) => `"${t}"`).join(', ')} (${reason}): trong Google Tài liệu, gộp các ô của mỗi hàng tên tiêu chí và ghim hàng tiêu đề của bảng; hoặc bật dịch vụ nâng cao "Google Docs API" cho dự án Apps Script rồi tạo lại.`,
  );
}

/** The reason given when documents.get reports other tables than those drawn (someone edited the document meanwhile). */
export const TABLES_MISMATCH = 'các bảng Google Tài liệu báo về không khớp với các bảng đã vẽ';

/** The reason given when the project lacks the advanced service (a copy of the script without its manifest). */
export const DOCS_API_MISSING = 'dự án Apps Script chưa bật dịch vụ nâng cao Google Docs API';
