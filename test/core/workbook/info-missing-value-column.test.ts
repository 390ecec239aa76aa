/**
 * "Thông tin" with its values column deleted (the "Nội dung" header gone, the hints now in column
 * B): nothing is read from the hints. Before, the readers fell back to columns A/B and took each
 * hint for the value ("Ví dụ: Tỉnh Sông Lam" as the province, the ruleset hint as the ruleset).
 */
import { describe, expect, it } from 'vitest';
import { infoValueCell, readInfo } from '../../../src/core/workbook/info';

const rows = [
  ['THÔNG TIN CHUNG VỀ XÃ VÀ HỒ SƠ ĐÁNH GIÁ', ''],
  ['', ''],
  ['Mục', 'Hướng dẫn'],
  ['Tên xã *', 'Ghi cả chữ "Xã", ví dụ: Xã Hòa An'],
  ['Tỉnh, thành phố *', 'Ví dụ: Tỉnh Sông Lam'],
  ['Bộ tiêu chí *', 'TT25 (…) hoặc TT44 (…)'],
  ['Liên kết hồ sơ gần nhất', 'https://docs.google.com/x'],
];

describe('"Thông tin" without its values column', () => {
  it('reads every field as blank, never the hint beside it', () => {
    const { info } = readInfo(rows);
    expect([info.commune, info.province, info.rulesetId]).toEqual(['', '', '']);
  });

  it('has no value cell to write to', () => {
    expect(infoValueCell(rows, 'Liên kết hồ sơ gần nhất')).toBeNull();
  });

  it('still reads columns A and B of a block without any header row', () => {
    expect(readInfo([['Tên xã', 'Xã Hòa An']]).info.commune).toBe('Xã Hòa An');
  });
});
