/**
 * An empty "Bộ tiêu chí" (every row under its header deleted) whose header's first cell, "Loại", a
 * person typed over. The table is still empty: set-up must put "Loại" back (saying so), fill the
 * ruleset the workbook uses under it, and not call the table faulty ("có lỗi nên được giữ nguyên"),
 * since there is nothing in it to keep. Tried with both rulesets (TT25 by default, TT44 chosen in
 * Thông tin B7). Expected cells typed by hand from the README's ruleset table.
 */
import { describe, expect, it } from 'vitest';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

/** A workbook set up (with `B7` typed into Thông tin first when given), then its table emptied and A1 typed over. */
function emptiedWithHeaderTypedOver(b7: string | null) {
  const ss = new FakeSpreadsheet();
  setup(ss);
  if (b7) {
    ss.sheet('Thông tin').type('B7', b7);
    setup(ss);
  }
  const sheet = ss.sheet('Bộ tiêu chí');
  sheet.deleteRows(2, sheet.values().length - 1);
  sheet.type('A1', 'Loại chỉ tiêu');
  return { result: setup(ss, new Date(2026, 10, 22, 8, 5)), sheet };
}

// "Loại chỉ tiêu" is more than a slip of "Loại": what was typed is kept in the archive of typed-over labels (session 18).
const TYPED_OVER = 'Trang "Bộ tiêu chí", dòng 1: ô A1 ghi "Loại chỉ tiêu", khác với mẫu, nên đã ghi lại "Loại". Nội dung đã nhập ở ô được chép sang trang "Lưu trữ ô của mẫu 22-11-2026 08.05".';

describe('an empty "Bộ tiêu chí" whose "Loại" was typed over', () => {
  it('TT25: puts "Loại" back, says only that, fills TT25', () => {
    const { result, sheet } = emptiedWithHeaderTypedOver(null);
    expect(result.rulesetId).toBe('TT25');
    expect(result.messages).toEqual([TYPED_OVER]);
    expect(['A1', 'A2', 'B2', 'A3', 'B3'].map((a1) => sheet.at(a1).value)).toEqual(['Loại', 'Bộ tiêu chí', 'TT25', 'Tiêu chí', 'TC1']);
  });

  it('TT44: puts "Loại" back, says only that, fills TT44', () => {
    const { result, sheet } = emptiedWithHeaderTypedOver('TT44');
    expect(result.rulesetId).toBe('TT44');
    expect(result.messages).toEqual([TYPED_OVER]);
    expect(['A1', 'A2', 'B2', 'D2', 'A3', 'B3'].map((a1) => sheet.at(a1).value)).toEqual(['Loại', 'Bộ tiêu chí', 'TT44', 'Điểm', 'Tiêu chí', 'TC1']);
  });
});
