/**
 * Draws a dossier document into a new Google Doc with DocumentApp. The service is passed in (the
 * add-on passes the real DocumentApp, tests a recording fake), narrowed below to what is used.
 *
 * Every Apps Script call is a round trip, so the number of calls follows the number of blocks, not
 * the size of the tables: a table is appended whole from its strings (body.appendTable(cells)),
 * then styled per table, per column and per bold row; only the few cells of the header and
 * signature blocks, which hold several styled lines, are visited one by one.
 *
 * What DocumentApp cannot do, and what this renderer does instead (facts from the DocumentApp
 * reference; none were checked against a live Google account):
 * - Page numbers: DocumentApp has no way to insert a page-number field nor to give the first page
 *   its own header, so the user adds them once (see MANUAL_STEPS, returned to the sidebar).
 * - Paragraph borders: none in DocumentApp, so the short rules under the issuing body, the Tiêu ngữ
 *   and the trích yếu are drawn as a centred run of underscores of about the rule's length.
 * - Per-cell alignment of plain cells would cost several calls per cell; data-table cells keep the
 *   default left alignment (the DOCX renderer aligns them per column).
 * - Repeating table header rows: no DocumentApp method. Merged cells: DocumentApp's only merge,
 *   TableCell.merge(), "merges the element with the preceding sibling of the same type" (Apps
 *   Script reference, Element classes): it moves a cell's content into the cell before it and
 *   removes the cell, leaving a short row, not a cell spanning columns.
 *   Both exist in the Docs API (documents.batchUpdate: MergeTableCellsRequest "merges cells in a
 *   table", PinTableHeaderRowsRequest "updates the number of pinned table header rows"), reached
 *   through the Apps Script advanced service "Docs" (developers.google.com/apps-script/advanced/
 *   docs; enabled in the manifest's dependencies.enabledAdvancedServices, developers.google.com/
 *   apps-script/manifest/dependencies) under the `documents` scope the projects already hold. So
 *   once DocumentApp has drawn the document, it is saved (Document.saveAndClose: "pending updates
 *   are flushed and applied", which the Docs API needs to see them), each table's start index is
 *   read with documents.get, matched to the tables drawn in order, and one batchUpdate merges the
 *   group rows and pins the heading rows (src/core/documents/docs-tables.ts), and keeps with the
 *   next the paragraphs and table rows the model keeps (src/core/documents/docs-keep.ts: headings,
 *   the closing lines before a signature, heading rows and group labels). A group label is then
 *   written in the first cell, the head cell a merge keeps ("Any text in the cells being merged
 *   will be concatenated and stored in the head cell", MergeTableCellsRequest).
 *   Without the service (a copy of the script without the manifest's dependency) the document is
 *   still made with the label in the widest column; so it is when the API fails for the new
 *   document, asked before drawing (one more documents.get, for documents with group rows). Only a
 *   failure after that (the batchUpdate refused) leaves the label unmerged in the first cell.
 *   Either way RenderedDoc.layoutGaps says what is left undone and why, for the checklist.
 * - Table.setBorderWidth(0) is how borderless tables are made (community practice, not documented
 *   as such).
 */
import { type DrawnElement, type KeepWithNext, keepRequests } from '../core/documents/docs-keep';
import { apiFailure, DOCS_API_MISSING, type DocsDocumentShape, foundTables, hasGroupRows, headingRows, type LayoutGap, type TableRequest, tableRequests } from '../core/documents/docs-tables';
import { chartTable, lower, rowKeepsWithNext } from '../core/documents/layout';
import type { Align, CellBlock, ChartBlock, ParagraphBlock, ParagraphStyle, PrimitiveBlock, ReportDocument, RuleBlock, TableBlock } from '../core/documents/model';
import { PT_PER_MM, textWidthMm } from '../core/documents/styles';
import { typeset, typesetParagraph } from '../core/documents/typeset';

type Attr = GoogleAppsScript.Document.Attribute;
type AttributeName = 'FONT_FAMILY' | 'FONT_SIZE' | 'BOLD' | 'ITALIC' | 'BACKGROUND_COLOR' | 'HORIZONTAL_ALIGNMENT' | 'INDENT_FIRST_LINE' | 'SPACING_BEFORE' | 'SPACING_AFTER' | 'LINE_SPACING';
type AlignmentName = 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';

