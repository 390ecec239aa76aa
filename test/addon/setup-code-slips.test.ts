/**
 * Ordinary slips in column A ("Mã") of "Đánh giá" found by the newcomer review of issue 14: a code
 * typed with a slip over an indicator's code ("TC12", "TC2.l" with the letter l, "TC3.2."), a code
 * typed with a space or in small letters ("TC 1.2", "tc 1.2"), and an STT number, a date or a
 * note ("Đợt 2") typed in column A of a row the committee inserted. Repair must keep every value
 * beside its indicator: recognise the row by its wording and write the code back, read a code as
 * the readers do, never rebuild the table for a number, a date or a note, and stop, naming the
 * cell, when it cannot tell whose row it is. Before, each of these rebuilt the table (the row's
 * values went to an archive only) or added a second, empty row, while the message said every
 * value was kept.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { saveSidebarChanges } from '../../src/addon/sidebar';
import { readSnapshot } from '../../src/addon/workbook-reader';
import { SHEETS } from '../../src/core/template/layout';
import { assessWorkbook } from '../../src/core/workbook/snapshot';
import { FakeLock } from '../fakes/lock';
import { expectAllKept, filledWorkbook, REPAIRED_TT25, setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);
const sheetNames = (ss: ReturnType<typeof filledWorkbook>['ss']) => ss.sheets.map((s) => s.name);
const ALL = ['Hướng dẫn', 'Thông tin', 'Đánh giá', 'Danh mục minh chứng', 'Kết quả', 'Số liệu PCGD-XMC', 'Số liệu theo đơn vị', 'Bộ tiêu chí', 'Trang tính1'];

describe('a code typed with a slip over an indicator’s code', () => {
  // [typed, row, code]: TC1.2 is on row 7, TC2.1 on row 10, TC3.2 on row 15 of a fresh TT25 sheet.
  const cases: Array<[string, number, string]> = [
    ['TC12', 7, 'TC1.2'],
    ['TC2.l', 10, 'TC2.1'],
    ['TC3.2.', 15, 'TC3.2'],
  ];
  for (const [typed, row, code] of cases) {
    it(`"${typed}" in A${row}: the row is recognised by its wording, "${code}" written back, every value kept, no archive`, () => {
      const { ss, tracked } = filledWorkbook();
      const sheet = ss.sheet(SHEETS.assessment);
      const rows = sheet.values().length;
      sheet.type(`A${row}`, typed);
      const result = setup(ss, LATER);
      expect(setupMessage(result)).toBe(`${REPAIRED_TT25}\nTrang "Đánh giá", dòng ${row}: ô A${row} ghi "${typed}", khác với mẫu, nên đã ghi lại "${code}".`);
      expect(result.archive).toBeNull();
      expect(sheetNames(ss)).toEqual(ALL);
      expect(sheet.at(`A${row}`).value).toBe(code);
      expect(sheet.values().length).toBe(rows);
      expectAllKept(tracked);
      expect(assessWorkbook(readSnapshot(ss)).evidence.get(code)?.description).toBe(`Ghi chú ${code}`);
      // Repaired once: the next repair has nothing to say.
      expect(setup(ss, LATER).messages).toEqual([]);
    });
  }

  it('a code of no indicator on a row whose wording was changed too: set-up stops, names the cell and changes nothing', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    sheet.type('A7', 'TC12');
    sheet.type('B7', 'Kế hoạch năm của xã');
    sheet.type('A15', 'TC3.2.');
    sheet.type('B15', 'Thư viện của xã');
    const before = JSON.stringify(ss.state());
    const result = setup(ss, LATER);
    expect(result).toEqual({
      rulesetId: 'TT25',
      created: [],
      updated: [],
      archive: null,
      messages: [
        'Trang "Đánh giá", ô A7: "TC12", ô A15: "TC3.2." không phải mã chỉ tiêu nào trong trang "Bộ tiêu chí" (TT25), nên chưa biết giá trị ở dòng 7, 15 thuộc chỉ tiêu nào. ' +
          'Nếu mã gõ nhầm, hãy sửa lại cho đúng; nếu tỉnh đã đổi mã chỉ tiêu trong trang "Bộ tiêu chí", hãy ghi mã mới vào ô; nếu chỉ tiêu đã bị bỏ khỏi bảng, hãy ghi lại nó vào bảng hoặc xoá mã ở ô (giá trị trên dòng vẫn còn nhưng không được tính nữa). Sau đó chạy lại.',
        'Chưa thay đổi gì trong bảng tính.',
      ],
      refused: true,
    });
    expect(setupMessage(result)).not.toContain('giữ nguyên');
    expect(JSON.stringify(ss.state())).toBe(before);
  });
});

describe('a code typed with a space or in small letters', () => {
  for (const typed of ['TC 1.2', 'tc 1.2', 'tc1.2']) {
    it(`"${typed}" is TC1.2 for repair as for the readers: no second row; the code written as the template writes it; the sidebar saves TC1.2`, () => {
      const { ss, tracked } = filledWorkbook();
      const sheet = ss.sheet(SHEETS.assessment);
      const rows = sheet.values().length;
      sheet.type('A7', typed);
      expect(setupMessage(setup(ss, LATER))).toBe(REPAIRED_TT25);
      expect(sheet.values().length).toBe(rows);
      expect(
        sheet
          .values()
          .map((row) => row[0])
          .filter((cell) => cell === 'TC1.2'),
      ).toEqual(['TC1.2']);
      expect(sheet.at('A7').value).toBe('TC1.2');
      expectAllKept(tracked);
      const saved = saveSidebarChanges(ss, new FakeLock(), () => {}, { overwrite: false, changes: [{ code: 'TC1.2', field: 'value', before: 'Đạt', after: 'Không đạt' }] });
      expect([saved.saved, saved.conflicts]).toEqual([1, []]);
      expect(sheet.at('E7').value).toBe('Không đạt');
    });
  }
});

describe('an STT number, a date or a note in column A of an inserted row', () => {
  const cases: Array<[string, string | number, string]> = [
    ['an STT number', 1, 'Việc bổ sung số 1 của xã'],
    ['a date', '15/03/2025', 'Họp ngày 15/3 của Ban chỉ đạo'],
    ['a note with a number', 'Đợt 2', 'Kết quả đợt 2 của xã'],
  ];
  for (const [what, typed, note] of cases) {
    it(`${what} (${typed}): the table is not rebuilt, the inserted row stays with its note, nothing to say`, () => {
      const { ss, tracked } = filledWorkbook();
      const sheet = ss.sheet(SHEETS.assessment);
      // Above TC2.2 (row 11): TC2.2 and everything below move down by one.
      sheet.insertRowBefore(11);
      sheet.type('A11', typed);
      sheet.type('G11', note);
      const stored = sheet.at('A11').value;
      const result = setup(ss, LATER);
      expect(setupMessage(result)).toBe(REPAIRED_TT25);
      expect(result.archive).toBeNull();
      expect(sheetNames(ss)).toEqual(ALL);
      expect([10, 11, 12].map((row) => [sheet.at(`A${row}`).value, sheet.at(`G${row}`).value])).toEqual([
        ['TC2.1', 'Ghi chú TC2.1'],
        [stored, note],
        ['TC2.2', 'Ghi chú TC2.2'],
      ]);
      expectAllKept(tracked);
    });
  }
});
