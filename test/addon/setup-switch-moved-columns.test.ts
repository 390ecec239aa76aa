/**
 * A column of "Đánh giá" the commune moved (swapped with its neighbour, or dragged past the
 * results), then a switch of ruleset and back (review 14b, R1 and R2). Repair alone keeps such a
 * column where it stands and names it (setup-columns-moved.test.ts); a switch placed the new
 * ruleset's columns by its own headers only, so a column whose header differs between rulesets
 * ("Giá trị của xã" / "Điểm tự chấm", the results) went next to its found neighbours: the value
 * column was called deleted and its values lost ("bị thiếu … đã mất"), kept on the page as the
 * commune's own column, and after the switch back every value was off its column; the former
 * results were called "do xã thêm" and their headers stayed beside the new ones. Now each column
 * of the new ruleset goes where the former ruleset's column of the same role stands.
 *
 * Expected: headers typed by hand from the template (README, "The commune workbook"); each value
 * beside its code and under its header, as scenarios.ts typed it.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import type { FakeSheet } from '../fakes/spreadsheet';
import { expectAllKept, filledWorkbook, REPAIRED_TT25, RESULTS_FORMULAS, resultsSheetFormulas, setup } from './scenarios';

const [T1, T2, T3] = [new Date(2026, 10, 22, 8, 5), new Date(2026, 10, 22, 9, 10), new Date(2026, 10, 23, 10, 15)];

/**
 * Moves column `from` (1-based) to stand before column `before` (as numbered before the move),
 * header, values and formulas together, as dragging a column's header in Sheets does
 * (Sheet.moveColumns). Formulas keep their text: none on "Đánh giá" reads a moved column's cells
 * but CDHT_RESULTS, which repair rewrites.
 */
function drag(sheet: FakeSheet, from: number, before: number): void {
  const rows = Math.max(sheet.getLastRow(), 1);
  const width = sheet.getLastColumn();
  const columns = Array.from({ length: width }, (_, c) => {
    const range = sheet.getRange(1, c + 1, rows, 1);
    const [values, formulas] = [range.getValues(), range.getFormulas()];
    return values.map((row, r) => [formulas[r][0] || row[0]]);
  });
  const order = Array.from({ length: width }, (_, c) => c).filter((c) => c !== from - 1);
  order.splice(before > from ? before - 2 : before - 1, 0, from - 1);
  order.forEach((source, c) => {
    sheet.getRange(1, c + 1, rows, 1).setValues(columns[source]);
  });
}

const headers = (sheet: FakeSheet) => sheet.values()[3].filter((cell) => cell !== '');
const resultsFormulas = (sheet: FakeSheet) =>
  sheet.values().flatMap((row, r) => row.flatMap((cell, c) => (String(cell).startsWith('=CDHT_RESULTS(') ? [`${String.fromCharCode(65 + c)}${r + 1}`] : [])));

/** Switches "Bộ tiêu chí" in "Thông tin" and runs set-up: its message. */
function switchTo(ss: ReturnType<typeof filledWorkbook>['ss'], rulesetId: string, now: Date): string {
  ss.sheet(SHEETS.info).type('B7', rulesetId);
  return setupMessage(setup(ss, now));
}

describe('a moved column of the indicator block through TT25 → TT44 → TT25', () => {
  const CASES: Array<{ title: string; from: number; before: number; moved: string[] }> = [
    {
      title: '"Minh chứng" dragged before "Giá trị của xã" (E ↔ F)',
      from: 6,
      before: 5,
      moved: ['Minh chứng (liên kết)', 'Giá trị của xã'],
    },
    { title: '"Chỉ tiêu" dragged before "Mã" (A ↔ B)', from: 2, before: 1, moved: ['Chỉ tiêu (nội dung theo văn bản)', 'Mã'] },
  ];
  for (const { title, from, before, moved } of CASES) {
    it(`${title}: nothing called deleted or the commune's, one results formula, every value back beside its code`, () => {
      const { ss, tracked } = filledWorkbook();
      const sheet = ss.sheet(SHEETS.assessment);
      drag(sheet, from, before);
      setup(ss, T1);
      const toTT44 = switchTo(ss, 'TT44', T2);
      expect(resultsFormulas(sheet)).toHaveLength(1);
      const back = switchTo(ss, 'TT25', T3);
      for (const message of [toTT44, back]) {
        expect(message).not.toContain('bị thiếu');
        expect(message).not.toContain('do xã thêm');
        expect(message).not.toContain('trừ cột bị xoá');
      }
      expect(headers(sheet)).toHaveLength(10);
      expect(headers(sheet).slice(Math.min(from, before) - 1, Math.min(from, before) + 1)).toEqual(moved);
      expect(resultsFormulas(sheet)).toEqual(['I5']);
      expectAllKept(tracked.filter((t) => t.key !== 'Bộ tiêu chí'));
    });
  }

  it('the switch archive holds each value under "Giá trị", not under a column of the commune’s', () => {
    const { ss, tracked } = filledWorkbook();
    drag(ss.sheet(SHEETS.assessment), 6, 5);
    switchTo(ss, 'TT44', T2);
    const archive = ss.sheets.find((s) => s.name.startsWith('Lưu trữ TT25'))!;
    const rows = archive.values();
    const header = rows.findIndex((row) => row[0] === 'Mã');
    expect(rows[header].slice(0, 9)).toEqual(['Mã', 'Nội dung', 'Yêu cầu Mức độ 1', 'Yêu cầu Mức độ 2', 'Giá trị', 'Minh chứng', 'Ghi chú', 'Phụ trách', '']);
    const typed = tracked.find((t) => t.key === 'TC1.1' && t.header === 'Giá trị của xã')!.value;
    expect(rows.find((row) => row[0] === 'TC1.1')?.[4]).toBe(typed);
  });

  it('TT44 with "Minh chứng" dragged before "Điểm tự chấm", TT44 → TT25 → TT44: every score back beside its code', () => {
    const { ss, tracked } = filledWorkbook('TT44');
    drag(ss.sheet(SHEETS.assessment), 6, 5);
    const toTT25 = switchTo(ss, 'TT25', T2);
    const back = switchTo(ss, 'TT44', T3);
    for (const message of [toTT25, back]) expect(message).not.toContain('bị thiếu');
    expectAllKept(tracked.filter((t) => t.key !== 'Bộ tiêu chí'));
  });
});

