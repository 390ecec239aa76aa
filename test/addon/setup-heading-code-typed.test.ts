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

  it('any heading: "TC5" typed in A9, where TT44 writes TC5\'s code on the same row, is archived and named', () => {
    const { ss } = filledWorkbook();
    ss.sheet(SHEETS.assessment).type('A9', 'TC5');
    expect(setupMessage(setup(ss, LATER))).toContain('ô A9 ("TC5")');
  });

  it('a code key too: "TC2" typed over TC1.1\'s code (A6), where TT44 writes TC2, is archived and named', () => {
    const { ss } = filledWorkbook();
    ss.sheet(SHEETS.assessment).type('A6', 'TC2');
    const message = setupMessage(setup(ss, LATER));
    expect(message).toContain('"TC2"');
    expect(message).toContain('Lưu trữ ô của mẫu');
  });
});
