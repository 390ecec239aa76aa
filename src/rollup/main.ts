/**
 * The Tổng hợp (roll-up) project's whole public surface, a second Apps Script target built from
 * the same source (scripts/build.ts → dist-rollup/). Every export becomes a top-level Apps
 * Script function carrying its JSDoc. Kept to documentation and delegation: the logic lives in
 * src/core/rollup (pure) and the adapters beside this file.
 */
import { tally } from '../core/formulas/tally';
import type { RangeArg } from '../core/engine/entries';
import type { Grid } from '../core/formulas/assessment';
import { HELP_TEXT, MENU_TITLE, addMenu } from './menu';
import { dialogUi, menuUi } from '../gas/live';
import { dialogHtml } from '../gas/dialog';
import { selfCheckLines } from '../gas/self-check';
import { runRollupSelfCheck } from './self-check';
import { liveProbe, liveReportServices, liveServices, liveUi } from './services';
import { createSummaryReport } from './report';
import { setUpWorkbook } from './setup';
import { runUpdate } from './update';

/**
 * Thêm menu "CĐHT Tổng hợp" khi mở bảng tổng hợp.
 */
export function onOpen(): void {
  addMenu(menuUi());
}

/**
 * Thiết lập bảng tổng hợp: tạo trang "Danh sách xã" (dòng tiêu đề, danh sách chọn) và các trang kết quả; không sửa các dòng đã nhập.
 */
export function thietLapBangTongHop(): void {
  const message = setUpWorkbook(liveServices());
  liveUi()?.alert(MENU_TITLE, message);
}

/**
 * Cập nhật tổng hợp: đọc lại bảng tính của mọi xã trong "Danh sách xã" rồi tạo lại các trang kết quả.
 */
export function capNhatTongHop(): void {
  liveUi()?.alert(MENU_TITLE, runUpdate(liveServices(), 'start').message);
}

/**
 * Tiếp tục lượt cập nhật đang dở (cũng được trình kích hoạt theo thời gian gọi sau mỗi lượt chạy 6 phút).
 */
export function tiepTucCapNhat(): void {
  // From the trigger there is no UI: the toast and the first line of "Thống kê" tell instead.
  liveUi()?.alert(MENU_TITLE, runUpdate(liveServices(), 'continue').message);
}

/**
 * Tạo báo cáo tổng hợp: hỏi năm đánh giá, rồi tạo báo cáo năm đó (Google Tài liệu, theo Nghị định 30/2020/NĐ-CP) từ số liệu của lần cập nhật tổng hợp gần nhất: số xã theo kết quả, tiêu chí nhiều xã không đạt, thay đổi so với năm trước, danh sách xã.
 */
export function taoBaoCaoTongHop(): void {
  createSummaryReport(liveReportServices(), dialogUi(320));
}

/**
 * Kiểm tra tiện ích: cài đặt bảng tổng hợp, API Google Sheets, trình kích hoạt và nhịp đọc.
 */
export function kiemTraTienIch(): void {
  const services = liveServices();
  dialogUi().showDialog('Kiểm tra tiện ích', dialogHtml(selfCheckLines(runRollupSelfCheck(liveProbe(), services.urlFetch, services.script, new Date()))));
}

/**
 * Hướng dẫn dùng bảng tổng hợp.
 */
export function huongDan(): void {
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
