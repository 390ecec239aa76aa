/**
 * The dossier as a .docx file, for Node only (the demo, the tests, a commune without Google Docs).
 * It draws the same laid-out blocks as the Google Docs renderer (src/core/documents/layout.ts) with
 * the `docx` package, which is a dev dependency and never enters the Apps Script bundle: nothing in
 * src/addon imports this file.
 *
 * One section per document, so each keeps its own orientation (the Bản tổng hợp is landscape) and
 * page numbering: numbers centred in the top margin, from page 2 (a blank first-page header).
 */
import { ADDON_NAME } from '../core/addon-name';
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Header,
  HighlightColor,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { ChartRun } from 'docx/charts';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { lower, plainCellStyle, rowKeepsWithNext } from '../core/documents/layout';
import type { Align, CellBlock, ChartBlock, PageSetup, ParagraphBlock, ParagraphStyle, PrimitiveBlock, ReportDocument, RuleBlock, Run, TableBlock } from '../core/documents/model';
import { keptRowsStartPage, pageTextPt } from '../core/documents/page-fit';
import { PT_PER_MM, textWidthMm } from '../core/documents/styles';
import { typesetParagraph } from '../core/documents/typeset';

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

/** Rounded, not truncated: A4 is 11906 × 16838 twips, as Word writes it. */
const twipsOfMm = (mm: number) => Math.round((mm * 1440) / 25.4);
const twipsOfPt = (pt: number) => Math.round(pt * 20);
const halfPoints = (pt: number) => Math.round(pt * 2);

/** Left and right padding of table cells. */
const CELL_PADDING = twipsOfMm(1.5);

/**
 * A link run takes Word's character style "Hyperlink": LibreOffice 7.4 turns a hyperlink into a
 * link annotation of the PDF only when its text has a link character style (one imported without
 * any, as "Default Style", prints as plain text; checked with pdftohtml, test/documents/pdf-pages.test.ts).
 * The style's colour is overridden: the text stays black like the rest of a document to sign, and
 * keeps the style's underline, which shows it is a link.
 */
const LINK_STYLE = { style: 'Hyperlink', color: '000000' } as const;

function textRun(run: Run, style: ParagraphStyle): TextRun {
  return new TextRun({
    ...(run.link === undefined ? {} : LINK_STYLE),
    text: run.text,
    bold: run.bold ?? style.bold ?? false,
    italics: run.italic ?? style.italic ?? false,
    size: halfPoints(style.sizePt),
    // Highlighted so that a gap or an unverified fact is never printed unnoticed.
    ...(run.mark ? { highlight: HighlightColor.YELLOW } : {}),
  });
}

/** A paragraph; one that starts a page drops its space before (the page's top margin is the space). */
function paragraph(block: ParagraphBlock, pageBreakBefore = false): Paragraph {
  const { style } = block;
  return new Paragraph({
    pageBreakBefore,
    alignment: ALIGN[style.align],
    indent: style.firstLineMm ? { firstLine: twipsOfMm(style.firstLineMm) } : undefined,
    spacing: {
      before: pageBreakBefore ? 0 : twipsOfPt(style.spaceBeforePt ?? 0),
      after: twipsOfPt(style.spaceAfterPt ?? 0),
      line: Math.round(240 * (style.lineSpacing ?? 1)),
      lineRule: LineRuleType.AUTO,
    },
    keepNext: style.keepWithNext ?? false,
    // The paragraph mark's size sets the height of an empty line (the signature space).
    run: { size: halfPoints(style.sizePt) },
    // Typeset as a whole, as the Google Doc is: a label or a quote may span two runs. A link run is
    // a hyperlink to an external target (a relationship with TargetMode="External"), printed as
    // its text is: black, as the rest of a document to sign.
    children: typesetParagraph(block).runs.map((run) => (run.link === undefined ? textRun(run, style) : new ExternalHyperlink({ link: run.link, children: [textRun(run, style)] }))),
  });
}

/** An empty, tiny paragraph whose bottom border is the rule; indents centre it in `available` twips. */
function rule(block: RuleBlock, available: number): Paragraph {
  const side = Math.max(0, Math.round((available - twipsOfMm(block.widthMm)) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 4 },
    children: [],
  });
}

