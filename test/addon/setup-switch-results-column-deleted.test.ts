/**
 * A switch TT25 → TT44 after the commune deleted the first results column of "Đánh giá" (I,
 * "Kết quả Mức độ 1", the formula's own), with two columns of its own right of the results
 * ("Ghi chú của xã" in K, "Người kiểm tra" in L, now J and K). The former results are found in
 * I alone, so the new results (I:J) take J, which is the commune's: set-up inserts a column right
 * of the former results and moves theirs there, whole (placeResultsAsFormer's insert path, which
 * no test reached before: hunter, session 17). Expected: the message lines, the headers and the
 * archive typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup, switchedLines } from './scenarios';

const ARCHIVE = 'Lưu trữ TT25 22-11-2026 08.05';

describe('TT25 → TT44 after results column I was deleted, two columns of the commune’s right of it', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const sheet = ss.sheet(SHEETS.assessment);
  expect([sheet.at('A7').value, sheet.at('I4').value, sheet.at('J4').value]).toEqual(['TC1.2', 'Kết quả Mức độ 1', 'Kết quả Mức độ 2']);
  sheet.type('K4', 'Ghi chú của xã');
  sheet.type('K7', 'Đã họp chi bộ');
  sheet.type('L4', 'Người kiểm tra');
  sheet.type('L7', 'Ông Nam');
  sheet.deleteColumn(9);
  expect(['I4', 'J4', 'K4'].map((a1) => sheet.at(a1).value)).toEqual(['Kết quả Mức độ 2', 'Ghi chú của xã', 'Người kiểm tra']);
  ss.sheet(SHEETS.info).type('B7', 'TT44');
  const message = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));

  it('moves the commune’s column out of the new results into a column inserted for it, and says so', () => {
    expect(message).toBe(
      [
        ...switchedLines('TT25', 'TT44', ARCHIVE),
        `Trang "Đánh giá": ô K7 ở cột "Ghi chú của xã" do xã thêm, ô L7 ở cột "Người kiểm tra" do xã thêm (của "TC1.2") thuộc chỉ tiêu không có trong bộ tiêu chí TT44 nên không còn trên trang; nội dung đã được chép sang trang "${ARCHIVE}" và sẽ trở lại cùng chỉ tiêu nếu chuyển lại bộ tiêu chí TT25.`,
        'Trang "Đánh giá": cột "Ghi chú của xã" do xã thêm nằm giữa các cột kết quả nên được chuyển cùng tiêu đề và nội dung từ cột J sang cột K, bên phải kết quả tự tính của bộ tiêu chí TT44 (các cột I:J).',
        'Trang "Số liệu theo đơn vị" không dùng với bộ tiêu chí TT44 nên được để nguyên, số liệu trên trang không bị xoá.',
      ].join('\n'),
    );
  });

  it('lays the results in I:J and both columns of the commune’s right of them, the results formula in I5', () => {
    expect(['I4', 'J4', 'K4', 'L4', 'M4'].map((a1) => sheet.at(a1).value)).toEqual(['Điểm', 'Tối đa', 'Ghi chú của xã', 'Người kiểm tra', '']);
    expect(sheet.at('I5').formula.startsWith('=CDHT_RESULTS(A5:A19;')).toBe(true);
  });

  it('archives TC1.2’s row with both notes under their columns’ letters now', () => {
    const archived = ss.sheet(ARCHIVE).values();
    // Sheet row 7 is archive row 5.
    expect([...archived[1].slice(8, 10), archived[4][0], ...archived[4].slice(8, 10)]).toEqual(['Cột K ("Ghi chú của xã")', 'Cột L ("Người kiểm tra")', 'TC1.2', 'Đã họp chi bộ', 'Ông Nam']);
  });
});
