/**
 * Known columns people moved, then "Thiết lập / sửa mẫu" (review 14, F2). Before, a column found
 * left of the one before it counted as deleted: with "Kết quả thực hiện" and "Phụ trách" of
 * "Đánh giá" swapped, repair said "Phụ trách" was deleted and its values lost, and added a second,
 * empty "Phụ trách" column in I. Now every known column is found under its own header wherever it
 * stands, kept there with its values (nothing of people's is rewritten elsewhere), read by its
 * header, and the message names it as out of the template's order, never as lost.
 *
 * Expected: headers and message lines typed by hand from the template's headers (README, "The
 * commune workbook"); each value beside its code and under its header (scenarios.ts).
 */
import { describe, expect, it } from 'vitest';
import { readSnapshot } from '../../src/addon/workbook-reader';
import { setupMessage } from '../../src/addon/setup/message';
import { assessWorkbook } from '../../src/core/workbook/snapshot';
import { SHEETS } from '../../src/core/template/layout';
import type { FakeSheet } from '../fakes/spreadsheet';
import { expectAllKept, filledWorkbook, REPAIRED_TT25, setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);

/** Swaps two whole columns (1-based), headers and values, as cutting and pasting them does. */
function swap(sheet: FakeSheet, a: number, b: number): void {
  const rows = Math.max(sheet.getLastRow(), 1);
  const [first, second] = [sheet.getRange(1, a, rows, 1).getValues(), sheet.getRange(1, b, rows, 1).getValues()];
  sheet.getRange(1, a, rows, 1).setValues(second);
  sheet.getRange(1, b, rows, 1).setValues(first);
}

const headers = (sheet: FakeSheet, row: number) => sheet.values()[row - 1].filter((cell) => cell !== '');

describe('"Đánh giá": "Kết quả thực hiện" and "Phụ trách" swapped (G ↔ H)', () => {
  const { ss, tracked } = filledWorkbook();
  const sheet = ss.sheet(SHEETS.assessment);
  swap(sheet, 7, 8);
  const message = setupMessage(setup(ss, LATER));

  it('no column is re-created: each header once, where the commune put it, values under it', () => {
    expect(headers(sheet, 4)).toEqual([
      'Mã',
      'Chỉ tiêu (nội dung theo văn bản)',
      'Yêu cầu Mức độ 1',
      'Yêu cầu Mức độ 2',
      'Giá trị của xã',
      'Minh chứng (liên kết)',
      'Phụ trách',
      'Kết quả thực hiện (việc đã làm, số liệu)',
      'Kết quả Mức độ 1',
      'Kết quả Mức độ 2',
    ]);
    expectAllKept(tracked);
    const read = assessWorkbook(readSnapshot(ss));
    expect([read.evidence.get('TC1.1')?.description, read.evidence.get('TC5.2b')?.description]).toEqual(['Ghi chú TC1.1', 'Ghi chú TC5.2b']);
  });

  it('the message names the moved column, no loss', () => {
    expect(message).toBe(
      [REPAIRED_TT25, 'Trang "Đánh giá": cột "Phụ trách" (đang ở cột G) không theo thứ tự của mẫu; được giữ nguyên tại chỗ cùng nội dung, được đọc theo tiêu đề và không bị tạo lại.'].join('\n'),
    );
  });

  it('a second repair changes nothing', () => {
    const state = ss.state();
    setup(ss, new Date(2026, 10, 23));
    expect(ss.state()).toEqual(state);
  });
});

