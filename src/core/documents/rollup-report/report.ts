import type { RollUp } from '../../rollup/rollup';
import { DOTS, fillRun, heading, para } from '../blocks';
import { documentOf, headerOf, signatureOf } from '../dossier/frame';
import { nameCase } from '../../cells/text';
import type { Block, ReportDocument } from '../model';
import { changesSection, communeListsSection, criteriaSection, generalSituation, statisticsSection, unreadableSection } from './sections';
import { bodyAbbreviation, bodyHeader, bodyName, bodyParts, CDHT, capitalise, numberLine } from '../wording';

/**
 * The assessing level's report for one year ("Tạo báo cáo tổng hợp" in the Tổng hợp workbook):
 * a Báo cáo in the layout of Nghị định 30/2020/NĐ-CP, drawn by the same renderers as the commune
 * dossier. Its figures come from the roll-up; its judgements are gaps for people to write.
 */

export interface SummaryContext {
  /** The issuing body as written in a sentence, e.g. "Sở Giáo dục và Đào tạo tỉnh Sông Lam"; a line break splits its header lines. */
  body: string;
  /** Before the date: "Sông Lam, ngày …". */
  place: string;
  signerName: string;
  /** "GIÁM ĐỐC". */
  signerTitle: string;
  /** "KT. GIÁM ĐỐC" or "TM. …"; blank when the head signs in person. */
  signerAuthority: string;
  /** "15/BC-SGDĐT"; blank leaves room for the number the office gives when it issues the report. */
  number: string;
}

/** Blank context fields print as dots, so the report is completed by hand rather than guessed. */
export const BLANK_CONTEXT: SummaryContext = { body: '', place: '', signerName: '', signerTitle: '', signerAuthority: '', number: '' };

/** The roll-up has no narrative sheet: the judgements are written in the document itself. */
export const SUMMARY_FILL_HINT = 'viết trực tiếp vào văn bản này trước khi ký';

/** The document's name, without quotes so that it is also a safe file name. */
export const summaryTitle = (year: number) => `Báo cáo tổng hợp kết quả đánh giá, công nhận Cộng đồng học tập cấp xã năm ${year}`;

/** The assessment years the register lists (rows whose year could not be read belong to none). */
export function summaryYears(rollUp: RollUp): number[] {
  return rollUp.coverage.map((c) => c.year).filter((year) => year > 0);
}

/** The sections of figures, in order: each a heading and what the roll-up says of the year. */
const FIGURES: ReadonlyArray<readonly [string, (rollUp: RollUp, year: number) => Block[]]> = [
  ['I. TÌNH HÌNH CHUNG', generalSituation],
  ['II. KẾT QUẢ ĐÁNH GIÁ, CÔNG NHẬN', statisticsSection],
  ['III. CÁC TIÊU CHÍ NHIỀU XÃ KHÔNG ĐẠT', criteriaSection],
  ['IV. THAY ĐỔI SO VỚI NĂM ĐÁNH GIÁ TRƯỚC', changesSection],
  ['V. DANH SÁCH XÃ THEO KẾT QUẢ', communeListsSection],
  ['VI. DANH SÁCH XÃ KHÔNG ĐỌC ĐƯỢC KẾT QUẢ', unreadableSection],
];

const gap = (label: string) => para([fillRun(label, SUMMARY_FILL_HINT)]);

export function buildSummaryReport(rollUp: RollUp, year: number, context: SummaryContext, today: Date): ReportDocument {
  // In a sentence, a body typed in capitals reads as a name (its parent line left to the header); the header writes it in capitals.
  const body = bodyName(bodyParts(context.body).lines.join(' '));
  const subject = `Tổng hợp kết quả đánh giá, công nhận ${CDHT} năm ${year}`;
  const blocks: Block[] = [
    { ...headerOf([], numberLine(context.number, 'BC', bodyAbbreviation(context.body)), capitalise(nameCase(context.place.trim())) || DOTS, today), ...bodyHeader(context.body) },
    { kind: 'title', typeName: 'BÁO CÁO', subject, keep: [CDHT, `năm ${year}`] },
    para(body ? `${capitalise(body)} báo cáo kết quả đánh giá, công nhận ${CDHT} năm ${year} như sau:` : `Kết quả đánh giá, công nhận ${CDHT} năm ${year} như sau:`),
    ...FIGURES.flatMap(([title, section]) => [heading(1, title), ...section(rollUp, year)]),
    heading(1, 'VII. ĐÁNH GIÁ CHUNG'),
    heading(2, '1. Kết quả nổi bật'),
    gap('Kết quả nổi bật'),
    heading(2, '2. Hạn chế, nguyên nhân'),
    gap('Hạn chế, nguyên nhân'),
    heading(1, 'VIII. KIẾN NGHỊ, ĐỀ XUẤT'),
    gap('Kiến nghị, đề xuất'),
    para(`Trên đây là báo cáo tổng hợp kết quả đánh giá, công nhận ${CDHT} năm ${year}${body ? ` của ${body}` : ''}./.`),
    // Place and signer written as the commune dossier writes its own ("lê văn minh", "NGUYỄN VĂN MINH" → "Nguyễn Văn Minh"; review 13c F7).
    signatureOf({ authority: context.signerAuthority.trim() || undefined, title: context.signerTitle.trim() || DOTS, name: nameCase(context.signerName.trim()) }, ['Lưu: VT']),
  ];
  return documentOf('rollUpReport', summaryTitle(year), blocks);
}
