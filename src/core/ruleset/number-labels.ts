import type { Provenance } from './types';

/**
 * How the number after a label is written: Arabic digits ("Điều 5"), a Roman numeral in capitals
 * ("Chương II", "Phụ lục I"), or one lower-case letter ("điểm a", "điểm đ").
 */
export type Numbering = 'arabic' | 'roman' | 'letter';

/** A word that names what the number after it counts, kept on the line of that number. */
export interface NumberLabel {
  /** Lower case, NFC, words separated by one space: "phụ lục". */
  label: string;
  /** How its number may be written. */
  numbering: readonly Numbering[];
  provenance: Provenance;
}

/**
 * Phần, chương, mục, tiểu mục, điều, khoản, điểm: the parts a text is laid out in, "Phần" and
 * "Chương" numbered in Roman numerals, "điểm" by letters (Nghị định 30/2020/NĐ-CP, Phụ lục I;
 * read in secondary copies, see /work/shared/notes/product-conventions.md §3b).
 */
const ND30_PARTS: Provenance = { ref: 'Nghị định 30/2020/NĐ-CP, Phụ lục I (bố cục văn bản)', status: 'secondary' };
/** The kinds of document a "Căn cứ" line or a commune's evidence names before its number. */
const ND30_KINDS: Provenance = { ref: 'Nghị định 30/2020/NĐ-CP, Điều 7; Luật Ban hành văn bản quy phạm pháp luật, Điều 4', status: 'secondary' };
/** Numbers and dates as documents write them ("số 42/BC-UBND", "ngày 05 tháng 3 năm 2026"). */
const ND30_NUMBERS: Provenance = { ref: 'Nghị định 30/2020/NĐ-CP, Phụ lục I (số, ký hiệu; địa danh và thời gian)', status: 'secondary' };
/** The assessment's own words, as the circulars number them. */
const CIRCULARS: Provenance = { ref: 'Thông tư 25/2023/TT-BGDĐT, Điều 6, 7 (tiêu chí, mức độ); Nghị định 20/2014/NĐ-CP, Điều 6–16 (tiêu chuẩn, mức độ)', status: 'verbatim' };
/** Our shorthand ("phổ cập giáo dục mức 2") and signs ("≥ 60%"): a line ending after them misreads the same way. */
const PRACTICE: Provenance = { ref: 'Thực tiễn trình bày văn bản (không có quy định)', status: 'unverified' };

const arabic: readonly Numbering[] = ['arabic'];
const partLabel = (label: string, numbering: readonly Numbering[]): NumberLabel => ({ label, numbering, provenance: ND30_PARTS });
const kind = (label: string): NumberLabel => ({ label, numbering: arabic, provenance: ND30_KINDS });
const numberWord = (label: string): NumberLabel => ({ label, numbering: arabic, provenance: ND30_NUMBERS });
const assessment = (label: string): NumberLabel => ({ label, numbering: arabic, provenance: CIRCULARS });

/**
 * The labels the documents keep on the line of their number (a line ending between "Chương" and
 * "II" or "Mức độ" and "1" reads as a typo): the parts of a legal text, the kinds of document, the
 * words of numbers and dates, and the assessment's own. Arabic digits are taken after every label,
 * since commune documents number chapters and annexes either way ("Phụ lục 2", "Phụ lục II").
 */
export const NUMBER_LABELS: readonly NumberLabel[] = [
  partLabel('phần', ['roman', 'arabic']),
  partLabel('chương', ['roman', 'arabic']),
  partLabel('mục', ['roman', 'arabic']),
  partLabel('tiểu mục', ['roman', 'arabic']),
  partLabel('điều', arabic),
  partLabel('khoản', arabic),
  partLabel('điểm', ['letter']),
  partLabel('phụ lục', ['roman', 'arabic']),
  partLabel('mẫu', arabic),
  kind('luật'),
  kind('nghị quyết'),
  kind('nghị định'),
  kind('quyết định'),
  kind('thông tư'),
  kind('chỉ thị'),
  kind('kế hoạch'),
  kind('báo cáo'),
  kind('tờ trình'),
  kind('công văn'),
  kind('thông báo'),
  kind('hướng dẫn'),
  kind('biên bản'),
  numberWord('số'),
  numberWord('ngày'),
  numberWord('tháng'),
  numberWord('năm học'),
  numberWord('năm'),
  numberWord('quý'),
  assessment('mức độ'),
  { label: 'mức', numbering: arabic, provenance: PRACTICE },
  assessment('tiêu chí'),
  assessment('chỉ tiêu'),
  assessment('tiêu chuẩn'),
  { label: '≥', numbering: arabic, provenance: PRACTICE },
  { label: '≤', numbering: arabic, provenance: PRACTICE },
];
