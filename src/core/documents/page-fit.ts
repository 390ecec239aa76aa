import { lower, PARAGRAPH_GAP_MIN_PT, plainCellStyle, rowKeepsWithNext, SIGNATURE_GAP_PT, scaledGap, TITLE_GAPS_PT } from './layout';
import type { Block, CellBlock, PageSetup, ParagraphBlock, PrimitiveBlock, ReportDocument, TableBlock } from './model';
import { PT_PER_MM, textWidthMm } from './styles';
import { paragraphLines } from './line-count';

/**
 * Whether a one-page document (the Tờ trình) fits its page, and the spacing that makes it fit when it
 * overflows by a few lines. A line's height is 1,15 of its size at single spacing (Times New Roman
 * and Liberation Serif: ascent and descent; read off LibreOffice's PDF, a 13 pt line every 15 pt);
 * a paragraph wraps where a greedy fill of its words at the widths of text-width.ts (an upper
 * bound) breaks it, at spaces only. So the estimate is never short of what LibreOffice, Word or
 * Google Docs print.
 */

/** A line's height as a share of its size, at single spacing. */
const LINE_EM = 1.15;
/** A rule: its 2 pt paragraph, the border and the border's gap (render-docx.ts `rule`). */
const RULE_PT = 4;
/** The line under each row of a bordered table (render-docx.ts LINE: half a point), as LibreOffice adds it to the row. */
const ROW_RULE_PT = 0.5;
/** What a table cell's padding takes from its width, both sides (render-docx.ts CELL_PADDING). */
const CELL_PADDING_MM = 3;

function paragraphPt(block: ParagraphBlock, widthMm: number): number {
  const { style } = block;
  return paragraphLines(block, widthMm) * LINE_EM * style.sizePt * (style.lineSpacing ?? 1) + (style.spaceBeforePt ?? 0) + (style.spaceAfterPt ?? 0);
}

const cellPt = (blocks: CellBlock[], widthMm: number) => blocks.reduce((sum, b) => sum + (b.kind === 'rule' ? RULE_PT : paragraphPt(b, widthMm)), 0);

/** The height of row `r` of `table`: its tallest cell, and the line under it in a bordered table. */
function rowPt(table: TableBlock, r: number, widthMm: number): number {
  const row = table.rows[r];
  const cells = row.cells.map((cell, c) => {
    const inner = (row.span ? widthMm : table.widths[c] * widthMm) - CELL_PADDING_MM;
    const blocks: CellBlock[] = 'text' in cell ? [{ kind: 'paragraph', runs: [{ text: cell.text }], style: plainCellStyle(table, r, c) }] : cell.blocks;
    return cellPt(blocks, inner);
  });
  return Math.max(0, ...cells) + (table.borders ? ROW_RULE_PT : 0);
}

/**
 * The line above a bordered table's first row, which LibreOffice draws again over the heading on each
 * page the table runs onto. Left out, a page of three-line rows measured 0,09 pt short of its foot
 * printed one row fewer, and the Danh mục's last rows went over without their heading (review rev13f F3).
 */
const tableTopPt = (table: TableBlock) => (table.borders ? ROW_RULE_PT : 0);

const tablePt = (table: TableBlock, widthMm: number) => table.rows.reduce((sum, _, r) => sum + rowPt(table, r, widthMm), tableTopPt(table));

/** The height the blocks take on a page `widthMm` wide, in points (a chart or page break: this is for one-page documents, which have none). */
export function blocksHeightPt(blocks: PrimitiveBlock[], widthMm: number): number {
  return blocks.reduce((sum, block) => {
    switch (block.kind) {
      case 'paragraph':
        return sum + paragraphPt(block, widthMm);
      case 'rule':
        return sum + RULE_PT;
      case 'table':
        return sum + tablePt(block, widthMm);
      default:
        throw new Error(`blocksHeightPt: ${block.kind} on a one-page document`);
    }
  }, 0);
}

/** What the DOCX adds after a document's last block: a paragraph after its last table and the one carrying the section break, a point each (render-docx.ts TINY_PARAGRAPH). */
const CLOSING_PARAGRAPHS_PT = 2;

/** The height a page's text may take, in points. */
export const pageTextPt = (page: PageSetup) => (page.heightMm - page.marginsMm.top - page.marginsMm.bottom) * PT_PER_MM;

/** How far the document runs over its page, in points (0 or less: it fits). */
export function overflowPt(doc: ReportDocument): number {
  const width = textWidthMm(doc.page);
  return blocksHeightPt(lower(doc.blocks, width), width) - (pageTextPt(doc.page) - CLOSING_PARAGRAPHS_PT);
}

/** What a gap of `pt` can give: its part above PARAGRAPH_GAP_MIN_PT (`scaledGap`). */
const spare = (pt = 0): number => Math.max(0, pt - PARAGRAPH_GAP_MIN_PT);

