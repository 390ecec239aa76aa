/**
 * The CĐHT menu as built (src/addon/menu.ts), each caption with the function it runs, and the short
 * help (src/addon/help-text.ts), which sends the person to menu items by their captions and lists
 * the custom functions by name: a caption or a function the menu or the add-on does not have would
 * send them nowhere.
 */
import { describe, expect, it } from 'vitest';
import { HELP_TEXT } from '../../src/addon/help-text';
import { MENU_ITEMS } from '../../src/addon/menu';
import { TT25 } from '../../src/core/ruleset/tt25';
import { TT44 } from '../../src/core/ruleset/tt44';
import { workbookSpec } from '../../src/core/template/spec';

describe('the short help', () => {
  it('names menu items by the captions the menu shows', () => {
    const captions = MENU_ITEMS.flatMap((item) => (item ? [item[0]] : []));
    const named = [...HELP_TEXT.matchAll(/[Mm]enu CĐHT → "([^"]+)"(?:, rồi "([^"]+)")?/g)].flatMap((m) => m.slice(1).filter(Boolean));
    expect(named).toEqual(['Thiết lập / sửa mẫu', 'Mở thanh bên nhập liệu', 'Kiểm tra hồ sơ', 'Tạo hồ sơ / báo cáo', 'Bắt đầu năm đánh giá mới']);
    for (const caption of named) expect(captions).toContain(caption);
  });

  it('names every sheet set-up makes, in the order of its tabs (the counts per unit only where a ruleset has rates)', () => {
    const first = HELP_TEXT.split('\n')[0];
    expect(first).toBe(
      '1. Menu CĐHT → "Thiết lập / sửa mẫu" tạo các trang: Hướng dẫn, Thông tin, Đánh giá, Danh mục minh chứng, Kết quả, Số liệu PCGD-XMC, Số liệu theo đơn vị (khi bộ tiêu chí có chỉ tiêu tỷ lệ), Bộ tiêu chí.',
    );
    for (const ruleset of [TT25, TT44]) {
      const named = workbookSpec(ruleset).sheets.map((sheet) => sheet.name);
      expect(named.map((name) => first.indexOf(` ${name}`)).every((at, i, all) => at > 0 && (i === 0 || at > all[i - 1]))).toBe(true);
    }
  });

  it('lists every custom function of the add-on, once, with ";" between arguments', () => {
    expect(HELP_TEXT.match(/CDHT_[A-Z]+/g)).toEqual(['CDHT_RATING', 'CDHT_SCORE', 'CDHT_RESULTS', 'CDHT_CRITERIA', 'CDHT_CHECK', 'CDHT_RATE', 'CDHT_TALLY']);
    expect(HELP_TEXT).toContain('=CDHT_RATING(mã; giá trị)');
    expect(HELP_TEXT).toContain('=CDHT_RATE(số đạt; tổng số; số miễn trừ)');
  });

  it('is five numbered steps, the pointer to the full guide, a blank line and the formulas', () => {
    const lines = HELP_TEXT.split('\n');
    expect(lines.map((l) => l.slice(0, 3))).toEqual(['1. ', '2. ', '3. ', '4. ', '5. ', 'Hướ', '', 'Côn']);
    expect(lines[2]).toBe('3. Kết quả tự tính ở trang "Kết quả"; mục "Kiểm tra dữ liệu" nêu lỗi cần sửa.');
  });
});
