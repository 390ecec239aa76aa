/**
 * The Docs advanced service's fake keeps to what the Docs API reference says (see its header): the
 * structure and indexes documents.get reports, and the requests batchUpdate refuses.
 */
import { describe, expect, it } from 'vitest';
import type { TableRequest } from '../../src/core/documents/docs-tables';
import type { DocsRequest } from '../../src/gas/render-doc';
import { FakeDocsApi } from './docs-api';
import { FakeDocumentApp } from './document-app';

type Content = Array<{ startIndex?: number; endIndex: number; table?: { tableRows: Array<{ startIndex: number; tableCells: Array<{ startIndex: number }> }> } }>;

/** A saved document: an empty first paragraph, "Mở đầu", a 2x2 table of empty cells, a 2x3 table with a label in its last cell. */
function saved() {
  const app = new FakeDocumentApp();
  const docs = new FakeDocsApi(app);
  const file = app.create('Thử');
  const body = file.getBody();
  body.appendParagraph('Mở đầu');
  const empty = body.appendTable([
    ['', ''],
    ['', ''],
  ]);
  const labelled = body.appendTable([
    ['', '', 'Tiêu chí 1'],
    ['a', 'b', 'c'],
  ]);
  file.saveAndClose();
  const content = (docs.Documents.get(file.getId()) as { body: { content: Content } }).body.content;
  return { app, docs, file, empty, labelled, content };
}

const merge = (index: number, rowIndex: number, columnSpan: number, rowSpan = 1): TableRequest => ({
  mergeTableCells: { tableRange: { tableCellLocation: { tableStartLocation: { index }, rowIndex, columnIndex: 0 }, rowSpan, columnSpan } },
});
const pin = (index: number, pinnedHeaderRowsCount: number): TableRequest => ({ pinTableHeaderRows: { tableStartLocation: { index }, pinnedHeaderRowsCount } });

describe('documents.get in the fake', () => {
  it('reports the section break, paragraphs and tables with their indexes (a 2x2 table of empty cells from S ends at S+12)', () => {
    const { content } = saved();
    expect(content[0]).toMatchObject({ endIndex: 1 });
    expect(content[0].startIndex).toBeUndefined();
    // The empty first paragraph [1, 2), "Mở đầu\n" [2, 9), then the table.
    expect(content.map((e) => [e.startIndex, e.endIndex])).toEqual([
      [undefined, 1],
      [1, 2],
      [2, 9],
      [9, 21],
      [21, 21 + 1 + 2 * 1 + 6 * 2 + 'Tiêu chí 1'.length + 3 + 1],
    ]);
    const table = content[3].table!;
    expect(table.tableRows.map((r) => r.startIndex)).toEqual([10, 15]);
    expect(table.tableRows[0].tableCells.map((c) => c.startIndex)).toEqual([11, 13]);
  });

  it('sees no table before DocumentApp saves the document', () => {
    const app = new FakeDocumentApp();
    const docs = new FakeDocsApi(app);
    const file = app.create('Thử');
    file.getBody().appendTable([['a']]);
    const content = (docs.Documents.get(file.getId()) as { body: { content: Content } }).body.content;
    expect(content.some((e) => e.table)).toBe(false);
  });
});