function cellBlock(block: CellBlock, available: number): Paragraph {
  return block.kind === 'rule' ? rule(block, available) : paragraph(block);
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
/**
 * Half the line, for each side where the two parts of a table meet (`tableParts`): on one page they
 * print as one line, where two whole lines printed darker (review 13b finding 8); on two pages each
 * part keeps a thin edge.
 */
const HALF_LINE = { ...LINE, size: 2 } as const;

/**
 * Rows never split across pages; the header row repeats on every page, and it and a group label
 * keep with the row after them (keep-with-next on their paragraphs, as Word keeps table rows
 * together), so neither is left alone at the foot of a page; so does a row the model marks
 * keepWithNext (a table's last row, kept with the closing and the signature).
 */
function table(block: TableBlock, width: number, meets: 'top' | 'bottom' | null = null): Table {
  const columns = block.widths.map((w) => Math.round(w * width));
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: block.borders ? (meets ? { ...GRID, [meets]: HALF_LINE } : GRID) : TableBorders.NONE,
    rows: block.rows.map((row, r) => {
      const keep = rowKeepsWithNext(block, r);
      return new TableRow({
        tableHeader: row.header ?? false,
        cantSplit: true,
        children: row.cells.map((cell, c) => {
          const cellWidth = row.span ? width : columns[c];
          const inner = cellWidth - 2 * CELL_PADDING;
          const blocks: CellBlock[] = 'text' in cell ? [{ kind: 'paragraph', runs: [{ text: cell.text }], style: plainCellStyle(block, r, c) }] : cell.blocks;
          const children = blocks.map((b) => (b.kind === 'paragraph' && keep ? paragraph({ ...b, style: { ...b.style, keepWithNext: true } }) : cellBlock(b, inner)));
          return new TableCell({
            width: { size: cellWidth, type: WidthType.DXA },
            ...(row.span ? { columnSpan: columns.length } : {}),
            margins: { left: CELL_PADDING, right: CELL_PADDING },
            verticalAlign: block.borders ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
            // Word needs a paragraph in every cell.
            children: children.length > 0 ? children : [new Paragraph({})],
          });
        }),
      });
    }),
  });
}

/**
 * The first of a table's last rows that go over to the next page with what follows: the rows the
 * model keeps with the closing (layout.ts `keepLastRows`), and a group label or heading row just
 * before them (`tableParts` then keeps the table whole); `rows.length` when there are none.
 */
function keptTailStart(block: TableBlock): number {
  let start = block.rows.length;
  while (start > 0 && (block.rows[start - 1].keepWithNext || (start < block.rows.length && rowKeepsWithNext(block, start - 1)))) start--;
  return start;
}

/**
 * Joins two tables into what prints as one: a paragraph whose mark is hidden (Word and LibreOffice
 * give it no height in print, so the borders meet), needed because tables with nothing between them
 * are read as one table.
 */
const HIDDEN_JOIN = { keepNext: true, spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, run: { size: 2, vanish: true } } as const;

/** What goes between a table and its kept rows when they begin a page: a break, in a paragraph as small as HIDDEN_JOIN but printed (a hidden one's break LibreOffice may drop). */
const PAGE_JOIN = { pageBreakBefore: true, spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, run: { size: 2 } } as const;

/**
 * A table, its kept last rows drawn as a table of their own. LibreOffice 7.4 (the PDF) ignores the
 * keep-with-next of a table's last row towards the paragraph after the table; it keeps a table with
 * that paragraph only when every row of the table keeps with the next (its DOCX import then sets the
 * table's "keep with next paragraph"), and a long table whose every row keeps moves whole to the next
 * page. So the last rows make a short table whose rows all keep, and the signature's page always
 * carries them (seen in LibreOffice's PDF: test/documents/pdf-layout.test.ts). A table whose body
 * is all kept stays one table, kept whole. Where the kept rows may not fit on the page the table
 * is on (`keptRowsStartPage`, which measures the pages before; `startsPage` asks it), they begin
 * the next page: a page break before them, and the heading rows over them, since a heading repeats
 * only within one table. Forced, the break makes the heading's place certain: an estimate a little
 * short or long leaves some white space at the foot of a page, never a heading printed in the
 * middle of one (review rev13c F2). Where both parts share a page, each draws half the line they
 * meet at.
 */
function tableParts(block: TableBlock, width: number, startsPage: (start: number) => boolean): Array<Paragraph | Table> {
  const start = keptTailStart(block);
  const bodyStart = block.rows.findIndex((row) => !row.header);
  if (start === block.rows.length || start <= bodyStart) return [table(block, width)];
  const before = { ...block, rows: block.rows.slice(0, start) };
  if (startsPage(start)) {
    return [table(before, width), new Paragraph({ ...PAGE_JOIN, children: [] }), table({ ...block, rows: [...block.rows.slice(0, bodyStart), ...block.rows.slice(start)] }, width)];
  }
  return [table(before, width, 'bottom'), new Paragraph({ ...HIDDEN_JOIN, children: [] }), table({ ...block, rows: block.rows.slice(start) }, width, 'top')];
}

/** A native Word chart (its data travel in the file, so Word's "Edit Data" works). */
function chart(block: ChartBlock, width: number, font: string): Paragraph {
  const widthPx = Math.round((((width / 20) * 96) / 72) * 0.85);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: twipsOfPt(6), after: twipsOfPt(6) },
    children: [
      new ChartRun({
        type: 'column',
        title: { text: block.title, font: { name: font, size: 13, bold: true } },
        categories: block.categories,
        series: block.series.map((s) => ({ name: s.name, values: s.values })),
        valueAxis: { minimum: 0, maximum: block.maxValue, interval: block.valueStep },
        dataLabels: { value: true },
        legend: { position: 'bottom', font: { name: font, size: 11 } },
        font: { name: font },
        transformation: { width: widthPx, height: Math.round(widthPx * 0.5) },
        altText: { name: block.title, description: block.title },
      }),
    ],
  });
}