/** Attribute maps as DocumentApp takes them: keys are DocumentApp.Attribute values. */
export type Attributes = Partial<Record<Attr, unknown>>;

export interface TextLike {
  setAttributes(startOffset: number, endOffsetInclusive: number, attributes: Attributes): unknown;
  setAttributes(attributes: Attributes): unknown;
  setBold(bold: boolean): unknown;
  /** Links the characters from `startOffset` to `endOffsetInclusive` (Text reference: the end is inclusive). */
  setLinkUrl(startOffset: number, endOffsetInclusive: number, url: string): unknown;
}
export interface InlineImageLike {
  getWidth(): number;
  getHeight(): number;
  setWidth(width: number): unknown;
  setHeight(height: number): unknown;
}
export interface ParagraphLike {
  setAttributes(attributes: Attributes): unknown;
  editAsText(): TextLike;
  appendInlineImage(image: GoogleAppsScript.Base.BlobSource): InlineImageLike;
}
export interface ElementLike {
  asParagraph(): ParagraphLike;
}
export interface TableCellLike {
  getChild(childIndex: number): ElementLike;
  appendParagraph(text: string): ParagraphLike;
}
export interface TableRowLike {
  editAsText(): TextLike;
}
export interface TableLike {
  setBorderWidth(width: number): unknown;
  setColumnWidth(columnIndex: number, width: number): unknown;
  editAsText(): TextLike;
  getRow(rowIndex: number): TableRowLike;
  getCell(rowIndex: number, cellIndex: number): TableCellLike;
}
export interface BodyLike {
  setPageWidth(width: number): unknown;
  setPageHeight(height: number): unknown;
  setMarginTop(margin: number): unknown;
  setMarginBottom(margin: number): unknown;
  setMarginLeft(margin: number): unknown;
  setMarginRight(margin: number): unknown;
  getChild(childIndex: number): ElementLike;
  appendParagraph(text: string): ParagraphLike;
  appendTable(cells: string[][]): TableLike;
  appendPageBreak(): unknown;
}
export interface DocumentLike {
  getBody(): BodyLike;
  /** Shares the document (Document.addEditors; the documents scope suffices). */
  addEditors(emailAddresses: string[]): unknown;
  getId(): string;
  getUrl(): string;
  saveAndClose(): void;
}
export interface DocumentAppLike {
  create(name: string): DocumentLike;
  Attribute: Pick<typeof GoogleAppsScript.Document.Attribute, AttributeName>;
  HorizontalAlignment: Pick<typeof GoogleAppsScript.Document.HorizontalAlignment, AlignmentName>;
}

/**
 * The advanced service "Docs" (Docs API v1), narrowed to the two calls made: `Documents.get(id)`
 * returns the document resource, `Documents.batchUpdate(resource, id)` applies the requests
 * atomically ("If any request is not valid, then the entire request will fail and nothing will be
 * applied", documents.batchUpdate reference). Argument order as Apps Script's advanced services
 * take it: the request body first, then the path parameter.
 */
export interface DocsApiLike {
  Documents: {
    get(documentId: string): DocsDocumentShape;
    batchUpdate(resource: { requests: DocsRequest[] }, documentId: string): unknown;
  };
}

/** A request of the one batchUpdate: a paragraph kept with the next, a merge, a pin. */
export type DocsRequest = KeepWithNext | TableRequest;

/** Why the Docs API could not be used: its cause and the reason in words (LayoutGap). */
type Failure = Pick<LayoutGap, 'cause' | 'reason'>;

/** What the renderer draws with: DocumentApp, and the Docs advanced service or null where the project lacks it. */
export interface GoogleDocsServices {
  documentApp: DocumentAppLike;
  docs: DocsApiLike | null;
}

/** Compile-time proof that the real services fit the narrowed interfaces the fakes implement. */
type Fits<T extends U, U> = T;
export type RealDocumentAppFits = Fits<GoogleAppsScript.Document.DocumentApp, DocumentAppLike>;
export type RealDocsFits = Fits<GoogleAppsScript.Docs, DocsApiLike>;

export interface RenderOptions {
  /** Chart images by chart id (e.g. a Sheets chart's getAs('image/png')); without one, its figures as a table. */
  chartImages?: ReadonlyMap<string, GoogleAppsScript.Base.BlobSource>;
  /** E-mail addresses to share the new document with as editors. */
  editors?: string[];
}

