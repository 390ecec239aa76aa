/**
 * Nothing of TT25's layout is left on the sheets after switching a workbook to TT44, and nothing a
 * person typed is lost: "Kết quả" is four columns wide under TT44 (criteria header Tiêu chí, Nội
 * dung, Điểm, Tối đa) where TT25 had six, so TT25's header look in E13:F13 must go; "Đánh giá" has
 * 15 indicator rows (5–19) instead of 21, so rows 20–25 lose TT25's wrap with their content; the
 * counts sheet, which TT44 has no use for, stays as it is and the user is told why.
 */
import { describe, expect, it } from 'vitest';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';
import { contents, looks } from './sheet-picture';

describe('switching TT25 → TT44 leaves nothing of TT25 behind', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  // Notes of the commune's own beside the results, outside any template cell of either ruleset.
  ss.sheet('Kết quả').type('E5', 'Ghi chú E5');
  ss.sheet('Kết quả').type('H13', 'Ghi chú H13');
  ss.sheet('Số liệu theo đơn vị').type('A9', 'Thôn Đông');
  ss.sheet('Thông tin').type('B7', 'TT44');
  const result = setup(ss, new Date(2026, 10, 22, 8, 5));

  it('"Kết quả" looks as TT44 lays it out, the notes kept', () => {
    expect(looks(ss.sheet('Kết quả'))).toEqual({
      formats: { '#,##0': ['B6:B7'] },
      bold: ['A1', 'A3:C3', 'A12', 'A13:D13', 'A30'],
      backgrounds: { '#d9e2f3': ['A3:C3', 'A13:D13'], '#f3f3f3': ['B4:B5'] },
      validations: {},
      wrap: [],
    });
    const cells = contents(ss.sheet('Kết quả'));
    expect([cells.E5, cells.H13]).toEqual(['Ghi chú E5', 'Ghi chú H13']);
  });

  it('"Đánh giá" wraps its 19 rows only', () => {
    expect(looks(ss.sheet('Đánh giá')).wrap).toEqual(['A1:J19']);
  });

  it('the counts sheet is left with its values, and the user is told', () => {
    expect(contents(ss.sheet('Số liệu theo đơn vị')).A9).toBe('Thôn Đông');
    expect(result.messages).toEqual([
      'Đã chuyển sang bộ tiêu chí TT44; dữ liệu và Bộ tiêu chí cũ (TT25) được lưu ở trang lưu trữ.',
      'Dữ liệu cũ của trang "Đánh giá" được lưu ở trang "Lưu trữ TT25 22-11-2026 08.05".',
      'Trang "Số liệu theo đơn vị" không dùng với bộ tiêu chí TT44 nên được để nguyên, số liệu trên trang không bị xoá.',
    ]);
  });

  it('a repair after the switch says nothing more', () => {
    expect(setup(ss, new Date(2026, 10, 23, 8, 5)).messages).toEqual([]);
  });
});
