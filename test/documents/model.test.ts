/**
 * The dossier model: the right documents, sections, figures and legal references for passing,
 * failing and deferred communes under both rulesets. Expected texts come from the regulations
 * (Thông tư 25/2023 Điều 6–9) and the sample commune (test/fixtures/sample-commune.ts): Xã Hòa An, 2025, TT25
 * values reaching Mức độ 1 but not Mức độ 2 (TC4.3, TC5.1, TC5.2), TT44 points 74,5 → Khá.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier, documentFileName, type DossierResult } from '../../src/core/documents/dossier/dossier';
import type { HeaderBlock, ReportDocument, Run, SignatureBlock, TableBlock } from '../../src/core/documents/model';
import { documentText } from '../../src/core/documents/plain-text';
import { lower } from '../../src/core/documents/layout';
import { heading, para } from '../../src/core/documents/blocks';
import { BODY, CELL } from '../../src/core/documents/styles';
import { SAMPLE_INFO } from '../fixtures/sample-commune';
import type { CommuneAssessment } from '../../src/core/workbook/snapshot';
import { TODAY, blocksOf, byKind, paragraphs, runText, sample, withInfo, withNarrative, withValues } from '../fixtures/dossiers';

function dossier(assessment: CommuneAssessment, today = TODAY): Extract<DossierResult, { ok: true }> {
  const result = buildDossier(assessment, today);
  if (!result.ok) throw new Error(`Dossier refused: ${result.missing.join(' | ')}`);
  return result;
}

const header = (doc: ReportDocument) => blocksOf(doc, 'header')[0] as HeaderBlock;
const signature = (doc: ReportDocument) => blocksOf(doc, 'signature')[0] as SignatureBlock;
const marked = (doc: ReportDocument) => paragraphs(doc).flatMap((p) => p.runs.filter((r) => r.mark === 'fill').map((r) => r.text));
const summaryTable = (doc: ReportDocument) => blocksOf(doc, 'table')[0] as TableBlock;
const cellTexts = (table: TableBlock) => table.rows.map((r) => r.cells.map((c) => ('text' in c ? c.text : '')));

describe('TT25 dossier of the sample commune (Mức độ 1 reached, Mức độ 2 not)', () => {
  const result = dossier(sample('TT25'));
  const { documents } = result;

  it('holds the documents of Điều 9 in filing order, then the minutes of the meeting', () => {
    expect(documents.map((d) => d.kind)).toEqual(['proposal', 'selfReport', 'summary', 'evidence', 'minutes']);
    expect(documents.map((d) => blocksOf(d, 'title')[0].typeName)).toEqual(['TỜ TRÌNH', 'BÁO CÁO', 'BẢN TỔNG HỢP', 'DANH MỤC MINH CHỨNG', 'BIÊN BẢN']);
    expect(result.omitted).toEqual([]);
  });

  it('heads every document with the issuing body, its number and the date as Nghị định 30 writes it', () => {
    const proposal = header(byKind(documents, 'proposal'));
    expect(proposal.parentBody).toBe('UBND TỈNH SÔNG LAM');
    expect(proposal.issuingBody).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ HÒA AN']);
    expect(proposal.number).toBe('Số: 15/TTr-UBND');
    expect(proposal.placeDate).toBe('Hòa An, ngày 05 tháng 3 năm 2026');
    expect(header(byKind(documents, 'selfReport')).number).toBe('Số: 42/BC-UBND');
    // The summary goes with the Tờ trình and takes no number of its own.
    expect(header(byKind(documents, 'summary')).number).toBeNull();
  });

  it('cites each document in "Căn cứ" by its full title and date, never articles in brackets', () => {
    const basis = documentText(byKind(documents, 'proposal'))
      .split('\n')
      .filter((line) => line.startsWith('Căn cứ'));
    expect(basis).toEqual([
      'Căn cứ Thông tư số 25/2023/TT-BGDĐT ngày 27 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Cộng đồng học tập” cấp xã, huyện, tỉnh;',
      'Căn cứ Nghị định số 20/2014/NĐ-CP ngày 24 tháng 3 năm 2014 của Chính phủ về phổ cập giáo dục, xóa mù chữ;',
    ]);
  });

  it('asks in the Tờ trình for the level actually met, citing Thông tư 25/2023', () => {
    const proposal = byKind(documents, 'proposal');
    expect(blocksOf(proposal, 'title')[0].subject).toBe('Về việc đề nghị đánh giá, công nhận xã Hòa An đạt “Cộng đồng học tập” cấp xã Mức độ 1 năm 2025');
    const text = documentText(proposal);
    expect(text).toContain('Kính gửi: Sở Giáo dục và Đào tạo tỉnh Sông Lam.');
    expect(text).toContain('Căn cứ Thông tư số 25/2023/TT-BGDĐT ngày 27 tháng 12 năm 2023');
    expect(text).toContain('Căn cứ Nghị định số 20/2014/NĐ-CP');
    expect(text).toContain('từ ngày 01/01/2025 đến ngày 31/12/2025');
    expect(text).toContain('đạt 15/15 chỉ tiêu Mức độ 1; 12/15 chỉ tiêu Mức độ 2');
    expect(text).toContain('trình Chủ tịch Ủy ban nhân dân tỉnh Sông Lam công nhận xã Hòa An đạt “Cộng đồng học tập” cấp xã Mức độ 1 năm 2025');
    expect(text).toContain('Hội Khuyến học xã, Ủy ban Mặt trận Tổ quốc Việt Nam xã');
  });

  it('signs for the committee and lists the addressee once, as "Như trên"', () => {
    const sig = signature(byKind(documents, 'proposal'));
    expect(sig.signers).toEqual([{ authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn Bình' }]);
    expect(sig.recipients).toEqual(['Như trên', 'Hội Khuyến học tỉnh', 'Đảng ủy xã', 'Lưu: VT, VHXH']);
    expect(signature(byKind(documents, 'selfReport')).recipients).toEqual(SAMPLE_INFO.distribution);
  });

  it('reports every indicator with its value and the requirement of each level', () => {
    const text = documentText(byKind(documents, 'selfReport'));
    for (const heading of ['I. ĐẶC ĐIỂM TÌNH HÌNH', 'II. KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ', 'III. NHẬN XÉT CHUNG', 'IV. KẾT QUẢ TỰ ĐÁNH GIÁ', 'V. KIẾN NGHỊ, ĐỀ XUẤT']) {
      expect(text).toContain(heading);
    }
    // Per indicator: the commune's description, the figures, the evidence codes, the self-assessment.
    expect(text).toContain('Chỉ tiêu 5.1. ');
    expect(text).toContain('- Kết quả thực hiện: Xét công nhận danh hiệu "Công dân học tập" cho 8.912/13.685 công dân');
    expect(text).toContain('- Số liệu: 65,12% (yêu cầu để công nhận Mức độ 1: ≥ 60%; Mức độ 2: ≥ 80%).');
    expect(text).toContain('- Minh chứng: H5.01.');
    expect(text).toContain('- Tự đánh giá: đạt Mức độ 1, không đạt Mức độ 2.');
    // A PCGD level is always "chuẩn mức độ", never confused with the recognition level.
    expect(text).toContain('- Số liệu: đạt chuẩn mức độ 2 (yêu cầu để công nhận Mức độ 1: chuẩn mức độ 2 trở lên; Mức độ 2: chuẩn mức độ 3 trở lên).');
    expect(text).toContain('Các chỉ tiêu không đạt Mức độ 2: chỉ tiêu 4.3, chỉ tiêu 5.1 và chỉ tiêu 5.2.');
    // The workbook's codes (TC5.2a) never appear in prose, nor does a Drive link outside the annex.
    expect(text).not.toMatch(/TC\d/);
    expect(text).not.toContain('https://');
    expect(text).toContain('tự đánh giá xã Hòa An đạt “Cộng đồng học tập” cấp xã Mức độ 1 năm 2025');
  });

  it('takes the narrative from "Nội dung báo cáo" and leaves a visible placeholder where it is blank', () => {
    const report = byKind(documents, 'selfReport');
    expect(documentText(report)).toContain('Cấp ủy, chính quyền xã quan tâm chỉ đạo; Hội Khuyến học xã và 9 chi hội thôn hoạt động đều; nhân dân đồng thuận.');
    const blanks = dossier(withNarrative(sample('TT25'), { highlights: '', lessons: '' }));
    const fills = marked(byKind(blanks.documents, 'selfReport'));
    expect(fills).toHaveLength(2);
    expect(fills[0]).toContain('Kết quả nổi bật');
    expect(fills[1]).toContain('Bài học kinh nghiệm');
    expect(fills.every((f) => f.includes('Nội dung báo cáo'))).toBe(true);
    // The same gaps are in the checklist, and the report is named as incomplete.
    expect(blanks.checklist.filter((c) => c.startsWith('Báo cáo tự đánh giá'))).toHaveLength(2);
    expect(blanks.incomplete).toEqual([report.title]);
  });

  it('charts the indicators met per criterion', () => {
    const [chart] = blocksOf(byKind(documents, 'selfReport'), 'chart');
    expect(chart.categories).toEqual(['Tiêu chí 1', 'Tiêu chí 2', 'Tiêu chí 3', 'Tiêu chí 4', 'Tiêu chí 5']);
    expect(chart.series.map((s) => s.name)).toEqual(['Tổng số chỉ tiêu', 'Đạt Mức độ 1', 'Đạt Mức độ 2']);
    expect(chart.series[0].values).toEqual([3, 3, 3, 4, 2]);
    expect(chart.series[1].values).toEqual([3, 3, 3, 4, 2]);
    expect(chart.series[2].values).toEqual([3, 3, 3, 3, 0]);
  });

  it('sums up each criterion and indicator against Mức độ 1, with the evidence, on a landscape page', () => {
    const summary = byKind(documents, 'summary');
    expect(summary.page.orientation).toBe('landscape');
    expect(documentText(summary)).toContain('(Kèm theo Tờ trình số 15/TTr-UBND ngày 05 tháng 3 năm 2026 của Ủy ban nhân dân xã Hòa An)');
    const rows = cellTexts(summaryTable(summary));
    expect(rows[0]).toEqual(['Mã', 'Tiêu chí, chỉ tiêu', 'Yêu cầu Mức\u00a0độ\u00a01', 'Kết quả của xã', 'Đánh giá', 'Mã minh chứng']);
    // 5 criteria, 15 indicators of which TC5.2 has two figures, a heading and a total row.
    expect(rows).toHaveLength(1 + 5 + 16 + 1);
    const tc51 = rows.find((r) => r[0] === '5.1')!;
    expect(tc51.slice(2, 6)).toEqual(['≥ 60%', '65,12%', 'Đạt', 'H5.01']);
    expect(rows.find((r) => (r[1] ?? '').startsWith('Tỷ lệ công dân trong xã có trình độ đại học'))!.slice(2, 5)).toEqual(['≥ 12%', '12,71%', 'Đạt']);
    expect(rows.find((r) => r[0] === '4.2')!.slice(2, 6)).toEqual(['Chuẩn mức độ 2 trở lên', 'Đạt chuẩn mức độ 3', 'Đạt', 'H4.01, H4.02']);
    // The criterion is a label across the table, not squeezed into the Mã column.
    const tc4 = summaryTable(summary).rows.find((r) => r.span && 'text' in r.cells[0] && r.cells[0].text.startsWith('Tiêu chí 4.'))!;
    expect(tc4.cells).toEqual([{ text: 'Tiêu chí 4. Kết quả phổ cập giáo dục - xóa mù chữ: đạt Mức độ 1' }]);
    expect(rows[rows.length - 1].slice(1, 5)).toEqual(['Tổng số chỉ tiêu đạt Mức độ 1', '', '15/15', 'Đạt Mức độ 1']);
  });

  it('drafts the minutes with the members of "Thông tin" and dots for what happens at the meeting', () => {
    const minutes = byKind(documents, 'minutes');
    expect(header(minutes)).toMatchObject({
      parentBody: 'UBND XÃ HÒA AN',
      issuingBody: ['BAN CHỈ ĐẠO XÂY DỰNG', 'XÃ HỘI HỌC TẬP'],
      number: 'Số: 03/BB-BCĐ',
      placeDate: 'Hòa An, ngày …… tháng …… năm ……',
    });
    const text = documentText(minutes);
    for (const member of SAMPLE_INFO.members) expect(text).toContain(`- ${member.name}, ${member.title} (${member.role})`);
    expect(text).toContain('Chủ trì: Nguyễn Văn Bình, Chủ tịch UBND xã (Trưởng ban).');
    expect(text).toContain('Thư ký: Hoàng Văn Nam');
    expect(text).toContain('Thời gian: vào hồi …… giờ');
    expect(signature(minutes).signers).toEqual([
      { title: 'THƯ KÝ', name: 'Hoàng Văn Nam' },
      { title: 'CHỦ TRÌ', name: 'Nguyễn Văn Bình' },
    ]);
  });

  it('notes the filing deadline of Điều 9 in the checklist', () => {
    expect(result.checklist.join(' ')).toContain('28/02/2026');
  });

  it('names files after the document, the commune and the year', () => {
    expect(documentFileName(documents[0], SAMPLE_INFO)).toBe('Tờ trình đề nghị đánh giá, công nhận Cộng đồng học tập cấp xã - Xã Hòa An - 2025');
  });
});

describe('TT25 commune that does not reach Mức độ 1', () => {
  // TC1.1 not done and 55% "Công dân học tập" (Mức độ 1 asks ≥ 60%).
  const result = dossier(withValues('TT25', { 'TC1.1': 'Không đạt', 'TC5.1': 0.55 }));

  it('gets its self-assessment report and summary, and no Tờ trình nor minutes, saying why', () => {
    expect(result.documents.map((d) => d.kind)).toEqual(['selfReport', 'summary', 'evidence']);
    expect(result.omitted.map((o) => o.title)).toEqual(['Tờ trình đề nghị đánh giá, công nhận “Cộng đồng học tập” cấp xã', 'Biên bản họp đề nghị công nhận “Cộng đồng học tập” cấp xã']);
    expect(result.omitted[0].reason).toContain('chỉ tiêu 1.1 và chỉ tiêu 5.1');
  });

  it('reports the failure against Mức độ 1 and attaches the summary to the report', () => {
    const report = documentText(byKind(result.documents, 'selfReport'));
    expect(report).toContain('chưa đạt “Cộng đồng học tập” cấp xã Mức độ 1 năm 2025; các chỉ tiêu không đạt Mức độ 1: chỉ tiêu 1.1 và chỉ tiêu 5.1');
    const summary = byKind(result.documents, 'summary');
    expect(documentText(summary)).toContain('(Kèm theo Báo cáo số 42/BC-UBND ngày 05 tháng 3 năm 2026');
    const rows = cellTexts(summaryTable(summary));
    expect(rows.find((r) => r[0] === '5.1')!.slice(2, 5)).toEqual(['≥ 60%', '55%', 'Không đạt']);
    expect(rows.find((r) => r[0].startsWith('Tiêu chí 1.'))![0]).toMatch(/: không đạt Mức độ 1$/);
    expect(rows[rows.length - 1].slice(3, 5)).toEqual(['13/15', 'Chưa đạt Mức độ 1']);
  });
});

describe('TT25 commune that reaches Mức độ 2', () => {
  const allMd2 = { 'TC4.3': 'Mức độ 3', 'TC5.1': 0.85, 'TC5.2a': 0.65, 'TC5.2b': 0.16 };
  const subject = (result: Extract<DossierResult, { ok: true }>) => blocksOf(byKind(result.documents, 'proposal'), 'title')[0].subject;

  it('applies for Mức độ 2 when Mức độ 1 was recognised at least 12 months ago', () => {
    const result = dossier(withValues('TT25', allMd2, { md1DecisionDate: new Date(2024, 9, 1) }));
    expect(subject(result)).toContain('Mức độ 2 năm 2025');
    const rows = cellTexts(summaryTable(byKind(result.documents, 'summary')));
    expect(rows[0][2]).toBe('Yêu cầu Mức\u00a0độ\u00a02');
    expect(rows.find((r) => r[0] === '5.1')!.slice(2, 5)).toEqual(['≥ 80%', '85%', 'Đạt']);
    expect(rows.find((r) => (r[1] ?? '').startsWith('Tỷ lệ công dân trong xã được đào tạo'))![2]).toBe('≥ 60%');
  });

  it('applies for Mức độ 1 when the Mức độ 1 decision is under 12 months old, flagging the rule as a secondary source', () => {
    const result = dossier(withValues('TT25', allMd2, { md1DecisionDate: new Date(2025, 8, 1) }));
    expect(subject(result)).toContain('Mức độ 1 năm 2025');
    const proposal = byKind(result.documents, 'proposal');
    expect(documentText(proposal)).toContain('chưa đủ 12 tháng kể từ quyết định công nhận Mức độ 1 ngày 01/09/2025');
    // The unverified rule is in the checklist, not in the text to sign.
    expect(documentText(proposal)).not.toContain('[Cần');
  });

  it('applies for Mức độ 1 when no Mức độ 1 decision is known', () => {
    const result = dossier(withValues('TT25', allMd2));
    expect(subject(result)).toContain('Mức độ 1 năm 2025');
    expect(documentText(byKind(result.documents, 'selfReport'))).toContain('"Ngày quyết định công nhận Mức độ 1"');
  });
});

describe('TT25 commune in a difficult area (xã thuộc vùng khó khăn)', () => {
  it('is held to the lower TC5.2 minimum: 40% and 10% at Mức độ 1', () => {
    const result = dossier(withValues('TT25', { 'TC5.2a': 0.42, 'TC5.2b': 0.105 }, { difficultArea: true }));
    expect(result.documents[0].kind).toBe('proposal');
    const summary = byKind(result.documents, 'summary');
    expect(documentText(summary)).toContain('Xã thuộc vùng khó khăn: Có.');
    const rows = cellTexts(summaryTable(summary));
    expect(rows.find((r) => (r[1] ?? '').startsWith('Tỷ lệ công dân trong xã được đào tạo'))!.slice(2, 5)).toEqual(['≥ 40%', '42%', 'Đạt']);
    expect(rows.find((r) => (r[1] ?? '').startsWith('Tỷ lệ công dân trong xã có trình độ đại học'))!.slice(2, 5)).toEqual(['≥ 10%', '10,5%', 'Đạt']);
  });
});

describe('document numbers not taken yet', () => {
  it('leaves room for the number to be written by hand', () => {
    const result = dossier(withInfo(sample('TT25'), { proposalNumber: '', reportNumber: '' }));
    expect(header(byKind(result.documents, 'proposal')).number).toMatch(/^Số:\s+\/TTr-UBND$/);
    expect(header(byKind(result.documents, 'selfReport')).number).toMatch(/^Số:\s+\/BC-UBND$/);
    // Attachments are cited without a number they do not have yet.
    expect(documentText(byKind(result.documents, 'proposal'))).toContain('1. Báo cáo tự đánh giá, công nhận “Cộng đồng học tập” cấp xã năm 2025;');
  });
});

describe('narrative parts', () => {
  it('become placeholders when all are blank: never invented prose', () => {
    const blank = { advantages: '', difficulties: '', highlights: '', limitations: '', lessons: '', recommendations: '' };
    const report = byKind(dossier(withNarrative(sample('TT25'), blank)).documents, 'selfReport');
    const fills = marked(report);
    expect(fills).toHaveLength(6);
    for (const label of ['Thuận lợi', 'Khó khăn', 'Kết quả nổi bật', 'Hạn chế', 'Bài học kinh nghiệm', 'Kiến nghị, đề xuất']) {
      expect(fills.some((f) => f.includes(label))).toBe(true);
    }
  });

  it("keep the commune's line breaks as paragraphs and leave no placeholder when all are written", () => {
    const written = {
      advantages: 'Thuận lợi thứ nhất.\nThuận lợi thứ hai.',
      difficulties: 'Khó khăn.',
      highlights: 'Kết quả nổi bật.',
      limitations: 'Hạn chế.',
      lessons: 'Bài học.',
      recommendations: 'Kiến nghị.',
    };
    const report = byKind(dossier(withNarrative(sample('TT25'), written)).documents, 'selfReport');
    expect(marked(report)).toEqual([]);
    const texts = paragraphs(report).map((p) => runText(p.runs));
    expect(texts).toContain('Thuận lợi thứ nhất.');
    expect(texts).toContain('Thuận lợi thứ hai.');
  });
});

describe('TT44 dossier of the sample commune (74,5 points)', () => {
  const result = dossier(sample('TT44'));
  const { documents } = result;

  it('holds the Tờ trình, the Báo cáo đánh giá kết quả and the Biên bản tự kiểm tra with its phiếu', () => {
    expect(documents.map((d) => d.kind)).toEqual(['proposal', 'selfReport', 'selfCheck', 'evidence']);
    expect(blocksOf(byKind(documents, 'selfReport'), 'title')[0].subject).toBe('Đánh giá kết quả xây dựng “Cộng đồng học tập” cấp xã năm 2021');
    expect(blocksOf(byKind(documents, 'selfCheck'), 'title').map((t) => t.typeName)).toEqual(['BIÊN BẢN', 'PHIẾU TỰ ĐÁNH GIÁ, CHO ĐIỂM']);
  });

  it('cites Thông tư 44/2014 and states the total and the rating', () => {
    const text = documentText(byKind(documents, 'proposal'));
    expect(text).toContain('Căn cứ Thông tư số 44/2014/TT-BGDĐT ngày 12 tháng 12 năm 2014');
    expect(text).toContain('tổng số điểm đạt 74,5/100 điểm, xếp loại Khá');
    expect(text).toContain('xếp loại Khá.');
  });

  it('says who did what as TT44 Điều 5 and 6 name them, each body by its name: the commune Hội Khuyến học prepares, the chairman certifies, the district decides', () => {
    const text = documentText(byKind(documents, 'proposal'));
    expect(text).toContain('Căn cứ kết quả tự kiểm tra, Hội Khuyến học xã Hòa An đã lập hồ sơ; báo cáo kèm minh chứng có xác nhận của Chủ tịch Ủy ban nhân dân xã Hòa An.');
    // The roles as the text words them ("hội khuyến học cấp xã") and article numbers in brackets are for the checklist, not the text to sign.
    expect(text).not.toMatch(/cấp xã lập|\(Thông tư/);
    const notes = result.checklist.join(' ');
    expect(notes).toContain('hồ sơ gửi ủy ban nhân dân cấp huyện và chủ tịch ủy ban nhân dân cấp huyện quyết định công nhận');
  });

  it("notes TT44's evidence rule under the phiếu as a sentence citing the clause, not a bracket after it", () => {
    expect(documentText(byKind(documents, 'selfCheck'))).toContain('Ghi chú: Theo khoản 2 Điều 4 Thông tư số 44/2014/TT-BGDĐT, các tiêu chí không có minh chứng phù hợp không được chấm điểm.');
  });

  it('no longer marks the rating cut-offs as unverified: they are verbatim (TT44 Điều 4 khoản 3)', () => {
    for (const doc of documents) expect(documentText(doc)).not.toMatch(/\[Cần kiểm tra/);
    expect(result.checklist.join(' ')).toContain('12/02/2024');
  });

  it('scores every criterion in the phiếu, on a page of its own, with the total and the rating', () => {
    const selfCheck = byKind(documents, 'selfCheck');
    expect(selfCheck.blocks.some((b) => b.kind === 'pageBreak')).toBe(true);
    const rows = cellTexts(summaryTable(selfCheck));
    expect(rows[0]).toEqual(['TT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', 'Mã minh chứng']);
    expect(rows).toHaveLength(1 + 15 + 1);
    // The maxima the province entered in its "Bộ tiêu chí" (the sample's scoring guide).
    expect(rows[1].slice(0, 5)).toEqual(['1', 'Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã', '8', '7', 'H1.01']);
    expect(rows[2][3]).toBe('6,5');
    expect(rows[15][1]).toBe('Đảm bảo an ninh trật tự, an toàn xã hội');
    expect(rows[16].slice(1, 5)).toEqual(['Tổng số điểm', '100', '74,5', 'Xếp loại: Khá']);
    // TT44 Điều 4 khoản 2, where the scores are given.
    expect(documentText(selfCheck)).toContain('Ghi chú: Theo khoản 2 Điều 4 Thông tư số 44/2014/TT-BGDĐT, các tiêu chí không có minh chứng phù hợp không được chấm điểm.');
  });

  it('charts the points per criterion', () => {
    const [chart] = blocksOf(byKind(documents, 'selfReport'), 'chart');
    expect(chart.categories).toHaveLength(15);
    expect(chart.series).toEqual([
      { name: 'Điểm tối đa', values: [8, 8, 7, 8, 10, 6, 7, 7, 6, 6, 6, 5, 5, 5, 6] },
      { name: 'Điểm tự chấm', values: [7, 6.5, 6, 7, 8, 5, 5.5, 4.5, 5, 5, 4, 3.5, 3, 2.5, 2] },
    ]);
  });
});

describe('TT44 commune rated "Chưa đạt"', () => {
  it('gets no Tờ trình', () => {
    // 15 criteria at 2 points: 30 of 100, under the Trung bình cut-off of 50.
    const low = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`TC${i + 1}`, 2]));
    const result = dossier(withValues('TT44', low));
    expect(result.documents.map((d) => d.kind)).toEqual(['selfReport', 'selfCheck', 'evidence']);
    expect(result.omitted[0].reason).toContain('Chưa đạt (30/100 điểm)');
    expect(documentText(result.documents[0])).toContain('chưa đủ điều kiện đề nghị công nhận');
  });
});

describe('signature block as laid out', () => {
  it('puts the first of two signers on the left and the second on the right (the minutes: secretary, chair)', () => {
    const [, table] = lower([
      {
        kind: 'signature',
        recipients: null,
        signers: [
          { title: 'Thư ký', name: 'Lê Thị Hoa' },
          { title: 'Chủ trì', name: 'Nguyễn Văn Bình' },
        ],
      },
    ]);
    if (table.kind !== 'table') throw new Error('the signers are laid out as a table');
    const names = table.rows[0].cells.map((cell) => ('blocks' in cell ? cell.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : [])) : []));
    expect(names).toEqual([
      ['THƯ KÝ', 'Lê Thị Hoa'],
      ['CHỦ TRÌ', 'Nguyễn Văn Bình'],
    ]);
  });

  it('writes authority and title in capitals and normalises the Nơi nhận lines the commune typed', () => {
    const typed = withInfo(sample('TT25'), {
      signerAuthority: 'TM. Ủy ban nhân dân',
      signerTitle: 'Chủ tịch',
      distribution: ['- Sở Giáo dục và Đào tạo tỉnh Sông Lam;', 'Đảng ủy xã.', '  ', 'Lưu: VT'],
    });
    const report = byKind(dossier(typed).documents, 'selfReport');
    const lines = documentText(report).split('\n');
    expect(lines[lines.length - 1]).toBe('Nơi nhận: / - Sở Giáo dục và Đào tạo tỉnh Sông Lam; / - Đảng ủy xã; / - Lưu: VT. | TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Nguyễn Văn Bình');
  });
});

describe('paragraphs after a table, as laid out', () => {
  const table: TableBlock = { kind: 'table', widths: [1], borders: true, cellStyle: CELL, rows: [{ cells: [{ text: 'Tổng số chỉ tiêu đạt Mức độ 1' }] }] };

  it('get 6 pt above them, so a heading or "Kết luận" never touches the bottom border; a larger space stays, other paragraphs keep theirs', () => {
    const laidOut = lower([
      para('Theo Thông tư 25/2023/TT-BGDĐT:'),
      table,
      para('Kết luận: xã Hòa An đạt.'),
      para('Trên đây là báo cáo.'),
      table,
      heading(2, '2. Các xã thay đổi kết quả'),
      table,
      para('Rộng', { ...BODY, spaceBeforePt: 12 }),
    ]);
    expect(laidOut.map((b) => (b.kind === 'paragraph' ? [b.runs[0].text, b.style.spaceBeforePt] : [b.kind]))).toEqual([
      ['Theo Thông tư 25/2023/TT-BGDĐT:', undefined],
      ['table'],
      ['Kết luận: xã Hòa An đạt.', 6],
      ['Trên đây là báo cáo.', undefined],
      ['table'],
      ['2. Các xã thay đổi kết quả', 6],
      ['table'],
      ['Rộng', 12],
    ]);
  });
});

describe("a criterion's verdict in the Báo cáo", () => {
  it('keeps the last line of its last indicator with it, and only that line', () => {
    const report = byKind(dossier(sample('TT25')).documents, 'selfReport');
    const kept = report.blocks.flatMap((b, i) =>
      b.kind === 'paragraph' && b.style.keepWithNext && !b.runs[0]?.bold ? [[runText(b.runs), runText((report.blocks[i + 1] as { runs: Run[] }).runs)]] : [],
    );
    expect(kept.map(([text, next]) => [text, next.slice(0, 24)])).toEqual([
      ['- Tự đánh giá: đạt Mức độ 1, đạt Mức độ 2.', 'Tự đánh giá tiêu chí 1: '],
      ['- Tự đánh giá: đạt Mức độ 1, đạt Mức độ 2.', 'Tự đánh giá tiêu chí 2: '],
      ['- Tự đánh giá: đạt Mức độ 1, đạt Mức độ 2.', 'Tự đánh giá tiêu chí 3: '],
      ['- Tự đánh giá: đạt Mức độ 1, đạt Mức độ 2.', 'Tự đánh giá tiêu chí 4: '],
      ['- Tự đánh giá: đạt Mức độ 1, không đạt Mức độ 2.', 'Tự đánh giá tiêu chí 5: '],
    ]);
  });
});
