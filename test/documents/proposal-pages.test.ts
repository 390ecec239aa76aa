/**
 * The Tờ trình set for one page or for two (page-fit.ts fitOnePage, frame.ts proposalDocument):
 * compact (13 pt, single lines, gaps of 3 pt or less) while its gaps can take what it runs over;
 * else at the reports' 14 pt, 1,15 lines and 6 pt gaps, so that its first page is filled (review
 * rev13c F1: a ward's Nơi nhận of ten lines left page 1 a quarter empty, printed compact).
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

/** The size, line spacing and gap after of the request ("… kính đề nghị …"), the paragraph set like every body paragraph. */
const requestStyle = (doc: ReportDocument) => {
  const request = doc.blocks.find((b): b is ParagraphBlock => b.kind === 'paragraph' && b.runs.some((r) => r.text.includes('kính đề nghị'))) as ParagraphBlock;
  return [request.style.sizePt, request.style.lineSpacing, request.style.spaceAfterPt];
};

const TEN = [
  'Sở GD&ĐT Thành phố Hà Nội',
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
const WARD = {
  commune: 'Phường Văn Miếu - Quốc Tử Giám',
  province: 'Thành phố Hà Nội',
  signerAuthority: 'KT. CHỦ TỊCH',
  signerTitle: 'PHÓ CHỦ TỊCH',
  md1DecisionDate: new Date(2024, 11, 20),
  difficultArea: true,
};

describe('the Tờ trình', () => {
  it('is compact where it fits one page, the sample as it is', () => {
    expect(requestStyle(proposal({}))).toEqual([13, 1, 3]);
  });
  it('is set for two pages at 14 pt, 1,15 lines and 6 pt gaps where a Nơi nhận of ten lines takes it over by more than its gaps', () => {
    expect(requestStyle(proposal({ ...WARD, distribution: TEN }))).toEqual([14, 1.15, 6]);
  });
});
