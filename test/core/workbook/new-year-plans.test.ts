/**
 * Which years a roll-over and a restore name, each with years other than the usual 2025 → 2026.
 * A roll-over goes from the year shown to the next one. A restore names two years that differ: the one the workbook shows now (its data
 * goes to a new archive first) and the one the archive holds (the workbook shows it afterwards).
 * An archive made while "Năm đánh giá" was blank restores a blank year: nothing may name the
 * current year (2026) as the one restored, nor write a year 0 where the year is not known.
 * A layout that is not the template's is refused by both, with the way out and the assurance that
 * nothing changed. Expected cells and texts are typed by hand from the archive layout (README,
 * "Năm đánh giá mới").
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells/values';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { workbookSpec } from '../../../src/core/template/spec';
import { sheetValues } from '../../../src/core/template/types';
import { ARCHIVE_HEADER, ARCHIVE_TITLE, planNewYear, planRestore, type YearPlan } from '../../../src/core/workbook/new-year';

const spec = workbookSpec(TT25);
/** The template's sheets as set-up leaves them, "Năm đánh giá" holding `year`. */
function workbookShowing(year: Cell): Map<string, Cell[][]> {
  const content = new Map(spec.sheets.map((sheet) => [sheet.name, sheetValues(sheet, () => undefined)]));
  const info = content.get('Thông tin')!;
  // Row 6, "Năm đánh giá *" (the star marks a field the dossier needs), value in column B.
  const yearRow = info.find((row) => row[0] === 'Năm đánh giá *')!;
  yearRow[1] = year;
  return content;
}
const archiveOfYear = (year: Cell): Cell[][] => [
  [ARCHIVE_TITLE, year, '', '', '', ''],
  ['Năm đánh giá sau khi lưu', 2026, '', '', '', ''],
  ['', '', '', '', '', ''],
  [...ARCHIVE_HEADER],
  ['Thông tin', 'Năm đánh giá', 'B6', year, '', 'B6'],
];
const NOW = new Date(2026, 0, 2, 8, 0);
function restore(shown: Cell, archived: Cell): YearPlan {
  const plan = planRestore(spec, (name) => workbookShowing(shown).get(name) ?? null, archiveOfYear(archived), new Set(), NOW);
  if ('problem' in plan) throw new Error(plan.problem);
  return plan;
}
const RESTORE_HINT = 'Khôi phục: mở trang này, chọn CĐHT → "Khôi phục năm từ trang lưu trữ".';

describe('planRestore: the years it names', () => {
  it('2026 shown, the 2024 archive restored: 2026 archived, 2024 afterwards', () => {
    const plan = restore(2026, 2024);
    expect([plan.fromYear, plan.toYear]).toEqual([2026, 2024]);
    expect(plan.archive.name).toBe('Lưu trữ năm 2026 (02-01-2026 08.00)');
    expect(plan.archive.rows.slice(0, 2)).toEqual([
      [ARCHIVE_TITLE, 2026, '', '', '', ''],
      ['Năm đánh giá sau khi lưu', 2024, `Khôi phục năm 2024 từ trang lưu trữ lúc 02/01/2026 08:00. ${RESTORE_HINT}`, '', '', ''],
    ]);
  });

  it('2026 shown, an archive whose year was blank: the year afterwards is blank, never 2026 or 0', () => {
    const plan = restore(2026, '');
    expect([plan.fromYear, plan.toYear]).toEqual([2026, 0]);
    expect(plan.archive.name).toBe('Lưu trữ năm 2026 (02-01-2026 08.00)');
    expect(plan.archive.rows.slice(0, 2)).toEqual([
      [ARCHIVE_TITLE, 2026, '', '', '', ''],
      ['Năm đánh giá sau khi lưu', '', `Khôi phục năm (chưa ghi) từ trang lưu trữ lúc 02/01/2026 08:00. ${RESTORE_HINT}`, '', '', ''],
    ]);
  });
});

describe('planNewYear: the years it names', () => {
  it.each([
    [2029, 2030],
    [2030, 2031],
  ])('%i shown: %i archived under its year, the next year set', (shown, next) => {
    const plan = planNewYear(spec, (name) => workbookShowing(shown).get(name) ?? null, new Set(), NOW);
    if ('problem' in plan) throw new Error(plan.problem);
    expect([plan.fromYear, plan.toYear]).toEqual([shown, next]);
    expect(plan.archive.name).toBe(`Lưu trữ năm ${shown} (02-01-2026 08.00)`);
    expect(plan.archive.rows.slice(0, 2)).toEqual([
      [ARCHIVE_TITLE, shown, '', '', '', ''],
      ['Năm đánh giá sau khi lưu', next, `Chuyển sang năm ${next} lúc 02/01/2026 08:00. ${RESTORE_HINT}`, '', '', ''],
    ]);
    expect(plan.writes).toContainEqual({ sheet: 'Thông tin', row: 6, column: 2, value: next });
    // The year's own cell archived where it is (B6), named by its row and by where the template has it.
    expect(plan.archive.rows).toContainEqual(['Thông tin', 'Năm đánh giá', 'B6', shown, '', 'B6']);
  });
});

