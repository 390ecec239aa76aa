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
 * pinnedHeaderRowsCount } ("0 implies that all rows are unpinned"). The paragraphs kept with the
 * next go in the same batchUpdate (docs-keep.ts); what is left undone becomes checklist items here.
 */
import type { TableBlock } from './model';

/** A top-level table of the document as documents.get reports it (body.content[i]). */
export interface FoundTable {
  /** body.content[i].startIndex: what tableStartLocation.index must name. */
  startIndex: number;
  rows: number;
  columns: number;
}

/**
 * A StructuralElement of a documents.get answer, as far as it is read here and in docs-keep.ts: its
 * indexes, a paragraph's text runs, a table's size and its cells' content.
 */
export interface DocsElementShape {
  startIndex?: number;
  endIndex?: number;
  paragraph?: { elements?: Array<{ textRun?: { content?: string } }> };
  table?: { rows?: number; columns?: number; tableRows?: Array<{ tableCells?: Array<{ content?: DocsElementShape[] }> }> };
}

/** The part of a documents.get answer read here (Docs API Document → Body → StructuralElement). */
export interface DocsDocumentShape {
  body?: { content?: DocsElementShape[] };
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

/**
 * The heading rows a table repeats on each page: those at its top (Docs pins rows from the first);
 * none when every row is a heading, as there is nothing below them to repeat them over (and the
 * reference does not say that a table may pin all its rows).
 */
export function headingRows(table: TableBlock): number {
  const first = table.rows.findIndex((row) => !row.header);
  return first === -1 ? 0 : first;
}

/** Whether the table has group labels to merge across its columns. */
export const hasGroupRows = (table: TableBlock): boolean => table.widths.length > 1 && table.rows.some((row) => row.span);

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

/**
 * Why a part of the layout was left undone, which decides what the user can do about it:
 * - 'off': the Docs API is not switched on for the Apps Script project (the advanced service is
 *   missing, or its API is disabled in a standard Cloud project): turn it on, then make the
 *   document again;
 * - 'mismatch': the body documents.get reported is not what was drawn (someone edited the document
 *   meanwhile): making it again does not help unless that was the cause, so it is finished by hand;
 * - 'error': the API refused for now (quota, network, a server error): make it again later, or
 *   finish by hand.
 */
export type GapCause = 'off' | 'mismatch' | 'error';

/**
 * What a Google Doc was left without, its cause and why in words (a Vietnamese phrase): its group
 * labels not merged across the table ('first': drawn in the head cell of the merge that did not
 * come, the narrow STT/Mã column; 'widest': drawn in the widest column, the API being missing
 * before drawing), its heading rows not repeated, its headings, heading rows, group labels and
 * closing lines not kept with what follows.
 */
export interface LayoutGap {
  cause: GapCause;
  reason: string;
  labels: 'first' | 'widest' | null;
  pins: boolean;
  keeps: boolean;
}

/**
 * Google's answer when an API is switched off in the script's Cloud project ("Google Docs API has
 * not been used in project … before or it is disabled", status PERMISSION_DENIED with reason
 * SERVICE_DISABLED; older: accessNotConfigured), as src/core/rollup/sheets-api.ts reads it for Sheets.
 */
const API_DISABLED = /SERVICE_DISABLED|accessNotConfigured|has not been used|is disabled/i;

/** The cause and the reason in words for an error the Docs API threw (whatever was thrown). */
export function apiFailure(thrown: unknown): Pick<LayoutGap, 'cause' | 'reason'> {
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return { cause: API_DISABLED.test(message) ? 'off' : 'error', reason: `Google Docs API báo lỗi: ${message}` };
}

/** What the user can do besides finishing by hand, per cause (GapCause). */
const ADVICE: Record<GapCause, string> = {
  off: 'hoặc bật Google Docs API cho dự án Apps Script (trình chỉnh sửa Apps Script → Dịch vụ → thêm "Google Docs API"; dự án Google Cloud riêng thì bật cả "Google Docs API" trong Google Cloud Console) rồi tạo lại',
  mismatch: 'tạo lại chỉ giúp khi có người đã sửa tài liệu trong lúc tạo, nên hãy làm bằng tay',
  error: 'hoặc thử tạo lại sau ít phút (Google Docs API tạm thời từ chối, chẳng hạn khi quá hạn mức)',
};

/**
 * The checklist items for the documents `docs` (by title) left with layout gaps: one per gap,
 * reason and cause, naming the documents, what is undone, how to finish it by hand and what else
 * the cause allows (ADVICE).
 */
export function layoutChecklist(docs: Array<{ title: string; gaps: LayoutGap[] }>): string[] {
  const byGap = new Map<string, string[]>();
  for (const { title, gaps } of docs) {
    for (const gap of gaps) {
      const parts = [
        gap.labels && [`tên nhóm (tiêu chí) nằm ở ${gap.labels === 'first' ? 'cột đầu' : 'cột rộng nhất'}, chưa trải hết bảng`, 'gộp các ô của mỗi hàng tên nhóm'],
        gap.pins && ['hàng tiêu đề của bảng chưa lặp lại ở mỗi trang', 'ghim hàng tiêu đề của bảng'],
        gap.keeps && [
          'đề mục, hàng tiêu đề và hàng tên nhóm của bảng, đoạn kết trước chữ ký chưa được giữ cùng trang với phần sau',
          'nếu một đề mục, hàng tiêu đề hay hàng tên nhóm của bảng đứng riêng ở cuối trang, hoặc khối chữ ký đứng riêng ở đầu trang, chèn ngắt trang trước đề mục, bảng hoặc đoạn kết đó',
        ],
      ].filter((part): part is string[] => Boolean(part));
      const key = `${parts.map((p) => p[0]).join('; ')} (${gap.reason}). Cách làm trong Google Tài liệu: ${parts.map((p) => p[1]).join('; ')}; ${ADVICE[gap.cause]}.`;
      byGap.set(key, [...(byGap.get(key) ?? []), title]);
    }
  }
  return [...byGap].map(([gap, titles]) => `Bố cục chưa xong trong ${titles.map((t) => `"${t}"`).join(', ')}: ${gap}`);
}

/** The reason given when documents.get reports other tables than those drawn (someone edited the document meanwhile). */
export const TABLES_MISMATCH = 'các bảng Google Tài liệu báo về không khớp với các bảng đã vẽ';

/** The reason given when the project lacks the advanced service (a copy of the script without its manifest). */
export const DOCS_API_MISSING = 'dự án Apps Script chưa bật dịch vụ nâng cao Google Docs API';
