/**
 * "Đánh giá" with both rows above its hint deleted (the title and the commune line, the template's
 * formula in A2), alone or with a note typed over the hint (a breaker's finding, session 19). A
 * switch re-created the title alone: the hint took the commune line's place, so the template's
 * own hint was archived and named as text typed in a computed cell, and the new page had no commune
 * line; a note typed over the hint was named twice, once as over the template's text, once as in a
 * computed cell. A repair re-created both rows but named the title alone. Now a repair and a switch
 * (both directions) re-create every missing row above the header, each named once, and a note
 * typed over the hint is archived and named once. Expected cells and lines typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { setUpUnder, setup } from './scenarios';

const NOTE = 'Ghi chú của xã: đã rà soát ngày 3/11';
const TITLE = 'ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU';
const HINT = {
  TT25: 'Nhập ở các ô màu vàng nhạt (cột E đến H). Cột I, J tự tính: xanh là đạt, đỏ là không đạt, vàng là còn thiếu dữ liệu.',
  TT44: 'Nhập ở các ô màu vàng nhạt (cột E đến H). Cột I, J tự tính: I là điểm của tiêu chí, J là điểm tối đa ghi trong Bộ tiêu chí; vàng là còn thiếu dữ liệu.',
};
const NAME = { TT25: 'Thông tư 25/2023/TT-BGDĐT', TT44: 'Thông tư 44/2014/TT-BGDĐT' };
const RECREATED = [
  `Trang "Đánh giá": dòng "${TITLE}" bị thiếu (có thể đã bị xoá) nên đã được tạo lại ở dòng 1, với nội dung của mẫu.`,
  'Trang "Đánh giá": dòng tự tính của mẫu (công thức ở ô A2) bị thiếu (có thể đã bị xoá) nên đã được tạo lại ở dòng 2, với nội dung của mẫu.',
];
const LABELS = 'Lưu trữ ô của mẫu 22-11-2026 08.05';

const runs = [
  ['TT25', 'TT25'],
  ['TT44', 'TT44'],
  ['TT25', 'TT44'],
  ['TT44', 'TT25'],
] as const;

/** The workbook under `from`, rows 1 and 2 of "Đánh giá" deleted (and `typed` over the hint, now A1), set up again under `to`. */
function run(from: 'TT25' | 'TT44', to: 'TT25' | 'TT44', typed?: string) {
  const ss = setUpUnder(from);
  const sheet = ss.sheet(SHEETS.assessment);
  sheet.deleteRow(1);
  sheet.deleteRow(1);
  expect(sheet.at('A1').value).toBe(HINT[from]);
  if (typed) sheet.type('A1', typed);
  ss.sheet(SHEETS.info).type('B7', to);
  const lines = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5))).split('\n');
  return { ss, sheet, lines };
}

describe.each(runs)('%s → %s with the title and the commune line of "Đánh giá" deleted', (from, to) => {
  const { ss, sheet, lines } = run(from, to);

  it('re-creates both rows above the hint, with the formula of the ruleset set up', () => {
    expect([sheet.at('A1').value, sheet.at('A3').value, sheet.at('A4').value]).toEqual([TITLE, HINT[to], 'Mã']);
    expect(sheet.at('A2').formula.startsWith("='Thông tin'!$B$4")).toBe(true);
    expect(sheet.at('A2').formula).toContain(NAME[to]);
  });

  it('names each re-created row once, and names none of the template’s texts as typed', () => {
    expect(lines.filter((line) => line.includes('bị thiếu'))).toEqual(RECREATED);
    expect(lines.filter((line) => line.includes('nhập tay') || line.includes('khác với'))).toEqual([]);
    expect(ss.getSheets().filter((s) => s.getName().startsWith('Lưu trữ ô'))).toEqual([]);
  });
});

