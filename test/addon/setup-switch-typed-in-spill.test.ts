/**
 * A commune deleted the results column J of "Đánh giá" ("Kết quả Mức độ 2", or "Tối đa" under
 * TT44), typed its own header in the new J4 and a note in J7, inside the area CDHT_RESULTS in I5
 * spills over, then switched ruleset (hunter report, session 15b). In Sheets the note blocks the
 * spill: I5 shows #REF! (the fake now does the same, test/fakes/spreadsheet.ts BLOCKED_SPILL), so
 * both cells are the commune's. Before, the fake showed the spill as working and the note passed
 * for a spilled result; and on a switch the header row of the rebuilt page was never read for what
 * people typed over the template's headers, so J4 was overwritten in silence. Every typed value
 * must now be on a sheet and named in the message, in both directions (and on a plain repair).
 * Expected messages and archive cells typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setUpUnder, setup } from './scenarios';

const HEADER = 'Ghi chú của xã';
const NOTE = 'Đã họp ngày 3/11';
const LABELS = 'Lưu trữ ô của mẫu 22-11-2026 08.05';

/** The workbook set up under `from`, column J of "Đánh giá" deleted, J4 and J7 typed, then set up under `to`. */
function typedInResults(from: 'TT25' | 'TT44', to: 'TT25' | 'TT44') {
  const ss = setUpUnder(from);
  const sheet = ss.sheet(SHEETS.assessment);
  expect(sheet.at('I5').formula.startsWith('=CDHT_RESULTS(A5:A')).toBe(true);
  sheet.deleteColumn(10);
  sheet.type('J4', HEADER);
  sheet.type('J7', NOTE);
  // The note blocks the spill, as in Sheets: no test hook says so.
  expect(sheet.getRange('I5').getValue()).toBe('#REF!');
  if (to !== from) ss.sheet(SHEETS.info).type('B7', to);
  const message = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
  return { ss, lines: message.split('\n') };
}

describe.each([
  ['TT25', 'TT44'],
  ['TT44', 'TT25'],
] as const)('%s → %s with a header and a note typed in the results column J', (from, to) => {
  const { ss, lines } = typedInResults(from, to);
  const archive = `Lưu trữ ${from} 22-11-2026 08.05`;

  it('archives the note in J7 with its row and names it', () => {
    expect(lines).toContain(
      `Trang "Đánh giá": ô J7 ("${NOTE}") ở cột kết quả tự tính không còn trên trang (kết quả tự tính ở đó, hoặc chỉ tiêu của dòng không còn); nội dung đã được chép sang trang "${archive}".`,
    );
    // Sheet row 7 (the third indicator row) is archive row 5; column J is archive column I.
    const archived = ss.sheet(archive).values();
    expect([archived[1][8], archived[4][8]]).toEqual(['Cột J', NOTE]);
  });

  it('archives the header typed in J4 and names it', () => {
    expect(lines).toContain(`Trang "Đánh giá": ô J4 (tiêu đề cột: "${HEADER}") khác với chữ của mẫu; nội dung đã được chép sang trang "${LABELS}" và ô được ghi lại chữ của mẫu.`);
    expect(ss.sheet(LABELS).values()[4].slice(2, 4)).toEqual(['J4', HEADER]);
  });
});

describe('the same cells on a repair without a switch', () => {
  it('archives and names both, the note as typed over the results', () => {
    const { ss, lines } = typedInResults('TT25', 'TT25');
    expect(lines.slice(2)).toEqual([
      `Trang "Đánh giá": ô J4 (tiêu đề cột: "${HEADER}") khác với chữ của mẫu; nội dung đã được chép sang trang "${LABELS}" và ô được ghi lại chữ của mẫu.`,
      `Trang "Đánh giá": ô tự tính J7 ("${NOTE}") có nội dung nhập tay; nội dung đã được chép sang trang "${LABELS}" và ô được làm trống để kết quả hiện lại.`,
    ]);
    expect(
      ss
        .sheet(LABELS)
        .values()
        .slice(4, 6)
        .map((row) => row.slice(2, 4)),
    ).toEqual([
      ['J4', HEADER],
      ['J7', NOTE],
    ]);
  });
});

/**
 * The kind behind J4: on a switch, "Đánh giá" is rebuilt and its old indicator rows archived, but
 * the rows above them (title, hint, headers) were never read for what people typed over the
 * template's text, so a header or a title of theirs was overwritten in silence. Now each is
 * archived and named, as on a plain repair. Messages typed by hand.
 */
describe('TT25 → TT44 with the template’s own text typed over above the indicators', () => {
  const switched = (cell: string, text: string) => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    ss.sheet(SHEETS.assessment).type(cell, text);
    ss.sheet(SHEETS.info).type('B7', 'TT44');
    const lines = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5))).split('\n');
    return { lines, archived: ss.sheet(LABELS).values()[4].slice(0, 4) };
  };

  it('a header typed over "Phụ trách" (H4)', () => {
    const { lines, archived } = switched('H4', 'Người phụ trách');
    expect(lines).toContain(`Trang "Đánh giá": ô H4 (tiêu đề cột: "Người phụ trách") khác với chữ của mẫu; nội dung đã được chép sang trang "${LABELS}" và ô được ghi lại chữ của mẫu.`);
    // Sheet, what the row is, cell, what was typed.
    expect(archived).toEqual(['Đánh giá', 'dòng tiêu đề', 'H4', 'Người phụ trách']);
  });

  // The cell is its row's first: what was typed is said once, not again as the row it is on (hunter, session 17).
  it('a title typed over the page’s title (A1), which a plain repair names as a key written back', () => {
    const { lines, archived } = switched('A1', 'Tiêu đề của xã');
    expect(lines).toContain(`Trang "Đánh giá": ô A1 ("Tiêu đề của xã") khác với chữ của mẫu; nội dung đã được chép sang trang "${LABELS}" và ô được ghi lại chữ của mẫu.`);
    expect(archived).toEqual(['Đánh giá', '', 'A1', 'Tiêu đề của xã']);
  });
});

/**
 * Below the header row a switch archives the old rows whole (the switch's archive): what people
 * typed over an indicator's text there is kept in that archive, not named a second time as text
 * typed over the template's. Only the rows down to the header are read for that; a bound taken from
 * the table's width (10 columns, so rows 5 to 10) passed unseen before (hunter, session 17).
 */
describe('TT25 → TT44 with a requirement typed over in an indicator row', () => {
  it('keeps it in the switch’s archive and names no cell of the template', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    ss.sheet(SHEETS.assessment).type('C7', 'Đạt (xã đã họp bàn)');
    ss.sheet(SHEETS.info).type('B7', 'TT44');
    const message = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
    expect(message).not.toContain('khác với chữ của mẫu');
    expect(ss.getSheetByName(LABELS)).toBeNull();
    // Sheet row 7 is archive row 5; column C is archive column C.
    expect(ss.sheet('Lưu trữ TT25 22-11-2026 08.05').values()[4][2]).toBe('Đạt (xã đã họp bàn)');
  });
});
