import { formatViNumber } from '../cells/vi-number';
import { lower } from './layout';
import { textWidthMm } from './styles';
import type { PrimitiveBlock, ReportDocument, TableCell } from './model';
import { WORD_JOINER } from './typeset';

/**
 * A document as plain text, one line per paragraph and per table row (cells joined by " | "):
 * what tests search and what a preview can show without rendering, as a reader reads it: without the
 * word joiners that keep a document number whole where a line could end inside it (whole-numbers.ts).
 */
export function documentText(doc: ReportDocument): string {
  return lower(doc.blocks, textWidthMm(doc.page)).flatMap(blockLines).join('\n').split(WORD_JOINER).join('');
}

const cellText = (cell: TableCell): string =>
  'text' in cell
    ? cell.text
    : cell.blocks
        .map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''))
        .filter(Boolean)
        .join(' / ');

function blockLines(block: PrimitiveBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.runs.map((r) => r.text).join('')];
    case 'table':
      return block.rows.map((row) => row.cells.map(cellText).join(' | '));
    case 'chart':
      return [block.title, ...block.categories.map((c, i) => `${c}: ${block.series.map((s) => `${s.name} ${formatViNumber(s.values[i])}`).join(', ')}`)];
    case 'rule':
    case 'pageBreak':
      return [];
  }
}
