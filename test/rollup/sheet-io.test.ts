/**
 * Writing blocks into the roll-up's sheets (src/rollup/sheet-io.ts) on the Spreadsheet fake, whose
 * new sheet has 1000 rows × 26 columns and whose getRange outside them throws, as Sheets' does.
 */
import { describe, expect, it } from 'vitest';
import { ensureSize, writeBlock, writeGenerated } from '../../src/rollup/sheet-io';
import { FakeSpreadsheet } from '../fakes/spreadsheet';

describe('writeBlock', () => {
  it('grows the sheet to the right for a block wider than its 26 columns', () => {
    const sheet = new FakeSpreadsheet().insertSheet('Tiêu chí', 0);
    writeBlock(sheet, 2, 3, [Array.from({ length: 30 }, (_, c) => `cột ${c + 1}`)]);
    expect(sheet.getMaxColumns()).toBe(32);
    expect([sheet.at('C2').value, sheet.at('AF2').value]).toEqual(['cột 1', 'cột 30']);
  });

  it('writes nothing, and asks for no range, for a block of no row', () => {
    const ss = new FakeSpreadsheet();
    const sheet = ss.insertSheet('Tiêu chí', 0);
    const calls = ss.log.count();
    expect(() => writeBlock(sheet, 1, 1, [])).not.toThrow();
    expect(ss.log.count()).toBe(calls);
  });
});

describe('ensureSize', () => {
  it('grows to the size asked exactly, and asks nothing of a sheet already that big', () => {
    const ss = new FakeSpreadsheet();
    const sheet = ss.insertSheet('Thống kê', 0);
    const calls = ss.log.count('insert');
    ensureSize(sheet, 1000, 26);
    expect(ss.log.count('insert')).toBe(calls);
    ensureSize(sheet, 1003, 28);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1003, 28]);
  });

  it('a block ending on the last row needs no new row; one more row, one row', () => {
    const sheet = new FakeSpreadsheet().insertSheet('Thống kê', 0);
    writeBlock(sheet, 999, 1, [['a'], ['b']]);
    expect(sheet.getMaxRows()).toBe(1000);
    writeBlock(sheet, 1000, 1, [['c'], ['d']]);
    expect(sheet.getMaxRows()).toBe(1001);
    expect([sheet.at('A999').value, sheet.at('A1000').value, sheet.at('A1001').value]).toEqual(['a', 'c', 'd']);
  });
});

describe('writeGenerated', () => {
  const generated = {
    name: 'Thay đổi qua các năm',
    rows: [
      ['Tiêu đề', '', ''],
      ['Năm', 'Tốt', 'Khá'],
      ['Năm 2016', 1, 2],
      ['Năm 2018', 2, 1],
      ['+1', '=A1', "'x"],
      ['a+b', '-', 5],
    ],
    boldRows: [1, 2],
    frozenRows: 2,
    charts: [{ title: 'Số xã', row: 2, column: 1, numRows: 3, numColumns: 3, anchorRow: 1, anchorColumn: 5 }],
  };

  // A new spreadsheet holds one sheet, "Trang tính1" (the fake, as Sheets in Vietnamese).
  it('adds a missing sheet as the last tab, texts shown as written, bold rows, frozen rows and the chart', () => {
    const ss = new FakeSpreadsheet();
    ss.insertSheet('Danh sách', 0);
    ss.insertSheet('Kết quả các xã', 1);
    writeGenerated(ss, generated);
    expect(ss.getSheets().map((sh) => sh.getName())).toEqual(['Danh sách', 'Kết quả các xã', 'Trang tính1', 'Thay đổi qua các năm']);
    const sheet = ss.getSheetByName('Thay đổi qua các năm');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.values()).toEqual([
      ['Tiêu đề', '', ''],
      ['Năm', 'Tốt', 'Khá'],
      ['Năm 2016', 1, 2],
      ['Năm 2018', 2, 1],
      ['+1', '=A1', "'x"],
      ['a+b', '-', 5],
    ]);
    expect(sheet.getRange(1, 1, 6, 3).getFontWeights()).toEqual([['bold', 'bold', 'bold'], ['bold', 'bold', 'bold'], ...Array(4).fill(['normal', 'normal', 'normal'])]);
    expect(sheet.getFrozenRows()).toBe(2);
    expect(sheet.charts.map((c) => [c.title, c.ranges.map((r) => r.a1())])).toEqual([['Số xã', ['A2:C4']]]);
  });

  it('rewrites a sheet that is there: old cells and charts gone, the tab where it was', () => {
    const ss = new FakeSpreadsheet();
    const old = ss.insertSheet('Thay đổi qua các năm', 0);
    ss.insertSheet('Danh sách', 1);
    old.type('H20', 'cũ');
    writeGenerated(ss, generated);
    writeGenerated(ss, generated);
    expect(ss.getSheets().map((sh) => sh.getName())).toEqual(['Thay đổi qua các năm', 'Danh sách', 'Trang tính1']);
    expect(old.at('H20').value).toBe('');
    expect(old.charts).toHaveLength(1);
  });
});
