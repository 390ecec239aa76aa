import type { Block, CellBlock, ChartBlock, HeaderBlock, ParagraphBlock, ParagraphStyle, PrimitiveBlock, RuleBlock, SignatureBlock, Signer, TableBlock, TitleBlock } from './model';
import { para, row } from './blocks';
import { CELL, HEADING, RULE_MM, SIZE, TIGHT } from './styles';
import { formatViNumber } from '../cells/vi-number';

/**
 * Lays the semantic blocks (header, title, heading, signature) out as paragraphs, rules and
 * borderless tables, once, so that the Google Docs and DOCX renderers draw exactly the same
 * layout and only have to know five primitive kinds.
 */

const line = (text: string, style: Partial<ParagraphStyle> = {}): ParagraphBlock => para(text, { ...TIGHT, ...style });

const rule = (widthMm: number, sizePt: number): RuleBlock => ({ kind: 'rule', widthMm, sizePt });

/** Issuing body and Số on the left, Quốc hiệu and place/date on the right; rows keep Số and date level. */
function headerTable(header: HeaderBlock): TableBlock {
  const body: CellBlock[] = [
    ...(header.parentBody ? [line(header.parentBody, { sizePt: SIZE.issuingBody })] : []),
    ...header.issuingBody.map((text) => line(text, { sizePt: SIZE.issuingBody, bold: true })),
    rule(RULE_MM.issuingBody, SIZE.issuingBody),
  ];
  const nation: CellBlock[] = [
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { sizePt: SIZE.nationalName, bold: true }),
    line('Độc lập - Tự do - Hạnh phúc', { sizePt: SIZE.motto, bold: true }),
    rule(RULE_MM.motto, SIZE.motto),
  ];
  const number = header.number === null ? [] : [line(header.number, { sizePt: SIZE.number, spaceBeforePt: 4 })];
  const date = [line(header.placeDate, { sizePt: SIZE.placeDate, italic: true, spaceBeforePt: 4 })];
  return {
    kind: 'table',
    widths: [0.38, 0.62],
    borders: false,
    cellStyle: TIGHT,
    rows: [{ cells: [{ blocks: body }, { blocks: nation }] }, { cells: [{ blocks: number }, { blocks: date }] }],
  };
}

function titleBlocks(title: TitleBlock): PrimitiveBlock[] {
  return [
    line(title.typeName, { sizePt: SIZE.typeName, bold: true, spaceBeforePt: 18 }),
    line(title.subject, { sizePt: SIZE.subject, bold: true }),
    rule(RULE_MM.subject, SIZE.subject),
    line('', { spaceAfterPt: 6 }),
  ];
}

/** Nơi nhận: "- Như trên;" … "- Lưu: VT, VHXH." whatever dashes and stops the user typed. */
export function recipientLines(recipients: string[]): string[] {
  const clean = recipients.map((r) => r.replace(/^[-–•\s]+/, '').replace(/[;.,\s]+$/, '')).filter(Boolean);
  return clean.map((r, i) => `- ${r}${i === clean.length - 1 ? '.' : ';'}`);
}

/** Room above the signer's name for the signature and the seal (about 25 mm). */
const SIGNATURE_SPACE_PT = 72;

/** Authority and title in capitals (Nghị định 30/2020), whatever case "Thông tin" holds. */
function signerBlocks(signer: Signer): CellBlock[] {
  const bold = { bold: true, sizePt: SIZE.signer };
  return [...(signer.authority ? [line(signer.authority.toUpperCase(), bold)] : []), line(signer.title.toUpperCase(), bold), line(signer.name, { ...bold, spaceBeforePt: SIGNATURE_SPACE_PT })];
}

function recipientBlocks(recipients: string[]): CellBlock[] {
  return [
    line('Nơi nhận:', { align: 'left', sizePt: SIZE.recipientsLabel, bold: true, italic: true }),
    ...recipientLines(recipients).map((text) => line(text, { align: 'left', sizePt: SIZE.recipients })),
  ];
}

function signatureTable(signature: SignatureBlock): TableBlock {
  const [first, second] = signature.signers;
  const left = second ? signerBlocks(first) : signature.recipients ? recipientBlocks(signature.recipients) : [];
  const right = signerBlocks(second ?? first);
  return {
    kind: 'table',
    widths: second ? [0.5, 0.5] : [0.45, 0.55],
    borders: false,
    cellStyle: TIGHT,
    rows: [{ cells: [{ blocks: left }, { blocks: right }] }],
  };
}

/** The style of a plain cell: the table's, aligned per column; heading rows centred, heading and bold rows bold. */
export function plainCellStyle(table: TableBlock, rowIndex: number, column: number): ParagraphStyle {
  const row = table.rows[rowIndex];
  const align = row.header ? 'center' : (table.aligns?.[column] ?? table.cellStyle.align);
  return { ...table.cellStyle, align, bold: Boolean(row.header || row.bold || table.cellStyle.bold) };
}

/** The chart's figures as a table: what a renderer draws when it has no way to draw the chart. */
export function chartTable(chart: ChartBlock): TableBlock {
  const share = 0.6 / chart.series.length;
  return {
    kind: 'table',
    widths: [0.4, ...chart.series.map(() => share)],
    borders: true,
    cellStyle: CELL,
    aligns: ['left', ...chart.series.map((): 'center' => 'center')],
    rows: [
      row([chart.title, ...chart.series.map((s) => s.name)], { header: true }),
      ...chart.categories.map((category, i) => row([category, ...chart.series.map((s) => formatViNumber(s.values[i]))])),
    ],
  };
}

function lowerOne(block: Block): PrimitiveBlock[] {
  switch (block.kind) {
    case 'header':
      return [headerTable(block)];
    case 'title':
      return titleBlocks(block);
    case 'heading':
      return [para(block.text, HEADING[block.level])];
    case 'signature':
      return [line('', { spaceAfterPt: 6, keepWithNext: true }), signatureTable(block)];
    default:
      return [block];
  }
}

export function lower(blocks: Block[]): PrimitiveBlock[] {
  const out: PrimitiveBlock[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    // A signature never stands alone on a page: the last line of text goes over with it.
    if (block.kind === 'signature' && last?.kind === 'paragraph') {
      out[out.length - 1] = { ...last, style: { ...last.style, keepWithNext: true } };
    }
    out.push(...lowerOne(block));
  }
  return out;
}
