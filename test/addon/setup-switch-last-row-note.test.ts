/**
 * A row people inserted right under the last indicator of "Đánh giá" (TC5.2b, row 25 of TT25),
 * holding only a note in a column of the commune's own (L): the row is not empty, so it is that
 * indicator's row (regroup.ts segment: after the last indicator, rows from the first EMPTY one on
 * are below the table). A switch to TT44, which has no TC5.2b, takes it to the archive with its
 * indicator, to come back with it; read as empty because the template's columns are, it was left
 * below the new table instead, cut off from its indicator. Expected message typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

describe('a note under the last indicator, in a column of the commune’s own, through a switch TT25 → TT44', () => {
  it('goes to the archive with TC5.2b, not below the new table', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const sheet = ss.sheet('Đánh giá');
    sheet.insertRowBefore(26);
    sheet.type('L26', 'ghi chú riêng dưới TC5.2b');
    ss.sheet('Thông tin').type('B7', 'TT44');
    const { messages } = setup(ss, new Date(2026, 10, 22, 8, 5));
    expect(messages).toContain(
      'Trang "Đánh giá": dòng 26 (dưới "TC5.2b") thuộc chỉ tiêu không có trong bộ tiêu chí TT44 nên không còn trên trang; nội dung đã được chép sang trang "Lưu trữ TT25 22-11-2026 08.05" và sẽ trở lại cùng chỉ tiêu nếu chuyển lại bộ tiêu chí TT25.',
    );
    expect(sheet.values().flat()).not.toContain('ghi chú riêng dưới TC5.2b');
  });
});
