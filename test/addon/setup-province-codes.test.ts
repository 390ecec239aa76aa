/**
 * A province removes an indicator from "Bộ tiêu chí", or gives one another code and wording. The
 * commune's row of it in "Đánh giá" then holds a code the table no longer has: set-up cannot tell
 * whose values they are, so it stops, changes nothing, and says in Vietnamese which cell, why, and
 * what to do for a slip, a new code or a removed indicator. Each way out the message gives is then
 * followed here and ends with every value kept. (Before session 7 such a table made set-up rebuild
 * "Đánh giá" in silence; no test pinned the refusal's words.) Expected texts typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { filledWorkbook, REPAIRED_TT25, setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);
const REFUSAL =
  'Trang "Đánh giá", ô A7: "TC1.2" không phải mã chỉ tiêu nào trong trang "Bộ tiêu chí" (TT25), nên chưa biết giá trị ở dòng 7 thuộc chỉ tiêu nào. ' +
  'Nếu mã gõ nhầm, hãy sửa lại cho đúng; nếu tỉnh đã đổi mã chỉ tiêu trong trang "Bộ tiêu chí", hãy ghi mã mới vào ô; nếu chỉ tiêu đã bị bỏ khỏi bảng, hãy ghi lại nó vào bảng hoặc xoá mã ở ô (giá trị trên dòng vẫn còn nhưng không được tính nữa). Sau đó chạy lại.\n' +
  'Chưa thay đổi gì trong bảng tính.';
/** Row 7 of "Đánh giá" (TC1.2) as filledWorkbook leaves it, from column C: requirements, then the commune's values. */
const VALUES = ['Đạt', 'Đạt', 'Đạt', 'https://drive.google.com/mc-TC1.2', 'Ghi chú TC1.2', 'Phụ trách TC1.2'];

/** The filled workbook with TC1.2 on row 5 of "Bộ tiêu chí" and row 7 of "Đánh giá". */
function filled() {
  const { ss } = filledWorkbook();
  const table = ss.sheet(SHEETS.ruleset);
  const sheet = ss.sheet(SHEETS.assessment);
  expect([table.at('B5').value, sheet.at('A7').value, sheet.values()[6].slice(2, 8)]).toEqual(['TC1.2', 'TC1.2', VALUES]);
  return { ss, table, sheet };
}

describe('an indicator the province removed from "Bộ tiêu chí"', () => {
  it('stops, names the cell and what to do, changes nothing; the code cleared, the row stays the commune’s with its values', () => {
    const { ss, table, sheet } = filled();
    table.deleteRow(5);
    const before = JSON.stringify(ss.state());
    const result = setup(ss, LATER);
    expect(result).toEqual({ rulesetId: 'TT25', created: [], updated: [], archive: null, messages: REFUSAL.split('\n'), refused: true });
    expect(setupMessage(result)).toBe(REFUSAL);
    expect(JSON.stringify(ss.state())).toBe(before);

    sheet.type('A7', '');
    expect(setupMessage(setup(ss, LATER))).toBe(REPAIRED_TT25);
    expect(sheet.values()[6].slice(0, 8)).toEqual([
      '',
      'Xây dựng chương trình, kế hoạch thực hiện công tác xây dựng xã hội học tập hằng năm và tổ chức triển khai, thực hiện đầy đủ các chương trình, kế hoạch',
      ...VALUES,
    ]);
    expect([sheet.at('A6').value, sheet.at('A8').value]).toEqual(['TC1.1', 'TC1.3']);
  });
});

describe('an indicator the province gave another code', () => {
  it('with its wording kept: the row is found by its wording and the new code written, named', () => {
    const { ss, table, sheet } = filled();
    table.type('B5', 'TC1.9');
    expect(setupMessage(setup(ss, LATER))).toBe(`${REPAIRED_TT25}\nTrang "Đánh giá", dòng 7: ô A7 ghi "TC1.2", khác với mẫu, nên đã ghi lại "TC1.9".`);
    expect(sheet.values()[6].slice(0, 8)).toEqual([
      'TC1.9',
      'Xây dựng chương trình, kế hoạch thực hiện công tác xây dựng xã hội học tập hằng năm và tổ chức triển khai, thực hiện đầy đủ các chương trình, kế hoạch',
      ...VALUES,
    ]);
  });

  it('reworded too: stops as for a removed one; the new code typed as told, the new wording is written beside the values', () => {
    const { ss, table, sheet } = filled();
    table.type('B5', 'TC1.9');
    table.type('C5', 'Kế hoạch của tỉnh');
    expect(setupMessage(setup(ss, LATER))).toBe(REFUSAL);
    sheet.type('A7', 'TC1.9');
    expect(setupMessage(setup(ss, LATER))).toBe(REPAIRED_TT25);
    expect(sheet.values()[6].slice(0, 8)).toEqual(['TC1.9', 'Kế hoạch của tỉnh', ...VALUES]);
  });
});
