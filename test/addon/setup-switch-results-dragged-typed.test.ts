/**
 * A breaker's finding (session 19): "Kết quả Mức độ 1" (column I of "Đánh giá", the results
 * formula's own) dragged to another column, its header AND its formula cell typed over, then a
 * switch TT25 → TT44. Nothing is left to know the column by (its header, its formula and so its
 * spilled results are gone), so, as a repair does (setup-results-moved-header-typed.test.ts covers
 * the header alone), the column is the commune's: kept on the page with what was typed, the cell on
 * the TT25 heading row archived with its row. The message said three false things: "Kết quả Mức độ
 * 2" of TT25 "bị thiếu … tạo lại ở cột K" where TT44 writes "Tối đa"; a column "do xã thêm" moved
 * from K to L that held nothing; and the note on TC1's heading row was "of TC1, not in TT44", when
 * TT44 has a TC1 (it is TT25's heading row that TT44 has no room for). Expected lines and cells
 * typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import type { FakeSheet } from '../fakes/spreadsheet';
import { expectAllKept, filledWorkbook, setup, switchedLines } from './scenarios';

const ARCHIVE = 'Lưu trữ TT25 22-11-2026 08.05';
const HEADING = 'TC1. Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã';
const UNITS = 'Trang "Số liệu theo đơn vị" không dùng với bộ tiêu chí TT44 nên được để nguyên, số liệu trên trang không bị xoá.';

const headers = (sheet: FakeSheet) => sheet.values()[3];
const resultsFormulas = (sheet: FakeSheet) =>
  sheet.values().flatMap((row, r) => row.flatMap((cell, c) => (String(cell).startsWith('=CDHT_RESULTS(') ? [`${String.fromCharCode(65 + c)}${r + 1}`] : [])));

/** A filled TT25 workbook, column I dragged before column `before`, where it then stands (`at`) its header and formula cell typed over. */
function draggedAndTyped(before: number, at: string) {
  const { ss, tracked } = filledWorkbook();
  const sheet = ss.sheet(SHEETS.assessment);
  sheet.moveColumns(sheet.getRange('I1:I1'), before);
  expect(sheet.at(`${at}5`).formula.startsWith('=CDHT_RESULTS(')).toBe(true);
  sheet.type(`${at}4`, 'KQ xã');
  sheet.type(`${at}5`, 'Đã xét');
  ss.sheet(SHEETS.info).type('B7', 'TT44');
  const message = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
  return { ss, sheet, tracked, message };
}

/** The line naming the cell typed over the formula, on TT25's heading row of TC1, which leaves the page. */
const headingLine = (a1: string) =>
  `Trang "Đánh giá": ô ${a1} ở cột "KQ xã" do xã thêm (của dòng tiêu chí "${HEADING}" của bộ tiêu chí TT25) không còn trên trang vì bộ tiêu chí TT44 không có dòng này; nội dung đã được chép sang trang "${ARCHIVE}" và sẽ trở lại cùng dòng này nếu chuyển lại bộ tiêu chí TT25.`;

describe('"Kết quả Mức độ 1" dragged to A, header and formula cell typed over, then TT25 → TT44 → TT25', () => {
  it('the message: the column is the commune’s, said once; nothing re-created, nothing moved', () => {
    const { message } = draggedAndTyped(1, 'A');
    expect(message).toBe(
      [
        ...switchedLines('TT25', 'TT44', ARCHIVE),
        headingLine('A5'),
        'Trang "Đánh giá": cột A ("KQ xã") do xã thêm được giữ nguyên trên trang, nội dung đi theo dòng của nó; kết quả tự tính của bộ tiêu chí TT44 ở các cột J:K.',
        UNITS,
      ].join('\n'),
    );
  });

  it('the cells: the typed header stays in A4, the typed text is archived with its row, the TT44 results in J:K and nothing right of them', () => {
    const { ss, sheet } = draggedAndTyped(1, 'A');
    expect(headers(sheet).slice(0, 11)).toEqual([
      'KQ xã',
      'Mã',
      'Tiêu chí',
      'Điểm tối đa',
      '',
      'Điểm tự chấm',
      'Minh chứng (liên kết)',
      'Kết quả thực hiện (việc đã làm, số liệu)',
      'Phụ trách',
      'Điểm',
      'Tối đa',
    ]);
    expect(resultsFormulas(sheet)).toEqual(['J5']);
    const archived = ss.sheet(ARCHIVE).values();
    // Sheet row 5 (TC1's heading) is archive row 3.
    expect([archived[1][8], archived[2][1], archived[2][8]]).toEqual(['Cột A ("KQ xã")', HEADING, 'Đã xét']);
  });

  it('back under TT25: "Đã xét" is on TC1’s heading row again, every value beside its code', () => {
    const { ss, sheet, tracked } = draggedAndTyped(1, 'A');
    ss.sheet(SHEETS.info).type('B7', 'TT25');
    setup(ss, new Date(2026, 10, 22, 8, 6));
    const row = sheet.values().findIndex((cells) => cells[2] === HEADING) + 1;
    expect([sheet.at('A4').value, sheet.at(`A${row}`).value]).toEqual(['KQ xã', 'Đã xét']);
    expectAllKept(tracked.filter((t) => t.key !== 'Bộ tiêu chí'));
  });
});

describe('"Kết quả Mức độ 1" dragged right of the results (to L), header and formula cell typed over, then TT25 → TT44', () => {
  it('the message names the typed cell where it stands; no empty column is called the commune’s or moved', () => {
    const { message, sheet } = draggedAndTyped(13, 'L');
    expect(message).toBe([...switchedLines('TT25', 'TT44', ARCHIVE), headingLine('L5'), UNITS].join('\n'));
    expect(headers(sheet).slice(8, 12)).toEqual(['Điểm', 'Tối đa', '', 'KQ xã']);
    expect(resultsFormulas(sheet)).toEqual(['I5']);
  });

  it('back under TT25: "Đã xét" is in L on TC1’s heading row again, every value beside its code', () => {
    const { ss, sheet, tracked } = draggedAndTyped(13, 'L');
    ss.sheet(SHEETS.info).type('B7', 'TT25');
    setup(ss, new Date(2026, 10, 22, 8, 6));
    const row = sheet.values().findIndex((cells) => cells[1] === HEADING) + 1;
    expect([sheet.at('L4').value, sheet.at(`L${row}`).value]).toEqual(['KQ xã', 'Đã xét']);
    expectAllKept(tracked.filter((t) => t.key !== 'Bộ tiêu chí'));
  });
});
