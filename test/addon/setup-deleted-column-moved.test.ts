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
import { filledWorkbook, RESULTS_FORMULAS, resultsSheetFormulas, setup } from './scenarios';

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

/**
 * A column of inputs gone without Sheets rewriting other sheets' formulas (the columns right of it
 * pasted one place to the left, by value), then repair: it re-creates the column by inserting one,
 * and Sheets then moves every reference to the columns right of it, on every sheet, one place to
 * the right. "Kết quả", read before the insertion, already held the template's formulas; before,
 * set-up took them as written and left 'Đánh giá'!F5:F25 for the values in E until a second repair.
 */
describe('a column of inputs removed by value, re-created by inserting a column', () => {
  it('"Yêu cầu Mức độ 2" (D): after the first repair "Kết quả" reads the values in E', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    const rows = sheet.getLastRow();
    const right = sheet.getRange(1, 5, rows, 6);
    const formulas = right.getFormulas();
    const moved = right.getValues().map((row, r) => row.map((value, c) => formulas[r][c] || value));
    sheet.getRange(1, 4, rows, 6).setValues(moved);
    sheet.getRange(1, 10, rows, 1).setValues(moved.map(() => ['']));
    setup(ss, LATER);
    expect(sheet.at('D4').value).toBe('Yêu cầu Mức độ 2');
    expect(sheet.at('E4').value).toBe('Giá trị của xã');
    expect(resultsSheetFormulas(ss)).toEqual(RESULTS_FORMULAS);
  });
});
