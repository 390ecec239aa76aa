/**
 * A recording fake of DocumentApp for what src/gas/render-doc.ts uses: it keeps the
 * document tree in memory, so tests can assert structure and styles, and counts every call, so
 * tests can assert that the number of Apps Script round trips follows the blocks, not the cells.
 *
 * Where it behaves like the real service (per the DocumentApp reference):
 * - create(name) returns a Document whose body starts with one empty paragraph;
 * - appendTable(cells) takes a 2-D array of strings and returns a Table of rows of cells, each
 *   cell holding one paragraph with its string;
 * - sizes, margins, indents and spacing are numbers in points; attribute maps are keyed by
 *   DocumentApp.Attribute values; Text.setAttributes(start, endInclusive, …) takes inclusive offsets
 *   and rejects offsets outside the text;
 * - Text.setLinkUrl(startOffset, endOffsetInclusive, url) links a character range of one paragraph
 *   (Apps Script reference, Class Text, developers.google.com/apps-script/reference/document/text:
 *   the end offset is inclusive, as its parameter name says and as RangeElement.
 *   getEndOffsetInclusive defines it, "the index of the last character in the range"); the fake
 *   records the range on the paragraph (`links`) and rejects an end past the last character, an
 *   empty or reversed range, and a url that is no string (the reference documents no other kind);
 *   Text.setLinkUrl(url), the whole text, is not used by the renderer and not modelled;
 * - a document cannot be edited after saveAndClose();
 * - Body.insertParagraph(childIndex, text) inserts a paragraph at a child index (tests use it to
 *   stand for someone editing the document while it is drawn; the renderer only appends);
 * - Document.addEditors(emails) takes an array of e-mail addresses and rejects one that is not an
 *   address ("Invalid argument"), as the Document reference describes;
 * - `failOnCreate(n)` makes the n-th create() throw, as a quota or network error would
 *   ("Service invoked too many times for one day: docs create", Apps Script quotas).
 * - no cell merging and no repeated header rows through DocumentApp, as it offers none:
 *   TableCell.merge() is not a column span but "merges the element with the preceding sibling of
 *   the same type" (Apps Script reference), so the fake's cells have no merge() and TableCellLike
 *   leaves it out. A table's `merges` and `pinnedHeaderRows` are set only by the Docs advanced
 *   service's fake (test/fakes/docs-api.ts), which reads these documents once saved.
 * Where it differs (and so what these tests cannot catch):
 * - enum values are plain strings ("BOLD"); the real ones are opaque enum objects;
 * - it rejects ragged arrays in appendTable and empty strings are kept as-is; the real service's
 *   behaviour with ragged arrays is not documented;
 * - setAttributes on a table, row or paragraph Text applies to the text of the paragraphs it holds,
 *   which is how the real service documents Text; it does not model styles inherited by text
 *   typed later, nor the empty paragraph Docs adds after a table at the end of a body;
 * - inline images take their size from the fake blob (fakeImage), not from decoding the image;
 * - nothing is laid out: no pages, no line breaking.
 */
import type { Attributes, DocumentAppLike } from '../../src/gas/render-doc';

export interface Call {
  target: string;
  method: string;
  args: unknown[];
}

type Recorder = (target: string, method: string, args: unknown[]) => void;
type Attrs = Record<string, unknown>;

const enumOf = <K extends string>(...names: K[]) => Object.fromEntries(names.map((n) => [n, n])) as Record<K, K>;

export class FakeText {
  constructor(
    private readonly record: Recorder,
    private readonly paragraphs: () => FakeParagraph[],
  ) {}

  setAttributes(...args: [Attributes] | [number, number, Attributes]): this {
    this.record('Text', 'setAttributes', args);
    if (args.length === 1) {
      for (const p of this.paragraphs()) Object.assign(p.attributes, args[0]);
      return this;
    }
    const [start, end, attributes] = args;
    const [paragraph, ...others] = this.paragraphs();
    if (!paragraph || others.length > 0) throw new Error('Fake: ranged attributes are only supported on one paragraph.');
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end >= paragraph.text.length) {
      throw new Error(`Offsets ${start}–${end} are out of range for a text of length ${paragraph.text.length}.`);
    }
    paragraph.ranges.push({ start, end, attributes: { ...(attributes as Attrs) } });
    return this;
  }

  setLinkUrl(start: number, end: number, url: string): this {
    this.record('Text', 'setLinkUrl', [start, end, url]);
    const [paragraph, ...others] = this.paragraphs();
    if (!paragraph || others.length > 0) throw new Error('Fake: links are only supported on one paragraph.');
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end >= paragraph.text.length) {
      throw new Error(`Offsets ${start}–${end} are out of range for a text of length ${paragraph.text.length}.`);
    }
    if (typeof url !== 'string' || url === '') throw new Error('Invalid argument: url');
    paragraph.links.push({ start, end, url });
    return this;
  }

  setBold(bold: boolean): this {
    this.record('Text', 'setBold', [bold]);
    for (const p of this.paragraphs()) p.attributes.BOLD = bold;
    return this;
  }
}