describe('"Đánh giá": G ↔ H swapped and column D deleted', () => {
  it('the moved column is named at its letter after D is re-created (G), not where it was read (F)', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    swap(sheet, 7, 8);
    sheet.deleteColumn(4);
    expect(setupMessage(setup(ss, LATER))).toBe(
      [
        REPAIRED_TT25,
        'Trang "Đánh giá": cột "Yêu cầu Mức độ 2" bị thiếu (có thể đã bị xoá) nên đã được tạo lại ở cột D, với nội dung của mẫu.',
        'Trang "Đánh giá": cột "Phụ trách" (đang ở cột G) không theo thứ tự của mẫu; được giữ nguyên tại chỗ cùng nội dung, được đọc theo tiêu đề và không bị tạo lại.',
      ].join('\n'),
    );
    expect(headers(sheet, 4).slice(3, 8)).toEqual(['Yêu cầu Mức độ 2', 'Giá trị của xã', 'Minh chứng (liên kết)', 'Phụ trách', 'Kết quả thực hiện (việc đã làm, số liệu)']);
    expectAllKept(tracked);
  });
});

/** Any two known columns of "Đánh giá" swapped, under each scheme: none counted deleted, none doubled, every value kept. */
describe('"Đánh giá": each pair of columns swapped', () => {
  const PAIRS: Array<['TT25' | 'TT44', number, number]> = [
    ['TT25', 1, 2],
    ['TT25', 3, 6],
    ['TT25', 5, 8],
    ['TT25', 1, 8],
    ['TT44', 5, 7],
    ['TT44', 2, 6],
  ];
  for (const [rulesetId, a, b] of PAIRS) {
    it(`${rulesetId}: columns ${a} and ${b}`, () => {
      const { ss, tracked } = filledWorkbook(rulesetId);
      const sheet = ss.sheet(SHEETS.assessment);
      swap(sheet, a, b);
      const before = headers(sheet, 4);
      const message = setupMessage(setup(ss, LATER));
      expect(message).not.toContain('bị thiếu');
      // Each column named by the header it has and the letter where it stands (the one between two swapped may be named: it is out of order too).
      const named = [...message.matchAll(/cột "([^"]+)" \(đang ở cột ([A-Z])\) không theo thứ tự của mẫu/g)].map(([, name, letter]) => [name, letter]);
      expect(named).not.toEqual([]);
      for (const [name, letter] of named) expect(sheet.values()[3][letter.charCodeAt(0) - 65]).toBe(name);
      expect(headers(sheet, 4)).toEqual(before);
      expectAllKept(tracked);
    });
  }

  it('TT25 → TT44 → TT25 with G and H swapped: the columns stay swapped, every value comes back beside its code', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    swap(sheet, 7, 8);
    const info = ss.sheet(SHEETS.info);
    info.type('B7', 'TT44');
    const toTT44 = setupMessage(setup(ss, LATER));
    info.type('B7', 'TT25');
    const back = setupMessage(setup(ss, new Date(2026, 10, 23, 8, 5)));
    for (const message of [toTT44, back]) expect(message).not.toContain('bị thiếu');
    expect(headers(sheet, 4).slice(6, 8)).toEqual(['Phụ trách', 'Kết quả thực hiện (việc đã làm, số liệu)']);
    expectAllKept(tracked.filter((t) => t.key !== 'Bộ tiêu chí'));
  });

  it('TT25: the results headers swapped are written back above their own results', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    swap(sheet, 9, 10);
    const message = setupMessage(setup(ss, LATER));
    expect(['I4', 'J4'].map((a1) => sheet.at(a1).value)).toEqual(['Kết quả Mức độ 1', 'Kết quả Mức độ 2']);
    expect(sheet.at('I5').formula).toMatch(/^=CDHT_RESULTS\(A5:A25;E5:E25;/);
    expect(message).toBe(REPAIRED_TT25);
  });
});

