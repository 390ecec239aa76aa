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
 *   unpinned") below the table's row count.
 * - updateParagraphStyle (UpdateParagraphStyleRequest: "update the styling of all paragraphs that
 *   overlap with the given range"): `fields` is required ("at least one field must be specified";
 *   "*" for all), a field named but left unset in paragraphStyle is reset to its default, and the
 *   range (Range { startIndex, endIndex, segmentId }) must lie in the body. get() then reports the
 *   style in paragraph.paragraphStyle. It inserts and deletes nothing, so no index moves (Google's
 *   "Best practices", developers.google.com/docs/api/how-tos/best-practices: index changes come
 *   from insertions and deletions).
 * Where it is stricter or guesses (what these tests cannot catch):
 * - it refuses a count above the rows, an empty request list and a batchUpdate on a document
 *   DocumentApp still holds open; the reference does not say what the real API does then;
 * - it refuses pinning every row of a table: the reference gives no upper bound, and a table of
 *   heading rows only has nothing to repeat them over;
 * - updateParagraphStyle: it refuses an empty range, a range whose paragraphs are not all in one
 *   place (the body, or one table cell), a style value whose field is not in `fields` (the real
 *   API would ignore it silently), and any field but keepWithNext and keepLinesTogether (not
 *   modelled);
 * - concatenation drops the merged cells' empty paragraphs and keeps those with text, one after
 *   the other (the reference does not say how paragraphs are joined); how covered cells are then
 *   reported (their spans, their content) is not documented, so they are reported unchanged;
 * - a segmentId or tabId other than the body's first tab is refused (the fake has one tab);
 * - styles, inline objects' properties and everything else documents.get returns are left out.
 */
import type { DocsApiLike, DocsRequest } from '../../src/gas/render-doc';
import type { FakeDocument, FakeDocumentApp, FakeElement, FakeMerge, FakeParagraph, FakeTable } from './document-app';

type Json = Record<string, unknown>;

/** A paragraph's place in the document: its indexes, where it lies (the body or one cell) and what holds its style. */
interface Placed {
  start: number;
  end: number;
  place: string;
  style: Json;
}

/** The paragraph styles the fake models (ParagraphStyle fields). */
const STYLE_FIELDS = ['keepWithNext', 'keepLinesTogether'];

/** Paragraph JSON from `start`; returns it and where it ends; records its place in `placed`. */
function paragraphJson(paragraph: FakeParagraph, start: number, place: string, placed: Placed[]): [Json, number] {
  const end = start + paragraph.text.length + paragraph.images.length + 1;
  const elements = [
    ...(paragraph.text ? [{ startIndex: start, endIndex: start + paragraph.text.length, textRun: { content: paragraph.text } }] : []),
    ...paragraph.images.map((_, i) => ({ startIndex: start + paragraph.text.length + i, endIndex: start + paragraph.text.length + i + 1, inlineObjectElement: {} })),
    { startIndex: end - 1, endIndex: end, textRun: { content: '\n' } },
  ];
  placed.push({ start, end, place, style: paragraph.paragraphStyle });
  return [{ startIndex: start, endIndex: end, paragraph: { elements, paragraphStyle: { ...paragraph.paragraphStyle } } }, end];
}