export class FakeInlineImage {
  constructor(
    private readonly record: Recorder,
    public width: number,
    public height: number,
  ) {}
  getWidth(): number {
    this.record('InlineImage', 'getWidth', []);
    return this.width;
  }
  getHeight(): number {
    this.record('InlineImage', 'getHeight', []);
    return this.height;
  }
  setWidth(width: number): this {
    this.record('InlineImage', 'setWidth', [width]);
    this.width = width;
    return this;
  }
  setHeight(height: number): this {
    this.record('InlineImage', 'setHeight', [height]);
    this.height = height;
    return this;
  }
}

export class FakeParagraph {
  readonly kind = 'paragraph';
  attributes: Attrs = {};
  /** Set by the Docs fake (updateParagraphStyle) only: DocumentApp has no keep-with-next. */
  readonly paragraphStyle: Attrs = {};
  ranges: Array<{ start: number; end: number; attributes: Attrs }> = [];
  /** Linked ranges (Text.setLinkUrl), offsets inclusive. */
  links: Array<{ start: number; end: number; url: string }> = [];
  images: FakeInlineImage[] = [];

  constructor(
    private readonly record: Recorder,
    public text: string,
  ) {}

  setAttributes(attributes: Attributes): this {
    this.record('Paragraph', 'setAttributes', [attributes]);
    Object.assign(this.attributes, attributes);
    return this;
  }
  editAsText(): FakeText {
    this.record('Paragraph', 'editAsText', []);
    return new FakeText(this.record, () => [this]);
  }
  appendInlineImage(image: GoogleAppsScript.Base.BlobSource): FakeInlineImage {
    this.record('Paragraph', 'appendInlineImage', [image]);
    const { width, height } = (image as unknown as FakeImage).size;
    const inline = new FakeInlineImage(this.record, width, height);
    this.images.push(inline);
    return inline;
  }
  asParagraph(): this {
    this.record('Element', 'asParagraph', []);
    return this;
  }
}

export class FakeTableCell {
  readonly children: FakeParagraph[];
  constructor(
    private readonly record: Recorder,
    text: string,
  ) {
    this.children = [new FakeParagraph(record, text)];
  }
  getChild(index: number): FakeParagraph {
    this.record('TableCell', 'getChild', [index]);
    const child = this.children[index];
    if (!child) throw new Error(`Child index (${index}) must be less than the number of child elements (${this.children.length}).`);
    return child;
  }
  appendParagraph(text: string): FakeParagraph {
    this.record('TableCell', 'appendParagraph', [text]);
    const paragraph = new FakeParagraph(this.record, text);
    this.children.push(paragraph);
    return paragraph;
  }
  get text(): string {
    return this.children.map((p) => p.text).join('\n');
  }
  /** For the Docs fake's merges: removes the paragraphs holding text or images, leaving one empty paragraph (a cell always holds one). */
  takeWritten(): FakeParagraph[] {
    const written = this.children.filter((p) => p.text !== '' || p.images.length > 0);
    this.children.splice(0, this.children.length, ...this.children.filter((p) => !written.includes(p)));
    if (this.children.length === 0) this.children.push(new FakeParagraph(this.record, ''));
    return written;
  }
  /** For the Docs fake's merges: appends another cell's paragraphs, replacing this cell's own when it holds nothing. */
  receive(paragraphs: FakeParagraph[]): void {
    if (paragraphs.length === 0) return;
    if (this.children.every((p) => p.text === '' && p.images.length === 0)) this.children.splice(0, this.children.length);
    this.children.push(...paragraphs);
  }
}

export class FakeTableRow {
  constructor(
    private readonly record: Recorder,
    readonly cells: FakeTableCell[],
  ) {}
  editAsText(): FakeText {
    this.record('TableRow', 'editAsText', []);
    return new FakeText(this.record, () => this.cells.flatMap((c) => c.children));
  }
}

