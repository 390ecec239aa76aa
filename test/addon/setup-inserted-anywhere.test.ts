/**
 * Repair after a person inserted one row (or one column) anywhere in a sheet of a first TT25
 * set-up and typed into it: at the top, just under the title, in the middle of a table, before
 * the last row and after it. What Sheets itself does on such an insertion is the expected state
 * (cells move down or right by one; every reference to a moved cell, in any sheet's formulas and
 * in named ranges, follows it: Sheets "adjusts references" on insert, see the fake's header), so
 * repair must leave exactly that: the person's value where they typed it, the template's cells and
 * formulas where Sheets moved them, and no message (nothing the person typed is "typed by hand"
 * into a computed cell) — but for a column among the evidence list's, read by column place, where
 * repair refuses and says so, changing nothing (issue 14). The fake moves the references as Sheets does (test/fakes/spreadsheet.ts,
 * editedInFormula); the expected shifting (./inserted-anywhere.ts) is written independently of it
 * and of the add-on's placement code.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/template/layout';
import { type FakeSheet, FakeSpreadsheet } from '../fakes/spreadsheet';
import { type Case, type Dimension, INSERTIONS, TYPED, insertAndType, inserted, namedRanges, picture } from './inserted-anywhere';
import { setup } from './scenarios';

/** The name a person gave "Thông tin" (Sheets rewrites every formula that names it, as the fake does). */
const RENAMED_INFO = 'Thông tin xã';

/** One case: set up, optionally rename "Thông tin", insert, type, repair; with what Sheets would show. */
const run = (specName: string, dimension: Dimension, [, at, typeAt]: Case, renameInfo = false) => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  if (renameInfo) ss.sheet(SHEETS.info).setName(RENAMED_INFO);
  const sheetName = renameInfo && specName === SHEETS.info ? RENAMED_INFO : specName;
  const before = picture(ss);
  const typed = insertAndType(ss, sheetName, dimension, at, typeAt);
  const expected = inserted(before, sheetName, dimension, at);
  expected[sheetName][typed] = TYPED;
  const named = namedRanges(ss);
  const result = setup(ss, new Date(2026, 10, 22, 8, 5));
  return { ss, expected, named, result };
};

describe('repair after one row or column inserted anywhere in a first TT25 set-up', () => {
  /** The ranges and formulas of a sheet's conditional colours, in order (the fake never moves them on insertion). */
  const colourRules = (sheet: FakeSheet) =>
    (sheet.state() as { conditionalRules: Array<{ setRanges: string[]; whenFormulaSatisfied?: string }> }).conditionalRules.map((r) => [r.setRanges.join(','), r.whenFormulaSatisfied ?? '']);

  it('conditional colours follow an inserted row or column: Đạt / Không đạt / Thiếu dữ liệu and the unverified ruleset rows', () => {
    const row = run(SHEETS.assessment, 'row', ['at the top', 1, 1]);
    expect(colourRules(row.ss.sheet(SHEETS.assessment))).toEqual([
      ['I6:J26', ''],
      ['I6:J26', ''],
      ['I6:J26', ''],
    ]);
    const column = run(SHEETS.assessment, 'column', ['before A', 1, 5]);
    expect(colourRules(column.ss.sheet(SHEETS.assessment))).toEqual([
      ['J5:K25', ''],
      ['J5:K25', ''],
      ['J5:K25', ''],
    ]);
    const table = run(SHEETS.ruleset, 'row', ['at the top', 1, 1]);
    expect(colourRules(table.ss.sheet(SHEETS.ruleset))).toEqual([['A3:L151', '=$L3="Chưa xác minh"']]);
  });

  for (const [sheet, dimension, c] of INSERTIONS) {
    it(`"${sheet}": a ${dimension} ${c[0]}`, () => {
      const { ss, expected, named, result } = run(sheet, dimension, c);
      // The evidence list is read by column place: a column among its own would put each field under another's header,
      // so repair refuses, names it and changes nothing (setup-list-columns-shifted.test.ts); one right of F is no harm.
      const letter = String.fromCharCode(64 + c[1]);
      const amongByPlace = sheet === SHEETS.evidence && dimension === 'column' && c[1] <= 6;
      expect(result.messages).toEqual(
        amongByPlace
          ? [
              `Trang "Danh mục minh chứng": cột ${letter} nằm giữa các cột của mẫu (có thể đã được chèn thêm). Trang này được đọc theo vị trí cột, nên hãy chuyển nội dung cột ${letter} (nếu cần giữ) sang bên phải cột "Chỉ tiêu liên quan", xoá cột ${letter} rồi chạy lại.`,
              'Chưa thay đổi gì trong bảng tính.',
            ]
          : [],
      );
      expect(picture(ss)).toEqual(expected);
      expect(namedRanges(ss)).toEqual(named);
    });
  }
});

/**
 * The same with "Thông tin" renamed first: every sheet's commune line reads the renamed sheet, and
 * is still found by its formula (not by where it stood) when a row is inserted above it or around
 * it, so the person's row is never taken for it. The rows at the top of each sheet, and every
 * case of "Thông tin" itself.
 */
describe('the same after "Thông tin" was renamed', () => {
  for (const [sheet, dimension, c] of INSERTIONS.filter(([sheet, dimension, each]) => sheet === SHEETS.info || (dimension === 'row' && each[1] <= 2))) {
    it(`"${sheet}": a ${dimension} ${c[0]}`, () => {
      const { ss, expected, named, result } = run(sheet, dimension, c, true);
      expect(result.messages).toEqual([]);
      expect(picture(ss)).toEqual(expected);
      expect(namedRanges(ss)).toEqual(named);
    });
  }
});