describe('a template column dragged right of the results, through a switch and back', () => {
  it('TT25, "Phụ trách" after "Kết quả Mức độ 2": the former results are replaced, not kept as the commune’s; one pair of results headers', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    drag(sheet, 8, 11);
    setup(ss, T1);
    const toTT44 = switchTo(ss, 'TT44', T2);
    expect(headers(sheet).slice(-3)).toEqual(['Điểm', 'Tối đa', 'Phụ trách']);
    const back = switchTo(ss, 'TT25', T3);
    for (const message of [toTT44, back]) {
      expect(message).not.toContain('bị thiếu');
      expect(message).not.toContain('do xã thêm');
    }
    expect(headers(sheet)).toHaveLength(10);
    expect(headers(sheet).slice(-3)).toEqual(['Kết quả Mức độ 1', 'Kết quả Mức độ 2', 'Phụ trách']);
    expect(resultsFormulas(sheet)).toEqual(['H5']);
    expectAllKept(tracked.filter((t) => t.key !== 'Bộ tiêu chí'));
  });
});

/**
 * One results column dragged apart from the other (review 14b R2, the part 7f32c20 left): the
 * results are one formula's spill, written left to right from its cell, so they cannot stand
 * apart. Before, repair wrote the formula above "Kết quả Mức độ 1" in A, spilling over "Mã" (Sheets
 * shows #REF!), and a switch called the former results "do xã thêm" and "bị thiếu" and left two
 * pairs of results headers after the switch back. Now repair moves the stray column back beside
 * its pair, header and all (Sheet.moveColumns), and names what it did; a switch then finds the
 * former results together.
 */