/** What the gaps `scale` shrinks can give: the space before and after each top-level paragraph, and a title's and a signature's own (layout.ts), each above 6 pt. */
function gapsPt(blocks: Block[]): number {
  return blocks.reduce((sum, b) => {
    if (b.kind === 'paragraph') return sum + spare(b.style.spaceBeforePt) + spare(b.style.spaceAfterPt);
    if (b.kind === 'title') return sum + spare(TITLE_GAPS_PT.before) + spare(TITLE_GAPS_PT.after);
    return b.kind === 'signature' ? sum + spare(SIGNATURE_GAP_PT) : sum;
  }, 0);
}

/** `blocks` with those gaps scaled by `scale`, each to half a point below. */
function scaledSpacing(blocks: Block[], scale: number): Block[] {
  const scaled = (pt: number | undefined) => (pt === undefined ? undefined : scaledGap(pt, scale));
  return blocks.map((block) => {
    if (block.kind === 'paragraph') return { ...block, style: { ...block.style, spaceBeforePt: scaled(block.style.spaceBeforePt), spaceAfterPt: scaled(block.style.spaceAfterPt) } };
    return block.kind === 'title' || block.kind === 'signature' ? { ...block, gapScale: scale } : block;
  });
}

/**
 * A document that should fit one page, fitted: as it is when it fits; when it runs over by less
 * than what the space before and after its paragraphs holds above the decree's 6 pt
 * (PARAGRAPH_GAP_MIN_PT), that space shrunk in proportion, just enough and never below 6 pt (the
 * text, its size and its line spacing untouched: nothing is dropped); when more, `twoPages()`: the document set for two pages (the Tờ trình
 * at the reports' 14 pt, 1,15 lines and 6 pt gaps), whose first page its text fills. Left compact,
 * it printed its first page a quarter empty, the closing kept with the signature going over whole
 * to a second (review rev13c F1: a ward's Nơi nhận of 10 lines).
 */
export function fitOnePage(doc: ReportDocument, twoPages: () => ReportDocument): ReportDocument {
  const over = overflowPt(doc);
  if (over <= 0) return doc;
  const spacing = gapsPt(doc.blocks);
  if (spacing <= over) return twoPages();
  // Rounded down to the half point, the gaps lose at least `over`; the lines stay as they wrap.
  return { ...doc, blocks: scaledSpacing(doc.blocks, 1 - over / spacing) };
}

/**
 * Within this many points of a page's foot, the rows kept with the closing count as beginning the
 * next page, which the DOCX then starts before them (render-docx.ts `tableParts`): a wrong "begins"
 * costs white space at a page's foot, a wrong "fits" a heading row missing over the last rows. Less
 * than a line of a 13 pt cell, for what the estimate still misses (a row's rounding): the TT44 phiếu,
 * one page by design, is measured 15 pt short of its page and must not be pushed over.
 */
const STARTS_PAGE_MARGIN_PT = 12;

/**
 * Whether the rows of table `at` from `start` on, kept with what follows them to the signature
 * (the paragraphs that keep with the next, and the block they keep with), begin a page: the rows
 * before them filled page by page as they print (rows never split; a page the table runs onto
 * starts with its heading rows again, under the table's top line; a heading row or group label goes with the row after it),
 * after the blocks before the table, on pages `pagePt` high, or come within STARTS_PAGE_MARGIN_PT
 * of its foot. Used by the DOCX to start a page before those rows, which it draws as a table of
 * their own, and repeat the heading row over them (render-docx.ts `tableParts`: LibreOffice repeats
 * a heading only within one table; review 13b finding 8). False when a chart stands before the
 * table, there being no measure of it.
 */
export function keptRowsStartPage(blocks: PrimitiveBlock[], at: number, start: number, widthMm: number, pagePt: number): boolean {
  let y = 0;
  for (const block of blocks.slice(0, at)) {
    if (block.kind === 'chart') return false;
    if (block.kind === 'pageBreak') y = 0;
    else {
      const h = blocksHeightPt([block], widthMm);
      // A paragraph runs on from one page to the next; a table's rows are laid out as they come (a header table, a signature: short).
      y = y + h <= pagePt ? y + h : block.kind === 'paragraph' ? y + h - pagePt : h;
    }
  }
  const table = blocks[at] as TableBlock;
  const heights = table.rows.map((_, r) => rowPt(table, r, widthMm));
  const heading = heights.reduce((sum, h, r) => sum + (table.rows[r].header ? h : 0), tableTopPt(table));
  y += tableTopPt(table);
  for (let r = 0; r < start; r++) {
    const withNext = rowKeepsWithNext(table, r) && r + 1 < start ? heights[r + 1] : 0;
    if (!table.rows[r].header && y + heights[r] + withNext > pagePt) y = heading;
    y += heights[r];
  }
  let kept = heights.slice(start).reduce((sum, h) => sum + h, 0);
  for (let i = at + 1; i < blocks.length; i++) {
    const block = blocks[i];
    kept += blocksHeightPt([block], widthMm);
    if (block.kind !== 'paragraph' || !block.style.keepWithNext) break;
  }
  return y + kept > pagePt - STARTS_PAGE_MARGIN_PT;
}
