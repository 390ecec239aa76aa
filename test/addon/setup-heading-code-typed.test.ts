/**
 * Hunter K (session 19): a commune types the criterion's code "TC1" in the empty Mã cell of the
 * first criterion heading row of "Đánh giá" (A5, TT25), as it does on every indicator row, then
 * "Thiết lập / sửa mẫu". The same code typed on the next heading (A9, "TC2") is archived and named
 * ("ô A9 ("TC2") khác với chữ của mẫu …"); A5's was emptied in silence, the message saying every
 * value was kept (seen at 6fd6465 too: older than session 19).
 *
 * Expected: rows typed by hand from README "The commune workbook" (TT25: TC1's heading on row 5,
 * TC2's on row 9, codes in column A, A blank on heading rows).
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { filledWorkbook, setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);

describe('"TC1" typed in A5, the Mã cell of the first heading row', () => {
  it('is kept or archived, and named, like "TC2" in A9', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    sheet.type('A5', 'TC1');
    sheet.type('A9', 'TC2');
    const message = setupMessage(setup(ss, LATER));
    expect(message).toContain('ô A9 ("TC2")');
    expect(message).toContain('"TC1"');
  });
});
