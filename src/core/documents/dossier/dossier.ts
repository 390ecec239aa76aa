import type { CommuneInfo } from '../../workbook/commune';
import { missingInfo } from '../../workbook/info';
import { readUnitName } from '../../workbook/units';
import { UNIT_KINDS, type UnitLevel } from '../../ruleset/units';
import type { CommuneAssessment } from '../../workbook/snapshot';
import type { DossierContext, Omission } from './frame';
import { levelsDossier, type LevelsEvaluation } from './levels';
import type { ReportDocument } from '../model';
import { pointsDossier, type PointsEvaluation } from './points';
import { bodyName, capitalise, communeNames, parentBodyLine, provinceLine } from '../wording';
import { nameCase } from '../../cells/text';
import { evidenceCatalogue } from './evidence';
import { lower } from '../layout';
import { addedCriteriaCheck, changedThresholdChecks } from './legal';
import { infoField, referenceDateChecks, yearChecks } from './typed-checks';

export type { Omission } from './frame';

export type DossierResult =
  | {
      ok: true;
      /** In filing order. */
      documents: ReportDocument[];
      /** Documents left out, e.g. no Tờ trình for a commune that is not recognised. */
      omitted: Omission[];
      /**
       * What to complete or check before signing, shown in the result dialog and in "Kiểm tra hồ
       * sơ": deadlines, unverified facts, evidence to describe, and every gap left in a document.
       */
      checklist: string[];
      /** Titles of the documents that still hold a gap ("[Cần bổ sung: …]"); the others are complete. */
      incomplete: string[];
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

/** The gaps a document still holds ("Khó khăn: nhập ở …"), in order, each once. */
export function documentGaps(doc: ReportDocument): string[] {
  const gaps = lower(doc.blocks).flatMap((block) => {
    if (block.kind === 'paragraph') return block.runs;
    if (block.kind !== 'table') return [];
    return block.rows.flatMap((row) => row.cells.flatMap((cell) => ('blocks' in cell ? cell.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs : [])) : [])));
  });
  return [...new Set(gaps.flatMap((run) => (run.gap ? [run.gap] : [])))];
}

/**
 * "Thông tin" as the documents write it: names typed in capitals read as names (people by
 * `nameCase`, bodies, titles, roles and recipients by `bodyName`); the header puts them in
 * capitals again. The signer's title and authority stay as typed: they are printed in capitals.
 */
function asWritten(info: CommuneInfo): CommuneInfo {
  return {
    ...info,
    recipientBody: bodyName(info.recipientBody),
    decidingAuthority: bodyName(info.decidingAuthority),
    signerName: nameCase(info.signerName),
    // A Nơi nhận typed on one line, ";" between its recipients, is a line each (review 13d F14).
    distribution: info.distribution.flatMap((line) => line.split(';')).map(bodyName),
    members: info.members.map((m) => ({ name: nameCase(m.name), title: bodyName(m.title), role: bodyName(m.role) })),
  };
}

/**
 * What the documents cannot write of a place's name as the commune meant it (newcomer review of
 * issue 13), as a checklist line naming the field: no kind of unit of its `level` typed ("HÒA AN":
 * the documents say "Ủy ban nhân dân Hòa An", the unit is never guessed), or the unit typed without
 * diacritics ("XA HOA AN": the name read as "Hoa An"). `printed` is what the documents then say.
 */
export function unitChecks(key: 'commune' | 'province', level: UnitLevel, info: CommuneInfo, printed: string): string[] {
  const typed = info[key];
  const { unit, withoutMarks } = readUnitName(typed, level);
  if (unit && !withoutMarks) return [];
  const field = `${infoField(key)}: "${typed}"`;
  if (withoutMarks) return [`${field} gõ không dấu nên hồ sơ ghi "${printed}": gõ lại tên có dấu rồi tạo lại hồ sơ.`];
  const kinds = UNIT_KINDS.filter((k) => k.level === level).map((k) => `"${capitalise(k.name)}"`);
  const either = `${kinds.slice(0, -1).join(', ')} hay ${kinds[kinds.length - 1]}`;
  return [`${field} không có chữ ${either} nên hồ sơ ghi "${printed}": ghi thêm chữ đó trước tên rồi tạo lại hồ sơ.`];
}

export function buildDossier(assessment: CommuneAssessment, today: Date): DossierResult {
  const missing = dossierBlockers(assessment);
  const { evaluation, info } = assessment;
  if (missing.length > 0 || !evaluation) return { ok: false, missing };
  const names = communeNames(info.commune);
  const catalogue = evidenceCatalogue(assessment.evidenceList, assessment.evidence, evaluation.ruleset, names.unit);
  const parentBody = parentBodyLine(info);
  const nameChecks = [
    ...unitChecks('commune', 'xã', info, names.committee),
    // The province is printed only when no body above names its own Ủy ban nhân dân.
    ...(parentBody === provinceLine(info.province) ? unitChecks('province', 'tỉnh', info, parentBody) : []),
  ];
  const ctx: DossierContext = {
    info: asWritten(info),
    narrative: assessment.narrative,
    evidence: assessment.evidence,
    ruleset: evaluation.ruleset,
    catalogue,
    today,
    names,
    parentBody,
  };
  const dossier = evaluation.ruleset.scheme === 'levels' ? levelsDossier(ctx, evaluation as LevelsEvaluation) : pointsDossier(ctx, evaluation as PointsEvaluation);
  const gaps = dossier.documents.flatMap((doc) => documentGaps(doc).map((gap) => `${doc.title}: cần bổ sung ${gap}.`));
  const added = addedCriteriaCheck(evaluation.ruleset);
  const evidenceWarnings = assessment.problems.filter((p) => p.code.startsWith('Trang')).map((p) => p.message);
  return {
    ok: true,
    documents: dossier.documents,
    omitted: dossier.omitted,
    checklist: [
      ...new Set([
        ...nameChecks,
        ...yearChecks(info, evaluation.ruleset, today),
        ...(added ? [added] : []),
        ...changedThresholdChecks(evaluation.ruleset),
        ...dossier.notes,
        ...catalogue.checks,
        ...referenceDateChecks(assessment.evidenceList, today),
        ...evidenceWarnings,
        ...gaps,
      ]),
    ],
    incomplete: dossier.documents.filter((doc) => documentGaps(doc).length > 0).map((doc) => doc.title),
  };
}

/** Characters Drive accepts but Windows file names do not, and quotation marks (straight or curly). */
const UNSAFE = /["“”*/:<>?\\|]/g;

/** "Tờ trình đề nghị đánh giá, công nhận Cộng đồng học tập cấp xã - Xã Hòa An - 2025" */
export function documentFileName(doc: ReportDocument, info: CommuneInfo): string {
  return `${doc.title} - ${info.commune} - ${info.year}`.replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
}