/** A merged range of a table (Docs API TableRange), as the Docs fake applied it. */
export interface FakeMerge {
  rowIndex: number;
  columnIndex: number;
  rowSpan: number;
  columnSpan: number;
}

export class FakeTable {
  readonly kind = 'table';
  borderWidth: number | null = null;
  /** Set by the Docs fake (mergeTableCells), never by DocumentApp. */
  readonly merges: FakeMerge[] = [];
  /** Set by the Docs fake (pinTableHeaderRows): the rows Docs repeats on each page. */
  pinnedHeaderRows = 0;
  readonly columnWidths = new Map<number, number>();
  readonly rows: FakeTableRow[];

  constructor(
    private readonly record: Recorder,
    cells: string[][],
  ) {
    this.rows = cells.map(
      (row) =>
        new FakeTableRow(
          record,
          row.map((text) => new FakeTableCell(record, text)),
        ),
    );
  }

  setBorderWidth(width: number): this {
    this.record('Table', 'setBorderWidth', [width]);
    this.borderWidth = width;
    return this;
  }
  setColumnWidth(index: number, width: number): this {
    this.record('Table', 'setColumnWidth', [index, width]);
    if (index < 0 || index >= (this.rows[0]?.cells.length ?? 0)) throw new Error(`Column ${index} does not exist.`);
    this.columnWidths.set(index, width);
    return this;
  }
  editAsText(): FakeText {
    this.record('Table', 'editAsText', []);
    return new FakeText(this.record, () => this.rows.flatMap((r) => r.cells.flatMap((c) => c.children)));
  }
  getRow(index: number): FakeTableRow {
    this.record('Table', 'getRow', [index]);
    const row = this.rows[index];
    if (!row) throw new Error(`Row ${index} does not exist.`);
    return row;
  }
  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    this.record('Table', 'getCell', [rowIndex, cellIndex]);
    const cell = this.rows[rowIndex]?.cells[cellIndex];
    if (!cell) throw new Error(`Cell ${rowIndex}, ${cellIndex} does not exist.`);
    return cell;
  }
  /** The cells' text, for assertions. */
  get texts(): string[][] {
    return this.rows.map((r) => r.cells.map((c) => c.text));
  }
}

/** A page break: in Docs, a paragraph holding it (so the Docs fake can style it too). */
export type FakePageBreak = { kind: 'pageBreak'; paragraphStyle: Attrs };

export type FakeElement = FakeParagraph | FakeTable | FakePageBreak;

export class FakeBody {
  readonly children: FakeElement[];
  /** US Letter with 1-inch margins: the defaults of a new Doc in an English-locale account. */
  pageWidth = 612;
  pageHeight = 792;
  margins = { top: 72, bottom: 72, left: 72, right: 72 };

  constructor(
    private readonly record: Recorder,
    private readonly isOpen: () => boolean,
  ) {
    this.children = [new FakeParagraph(record, '')];
  }

