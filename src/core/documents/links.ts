import { linkHref } from '../workbook/evidence';
import { plainCellStyle } from './layout';
import type { Block, CellBlock, Run, TableBlock, TableCell } from './model';

/**
 * Links as the model holds them: a run that prints an address carries it (Run.link), so both
 * renderers draw a hyperlink and the PDF made from either is clickable. Only a text that is wholly
 * an http(s) address, as linkHref reads it and as typed, becomes a link: never a "javascript:" text,
 * a gap quoting an address written wrong, or a scheme-less address (the annex prints it with its
 * https://, so a scheme-less text is no address of the annex).
 */

/** `run` as a link to the address it prints, when its whole text is one; otherwise unchanged. */
export function linkRun(run: Run): Run {
  return run.link === undefined && linkHref(run.text) === run.text ? { ...run, link: run.text } : run;
}

const linkedBlock = (block: CellBlock): CellBlock => (block.kind === 'paragraph' ? { ...block, runs: block.runs.map(linkRun) } : block);

/** A plain cell that is an address becomes a paragraph in the cell's own style holding its link run. */
function linkedCell(table: TableBlock, rowIndex: number, column: number, cell: TableCell): TableCell {
  if (!('text' in cell)) return { blocks: cell.blocks.map(linkedBlock) };
  const run = linkRun({ text: cell.text });
  return run.link === undefined ? cell : { blocks: [{ kind: 'paragraph', runs: [run], style: plainCellStyle(table, rowIndex, column) }] };
}

/** `blocks` with every run and plain table cell that prints an address made a link to it. */
export function withLinks(blocks: Block[]): Block[] {
  return blocks.map((block) => {
    if (block.kind === 'paragraph') return linkedBlock(block) as Block;
    if (block.kind !== 'table') return block;
    return { ...block, rows: block.rows.map((row, r) => ({ ...row, cells: row.cells.map((cell, c) => linkedCell(block, r, c, cell)) })) };
  });
}