describe('documents.batchUpdate in the fake', () => {
  it('merges a row across the table (the text into the head cell) and pins heading rows', () => {
    const { docs, file, labelled } = saved();
    docs.Documents.batchUpdate({ requests: [merge(21, 0, 3), pin(21, 1)] }, file.getId());
    expect(labelled.merges).toEqual([{ rowIndex: 0, columnIndex: 0, rowSpan: 1, columnSpan: 3 }]);
    expect(labelled.rows[0].cells[0].children.map((p) => p.text)).toEqual(['Tiêu chí 1']);
    expect(labelled.pinnedHeaderRows).toBe(1);
  });

  it('refuses a table start that is not a table, a range outside the table, a pin above the row count, merged cells merged again', () => {
    const { docs, file } = saved();
    const id = file.getId();
    expect(() => docs.Documents.batchUpdate({ requests: [merge(10, 0, 2)] }, id)).toThrow(/Invalid requests\[0\]: the provided table start location \(10\) is not the start of a table/);
    expect(() => docs.Documents.batchUpdate({ requests: [merge(9, 0, 3)] }, id)).toThrow(/outside the 2x2 table/);
    expect(() => docs.Documents.batchUpdate({ requests: [merge(9, 1, 2, 2)] }, id)).toThrow(/outside the 2x2 table/);
    expect(() => docs.Documents.batchUpdate({ requests: [pin(9, 3)] }, id)).toThrow(/pinnedHeaderRowsCount 3 is not from 0 to below the table's 2 rows/);
    // Every row pinned: the reference gives no bound, the fake refuses (stricter).
    expect(() => docs.Documents.batchUpdate({ requests: [pin(9, 2)] }, id)).toThrow(/pinnedHeaderRowsCount 2 is not from 0 to below the table's 2 rows/);
    expect(() => docs.Documents.batchUpdate({ requests: [pin(9, -1)] }, id)).toThrow(/pinnedHeaderRowsCount -1/);
    expect(() => docs.Documents.batchUpdate({ requests: [merge(9, 0, 2), merge(9, 0, 2, 2)] }, id)).toThrow(/Invalid requests\[1\]: the table range is non-rectangular/);
    expect(() => docs.Documents.batchUpdate({ requests: [] }, id)).toThrow(/at least one request/);
  });

  it('applies all or nothing: a bad request leaves the earlier ones of its batch unapplied', () => {
    const { docs, file, empty, labelled } = saved();
    expect(() => docs.Documents.batchUpdate({ requests: [merge(21, 0, 3), pin(9, 1), pin(21, 5)] }, file.getId())).toThrow(/requests\[2\]/);
    expect(labelled.merges).toEqual([]);
    expect(labelled.rows[0].cells.map((c) => c.text)).toEqual(['', '', 'Tiêu chí 1']);
    expect(empty.pinnedHeaderRows).toBe(0);
  });

  it('applies each request to the document the previous ones left: a merge that moves text shifts the tables after it', () => {
    const app = new FakeDocumentApp();
    const docs = new FakeDocsApi(app);
    const file = app.create('Thử');
    const body = file.getBody();
    body.appendTable([['', 'nhãn', 'x']]);
    body.appendTable([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    file.saveAndClose();
    const starts = (docs.Documents.get(file.getId()) as { body: { content: Content } }).body.content.flatMap((e) => (e.table ? [e.startIndex!] : []));
    // Ascending: the first merge joins "nhãn" and "x" into one cell's two paragraphs; the second table moves by one.
    expect(() => docs.Documents.batchUpdate({ requests: [merge(starts[0], 0, 3), pin(starts[1], 1)] }, file.getId())).toThrow(/is not the start of a table/);
    // Descending, as the renderer orders them: both land.
    docs.Documents.batchUpdate({ requests: [pin(starts[1], 1), merge(starts[0], 0, 3)] }, file.getId());
    expect(body.tables[1].pinnedHeaderRows).toBe(1);
    expect(body.tables[0].rows[0].cells[0].children.map((p) => p.text)).toEqual(['nhãn', 'x']);
  });

  it('refuses to edit a document DocumentApp still holds open, and an unknown document', () => {
    const app = new FakeDocumentApp();
    const docs = new FakeDocsApi(app);
    const file = app.create('Thử');
    expect(() => docs.Documents.batchUpdate({ requests: [pin(2, 0)] }, file.getId())).toThrow(/still open/);
    expect(() => docs.Documents.get('nope')).toThrow(/Requested entity was not found/);
  });
});

const keep = (startIndex: number, endIndex: number, paragraphStyle: Record<string, unknown> = { keepWithNext: true }, fields: unknown = 'keepWithNext'): DocsRequest =>
  ({ updateParagraphStyle: { range: { startIndex, endIndex }, paragraphStyle, fields } }) as DocsRequest;

type Styled = Array<{
  startIndex?: number;
  endIndex: number;
  paragraph?: { paragraphStyle: Record<string, unknown> };
  table?: { tableRows: Array<{ tableCells: Array<{ content: Array<{ paragraph: { paragraphStyle: Record<string, unknown> } }> }> }> };
}>;

describe('updateParagraphStyle in the fake', () => {
  const styled = (docs: FakeDocsApi, id: string) => (docs.Documents.get(id) as { body: { content: Styled } }).body.content;

  it('styles every paragraph the range overlaps, reports it in paragraphStyle, and moves no index', () => {
    const { docs, file, content } = saved();
    const id = file.getId();
    // "Mở đầu" is [2, 9); the first cell's paragraph of the 2x2 table at 9 is [12, 13).
    docs.Documents.batchUpdate({ requests: [keep(12, 13), keep(3, 4)] }, id);
    const after = styled(docs, id);
    expect(after.map((e) => [e.startIndex, e.endIndex])).toEqual(content.map((e) => [e.startIndex, e.endIndex]));
    expect(after.map((e) => e.paragraph?.paragraphStyle ?? null)).toEqual([null, {}, { keepWithNext: true }, null, null]);
    expect(after[3].table!.tableRows.map((r) => r.tableCells.map((c) => c.content[0].paragraph.paragraphStyle))).toEqual([
      [{ keepWithNext: true }, {}],
      [{}, {}],
    ]);
    // A field named but left unset goes back to its default; "*" names every modelled field.
    docs.Documents.batchUpdate({ requests: [keep(2, 9, {}, 'keepWithNext'), keep(12, 13, { keepLinesTogether: true }, '*')] }, id);
    expect(styled(docs, id)[2].paragraph!.paragraphStyle).toEqual({});
    expect(styled(docs, id)[3].table!.tableRows[0].tableCells[0].content[0].paragraph.paragraphStyle).toEqual({ keepLinesTogether: true });
  });

  it('refuses a missing mask, an unknown or unmasked field, a range outside the body, empty, or across places, and another segment', () => {
    const { docs, file } = saved();
    const id = file.getId();
    const refused = (request: DocsRequest) => expect(() => docs.Documents.batchUpdate({ requests: [request] }, id));
    refused({ updateParagraphStyle: { range: { startIndex: 2, endIndex: 9 }, paragraphStyle: { keepWithNext: true } } } as unknown as DocsRequest).toThrow(
      /Invalid requests\[0\]: fields: at least one field must be specified/,
    );
    refused(keep(2, 9, { keepWithNext: true }, ' ')).toThrow(/at least one field/);
    refused(keep(2, 9, { alignment: 'CENTER' }, 'alignment')).toThrow(/fields: alignment is not a paragraph style field/);
    refused(keep(2, 9, { keepWithNext: true, keepLinesTogether: true })).toThrow(/paragraphStyle\.keepLinesTogether is set but not named in fields/);
    refused({ updateParagraphStyle: { range: { startIndex: 2, endIndex: 9 }, fields: 'keepWithNext' } } as unknown as DocsRequest).toThrow(/paragraphStyle is required/);
    refused(keep(0, 2)).toThrow(/the range \[0, 2\) is not a non-empty range inside the body \[1, 50\)/);
    refused(keep(48, 51)).toThrow(/\[48, 51\) is not a non-empty range/);
    refused(keep(5, 5)).toThrow(/\[5, 5\) is not a non-empty range/);
    refused(keep(2, 13)).toThrow(/the range \[2, 13\) does not lie within the body or one table cell/);
    refused(keep(12, 15)).toThrow(/does not lie within/);
    refused({ updateParagraphStyle: { range: { startIndex: 2, endIndex: 9, segmentId: 'kix.h' }, paragraphStyle: { keepWithNext: true }, fields: 'keepWithNext' } } as unknown as DocsRequest).toThrow(
      /only the body/,
    );
  });

  it('undoes the styles of a failed batch', () => {
    const { docs, file } = saved();
    docs.Documents.batchUpdate({ requests: [keep(2, 9)] }, file.getId());
    expect(() => docs.Documents.batchUpdate({ requests: [keep(2, 9, {}), keep(12, 13), pin(9, 5)] }, file.getId())).toThrow(/requests\[2\]/);
    const after = styled(docs, file.getId());
    expect(after[2].paragraph!.paragraphStyle).toEqual({ keepWithNext: true });
    expect(after[3].table!.tableRows[0].tableCells[0].content[0].paragraph.paragraphStyle).toEqual({});
  });
});
