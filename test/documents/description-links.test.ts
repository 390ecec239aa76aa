/**
 * Links a commune typed into "Kết quả thực hiện" (newcomer review of issue 13): the text to sign
 * never loses them. A link the evidence list holds is cited by that item's code; any other gets a
 * code of its own in the Danh mục minh chứng (as an old link cell's do), its details left to fill
 * in; an address written wrong is a gap saying what is wrong; a listed item without a code is a gap
 * asking for it. No raw address is printed outside the Danh mục. Expected lines typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier, type DossierResult } from '../../src/core/documents/dossier/dossier';
import type { ParagraphBlock, ReportDocument } from '../../src/core/documents/model';
import { typesetParagraph } from '../../src/core/documents/typeset';
import type { EvidenceItem } from '../../src/core/workbook/evidence';
import { TINY_EVIDENCE, TINY_EVIDENCE_LIST, tinyLevels } from '../fixtures/tiny-levels';
import { linesOf } from './block-lines';

const BODY = 'J14 fl10 sa6 ls1.15';
const CDHT = '“Cộng đồng học tập” cấp xã';
const LIST_HINT = 'ghi ở trang "Danh mục minh chứng" rồi tạo lại hồ sơ';
const ROW_HINT = 'nhập ở cột "Kết quả thực hiện" của trang "Đánh giá" (hoặc ở thanh bên) rồi tạo lại hồ sơ';
const NAME_11 = 'Thực hiện công tác tuyên truyền nâng cao nhận thức cho cộng đồng về học tập suốt đời, xây dựng xã hội học tập';
const WRONG = 'liên kết đúng thay cho "http//drive.google.com/hong" (thiếu dấu ":" sau "http") trong "Kết quả thực hiện" của chỉ tiêu 1.1';
const details = (code: string) => `tên, số, ngày và cơ quan ban hành của minh chứng ${code} (liên kết ghi trong "Kết quả thực hiện" của chỉ tiêu 1.1)`;

const uncoded: EvidenceItem = { code: '', name: 'Danh sách lớp', reference: '', issuer: '', link: 'https://a.vn/khongma', indicators: ['TC5.1'], row: 7 };
const evidence = new Map(TINY_EVIDENCE)
  .set('TC1.1', {
    description: 'Ban hành Kế hoạch (https://drive.google.com/h101). Xem thêm drive.google.com/file/d/moi, và http//drive.google.com/hong.\nDanh sách: https://a.vn/ds',
    links: '',
    owner: '',
  })
  .set('TC5.1', { description: 'Đạt 65% (https://a.vn/khongma).', links: '', owner: '' });
const result = buildDossier({ ...tinyLevels(), evidence, evidenceList: [...TINY_EVIDENCE_LIST, uncoded] }, new Date(2026, 2, 5)) as Extract<DossierResult, { ok: true }>;
const lines = (kind: ReportDocument['kind']) => linesOf(result.documents.find((d) => d.kind === kind)!.blocks);
const after = (all: string[], first: string, count: number) => all.slice(all.indexOf(first), all.indexOf(first) + count);

describe('links in "Kết quả thực hiện"', () => {
  it('are cited in the Báo cáo by the code of their item, a wrong address and a missing code are gaps', () => {
    const report = lines('selfReport');
    expect(after(report, `${BODY} k | *Chỉ tiêu 1.1. ${NAME_11}*`, 5)).toEqual([
      `${BODY} k | *Chỉ tiêu 1.1. ${NAME_11}*`,
      `${BODY} | _- Kết quả thực hiện: _Ban hành Kế hoạch (minh chứng H1.01). Xem thêm minh chứng H1.02, và _⟦[Cần bổ sung: ${WRONG} — ${ROW_HINT}]⟧_.`,
      `${BODY} | Danh sách: minh chứng H1.03`,
      `${BODY} | _- Minh chứng: _H1.01, H1.02, H1.03, H5.01.`,
      `${BODY} k | _- Tự đánh giá: _đạt Mức độ 1, đạt Mức độ 2.`,
    ]);
    expect(report.filter((line) => line.includes('Đạt 65%'))).toEqual([`${BODY} | _- Kết quả thực hiện: _Đạt 65% (_⟦[Cần bổ sung: mã của minh chứng dòng 7 — ${LIST_HINT}]⟧_).`]);
  });

  it('are listed in the Danh mục minh chứng, a new one with a code of its own and its details to fill in', () => {
    expect(lines('evidence').slice(5, -1)).toEqual([
      '  [] 1 | H1.01 | Kế hoạch xây dựng xã hội học tập | Số 08/KH-UBND ngày 20/01/2025 | Ủy ban nhân dân xã | 1.1 | {L12 sb2 sa2 ls1: [https://drive.google.com/h101](https://drive.google.com/h101)}',
      `  [] 2 | H1.02 | {L12 sb2 sa2 ls1: _⟦[Cần bổ sung: ${details('H1.02')} — ${LIST_HINT}]⟧_} |  |  | 1.1 | {L12 sb2 sa2 ls1: [https://drive.google.com/file/d/moi](https://drive.google.com/file/d/moi)}`,
      `  [] 3 | H1.03 | {L12 sb2 sa2 ls1: _⟦[Cần bổ sung: ${details('H1.03')} — ${LIST_HINT}]⟧_} |  |  | 1.1 | {L12 sb2 sa2 ls1: [https://a.vn/ds](https://a.vn/ds)}`,
      '  [] 4 | H5.01 | Báo cáo trình độ | Năm 2025 | Ủy ban nhân dân xã | 5.2, Tiêu chí 1 | {L12 sb2 sa2 ls1: [https://drive.google.com/h501](https://drive.google.com/h501)}',
      `  [] 5 | H5.02 | {L12 sb2 sa2 ls1: _⟦[Cần bổ sung: tên minh chứng H5.02 — ${LIST_HINT}]⟧_} |  | Hội Khuyến học xã | 5.1 | Bản giấy lưu tại xã`,
      '  [] 6 |  | Danh sách lớp |  |  | 5.1 | {L12 sb2 sa2 ls1: [https://a.vn/khongma](https://a.vn/khongma)}',
      'J14 fl10 sb6 sa6 ls1.15 | Tổng số: 6 minh chứng.',
    ]);
  });

  it('leave every gap in the checklist, and no document but the Danh mục prints an address', () => {
    const report = `Báo cáo tự đánh giá, công nhận ${CDHT}`;
    expect(result.checklist.slice(1)).toEqual([
      'Trang "Danh mục minh chứng", cột "Cơ quan ban hành" trống ở dòng 7: Danh mục minh chứng để trống ô này; ghi cơ quan ban hành (nếu có) rồi tạo lại hồ sơ.',
      'Trang "Danh mục minh chứng", cột "Liên kết" trống ở dòng 4 (H5.02): Danh mục minh chứng ghi "Bản giấy lưu tại xã"; nếu không đúng, ghi liên kết hoặc nơi lưu bản giấy rồi tạo lại hồ sơ.',
      `${report}: cần bổ sung Khó khăn: nhập ở mục "Nội dung báo cáo" của trang "Thông tin" rồi tạo lại hồ sơ.`,
      `${report}: cần bổ sung ${WRONG}: ${ROW_HINT}.`,
      `${report}: cần bổ sung kết quả thực hiện của chỉ tiêu 4.3: ${ROW_HINT}.`,
      `${report}: cần bổ sung minh chứng của chỉ tiêu 4.3: ${LIST_HINT}.`,
      `${report}: cần bổ sung mã của minh chứng dòng 7: ${LIST_HINT}.`,
      `${report}: cần bổ sung Bài học kinh nghiệm: nhập ở mục "Nội dung báo cáo" của trang "Thông tin" rồi tạo lại hồ sơ.`,
      `Danh mục minh chứng: cần bổ sung ${details('H1.02')}: ${LIST_HINT}.`,
      `Danh mục minh chứng: cần bổ sung ${details('H1.03')}: ${LIST_HINT}.`,
      `Danh mục minh chứng: cần bổ sung tên minh chứng H5.02: ${LIST_HINT}.`,
    ]);
    const printed = result.documents.filter((d) => d.kind !== 'evidence').flatMap((d) => linesOf(d.blocks));
    // Outside the gaps (which name what to fix), no address is printed.
    expect(printed.map((line) => line.replace(/⟦[^⟧]*⟧/g, '')).filter((line) => /https?:|drive\.google|a\.vn/.test(line))).toEqual([]);
  });
});

/**
 * Quotes or angle brackets typed around an address (newcomer review: “minh chứng H1.03”) set the
 * address apart from the sentence; the code that replaces it needs no quotes, so they go with the
 * address. Quotes around more than the address are the commune's and stay, holding only its words:
 * the typeset text closes them before a code at their end and opens them after one at their start.
 * Expected lines typed by hand: the model keeps straight quotes, the typeset text curls those that stay.
 */
