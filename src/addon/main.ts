/**
 * The add-on's whole public surface: every export here becomes a top-level Apps Script function
 * (the build copies each JSDoc onto a stub), so custom functions get their Vietnamese help in Sheets.
 * Keep this file to documentation and delegation; the logic lives in src/core and the adapters.
 */
import { ADDON_NAME } from '../core/addon-name';
import { tally } from '../core/formulas/tally';
import type { RangeArg } from '../core/engine/entries';
import { cdhtCheck, cdhtCriteria, cdhtRating, cdhtResults, cdhtScore, type Grid } from '../core/formulas/assessment';
import { cdhtRate } from '../core/formulas/rate';
import type { SaveRequest, SaveResult, SidebarServer, SidebarState } from '../core/sidebar/protocol';
import {
  activeSheetName,
  activeSpreadsheet,
  dialogUi,
  docsApi,
  documentApp,
  documentLock,
  firstChartImage,
  flush,
  menuUi,
  openedAsAddon,
  probeSpreadsheet,
  showSidebarFile,
  spreadsheetEditors,
  spreadsheetFactories,
  toast,
} from '../gas/live';
import { dialogHtml } from '../gas/dialog';
import { selfCheckLines } from '../gas/self-check';
import { runSelfCheck } from './self-check';
import { checkDossier as checkDossierLines, generateDossier as generateDossierDocs } from './dossier';
import { PUBLISHED_AS_ADDON } from './deployment';
import { AGGREGATION_HELP_TEXT, HELP_TEXT } from './help-text';
import { buildMenu } from './menu';
import { restoreYear, startNewYear as startYear } from './new-year';
import { loadSidebarState, saveSidebarChanges as saveChanges } from './sidebar';
import { setupMessage } from './setup/message';
import { setupWorkbook as setup } from './setup/setup';

/**
 * Kết quả đánh giá "Cộng đồng học tập" cấp xã: mức độ công nhận (TT25) hoặc xếp loại (TT44).
 *
 * @param {Array<Array<string>>} codes Cột mã chỉ tiêu (TC1.1, TC1.2 …). Dòng để trống mã (dòng tiêu đề) được bỏ qua.
 * @param {Array<Array<string>>} values Cột giá trị tương ứng, cùng số dòng với cột mã.
 * @param {string} ruleset Bộ tiêu chí: "TT25" (mặc định), "TT44" hoặc vùng bảng Bộ tiêu chí.
 * @param {boolean} difficult_area Xã thuộc vùng khó khăn: TRUE hoặc "Có". Mặc định là không.
 * @return "Mức độ 2", "Mức độ 1" hoặc "Chưa đạt" (TT25); "Tốt", "Khá", "Trung bình" hoặc "Chưa đạt" (TT44); "Chưa đủ dữ liệu…" khi còn chỉ tiêu (TT44: tiêu chí) chưa nhập.
 * @customfunction
 */
export function CDHT_RATING(codes: RangeArg, values: RangeArg, ruleset?: RangeArg, difficult_area?: RangeArg): string {
  return cdhtRating(codes, values, ruleset, difficult_area);
}

/**
 * Điểm đánh giá: tổng điểm (TT44) hoặc số chỉ tiêu đạt Mức độ 1 (TT25, từ 0 đến 15).
 *
 * @param {Array<Array<string>>} codes Cột mã chỉ tiêu. Dòng để trống mã được bỏ qua.
 * @param {Array<Array<string>>} values Cột giá trị tương ứng, cùng số dòng với cột mã.
 * @param {string} ruleset Bộ tiêu chí: "TT25" (mặc định), "TT44" hoặc vùng bảng Bộ tiêu chí.
 * @param {boolean} difficult_area Xã thuộc vùng khó khăn: TRUE hoặc "Có". Mặc định là không.
 * @return Tổng điểm (TT44) hoặc số chỉ tiêu đạt Mức độ 1 (TT25).
 * @customfunction
 */
export function CDHT_SCORE(codes: RangeArg, values: RangeArg, ruleset?: RangeArg, difficult_area?: RangeArg): number {
  return cdhtScore(codes, values, ruleset, difficult_area);
}

