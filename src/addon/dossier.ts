import { buildDossier, documentFileName, dossierBlockers } from '../core/documents/dossier';
import { formatViDate } from '../core/cells/vi-date';
import { isBlank } from '../core/cells/values';
import { DOSSIER_LABELS, infoValueCell } from '../core/workbook/info';
import { NAMES } from '../core/workbook/names';
import { assessWorkbook } from '../core/workbook/snapshot';
import { renderGoogleDoc, type DocumentAppLike } from '../gas/render-doc';
import type { DialogLine } from '../gas/dialog';
import type { SpreadsheetLike } from '../gas/spreadsheet';
import { NOT_SET_UP, readSnapshot } from './workbook-reader';

/** "Kiểm tra hồ sơ": what is missing before a dossier can be made, or that it can be. */
export function checkDossier(spreadsheet: SpreadsheetLike): DialogLine[] {
  const assessment = assessWorkbook(readSnapshot(spreadsheet));
  if (!assessment.ruleset || !spreadsheet.getRangeByName(NAMES.indicators)) return [{ text: NOT_SET_UP }];
  const blockers = dossierBlockers(assessment);
  if (blockers.length === 0) {
    const rating = assessment.evaluation?.ratingText ?? '';
    return [{ text: `Đủ thông tin để tạo hồ sơ. Kết quả tự đánh giá: ${rating}.` }, { text: 'Chọn menu CĐHT → "Tạo hồ sơ / báo cáo".' }];
  }
  return [{ text: `Cần bổ sung ${blockers.length} mục trước khi tạo hồ sơ:` }, ...blockers.map((b) => ({ text: `• ${b}` }))];
}

export interface DossierDeps {
  spreadsheet: SpreadsheetLike;
  documentApp: DocumentAppLike;
  /** The "Kết quả" chart as an image, or null where it cannot be had. */
  chartImage: () => GoogleAppsScript.Base.BlobSource | null;
  /** Asks the user; false cancels. */
  confirm: (message: string) => boolean;
  now: Date;
}

/**
 * "Tạo hồ sơ / báo cáo": one Google Doc per document of the dossier. Generating again asks first
 * and never touches the earlier documents; the new links and time go into "Thông tin" only once
 * every document exists, so a Google-side failure leaves the workbook as it was.
 */
export function generateDossier(deps: DossierDeps): DialogLine[] {
  const { spreadsheet, now } = deps;
  const infoBlock = spreadsheet.getRangeByName(NAMES.info);
  const assessment = assessWorkbook(readSnapshot(spreadsheet));
  if (!infoBlock || !assessment.ruleset) return [{ text: NOT_SET_UP }];
  const result = buildDossier(assessment, now);
  if (!result.ok) return [{ text: `Chưa tạo được hồ sơ. Cần bổ sung ${result.missing.length} mục:` }, ...result.missing.map((m) => ({ text: `• ${m}` }))];

  const rows = infoBlock.getValues();
  const [link, time] = [infoValueCell(rows, DOSSIER_LABELS.link), infoValueCell(rows, DOSSIER_LABELS.time)];
  const previous = link ? rows[link.row][link.column] : '';
  const previousTime = time ? rows[time.row][time.column] : '';
  if (!isBlank(previous)) {
    const when = previousTime instanceof Date ? ` lúc ${formatViDate(previousTime)}` : '';
    if (!deps.confirm(`Hồ sơ đã được tạo${when}. Tạo bộ hồ sơ mới? Bộ cũ vẫn giữ nguyên trong Google Drive.`)) {
      return [{ text: 'Đã hủy: không tạo hồ sơ mới.' }];
    }
  }
  const image = deps.chartImage();
  const chartImages = image ? new Map([['criteria', image]]) : undefined;
  const created = result.documents.map((doc) => ({
    title: doc.title,
    rendered: renderGoogleDoc(doc, documentFileName(doc, assessment.info), deps.documentApp, chartImages ? { chartImages } : {}),
  }));
  if (link) infoBlock.getCell(link.row + 1, link.column + 1).setValue(created.map((c) => c.rendered.url).join('\n'));
  if (time) infoBlock.getCell(time.row + 1, time.column + 1).setValue(now);
  return [
    { text: `Đã tạo ${created.length} văn bản (bản nháp để in, ký, đóng dấu):` },
    ...created.map((c) => ({ text: c.title, url: c.rendered.url })),
    ...result.omitted.map((o) => ({ text: `Không tạo: ${o.title} — ${o.reason}` })),
    ...result.notes.map((n) => ({ text: `Lưu ý: ${n}` })),
    ...[...new Set(created.flatMap((c) => c.rendered.manualSteps))].map((s) => ({ text: `Việc cần làm thêm: ${s}` })),
  ];
}
