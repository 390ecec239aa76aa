/**
 * What a committee added around the indicators of "Đánh giá" on a switch of ruleset (newcomer
 * review of issue 14, finding 2): a row inserted below an indicator, notes right of the table (K,
 * L), a row above the first indicator, a note below the table. Before, a switch only named the
 * inserted rows and left the notes in K… on their physical row, which the new ruleset gives to
 * another indicator. Now each goes with its row: what belongs to an indicator the new ruleset has
 * not leaves the sheet for the archive, named, and comes back with its indicator when switching
 * back; rows above the first indicator stay under the header, notes below the table stay below it.
 *
 * Expected: messages typed by hand; after the round trip TT25 → TT44 → TT25 the sheet is exactly
 * as it was before (every value, formula and note, a text "0912" still text).
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { expectAllKept, filledWorkbook, setup, switchedLines } from './scenarios';

const TO_TT44 = new Date(2026, 10, 22, 8, 5);
const BACK = new Date(2026, 10, 23, 8, 5);
const ARCHIVE_TT25 = 'Lưu trữ TT25 22-11-2026 08.05';
const ARCHIVE_TT44 = 'Lưu trữ TT44 23-11-2026 08.05';

describe('TT25 → TT44 → TT25 with rows and notes the committee added', () => {
  const { ss, tracked } = filledWorkbook();
  const sheet = ss.sheet(SHEETS.assessment);
  const info = ss.sheet(SHEETS.info);
  // TC1.1 is on row 6, TC2.2 on row 11 (filledWorkbook's TT25 layout).
  expect([sheet.at('A6').value, sheet.at('A11').value]).toEqual(['TC1.1', 'TC2.2']);
  sheet.type('K6', 'Cột K riêng TC1.1');
  sheet.type('L6', "'0912");
  sheet.insertRowBefore(11);
  sheet.type('B11', 'Dòng riêng của xã');
  sheet.type('G11', 'Ghi chú dòng riêng');
  sheet.type('K11', 'K dòng riêng');
  sheet.insertRowBefore(5);
  sheet.type('G5', 'Dòng trên cùng');
  sheet.type('G32', 'Ghi chú dưới bảng');
  const before = sheet.values().map((row) => [...row]);
  // The inserted rows moved TC1.1 to row 7, the committee's row to 12, the last indicator (TC5.2b) to 27.
  expect([before[6][0], before[6][10], before[6][11], before[11][1], before[26][0]]).toEqual(['TC1.1', 'Cột K riêng TC1.1', '0912', 'Dòng riêng của xã', 'TC5.2b']);
  // The results over the 21 indicators and the committee's row among them: Sheets (and the fake) grew the formula's ranges.
  before[5][8] = "=CDHT_RESULTS(A6:A27;E6:E27;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)";

  info.type('B7', 'TT44');
  const toTT44 = setupMessage(setup(ss, TO_TT44));
  const underTT44 = sheet.values().map((row) => [...row]);
  info.type('B7', 'TT25');
  const back = setupMessage(setup(ss, BACK));

  it('to TT44: what belonged to TC1.1 and TC2.1 leaves for the archive, named; the note below the table moves below the new one', () => {
    expect(toTT44).toBe(
      [
        ...switchedLines('TT25', 'TT44', ARCHIVE_TT25),
        'Trang "Đánh giá": nội dung nhập thêm ngoài các ô của mẫu đi theo dòng của nó: dòng 32 (dưới bảng) sang dòng 25.',
        `Trang "Đánh giá": ô K7, ô L7 (của "TC1.1"), dòng 12 (dưới "TC2.1") thuộc chỉ tiêu không có trong bộ tiêu chí TT44 nên không còn trên trang; nội dung đã được chép sang trang "${ARCHIVE_TT25}" và sẽ trở lại cùng chỉ tiêu nếu chuyển lại bộ tiêu chí TT25.`,
        'Trang "Số liệu theo đơn vị" không dùng với bộ tiêu chí TT44 nên được để nguyên, số liệu trên trang không bị xoá.',
      ].join('\n'),
    );
  });

  it('under TT44: the row above the table stays on row 5, TT44’s 15 indicators on rows 6–20, the note below on row 25, nothing right of J', () => {
    expect(underTT44.map((row) => row[0])).toEqual([
      'ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU',
      expect.stringMatching(/^='Thông tin'!\$B\$4&/),
      expect.stringMatching(/^Nhập ở các ô màu vàng nhạt/),
      'Mã',
      '',
      ...Array.from({ length: 15 }, (_, i) => `TC${i + 1}`),
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(underTT44.map((row) => row[6])).toEqual(['', '', '', 'Kết quả thực hiện (việc đã làm, số liệu)', 'Dòng trên cùng', ...new Array(15).fill(''), '', '', '', '', 'Ghi chú dưới bảng']);
    expect(underTT44[5][8]).toBe("=CDHT_RESULTS(A6:A20;E6:E20;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)");
    expect(underTT44.every((row) => row.length === 10)).toBe(true);
  });

  it('back to TT25: the rows and notes come back with TC1.1 and TC2.1, and say so', () => {
    expect(back).toBe(
      [
        ...switchedLines('TT44', 'TT25', ARCHIVE_TT44),
        'Trang "Đánh giá": nội dung nhập thêm ngoài các ô của mẫu đi theo dòng của nó: dòng 25 (dưới bảng) sang dòng 32.',
        'Trang "Đánh giá": ô K7, ô L7 (của "TC1.1"), dòng 12 (dưới "TC2.1") được lấy lại từ trang lưu trữ cùng với chỉ tiêu của chúng.',
      ].join('\n'),
    );
  });

  it('back to TT25: the sheet is exactly as before the switch, a text in L still text', () => {
    expect(sheet.values()).toEqual(before);
    expect(sheet.at('L7').format).toBe('@');
    expectAllKept(tracked.filter((t) => t.key !== 'Bộ tiêu chí'));
  });

  it('a repair afterwards changes nothing and says nothing more', () => {
    expect(setup(ss, new Date(2026, 10, 24, 8, 5)).messages).toEqual([]);
    expect(sheet.values()).toEqual(before);
  });
});