export interface RenderedDoc {
  id: string;
  url: string;
  /** What the user must still do by hand in Google Docs. */
  manualSteps: string[];
  /** Who was made an editor. */
  sharedWith: string[];
  /** What of its layout the Docs API could not do, and why (for the checklist, see layoutChecklist); empty when all is done. */
  layoutGaps: LayoutGap[];
}

/** What the user still does by hand in the Google Doc: neither DocumentApp nor the Docs API inserts a page-number field. */
export const MANUAL_STEPS = ['Đánh số trang: trong Google Tài liệu chọn Chèn → Số trang, đặt số ở giữa phía trên và bỏ số ở trang đầu (Nghị định 30/2020/NĐ-CP: đánh số từ trang 2).'];

const ALIGN: Record<Align, AlignmentName> = { left: 'LEFT', center: 'CENTER', right: 'RIGHT', justify: 'JUSTIFY' };
const HIGHLIGHT = '#ffff00';

class DocDrawer {
  private readonly A: DocumentAppLike['Attribute'];
  /** The tables appended, in order: what documents.get will report as the body's tables. */
  readonly tables: TableBlock[] = [];
  /** Everything appended to the body, in order, for matching documents.get's paragraphs (docs-keep.ts). */
  readonly elements: DrawnElement[] = [];

  constructor(
    private readonly app: DocumentAppLike,
    private readonly font: string,
    private readonly widthPt: number,
    private readonly options: RenderOptions,
    /** Whether group rows will be merged (the Docs API is there): the label then goes in the head cell. */
    private readonly merging: boolean,
  ) {
    this.A = app.Attribute;
  }

  /** Paragraph and text attributes of a style, set in one call. */
  private attributes(style: ParagraphStyle): Attributes {
    const A = this.A;
    return {
      [A.FONT_FAMILY]: this.font,
      [A.FONT_SIZE]: style.sizePt,
      [A.BOLD]: style.bold ?? false,
      [A.ITALIC]: style.italic ?? false,
      [A.HORIZONTAL_ALIGNMENT]: this.app.HorizontalAlignment[ALIGN[style.align]],
      [A.INDENT_FIRST_LINE]: (style.firstLineMm ?? 0) * PT_PER_MM,
      [A.SPACING_BEFORE]: style.spaceBeforePt ?? 0,
      [A.SPACING_AFTER]: style.spaceAfterPt ?? 0,
      [A.LINE_SPACING]: style.lineSpacing ?? 1,
    };
  }

  /**
   * Styles a paragraph already holding the block's typeset text (paragraphText); runs styled
   * differently get one call each, a link run one more, at the offsets of the typeset runs
   * (composing may shorten a run, a quotation mark may move to the run beside it).
   */
  styleParagraph(target: ParagraphLike, block: ParagraphBlock): void {
    target.setAttributes(this.attributes(block.style));
    const A = this.A;
    let text: TextLike | null = null;
    let offset = 0;
    for (const run of typesetParagraph(block).runs) {
      const own: Attributes = {};
      if (run.bold !== undefined && run.bold !== (block.style.bold ?? false)) own[A.BOLD] = run.bold;
      if (run.italic !== undefined && run.italic !== (block.style.italic ?? false)) own[A.ITALIC] = run.italic;
      if (run.mark) own[A.BACKGROUND_COLOR] = HIGHLIGHT;
      const last = offset + run.text.length - 1;
      if (Object.keys(own).length > 0 && run.text.length > 0) {
        text ??= target.editAsText();
        text.setAttributes(offset, last, own);
      }
      if (run.link !== undefined && run.text.length > 0) {
        text ??= target.editAsText();
        text.setLinkUrl(offset, last, run.link);
      }
      offset += run.text.length;
    }
  }

  paragraph(body: BodyLike, block: ParagraphBlock): void {
    const text = paragraphText(block);
    this.elements.push({ kind: 'paragraph', text, keepWithNext: block.style.keepWithNext ?? false });
    this.styleParagraph(body.appendParagraph(text), block);
  }