describe('other sheets: columns swapped', () => {
  it('"Số liệu PCGD-XMC": "Tổng số" and "Số đạt" swapped, the rate reads each where it stands', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.pcgd);
    expect(sheet.at('E4').formula).toMatch(/^=CDHT_RATE\(D4:D\d+;B4:B\d+;C4:C\d+\)$/);
    swap(sheet, 2, 4);
    const message = setupMessage(setup(ss, LATER));
    expect(headers(sheet, 3).slice(0, 4)).toEqual(['Chỉ số', 'Số đạt (tử số)', 'Số được miễn trừ', 'Tổng số (mẫu số)']);
    expect(sheet.at('E4').formula).toMatch(/^=CDHT_RATE\(B4:B\d+;D4:D\d+;C4:C\d+\)$/);
    expect(message).not.toContain('bị thiếu');
    expect(message).toContain('Trang "Số liệu PCGD-XMC": cột "');
    expectAllKept(tracked);
  });

  it('"Số liệu theo đơn vị": columns B and C swapped, the message names what moved in both tables (review 14b R4)', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.units);
    sheet.getRange(9, 1, 2, 4).setValues([
      ['Thôn 1', 100, 50, 10],
      ['Thôn 2', 200, 120, 30],
    ]);
    swap(sheet, 2, 3);
    const message = setupMessage(setup(ss, LATER));
    // Column C of the template heads both tables: "Số đạt (cộng)" above, "TC5.1: tổng số" in the units' table.
    expect(message).toBe(
      [
        REPAIRED_TT25,
        'Trang "Số liệu theo đơn vị": cột "Số đạt (cộng)" / "TC5.1: tổng số" (đang ở cột B) không theo thứ tự của mẫu; được giữ nguyên tại chỗ cùng nội dung, được đọc theo tiêu đề và không bị tạo lại.',
      ].join('\n'),
    );
  });

  it('"Thông tin": "Mục" and "Nội dung" swapped, every field read beside its label where it stands', () => {
    const { ss, tracked } = filledWorkbook();
    swap(ss.sheet(SHEETS.info), 1, 2);
    const message = setupMessage(setup(ss, LATER));
    expect(message).toBe(
      // Column B heads the members' table too ("Chức vụ"): it moved with it.
      [REPAIRED_TT25, 'Trang "Thông tin": cột "Nội dung" / "Chức vụ" (đang ở cột A) không theo thứ tự của mẫu; được giữ nguyên tại chỗ cùng nội dung, được đọc theo tiêu đề và không bị tạo lại.'].join(
        '\n',
      ),
    );
    expectAllKept(tracked);
    const read = assessWorkbook(readSnapshot(ss));
    expect([read.info.year, read.info.rulesetId, read.info.members.length]).toEqual([2025, 'TT25', 4]);
  });

  it('"Danh mục minh chứng", read by column place: two columns swapped are put back, each with its content, and named', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.evidence);
    const rows = [
      ['H1.01', 'Nghị quyết 12', '12/NQ-ĐU ngày 05/01/2025', 'Đảng uỷ xã', 'https://drive.google.com/file/d/a/view', 'TC1.1'],
      ['H1.02', 'Kế hoạch 30', '30/KH-UBND ngày 10/01/2025', 'UBND xã', 'https://drive.google.com/file/d/b/view', 'TC1.2'],
    ];
    sheet.getRange(4, 1, 2, 6).setValues(rows);
    swap(sheet, 2, 5);
    const result = setup(ss, LATER);
    expect(result.refused).toBe(false);
    expect(headers(sheet, 3)).toEqual(['Mã minh chứng', 'Tên minh chứng', 'Số, ngày ban hành', 'Cơ quan ban hành', 'Liên kết', 'Chỉ tiêu liên quan']);
    expect(sheet.getRange(4, 1, 2, 6).getValues()).toEqual(rows);
    expect(setupMessage(result)).toBe(
      [
        REPAIRED_TT25,
        'Trang "Danh mục minh chứng": cột "Tên minh chứng" từ cột E về cột B, cột "Liên kết" từ cột B về cột E: các cột không theo thứ tự của mẫu ("Mã minh chứng", "Tên minh chứng", "Số, ngày ban hành", "Cơ quan ban hành", "Liên kết", "Chỉ tiêu liên quan") nên đã được chuyển về đúng chỗ, mỗi cột cùng nội dung của nó, vì trang này được đọc theo vị trí cột.',
      ].join('\n'),
    );
    const state = ss.state();
    expect(setupMessage(setup(ss, new Date(2026, 10, 23)))).toBe(REPAIRED_TT25);
    expect(ss.state()).toEqual(state);
  });
});