/**
 * Kết quả từng chỉ tiêu, mỗi dòng nhập một dòng kết quả (đặt bên cạnh cột giá trị): Đạt / Không đạt / Thiếu dữ liệu theo từng mức độ (TT25), hoặc điểm và điểm tối đa (TT44).
 *
 * @param {Array<Array<string>>} codes Cột mã chỉ tiêu. Dòng để trống mã cho kết quả trống.
 * @param {Array<Array<string>>} values Cột giá trị tương ứng, cùng số dòng với cột mã.
 * @param {string} ruleset Bộ tiêu chí: "TT25" (mặc định), "TT44" hoặc vùng bảng Bộ tiêu chí.
 * @param {boolean} difficult_area Xã thuộc vùng khó khăn: TRUE hoặc "Có". Mặc định là không.
 * @return Bảng kết quả, cùng số dòng với vùng nhập: hai cột Mức độ 1, Mức độ 2 (TT25) hoặc Điểm, Tối đa (TT44).
 * @customfunction
 */
export function CDHT_RESULTS(codes: RangeArg, values: RangeArg, ruleset?: RangeArg, difficult_area?: RangeArg): Grid {
  return cdhtResults(codes, values, ruleset, difficult_area);
}

/**
 * Kết quả theo tiêu chí: dòng tiêu đề rồi mỗi tiêu chí một dòng (mã, nội dung, kết quả từng mức độ và số chỉ tiêu đạt với TT25; điểm và điểm tối đa với TT44).
 *
 * @param {Array<Array<string>>} codes Cột mã chỉ tiêu. Dòng để trống mã được bỏ qua.
 * @param {Array<Array<string>>} values Cột giá trị tương ứng, cùng số dòng với cột mã.
 * @param {string} ruleset Bộ tiêu chí: "TT25" (mặc định), "TT44" hoặc vùng bảng Bộ tiêu chí.
 * @param {boolean} difficult_area Xã thuộc vùng khó khăn: TRUE hoặc "Có". Mặc định là không.
 * @return Bảng kết quả theo tiêu chí, dòng đầu là tiêu đề cột.
 * @customfunction
 */
export function CDHT_CRITERIA(codes: RangeArg, values: RangeArg, ruleset?: RangeArg, difficult_area?: RangeArg): Grid {
  return cdhtCriteria(codes, values, ruleset, difficult_area);
}

/**
 * Kiểm tra dữ liệu: liệt kê mọi lỗi và cảnh báo (mã, mức độ, nội dung); không bao giờ báo lỗi ô, nên dùng để tìm nguyên nhân khi các công thức khác báo lỗi.
 *
 * @param {Array<Array<string>>} codes Cột mã chỉ tiêu.
 * @param {Array<Array<string>>} values Cột giá trị tương ứng.
 * @param {string} ruleset Bộ tiêu chí: "TT25" (mặc định), "TT44" hoặc vùng bảng Bộ tiêu chí.
 * @param {boolean} difficult_area Xã thuộc vùng khó khăn: TRUE hoặc "Có". Mặc định là không.
 * @return Mỗi vấn đề một dòng (mã, "Lỗi" hoặc "Cảnh báo", nội dung), hoặc một ô báo không có vấn đề nào.
 * @customfunction
 */
export function CDHT_CHECK(codes: RangeArg, values: RangeArg, ruleset?: RangeArg, difficult_area?: RangeArg): Grid {
  return cdhtCheck(codes, values, ruleset, difficult_area);
}

/**
 * Tỷ lệ = số đạt ÷ (tổng số - số được miễn trừ), ví dụ tỷ lệ biết chữ. Báo lỗi khi số liệu không nhất quán (số đạt lớn hơn tổng số trừ số miễn trừ, số âm, văn bản).
 *
 * @param {number} numerator Số đạt (tử số), ví dụ số người biết chữ; một ô hoặc một vùng.
 * @param {number} denominator Tổng số (mẫu số), ví dụ dân số trong độ tuổi; cùng kích thước với tử số.
 * @param {number} exempt Số được miễn trừ (không bắt buộc), ví dụ người khuyết tật được miễn.
 * @return Tỷ lệ dạng số thập phân (định dạng ô là phần trăm); với vùng, mỗi dòng một tỷ lệ.
 * @customfunction
 */
export function CDHT_RATE(numerator: RangeArg, denominator: RangeArg, exempt?: RangeArg): number | Grid {
  return cdhtRate(numerator, denominator, exempt);
}

// Shared with the roll-up project (src/rollup/main.ts): a commune can count its own lists too.

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

/**
 * Tạo menu CĐHT khi mở bảng tính (chạy được cả khi tiện ích chưa được cấp quyền).
 *
 * @param {Object} e Sự kiện mở bảng tính.
 */
export function onOpen(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  buildMenu(menuUi(), PUBLISHED_AS_ADDON || openedAsAddon(e));
}

/**
 * Chạy khi cài tiện ích: tạo menu ngay, không cần mở lại bảng tính.
 *
 * @param {Object} e Sự kiện cài đặt.
 */
export function onInstall(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  onOpen(e);
}