  table(body: BodyLike, block: TableBlock): void {
    this.tables.push(block);
    // Rows kept with the next (a heading row, a criterion, all but the last row of an indicator's
    // parts): Docs has no table-row property for it (the Docs API's TableRowStyle holds only
    // minRowHeight, preventOverflow and tableHeader), so finishLayout sets ParagraphStyle.keepWithNext
    // on each cell's paragraph, the paragraph property Docs documents; whether Docs honours it
    // between table rows is not documented: README, "First run on a real account", says what to check.
    const keptRows = block.rows.flatMap((_, r) => (rowKeepsWithNext(block, r) ? [r] : []));
    this.elements.push({ kind: 'table', rows: block.rows.length, columns: block.widths.length, keptRows });
    // A group label goes in the head cell of the merge to come, else in the widest column.
    const labelColumn = this.merging ? 0 : block.widths.indexOf(Math.max(...block.widths));
    const texts = block.rows.map((row) => {
      const cells = row.cells.map((cell) => ('text' in cell ? typeset(cell.text) : firstText(cell.blocks)));
      return row.span ? block.widths.map((_, i) => (i === labelColumn ? cells[0] : '')) : cells;
    });
    const table = body.appendTable(texts);
    table.setBorderWidth(block.borders ? 0.5 : 0);
    table.editAsText().setAttributes({ [this.A.FONT_FAMILY]: this.font, [this.A.FONT_SIZE]: block.cellStyle.sizePt });
    block.widths.forEach((w, i) => {
      table.setColumnWidth(i, w * this.widthPt);
    });
    block.rows.forEach((row, r) => {
      if (row.header || row.bold) table.getRow(r).editAsText().setBold(true);
      row.cells.forEach((cell, c) => {
        if ('text' in cell || cell.blocks.length === 0 || row.span) return;
        const target = table.getCell(r, c);
        const [first, ...rest] = cell.blocks;
        this.styleParagraph(target.getChild(0).asParagraph(), lineParagraph(first));
        for (const b of rest) this.styleParagraph(target.appendParagraph(firstText([b])), lineParagraph(b));
      });
    });
  }

  chart(body: BodyLike, block: ChartBlock): void {
    const image = this.options.chartImages?.get(block.id);
    if (!image) {
      this.table(body, chartTable(block, this.widthPt / PT_PER_MM));
      return;
    }
    const holder = body.appendParagraph('');
    this.elements.push({ kind: 'paragraph', text: '', keepWithNext: false });
    holder.setAttributes(this.attributes({ align: 'center', sizePt: 12, spaceBeforePt: 6, spaceAfterPt: 6 }));
    const inline = holder.appendInlineImage(image);
    // DocumentApp sizes images in pixels, which Docs lays out at 72 per inch, like points. Only a wider image is scaled down.
    const scale = this.widthPt / inline.getWidth();
    if (scale < 1) {
      inline.setHeight(Math.round(inline.getHeight() * scale));
      inline.setWidth(Math.round(this.widthPt));
    }
  }

  block(body: BodyLike, block: PrimitiveBlock): void {
    switch (block.kind) {
      case 'paragraph':
        this.paragraph(body, block);
        return;
      case 'rule':
        this.paragraph(body, lineParagraph(block));
        return;
      case 'table':
        this.table(body, block);
        return;
      case 'chart':
        this.chart(body, block);
        return;
      case 'pageBreak':
        // A page break sits in a paragraph of its own (Docs API: ParagraphElement.pageBreak), with no text.
        this.elements.push({ kind: 'paragraph', text: '', keepWithNext: false });
        body.appendPageBreak();
        return;
    }
  }
}

/** A rule as text: underscores of about its length, an underscore being half an em wide. */
function ruleText(rule: RuleBlock): string {
  return '_'.repeat(Math.max(1, Math.round((rule.widthMm * PT_PER_MM) / (rule.sizePt / 2))));
}

/** A cell line as a paragraph: rules become their text stand-in. */
function lineParagraph(block: CellBlock): ParagraphBlock {
  if (block.kind === 'paragraph') return block;
  return { kind: 'paragraph', runs: [{ text: ruleText(block) }], style: { align: 'center', sizePt: block.sizePt, lineSpacing: 1 } };
}

/** A paragraph's text as written: typeset as the DOCX renderer writes its runs (typesetParagraph). */
const paragraphText = (block: ParagraphBlock): string =>
  typesetParagraph(block)
    .runs.map((r) => r.text)
    .join('');

/** The typeset text of a cell's first line ('' for none). */
const firstText = (blocks: CellBlock[]): string => (blocks.length === 0 ? '' : paragraphText(lineParagraph(blocks[0])));

/**
 * Whether the Docs API answers for the new document `id`, asked before anything is drawn: null
 * when it does, else why not. A group label is drawn in the head cell of a merge only when the
 * merge can follow; an API that is switched off in the Cloud project, out of quota or refused
 * would otherwise leave every label in the narrow first column.
 */
