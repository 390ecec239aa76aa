import { buildDossier, documentFileName, dossierBlockers } from '../core/documents/dossier';
import { formatViDate } from '../core/cells/vi-date';
import { isBlank } from '../core/cells/values';
import { DOSSIER_LABELS, infoValueCell } from '../core/workbook/info';
import { NAMES } from '../core/workbook/names';
import { assessWorkbook, type CommuneAssessment } from '../core/workbook/snapshot';
import { layoutChecklist } from '../core/documents/docs-tables';
import { renderGoogleDoc, type DocsApiLike, type DocumentAppLike, type RenderedDoc } from '../gas/render-doc';
import type { DialogLine } from '../gas/dialog';
import type { RangeLike, SpreadsheetLike } from '../gas/spreadsheet';
import { SHEETS } from '../core/template/layout';
import { identifySheets } from './setup/setup';
import { NOT_SET_UP, readSnapshot, unreadableRuleset } from './workbook-reader';

/**
 * The workbook assessed, with its "Thông tin" range, or what stops both actions: NOT_SET_UP when a
 * named range the dossier reads is gone (deleted by hand), the table's errors when no ruleset can
 * be read. Both actions then say the same thing, never that filled fields or entered values are missing.
 */
function setUpAssessment(spreadsheet: SpreadsheetLike): { assessment: CommuneAssessment; infoBlock: RangeLike } | string {
  const infoBlock = spreadsheet.getRangeByName(NAMES.info);
  if (!infoBlock || !spreadsheet.getRangeByName(NAMES.indicators)) return NOT_SET_UP;
  const assessment = assessWorkbook(readSnapshot(spreadsheet));
  return assessment.ruleset ? { assessment, infoBlock } : unreadableRuleset(assessment.problems);
}

/**
 * "Kiểm tra hồ sơ": what is missing before a dossier can be made, or that it can be, with the
 * checklist of "Tạo hồ sơ" as of `now` (the same clock generation is given: whether the filing
 * deadline has passed reads the same in both).
 */
export function checkDossier(spreadsheet: SpreadsheetLike, now: Date): DialogLine[] {
  const setUp = setUpAssessment(spreadsheet);
  if (typeof setUp === 'string') return [{ text: setUp }];
  const { assessment } = setUp;
  const blockers = dossierBlockers(assessment);
  if (blockers.length === 0) {
    const rating = assessment.evaluation?.ratingText ?? '';
    const result = buildDossier(assessment, now);
    return [{ text: `Đủ thông tin để tạo hồ sơ. Kết quả tự đánh giá: ${rating}.` }, ...(result.ok ? checklistLines(result.checklist) : []), { text: 'Chọn menu CĐHT → "Tạo hồ sơ / báo cáo".' }];
  }
  return [{ text: `Cần bổ sung ${blockers.length} mục trước khi tạo hồ sơ:` }, ...blockers.map((b) => ({ text: `• ${b}` }))];
}

/** The checklist as dialog lines: what to complete or check before signing, never printed in the documents. */
function checklistLines(checklist: string[]): DialogLine[] {
  if (checklist.length === 0) return [{ text: 'Không còn mục nào cần bổ sung hay kiểm tra trước khi ký.' }];
  return [{ text: `Trước khi ký, cần bổ sung hoặc kiểm tra ${checklist.length} mục:` }, ...checklist.map((c) => ({ text: `☐ ${c}` }))];
}

/**
 * Google's export link: the signed-in user downloads the document as PDF (no script scope needed;
 * see the README table "Google behaviours this add-on relies on").
 */
export const pdfUrl = (id: string): string => `https://docs.google.com/document/d/${encodeURIComponent(id)}/export?format=pdf`;

export interface DossierDeps {
  spreadsheet: SpreadsheetLike;
  documentApp: DocumentAppLike;
  /** The Docs advanced service, or null where the project lacks it: group rows then stay unmerged. */
  docs: DocsApiLike | null;
  /**
   * The first chart of the sheet called `sheetName` as an image, or null where it cannot be had.
   * Asked for "Kết quả" by the name its tab has now (a renamed sheet has its chart too).
   */
  chartImage: (sheetName: string) => GoogleAppsScript.Base.BlobSource | null;
  /** Asks the user; false cancels. */
  confirm: (message: string) => boolean;
  /** Shows how far generation has got (a toast in the sheet). */
  progress: (message: string) => void;
  /**
   * The spreadsheet's editors' e-mail addresses: each new document is shared with them as editors,
   * because the committee completes and corrects the drafts together before signing.
   */
  editors: () => string[];
  now: Date;
}

