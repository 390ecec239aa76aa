/**
 * A switch of ruleset after someone deleted a column of "Đánh giá" left of the results (issue 14,
 * session 10, gap 3). The switch re-inserts the column before it reads where the former results
 * are (formerResults), but read what each cell showed before the insertion: the formula's cell
 * and what it shows were one column apart, so a #REF! (a note blocking the spill) went unseen and
 * the whole spill area passed for the former results. A note typed there was then neither
 * archived nor named: lost. Now what the cells showed moves with the inserted column.
 *
 * Expected: the note typed in I7 (TC1.2's row), column F (links) deleted, so the note is in H7
 * and the results formula in H5; the switch re-creates F, so both are back in I; the message
 * names I7 and the archive, and the archive holds the note under "Cột I" on TC1.2's row. Messages
 * typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

const ARCHIVE = 'Lưu trữ TT25 22-11-2026 08.05';
const HISTORY = 'có thể xem và chép lại từ Tệp → Nhật ký phiên bản → Xem nhật ký phiên bản, ở phiên bản trước khi cột bị xoá.';

/** The switch's message, typed by hand, for the assessment page named `page`. */
const switchMessage = (page: string) =>
  [
    `Đã kiểm tra và sửa: Hướng dẫn, Thông tin, ${page}, Danh mục minh chứng, Kết quả, Số liệu PCGD-XMC, Bộ tiêu chí.`,
    `Bộ tiêu chí đang áp dụng: TT44. Dữ liệu đã nhập được giữ nguyên trên trang hoặc ở trang lưu trữ "${ARCHIVE}", trừ cột bị xoá nêu dưới đây.`,
    'Đã chuyển sang bộ tiêu chí TT44; dữ liệu và Bộ tiêu chí cũ (TT25) được lưu ở trang lưu trữ.',
    `Dữ liệu cũ của trang "${page}" được lưu ở trang "${ARCHIVE}".`,
    `Trang "${page}": cột "Minh chứng (liên kết)" bị thiếu (có thể đã bị xoá) nên đã được tạo lại, trống, ở cột F. Những gì đã nhập ở các ô F5:F25 (nếu có) đã mất cùng cột cũ; ${HISTORY}`,
    `Trang "${page}": ô I7 ("Ghi chú I7") ở cột kết quả tự tính không còn trên trang (kết quả tự tính ở đó, hoặc chỉ tiêu của dòng không còn); nội dung đã được chép sang trang "${ARCHIVE}".`,
    'Trang "Số liệu theo đơn vị" không dùng với bộ tiêu chí TT44 nên được để nguyên, số liệu trên trang không bị xoá.',
  ].join('\n');

describe('TT25 → TT44 after column F of "Đánh giá" was deleted, a note blocking the results', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const sheet = ss.sheet(SHEETS.assessment);
  expect([sheet.at('A7').value, sheet.at('I5').formula.startsWith('=CDHT_RESULTS(')]).toEqual(['TC1.2', true]);
  sheet.type('I7', 'Ghi chú I7');
  // The note blocks the spill: Sheets shows #REF! in the formula's cell.
  ss.evaluate = (formula) => (formula.startsWith('=CDHT_RESULTS(') ? '#REF!' : '');
  sheet.deleteColumn(6);
  expect([sheet.at('H7').value, sheet.at('H5').formula.startsWith('=CDHT_RESULTS(')]).toEqual(['Ghi chú I7', true]);
  ss.sheet(SHEETS.info).type('B7', 'TT44');
  const message = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));

  it('names the note in I7 with the archive that holds it, and the column re-created', () => {
    expect(message).toBe(switchMessage('Đánh giá'));
  });

  it('the archive holds the note on TC1.2’s row under "Cột I"', () => {
    const archived = ss.sheet(ARCHIVE).values();
    // Sheet row 7 is archive row 5.
    expect([archived[1][8], archived[4][0], archived[4][8]]).toEqual(['Cột I', 'TC1.2', 'Ghi chú I7']);
  });
});

/**
 * The same sheet repaired without a switch: the note blocking the results is text typed into a
 * computed area (typedInComputed), found by what the formula showed before set-up re-inserted
 * column F. That reading must stay at the positions it was read at while the sheet's cells follow
 * the inserted column (formulaResults copies them: reading them after the insertion, H5 showed
 * nothing and the note passed unseen).
 */
