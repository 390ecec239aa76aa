/**
 * A fake of the Apps Script advanced service "Docs" (Docs API v1) over the documents of a
 * FakeDocumentApp: `Documents.get` reports their structure with indexes, `Documents.batchUpdate`
 * applies mergeTableCells and pinTableHeaderRows onto the fake tables (FakeTable.merges,
 * pinnedHeaderRows), so tests can assert what a reader of the Google Doc would see.
 *
 * Where it behaves like the real service (Docs API reference, developers.google.com/docs/api):
 * - get(id) answers the Document resource: body.content is a list of StructuralElements, the first
 *   a sectionBreak with no startIndex (0 is left out of the JSON) and endIndex 1, then each
 *   paragraph and table with startIndex and endIndex in UTF-16 code units ("Structure of a Google
 *   Docs document"). A paragraph spans its text, one unit per inline object or page break, and its
 *   closing "\n"; a table spans one unit before its rows, one per row and per cell before their
 *   content, and one after ("Work with tables": a 2x2 table of empty cells from S ends at S+12).
 *   Merged cells report the head cell's tableCellStyle.rowSpan/columnSpan, pinned rows
 *   tableRowStyle.tableHeader.
 * - the REST API sees only what DocumentApp has saved: until saveAndClose() (Document reference:
 *   "pending updates are flushed and applied") get() answers the new, empty document.
 * - batchUpdate(resource, id), body first as advanced services take it, applies the requests in
 *   order, each on the document as the previous ones left it, and atomically: "If any request is
 *   not valid, then the entire request will fail and nothing will be applied" (batchUpdate
 *   reference). Errors read as Apps Script reports advanced-service errors ("API call to
 *   docs.documents.batchUpdate failed with error: Invalid requests[0]…"; the wording after that is
 *   ours).
 * - mergeTableCells: tableStartLocation.index must be the start of a table of the body; the range
 *   must lie inside the table; a range over cells already merged is "non-rectangular" and refused
 *   (MergeTableCellsRequest: "a 400 bad request error is returned"). The text of the merged cells
 *   goes into the head (upper-left) cell ("Any text in the cells being merged will be concatenated
 *   and stored in the head cell").
 * - pinTableHeaderRows: same table start rule; a count from 0 ("0 implies that all rows are
 *   unpinned") to the table's row count.
 * Where it is stricter or guesses (what these tests cannot catch):
 * - it refuses a count above the rows, an empty request list and a batchUpdate on a document
 *   DocumentApp still holds open; the reference does not say what the real API does then;
 * - concatenation drops the merged cells' empty paragraphs and keeps those with text, one after
 *   the other (the reference does not say how paragraphs are joined); how covered cells are then
 *   reported (their spans, their content) is not documented, so they are reported unchanged;
 * - a segmentId or tabId other than the body's first tab is refused (the fake has one tab);
 * - styles, inline objects' properties and everything else documents.get returns are left out.
 */
import type { TableRequest } from '../../src/core/documents/docs-tables';
import type { DocsApiLike } from '../../src/gas/render-doc';
import type { FakeDocument, FakeDocumentApp, FakeElement, FakeMerge, FakeParagraph, FakeTable } from './document-app';

type Json = Record<string, unknown>;

/** Paragraph JSON from `start`; returns it and where it ends. */
function paragraphJson(paragraph: FakeParagraph, start: number): [Json, number] {
  const end = start + paragraph.text.length + paragraph.images.length + 1;
  const elements = [
    ...(paragraph.text ? [{ startIndex: start, endIndex: start + paragraph.text.length, textRun: { content: paragraph.text } }] : []),
    ...paragraph.images.map((_, i) => ({ startIndex: start + paragraph.text.length + i, endIndex: start + paragraph.text.length + i + 1, inlineObjectElement: {} })),
    { startIndex: end - 1, endIndex: end, textRun: { content: '\n' } },
  ];
  return [{ startIndex: start, endIndex: end, paragraph: { elements } }, end];
}

