import type { MenuUi } from '../gas/services';

/** The "CĐHT" menu: every item names an entry function of src/addon/main.ts (a test checks it). */
export const MENU_TITLE = 'CĐHT';

export const MENU_ITEMS: ReadonlyArray<readonly [label: string, functionName: string] | null> = [
  ['Mở thanh bên nhập liệu', 'showSidebar'],
  ['Thiết lập / sửa mẫu', 'setupWorkbook'],
  null,
  ['Kiểm tra hồ sơ', 'checkDossier'],
  ['Tạo hồ sơ / báo cáo', 'generateDossier'],
  null,
  ['Bắt đầu năm đánh giá mới', 'startNewYear'],
  ['Khôi phục năm từ trang lưu trữ', 'restoreYearFromArchive'],
  null,
  ['Tổng hợp nhiều xã', 'showAggregationHelp'],
  ['Hướng dẫn', 'showHelp'],
  ['Kiểm tra tiện ích', 'checkAddon'],
];

/**
 * Builds the menu and nothing else: onOpen may run in AuthMode.NONE, where no other service is
 * allowed. An add-on gets the add-on menu (Tiện ích mở rộng → CĐHT Sheets); a script bound to the
 * sheet gets a top-level "CĐHT" menu.
 */
export function buildMenu(ui: MenuUi, asAddon: boolean): void {
  const menu = asAddon ? ui.createAddonMenu() : ui.createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item[0], item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}
