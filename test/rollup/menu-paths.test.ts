/**
 * Every "CĐHT Tổng hợp › …" a person reads (the help, the update's and the report's messages, the
 * status line) names an item the menu really has, word for word: a person follows the words to
 * the menu. The help once named "Tạo báo cáo" for "Tạo báo cáo tổng hợp" and passed every test
 * (seed 1551 P21).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP_TEXT, MENU_ITEMS, MENU_TITLE } from '../../src/rollup/menu';
import { SRC, literals, sourceFiles } from '../core/source-literals';

/** The menu's captions as Apps Script shows them (src/rollup/menu.ts adds them in this order). */
const CAPTIONS = ['Thiết lập bảng tổng hợp', 'Cập nhật tổng hợp', 'Tiếp tục cập nhật', 'Tiến độ cập nhật', 'Tạo báo cáo tổng hợp', 'Hướng dẫn', 'Kiểm tra tiện ích'];

/** What follows each "›" of a text: the words a person looks for in the menu. */
const afterArrows = (text: string) => text.split('›').slice(1);

/** Whether `words` begins with a whole caption (a caption followed by more words of its own is another item). */
const namesAnItem = (words: string) => CAPTIONS.some((c) => words.startsWith(` ${c}`) && !/^[\p{L}\p{N}]/u.test(words.slice(c.length + 1)));

describe('menu paths in the texts a person reads', () => {
  it('the menu is the one the texts are checked against', () => {
    expect(MENU_TITLE).toBe('CĐHT Tổng hợp');
    expect(MENU_ITEMS.flatMap((item) => (item ? [item[0]] : []))).toEqual(CAPTIONS);
  });

  it('the help names each item it sends a person to, word for word', () => {
    const named = afterArrows(HELP_TEXT);
    // Steps 1, 3 and 5: set-up, update, report.
    expect(named.map((words) => words.slice(0, 25))).toEqual([' Thiết lập bảng tổng hợp ', ' Cập nhật tổng hợp. Tiện ', ' Tạo báo cáo tổng hợp, gh']);
    expect(named.filter((words) => !namesAnItem(words))).toEqual([]);
  });

  it('every message of the roll-up naming a menu path names an item of the menu', () => {
    const files = [...sourceFiles(join(SRC, 'rollup')), ...sourceFiles(join(SRC, 'core/rollup'))];
    const paths = files.flatMap((file) => literals(file).flatMap(({ text, line }) => afterArrows(text).map((words) => ({ at: `${file.slice(SRC.length + 1)}:${line}`, words }))));
    // update.ts and report.ts send people to Cập nhật and Tiếp tục cập nhật in several messages.
    expect(paths.length).toBeGreaterThanOrEqual(10);
    expect(paths.filter(({ words }) => !namesAnItem(words))).toEqual([]);
  });
});