describe.each(runs)('%s → %s with the title and the commune line deleted and a note typed over the hint', (from, to) => {
  const { ss, sheet, lines } = run(from, to, NOTE);

  it('writes the template’s rows back above the header', () => {
    expect([sheet.at('A1').value, sheet.at('A3').value, sheet.at('A4').value]).toEqual([TITLE, HINT[to], 'Mã']);
    expect(sheet.at('A2').formula).toContain(NAME[to]);
  });

  it('keeps the note once, in the archive of the template’s cells, as the hint’s cell A3', () => {
    const archived = ss.sheet(LABELS).values().slice(4);
    expect(archived.map((row) => [row[0], row[2], row[3]])).toEqual([['Đánh giá', 'A3', NOTE]]);
  });

  it('names the note once, truthfully, and each re-created row once', () => {
    expect(lines.filter((line) => line.includes(NOTE))).toEqual([
      from === to
        ? `Trang "Đánh giá", dòng 3: ô A3 ghi "${NOTE}", khác với mẫu, nên đã ghi lại "${HINT[to]}". Nội dung đã nhập ở ô được chép sang trang "${LABELS}".`
        : `Trang "Đánh giá": ô A3 ("${NOTE}") khác với chữ của mẫu; nội dung đã được chép sang trang "${LABELS}" và ô được ghi lại chữ của mẫu.`,
    ]);
    expect(lines.filter((line) => line.includes('bị thiếu'))).toEqual(RECREATED);
  });
});

/** What a repair or a switch says of each row above the header it re-created (row 1, 2, 3 of the template). */
const RECREATED_AT = [
  RECREATED[0],
  RECREATED[1],
  'Trang "Đánh giá": dòng "Nhập ở các ô màu vàng nhạt (cột E đến H). …" bị thiếu (có thể đã bị xoá) nên đã được tạo lại ở dòng 3, với nội dung của mẫu.',
];

/**
 * The kind, in every combination: any of the title, the commune line and the hint deleted, and a
 * note typed over one of the rows left (or none); on a repair and a switch, both ways. The rows
 * come back as the template lays them out, each re-created one named once; the note is archived
 * as the cell where it now stands, named once; no text of the template is named as typed.
 */
describe.each(runs)('%s → %s, rows above the header deleted and typed over in any combination', (from, to) => {
  const cases = [1, 2, 3, 4, 5, 6, 7].flatMap((deleted) => [-1, 0, 1, 2].filter((typed) => typed < 0 || !(deleted & (1 << typed))).map((typed) => ({ deleted, typed })));
  it.each(cases)('deleted rows (bits) $deleted, note typed over row index $typed', ({ deleted, typed }) => {
    const ss = setUpUnder(from);
    const sheet = ss.sheet(SHEETS.assessment);
    if (typed >= 0) sheet.type(`A${typed + 1}`, NOTE);
    for (const r of [2, 1, 0]) if (deleted & (1 << r)) sheet.deleteRow(r + 1);
    ss.sheet(SHEETS.info).type('B7', to);
    const lines = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5))).split('\n');

    expect([sheet.at('A1').value, sheet.at('A3').value, sheet.at('A4').value]).toEqual([TITLE, HINT[to], 'Mã']);
    expect(sheet.at('A2').formula).toContain(NAME[to]);
    const recreated = lines.filter((line) => line.includes('bị thiếu'));
    expect(lines.filter((line) => (line.includes('nhập tay') || line.includes('khác với')) && !line.includes(NOTE))).toEqual([]);
    const archived = ss
      .getSheets()
      .filter((s) => s.getName().startsWith('Lưu trữ ô'))
      .flatMap((s) => ss.sheet(s.getName()).values().slice(4))
      .map((row) => [row[0], row[2], row[3]]);
    if (typed < 0) {
      expect(recreated).toEqual(RECREATED_AT.filter((_, r) => deleted & (1 << r)));
      expect(archived).toEqual([]);
      return;
    }
    // A note on the one row left where two rows of the template stood (the title or the commune
    // line, the commune line or the hint) reads, by its values, the same whichever of them was
    // deleted: the other is re-created and named, the note archived where it now stands.
    expect(recreated).toHaveLength([0, 1, 2].filter((r) => deleted & (1 << r)).length);
    expect(RECREATED_AT).toEqual(expect.arrayContaining(recreated));
    expect(lines.filter((line) => line.includes(NOTE))).toHaveLength(1);
    expect(archived).toHaveLength(1);
    expect([archived[0][0], ['A1', 'A2', 'A3'].includes(String(archived[0][1])), archived[0][2]]).toEqual(['Đánh giá', true, NOTE]);
  });
});
