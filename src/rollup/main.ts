/**
 * The Tổng hợp (roll-up) project's whole public surface, a second Apps Script target built from
 * the same source (scripts/build.ts → dist-rollup/). Every export becomes a top-level Apps
 * Script function carrying its JSDoc. Kept to documentation and delegation: the logic lives in
 * src/core/rollup (pure) and the adapters beside this file.
 */
import { tally } from '../core/formulas/tally';
import type { RangeArg } from '../core/engine/entries';
import type { Grid } from '../core/formulas/assessment';
import { HELP_TEXT, MENU_TITLE, PROGRESS_TITLE, addMenu } from './menu';
import { dialogUi, menuUi, showSidebarFile, tellPerson } from '../gas/live';
import type { UpdateProgress } from '../core/rollup/progress';
import { dialogHtml } from '../gas/dialog';
import { selfCheckLines } from '../gas/self-check';
import { runRollupSelfCheck } from './self-check';
import { liveProbe, liveReportServices, liveServices } from './services';
import { createSummaryReport } from './report';
import { setUpWorkbook } from './setup';
import { readProgress, runUpdate } from './update';

/**
 * Thêm menu "CĐHT Tổng hợp" khi mở bảng tổng hợp.
 */
export function onOpen(): void {
  addMenu(menuUi());
}

/**
 * Thiết lập bảng tổng hợp: tạo trang "Danh sách xã" (dòng tiêu đề, danh sách chọn) và các trang kết quả; không sửa các dòng đã nhập.
 */
export function setUpRollup(): void {
  tellPerson(MENU_TITLE, setUpWorkbook(liveServices()));
}

/**
 * Cập nhật tổng hợp: đọc bảng tính của các xã trong "Danh sách xã" chưa đọc, đã sửa hoặc được đánh dấu đọc lại, rồi tạo lại các trang kết quả. Cũng chạy được từ trình kích hoạt theo thời gian (ví dụ mỗi đêm): khi đó kết quả ghi ở dòng đầu trang "Thống kê".
 */
export function startUpdate(): void {
  tellPerson(MENU_TITLE, runUpdate(liveServices(), 'start').message);
}

/**
 * Tiếp tục lượt cập nhật đang dở; trình kích hoạt theo thời gian gọi hàm này sau mỗi lượt chạy, khi không có ai mở bảng tính: mọi điều cần biết được ghi ở dòng đầu trang "Thống kê".
 */
export function continueUpdate(): void {
  tellPerson(MENU_TITLE, runUpdate(liveServices(), 'continue').message);
}

/**
 * Mở thanh bên "Tiến độ cập nhật": số bảng tính đã đọc, thời gian còn lại, tốc độ đọc, lỗi gần nhất, và các nút cập nhật (chỉ từ menu).
 */
export function showProgressSidebar(): void {
  showSidebarFile('Sidebar', PROGRESS_TITLE);
}

/**
 * Thanh bên gọi: tiến độ của lượt cập nhật đang dở (chỉ dữ liệu thuần: số, chữ, null).
 */
export function getUpdateProgress(): UpdateProgress {
  return readProgress(liveServices());
}

/**
 * Thanh bên gọi: chạy một lượt cập nhật ("start": cập nhật mới, "continue": tiếp tục lượt đang dở) và trả lời kết quả bằng chữ.
 */
export function runUpdateFromSidebar(mode: unknown): { kind: string; message: string } {
  const { kind, message } = runUpdate(liveServices(), mode === 'continue' ? 'continue' : 'start');
  return { kind, message };
}

/**
 * Tạo báo cáo tổng hợp (chỉ từ menu: cần hỏi năm): hỏi năm đánh giá, rồi tạo báo cáo năm đó (Google Tài liệu, theo Nghị định 30/2020/NĐ-CP) từ số liệu của lần cập nhật tổng hợp gần nhất: số xã theo kết quả, tiêu chí nhiều xã không đạt, thay đổi so với năm trước, danh sách xã.
 */
export function createYearReport(): void {
  createSummaryReport(liveReportServices(), dialogUi(320));
}

/**
 * Kiểm tra tiện ích: cài đặt bảng tổng hợp, API Google Sheets, trình kích hoạt và nhịp đọc (chỉ từ menu).
 */
export function checkRollup(): void {
  const services = liveServices();
  dialogUi().showDialog('Kiểm tra tiện ích', dialogHtml(selfCheckLines(runRollupSelfCheck(liveProbe(), services.urlFetch, services.script, new Date()))));
}

/**
 * Hướng dẫn dùng bảng tổng hợp (chỉ từ menu).
 */
export function showHelp(): void {
  dialogUi().alert(`${MENU_TITLE}: hướng dẫn`, HELP_TEXT);
}

/**
 * Đếm số xã theo kết quả: mỗi kết quả của bộ tiêu chí một dòng (từ cao xuống thấp) và dòng "Không xếp loại" cho ô trống hoặc kết quả "Chưa đủ dữ liệu…".
 *
 * @param {Array<Array<string>>} results Vùng kết quả, mỗi xã một ô, ví dụ cột Kết quả (D2:D101). Ô trống được đếm là "Không xếp loại", nên chọn vùng vừa đủ số xã.
 * @param {string} ruleset Bộ tiêu chí: "TT25" (mặc định: Mức độ 2, Mức độ 1, Chưa đạt), "TT44" (Tốt, Khá, Trung bình, Chưa đạt) hoặc vùng bảng Bộ tiêu chí.
 * @return Bảng hai cột: dòng tiêu đề "Kết quả", "Số xã", rồi mỗi kết quả một dòng.
 * @customfunction
 */
export function CDHT_TALLY(results: RangeArg, ruleset?: RangeArg): Grid {
  return tally(results, ruleset);
}
