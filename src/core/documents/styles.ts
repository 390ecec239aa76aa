import type { PageSetup, ParagraphStyle } from './model';

/**
 * The layout of Nghị định 30/2020/NĐ-CP, Phụ lục I:
 * A4, Times New Roman, margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. We take the
 * smallest margins the decree allows so the wide summary table keeps room.
 */
const A4 = { widthMm: 210, heightMm: 297 };
const MARGINS = { top: 20, bottom: 20, left: 30, right: 15 };

export function pageSetup(orientation: PageSetup['orientation'] = 'portrait'): PageSetup {
  const landscape = orientation === 'landscape';
  return {
    orientation,
    widthMm: landscape ? A4.heightMm : A4.widthMm,
    heightMm: landscape ? A4.widthMm : A4.heightMm,
    marginsMm: { ...MARGINS },
    font: 'Times New Roman',
    pageNumberSizePt: 14,
  };
}

/** The width text runs in, between the side margins. */
export function textWidthMm(page: PageSetup): number {
  return page.widthMm - page.marginsMm.left - page.marginsMm.right;
}

export const PT_PER_MM = 72 / 25.4;

/** Sizes of Phụ lục I (points). */
export const SIZE = {
  body: 14,
  /** The smallest body size Phụ lục I allows (13–14 pt). */
  bodyMin: 13,
  nationalName: 13,
  /** The smallest Quốc hiệu Phụ lục I allows (12–13 pt), for a header whose body needs the room. */
  nationalNameMin: 12,
  motto: 14,
  /** The Tiêu ngữ one step above a 12 pt Quốc hiệu (13–14 pt). */
  mottoMin: 13,
  issuingBody: 13,
  /** The smallest size Phụ lục I allows for the issuing body and its parent (12–13 pt). */
  issuingBodyMin: 12,
  number: 13,
  placeDate: 14,
  /** The smallest place and date line Phụ lục I allows (13–14 pt), for a long place name. */
  placeDateMin: 13,
  typeName: 14,
  subject: 14,
  recipientsLabel: 12,
  recipients: 11,
  signer: 14,
  table: 13,
} as const;

/**
 * Rule lengths. The Tiêu ngữ rule is as long as the line: "Độc lập - Tự do - Hạnh phúc" in Times New
 * Roman bold 14 pt, summed from the font's advance widths, is about 59 mm. The rule under the
 * issuing body is 1/3–1/2 of its line; under the trích yếu a short centred line. At 13 pt (beside
 * a 12 pt Quốc hiệu) the Tiêu ngữ is 13/14 of that, about 55 mm.
 */
export const RULE_MM = { motto: 59, mottoMin: 55, issuingBody: 22, subject: 40 } as const;

/** Body text: justified, first-line indent 1 cm, at least 6 pt between paragraphs, 1–1,5 line spacing. */
export const BODY: ParagraphStyle = {
  align: 'justify',
  sizePt: SIZE.body,
  firstLineMm: 10,
  spaceAfterPt: 6,
  lineSpacing: 1.15,
};

export const CENTERED: ParagraphStyle = { align: 'center', sizePt: SIZE.body };

export const HEADING: Record<1 | 2, ParagraphStyle> = {
  1: { ...BODY, bold: true, spaceBeforePt: 6, keepWithNext: true },
  2: { ...BODY, bold: true, keepWithNext: true },
};

/** Cells of data tables: single spacing, a little air, no indent. */
export const CELL: ParagraphStyle = { align: 'left', sizePt: SIZE.table, spaceBeforePt: 2, spaceAfterPt: 2, lineSpacing: 1 };

/** Lines of the header and signature blocks: single spaced, no gaps. */
export const TIGHT: ParagraphStyle = { align: 'center', sizePt: SIZE.body, lineSpacing: 1, spaceAfterPt: 0 };
