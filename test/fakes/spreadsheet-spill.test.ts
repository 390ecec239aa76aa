/**
 * Array results in the Spreadsheet fake, as Sheets shows them: a 2-D result spills into empty
 * neighbouring cells (Apps Script guide "Custom functions"); a cell of the area holding data blocks
 * it, and the formula shows #REF! ("Array result was not expanded because it would overwrite data
 * in …", README Google-behaviours table) and spills nothing, until the cell is cleared. Expected
 * values written by hand.
 */
import { describe, expect, it } from 'vitest';
import { addonSpill, FakeSpreadsheet } from './spreadsheet';

/** A sheet with =CDHT_RESULTS(A5:A7;…) in I5, the add-on's results formula over three rows. */
function results() {
  const ss = new FakeSpreadsheet();
  const sheet = ss.sheets[0];
  sheet.getRange('I5').setFormula('=CDHT_RESULTS(A5:A7;E5:E7)');
  return { ss, sheet };
}

/** The same sheet, CDHT_RESULTS giving `grid` and any other formula `other`. */
function resultsGiving(grid: string[][], other: string | number = '') {
  const { ss, sheet } = results();
  ss.evaluate = (formula) => (formula.startsWith('=CDHT_RESULTS(') ? grid : other);
  return { ss, sheet };
}

const THREE_ROWS = [
  ['Đạt', 'Không đạt'],
  ['Thiếu', 'Đạt'],
  ['x', 'y'],
];

describe('array results in the Spreadsheet fake', () => {
  it('an array result shows its first value in the formula cell and the others right and down, with no formula there', () => {
    const { sheet } = resultsGiving(THREE_ROWS);
    expect(sheet.getRange('I5:K8').getValues()).toEqual([
      ['Đạt', 'Không đạt', ''],
      ['Thiếu', 'Đạt', ''],
      ['x', 'y', ''],
      ['', '', ''],
    ]);
    expect(sheet.getRange('I5:J6').getFormulas()).toEqual([
      ['=CDHT_RESULTS(A5:A7;E5:E7)', ''],
      ['', ''],
    ]);
  });

  it('a value typed in the area blocks it: #REF! in the formula cell, nothing spilled, the typed value as typed; clearing it brings the results back', () => {
    const { sheet } = resultsGiving(THREE_ROWS);
    sheet.getRange('J7').setValue('ghi chú');
    expect(sheet.getRange('I5:J7').getValues()).toEqual([
      ['#REF!', ''],
      ['', ''],
      ['', 'ghi chú'],
    ]);
    sheet.getRange('J7').setValue('');
    expect(sheet.getRange('J7').getValue()).toBe('y');
  });

  it('a formula in the area blocks it too; a value just outside does not', () => {
    const { sheet } = resultsGiving(
      [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
      ],
      1,
    );
    sheet.getRange('K5').setValue('bên phải');
    sheet.getRange('I8').setValue('bên dưới');
    sheet.getRange('I4').setValue('bên trên');
    expect(sheet.getRange('I5').getValue()).toBe('a');
    sheet.getRange('J6').setFormula('=1+1');
    expect(sheet.getRange('I5:J6').getValues()).toEqual([
      ['#REF!', ''],
      ['', 1],
    ]);
  });

  it('with no evaluate, the add-on’s results formula still shows #REF! when its area (as tall as its first range, two columns) holds data', () => {
    const { sheet } = results();
    expect(sheet.getRange('I5').getValue()).toBe('');
    sheet.getRange('K7').setValue('ngoài vùng');
    sheet.getRange('I8').setValue('ngoài vùng');
    expect(sheet.getRange('I5').getValue()).toBe('');
    sheet.getRange('J7').setValue('trong vùng');
    expect(sheet.getRange('I5').getValue()).toBe('#REF!');
    // A scalar result a test gives for the first cell is blocked the same way.
    sheet.spreadsheet.evaluate = () => 'Thiếu dữ liệu';
    expect(sheet.getRange('I5').getValue()).toBe('#REF!');
  });

  it('the results area follows its range: a row inserted inside it makes it one taller', () => {
    const { sheet } = results();
    sheet.insertRowBefore(6);
    expect(sheet.getRange('I5').getFormulas()[0][0]).toBe('=CDHT_RESULTS(A5:A8;E5:E8)');
    sheet.getRange('J8').setValue('ghi chú');
    expect(sheet.getRange('I5').getValue()).toBe('#REF!');
  });

  it('an error in place of the result (the function not found, or thrown) spills nothing and so is not blocked', () => {
    const { ss, sheet } = results();
    ss.evaluate = () => '#NAME?';
    sheet.getRange('J6').setValue('ghi chú');
    expect(sheet.getRange('I5').getValue()).toBe('#NAME?');
  });

  it('knows the area of CDHT_RESULTS (rows of its first range × 2) and CDHT_RATE (× 1), and no other', () => {
    expect(addonSpill("=CDHT_RESULTS(A5:A25;E5:E25;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)")).toEqual({ rows: 21, columns: 2 });
    expect(addonSpill('=CDHT_RATE(D4:D9;B4:B9;C4:C9)')).toEqual({ rows: 6, columns: 1 });
    expect(addonSpill('=CDHT_RATE($D$4:$D$9,B4:B9)')).toEqual({ rows: 6, columns: 1 });
    expect(addonSpill('=CDHT_SCORE(A5:A25;E5:E25)')).toBeNull();
    expect(addonSpill('=SUM(A5:A25;E5:E25)')).toBeNull();
  });
});
