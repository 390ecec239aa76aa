import { SHEETS } from '../template/layout';
import type { Block, HeadingBlock, ParagraphBlock, ParagraphStyle, Run, TableRow } from './model';
import { BODY } from './styles';

/** Small constructors the document builders share, so every document is written the same way. */

export function para(content: string | Run[], style: ParagraphStyle = BODY): ParagraphBlock {
  return { kind: 'paragraph', runs: typeof content === 'string' ? [{ text: content }] : content, style };
}

export function heading(level: 1 | 2, text: string): HeadingBlock {
  return { kind: 'heading', level, text };
}

/** Dotted space for what is written by hand on the printed copy (meeting time, place, votes). */
export const DOTS = '……';

/** A whole line of dots for handwriting (the discussion in the minutes). */
export function dottedLine(): ParagraphBlock {
  return para(DOTS.repeat(16), { ...BODY, align: 'left', firstLineMm: 0 });
}

/** Where the commune writes the narrative parts of the reports (a section of "Thông tin"). */
export const NARRATIVE_PLACE = `mục "Nội dung báo cáo" của trang "${SHEETS.info}"`;

/** Where a commune writes a narrative part: the default of `fillRun`'s hint. */
const NARRATIVE_HINT = `nhập ở ${NARRATIVE_PLACE} rồi tạo lại hồ sơ`;

/**
 * A visible gap where only people can write the text: never invented prose. `hint` says where to
 * write it; documents with no sheet to draw their narrative from (the roll-up's summary report)
 * tell people to write it in the document itself.
 */
export function fillRun(label: string, hint = NARRATIVE_HINT): Run {
  return { text: `[Cần bổ sung: ${label} — ${hint}]`, mark: 'fill', italic: true, gap: `${label}: ${hint}` };
}

/**
 * A narrative part as paragraphs: one per line the commune typed (Alt + Enter in the cell), or
 * the placeholder when it is blank.
 */
export function narrativeParagraphs(text: string, label: string): ParagraphBlock[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.length > 0 ? lines.map((line) => para(line)) : [para([fillRun(label)])];
}

/** A numbered section with its narrative: "1. Thuận lợi" and the commune's text. */
export function narrativeSection(title: string, text: string, label = title): Block[] {
  return [heading(2, title), ...narrativeParagraphs(text, label)];
}

export const row = (texts: string[], extra: Omit<TableRow, 'cells'> = {}): TableRow => ({
  cells: texts.map((text) => ({ text })),
  ...extra,
});

/**
 * The rows of one entry (an indicator's parts, 5.2a and 5.2b) kept on one page: each but the last
 * keeps with the row after it (TableRow.keepWithNext, which both renderers follow), so a page never
 * ends between the parts of one indicator.
 */
export function keptTogether(rows: TableRow[]): TableRow[] {
  return rows.map((r, i) => (i < rows.length - 1 ? { ...r, keepWithNext: true } : r));
}

/** `blocks` with the last one, when a paragraph, kept on the page of what follows it. */
export function keepLastWithNext(blocks: Block[]): Block[] {
  const last = blocks[blocks.length - 1];
  if (last?.kind !== 'paragraph') return blocks;
  return [...blocks.slice(0, -1), { ...last, style: { ...last.style, keepWithNext: true } }];
}