function primitive(block: PrimitiveBlock, width: number, font: string, pageBreakBefore: boolean, startsPage: (start: number) => boolean): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'paragraph':
      return [paragraph(block, pageBreakBefore)];
    case 'rule':
      return [rule(block, width)];
    case 'table':
      return tableParts(block, width, startsPage);
    case 'chart':
      return [chart(block, width, font)];
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
  }
}

/**
 * The blocks drawn in order. A page break followed by a paragraph becomes that paragraph's "page
 * break before", not an empty paragraph of its own: an empty line at the top of the new page
 * would push a one-page part (the TT44 phiếu) onto a second page.
 */
function primitives(blocks: PrimitiveBlock[], width: number, page: PageSetup): Array<Paragraph | Table> {
  return blocks.flatMap((block, i) => {
    const breakBefore = blocks[i - 1]?.kind === 'pageBreak';
    if (block.kind === 'pageBreak' && blocks[i + 1]?.kind === 'paragraph') return [];
    return primitive(block, width, page.font, breakBefore, (start) => keptRowsStartPage(blocks, i, start, textWidthMm(page), pageTextPt(page)));
  });
}

/**
 * Word needs a paragraph after a document's last table (the signature): at its default 14 pt it
 * would spill onto a page of its own when the signature ends at the foot of a page. It is made
 * one point high, with no spacing.
 */
const TINY_PARAGRAPH = { spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, run: { size: 2 } } as const;
const TINY_PPR = '<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>';

function pageNumberHeader(doc: ReportDocument): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(doc.page.pageNumberSizePt) })],
      }),
    ],
  });
}

function section(doc: ReportDocument): ISectionOptions {
  const { page } = doc;
  const width = twipsOfMm(textWidthMm(page));
  return {
    properties: {
      titlePage: true,
      page: {
        size: {
          // Portrait dimensions; docx swaps them for a landscape page.
          width: twipsOfMm(Math.min(page.widthMm, page.heightMm)),
          height: twipsOfMm(Math.max(page.widthMm, page.heightMm)),
          orientation: page.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: twipsOfMm(page.marginsMm.top),
          bottom: twipsOfMm(page.marginsMm.bottom),
          left: twipsOfMm(page.marginsMm.left),
          right: twipsOfMm(page.marginsMm.right),
          // The page number sits in the middle of the top margin.
          header: twipsOfMm(page.marginsMm.top / 2 - page.pageNumberSizePt / PT_PER_MM / 2),
          footer: twipsOfMm(page.marginsMm.bottom / 2),
        },
        // Each document of the dossier is numbered on its own.
        pageNumbers: { start: 1 },
      },
    },
    headers: { default: pageNumberHeader(doc), first: new Header({ children: [new Paragraph({})] }) },
    children: [...primitives(lower(doc.blocks, textWidthMm(page)), width, page), new Paragraph({ ...TINY_PARAGRAPH, children: [] })],
  };
}

/**
 * The `docx` package tags every chart "en-US", so Word and LibreOffice show its figures as 6.5;
 * the charts are retagged Vietnamese (vi-VN) and their number formats carry that locale, whose
 * decimal mark is the comma (6,5).
 */
function vietnameseCharts(packed: Buffer): Buffer {
  const files = unzipSync(new Uint8Array(packed));
  const charts = Object.keys(files).filter((name) => /^word\/charts\/chart\d+\.xml$/.test(name));
  if (charts.length === 0) return packed;
  for (const name of charts) {
    const xml = strFromU8(files[name])
      .replace(/<c:lang val="en-US"\/>/g, '<c:lang val="vi-VN"/>')
      .replace(/lang="en-US"/g, 'lang="vi-VN"')
      // Number formats carry the Vietnamese locale (LCID 042A), which LibreOffice honours whatever its own.
      .replace(/formatCode="General" sourceLinked="1"/g, 'formatCode="[$-42A]General" sourceLinked="0"')
      .replace(/<c:formatCode>General<\/c:formatCode>/g, '<c:formatCode>[$-42A]General</c:formatCode>');
    files[name] = strToU8(xml);
  }
  return Buffer.from(zipSync(files));
}

/** The paragraphs `docx` adds to carry each section break, made as small as the last one (TINY_PARAGRAPH). */
function tinySectionBreaks(packed: Buffer): Buffer {
  const files = unzipSync(new Uint8Array(packed));
  const xml = strFromU8(files['word/document.xml']);
  files['word/document.xml'] = strToU8(xml.replace(/<w:p><w:pPr><w:sectPr>/g, `<w:p><w:pPr>${TINY_PPR}<w:sectPr>`));
  return Buffer.from(zipSync(files));
}

/** The documents as one .docx, each in its own section, in the order given. */
export async function renderDocx(documents: ReportDocument[], title = 'Hồ sơ Cộng đồng học tập'): Promise<Buffer> {
  const font = documents[0]?.page.font ?? 'Times New Roman';
  const file = new Document({
    title,
    creator: ADDON_NAME,
    styles: { default: { document: { run: { font, size: 28 } } } },
    sections: documents.map(section),
  });
  return vietnameseCharts(tinySectionBreaks(await Packer.toBuffer(file)));
}