function docsFailure(docs: DocsApiLike, id: string): Failure | null {
  try {
    docs.Documents.get(id);
    return null;
  } catch (thrown) {
    return apiFailure(thrown);
  }
}

/**
 * Merges the group rows, pins the heading rows and keeps paragraphs with the next in the saved
 * document `id` with one documents.get and one batchUpdate; returns what is left undone and why.
 * The paragraph styles go first: they insert nothing, so they act on the indexes documents.get
 * reported, whatever a merge after them does to the indexes in its table. `docs` is null when the
 * labels were drawn in the widest column (no service, or `unavailable`: why it failed before drawing).
 */
function finishLayout(id: string, drawer: DocDrawer, docs: DocsApiLike | null, unavailable: Failure | null): LayoutGap[] {
  const labels: LayoutGap['labels'] = drawer.tables.some(hasGroupRows) ? (docs ? 'first' : 'widest') : null;
  const pins = drawer.tables.some((table) => headingRows(table) > 0);
  const keeps = drawer.elements.some((e) => (e.kind === 'paragraph' ? e.keepWithNext : e.keptRows.length > 0));
  if (!labels && !pins && !keeps) return [];
  if (!docs) return [{ ...(unavailable ?? { cause: 'off', reason: DOCS_API_MISSING }), labels, pins, keeps }];
  try {
    const document = docs.Documents.get(id);
    const tables = tableRequests(drawer.tables, foundTables(document));
    const kept = keepRequests(drawer.elements, document);
    const requests: DocsRequest[] = [...(kept.ok ? kept.requests : []), ...(tables.ok ? tables.requests : [])];
    if (requests.length > 0) docs.Documents.batchUpdate({ requests }, id);
    const gaps: LayoutGap[] = [
      ...(tables.ok ? [] : [{ cause: 'mismatch' as const, reason: tables.reason, labels, pins, keeps: false }]),
      ...(kept.ok ? [] : [{ cause: 'mismatch' as const, reason: kept.reason, labels: null, pins: false, keeps }]),
    ];
    return gaps.filter((gap) => gap.labels || gap.pins || gap.keeps);
  } catch (thrown) {
    return [{ ...apiFailure(thrown), labels, pins, keeps }];
  }
}

/** Creates the Google Doc named `name` and draws `doc` into it. */
export function renderGoogleDoc(doc: ReportDocument, name: string, services: GoogleDocsServices, options: RenderOptions = {}): RenderedDoc {
  const app = services.documentApp;
  const file = app.create(name);
  const id = file.getId();
  const blocks = lower(doc.blocks, textWidthMm(doc.page));
  const grouped = blocks.some((block) => block.kind === 'table' && hasGroupRows(block));
  const unavailable = services.docs && grouped ? docsFailure(services.docs, id) : null;
  const docs = unavailable ? null : services.docs;
  const body = file.getBody();
  const { page } = doc;
  body.setPageWidth(page.widthMm * PT_PER_MM);
  body.setPageHeight(page.heightMm * PT_PER_MM);
  body.setMarginTop(page.marginsMm.top * PT_PER_MM);
  body.setMarginBottom(page.marginsMm.bottom * PT_PER_MM);
  body.setMarginLeft(page.marginsMm.left * PT_PER_MM);
  body.setMarginRight(page.marginsMm.right * PT_PER_MM);
  const drawer = new DocDrawer(app, page.font, textWidthMm(page) * PT_PER_MM, options, docs !== null);
  // A new Doc starts with one empty paragraph, and Docs keeps a paragraph before a leading table;
  // it is shrunk to nothing rather than removed.
  drawer.elements.push({ kind: 'paragraph', text: '', keepWithNext: false });
  drawer.styleParagraph(body.getChild(0).asParagraph(), { kind: 'paragraph', runs: [], style: { align: 'left', sizePt: 1, lineSpacing: 1 } });
  for (const block of blocks) drawer.block(body, block);
  const sharedWith = [...new Set(options.editors ?? [])].filter(Boolean);
  if (sharedWith.length > 0) file.addEditors(sharedWith);
  const url = file.getUrl();
  file.saveAndClose();
  return { id, url, manualSteps: MANUAL_STEPS, sharedWith, layoutGaps: finishLayout(id, drawer, docs, unavailable) };
}
