import type { Block, CellBlock, ChartBlock, HeaderBlock, ParagraphBlock, ParagraphStyle, PrimitiveBlock, RuleBlock, SignatureBlock, Signer, TableBlock, TitleBlock } from './model';
import { para, row } from './blocks';
import { CELL, HEADING, PT_PER_MM, RULE_MM, SIZE, TIGHT } from './styles';
import { formatViNumber } from '../cells/vi-number';
import { unitAt } from '../workbook/units';
import { NBSP } from './typeset';

/**
 * Lays the semantic blocks (header, title, heading, signature) out as paragraphs, rules and
 * borderless tables, once, so that the Google Docs and DOCX renderers draw exactly the same
 * layout and only have to know five primitive kinds.
 */

const line = (text: string, style: Partial<ParagraphStyle> = {}): ParagraphBlock => para(text, { ...TIGHT, ...style });

const rule = (widthMm: number, sizePt: number): RuleBlock => ({ kind: 'rule', widthMm, sizePt });

/** `text` with the spaces inside each of `phrases` made non-breaking, so no line ends inside one. */
export function keepTogether(text: string, phrases: string[]): string {
  return phrases.filter(Boolean).reduce((out, phrase) => out.split(phrase).join(phrase.replace(/ /g, NBSP)), text);
}

/**
 * Widths of Times New Roman capitals and spaces as a share of the font size (bold, averaged from
 * the font's advance widths): enough to tell whether a header line fits its column.
 */
const CAPITAL_EM = 0.72;
const SPACE_EM = 0.25;
const estimateMm = (text: string, sizePt: number) => ([...text].reduce((w, ch) => w + (ch === ' ' ? SPACE_EM : CAPITAL_EM), 0) * sizePt) / PT_PER_MM;

/**
 * A header line that does not fit its column is broken before an administrative unit where a unit
 * stands ("TỈNH SÔNG LAM", never the "XÃ" of "XÃ HỘI": `unitAt`), else before "VÀ", else where the
 * halves balance, and each part again until all fit; every part is kept on one line (non-breaking
 * spaces), so Word or Docs never break inside a body's name at a place of their choosing ("SỞ GIÁO
 * DỤC VÀ ĐÀO / TẠO").
 */
export function fitLine(text: string, widthMm: number, sizePt: number): string[] {
  const words = text.split(' ').filter(Boolean);
  if (words.length < 2 || estimateMm(text, sizePt) <= widthMm) return [words.join(NBSP)];
  const before = (found: (i: number) => boolean) => words.findIndex((_, i) => i > 0 && found(i));
  const preferred = [before((i) => unitAt(words, i) > 0), before((i) => words[i] === 'VÀ')].find((i) => i > 0);
  const at = preferred ?? balancedBreak(words, sizePt);
  return [...fitLine(words.slice(0, at).join(' '), widthMm, sizePt), ...fitLine(words.slice(at).join(' '), widthMm, sizePt)];
}

/** The word index where the two halves of a line come closest in width. */
function balancedBreak(words: string[], sizePt: number): number {
  let best = 1;
  let bestDiff = Number.POSITIVE_INFINITY;
  for (let i = 1; i < words.length; i++) {
    const diff = Math.abs(estimateMm(words.slice(0, i).join(' '), sizePt) - estimateMm(words.slice(i).join(' '), sizePt));
    if (diff < bestDiff) [best, bestDiff] = [i, diff];
  }
  return best;
}

/** The header's left column, as a share of the text width (the Quốc hiệu needs the rest). */
const HEADER_LEFT = 0.38;
/** The text width of a portrait A4 page (a landscape header keeps the same proportions). */
const HEADER_TEXT_MM = 165;

/** Issuing body and Số on the left, Quốc hiệu and place/date on the right; rows keep Số and date level. */
function headerTable(header: HeaderBlock): TableBlock {
  const columnMm = HEADER_LEFT * HEADER_TEXT_MM - 3;
  const fitted = (text: string) => fitLine(text, columnMm, SIZE.issuingBody);
  const body: CellBlock[] = [
    ...(header.parentBody ? fitted(header.parentBody).map((text) => line(text, { sizePt: SIZE.issuingBody })) : []),
    ...header.issuingBody.flatMap(fitted).map((text) => line(text, { sizePt: SIZE.issuingBody, bold: true })),
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
    widths: [HEADER_LEFT, 1 - HEADER_LEFT],
    borders: false,
    cellStyle: TIGHT,
    rows: [{ cells: [{ blocks: body }, { blocks: nation }] }, { cells: [{ blocks: number }, { blocks: date }] }],
  };
}