describe('an address typed in quotes in "Kết quả thực hiện"', () => {
  const quoted = new Map(TINY_EVIDENCE).set('TC1.1', {
    description: `Kế hoạch "https://drive.google.com/h101"; ảnh “https://a.vn/anh”, <a.vn/ds> và 'http//b.vn/x'. Biên bản "Họp thôn https://a.vn/anh" ('https://a.vn/ds'), xem "https://a.vn/ds và ‘https://a.vn/anh". Căn cứ "Quyết định số 12/QĐ-UBND https://drive.google.com/h101".`,
    links: '',
    owner: '',
  });
  const built = buildDossier({ ...tinyLevels(), evidence: quoted, evidenceList: TINY_EVIDENCE_LIST }, new Date(2026, 2, 5)) as Extract<DossierResult, { ok: true }>;
  const report = built.documents.find((d) => d.kind === 'selfReport')!;
  const line = report.blocks.find((b): b is ParagraphBlock => b.kind === 'paragraph' && b.runs.some((r) => r.text.includes('Kế hoạch')))!;
  const WRONG_X = 'liên kết đúng thay cho "http//b.vn/x" (thiếu dấu ":" sau "http") trong "Kết quả thực hiện" của chỉ tiêu 1.1';

  it('cites the code without the quotes that enclosed only the address, and keeps quotes around more than it (the code outside them) or without their pair', () => {
    expect(linesOf([line])).toEqual([
      `${BODY} | _- Kết quả thực hiện: _Kế hoạch minh chứng H1.01; ảnh minh chứng H1.02, minh chứng H1.03 và _⟦[Cần bổ sung: ${WRONG_X} — ${ROW_HINT}]⟧_. Biên bản "Họp thôn minh chứng H1.02" (minh chứng H1.03), xem "minh chứng H1.03 và ‘minh chứng H1.02". Căn cứ "Quyết định số 12/QĐ-UBND minh chứng H1.01".`,
    ]);
    expect(
      typesetParagraph(line)
        .runs.map((r) => r.text)
        .join(''),
    ).toBe(
      '- Kết quả thực hiện: Kế hoạch minh chứng H1.01; ảnh minh chứng H1.02, minh chứng H1.03 và [Cần bổ sung: liên kết đúng thay cho “http//b.vn/x” (thiếu dấu “:” sau “http”) trong “Kết quả thực hiện” của chỉ\u00a0tiêu\u00a01.1 — nhập ở cột “Kết quả thực hiện” của trang “Đánh giá” (hoặc ở thanh bên) rồi tạo lại hồ sơ]. Biên bản “Họp thôn” minh chứng H1.02 (minh chứng H1.03), xem minh chứng H1.03 “và ‘minh chứng H1.02”. Căn cứ “Quyết định số\u00a012/QĐ-UBND” minh chứng H1.01.',
    );
  });
});

