/**
 * How the sidebar's inputs show cells and read them back (src/client/fields.ts), on values typed
 * by hand: every dropdown's choices with their labels, the choice each loaded cell stands for,
 * what a number input shows and stores, and a cell as the conflict list words it.
 */
import { describe, expect, it } from 'vitest';
import { cellFromNumberText, choiceOf, choicesFor, linkProblem, numberText, showCell } from '../../src/client/fields';
import type { JsonCell, SidebarIndicator } from '../../src/core/sidebar/protocol';

const indicator = (kind: SidebarIndicator['kind'], max?: number): SidebarIndicator => ({
  code: 'TC4.3',
  criterion: 'TC4',
  name: 'Phổ cập',
  kind,
  requirements: { MD1: '', MD2: '' },
  ...(max === undefined ? {} : { max }),
  fields: { value: '', evidence: '', description: '', owner: '' },
});

describe('dropdown choices', () => {
  it('Đạt / Không đạt, after a blank "— Chọn —"', () => {
    expect(choicesFor(indicator('yesno'))).toEqual([
      { value: '', label: '— Chọn —' },
      { value: 'Đạt', label: 'Đạt' },
      { value: 'Không đạt', label: 'Không đạt' },
    ]);
  });

  it('levels from 1 to the maximum, then "Chưa đạt" explained', () => {
    expect(choicesFor(indicator('level', 1))).toEqual([
      { value: '', label: '— Chọn —' },
      { value: 'Mức độ 1', label: 'Mức độ 1' },
      { value: 'Chưa đạt', label: 'Chưa đạt (dưới Mức độ 1)' },
    ]);
  });

  it('none for points', () => {
    expect(choicesFor(indicator('points'))).toBeNull();
  });

  it.each<[SidebarIndicator['kind'], number | undefined, JsonCell, string]>([
    ['yesno', undefined, '', ''],
    ['yesno', undefined, '  ', ''],
    ['yesno', undefined, true, 'Đạt'],
    ['yesno', undefined, 'không đạt', 'Không đạt'],
    ['yesno', undefined, 'có lẽ', 'có lẽ'],
    ['level', 3, 'Chưa đạt', 'Chưa đạt'],
    ['level', 3, 0, 'Chưa đạt'],
    ['level', 3, 1, 'Mức độ 1'],
    ['level', 2, 'mức 2', 'Mức độ 2'],
    ['level', undefined, 3, 'Mức độ 3'],
    ['level', 2, 5, '5'],
    // A number that is no choice is shown as a vi-VN sheet shows it.
    ['level', 3, 2.5, '2,5'],
  ])('a %s cell (max %s) holding %j is the choice %j', (kind, max, cell, choice) => {
    expect(choiceOf(indicator(kind, max), cell)).toBe(choice);
  });
});

describe('number inputs', () => {
  it.each<[SidebarIndicator['kind'], JsonCell, string]>([
    ['points', 7.5, '7,5'],
    ['points', 1234.5, '1.234,5'],
    ['points', 2.123456, '2,1235'],
    ['points', 'bảy', 'bảy'],
    ['points', '', ''],
    // A cell of spaces is blank: the input is empty, not a few spaces the user cannot see.
    ['points', '  ', ''],
    ['percent', '  ', ''],
    ['percent', 0, '0'],
    ['percent', 1, '100'],
    ['percent', '62,5 %', '62,5'],
    ['percent', true, 'true'],
    // A number that is no percent (two readings, negative) is shown as a vi-VN sheet shows it.
    ['percent', 1.5, '1,5'],
    ['percent', -0.25, '-0,25'],
  ])('a %s cell holding %j shows %j', (kind, cell, shown) => {
    expect(numberText(kind, cell)).toBe(shown);
  });

  it.each<[SidebarIndicator['kind'], string, JsonCell]>([
    ['points', ' 7,5 ', 7.5],
    ['points', '0', 0],
    ['points', '1.234,5', 1234.5],
    ['points', '0,1', 0.1],
    ['points', '  ', ''],
    ['percent', '0', 0],
    ['percent', '100 %', 1],
    ['percent', '0,1', 0.001],
    ['percent', '33,33', 0.3333],
    ['percent', '100,5', '100,5%'],
    ['percent', '-0,5 %', '-0,5%'],
    ['percent', '62.5%', 0.625],
    // Only a trailing "%" is the unit: one typed first is kept as typed, never read as 50%.
    ['percent', '%50', '%50'],
  ])('a %s input holding %j stores %j', (kind, typed, cell) => {
    expect(cellFromNumberText(kind, typed)).toBe(cell);
  });
});

describe('a cell in the conflict list', () => {
  it.each<[SidebarIndicator['kind'], 'value' | 'owner' | 'description', JsonCell, string]>([
    ['percent', 'value', 0.625, '62,5%'],
    ['percent', 'value', 0.98765, '98,765%'],
    ['percent', 'value', 'nhiều', 'nhiều'],
    ['percent', 'value', '   ', '(để trống)'],
    ['points', 'value', 7.5, '7,5'],
    ['level', 'value', 2, '2'],
    ['yesno', 'value', true, 'TRUE'],
    ['yesno', 'value', false, 'FALSE'],
    // A number in a text column is shown as a vi-VN sheet shows it, not as an amount: no grouping, a decimal comma.
    ['percent', 'owner', 912345678, '912345678'],
    ['percent', 'description', 0.5, '0,5'],
    ['points', 'description', -1234.125, '-1234,125'],
  ])('a %s indicator’s %s holding %j reads %j', (kind, field, cell, shown) => {
    expect(showCell(indicator(kind), field, cell)).toBe(shown);
  });
});

describe('the old link column', () => {
  it('names no problem for a blank cell or links only, and quotes what is no link', () => {
    expect(linkProblem('TC1.1', '')).toBeNull();
    expect(linkProblem('TC1.1', 'https://a.vn/x\nhttp://b.vn/y')).toBeNull();
    // A Drive address typed without https:// is a link too (users copy it from the address bar).
    expect(linkProblem('TC1.1', 'drive.google.com/drive/folders/abc')).toBeNull();
    expect(linkProblem('TC2.3', 'tủ hồ sơ')).toBe('Chỉ tiêu TC2.3: minh chứng "tủ hồ sơ" không phải là liên kết; cần một địa chỉ trang web, ví dụ liên kết thư mục Google Drive (drive.google.com/…).');
  });
});