function tableJson(table: FakeTable, start: number): [Json, number] {
  let at = start + 1;
  const tableRows = table.rows.map((row, r) => {
    const rowStart = at++;
    const tableCells = row.cells.map((cell, c) => {
      const cellStart = at++;
      const content = cell.children.map((p) => {
        const [json, end] = paragraphJson(p, at);
        at = end;
        return json;
      });
      const merge = table.merges.find((m) => m.rowIndex === r && m.columnIndex === c);
      return { startIndex: cellStart, endIndex: at, content, tableCellStyle: { rowSpan: merge?.rowSpan ?? 1, columnSpan: merge?.columnSpan ?? 1 } };
    });
    return { startIndex: rowStart, endIndex: at, tableCells, tableRowStyle: r < table.pinnedHeaderRows ? { tableHeader: true } : {} };
  });
  const end = at + 1;
  return [{ startIndex: start, endIndex: end, table: { rows: table.rows.length, columns: table.rows[0]?.cells.length ?? 0, tableRows } }, end];
}

function elementJson(element: FakeElement, start: number): [Json, number] {
  if (element.kind === 'table') return tableJson(element, start);
  if (element.kind === 'pageBreak') {
    return [
      {
        startIndex: start,
        endIndex: start + 2,
        paragraph: {
          elements: [
            { startIndex: start, endIndex: start + 1, pageBreak: {} },
            { startIndex: start + 1, endIndex: start + 2, textRun: { content: '\n' } },
          ],
        },
      },
      start + 2,
    ];
  }
  return paragraphJson(element, start);
}

/** The body as documents.get reports it, and each table with its start index. */
function structure(children: readonly FakeElement[]): { content: Json[]; tables: Map<number, FakeTable> } {
  const content: Json[] = [{ endIndex: 1, sectionBreak: { sectionStyle: {} } }];
  const tables = new Map<number, FakeTable>();
  let at = 1;
  for (const child of children) {
    const [json, end] = elementJson(child, at);
    if (child.kind === 'table') tables.set(at, child);
    content.push(json);
    at = end;
  }
  return { content, tables };
}

const isCount = (n: unknown, min: number): n is number => Number.isInteger(n) && (n as number) >= min;

export class FakeDocsApi {
  readonly calls: Array<{ method: 'get' | 'batchUpdate'; documentId: string; requests?: TableRequest[] }> = [];
  private failure: string | null = null;

  constructor(private readonly app: FakeDocumentApp) {}

  /** Makes every following call throw `message`, as a quota or network error would. */
  failWith(message: string): void {
    this.failure = message;
  }

  private document(method: string, documentId: string): FakeDocument {
    if (this.failure) throw new Error(`API call to docs.documents.${method} failed with error: ${this.failure}`);
    const doc = this.app.documents.find((d) => d.id === documentId);
    if (!doc) throw new Error(`API call to docs.documents.${method} failed with error: Requested entity was not found.`);
    return doc;
  }

  readonly Documents = {
    get: (documentId: string): Json => {
      this.calls.push({ method: 'get', documentId });
      const doc = this.document('get', documentId);
      // Until DocumentApp saves, the REST API sees the new document: one empty paragraph.
      const children = doc.open ? doc.body.children.slice(0, 1) : doc.body.children;
      return { documentId, title: doc.name, body: { content: structure(children).content } };
    },
    batchUpdate: (resource: { requests: TableRequest[] }, documentId: string): Json => {
      this.calls.push({ method: 'batchUpdate', documentId, requests: resource.requests });
      const doc = this.document('batchUpdate', documentId);
      const fail = (i: number, what: string): never => {
        throw new Error(`API call to docs.documents.batchUpdate failed with error: Invalid requests[${i}]: ${what}`);
      };
      if (doc.open) fail(0, 'the document is still open in DocumentApp (call saveAndClose first).');
      if (!Array.isArray(resource.requests) || resource.requests.length === 0) fail(0, 'Must specify at least one request.');
      const tables = doc.body.tables;
      const saved = tables.map((t) => ({ merges: [...t.merges], pinned: t.pinnedHeaderRows, cells: t.rows.map((r) => r.cells.map((c) => [...c.children])) }));
      try {
        resource.requests.forEach((request, i) => {
          this.apply(doc, request, i, fail);
        });
      } catch (error) {
        // Atomic: nothing of a failed batch stays applied.
        tables.forEach((t, k) => {
          t.merges.splice(0, t.merges.length, ...saved[k].merges);
          t.pinnedHeaderRows = saved[k].pinned;
          t.rows.forEach((r, ri) => {
            r.cells.forEach((c, ci) => {
              c.children.splice(0, c.children.length, ...saved[k].cells[ri][ci]);
            });
          });
        });
        throw error;
      }
      return { documentId, replies: resource.requests.map(() => ({})) };
    },
  };

