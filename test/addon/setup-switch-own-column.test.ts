/**
 * A column the commune inserted in "Đánh giá" between "Phụ trách" and the results, through a
 * switch TT25 → TT44 → TT25 (review 14, F8). Before, the switch placed TT44's results by the
 * template's letters, in I:J, over the commune's column: its header "Ghi chú thêm" was lost, TT25's
 * "Kết quả Mức độ 2" stayed in K4, and its note was called a note "ở cột kết quả tự tính". Now the
 * new results take the former results' columns (J:K) and the commune's column stays in I, header
 * and cells, named in the message; its note on a row of an indicator TT44 does not have leaves for
 * the archive with its row and comes back with it.
 *
 * Expected: cells and message lines typed by hand (TT25's indicator rows 5–25, TT44's 5–19).
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup, switchedLines } from './scenarios';

const ARCHIVE_TT25 = 'Lưu trữ TT25 22-11-2026 08.05';
const ARCHIVE_TT44 = 'Lưu trữ TT44 23-11-2026 08.05';
const RESULTS_TT25 = "=CDHT_RESULTS(A5:A25;E5:E25;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)";
const RESULTS_TT44 = "=CDHT_RESULTS(A5:A19;E5:E19;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)";

describe('TT25 → TT44 → TT25 with a notes column inserted after "Phụ trách"', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const sheet = ss.sheet(SHEETS.assessment);
  expect([sheet.at('H4').value, sheet.at('A6').value, sheet.at('I5').formula]).toEqual(['Phụ trách', 'TC1.1', RESULTS_TT25]);
  sheet.insertColumnsAfter(8, 1);
  sheet.type('I4', 'Ghi chú thêm');
  sheet.type('I6', 'ghi chú thêm TC1.1');
  const info = ss.sheet(SHEETS.info);
  info.type('B7', 'TT44');
  const toTT44 = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
  const headersTT44 = ['H4', 'I4', 'J4', 'K4'].map((a1) => sheet.at(a1).value);
  const formulasTT44 = ['I5', 'J5'].map((a1) => sheet.at(a1).formula);
  const sixTT44 = sheet.at('I6').value;
  const archived = ss.sheet(ARCHIVE_TT25).values();
  // A note typed under TT44, on its first indicator's row.
  const firstTT44 = sheet.at('A6').value;
  sheet.type('I6', 'ghi chú dưới TT44');
  info.type('B7', 'TT25');
  const back = setupMessage(setup(ss, new Date(2026, 10, 23, 8, 5)));

  it('to TT44: the column stays in I with its header, the results take J:K, no TT25 header is left', () => {
    expect(headersTT44).toEqual(['Phụ trách', 'Ghi chú thêm', 'Điểm', 'Tối đa']);
    expect(formulasTT44).toEqual(['', RESULTS_TT44]);
    // TC1.1 is not a TT44 indicator: its row, note included, is in the archive.
    expect(sixTT44).toBe('');
    expect([archived[3][0], archived[1].indexOf('Cột I ("Ghi chú thêm")') >= 0 ? archived[3][archived[1].indexOf('Cột I ("Ghi chú thêm")')] : 'no "Cột I ("Ghi chú thêm")"']).toEqual([
      'TC1.1',
      'ghi chú thêm TC1.1',
    ]);
  });

  it('to TT44: the message names the commune’s column as kept and the note’s row as archived, not as a results cell', () => {
    expect(toTT44).toBe(
      [
        ...switchedLines('TT25', 'TT44', ARCHIVE_TT25),
        `Trang "Đánh giá": ô I6 ở cột "Ghi chú thêm" do xã thêm (của "TC1.1") thuộc chỉ tiêu không có trong bộ tiêu chí TT44 nên không còn trên trang; nội dung đã được chép sang trang "${ARCHIVE_TT25}" và sẽ trở lại cùng chỉ tiêu nếu chuyển lại bộ tiêu chí TT25.`,
        'Trang "Đánh giá": cột I ("Ghi chú thêm") do xã thêm được giữ nguyên trên trang, nội dung đi theo dòng của nó; kết quả tự tính của bộ tiêu chí TT44 ở các cột J:K.',
        'Trang "Số liệu theo đơn vị" không dùng với bộ tiêu chí TT44 nên được để nguyên, số liệu trên trang không bị xoá.',
      ].join('\n'),
    );
  });

  it('back to TT25: the column is still in I, the TT25 note back on TC1.1’s row, the TT44 one archived with TC2, TT25’s results in J:K', () => {
    expect(['H4', 'I4', 'J4', 'K4'].map((a1) => sheet.at(a1).value)).toEqual(['Phụ trách', 'Ghi chú thêm', 'Kết quả Mức độ 1', 'Kết quả Mức độ 2']);
    expect(['I5', 'J5'].map((a1) => sheet.at(a1).formula)).toEqual(['', RESULTS_TT25]);
    expect(sheet.at('I6').value).toBe('ghi chú thêm TC1.1');
    // TT44's TC2 is not a TT25 indicator: its row, note included, leaves for the archive of this switch.
    expect(firstTT44).toBe('TC2');
    const archivedTT44 = ss.sheet(ARCHIVE_TT44).values();
    expect([archivedTT44[1][8], archivedTT44[3][0], archivedTT44[3][8]]).toEqual(['Cột I ("Ghi chú thêm")', 'TC2', 'ghi chú dưới TT44']);
    expect(back).toBe(
      [
        ...switchedLines('TT44', 'TT25', ARCHIVE_TT44),
        'Trang "Đánh giá": ô I6 ở cột "Ghi chú thêm" do xã thêm (của "TC1.1") được lấy lại từ trang lưu trữ cùng với chỉ tiêu của chúng.',
        `Trang "Đánh giá": ô I6 ở cột "Ghi chú thêm" do xã thêm (của "TC2") thuộc chỉ tiêu không có trong bộ tiêu chí TT25 nên không còn trên trang; nội dung đã được chép sang trang "${ARCHIVE_TT44}" và sẽ trở lại cùng chỉ tiêu nếu chuyển lại bộ tiêu chí TT44.`,
        'Trang "Đánh giá": cột I ("Ghi chú thêm") do xã thêm được giữ nguyên trên trang, nội dung đi theo dòng của nó; kết quả tự tính của bộ tiêu chí TT25 ở các cột J:K.',
      ].join('\n'),
    );
  });
});

/**
 * A column inserted between the two results columns (I and K after the insertion): CDHT_RESULTS in
 * I spills over it. The switch writes TT44's results side by side in I:J and moves the column,
 * header and notes, right of them into K, where TT25's second results column was; the message
 * says where it went. Cells and message typed by hand.
 */