describe('the same deletion repaired without a switch', () => {
  it('archives the note in I7 and names it, beside the column re-created', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const sheet = ss.sheet(SHEETS.assessment);
    sheet.type('I7', 'Ghi chú I7');
    ss.evaluate = (formula) => (formula.startsWith('=CDHT_RESULTS(') ? '#REF!' : '');
    sheet.deleteColumn(6);
    const message = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
    const typed = 'Lưu trữ ô tự tính 22-11-2026 08.05';
    expect(message).toBe(
      [
        'Đã kiểm tra và sửa: Hướng dẫn, Thông tin, Đánh giá, Danh mục minh chứng, Kết quả, Số liệu PCGD-XMC, Số liệu theo đơn vị, Bộ tiêu chí.',
        'Bộ tiêu chí đang áp dụng: TT25. Dữ liệu đã nhập được giữ nguyên, trừ cột bị xoá nêu dưới đây.',
        `Trang "Đánh giá": cột "Minh chứng (liên kết)" bị thiếu (có thể đã bị xoá) nên đã được tạo lại, trống, ở cột F. Những gì đã nhập ở các ô F5:F25 (nếu có) đã mất cùng cột cũ; ${HISTORY}`,
        `Trang "Đánh giá": ô tự tính I7 ("Ghi chú I7") có nội dung nhập tay; nội dung đã được chép sang trang "${typed}" và ô được làm trống để kết quả hiện lại.`,
      ].join('\n'),
    );
    expect([sheet.at('I7').value, ss.sheet(typed).values()[4].slice(2, 4)]).toEqual(['', ['I7', 'Ghi chú I7']]);
  });
});

/**
 * Where a deleted column's cells were, on a switch (newcomer review of issue 14, F3): the message
 * named the new layout's range (TT44's F5:F19 after TT25's column F was deleted) while the links
 * typed were in TT25's F5:F25 (TC5.1–TC5.2b in F23:F25), which the user looks for in the version
 * history. Now each direction names the rows the former ruleset had: above, TT25 → TT44 names
 * F5:F25; here TT44 → TT25 names TT44's F5:F19, not TT25's F5:F25.
 */
describe('TT44 → TT25 after column F of "Đánh giá" was deleted', () => {
  it('names the cells of the TT44 page the links were in', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    ss.sheet(SHEETS.info).type('B7', 'TT44');
    setup(ss, new Date(2026, 10, 22, 8, 5));
    ss.sheet(SHEETS.assessment).deleteColumn(6);
    ss.sheet(SHEETS.info).type('B7', 'TT25');
    const message = setupMessage(setup(ss, new Date(2026, 10, 22, 9, 5)));
    expect(message).toContain(
      `Trang "Đánh giá": cột "Minh chứng (liên kết)" bị thiếu (có thể đã bị xoá) nên đã được tạo lại, trống, ở cột F. Những gì đã nhập ở các ô F5:F19 (nếu có) đã mất cùng cột cũ; ${HISTORY}`,
    );
  });
});

/**
 * The same switch on a page people renamed (blind sample 13, P16): set-up finds it by its tag, and
 * what its cells showed must follow the re-inserted column F as on a page of the template's name.
 * Read under the tab's name instead, the reading stayed where it was taken: H5's #REF! went
 * unseen, the whole spill area passed for the former results and the note in I7 was neither
 * archived nor named. Expected as above, the page named "Đánh giá 2026"; typed by hand.
 */
describe('TT25 → TT44 after column F of a renamed "Đánh giá" was deleted, a note blocking the results', () => {
  it('names the note in I7 with the archive, which holds it on TC1.2’s row under "Cột I"', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const sheet = ss.sheet(SHEETS.assessment);
    sheet.setName('Đánh giá 2026');
    sheet.type('I7', 'Ghi chú I7');
    ss.evaluate = (formula) => (formula.startsWith('=CDHT_RESULTS(') ? '#REF!' : '');
    sheet.deleteColumn(6);
    ss.sheet(SHEETS.info).type('B7', 'TT44');
    const message = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
    expect(message).toBe(switchMessage('Đánh giá 2026'));
    const archived = ss.sheet(ARCHIVE).values();
    expect([archived[1][8], archived[4][0], archived[4][8]]).toEqual(['Cột I', 'TC1.2', 'Ghi chú I7']);
  });
});
