import { PACE_CELL, REGISTER_HEADER, REGISTER_SHEET } from '../core/rollup/register';
import { DEFAULT_PACE, TIME_LIMITS } from '../core/rollup/resume';
import { GENERATED_SHEETS } from '../core/rollup/sheets';
import type { MenuUi } from '../gas/services';
import { CONTINUE_HANDLER } from './update';

/** The "CĐHT Tổng hợp" menu: each item names an exported function of src/rollup/main.ts. */
export const MENU_TITLE = 'CĐHT Tổng hợp';

/** The sidebar's title and its menu item. */
export const PROGRESS_TITLE = 'Tiến độ cập nhật';

export const MENU_ITEMS: ReadonlyArray<readonly [caption: string, functionName: string] | null> = [
  ['Thiết lập bảng tổng hợp', 'setUpRollup'],
  ['Cập nhật tổng hợp', 'startUpdate'],
  ['Tiếp tục cập nhật', CONTINUE_HANDLER],
  [PROGRESS_TITLE, 'showProgressSidebar'],
  ['Tạo báo cáo tổng hợp', 'createYearReport'],
  null,
  ['Hướng dẫn', 'showHelp'],
  ['Kiểm tra tiện ích', 'checkRollup'],
];

/** Built unconditionally: onOpen may run before authorization, where only the menu is allowed. */
export function addMenu(ui: Pick<MenuUi, 'createMenu'>): void {
  const menu = ui.createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item[0], item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}

const minutes = Math.round(TIME_LIMITS.stopBeforeMs / 60_000);

export const HELP_TEXT = [
  `1. Bấm ${MENU_TITLE} › Thiết lập bảng tổng hợp để tạo trang "${REGISTER_SHEET}".`,
  `2. Mỗi dòng của "${REGISTER_SHEET}" là một xã trong một năm đánh giá: ${REGISTER_HEADER.join(' | ')}.`,
  '   • Liên kết bảng tính: liên kết bảng tính CĐHT của xã năm đó (xã cần chia sẻ quyền Người xem cho tài khoản chạy tổng hợp).',
  '   • Kết quả nhập tay: chỉ ghi khi xã không dùng bảng tính CĐHT, ví dụ "Mức độ 1", "Khá", "Chưa đạt", "Không xếp loại".',
  `   • ${REGISTER_HEADER[5]}: đánh dấu khi cần đọc lại bảng tính dù dòng không đổi (xã đã sửa số liệu, hoặc mới chia sẻ); bỏ đánh dấu sau khi đọc.`,
  `3. Bấm ${MENU_TITLE} › Cập nhật tổng hợp. Tiện ích chỉ đọc bảng tính của các xã, không sửa gì trong đó. Lần đầu đọc mọi dòng; các lần sau chỉ đọc dòng mới,`,
  '   dòng đã sửa, dòng đánh dấu đọc lại, dòng chưa đọc được khi năm đó chưa hết hạn nộp hồ sơ, và đọc lại một lần các bảng tính của một năm khi năm đó hết hạn nộp hồ sơ.',
  `   Google cho đọc khoảng ${DEFAULT_PACE} bảng tính mỗi phút (ô "${PACE_CELL.label}" ở dòng đầu "${REGISTER_SHEET}") và mỗi lượt chạy tối đa 6 phút, nên danh sách dài được đọc trong nhiều lượt:`,
  `   sau khoảng ${minutes} phút tiện ích tự dừng, ghi lại vị trí và tự chạy tiếp sau 1 phút (hoặc bấm Tiếp tục cập nhật).`,
  `4. Kết quả: "${GENERATED_SHEETS.statistics}" (số xã theo kết quả từng năm, biểu đồ), "${GENERATED_SHEETS.communes}" (từng xã, lý do nếu không đọc được),`,
  `   "${GENERATED_SHEETS.criteria}" (tiêu chí nhiều xã không đạt nhất), "${GENERATED_SHEETS.changes}" (so với năm trước).`,
  '   Các trang này được tạo lại sau mỗi lần cập nhật: đừng nhập gì vào đó.',
  `5. Bấm ${MENU_TITLE} › Tạo báo cáo tổng hợp, ghi năm đánh giá: tiện ích tạo báo cáo năm đó (Google Tài liệu) từ số liệu của lần cập nhật gần nhất.`,
  '6. Trong ô, hàm =CDHT_TALLY(vùng kết quả; "TT25") đếm số xã theo từng kết quả.',
].join('\n');
