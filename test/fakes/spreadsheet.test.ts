/** The Spreadsheet fake does to cells what Sheets does when people edit the structure. */
import { describe, expect, it } from 'vitest';
import { FakeSpreadsheet } from './spreadsheet';

function sheetWithRows() {
  const ss = new FakeSpreadsheet();
  const sheet = ss.sheets[0];
  sheet.getRange(1, 1, 4, 2).setValues([
    ['a', 1],
    ['b', 2],
    ['c', 3],
    ['d', 4],
  ]);
  return { ss, sheet };
}

describe('the Spreadsheet fake', () => {
  it('has 1000 rows × 26 columns and refuses a range outside them', () => {
    const { sheet } = sheetWithRows();
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('AA1')).toThrow('outside the dimensions');
    sheet.insertRowsAfter(1000, 1);
    expect(sheet.getRange(1000, 1, 2, 1).getNumRows()).toBe(2);
  });

  it('rows inserted rewrite the references to the sheet’s rows: inside a range it grows, at or below a reference it moves, elsewhere nothing', () => {
    const ss = new FakeSpreadsheet();
    const sheet = ss.sheets[0];
    sheet.setName('Đánh giá');
    const other = ss.insertSheet('Kết quả', 1);
    sheet.type('I5', "=CDHT_RESULTS(A5:A25;E5:E25;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)");
    sheet.type('K1', '=SUM($E$5:$E$25)+E9+E10+LOG10(2)&"A12"');
    other.type('A1', "='Đánh giá'!E10+'Đánh giá'!A5:A25+E10");
    sheet.insertRowBefore(10);
    expect([sheet.at('I5').formula, sheet.at('K1').formula, other.at('A1').formula]).toEqual([
      "=CDHT_RESULTS(A5:A26;E5:E26;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)",
      '=SUM($E$5:$E$26)+E9+E11+LOG10(2)&"A12"',
      "='Đánh giá'!E11+'Đánh giá'!A5:A26+E10",
    ]);
    // Before the range's first row: the range moves whole; after its last row: it stays.
    sheet.insertRowsBefore(5, 2);
    sheet.insertRowBefore(40);
    expect(sheet.at('I7').formula).toBe("=CDHT_RESULTS(A7:A28;E7:E28;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)");
  });

  it('columns inserted move and grow references as rows do, "$" or not, on every sheet', () => {
    const ss = new FakeSpreadsheet();
    const sheet = ss.sheets[0];
    sheet.setName('Số liệu');
    const other = ss.insertSheet('Đánh giá', 1);
    sheet.type('H1', '=SUM(C4:E6)+$D$4+B2&"D4"');
    other.type('E23', "='Số liệu'!$E$4+'Số liệu'!B2:D2+E4");
    sheet.insertColumnBefore(4);
    expect([sheet.at('I1').formula, other.at('E23').formula]).toEqual(['=SUM(C4:F6)+$E$4+B2&"D4"', "='Số liệu'!$F$4+'Số liệu'!B2:E2+E4"]);
    sheet.insertColumnsBefore(1, 2);
    expect(other.at('E23').formula).toBe("='Số liệu'!$H$4+'Số liệu'!D2:G2+E4");
  });

  it('rows or columns deleted: references past them move back, ranges shrink, a reference all deleted becomes #REF! and the formula shows it', () => {
    const ss = new FakeSpreadsheet();
    const sheet = ss.sheets[0];
    sheet.setName('Đánh giá');
    const other = ss.insertSheet('Kết quả', 1);
    sheet.type('I5', "=CDHT_RESULTS(A5:A25;E5:E25;'Thông tin'!$B$8)");
    other.type('A1', "=COUNTA('Đánh giá'!F5:F25)+'Đánh giá'!E10");
    other.type('A2', "='Đánh giá'!F7");
    sheet.deleteRows(9, 2);
    expect([sheet.at('I5').formula, other.at('A1').formula, other.getRange('A1').getValue()]).toEqual(["=CDHT_RESULTS(A5:A23;E5:E23;'Thông tin'!$B$8)", "=COUNTA('Đánh giá'!F5:F23)+#REF!", '#REF!']);
    sheet.deleteColumn(6);
    expect([sheet.at('H5').formula, other.at('A1').formula, other.at('A2').formula, other.getRange('A2').getValue()]).toEqual([
      "=CDHT_RESULTS(A5:A23;E5:E23;'Thông tin'!$B$8)",
      '=COUNTA(#REF!)+#REF!',
      '=#REF!',
      '#REF!',
    ]);
    // A range keeps what is left of it: deleting its first rows, or its last.
    other.type('A3', "=SUM('Đánh giá'!E5:E23)");
    sheet.deleteRows(4, 3);
    sheet.deleteRow(20);
    expect(other.at('A3').formula).toBe("=SUM('Đánh giá'!E4:E19)");
  });

  it('moveColumns moves whole columns before the index counted before the move (the reference’s sample: A:B to 5 become C:D); references follow their cells', () => {
    const ss = new FakeSpreadsheet();
    const sheet = ss.sheets[0];
    sheet.setName('Số liệu');
    const other = ss.insertSheet('Đánh giá', 1);
    sheet.getRange(1, 1, 2, 5).setValues([
      ['a', 'b', 'c', 'd', 'e'],
      [1, 2, 3, 4, 5],
    ]);
    sheet.type('F3', '=SUM(A2:B2)+C2');
    other.type('A1', "='Số liệu'!E2+'Số liệu'!A2");
    ss.setNamedRange('CAC_SO', sheet.getRange('A2:B2'));
    sheet.moveColumns(sheet.getRange('A1:B1'), 5);
    expect(sheet.values().slice(0, 2)).toEqual([
      ['c', 'd', 'a', 'b', 'e', ''],
      [3, 4, 1, 2, 5, ''],
    ]);
    expect([sheet.at('F3').formula, other.at('A1').formula, ss.getRangeByName('CAC_SO')?.getA1Notation()]).toEqual(['=SUM(C2:D2)+A2', "='Số liệu'!E2+'Số liệu'!C2", 'C2:D2']);
    // Leftwards: E before A.
    sheet.moveColumns(sheet.getRange(1, 5, 1, 1), 1);
    expect(sheet.values()[0].slice(0, 5)).toEqual(['e', 'c', 'd', 'a', 'b']);
    // Nowhere to go: a destination inside the columns, or right after them.
    for (const destination of [1, 2, 0, 28]) expect(() => sheet.moveColumns(sheet.getRange('A1'), destination)).toThrow();
    expect(() => sheet.moveColumns(other.getRange('A1'), 4)).toThrow('on the sheet');
  });

  it('row metadata follows its row, and goes when the row is deleted', () => {
    const { ss, sheet } = sheetWithRows();
    sheet.getRange('2:2').addDeveloperMetadata('field', 'b');
    sheet.getRange('3:3').addDeveloperMetadata('field', 'c');
    sheet.insertRowBefore(1);
    sheet.deleteRow(3);
    const found = ss.createDeveloperMetadataFinder().withKey('field').find();
    expect(found.map((m) => [m.getValue(), m.getLocation().getRow()?.getRow()])).toEqual([['c', 3]]);
    expect(sheet.getRange(3, 1, 1, 2).getValues()).toEqual([['c', 3]]);
  });

  it('metadata goes on whole rows, columns, sheets or the spreadsheet only', () => {
    const { sheet } = sheetWithRows();
    expect(() => sheet.getRange('A1:B2').addDeveloperMetadata('x')).toThrow(/entire row or column/);
    sheet.getRange('B:B').addDeveloperMetadata('column', 'value');
    sheet.insertColumnBefore(1);
    expect(sheet.createDeveloperMetadataFinder().withKey('column').find()[0].getLocation().getColumn()?.getColumn()).toBe(3);
  });

  it('sheet metadata survives a rename, and formulas naming the sheet follow it', () => {
    const { ss, sheet } = sheetWithRows();
    sheet.addDeveloperMetadata('tag', 'data');
    const other = ss.insertSheet('Other', 1);
    other.getRange(1, 1).setValue("='Trang tính1'!B2*2");
    sheet.setName('Số liệu');
    expect(other.at('A1').formula).toBe("='Số liệu'!B2*2");
    expect(ss.createDeveloperMetadataFinder().withKey('tag').find()[0].getLocation().getSheet()?.getName()).toBe('Số liệu');
  });

  it('named ranges grow with rows inserted inside, shift with rows above, shrink with rows deleted', () => {
    const { ss, sheet } = sheetWithRows();
    ss.setNamedRange('BLOCK', sheet.getRange('A2:B3'));
    sheet.insertRowBefore(3);
    expect(ss.getRangeByName('BLOCK')?.getA1Notation()).toBe('A2:B4');
    sheet.insertRowBefore(1);
    sheet.deleteRows(3, 2);
    expect(ss.getRangeByName('BLOCK')?.getA1Notation()).toBe('A3:B3');
    sheet.deleteRow(3);
    expect(ss.getRangeByName('BLOCK')).toBeNull();
  });

  it('sorting moves cell contents and formats, not rows or their metadata', () => {
    const { sheet } = sheetWithRows();
    sheet.getRange('1:1').addDeveloperMetadata('first');
    sheet.getRange('A1').setNumberFormats([['@']]);
    sheet.getRange('A1:B4').sort({ column: 2, ascending: false });
    expect(sheet.values()).toEqual([
      ['d', 4],
      ['c', 3],
      ['b', 2],
      ['a', 1],
    ]);
    expect(sheet.at('A4').format).toBe('@');
    expect(
      sheet
        .getRange('A1:B1')
        .getDeveloperMetadata()
        .map((m) => m.getKey()),
    ).toEqual(['first']);
  });

  it("gives back sheet names in formulas in the test's chosen form, and renames them there", () => {
    const written = ["='DanhGia'!A1", "=ĐánhGiá!A1+'Đánh giá'!B2", "='2025'!A1&\"'DanhGia'!A1\"", "='AB12'!A1+'R1C1'!A1+'Jon''s'!A1"];
    const read = (quoting: 'fewest' | 'all') => {
      const ss = new FakeSpreadsheet();
      ss.quoting = quoting;
      ss.insertSheet('DanhGia', 1);
      ss.sheets[0].getRange(1, 1, 1, 4).setValues([written]);
      const before = ss.sheets[0].getRange(1, 1, 1, 4).getFormulas()[0];
      ss.sheet('DanhGia').setName('Kết quả');
      return [before, ss.sheets[0].getRange(1, 1, 1, 4).getFormulas()[0]];
    };
    expect(read('fewest')).toEqual([
      ['=DanhGia!A1', "=ĐánhGiá!A1+'Đánh giá'!B2", "='2025'!A1&\"'DanhGia'!A1\"", "='AB12'!A1+'R1C1'!A1+'Jon''s'!A1"],
      ["='Kết quả'!A1", "=ĐánhGiá!A1+'Đánh giá'!B2", "='2025'!A1&\"'DanhGia'!A1\"", "='AB12'!A1+'R1C1'!A1+'Jon''s'!A1"],
    ]);
    expect(read('all')).toEqual([
      ["='DanhGia'!A1", "='ĐánhGiá'!A1+'Đánh giá'!B2", "='2025'!A1&\"'DanhGia'!A1\"", "='AB12'!A1+'R1C1'!A1+'Jon''s'!A1"],
      ["='Kết quả'!A1", "='ĐánhGiá'!A1+'Đánh giá'!B2", "='2025'!A1&\"'DanhGia'!A1\"", "='AB12'!A1+'R1C1'!A1+'Jon''s'!A1"],
    ]);
  });
});
