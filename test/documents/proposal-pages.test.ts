/**
 * The Tờ trình set for one page or for two (page-fit.ts fitOnePage, frame.ts proposalDocument):
 * compact (13 pt, single lines, 6 pt between paragraphs, the least Nghị định 30/2020 allows) while
 * its larger gaps (the title's above its type name) can take what it runs over; else at the
 * reports' 14 pt, 1,15 lines and 6 pt gaps, so that its first page is filled (review rev13c F1: a
 * ward's Nơi nhận of ten lines went to two pages, page 1 a quarter empty, printed compact).
 */
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import type { ParagraphBlock, ReportDocument } from '../../src/core/documents/model';
import type { CommuneInfo } from '../../src/core/workbook/commune';
import { sample, TODAY, withInfo } from '../fixtures/dossiers';
import { FOURTEEN_RECIPIENTS, TEN_RECIPIENTS, WARD } from '../fixtures/long-distribution';

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

describe('the Tờ trình', () => {
  it('is compact where it fits one page, the sample as it is, its paragraphs 6 pt apart (the title’s gap above taking a few points)', () => {
    expect(requestStyle(proposal({}))).toEqual([13, 1, 6, 'title squeezed']);
  });
  it('is set for two pages, page 1 filled, where a Nơi nhận of ten lines takes it over by more than its gaps give above 6 pt', () => {
    // About 60 pt over (review rev13c F1); its gaps above 6 pt give some 14 pt (the title's 12, the Kính gửi's 2).
    expect(requestStyle(proposal({ ...WARD, distribution: TEN_RECIPIENTS }))).toEqual([14, 1.15, 6, 'title as set']);
  });
  it('is set for two pages at 14 pt, 1,15 lines and 6 pt gaps where a Nơi nhận of fourteen lines takes it over by more than all its gaps', () => {
    expect(requestStyle(proposal({ ...WARD, distribution: FOURTEEN_RECIPIENTS }))).toEqual([14, 1.15, 6, 'title as set']);
  });
});
