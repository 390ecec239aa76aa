/**
 * A column of inputs deleted in "Đánh giá" after the commune inserted a column of its own before
 * it, then "Thiết lập / sửa mẫu" (sample 11 of issue 14, survivor P4). The message names the column
 * and the cells where the re-created column now is (the sheet as the commune arranged it), not the
 * template's letter for it: with a column inserted before C, "Giá trị của xã" is at F, not E.
 *
 * Expected: the letters read off the sheet by hand (A, B, the commune's C, then the template's C–J
 * one column to the right).
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { filledWorkbook, setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);
const HISTORY = 'có thể xem và chép lại từ Tệp → Nhật ký phiên bản → Xem nhật ký phiên bản, ở phiên bản trước khi cột bị xoá.';

describe('a column of inputs deleted to the right of a column the commune inserted', () => {
  it('names the re-created column and its cells by the letter it now has', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    sheet.insertColumnBefore(3);
    sheet.type('C4', 'Ghi chú riêng');
    expect(sheet.at('F4').value).toBe('Giá trị của xã');
    sheet.deleteColumn(6);
    const message = setupMessage(setup(ss, LATER)).split('\n');
    expect(sheet.at('F4').value).toBe('Giá trị của xã');
    expect(message).toContain(
      `Trang "Đánh giá": cột "Giá trị của xã" bị thiếu (có thể đã bị xoá) nên đã được tạo lại, trống, ở cột F. Những gì đã nhập ở các ô F5:F25 (nếu có) đã mất cùng cột cũ; ${HISTORY}`,
    );
  });
});
