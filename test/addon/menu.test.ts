import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MENU_ITEMS, buildMenu } from '../../src/addon/menu';
import type { MenuLike } from '../../src/gas/services';
import { findEntryPoints } from '../../scripts/stubs';

function recordingUi() {
  const calls: string[] = [];
  const menu: MenuLike = {
    addItem: (caption, fn) => {
      calls.push(`item:${caption}:${fn}`);
      return menu;
    },
    addSeparator: () => {
      calls.push('separator');
      return menu;
    },
    addToUi: () => void calls.push('addToUi'),
  };
  const opened = (call: string) => {
    calls.push(call);
    return menu;
  };
  return { calls, ui: { createMenu: (title: string) => opened(`menu:${title}`), createAddonMenu: () => opened('addon') } };
}

describe('the CĐHT menu', () => {
  it('is a top-level "CĐHT" menu in a bound script and the add-on menu when published', () => {
    const bound = recordingUi();
    buildMenu(bound.ui, false);
    expect(bound.calls[0]).toBe('menu:CĐHT');
    const addon = recordingUi();
    buildMenu(addon.ui, true);
    expect(addon.calls[0]).toBe('addon');
    expect(addon.calls.at(-1)).toBe('addToUi');
  });

  it('each caption runs its own action, in groups split by separators, then is added to the UI', () => {
    const ITEMS = [
      'item:Mở thanh bên nhập liệu:showSidebar',
      'item:Thiết lập / sửa mẫu:setupWorkbook',
      'separator',
      'item:Kiểm tra hồ sơ:checkDossier',
      'item:Tạo hồ sơ / báo cáo:generateDossier',
      'separator',
      'item:Bắt đầu năm đánh giá mới:startNewYear',
      'item:Khôi phục năm từ trang lưu trữ:restoreYearFromArchive',
      'separator',
      'item:Tổng hợp nhiều xã:showAggregationHelp',
      'item:Hướng dẫn:showHelp',
      'item:Kiểm tra tiện ích:checkAddon',
    ];
    for (const [asAddon, opened] of [
      [false, 'menu:CĐHT'],
      [true, 'addon'],
    ] as const) {
      const { calls, ui } = recordingUi();
      buildMenu(ui, asAddon);
      expect(calls).toEqual([opened, ...ITEMS, 'addToUi']);
    }
  });

  it('offers what the issues list: sidebar, set-up, check, report, new year and its undo, aggregation, help', () => {
    const labels = MENU_ITEMS.flatMap((item) => (item ? [item[0]] : []));
    expect(labels).toEqual([
      'Mở thanh bên nhập liệu',
      'Thiết lập / sửa mẫu',
      'Kiểm tra hồ sơ',
      'Tạo hồ sơ / báo cáo',
      'Bắt đầu năm đánh giá mới',
      'Khôi phục năm từ trang lưu trữ',
      'Tổng hợp nhiều xã',
      'Hướng dẫn',
      'Kiểm tra tiện ích',
    ]);
  });

  it('names only functions the entry file exports (a menu item never points nowhere)', () => {
    const exported = new Set(findEntryPoints('src/addon/main.ts', readFileSync('src/addon/main.ts', 'utf8')).map((e) => e.name));
    for (const item of MENU_ITEMS) if (item) expect(exported, item[1]).toContain(item[1]);
  });
});
