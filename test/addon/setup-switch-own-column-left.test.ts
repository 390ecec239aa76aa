/**
 * A column of the commune's own left of "Mã" in "Đánh giá" ("STT", 1/2/3 on TC1.1–TC1.3), through a
 * switch TT25 → TT44 → TT25 (review 14, F6). Before, the switch to TT44 called A6:A8 cells "ở cột
 * kết quả tự tính", and the switch back said they were not written to the page while they were
 * there. Now every message that names those cells names their column as the commune's ('ở cột "STT"
 * do xã thêm'), says what the page holds after each switch, and the archive heads the column with
 * the commune's header ('Cột A ("STT")'), not its letter alone.
 *
 * Expected: cells and message lines typed by hand (TT25's indicator rows 5–25 shift one column
 * right: codes in B, results in J:K).
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup, switchedLines } from './scenarios';

const ARCHIVE_TT25 = 'Lưu trữ TT25 22-11-2026 08.05';
const ARCHIVE_TT44 = 'Lưu trữ TT44 23-11-2026 08.05';

describe('TT25 → TT44 → TT25 with a column "STT" inserted before "Mã"', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const sheet = ss.sheet(SHEETS.assessment);
  sheet.insertColumnsBefore(1, 1);
  sheet.type('A4', 'STT');
  for (let r = 6; r <= 8; r++) sheet.type(`A${r}`, r - 5);
  const info = ss.sheet(SHEETS.info);
  info.type('B7', 'TT44');
  const toTT44 = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
  const pageTT44 = ['A4', 'A6', 'A7', 'A8', 'B6'].map((a1) => sheet.at(a1).value);
  const archived = ss.sheet(ARCHIVE_TT25).values();
  info.type('B7', 'TT25');
  const back = setupMessage(setup(ss, new Date(2026, 10, 23, 8, 5)));

  it('to TT44: the column stays with its header; its cells leave with their rows, under the commune’s header in the archive', () => {
    expect(pageTT44).toEqual(['STT', '', '', '', 'TC2']);
    const column = archived[1].indexOf('Cột A ("STT")');
    expect(column).toBeGreaterThan(7);
    expect(archived.slice(3, 6).map((row) => [row[0], row[column]])).toEqual([
      ['TC1.1', 1],
      ['TC1.2', 2],
      ['TC1.3', 3],
    ]);
  });

  it('to TT44: the message names the cells as the commune’s column, never as results', () => {
    expect(toTT44).toBe(
      [
        ...switchedLines('TT25', 'TT44', ARCHIVE_TT25),
        `Trang "Đánh giá": ô A6 ở cột "STT" do xã thêm (của "TC1.1"), ô A7 ở cột "STT" do xã thêm (của "TC1.2"), ô A8 ở cột "STT" do xã thêm (của "TC1.3") thuộc chỉ tiêu không có trong bộ tiêu chí TT44 nên không còn trên trang; nội dung đã được chép sang trang "${ARCHIVE_TT25}" và sẽ trở lại cùng chỉ tiêu nếu chuyển lại bộ tiêu chí TT25.`,
        'Trang "Đánh giá": cột A ("STT") do xã thêm được giữ nguyên trên trang, nội dung đi theo dòng của nó; kết quả tự tính của bộ tiêu chí TT44 ở các cột J:K.',
        'Trang "Số liệu theo đơn vị" không dùng với bộ tiêu chí TT44 nên được để nguyên, số liệu trên trang không bị xoá.',
      ].join('\n'),
    );
  });

  it('back to TT25: 1, 2, 3 are on the page beside their codes, and the message says so', () => {
    expect(['A4', 'A6', 'B6', 'A7', 'B7', 'A8', 'B8'].map((a1) => sheet.at(a1).value)).toEqual(['STT', 1, 'TC1.1', 2, 'TC1.2', 3, 'TC1.3']);
    expect(back).toBe(
      [
        ...switchedLines('TT44', 'TT25', ARCHIVE_TT44),
        'Trang "Đánh giá": ô A6 ở cột "STT" do xã thêm (của "TC1.1"), ô A7 ở cột "STT" do xã thêm (của "TC1.2"), ô A8 ở cột "STT" do xã thêm (của "TC1.3") được lấy lại từ trang lưu trữ cùng với chỉ tiêu của chúng.',
        'Trang "Đánh giá": cột A ("STT") do xã thêm được giữ nguyên trên trang, nội dung đi theo dòng của nó; kết quả tự tính của bộ tiêu chí TT25 ở các cột J:K.',
      ].join('\n'),
    );
  });
});