/** A template sheet's name as its tab reads now: set-up finds a renamed sheet by its tag (identifySheets). */
function sheetNameNow(spreadsheet: SpreadsheetLike, specName: string): string {
  const sheets = spreadsheet.getSheets();
  const { found } = identifySheets(
    sheets.map((sheet) => sheet.getName()),
    sheets,
    [],
  );
  return found.get(specName)?.getName() ?? specName;
}

/**
 * "Tạo hồ sơ / báo cáo": one Google Doc per document of the dossier. Generating again asks first
 * and never touches the earlier documents; the new links and time go into "Thông tin" only once
 * every document exists, so a Google-side failure leaves the workbook as it was.
 */
export function generateDossier(deps: DossierDeps): DialogLine[] {
  const { now } = deps;
  const setUp = setUpAssessment(deps.spreadsheet);
  if (typeof setUp === 'string') return [{ text: setUp }];
  const { assessment, infoBlock } = setUp;
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
  const image = deps.chartImage(sheetNameNow(deps.spreadsheet, SHEETS.results));
  const options = { ...(image ? { chartImages: new Map([['criteria', image]]) } : {}), editors: deps.editors() };
  const created: Array<{ title: string; rendered: RenderedDoc }> = [];
  try {
    result.documents.forEach((doc, i) => {
      deps.progress(`Đang tạo văn bản ${i + 1}/${result.documents.length}: ${doc.title}`);
      created.push({ title: doc.title, rendered: renderGoogleDoc(doc, documentFileName(doc, assessment.info), deps, options) });
    });
  } catch (thrown) {
    // The workbook is left as it was: the links go into "Thông tin" only when every document exists.
    const failed = result.documents[created.length]?.title ?? '';
    return [
      { text: `Tạo hồ sơ bị dừng ở văn bản "${failed}" (${(thrown as Error).message}). Trang "${infoBlock.getSheet().getName()}" không thay đổi.` },
      ...(created.length > 0
        ? [{ text: `${created.length} văn bản đã được tạo trong Google Drive của bạn (có thể xóa hoặc giữ lại):` }, ...created.map((c) => ({ text: c.title, url: c.rendered.url }))]
        : [{ text: 'Chưa có văn bản nào được tạo.' }]),
      { text: 'Hãy thử lại sau ít phút.' },
    ];
  }
  if (link) infoBlock.getCell(link.row + 1, link.column + 1).setValue(created.map((c) => c.rendered.url).join('\n'));
  if (time) infoBlock.getCell(time.row + 1, time.column + 1).setValue(now);
  // Every document is shared with the same editors (options.editors).
  const shared = created[0]?.rendered.sharedWith.length ?? 0;
  return [
    { text: `Đã tạo ${created.length} văn bản (bản nháp để in, ký, đóng dấu). Mở từng văn bản hoặc tải bản PDF:` },
    ...created.flatMap((c) => [
      { text: c.title, url: c.rendered.url },
      { text: `${c.title} (PDF)`, url: pdfUrl(c.rendered.id) },
    ]),
    { text: shared > 0 ? `Đã chia sẻ quyền chỉnh sửa cho ${shared} người đang có quyền sửa bảng tính này.` : 'Chưa chia sẻ cho ai: bảng tính không có người chỉnh sửa nào khác.' },
    ...result.omitted.map((o) => ({ text: `Không tạo: ${o.title} — ${o.reason}` })),
    ...(result.incomplete.length > 0 ? [{ text: `Chưa hoàn chỉnh (còn chỗ đánh dấu vàng "[Cần bổ sung…]"): ${result.incomplete.join('; ')}.` }] : []),
    ...checklistLines([...result.checklist, ...layoutChecklist(created.map((c) => ({ title: c.title, gaps: c.rendered.layoutGaps })))]),
    ...[...new Set(created.flatMap((c) => c.rendered.manualSteps))].map((s) => ({ text: `Việc cần làm thêm: ${s}` })),
  ];
}