  private edit(method: string, args: unknown[]): void {
    this.record('Body', method, args);
    if (!this.isOpen()) throw new Error('Document is closed, its contents cannot be updated.');
  }
  setPageWidth(width: number): this {
    this.edit('setPageWidth', [width]);
    this.pageWidth = width;
    return this;
  }
  setPageHeight(height: number): this {
    this.edit('setPageHeight', [height]);
    this.pageHeight = height;
    return this;
  }
  setMarginTop(margin: number): this {
    this.edit('setMarginTop', [margin]);
    this.margins.top = margin;
    return this;
  }
  setMarginBottom(margin: number): this {
    this.edit('setMarginBottom', [margin]);
    this.margins.bottom = margin;
    return this;
  }
  setMarginLeft(margin: number): this {
    this.edit('setMarginLeft', [margin]);
    this.margins.left = margin;
    return this;
  }
  setMarginRight(margin: number): this {
    this.edit('setMarginRight', [margin]);
    this.margins.right = margin;
    return this;
  }
  getChild(index: number): FakeParagraph {
    this.record('Body', 'getChild', [index]);
    const child = this.children[index];
    if (!(child instanceof FakeParagraph)) throw new Error(`Fake: child ${index} is not a paragraph.`);
    return child;
  }
  appendParagraph(text: string): FakeParagraph {
    this.edit('appendParagraph', [text]);
    if (typeof text !== 'string') throw new Error('appendParagraph: text must be a string.');
    const paragraph = new FakeParagraph(this.record, text);
    this.children.push(paragraph);
    return paragraph;
  }
  /** Body.insertParagraph(childIndex, text): what someone editing the document meanwhile does; the index from 0 up to the number of children. */
  insertParagraph(childIndex: number, text: string): FakeParagraph {
    this.edit('insertParagraph', [childIndex, text]);
    if (!Number.isInteger(childIndex) || childIndex < 0 || childIndex > this.children.length) throw new Error(`Child index (${childIndex}) must be from 0 to ${this.children.length}.`);
    const paragraph = new FakeParagraph(this.record, text);
    this.children.splice(childIndex, 0, paragraph);
    return paragraph;
  }
  appendTable(cells: string[][]): FakeTable {
    this.edit('appendTable', [cells]);
    const width = cells[0]?.length ?? 0;
    if (cells.length === 0 || width === 0) throw new Error('appendTable: the table needs at least one cell.');
    if (cells.some((row) => !Array.isArray(row) || row.length !== width || row.some((c) => typeof c !== 'string'))) {
      throw new Error('appendTable: every row needs the same number of string cells.');
    }
    const table = new FakeTable(this.record, cells);
    this.children.push(table);
    return table;
  }
  appendPageBreak(): FakePageBreak {
    this.edit('appendPageBreak', []);
    const pageBreak: FakePageBreak = { kind: 'pageBreak', paragraphStyle: {} };
    this.children.push(pageBreak);
    return pageBreak;
  }
  get paragraphs(): FakeParagraph[] {
    return this.children.filter((c): c is FakeParagraph => c instanceof FakeParagraph);
  }
  get tables(): FakeTable[] {
    return this.children.filter((c): c is FakeTable => c instanceof FakeTable);
  }
}

export class FakeDocument {
  open = true;
  readonly editors: string[] = [];
  readonly body: FakeBody;
  constructor(
    private readonly record: Recorder,
    readonly name: string,
    readonly id: string,
  ) {
    this.body = new FakeBody(record, () => this.open);
  }
  getBody(): FakeBody {
    this.record('Document', 'getBody', []);
    return this.body;
  }
  getId(): string {
    this.record('Document', 'getId', []);
    return this.id;
  }
  getUrl(): string {
    this.record('Document', 'getUrl', []);
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
  addEditors(emails: string[]): this {
    this.record('Document', 'addEditors', [emails]);
    if (!this.open) throw new Error('Document is closed, its contents cannot be updated.');
    for (const email of emails) {
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`Invalid argument: ${email}`);
      if (!this.editors.includes(email)) this.editors.push(email);
    }
    return this;
  }
  saveAndClose(): void {
    this.record('Document', 'saveAndClose', []);
    this.open = false;
  }
}

/** An image blob for appendInlineImage: the fake reads its pixel size from here. */
export interface FakeImage {
  size: { width: number; height: number };
}
export function fakeImage(width: number, height: number): GoogleAppsScript.Base.BlobSource {
  return { size: { width, height } } as FakeImage as unknown as GoogleAppsScript.Base.BlobSource;
}

export class FakeDocumentApp {
  readonly calls: Call[] = [];
  readonly documents: FakeDocument[] = [];
  readonly Attribute = enumOf('FONT_FAMILY', 'FONT_SIZE', 'BOLD', 'ITALIC', 'BACKGROUND_COLOR', 'HORIZONTAL_ALIGNMENT', 'INDENT_FIRST_LINE', 'SPACING_BEFORE', 'SPACING_AFTER', 'LINE_SPACING');
  readonly HorizontalAlignment = enumOf('LEFT', 'CENTER', 'RIGHT', 'JUSTIFY');

  private readonly record: Recorder = (target, method, args) => this.calls.push({ target, method, args });

  private failAt = 0;

  /** Makes the `n`-th create() from now throw (1 = the next one). */
  failOnCreate(n: number): void {
    this.failAt = this.documents.length + n;
  }

  create(name: string): FakeDocument {
    this.record('DocumentApp', 'create', [name]);
    if (this.failAt === this.documents.length + 1) throw new Error('Service invoked too many times for one day: docs create.');
    const doc = new FakeDocument(this.record, name, `doc-${this.documents.length + 1}`);
    this.documents.push(doc);
    return doc;
  }

  /** The fake as the renderer's parameter type (its enums are strings, see the file comment). */
  get service(): DocumentAppLike {
    return this as unknown as DocumentAppLike;
  }

  count(method?: string): number {
    return method ? this.calls.filter((c) => c.method === method).length : this.calls.length;
  }
}
