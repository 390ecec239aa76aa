/**
 * Each column of "Đánh giá" deleted in turn, under each scheme, then "Thiết lập / sửa mẫu"
 * (issue 14's repair pass, findings 1 and 2). Before: a deleted column of inputs (E–H) came back
 * empty while the message said "Dữ liệu đã nhập được giữ nguyên", and under TT44 a deleted column
 * C ("Điểm tối đa") was named "cột D của mẫu" (TT44's blank column D, moved left, took its place).
 * Now the message names the column by the header the scheme in use gives it, says which cells came
 * back empty and where what they held can still be found (the file's version history), and the
 * line on kept data names the exception.
 *
 * Expected: messages typed by hand from the template's headers (README, "The commune workbook");
 * the sheet exactly as before the deletion, but for the deleted column's cells under the header
 * (rows 5–25 under TT25, 5–19 under TT44) when it held inputs.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { expectAllKept, filledWorkbook, setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);
const CHECKED = {
  TT25: 'Đã kiểm tra và sửa: Hướng dẫn, Thông tin, Đánh giá, Danh mục minh chứng, Kết quả, Số liệu PCGD-XMC, Số liệu theo đơn vị, Bộ tiêu chí.',
  TT44: 'Đã kiểm tra và sửa: Hướng dẫn, Thông tin, Đánh giá, Danh mục minh chứng, Kết quả, Số liệu PCGD-XMC, Bộ tiêu chí.',
};
const HISTORY = 'có thể xem và chép lại từ Tệp → Nhật ký phiên bản → Xem nhật ký phiên bản, ở phiên bản trước khi cột bị xoá.';
const gone = (header: string, letter: string) => `Trang "Đánh giá": cột "${header}" bị thiếu (có thể đã bị xoá) nên đã được tạo lại ở cột ${letter}, với nội dung của mẫu.`;
const emptied = (header: string, letter: string, last: number) =>
  `Trang "Đánh giá": cột "${header}" bị thiếu (có thể đã bị xoá) nên đã được tạo lại, trống, ở cột ${letter}. Những gì đã nhập ở các ô ${letter}5:${letter}${last} (nếu có) đã mất cùng cột cũ; ${HISTORY}`;

const CASES: Array<['TT25' | 'TT44', string, string, boolean]> = [
  ['TT25', 'A', gone('Mã', 'A'), false],
  ['TT25', 'B', gone('Chỉ tiêu (nội dung theo văn bản)', 'B'), false],
  ['TT25', 'C', gone('Yêu cầu Mức độ 1', 'C'), false],
  ['TT25', 'D', gone('Yêu cầu Mức độ 2', 'D'), false],
  ['TT25', 'E', emptied('Giá trị của xã', 'E', 25), true],
  ['TT25', 'F', emptied('Minh chứng (liên kết)', 'F', 25), true],
  ['TT25', 'G', emptied('Kết quả thực hiện (việc đã làm, số liệu)', 'G', 25), true],
  ['TT25', 'H', emptied('Phụ trách', 'H', 25), true],
  ['TT25', 'I', gone('Kết quả Mức độ 1', 'I'), false],
  ['TT25', 'J', gone('Kết quả Mức độ 2', 'J'), false],
  ['TT44', 'A', gone('Mã', 'A'), false],
  ['TT44', 'B', gone('Tiêu chí', 'B'), false],
  // Before: 'cột D của mẫu … ở cột D'.
  ['TT44', 'C', gone('Điểm tối đa', 'C'), false],
  ['TT44', 'D', 'Trang "Đánh giá": cột D (để trống trong mẫu) bị thiếu (có thể đã bị xoá) nên đã được tạo lại ở cột D.', false],
  ['TT44', 'E', emptied('Điểm tự chấm', 'E', 19), true],
  ['TT44', 'F', emptied('Minh chứng (liên kết)', 'F', 19), true],
  ['TT44', 'G', emptied('Kết quả thực hiện (việc đã làm, số liệu)', 'G', 19), true],
  ['TT44', 'H', emptied('Phụ trách', 'H', 19), true],
  ['TT44', 'I', gone('Điểm', 'I'), false],
  ['TT44', 'J', gone('Tối đa', 'J'), false],
];

describe('each column of "Đánh giá" deleted: named as the scheme names it; inputs lost said so', () => {
  for (const [rulesetId, letter, message, inputs] of CASES) {
    it(`${rulesetId}, column ${letter}`, () => {
      const { ss, tracked } = filledWorkbook(rulesetId);
      const sheet = ss.sheet(SHEETS.assessment);
      const before = sheet.values().map((row) => [...row]);
      const column = letter.charCodeAt(0) - 65;
      const last = rulesetId === 'TT25' ? 25 : 19;
      sheet.deleteColumn(column + 1);
      const kept = inputs ? 'Dữ liệu đã nhập được giữ nguyên, trừ cột bị xoá nêu dưới đây.' : 'Dữ liệu đã nhập được giữ nguyên.';
      expect(setupMessage(setup(ss, LATER))).toBe([CHECKED[rulesetId], `Bộ tiêu chí đang áp dụng: ${rulesetId}. ${kept}`, message].join('\n'));
      const expected = before.map((row, r) => row.map((cell, c) => (inputs && c === column && r >= 4 && r < last ? '' : cell)));
      // TT25's percents (TC5.1, TC5.2a, TC5.2b on rows 23–25) emptied get their rate from the counts back.
      if (rulesetId === 'TT25' && letter === 'E') {
        expected[22][4] = "='Số liệu theo đơn vị'!$E$4";
        expected[23][4] = "='Số liệu theo đơn vị'!$E$5";
        expected[24][4] = "='Số liệu theo đơn vị'!$E$6";
      }
      expect(sheet.values()).toEqual(expected);
      if (!inputs) expectAllKept(tracked);
      // A second repair finds everything in place and says nothing more.
      expect(setup(ss, LATER).messages).toEqual([]);
    });
  }
});

describe('a row and a column of inputs deleted together', () => {
  it('the kept line names both exceptions; each is named below it', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    expect(sheet.at('A7').value).toBe('TC1.2');
    sheet.deleteRow(7);
    sheet.deleteColumn(8);
    expect(setupMessage(setup(ss, LATER))).toBe(
      [
        CHECKED.TT25,
        'Bộ tiêu chí đang áp dụng: TT25. Dữ liệu đã nhập được giữ nguyên, trừ dòng và cột bị xoá nêu dưới đây.',
        emptied('Phụ trách', 'H', 25),
        'Trang "Đánh giá": dòng "TC1.2" bị thiếu (có thể đã bị xoá) nên đã được tạo lại, trống, ở dòng 7. Nếu dòng này từng có giá trị, hãy nhập lại.',
      ].join('\n'),
    );
  });
});
