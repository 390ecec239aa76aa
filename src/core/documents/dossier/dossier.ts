import type { CommuneInfo } from '../../workbook/commune';
import { missingInfo } from '../../workbook/info';
import type { CommuneAssessment } from '../../workbook/snapshot';
import type { DossierContext, Omission } from './frame';
import { levelsDossier, type LevelsEvaluation } from './levels';
import type { ReportDocument } from '../model';
import { pointsDossier, type PointsEvaluation } from './points';
import { communeNames } from '../wording';

export type { Omission } from './frame';

export type DossierResult =
  | {
      ok: true;
      /** In filing order. */
      documents: ReportDocument[];
      /** Documents left out, e.g. no Tờ trình for a commune that is not recognised. */
      omitted: Omission[];
      /** Deadlines and facts to check before signing, for the sidebar. */
      notes: string[];
    }
  | { ok: false; missing: string[] };

/**
 * What must be filled in or corrected before a dossier can be made: blank required fields of
 * "Thông tin", bad cells, and indicators without a valid value. A half-empty dossier is worse than
 * none: it would be printed, signed and filed.
 */
export function dossierBlockers(assessment: CommuneAssessment): string[] {
  const { info, evaluation, problems } = assessment;
  const blank = new Set(evaluation?.missing ?? []);
  const messages = [
    ...missingInfo(info).map((label) => `Trang "Thông tin": chưa điền "${label}".`),
    // Errors stop a dossier; of the warnings, only indicators left blank do.
    ...problems.filter((p) => p.severity === 'error' || blank.has(p.code)).map((p) => p.message),
  ];
  if (!evaluation && messages.length === 0) messages.push('Bảng "Bộ tiêu chí" không dùng được: kiểm tra lại trang "Bộ tiêu chí".');
  return [...new Set(messages)];
}

export function buildDossier(assessment: CommuneAssessment, today: Date): DossierResult {
  const missing = dossierBlockers(assessment);
  const { evaluation } = assessment;
  if (missing.length > 0 || !evaluation) return { ok: false, missing };
  const ctx: DossierContext = {
    info: assessment.info,
    narrative: assessment.narrative,
    evidence: assessment.evidence,
    ruleset: evaluation.ruleset,
    today,
    names: communeNames(assessment.info.commune),
  };
  const dossier = evaluation.ruleset.scheme === 'levels' ? levelsDossier(ctx, evaluation as LevelsEvaluation) : pointsDossier(ctx, evaluation as PointsEvaluation);
  return { ok: true, ...dossier };
}

/** Characters Drive accepts but Windows file names do not. */
const UNSAFE = /["*/:<>?\\|]/g;

/** "Tờ trình đề nghị đánh giá, công nhận Cộng đồng học tập cấp xã - Xã Hòa An - 2025" */
export function documentFileName(doc: ReportDocument, info: CommuneInfo): string {
  return `${doc.title} - ${info.commune} - ${info.year}`.replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
}