/** Mở thanh bên nhập liệu. */
export function showSidebar(): void {
  showSidebarFile('Sidebar', ADDON_NAME);
}

/** Thiết lập hoặc sửa mẫu bảng đánh giá: tạo phần còn thiếu, dựng lại công thức và định dạng, giữ nguyên dữ liệu đã nhập. */
export function setupWorkbook(): void {
  const result = setup(activeSpreadsheet(), spreadsheetFactories(), new Date());
  dialogUi().alert('Thiết lập mẫu', setupMessage(result));
}

/**
 * Thanh bên gọi: toàn bộ dữ liệu cần hiển thị, trong một lần gọi.
 *
 * @return Trạng thái thanh bên (ngày tháng dạng chuỗi ISO).
 */
export function getSidebarState(): SidebarState {
  return loadSidebarState(activeSpreadsheet(), new Date());
}

/**
 * Thanh bên gọi khi bấm "Lưu": chỉ ghi các ô đã sửa, dưới khóa tài liệu.
 *
 * @param {Object} request Các thay đổi và lựa chọn ghi đè.
 * @return Số ô đã ghi, các xung đột và mã không còn trong bảng.
 */
export function saveSidebarChanges(request: SaveRequest): SaveResult {
  return saveChanges(activeSpreadsheet(), documentLock(), flush, request);
}

/** The entry points above are the sidebar's protocol (src/core/sidebar/protocol.ts): a type, checked by the compiler, no work at load. */
type Implements<T extends SidebarServer> = T;
export type SidebarCalls = Implements<{ getSidebarState: typeof getSidebarState; saveSidebarChanges: typeof saveSidebarChanges }>;

/** Kiểm tra hồ sơ: liệt kê những mục cần bổ sung trước khi tạo hồ sơ. */
export function checkDossier(): void {
  dialogUi().showDialog('Kiểm tra hồ sơ', dialogHtml(checkDossierLines(activeSpreadsheet(), new Date())));
}

/** Tạo hồ sơ / báo cáo: các văn bản của hồ sơ dưới dạng Google Tài liệu, ghi liên kết vào trang "Thông tin". */
export function generateDossier(): void {
  const ui = dialogUi();
  const lines = generateDossierDocs({
    spreadsheet: activeSpreadsheet(),
    documentApp: documentApp(),
    docs: docsApi(),
    chartImage: firstChartImage,
    confirm: (message) => ui.confirm('Tạo hồ sơ / báo cáo', message),
    progress: toast,
    editors: spreadsheetEditors,
    now: new Date(),
  });
  ui.showDialog('Hồ sơ đánh giá "Cộng đồng học tập"', dialogHtml(lines));
}

/** Bắt đầu năm đánh giá mới: lưu dữ liệu năm nay vào trang lưu trữ có ghi ngày, chuyển sang năm sau, xóa các ô nhập của năm (hỏi trước). */
export function startNewYear(): void {
  const ui = dialogUi();
  const lines = startYear({ spreadsheet: activeSpreadsheet(), lock: documentLock(), confirm: (message) => ui.confirm('Bắt đầu năm đánh giá mới', message), now: new Date() });
  ui.alert('Bắt đầu năm đánh giá mới', lines.join('\n\n'));
}

/** Khôi phục năm từ trang lưu trữ đang mở (hoặc trang lưu trữ gần nhất); dữ liệu hiện có được lưu trữ trước. */
export function restoreYearFromArchive(): void {
  const ui = dialogUi();
  const lines = restoreYear(
    { spreadsheet: activeSpreadsheet(), lock: documentLock(), confirm: (message) => ui.confirm('Khôi phục năm từ trang lưu trữ', message), now: new Date() },
    activeSheetName(),
  );
  ui.alert('Khôi phục năm từ trang lưu trữ', lines.join('\n\n'));
}

/** Kiểm tra tiện ích: cài đặt bảng tính, công thức, các hàm CDHT_* và phiên bản mẫu, trên một trang tạm rồi xóa. */
export function checkAddon(): void {
  dialogUi().showDialog('Kiểm tra tiện ích', dialogHtml(selfCheckLines(runSelfCheck(probeSpreadsheet(), flush, new Date()))));
}

/** Hướng dẫn ngắn về menu và các công thức CDHT. */
export function showHelp(): void {
  dialogUi().alert(`Hướng dẫn ${ADDON_NAME}`, HELP_TEXT);
}

/** Giải thích cách tổng hợp nhiều xã (tiện ích riêng cho cơ quan tổng hợp). */
export function showAggregationHelp(): void {
  dialogUi().alert('Tổng hợp nhiều xã', AGGREGATION_HELP_TEXT);
}
