/**
 * A row of "Đánh giá" whose code and wording someone emptied, while the rows around it were
 * deleted: repair leaves it and names its values so people can move them (setup-repair-messages
 * tests the values in the template's input columns). A note the commune keeps in a column of its
 * own, right of the template's (column L), is a value people typed too and must be named with the
 * rest, or the message reads as if the row held nothing more; the results columns (I, J) are the
 * template's and are not named. Expected message typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

describe('an orphan row with a note in a column of the commune’s own', () => {
  it('names the note in L with the values in F and G', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const sheet = ss.sheet('Đánh giá');
    sheet.type('F7', 3);
    sheet.type('G7', 'Ghi chú');
    sheet.type('L7', 'Việc riêng của xã');
    for (const column of 'ABCD') sheet.type(`${column}7`, '');
    sheet.deleteRow(8);
    const { messages } = setup(ss, new Date(2026, 10, 22, 8, 5));
    expect(messages).toContain(
      'Dòng 9 của trang "Đánh giá" có giá trị nhưng không có mã chỉ tiêu: F9: 3, G9: "Ghi chú", L9: "Việc riêng của xã". Dòng này được để nguyên; nếu đó là giá trị của "TC1.2" (dòng 7) hoặc "TC1.3" (dòng 8), hãy chép sang dòng đó rồi xoá dòng 9.',
    );
    expect(sheet.at('L9').value).toBe('Việc riêng của xã');
  });
});
