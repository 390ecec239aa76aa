/**
 * What a repair says the evidence list still holds when the link column of "Đánh giá" was deleted
 * (listedLinks): each indicator or criterion of the ruleset, in the ruleset's order, with the codes
 * of the items with a link that cite it (an item without a code by its row on the sheet). Lists
 * typed by hand in the layout of "Danh mục minh chứng" (Mã minh chứng, Tên minh chứng, Số, ngày ban
 * hành, Cơ quan ban hành, Liên kết, Chỉ tiêu liên quan); TT25 codes.
 */
import { describe, expect, it } from 'vitest';
import { LAID_OUT, listedLinks, type ListOnSheet } from '../../src/addon/setup/listed-links';
import { resolveRuleset } from '../../src/core/ruleset/resolve';

const TT25 = [resolveRuleset('TT25')];
const TOP = [['Danh mục minh chứng'], ['Mỗi minh chứng một dòng.'], ['Mã minh chứng', 'Tên minh chứng', 'Số, ngày ban hành', 'Cơ quan ban hành', 'Liên kết', 'Chỉ tiêu liên quan']];

describe('listedLinks', () => {
  it('names indicators in the ruleset’s order, each item once, an item without a code by its row; an item without a link is not named', () => {
    const list: ListOnSheet = {
      name: 'Danh mục minh chứng',
      content: [
        ...TOP,
        ['H1.01', 'Nghị quyết', '', '', 'https://drive.google.com/file/d/a', 'TC1.2, TC1.1, TC1.1'],
        ['', 'Biên bản', '', '', 'drive.google.com/file/d/b', 'TC1.1'],
        ['H2.01', 'Kế hoạch', '', '', 'Lưu ở văn phòng', 'TC2'],
      ],
      ...LAID_OUT,
    };
    expect(listedLinks(list, TT25)).toBe('Trang "Danh mục minh chứng" vẫn giữ liên kết minh chứng cho TC1.1 (H1.01, minh chứng chưa có mã ở dòng 5), TC1.2 (H1.01)');
  });

  it('the code column deleted, the header a row lower: every item is named by its row on the sheet', () => {
    const list: ListOnSheet = {
      name: 'Minh chứng',
      content: [[], ...TOP.map((row) => row.slice(1)), ['Kế hoạch', '', '', 'https://xa.gov.vn/ke-hoach', 'TC2'], ['Ảnh', '', '', 'https://xa.gov.vn/anh', 'TC2']],
      headerRow: 4,
      columns: [null, 1, 2, 3, 4, 5],
    };
    expect(listedLinks(list, TT25)).toBe('Trang "Minh chứng" vẫn giữ liên kết minh chứng cho TC2 (minh chứng chưa có mã ở dòng 5, minh chứng chưa có mã ở dòng 6)');
  });

  // On a switch the former ruleset's codes are read too (setup passes both): a list citing TT25's TC1.2 under TT44 (hunter, session 17).
  it('names an indicator of the second ruleset given, the one switched from', () => {
    const list: ListOnSheet = { name: 'Danh mục minh chứng', content: [...TOP, ['H1.01', 'Nghị quyết', '', '', 'https://drive.google.com/file/d/a', 'TC1.2']], ...LAID_OUT };
    expect(listedLinks(list, [resolveRuleset('TT44'), ...TT25])).toBe('Trang "Danh mục minh chứng" vẫn giữ liên kết minh chứng cho TC1.2 (H1.01)');
  });

  it('null without the list, without its link or its cited column, or with no item with a link citing an indicator', () => {
    const content = [...TOP, ['H1.01', 'Nghị quyết', '', '', 'https://drive.google.com/file/d/a', 'TC1.1']];
    expect(listedLinks(null, TT25)).toBeNull();
    expect(listedLinks({ name: 'Danh mục minh chứng', content, headerRow: 3, columns: [1, 2, 3, 4, null, 6] }, TT25)).toBeNull();
    expect(listedLinks({ name: 'Danh mục minh chứng', content, headerRow: 3, columns: [1, 2, 3, 4, 5, null] }, TT25)).toBeNull();
    expect(listedLinks({ name: 'Danh mục minh chứng', content: [...TOP, ['H9.01', 'Khác', '', '', 'https://drive.google.com/file/d/z', 'TC9.9']], ...LAID_OUT }, TT25)).toBeNull();
    // The header row itself is no item, though "Liên kết" is in its link column.
    expect(listedLinks({ name: 'Danh mục minh chứng', content: TOP, ...LAID_OUT }, TT25)).toBeNull();
  });
});
