/**
 * A switch of ruleset rewrites "Kết quả" in place (TT25 and TT44 lay it out differently). What a
 * commune typed there beside or below the old results must not go with the old layout: a note
 * the new layout would cover (a label of it, or the rows below its last one, which are emptied)
 * moves to the first free cell right of both layouts on its own row, and the message says from
 * where to where; notes the new layout leaves alone stay where they are. Expected cells typed by
 * hand from the two layouts (TT25: six columns, data check at A21; TT44: its data check at A31,
 * its last row).
 */
import { describe, expect, it } from 'vitest';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

describe('notes on "Kết quả" when switching TT25 → TT44', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const sheet = ss.sheet('Kết quả');
  // Below TT44's last row (emptied by the rewrite), right of TT25's data check.
  sheet.type('E32', 'Ghi chú E32');
  sheet.type('F40', 0.5);
  sheet.type('G40', 'đã có ở G40');
  // Beside the results in both layouts: left where it is.
  sheet.type('G5', 'Ghi chú G5');
  ss.sheet('Thông tin').type('B7', 'TT44');
  const result = setup(ss, new Date(2026, 10, 22, 8, 5));

  it('moves the covered notes right of both layouts on their own rows, and says where', () => {
    expect(['E32', 'F40', 'G32', 'G40', 'H40', 'G5'].map((a1) => sheet.at(a1).value)).toEqual(['', '', 'Ghi chú E32', 'đã có ở G40', 0.5, 'Ghi chú G5']);
    expect(result.messages).toEqual([
      'Đã chuyển sang bộ tiêu chí TT44; dữ liệu và Bộ tiêu chí cũ (TT25) được lưu ở trang lưu trữ.',
      'Dữ liệu cũ của trang "Đánh giá" được lưu ở trang "Lưu trữ TT25 22-11-2026 08.05".',
      'Trang "Số liệu theo đơn vị" không dùng với bộ tiêu chí TT44 nên được để nguyên, số liệu trên trang không bị xoá.',
      'Trang "Kết quả" được viết lại theo bộ tiêu chí TT44, nên nội dung nhập tay ở ô E32 ("Ghi chú E32") đã được chuyển sang ô G32, ô F40 (0,5) sang ô H40, cùng dòng, bên phải phần của mẫu.',
    ]);
  });

  it('keeps a moved text as text', () => {
    expect(sheet.at('G32').format).toBe('@');
  });

  it('a repair after the switch moves nothing more', () => {
    expect(setup(ss, new Date(2026, 10, 23, 8, 5)).messages).toEqual([]);
  });
});
