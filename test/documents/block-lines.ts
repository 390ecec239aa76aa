/**
 * A document's blocks as one line each (tables one line per row), with every style field spelled
 * out, so that a test pins a document's whole output with one `toEqual` against lines typed by
 * hand. Styles read "J14 b i fl10 sb6 sa6 ls1.15 k": alignment (L/C/R/J) and size in points, bold,
 * italic, first-line indent (mm), space before/after (pt), line spacing, keep-with-next. Runs show
 * bold as *text*, italic as _text_, a gap to fill as ⟦text⟧ and a link as [text](address).
 */
import type { Block, CellBlock, ParagraphStyle, PrimitiveBlock, Run, TableBlock, TableCell } from '../../src/core/documents/model';

export function styleTag(s: ParagraphStyle): string {
  const parts = [`${s.align.charAt(0).toUpperCase()}${s.sizePt}`];
  if (s.bold) parts.push('b');
  if (s.italic) parts.push('i');
  if (s.firstLineMm !== undefined) parts.push(`fl${s.firstLineMm}`);
  if (s.spaceBeforePt !== undefined) parts.push(`sb${s.spaceBeforePt}`);
  if (s.spaceAfterPt !== undefined) parts.push(`sa${s.spaceAfterPt}`);
  if (s.lineSpacing !== undefined) parts.push(`ls${s.lineSpacing}`);
  if (s.keepWithNext) parts.push('k');
  return parts.join(' ');
}

export function runsText(runs: Run[]): string {
  return runs
    .map((r) => {
      let t = r.text;
      if (r.link !== undefined) t = `[${t}](${r.link})`;
      if (r.mark) t = `⟦${t}⟧`;
      if (r.italic) t = `_${t}_`;
      if (r.bold) t = `*${t}*`;
      return t;
    })
    .join('');
}

function cellBlockText(b: CellBlock): string {
  return b.kind === 'rule' ? `rule ${b.widthMm}mm@${b.sizePt}` : `${styleTag(b.style)}: ${runsText(b.runs)}`;
}

const cellText = (c: TableCell): string => ('text' in c ? c.text : `{${c.blocks.map(cellBlockText).join(' / ')}}`);

export function tableLines(t: TableBlock): string[] {
  const aligns = t.aligns ? ` aligns=${t.aligns.map((a) => a.charAt(0).toUpperCase()).join('')}` : '';
  return [
    `TABLE ${t.widths.join(',')}${t.borders ? ' borders' : ''} cell=${styleTag(t.cellStyle)}${aligns}`,
    ...t.rows.map((r) => {
      const flags = [r.header ? 'h' : '', r.bold ? 'b' : '', r.span ? 's' : '', r.keepWithNext ? 'k' : ''].join('');
      return `  [${flags}] ${r.cells.map(cellText).join(' | ')}`;
    }),
  ];
}

/** One block (semantic or primitive) as lines. */
export function blockLines(b: Block | PrimitiveBlock): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [`${styleTag(b.style)} | ${runsText(b.runs)}`];
    case 'table':
      return tableLines(b);
    case 'header':
      return [`HEADER ${b.parentBody ?? '-'} / ${b.issuingBody.join(' + ')} / ${b.number ?? 'null'} / ${b.placeDate}`];
    case 'title':
      return [`TITLE ${b.typeName} / ${b.subject} / keep: ${(b.keep ?? []).join('; ')}`];
    case 'heading':
      return [`H${b.level} ${b.text}`];
    case 'signature':
      return [`SIGN ${b.recipients === null ? 'null' : b.recipients.join('; ')} / ${b.signers.map((s) => `${s.authority ?? '-'}, ${s.title}, ${s.name || '-'}`).join(' + ')}`];
    case 'chart':
      return [`CHART ${b.id} / ${b.title} / ${b.categories.join(', ')} / max ${b.maxValue ?? '-'} step ${b.valueStep ?? '-'}`, ...b.series.map((s) => `  ${s.name}: ${s.values.join(', ')}`)];
    case 'rule':
      return [`RULE ${b.widthMm}mm@${b.sizePt}`];
    case 'pageBreak':
      return ['PAGEBREAK'];
  }
}

export const linesOf = (blocks: Array<Block | PrimitiveBlock>): string[] => blocks.flatMap(blockLines);
