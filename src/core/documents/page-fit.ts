import { lower, plainCellStyle, rowKeepsWithNext } from './layout';
import type { Block, CellBlock, PageSetup, ParagraphBlock, PrimitiveBlock, ReportDocument, TableBlock } from './model';
import { PT_PER_MM, textWidthMm } from './styles';
import { type Face, printedWidthMm } from './text-width';
import { NBSP } from './typeset';

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

/** The faces of a paragraph's characters: bold (bold italic measured as bold, the wider), italic or regular. */
function faces(block: ParagraphBlock): Array<{ text: string; face: Face }> {
  return block.runs.map((run) => {
    const bold = run.bold ?? block.style.bold ?? false;
    const italic = run.italic ?? block.style.italic ?? false;
    return { text: run.text, face: bold ? 'bold' : italic ? 'italic' : 'regular' };
  });
}

/** How many lines a paragraph takes in `widthMm`: its words filled greedily, the first line short by its indent. */
export function paragraphLines(block: ParagraphBlock, widthMm: number): number {
  const { sizePt } = block.style;
  // Words with their widths: a word runs to the next ordinary space (a non-breaking one holds it together) across runs.
  const words: number[] = [0];
  for (const { text, face } of faces(block)) {
    text.split(/( )/).forEach((piece) => {
      if (piece === ' ') words.push(0);
      else words[words.length - 1] += printedWidthMm(piece.replace(new RegExp(NBSP, 'g'), ' '), sizePt, face);
    });
  }
  const space = printedWidthMm(' ', sizePt, 'regular');
  let lines = 1;
  let used = 0;
  let room = widthMm - (block.style.firstLineMm ?? 0);
  for (const word of words) {
    if (used > 0 && used + space + word > room) {
      lines++;
      used = word;
      room = widthMm;
    } else used += (used > 0 ? space : 0) + word;
    // A word wider than the line (an address in a narrow cell) runs onto the lines it needs: LibreOffice breaks it after a "/" or anywhere.
    while (used > room) {
      lines++;
      used -= room;
      room = widthMm;
    }
  }
  return lines;
}

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

const tablePt = (table: TableBlock, widthMm: number) => table.rows.reduce((sum, _, r) => sum + rowPt(table, r, widthMm), 0);

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

/** `blocks` with the space before and after each top-level paragraph scaled by `scale`, to half a point. */
function scaledSpacing(blocks: Block[], scale: number): Block[] {
  const scaled = (pt: number | undefined) => (pt === undefined ? undefined : Math.floor(pt * scale * 2) / 2);
  return blocks.map((block) =>
    block.kind === 'paragraph' ? { ...block, style: { ...block.style, spaceBeforePt: scaled(block.style.spaceBeforePt), spaceAfterPt: scaled(block.style.spaceAfterPt) } } : block,
  );
}

/**
 * A document that must fit one page, fitted: as it is when it fits; when it runs over by less than
 * the space before and after its paragraphs, that space shrunk in proportion, just enough (the
 * text, its size and its line spacing untouched: nothing is dropped, and Nghị định 30/2020 fixes
 * the sizes, not the gaps); as it is when more (two full pages read better than a cramped one).
 */
export function fitOnePage(doc: ReportDocument): ReportDocument {
  const over = overflowPt(doc);
  if (over <= 0) return doc;
  const spacing = doc.blocks.reduce((sum, b) => sum + (b.kind === 'paragraph' ? (b.style.spaceBeforePt ?? 0) + (b.style.spaceAfterPt ?? 0) : 0), 0);
  if (spacing <= over) return doc;
  // Rounded down to the half point, the gaps lose at least `over`; the lines stay as they wrap.
  return { ...doc, blocks: scaledSpacing(doc.blocks, 1 - over / spacing) };
}

/**
 * Below this many points short of its page, the rows kept with the closing count as fitting: the
 * estimate errs by a line's rounding, and a heading row printed in the middle of a table reads worse
 * than one missing at the top of the last page.
 */
const STARTS_PAGE_MARGIN_PT = 3;

/**
 * Whether the rows of table `at` from `start` on, kept with what follows them to the signature
 * (the paragraphs that keep with the next, and the block they keep with), begin a page: the rows
 * before them filled page by page as they print (rows never split; a page the table runs onto
 * starts with its heading rows again; a heading row or group label goes with the row after it),
 * after the blocks before the table, on pages `pagePt` high. Used by the DOCX to repeat the
 * heading row over those rows, which it draws as a table of their own (render-docx.ts `tableParts`:
 * LibreOffice repeats a heading only within one table; review 13b finding 8). False when a chart
 * stands before the table, there being no measure of it.
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
  const heading = heights.reduce((sum, h, r) => sum + (table.rows[r].header ? h : 0), 0);
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
  return y + kept > pagePt + STARTS_PAGE_MARGIN_PT;
}
