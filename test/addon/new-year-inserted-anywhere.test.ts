/**
 * "Bắt đầu năm đánh giá mới" after a person inserted one row (or one column) anywhere in a sheet
 * of a first TT25 set-up and typed into it (the cases of ./inserted-anywhere.ts, as the repair
 * test uses them), with no repair in between. Each yearly value must be archived from the cell
 * where it now is (found by label, code or header, as repair finds it, never by its template
 * position), each yearly cell emptied where it now is, a percent typed over its computed formula
 * given back the formula reading the unit counts where Sheets moved them, and the person's text
 * left where they typed it. Positions after the insertion are computed by the test's own shifting.
 */
import { describe, expect, it } from 'vitest';
import { startNewYear } from '../../src/addon/new-year';
import type { Cell } from '../../src/core/cells/values';
import { SHEETS } from '../../src/core/template/layout';
import { FakeLock } from '../fakes/lock';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { type Case, type Dimension, INSERTIONS, TYPED, insertAndType, movedA1, shiftFormula } from './inserted-anywhere';
import { setup } from './scenarios';

const ROLL_TIME = new Date(2026, 10, 21, 9, 30);
const ARCHIVE = 'Lưu trữ năm 2025 (21-11-2026 09.30)';

/** What the committee typed for 2025, at the template's cells: sheet, template A1, the row's label as archived, value. */
const TYPED_2025: Array<[sheet: string, a1: string, label: string, value: Cell]> = [
  [SHEETS.info, 'B6', 'Năm đánh giá', 2025],
  [SHEETS.info, 'B15', 'Số Tờ trình', '15/TTr-UBND'],
  [SHEETS.info, 'B44', 'Thuận lợi', 'Nhân dân đồng thuận.'],
  [SHEETS.assessment, 'E6', 'TC1.1', 'Đạt'],
  [SHEETS.assessment, 'G6', 'TC1.1', 'Đã mở 12 lớp'],
  // A percent typed over the formula that computes it from the unit counts.
  [SHEETS.assessment, 'E25', 'TC5.2b', 0.15],
  [SHEETS.evidence, 'A4', '', 'MC01'],
  [SHEETS.evidence, 'F203', '', 'https://drive.google.com/mc-cuoi'],
  [SHEETS.pcgd, 'B4', 'Trẻ em 5 tuổi được huy động ra lớp', 1200],
  [SHEETS.pcgd, 'D14', 'Người khuyết tật có khả năng học tập được tiếp cận giáo dục', 3],
  [SHEETS.units, 'B9', '', 120],
  [SHEETS.units, 'G48', '', 7],
];
/** Kept for the new year: a unit's name, the commune's name. */
const KEPT: Array<[sheet: string, a1: string, value: Cell]> = [
  [SHEETS.units, 'A9', 'Thôn Đông'],
  [SHEETS.info, 'B4', 'Xã Hòa An'],
];

function run(sheetName: string, dimension: Dimension, [, at, typeAt]: Case) {
  const ss = new FakeSpreadsheet();
  setup(ss);
  // The formula set-up wrote under the typed percent: what a new year must give back, moved as Sheets moves it.
  const computed = String(ss.sheet(SHEETS.assessment).at('E25').formula);
  for (const [sheet, a1, , value] of TYPED_2025) ss.sheet(sheet).type(a1, value);
  for (const [sheet, a1, value] of KEPT) ss.sheet(sheet).type(a1, value);
  const typed = insertAndType(ss, sheetName, dimension, at, typeAt);
  const moved = (sheet: string, a1: string) => movedA1(a1, sheet, sheetName, dimension, at);
  const lines = startNewYear({ spreadsheet: ss, lock: new FakeLock(), confirm: () => true, now: ROLL_TIME });
  return { ss, typed, moved, lines, computed: shiftFormula(computed, SHEETS.assessment, sheetName, dimension, at) };
}

/**
 * A row inserted under the header of "Danh mục minh chứng" is inside its list (the named range
 * CDHT_MINH_CHUNG starts at the header and grows over it): what was typed there is an item of
 * 2025 like the others, archived and emptied, and the last item, pushed below the template's
 * rows, is archived and emptied too, with no template cell, after the template's cells (as rows
 * inserted into a list always are).
 */
const EVIDENCE_UNDER_HEADER: Cell[][] = [
  [SHEETS.evidence, '', 'A4', TYPED, '', 'A4'],
  [SHEETS.evidence, '', 'A5', 'MC01', '', 'A5'],
];
const EVIDENCE_PUSHED_OUT: Cell[] = [SHEETS.evidence, '', 'F204', 'https://drive.google.com/mc-cuoi', '', ''];

describe('a new year after one row or column inserted anywhere in a first TT25 set-up', () => {
  for (const [sheet, dimension, c] of INSERTIONS) {
    it(`"${sheet}": a ${dimension} ${c[0]}`, () => {
      const { ss, typed, moved, lines, computed } = run(sheet, dimension, c);
      expect(lines[0]).toBe('Đã chuyển sang năm đánh giá 2026.');
      const archived = ss
        .sheet(ARCHIVE)
        .values()
        .slice(4)
        .filter((row) => row[0] !== '')
        .map((row) => row.slice(0, 6));
      const expected = TYPED_2025.map(([name, a1, label, value]) => [name, label, moved(name, a1), value, '', a1]);
      const insideList = sheet === SHEETS.evidence && c[0] === 'under the header';
      if (insideList) {
        expected.splice(6, 2, ...EVIDENCE_UNDER_HEADER);
        expected.push(EVIDENCE_PUSHED_OUT);
      }
      expect(archived).toEqual(expected);
      // Emptied where each value now is; the year goes on; the percent computes again.
      expect(TYPED_2025.map(([name, a1]) => ss.sheet(name).at(moved(name, a1)).value)).toEqual([2026, '', '', '', '', '', '', '', '', '', '', '']);
      expect(ss.sheet(SHEETS.assessment).at(moved(SHEETS.assessment, 'E25')).formula).toBe(computed);
      expect(KEPT.map(([name, a1]) => ss.sheet(name).at(moved(name, a1)).value)).toEqual(['Thôn Đông', 'Xã Hòa An']);
      expect(ss.sheet(sheet).at(typed).value).toBe(insideList ? '' : TYPED);
    });
  }
});
