/**
 * "Bắt đầu năm đánh giá mới" and its undo on a workbook set to Thông tư 44/2014 (Thông tin B7 =
 * TT44), where new-year.test.ts tries TT25 only: the roll-over reads the template of the ruleset the
 * workbook uses, so TT44's points in "Đánh giá" E5:E19 (one row per criterion TC1–TC15, README's
 * sheet table) are archived and emptied, the ruleset and its table are kept, and a restore gives
 * every cell back. Expected cells typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { restoreYear, startNewYear } from '../../src/addon/new-year';
import { FakeLock } from '../fakes/lock';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

const ROLL = new Date(2026, 10, 21, 9, 30);
const ARCHIVE = 'Lưu trữ năm 2025 (21-11-2026 09.30)';
const deps = (ss: FakeSpreadsheet, now = ROLL) => ({ spreadsheet: ss, lock: new FakeLock(), confirm: () => true, now });

/** A TT44 workbook for 2025 with points for TC1 (row 5) and TC15 (row 19), a note and evidence on TC1. */
function tt44Workbook() {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const info = ss.sheet('Thông tin');
  info.type('B7', 'TT44');
  setup(ss);
  info.type('B6', 2025);
  const sheet = ss.sheet('Đánh giá');
  sheet.type('E5', 7.5);
  sheet.type('F5', 'https://drive.google.com/minh-chung-tc1');
  sheet.type('G5', 'ghi chú TC1');
  sheet.type('E19', 4);
  return { ss, info, sheet };
}

const cells = (ss: FakeSpreadsheet, name: string, a1s: string[]) => a1s.map((a1) => ss.sheet(name).at(a1).value);

describe('a new year in a TT44 workbook', () => {
  it('archives TC1 and TC15 points under their codes, empties them, keeps TT44 and sets 2026', () => {
    const { ss } = tt44Workbook();
    const table = JSON.stringify(ss.sheet('Bộ tiêu chí').state());
    const lines = startNewYear(deps(ss));
    expect(lines.slice(0, 2)).toEqual(['Đã chuyển sang năm đánh giá 2026.', `Dữ liệu năm 2025 (5 ô) được lưu ở trang "${ARCHIVE}".`]);
    expect(cells(ss, 'Thông tin', ['B6', 'B7'])).toEqual([2026, 'TT44']);
    expect(cells(ss, 'Đánh giá', ['A5', 'E5', 'F5', 'G5', 'A19', 'E19'])).toEqual(['TC1', '', '', '', 'TC15', '']);
    expect(JSON.stringify(ss.sheet('Bộ tiêu chí').state())).toBe(table);
    const archive = ss.sheet(ARCHIVE);
    const rows = Array.from({ length: 5 }, (_, i) => ['A', 'B', 'C', 'D', 'F'].map((c) => archive.at(`${c}${5 + i}`).value));
    expect(rows).toEqual([
      ['Thông tin', 'Năm đánh giá', 'B6', 2025, 'B6'],
      ['Đánh giá', 'TC1', 'E5', 7.5, 'E5'],
      ['Đánh giá', 'TC1', 'F5', 'https://drive.google.com/minh-chung-tc1', 'F5'],
      ['Đánh giá', 'TC1', 'G5', 'ghi chú TC1', 'G5'],
      ['Đánh giá', 'TC15', 'E19', 4, 'E19'],
    ]);
  });

  it('a restore gives back TT44 points where they were', () => {
    const { ss } = tt44Workbook();
    startNewYear(deps(ss));
    const lines = restoreYear(deps(ss, new Date(2026, 10, 21, 9, 45)), ARCHIVE);
    expect(lines[0]).toBe(`Đã khôi phục dữ liệu năm 2025 từ trang "${ARCHIVE}".`);
    expect(cells(ss, 'Thông tin', ['B6', 'B7'])).toEqual([2025, 'TT44']);
    expect(cells(ss, 'Đánh giá', ['E5', 'F5', 'G5', 'E19'])).toEqual([7.5, 'https://drive.google.com/minh-chung-tc1', 'ghi chú TC1', 4]);
  });
});
