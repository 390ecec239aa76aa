/**
 * Review finding: the sheet of counts tells the commune to insert rows for more thôn ("Thêm đơn vị:
 * chèn dòng phía trên dòng này"), and its sums add those rows up. But "Bắt đầu năm đánh giá mới"
 * archived and emptied only the template's own unit rows: the counts of an inserted thôn stayed,
 * and last year's figures were added into the new year's rate with no word.
 */
import { describe, expect, it } from 'vitest';
import { startNewYear } from '../../src/addon/new-year';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { INFO_LAYOUT, SHEETS } from '../../src/core/template/layout';
import { INFO_FIELDS } from '../../src/core/workbook/info';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';
import { FakeLock } from '../fakes/lock';

const infoCell = (key: string) => `B${INFO_LAYOUT.firstField + INFO_FIELDS.findIndex((f) => f.key === key)}`;

function findRow(ss: FakeSpreadsheet, name: string, label: RegExp): number {
  for (let row = 1; row < 200; row++) if (label.test(String(ss.sheet(name).at(`A${row}`).value))) return row;
  throw new Error(`no row ${label} in ${name}`);
}

/** A workbook set up for 2025, its unit sheet, and the sheet row of its first unit. */
function workbook2025() {
  const ss = new FakeSpreadsheet();
  setupWorkbook(ss, fakeFactories(ss.log), new Date(2026, 0, 10, 8, 0));
  ss.sheet(SHEETS.info).type(infoCell('year'), 2025);
  return { ss, units: ss.sheet(SHEETS.units), first: findRow(ss, SHEETS.units, /^Đơn vị/) + 1 };
}

const rollOver = (ss: FakeSpreadsheet) => startNewYear({ spreadsheet: ss, lock: new FakeLock(), confirm: () => true, now: new Date(2026, 10, 21, 9, 30) });

describe('new year with a thôn row inserted by hand on "Số liệu theo đơn vị"', () => {
  it('archives and empties its counts, keeps its name', () => {
    const { ss, units, first } = workbook2025();
    units.type(`A${first}`, 'Thôn Đông');
    units.type(`B${first}`, 100);
    units.type(`C${first}`, 120);
    // The commune has one thôn more than the rows given: a row inserted inside the table.
    units.insertRowBefore(first + 1);
    units.type(`A${first + 1}`, 'Thôn Mới');
    units.type(`B${first + 1}`, 50);
    units.type(`C${first + 1}`, 80);
    const lines = rollOver(ss);
    expect(lines[0]).toBe('Đã chuyển sang năm đánh giá 2026.');
    expect(units.at(`B${first}`).value).toBe('');
    expect(units.at(`A${first + 1}`).value).toBe('Thôn Mới');
    expect(units.at(`B${first + 1}`).value, 'last year’s count of the inserted thôn').toBe('');
    expect(units.at(`C${first + 1}`).value, 'last year’s total of the inserted thôn').toBe('');
  });

  it('archives and empties counts typed in the last row of a table grown by inserted rows', () => {
    const { ss, units, first } = workbook2025();
    units.insertRowBefore(first + 1);
    units.insertRowBefore(first + 1);
    // The rows fill from the top, so the last ones in use are the two the template never wrote.
    const last = findRow(ss, SHEETS.units, /^Thêm đơn vị/) - 1;
    units.type(`A${last}`, 'Thôn Cuối');
    units.type(`B${last}`, 50);
    units.type(`C${last}`, 80);
    rollOver(ss);
    expect(units.at(`A${last}`).value).toBe('Thôn Cuối');
    expect(units.at(`B${last}`).value, 'last year’s count left in place').toBe('');
    expect(units.at(`C${last}`).value, 'last year’s total left in place').toBe('');
    const archive = ss.getSheets().find((s) => s.getName().startsWith('Lưu trữ năm 2025'))!;
    // Archived where it was, with no template cell of its own.
    expect(archive.getDataRange().getValues()).toContainEqual([SHEETS.units, '', `B${last}`, 50, '', '']);
  });
});
