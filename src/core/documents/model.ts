/**
 * The dossier as data: each document is a list of blocks with their styles, built once in the core
 * and drawn by two renderers (Google Docs in the add-on, DOCX in Node). Nothing here knows about
 * either output, so tests can read what a commune will file without rendering anything.
 *
 * Sizes are in points and millimetres, the units of Nghị định 30/2020/NĐ-CP; each renderer converts.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

/**
 * A highlighted run: text only people can write ('fill', e.g. "Khó khăn" left blank in "Nội dung
 * báo cáo"), so that an incomplete document is never printed unnoticed. Facts we could not verify
 * are never marked inside the text to sign: they go to the dossier's checklist.
 */
export type RunMark = 'fill';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  mark?: RunMark;
  /** For a 'fill' run: what to complete and where, as the checklist says it. */
  gap?: string;
  /**
   * The address the run links to (http or https, as linkHref reads it): renderers draw the run as
   * a hyperlink, so the printed PDF is clickable. Only the Danh mục minh chứng prints links.
   */
  link?: string;
  /**
   * For a run printed in place of an address the commune typed in its text (the code of the
   * evidence listing it, or a gap asking for one): that address. The code is our words, so
   * typesetting keeps it out of the commune's quotation marks (typeset.ts, outsideQuotes).
   */
  address?: string;
}

export interface ParagraphStyle {
  align: Align;
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  /** First-line indent (body text). */
  firstLineMm?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  /** Multiple of single spacing; Nghị định 30 allows 1 to 1,5. */
  lineSpacing?: number;
  /** Keeps a heading on the page of what follows it. */
  keepWithNext?: boolean;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
  style: ParagraphStyle;
}

/** A short solid line under the issuing body, the Tiêu ngữ or the trích yếu, centred. */
export interface RuleBlock {
  kind: 'rule';
  widthMm: number;
  /** The size of the text the rule stands under (renderers that draw it as text need it). */
  sizePt: number;
}

export type CellBlock = ParagraphBlock | RuleBlock;

/** A cell is plain text in the table's cell style, or its own paragraphs (header and signature blocks). */
export type TableCell = { text: string } | { blocks: CellBlock[] };

export interface TableRow {
  cells: TableCell[];
  /** Column headings: bold, centred, repeated on every page. */
  header?: boolean;
  /** Criterion rows and totals: bold. */
  bold?: boolean;
  /** A group label (a criterion): its one cell spans every column. */
  span?: boolean;
  /** Kept on the page of what follows the table (its last row, before the closing and signature). */
  keepWithNext?: boolean;
}

export interface TableBlock {
  kind: 'table';
  /** Column widths as fractions of the text width; they add up to 1. */
  widths: number[];
  borders: boolean;
  /** The style of plain cells. */
  cellStyle: ParagraphStyle;
  /** Per column alignment of plain cells (default: the cell style's). */
  aligns?: Align[];
  rows: TableRow[];
}

/** Quốc hiệu, Tiêu ngữ, issuing body, Số and place/date: drawn as a borderless two-column table. */
export interface HeaderBlock {
  kind: 'header';
  /** Cơ quan chủ quản (upright, not bold), e.g. "UBND XÃ HÒA AN" above a Ban chỉ đạo. */
  parentBody?: string;
  /** Cơ quan ban hành, upper case, one entry per line: ["ỦY BAN NHÂN DÂN", "XÃ HÒA AN"]. */
  issuingBody: string[];
  /** "Số: 15/TTr-UBND"; null for a document that takes no number (the Bản tổng hợp). */
  number: string | null;
  /** "Hòa An, ngày 05 tháng 3 năm 2026" (or dotted for a date filled in by hand). */
  placeDate: string;
}

/** Tên loại and trích yếu, centred and bold, with a short rule under them. */
export interface TitleBlock {
  kind: 'title';
  /** "TỜ TRÌNH", "BÁO CÁO", "BIÊN BẢN", "BẢN TỔNG HỢP". */
  typeName: string;
  subject: string;
  /** Phrases never broken across lines ("cấp xã", "Mức độ 1", the commune's name). */
  keep?: string[];
  /** The share of its gaps (above the type name, under the rule) kept, where a one-page document is fitted (page-fit.ts fitOnePage); all when absent. */
  gapScale?: number;
}

export interface HeadingBlock {
  kind: 'heading';
  /** 1: "I. ĐẶC ĐIỂM TÌNH HÌNH"; 2: "1. Thuận lợi". */
  level: 1 | 2;
  text: string;
}

export interface Signer {
  /**
   * "TM. ỦY BAN NHÂN DÂN", or "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH" for a deputy (a line per capacity
   * mark, however typed: layout.ts `capacityLines`); absent for the minutes' secretary and chair.
   */
  authority?: string;
  /** "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "THƯ KÝ"; a capacity mark typed here ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH") starts a line too. */
  title: string;
  /** Blank leaves the line for a handwritten name. */
  name: string;
}

/**
 * Nơi nhận bottom left (when any), signers bottom right; a second signer takes the left instead,
 * and Nơi nhận then goes under both (the minutes, Nghị định 30/2020 Mẫu 1.9).
 */
export interface SignatureBlock {
  kind: 'signature';
  recipients: string[] | null;
  /** The share of the gap above it kept, where a one-page document is fitted (page-fit.ts fitOnePage); all when absent. */
  gapScale?: number;
  signers: [Signer] | [Signer, Signer];
}

/** A chart of the results per criterion. Google Docs draws it from an image when one is given. */
export interface ChartBlock {
  kind: 'chart';
  id: string;
  title: string;
  categories: string[];
  series: Array<{ name: string; values: number[] }>;
  /** The top of the value axis (the most indicators or points a criterion can have), when known. */
  maxValue?: number;
  /** The interval between value-axis labels (1 for counts of indicators). */
  valueStep?: number;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type Block = HeaderBlock | TitleBlock | HeadingBlock | ParagraphBlock | TableBlock | ChartBlock | SignatureBlock | PageBreakBlock;

/** What renderers draw once header, title, heading and signature blocks are laid out. */
export type PrimitiveBlock = ParagraphBlock | RuleBlock | TableBlock | ChartBlock | PageBreakBlock;

export interface PageSetup {
  orientation: 'portrait' | 'landscape';
  /** A4: 210 × 297 mm. */
  widthMm: number;
  heightMm: number;
  marginsMm: { top: number; bottom: number; left: number; right: number };
  font: string;
  /** Page numbers centred in the top margin, from page 2 (Nghị định 30/2020). */
  pageNumberSizePt: number;
}

/** A commune's dossier documents, and the assessing level's yearly report on the roll-up ('rollUpReport'). */
export type DocumentKind = 'proposal' | 'selfReport' | 'summary' | 'evidence' | 'minutes' | 'report' | 'selfCheck' | 'rollUpReport';

export interface ReportDocument {
  kind: DocumentKind;
  /** What the document is called in the dossier, e.g. "Tờ trình đề nghị đánh giá, công nhận". */
  title: string;
  page: PageSetup;
  blocks: Block[];
}