function titleBlocks(title: TitleBlock): PrimitiveBlock[] {
  return [
    line(title.typeName, { sizePt: SIZE.typeName, bold: true, spaceBeforePt: 18 }),
    line(keepTogether(title.subject, title.keep ?? []), { sizePt: SIZE.subject, bold: true }),
    rule(RULE_MM.subject, SIZE.subject),
    line('', { spaceAfterPt: 6 }),
  ];
}

/** Nơi nhận: "- Như trên;" … "- Lưu: VT, VHXH." whatever dashes and stops the user typed. */
export function recipientLines(recipients: string[]): string[] {
  const clean = recipients.map((r) => r.replace(/^[-–•\s]+/, '').replace(/[;.,\s]+$/, '')).filter(Boolean);
  return clean.map((r, i) => `- ${r}${i === clean.length - 1 ? '.' : ';'}`);
}

/** Room above the signer's name for the signature and the seal (about 22 mm). */
const SIGNATURE_SPACE_PT = 62;

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
  const align = row.header ? 'center' : row.span ? 'left' : (table.aligns?.[column] ?? table.cellStyle.align);
  return { ...table.cellStyle, align, bold: Boolean(row.header || row.bold || table.cellStyle.bold) };
}

/**
 * Whether row `rowIndex` of `table` stays on the page of the row after it: a heading row or a group
 * label (unless it is the last row), or a row the model marks (the last before a signature). Both
 * renderers follow it, so neither leaves a heading row or a criterion's name alone at a page foot.
 */
export function rowKeepsWithNext(table: TableBlock, rowIndex: number): boolean {
  const row = table.rows[rowIndex];
  return Boolean(((row.header || row.span) && rowIndex < table.rows.length - 1) || row.keepWithNext);
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
      return [line('', { sizePt: 6, spaceAfterPt: 6, keepWithNext: true }), signatureTable(block)];
    default:
      return [block];
  }
}

/**
 * At most this many paragraphs before a signature go over to its page with it: the closing
 * sentence and what leads to it, enough that the signature never sits under a stub
 * (test/documents/pdf-pages.test.ts), few enough that the chain always fits on a page.
 */
const CLOSING_PARAGRAPHS = 3;

/**
 * The blocks before each signature kept on its page: walking back, the paragraphs up to
 * CLOSING_PARAGRAPHS, stopping after the heading of their section; when a table comes first, its
 * last row too (documents never sign straight after a table, test/documents/samples.test.ts).
 */
function keepClosingWithSignature(blocks: Block[]): Block[] {
  const out = [...blocks];
  out.forEach((block, s) => {
    if (block.kind !== 'signature') return;
    let kept = 0;
    for (let i = s - 1; i >= 0 && kept < CLOSING_PARAGRAPHS; i--) {
      const before = out[i];
      if (before.kind === 'paragraph') {
        out[i] = { ...before, style: { ...before.style, keepWithNext: true } };
        kept++;
      } else if (before.kind === 'table' && before.rows.length > 0) {
        const rows = [...before.rows];
        rows[rows.length - 1] = { ...rows[rows.length - 1], keepWithNext: true };
        out[i] = { ...before, rows };
        return;
      } else {
        // A heading keeps with its section on its own; anything else (a chart, a title) ends the walk.
        return;
      }
    }
  });
  return out;
}

/** Air between a table and the paragraph after it (a heading, "Kết luận", "Tổng số"), which would otherwise touch its bottom border. */
const AFTER_TABLE_PT = 6;

function spacedAfterTables(blocks: PrimitiveBlock[]): PrimitiveBlock[] {
  return blocks.map((block, i) =>
    block.kind === 'paragraph' && blocks[i - 1]?.kind === 'table' && (block.style.spaceBeforePt ?? 0) < AFTER_TABLE_PT ? { ...block, style: { ...block.style, spaceBeforePt: AFTER_TABLE_PT } } : block,
  );
}

export function lower(blocks: Block[]): PrimitiveBlock[] {
  return spacedAfterTables(keepClosingWithSignature(blocks).flatMap(lowerOne));
}
