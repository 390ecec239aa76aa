/**
 * The Tờ trình set for one page or for two (page-fit.ts fitOnePage, frame.ts proposalDocument):
 * compact (13 pt, single lines, gaps of 3 pt or less) while its gaps, its title's and its
 * signature's can take what it runs over; else at the reports' 14 pt, 1,15 lines and 6 pt gaps,
 * so that its first page is filled (review rev13c F1: a ward's Nơi nhận of ten lines went to two
 * pages, page 1 a quarter empty, printed compact: its paragraphs' gaps alone could not take it).
 */
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import type { ParagraphBlock, ReportDocument } from '../../src/core/documents/model';
import type { CommuneInfo } from '../../src/core/workbook/commune';
import { sample, TODAY, withInfo } from '../fixtures/dossiers';

function proposal(info: Partial<CommuneInfo>): ReportDocument {
  const result = buildDossier(withInfo(sample('TT25'), info), TODAY);
  if (!result.ok) throw new Error(result.missing.join(' '));
  return result.documents.find((d) => d.kind === 'proposal') as ReportDocument;
}

/** The size, line spacing and gap after of the request ("… kính đề nghị …"), the paragraph set like every body paragraph; the share of the title's gaps kept. */
const requestStyle = (doc: ReportDocument) => {
  const request = doc.blocks.find((b): b is ParagraphBlock => b.kind === 'paragraph' && b.runs.some((r) => r.text.includes('kính đề nghị'))) as ParagraphBlock;
  const title = doc.blocks.find((b) => b.kind === 'title');
  return [request.style.sizePt, request.style.lineSpacing, request.style.spaceAfterPt, title?.kind === 'title' && title.gapScale !== undefined ? 'title squeezed' : 'title as set'];
};

/** The ward of review rev13c F1 (variant a4): its Nơi nhận of ten lines, the first the addressee, which prints as "Như trên". */
const WARD = {
  commune: 'Phường Văn Miếu - Quốc Tử Giám',
  province: 'Thành phố Hà Nội',
  recipientBody: 'Sở Giáo dục và Đào tạo Thành phố Hà Nội',
  decidingAuthority: 'Chủ tịch Ủy ban nhân dân Thành phố Hà Nội',
  signerAuthority: 'KT. CHỦ TỊCH',
  signerTitle: 'PHÓ CHỦ TỊCH',
  md1DecisionDate: new Date(2024, 11, 20),
  difficultArea: true,
};
const TEN = [
  'Sở Giáo dục và Đào tạo Thành phố Hà Nội',
  'UBND Thành phố Hà Nội (để báo cáo)',
  'Hội Khuyến học Thành phố Hà Nội',
  'Thường trực Đảng ủy phường',
  'Thường trực HĐND phường',
  'Ủy ban MTTQ Việt Nam phường',
  'Chủ tịch, các Phó Chủ tịch UBND phường',
  'Hội Khuyến học phường',
  'Trung tâm học tập cộng đồng phường',
  'Lưu: VT, VHXH',
];
/** Four more lines a ward may list. */
const MORE = ['Ban Tuyên giáo và Dân vận Đảng ủy phường', 'Hội Liên hiệp Phụ nữ phường', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh phường', 'Hội Cựu chiến binh phường'];

describe('the Tờ trình', () => {
  it('is compact where it fits one page, the sample as it is', () => {
    expect(requestStyle(proposal({}))).toEqual([13, 1, 3, 'title as set']);
  });
  it("stays one page with a Nơi nhận of ten lines, from every gap: its paragraphs', its title's and its signature's", () => {
    // About 60 pt over, of some 44 pt of paragraph gaps and 30 of the title's and the signature's: each kept at a sixth or less, 3 pt to 0 (to the half point below).
    expect(requestStyle(proposal({ ...WARD, distribution: TEN }))).toEqual([13, 1, 0, 'title squeezed']);
  });
  it('is set for two pages at 14 pt, 1,15 lines and 6 pt gaps where a Nơi nhận of fourteen lines takes it over by more than all its gaps', () => {
    expect(requestStyle(proposal({ ...WARD, distribution: [...TEN.slice(0, -1), ...MORE, 'Lưu: VT, VHXH'] }))).toEqual([14, 1.15, 6, 'title as set']);
  });
});