describe('a results column dragged apart from the other', () => {
  const TEMPLATE_ORDER = [
    'Mã',
    'Chỉ tiêu (nội dung theo văn bản)',
    'Yêu cầu Mức độ 1',
    'Yêu cầu Mức độ 2',
    'Giá trị của xã',
    'Minh chứng (liên kết)',
    'Kết quả thực hiện (việc đã làm, số liệu)',
    'Phụ trách',
    'Kết quả Mức độ 1',
    'Kết quả Mức độ 2',
  ];

  it('TT25, "Kết quả Mức độ 1" dragged to A, repair: put back beside "Kết quả Mức độ 2", named; the formula no longer spills over "Mã"', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    drag(sheet, 9, 1);
    const message = setupMessage(setup(ss, T1));
    expect(message).toBe(
      [
        REPAIRED_TT25,
        'Trang "Đánh giá": cột "Kết quả Mức độ 1" (đang ở cột A) đã được chuyển về cột I, liền với cột "Kết quả Mức độ 2": các cột này là kết quả của cùng một công thức tự tính, luôn được điền liền nhau theo thứ tự của mẫu.',
      ].join('\n'),
    );
    expect(headers(sheet)).toEqual(TEMPLATE_ORDER);
    expect(resultsFormulas(sheet)).toEqual(['I5']);
    expect(sheet.at('I5').formula).toMatch(/^=CDHT_RESULTS\(A5:A25;E5:E25;/);
    expectAllKept(tracked);
    const state = ss.state();
    expect(setupMessage(setup(ss, T2))).toBe(REPAIRED_TT25);
    expect(ss.state()).toEqual(state);
  });

  /**
   * What "Kết quả" reads of "Đánh giá" after the FIRST repair (codes in A, values in E, evidence in
   * F, as the template lays them out): moving the results column back shifts E and F one place to
   * the left on "Đánh giá", and Sheets rewrites every formula that reads them (references follow
   * their cells), so "Kết quả" read before the move is stale. Before, the first repair left
   * =CDHT_RATING('Đánh giá'!I5:I25;'Đánh giá'!D5:D25;…) and the commune saw wrong results until
   * set-up ran again. The drag either moves the cells by value (formulas elsewhere keep their text)
   * or is Sheets' own (Sheet.moveColumns: "Kết quả" then reads B and F until the repair).
   */
  const DRAGS: Array<{ how: string; drag: (sheet: FakeSheet) => void }> = [
    { how: 'by value', drag: (sheet) => drag(sheet, 9, 1) },
    { how: 'by Sheet.moveColumns', drag: (sheet) => sheet.moveColumns(sheet.getRange('I1'), 1) },
  ];
  for (const { how, drag: dragResults } of DRAGS) {
    it(`TT25, "Kết quả Mức độ 1" dragged to A ${how}: after the first repair "Kết quả" reads the codes and values where they stand`, () => {
      const { ss } = filledWorkbook();
      dragResults(ss.sheet(SHEETS.assessment));
      setup(ss, T1);
      expect(resultsSheetFormulas(ss)).toEqual(RESULTS_FORMULAS);
    });
  }

  for (const repairedFirst of [false, true]) {
    it(`TT25, "Kết quả Mức độ 1" dragged to A, ${repairedFirst ? 'repaired, ' : ''}then TT25 → TT44 → TT25: no "do xã thêm", no "bị thiếu", one pair of results headers, every value kept`, () => {
      const { ss, tracked } = filledWorkbook();
      const sheet = ss.sheet(SHEETS.assessment);
      drag(sheet, 9, 1);
      if (repairedFirst) setup(ss, T1);
      const toTT44 = switchTo(ss, 'TT44', T2);
      expect(headers(sheet).slice(-2)).toEqual(['Điểm', 'Tối đa']);
      expect(headers(sheet).filter((h) => String(h).startsWith('Kết quả Mức độ'))).toEqual([]);
      expect(resultsFormulas(sheet)).toHaveLength(1);
      const back = switchTo(ss, 'TT25', T3);
      for (const message of [toTT44, back]) {
        expect(message).not.toContain('bị thiếu');
        expect(message).not.toContain('do xã thêm');
      }
      expect(headers(sheet)).toEqual(TEMPLATE_ORDER);
      expect(resultsFormulas(sheet)).toEqual(['I5']);
      expectAllKept(tracked.filter((t) => t.key !== 'Bộ tiêu chí'));
    });
  }

  it('TT25, "Kết quả Mức độ 2" dragged between "Mã" and "Chỉ tiêu": put back right of "Kết quả Mức độ 1"', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    drag(sheet, 10, 2);
    const message = setupMessage(setup(ss, T1));
    expect(message).toContain('cột "Kết quả Mức độ 2" (đang ở cột B) đã được chuyển về cột J, liền với cột "Kết quả Mức độ 1"');
    expect(headers(sheet)).toEqual(TEMPLATE_ORDER);
    expect(resultsFormulas(sheet)).toEqual(['I5']);
    expectAllKept(tracked);
  });

  it('a column of the commune’s inserted between the two results, repair alone: moved right of them with its note, named (before, CDHT_RESULTS spilled over it)', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    sheet.insertColumnsAfter(9, 1);
    sheet.type('J4', 'Người kiểm tra');
    sheet.type('J6', 'Bà Lan');
    const message = setupMessage(setup(ss, T1));
    expect(message).toBe(
      [
        REPAIRED_TT25,
        'Trang "Đánh giá": cột "Người kiểm tra" do xã thêm nằm giữa các cột kết quả nên được chuyển cùng tiêu đề và nội dung từ cột J sang cột K, bên phải kết quả tự tính (các cột I:J).',
      ].join('\n'),
    );
    expect(headers(sheet)).toEqual([...TEMPLATE_ORDER, 'Người kiểm tra']);
    expect([sheet.at('K6').value, sheet.at('J6').value]).toEqual(['Bà Lan', '']);
    expect(resultsFormulas(sheet)).toEqual(['I5']);
    expectAllKept(tracked);
  });

  it('a repair that refuses for another reason moves nothing', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    drag(sheet, 9, 1);
    // A second "TC1.1" row: set-up refuses and must leave the sheet as it is.
    sheet.type('B30', 'TC1.1');
    const state = ss.state();
    const result = setup(ss, T1);
    expect(result.refused).toBe(true);
    expect(ss.state()).toEqual(state);
  });
});