/** Session 10, F7: an address shortened in its middle in "Kết quả thực hiện" is a gap saying so, never cited as a link nor given a code. */
describe('an address shortened with "…" in its middle in "Kết quả thực hiện"', () => {
  const cut = new Map(TINY_EVIDENCE).set('TC1.1', { description: 'Ban hành Kế hoạch (https://drive.google.com/…/view).', links: '', owner: '' });
  const built = buildDossier({ ...tinyLevels(), evidence: cut, evidenceList: TINY_EVIDENCE_LIST }, new Date(2026, 2, 5)) as Extract<DossierResult, { ok: true }>;
  const SHORT =
    'liên kết đúng thay cho "https://drive.google.com/…/view" (địa chỉ bị rút gọn (có dấu "…" thay cho một đoạn, như khi chép từ Zalo, Facebook hay từ bản in): cần dán lại nguyên địa chỉ) trong "Kết quả thực hiện" của chỉ tiêu 1.1';
  it('prints a gap in the Báo cáo and lists it in the checklist', () => {
    const report = linesOf(built.documents.find((d) => d.kind === 'selfReport')!.blocks);
    expect(report.filter((line) => line.includes('Ban hành Kế hoạch'))).toEqual([`${BODY} | _- Kết quả thực hiện: _Ban hành Kế hoạch (_⟦[Cần bổ sung: ${SHORT} — ${ROW_HINT}]⟧_).`]);
    expect(built.checklist.filter((line) => line.includes('rút gọn'))).toEqual([`Báo cáo tự đánh giá, công nhận ${CDHT}: cần bổ sung ${SHORT}: ${ROW_HINT}.`]);
  });
});