function tableJson(table: FakeTable, start: number, placed: Placed[]): [Json, number] {
  let at = start + 1;
  const tableRows = table.rows.map((row, r) => {
    const rowStart = at++;
    const tableCells = row.cells.map((cell, c) => {
      const cellStart = at++;
      const content = cell.children.map((p) => {
        const [json, end] = paragraphJson(p, at, `${start}:${r}:${c}`, placed);
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

function elementJson(element: FakeElement, start: number, placed: Placed[]): [Json, number] {
  if (element.kind === 'table') return tableJson(element, start, placed);
  if (element.kind === 'pageBreak') {
    placed.push({ start, end: start + 2, place: 'body', style: element.paragraphStyle });
    return [
      {
        startIndex: start,
        endIndex: start + 2,
        paragraph: {
          elements: [
            { startIndex: start, endIndex: start + 1, pageBreak: {} },
            { startIndex: start + 1, endIndex: start + 2, textRun: { content: '\n' } },
          ],
          paragraphStyle: { ...element.paragraphStyle },
        },
      },
      start + 2,
    ];
  }
  return paragraphJson(element, start, 'body', placed);
}

/** The body as documents.get reports it, each table with its start index, and every paragraph's place. */
function structure(children: readonly FakeElement[]): { content: Json[]; tables: Map<number, FakeTable>; paragraphs: Placed[]; end: number } {
  const content: Json[] = [{ endIndex: 1, sectionBreak: { sectionStyle: {} } }];
  const tables = new Map<number, FakeTable>();
  const paragraphs: Placed[] = [];
  let at = 1;
  for (const child of children) {
    const [json, end] = elementJson(child, at, paragraphs);
    if (child.kind === 'table') tables.set(at, child);
    content.push(json);
    at = end;
  }
  return { content, tables, paragraphs, end: at };
}

const isCount = (n: unknown, min: number): n is number => Number.isInteger(n) && (n as number) >= min;

/** UpdateParagraphStyleRequest as it may arrive (the fake checks every part). */
interface UpdateParagraphStyle {
  range?: { startIndex?: unknown; endIndex?: unknown; segmentId?: string; tabId?: string };
  paragraphStyle?: unknown;
  fields?: unknown;
}

export class FakeDocsApi {
  readonly calls: Array<{ method: 'get' | 'batchUpdate'; documentId: string; requests?: DocsRequest[] }> = [];
  private failure: { message: string; method?: 'get' | 'batchUpdate' } | null = null;

  constructor(private readonly app: FakeDocumentApp) {}

  /** Makes every following call (or only those of `method`) throw `message`, as a quota or network error would. */
  failWith(message: string, method?: 'get' | 'batchUpdate'): void {
    this.failure = { message, method };
  }

  private document(method: string, documentId: string): FakeDocument {
    if (this.failure && (this.failure.method ?? method) === method) throw new Error(`API call to docs.documents.${method} failed with error: ${this.failure.message}`);
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
    batchUpdate: (resource: { requests: DocsRequest[] }, documentId: string): Json => {
      this.calls.push({ method: 'batchUpdate', documentId, requests: resource.requests });
      const doc = this.document('batchUpdate', documentId);
      const fail = (i: number, what: string): never => {
        throw new Error(`API call to docs.documents.batchUpdate failed with error: Invalid requests[${i}]: ${what}`);
      };
      if (doc.open) fail(0, 'the document is still open in DocumentApp (call saveAndClose first).');
      if (!Array.isArray(resource.requests) || resource.requests.length === 0) fail(0, 'Must specify at least one request.');
      const tables = doc.body.tables;
      const saved = tables.map((t) => ({ merges: [...t.merges], pinned: t.pinnedHeaderRows, cells: t.rows.map((r) => r.cells.map((c) => [...c.children])) }));
      const styles = structure(doc.body.children).paragraphs.map((p) => [p.style, { ...p.style }]);
      try {
        resource.requests.forEach((request, i) => {
          this.apply(doc, request, i, fail);
        });
      } catch (error) {
        // Atomic: nothing of a failed batch stays applied.
        for (const [style, before] of styles) {
          for (const key of Object.keys(style)) delete style[key];
          Object.assign(style, before);
        }
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

  private apply(doc: FakeDocument, request: DocsRequest, i: number, fail: (i: number, what: string) => never): void {
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
      if (!isCount(pinnedHeaderRowsCount, 0) || pinnedHeaderRowsCount >= table.rows.length) {
        fail(i, `pinnedHeaderRowsCount ${pinnedHeaderRowsCount} is not from 0 to below the table's ${table.rows.length} rows.`);
      }
      table.pinnedHeaderRows = pinnedHeaderRowsCount;
      return;
    }
    if ('updateParagraphStyle' in request) {
      this.styleParagraphs(doc, request.updateParagraphStyle as UpdateParagraphStyle, (what) => fail(i, what));
      return;
    }
    fail(i, `unsupported request ${kinds[0]}.`);
  }

  private styleParagraphs(doc: FakeDocument, update: UpdateParagraphStyle, fail: (what: string) => never): void {
    const { range, paragraphStyle, fields } = update;
    if (typeof fields !== 'string' || fields.trim() === '') fail('fields: at least one field must be specified.');
    const named = fields === '*' ? STYLE_FIELDS : fields.split(',').map((f) => f.trim());
    const unknown = named.filter((f) => !STYLE_FIELDS.includes(f));
    if (unknown.length > 0) fail(`fields: ${unknown.join(', ')} is not a paragraph style field the fake models.`);
    if (!paragraphStyle || typeof paragraphStyle !== 'object') fail('paragraphStyle is required.');
    const unmasked = Object.keys(paragraphStyle).filter((key) => !named.includes(key));
    if (unmasked.length > 0) fail(`paragraphStyle.${unmasked[0]} is set but not named in fields (it would be ignored).`);
    if (range?.segmentId || range?.tabId) fail('only the body of the first tab is supported by the fake.');
    const { startIndex, endIndex } = range ?? {};
    const { paragraphs, end: bodyEnd } = structure(doc.body.children);
    if (!isCount(startIndex, 1) || !isCount(endIndex, 1) || startIndex >= endIndex || endIndex > bodyEnd) {
      fail(`the range [${String(startIndex)}, ${String(endIndex)}) is not a non-empty range inside the body [1, ${bodyEnd}).`);
    }
    const touched = paragraphs.filter((p) => p.start < endIndex && startIndex < p.end);
    if (touched.length === 0 || touched.some((p) => p.place !== touched[0].place)) fail(`the range [${startIndex}, ${endIndex}) does not lie within the body or one table cell.`);
    for (const p of touched) {
      for (const field of named) {
        const value = (paragraphStyle as Json)[field];
        if (value === undefined) delete p.style[field];
        else p.style[field] = value;
      }
    }
  }

  /** The fake as the renderer's parameter type. */
  get service(): DocsApiLike {
    return this as unknown as DocsApiLike;
  }

  count(method: 'get' | 'batchUpdate'): number {
    return this.calls.filter((c) => c.method === method).length;
  }
}
