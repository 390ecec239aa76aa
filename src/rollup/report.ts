import type { CommuneRecord } from '../core/rollup/record';
import { STATE_KEY } from '../core/rollup/resume';
import { asCounted } from '../core/rollup/duplicates';
import { rollUp } from '../core/rollup/rollup';
import { BLANK_CONTEXT, buildSummaryReport, summaryYears } from '../core/documents/rollup-report/report';
import { layoutChecklist } from '../core/documents/docs-tables';
import { renderGoogleDoc } from '../gas/render-doc';
import { dialogHtml, type DialogLine } from '../gas/dialog';
import { MENU_TITLE } from './menu';
import type { DialogUi } from '../gas/services';
import type { ReportServices } from './services';
import { readRecords } from './store';

/**
 * "Tạo báo cáo tổng hợp": the year's Báo cáo as a Google Doc, from the records the last finished
 * update kept (src/rollup/store.ts), so no commune workbook is read again. The issuing body,
 * number, place and signer are left dotted: the Tổng hợp workbook does not hold them, and the
 * office fills them in the document rather than have them guessed.
 */

export const SUMMARY_DIALOG_TITLE = 'Báo cáo tổng hợp';
const LOCK_WAIT_MS = 5_000;

export type SummaryOutcome = { kind: 'created'; year: number; url: string } | { kind: 'cancelled' } | { kind: 'refused'; message: string };

/** The records of the last finished update, or why there are none to report on. */
function lastRecords(services: ReportServices): CommuneRecord[] | string {
  // The update holds this lock while it rewrites the store.
  if (!services.lock.tryLock(LOCK_WAIT_MS)) return 'Đang có một lượt cập nhật tổng hợp chạy: hãy đợi lượt đó xong rồi tạo báo cáo.';
  try {
    if (services.properties.getProperty(STATE_KEY)) {
      return `Lượt cập nhật tổng hợp chưa xong: hãy bấm ${MENU_TITLE} › Tiếp tục cập nhật cho đến khi xong rồi tạo báo cáo.`;
    }
    const records = [...readRecords(services.spreadsheet).values()].map(asCounted);
    return records.length > 0 ? records : `Chưa có số liệu tổng hợp: hãy bấm ${MENU_TITLE} › Cập nhật tổng hợp trước khi tạo báo cáo.`;
  } finally {
    services.lock.releaseLock();
  }
}

const yearsText = (years: number[]) => (years.length > 0 ? years.join(', ') : 'chưa có');

export function createSummaryReport(services: ReportServices, ui: Pick<DialogUi, 'alert' | 'prompt' | 'showDialog'>): SummaryOutcome {
  const refuse = (message: string): SummaryOutcome => {
    ui.alert(SUMMARY_DIALOG_TITLE, message);
    return { kind: 'refused', message };
  };
  const records = lastRecords(services);
  if (typeof records === 'string') return refuse(records);
  const summary = rollUp(records);
  const years = summaryYears(summary);
  const answer = ui.prompt(SUMMARY_DIALOG_TITLE, `Báo cáo năm đánh giá nào? Các năm có số liệu: ${yearsText(years)}.`);
  if (answer === null) return { kind: 'cancelled' };
  const typed = answer.trim();
  if (typed === '') return refuse(`Chưa ghi năm nào nên chưa tạo báo cáo. Các năm có số liệu: ${yearsText(years)}.`);
  const year = /^\d{4}$/.test(typed) ? Number(typed) : NaN;
  if (!years.includes(year)) {
    return refuse(`Năm "${typed}" không có trong số liệu của lần cập nhật gần nhất nên chưa tạo báo cáo. Các năm có số liệu: ${yearsText(years)}.`);
  }
  const doc = buildSummaryReport(summary, year, BLANK_CONTEXT, new Date(services.clock.now()));
  const rendered = renderGoogleDoc(doc, doc.title, services);
  const lines: DialogLine[] = [
    { text: 'Đã tạo báo cáo tổng hợp (bản nháp để hoàn thiện, ký, đóng dấu):' },
    { text: doc.title, url: rendered.url },
    { text: 'Việc cần làm thêm: ghi tên cơ quan ban hành, số văn bản, địa danh và người ký vào các chỗ "……"; viết các mục "[Cần bổ sung: …]".' },
    ...rendered.manualSteps.map((step) => ({ text: `Việc cần làm thêm: ${step}` })),
    ...layoutChecklist([{ title: doc.title, gaps: rendered.layoutGaps }]).map((item) => ({ text: `Việc cần làm thêm: ${item}` })),
  ];
  ui.showDialog(SUMMARY_DIALOG_TITLE, dialogHtml(lines));
  return { kind: 'created', year, url: rendered.url };
}
