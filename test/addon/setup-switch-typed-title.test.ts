/**
 * A commune typed its own title over the formula in A2 of "Đánh giá" (the line that names the
 * commune, the year and the ruleset), then switched ruleset (newcomer hunt, session 18). A plain
 * repair archives that text and names it as typed over a computed cell. A switch rebuilds the page
 * and reads only its indicator rows into the switch's archive; the rows above them were read for
 * the template's labels alone, so the formula was written back over the text in silence and the
 * text was on no sheet. Expected message and archive cells typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { setUpUnder, setup } from './scenarios';

const TITLE = 'Xã Hòa An – tự đánh giá năm 2025';
const COMPUTED = 'Lưu trữ ô tự tính 22-11-2026 08.05';

describe.each([
  ['TT25', 'TT44'],
  ['TT44', 'TT25'],
] as const)('%s → %s with a title typed over the formula in A2', (from, to) => {
  const ss = setUpUnder(from);
  const sheet = ss.sheet(SHEETS.assessment);
  expect(sheet.at('A2').formula.startsWith("='Thông tin'!$B$4")).toBe(true);
  sheet.type('A2', TITLE);
  ss.sheet(SHEETS.info).type('B7', to);
  const lines = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5))).split('\n');

  it('archives the typed title and names A2, as a plain repair does', () => {
    expect(lines).toContain(`Trang "Đánh giá": ô tự tính A2 ("${TITLE}") có nội dung nhập tay; nội dung đã được chép sang trang "${COMPUTED}" và ô được làm trống để kết quả hiện lại.`);
    // Sheet, what the row is, cell, what was typed (from the archive's fifth row on).
    expect(ss.sheet(COMPUTED).values()[4].slice(2, 4)).toEqual(['A2', TITLE]);
  });

  it('writes the new ruleset’s title formula back in A2', () => {
    const thong = to === 'TT44' ? 'Thông tư 44/2014/TT-BGDĐT' : 'Thông tư 25/2023/TT-BGDĐT';
    expect(sheet.at('A2').formula).toContain(thong);
  });
});
