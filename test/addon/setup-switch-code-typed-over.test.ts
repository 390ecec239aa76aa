/**
 * A commune typed a note over TC1.1's code (A6 of "Đánh giá") and gave TC1.1 "Đạt" (newcomer hunt,
 * session 18). A plain repair finds the row by its wording, writes the code back and names the
 * cell: "Đạt" stays TC1.1's. A switch TT25 → TT44 does not find it: it archives row 6 as a row of the
 * commune's "under TC1", and back under TT25 the row returns beside a new, empty TC1.1 row, so
 * TC1.1 has no value and no message says why. Expected cells typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { rowWith, setup } from './scenarios';

const NOTE = 'TC1.1 – đã họp 3/11';

function typedOverCode() {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const sheet = ss.sheet(SHEETS.assessment);
  sheet.type('A6', NOTE);
  sheet.type('E6', 'Đạt');
  return { ss, sheet };
}

describe('TC1.1’s code typed over, its value "Đạt"', () => {
  it('a plain repair writes the code back and keeps "Đạt" beside it', () => {
    const { ss, sheet } = typedOverCode();
    const message = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
    expect(message).toContain(`Trang "Đánh giá", dòng 6: ô A6 ghi "${NOTE}", khác với mẫu, nên đã ghi lại "TC1.1".`);
    expect([sheet.at('A6').value, sheet.at('E6').value]).toEqual(['TC1.1', 'Đạt']);
  });

  // Was a finding (session 18): the switch did not find the row by its wording, as the repair does (row 6 was archived as "dưới TC1").
  it('TT25 → TT44 → TT25: "Đạt" is TC1.1’s again', () => {
    const { ss, sheet } = typedOverCode();
    ss.sheet(SHEETS.info).type('B7', 'TT44');
    setup(ss, new Date(2026, 10, 22, 8, 5));
    ss.sheet(SHEETS.info).type('B7', 'TT25');
    setup(ss, new Date(2026, 10, 22, 8, 6));
    expect(sheet.at(`E${rowWith(sheet, 1, 'TC1.1')}`).value).toBe('Đạt');
  });

  // What was typed over the code is the commune's: the switch names the cell, as a repair does, and
  // keeps the text in the archive it names (TC1.1 has no row under TT44, so the row leaves the page).
  it('TT25 → TT44: names A6 and keeps its text in the switch archive', () => {
    const { ss } = typedOverCode();
    ss.sheet(SHEETS.info).type('B7', 'TT44');
    const message = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
    const archive = 'Lưu trữ TT25 22-11-2026 08.05';
    expect(message).toContain(
      `Trang "Đánh giá", dòng 6: ô A6 ghi "${NOTE}", khác với mẫu; dòng được nhận là của "TC1.1" theo các ô khác của nó và đi cùng chỉ tiêu này, nội dung ô được lưu ở trang "${archive}".`,
    );
    expect(
      ss
        .sheet(archive)
        .values()
        .some((row) => row[0] === NOTE && row[4] === 'Đạt'),
    ).toBe(true);
  });
});
