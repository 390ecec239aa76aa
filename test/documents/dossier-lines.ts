/**
 * What the whole-dossier tests (levels-output, points-output) share: the dossier of a fixture, a
 * document as lines (block-lines.ts notation, its kind, title and orientation first), the styles of
 * Nghị định 30/2020 Phụ lục I, and the Danh mục minh chứng, which both circulars' dossiers print
 * alike but for the column its items point at and the document it is sent with.
 */
import { expect } from 'vitest';
import { buildDossier, type DossierResult } from '../../src/core/documents/dossier/dossier';
import type { ReportDocument } from '../../src/core/documents/model';
import type { CommuneAssessment } from '../../src/core/workbook/snapshot';
import { linesOf } from './block-lines';

export const BODY = 'J14 fl10 sa6 ls1.15';
export const COMPACT = 'J13 fl10 sa6 ls1';
export const CDHT = '“Cộng đồng học tập” cấp xã';
export const SIGNER = 'TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH, Nguyễn Văn Bình';

/** The dossier built on `today`; a refusal fails the test with what was missing. */
export function dossierOn(assessment: CommuneAssessment, today: Date): Extract<DossierResult, { ok: true }> {
  const result = buildDossier(assessment, today);
  if (!result.ok) throw new Error(`Dossier refused: ${result.missing.join(' | ')}`);
  return result;
}

export const lines = (doc: ReportDocument) => [`${doc.kind} / ${doc.title} / ${doc.page.orientation}`, ...linesOf(doc.blocks)];
export const doc = (r: { documents: ReportDocument[] }, kind: ReportDocument['kind']) => {
  const found = r.documents.find((d) => d.kind === kind);
  expect(found, kind).toBeDefined();
  return found as ReportDocument;
};

/** The Danh mục minh chứng of xã Hòa An, landscape, its header without a number, its items, their count, signed by the committee. */
export function evidenceList(list: {
  header: string;
  placeDate: string;
  year: number;
  /** "Tờ trình số 15/TTr-UBND ngày …": the document the list goes with. */
  attachedTo: string;
  /** "Chỉ tiêu" (TT25) or "Tiêu chí" (TT44). */
  column: string;
  items: string[];
  total: string;
}): string[] {
  return [
    'evidence / Danh mục minh chứng / landscape',
    `${list.header} / null / ${list.placeDate}`,
    `TITLE DANH MỤC MINH CHỨNG / Kết quả xây dựng ${CDHT} năm ${list.year} của xã Hòa An / keep: ${CDHT}; năm ${list.year}; xã Hòa An`,
    `C14 sa6 | _(Kèm theo ${list.attachedTo})_`,
    'TABLE 0.05,0.08,0.24,0.16,0.17,0.1,0.2 borders cell=L12 sb2 sa2 ls1 aligns=CCLLLCL',
    `  [h] STT | Mã | Tên minh chứng | Số, ngày ban hành | Cơ quan ban hành | ${list.column} | Liên kết`,
    ...list.items,
    `J14 fl10 sb6 sa6 ls1.15 | ${list.total}`,
    `SIGN null / ${SIGNER}`,
  ];
}