  private apply(doc: FakeDocument, request: TableRequest, i: number, fail: (i: number, what: string) => never): void {
    const kinds = Object.keys(request);
    if (kinds.length !== 1) fail(i, `exactly one request kind expected, got ${kinds.join(', ') || 'none'}.`);
    const tableAt = (location: { index?: unknown; segmentId?: unknown; tabId?: unknown } | undefined): FakeTable => {
      if (location?.segmentId || location?.tabId) fail(i, 'only the body of the first tab is supported by the fake.');
      const table = structure(doc.body.children).tables.get(location?.index as number);
      if (!table) fail(i, `the provided table start location (${String(location?.index)}) is not the start of a table.`);
      return table!;
    };
    if ('mergeTableCells' in request) {
      const range = request.mergeTableCells.tableRange;
      if (!range?.tableCellLocation) fail(i, 'tableRange.tableCellLocation is required.');
      const table = tableAt(range.tableCellLocation.tableStartLocation);
      const { rowIndex, columnIndex } = range.tableCellLocation;
      const { rowSpan, columnSpan } = range;
      const [rows, columns] = [table.rows.length, table.rows[0].cells.length];
      if (!isCount(rowIndex, 0) || !isCount(columnIndex, 0) || !isCount(rowSpan, 1) || !isCount(columnSpan, 1)) fail(i, 'row and column indexes from 0, spans from 1 expected.');
      if (rowIndex + rowSpan > rows || columnIndex + columnSpan > columns) fail(i, `the range ${rowSpan}x${columnSpan} at (${rowIndex}, ${columnIndex}) is outside the ${rows}x${columns} table.`);
      const overlaps = (m: FakeMerge) => m.rowIndex < rowIndex + rowSpan && rowIndex < m.rowIndex + m.rowSpan && m.columnIndex < columnIndex + columnSpan && columnIndex < m.columnIndex + m.columnSpan;
      if (table.merges.some(overlaps)) fail(i, 'the table range is non-rectangular (it covers merged cells).');
      const head = table.rows[rowIndex].cells[columnIndex];
      for (let r = rowIndex; r < rowIndex + rowSpan; r++) {
        for (let c = columnIndex; c < columnIndex + columnSpan; c++) {
          const cell = table.rows[r].cells[c];
          if (cell !== head) head.receive(cell.takeWritten());
        }
      }
      table.merges.push({ rowIndex, columnIndex, rowSpan, columnSpan });
      return;
    }
    if ('pinTableHeaderRows' in request) {
      const { tableStartLocation, pinnedHeaderRowsCount } = request.pinTableHeaderRows;
      const table = tableAt(tableStartLocation);
      if (!isCount(pinnedHeaderRowsCount, 0) || pinnedHeaderRowsCount > table.rows.length) {
        fail(i, `pinnedHeaderRowsCount ${pinnedHeaderRowsCount} is not between 0 and the table's ${table.rows.length} rows.`);
      }
      table.pinnedHeaderRows = pinnedHeaderRowsCount;
      return;
    }
    fail(i, `unsupported request ${kinds[0]}.`);
  }

  /** The fake as the renderer's parameter type. */
  get service(): DocsApiLike {
    return this as unknown as DocsApiLike;
  }

  count(method: 'get' | 'batchUpdate'): number {
    return this.calls.filter((c) => c.method === method).length;
  }
}