describe('TT25 → TT44 with a column inserted between the two results columns', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const sheet = ss.sheet(SHEETS.assessment);
  sheet.insertColumnsAfter(9, 1);
  sheet.type('J4', 'Người kiểm tra');
  sheet.type('J6', 'Bà Lan');
  expect(['I4', 'K4', 'I5'].map((a1) => sheet.at(a1).formula || sheet.at(a1).value)).toEqual(['Kết quả Mức độ 1', 'Kết quả Mức độ 2', RESULTS_TT25]);
  ss.sheet(SHEETS.info).type('B7', 'TT44');
  const message = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));

  it('the results take I:J, the column moves to K with its header, no TT25 header is left', () => {
    expect(['H4', 'I4', 'J4', 'K4', 'L4'].map((a1) => sheet.at(a1).value)).toEqual(['Phụ trách', 'Điểm', 'Tối đa', 'Người kiểm tra', '']);
    expect(sheet.at('I5').formula).toBe(RESULTS_TT44);
    // TC1.1 (row 6) is not a TT44 indicator: its note leaves with its row for the archive.
    expect(['J6', 'K6'].map((a1) => sheet.at(a1).value)).toEqual(['', '']);
    const archived = ss.sheet(ARCHIVE_TT25).values();
    const k = archived[1].indexOf('Cột K ("Người kiểm tra")');
    expect([archived[3][0], k >= 0 ? archived[3][k] : 'no "Cột K ("Người kiểm tra")"']).toEqual(['TC1.1', 'Bà Lan']);
  });

  it('the message says where the column went and names the note’s row as archived', () => {
    expect(message).toBe(
      [
        ...switchedLines('TT25', 'TT44', ARCHIVE_TT25),
        `Trang "Đánh giá": ô K6 ở cột "Người kiểm tra" do xã thêm (của "TC1.1") thuộc chỉ tiêu không có trong bộ tiêu chí TT44 nên không còn trên trang; nội dung đã được chép sang trang "${ARCHIVE_TT25}" và sẽ trở lại cùng chỉ tiêu nếu chuyển lại bộ tiêu chí TT25.`,
        'Trang "Đánh giá": cột "Người kiểm tra" do xã thêm nằm giữa các cột kết quả nên được chuyển cùng tiêu đề và nội dung từ cột J sang cột K, bên phải kết quả tự tính của bộ tiêu chí TT44 (các cột I:J).',
        'Trang "Số liệu theo đơn vị" không dùng với bộ tiêu chí TT44 nên được để nguyên, số liệu trên trang không bị xoá.',
      ].join('\n'),
    );
  });
});

// Blind sample 12-edge, P20: the regrouped rows were rewritten as wide as the template (10 columns), not as the sheet (12): with
// two columns of the commune's after "Phụ trách", the rewrite left TT44's results formula out of K5 and the results were gone.
describe('TT25 → TT44 with two notes columns inserted after "Phụ trách"', () => {
  it('the results formula heads K5, the commune’s columns stay in I and J with their headers', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const sheet = ss.sheet(SHEETS.assessment);
    sheet.insertColumnsAfter(8, 2);
    sheet.type('I4', 'Ghi chú 1');
    sheet.type('J4', 'Ghi chú 2');
    ss.sheet(SHEETS.info).type('B7', 'TT44');
    const message = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
    expect(['H4', 'I4', 'J4', 'K4', 'L4'].map((a1) => sheet.at(a1).value)).toEqual(['Phụ trách', 'Ghi chú 1', 'Ghi chú 2', 'Điểm', 'Tối đa']);
    expect(['I5', 'J5', 'K5', 'L5'].map((a1) => sheet.at(a1).formula)).toEqual(['', '', RESULTS_TT44, '']);
    expect(message).toContain(
      'Trang "Đánh giá": cột I ("Ghi chú 1"), cột J ("Ghi chú 2") do xã thêm được giữ nguyên trên trang, nội dung đi theo dòng của nó; kết quả tự tính của bộ tiêu chí TT44 ở các cột K:L.',
    );
  });
});

// A column of the commune's that holds nothing (not even a header) is no news: kept, not named.
describe('TT25 → TT44 with an empty column inserted after "Phụ trách"', () => {
  it('the switch names no column of the commune’s', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    ss.sheet(SHEETS.assessment).insertColumnsAfter(8, 1);
    ss.sheet(SHEETS.info).type('B7', 'TT44');
    const message = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
    expect(message).toContain(`Dữ liệu cũ của trang "Đánh giá" được lưu ở trang "${ARCHIVE_TT25}".`);
    expect(message).not.toContain('do xã thêm');
  });
});