describe('planNewYear: a unit row inserted after a column was inserted', () => {
  it('archives and empties the counts of a row the template never had where they now are, one column right', () => {
    const content = workbookShowing(2025);
    // "Số liệu theo đơn vị": a column of the commune's own inserted at B, then one unit row inserted
    // inside the table (its 40 rows, 9 to 48, are now 41). The rows fill from the top, so the last one
    // in use, row 49 just above "Thêm đơn vị", is one the template never wrote: its counts are typed
    // in what are now C, D and H (the template's B, C and G), and a note of the commune's own in B.
    const units = content.get('Số liệu theo đơn vị')!.map((row) => [row[0], '', ...row.slice(1)]);
    units.splice(
      9,
      0,
      units[8].map(() => ''),
    );
    const typed: Record<number, Cell> = { 0: 'Thôn Cuối', 1: 'ghi chú của xã', 2: 120, 3: 150, 7: 30 };
    units[48] = units[48].map((cell, c) => typed[c] ?? cell);
    content.set('Số liệu theo đơn vị', units);
    const plan = planNewYear(spec, (name) => content.get(name) ?? null, new Set(), NOW);
    if ('problem' in plan) throw new Error(plan.problem);
    // Archived where they were, with no template cell of their own.
    expect(plan.archive.rows).toContainEqual(['Số liệu theo đơn vị', '', 'C49', 120, '', '']);
    expect(plan.archive.rows).toContainEqual(['Số liệu theo đơn vị', '', 'D49', 150, '', '']);
    expect(plan.archive.rows).toContainEqual(['Số liệu theo đơn vị', '', 'H49', 30, '', '']);
    expect(plan.writes.filter((w) => w.sheet === 'Số liệu theo đơn vị' && w.row === 49)).toEqual([
      { sheet: 'Số liệu theo đơn vị', row: 49, column: 3, value: '' },
      { sheet: 'Số liệu theo đơn vị', row: 49, column: 4, value: '' },
      { sheet: 'Số liệu theo đơn vị', row: 49, column: 8, value: '' },
    ]);
    // The inserted column B is the commune's: its note is neither archived nor emptied.
    expect(plan.archive.rows.filter((row) => row[3] === 'ghi chú của xã')).toEqual([]);
    expect(plan.writes.filter((w) => w.sheet === 'Số liệu theo đơn vị' && w.column === 2)).toEqual([]);
  });
});

describe('a layout that is not the template’s', () => {
  const withoutUnits = (name: string) => (name === 'Số liệu theo đơn vị' ? null : (workbookShowing(2026).get(name) ?? null));
  const REFUSED = 'Không thấy trang "Số liệu theo đơn vị". Hãy chọn CĐHT → "Thiết lập / sửa mẫu" rồi thử lại; chưa có gì thay đổi.';

  it('is refused by a roll-over and by a restore, with the same words', () => {
    expect(planNewYear(spec, withoutUnits, new Set(), NOW)).toEqual({ problem: REFUSED });
    expect(planRestore(spec, withoutUnits, archiveOfYear(2024), new Set(), NOW)).toEqual({ problem: REFUSED });
  });
});

describe('sheets renamed by the commune', () => {
  /** "Thông tin" renamed "Thông tin xã", its "Năm đánh giá *" row typed twice (a copy pasted below it). */
  const renamed = { names: new Map([['Thông tin', 'Thông tin xã']]), listEnds: new Map<string, number>() };
  const twiceTyped = (name: string) => {
    const rows = workbookShowing(2026).get(name) ?? null;
    if (name !== 'Thông tin' || !rows) return rows;
    const at = rows.findIndex((row) => row[0] === 'Năm đánh giá *');
    return [...rows.slice(0, at + 1), [...rows[at]], ...rows.slice(at + 1)];
  };
  const TWICE = 'Trang "Thông tin xã" có "Năm đánh giá" ở nhiều dòng (6, 7). Hãy chọn CĐHT → "Thiết lập / sửa mẫu" rồi thử lại; chưa có gì thay đổi.';

  it('are named as their tabs read now when a roll-over or a restore is refused (sample 15 P38: the template’s names passed)', () => {
    expect(planNewYear(spec, twiceTyped, new Set(), NOW, renamed)).toEqual({ problem: TWICE });
    expect(planRestore(spec, twiceTyped, archiveOfYear(2024), new Set(), NOW, renamed)).toEqual({ problem: TWICE });
  });
});
