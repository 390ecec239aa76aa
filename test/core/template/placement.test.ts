import { describe, expect, it } from 'vitest';
import { matchSheet } from '../../../src/core/template/match';
import { type Placement, columnIndex, formulaShape, identityPlacement, placeFormula, placeRange, formulaForm } from '../../../src/core/template/placement';
import { input, label, rectangular, type SheetSpec } from '../../../src/core/template/types';
import { bareSheetSpec } from '../../helpers';

/** Logical rows 1–4 and columns A–C; a column was inserted before B and rows 3 and 4 were swapped. */
const moved: Placement = { name: 'Chấm điểm', rows: [1, 2, 4, 3], columns: [1, 3, 4] };

describe('placing the spec where the cells are', () => {
  it('moves cells and ranges; a range spans the rows it covers wherever they went', () => {
    expect(placeRange('B2', moved)).toBe('C2');
    expect(placeRange('$B$3', moved)).toBe('$C$4');
    expect(placeRange('A3:C4', moved)).toBe('A3:D4');
    // Beyond the spec, positions keep their distance from its last row and column.
    expect(placeRange('D6', moved)).toBe('E6');
  });

  it('rewrites references to the template sheets only, outside quoted text and function names', () => {
    const placements = new Map([['Đánh giá', moved]]);
    const formula = `=IF(LOG10(B2)>0,"B2 ở 'Đánh giá'!B2",'Đánh giá'!B2:B4)+CDHT_X(A1,'Khác'!B2)`;
    expect(placeFormula(formula, 'Đánh giá', placements)).toBe(`=IF(LOG10(C2)>0,"B2 ở 'Đánh giá'!B2",'Chấm điểm'!C2:C4)+CDHT_X(A1,'Khác'!B2)`);
  });

  it("reads a quoted sheet name with an apostrophe written twice, and writes the new name's apostrophes twice", () => {
    // Sheets escapes an apostrophe in a quoted sheet name by doubling it ('Thôn K''Long'!A1).
    const placements = new Map([["Thôn K'Long", { ...moved, name: "Đội H'Leo" }]]);
    expect(placeFormula("=SUM('Thôn K''Long'!B2:B4)+'Khác'!B2", 'Kết quả', placements)).toBe("=SUM('Đội H''Leo'!C2:C4)+'Khác'!B2");
  });

  it('changes nothing for a sheet nobody edited', () => {
    const placements = new Map([['Thông tin', identityPlacement('Thông tin', 30, 3)]]);
    const formula = `='Thông tin'!$B$4&" – năm "&'Thông tin'!$B$6`;
    expect(placeFormula(formula, 'Kết quả', placements)).toBe(formula);
  });
});

describe('matching a sheet spec to a sheet people edited', () => {
  const spec = bareSheetSpec('Thông tin', [
    [label('Mục', 'header'), label('Nội dung', 'header')],
    [label('Tên xã *'), input()],
    [label('Tỉnh'), input()],
    [input(), input()],
    [input(), input()],
    [label('Kết thúc')],
  ]);

  it('says which labelled row is missing, and gives no place to an unlabelled row without room', () => {
    const content = [
      ['Mục', 'Nội dung'],
      ['Tên xã', 'Xã A'],
      ['', ''],
      ['Kết thúc', ''],
    ];
    const match = matchSheet(spec, content);
    expect(match.rows).toEqual([1, 2, null, 3, null, 4]);
    expect(match.labels[2]).toBe('Tỉnh');
  });

  it('finds a row whose label was emptied where it sits, when nothing was inserted or deleted around it', () => {
    const content = [
      ['Mục', 'Nội dung'],
      ['', 'Xã A'],
      ['Tỉnh', 'Sông Lam'],
      ['', ''],
      ['', ''],
      ['Kết thúc', ''],
    ];
    const match = matchSheet(spec, content);
    expect(match.rows).toEqual([1, 2, 3, 4, 5, 6]);
    expect(match.restored).toEqual([{ row: 1, column: 0, was: '' }]);
    expect(match.orphans).toEqual([]);
  });

  it('finds a row whose key was emptied by another label only it has, wherever it went', () => {
    const wordy: SheetSpec = {
      ...spec,
      cells: rectangular([
        [label('Mã', 'header'), label('Nội dung', 'header'), label('Giá trị', 'header')],
        [label('TC1'), label('Tỷ lệ biết chữ'), input()],
        [label('TC2'), label('Số lớp học'), input()],
      ]),
    };
    const content = [
      ['Mã', 'Nội dung', 'Giá trị'],
      ['TC2', 'Số lớp học', 4],
      ['', 'Tỷ lệ biết chữ', 0.9],
    ];
    const match = matchSheet(wordy, content);
    expect(match.rows).toEqual([1, 3, 2]);
    expect(match.restored).toEqual([{ row: 1, column: 0, was: '' }]);
  });

  it('leaves a row it cannot place safely missing, and names the unkeyed rows that hold something', () => {
    // "Tên xã" and "Tỉnh" are both missing: the one unkeyed row could be either (or a member row).
    const content = [
      ['Mục', 'Nội dung'],
      ['', 'Xã A'],
      ['Kết thúc', ''],
    ];
    const match = matchSheet(spec, content);
    expect(match.restored).toEqual([]);
    expect(match.rows[1]).toBeNull();
    expect(match.rows[2]).toBeNull();
    expect(match.orphans).toEqual([2]);
  });

  it('never puts two rows on one: a row placed by where it sits gives way to one found there by its own label', () => {
    const coded: SheetSpec = {
      ...spec,
      cells: rectangular([
        [label('Mã', 'header'), label('Nội dung', 'header'), label('Giá trị', 'header')],
        [label('TC1'), input(), input()],
        [label('TC2'), label('Số lớp học'), input()],
        [label('TC3'), label('Tỷ lệ biết chữ'), input()],
        [label('TC4'), label('Số thư viện'), input()],
      ]),
    };
    // TC3 was moved up into TC1's place and both keys emptied: row 2 is TC3's by its wording, so
    // TC1, which row 2 would be by position (between the header and TC2), stays missing.
    const content = [
      ['Mã', 'Nội dung', 'Giá trị'],
      ['', 'Tỷ lệ biết chữ', 0.9],
      ['TC2', 'Số lớp học', 4],
      ['', '', ''],
      ['TC4', 'Số thư viện', 2],
    ];
    const match = matchSheet(coded, content);
    expect(match.rows).toEqual([1, null, 3, 2, 5]);
    expect(match.restored).toEqual([{ row: 3, column: 0, was: '' }]);
  });

  it('names a label found twice', () => {
    const content = [
      ['Mục', 'Nội dung'],
      ['Tên xã', 'A'],
      ['Tên xã', 'B'],
      ['Tỉnh', ''],
      ['', ''],
      ['', ''],
      ['Kết thúc', ''],
    ];
    expect(matchSheet(spec, content).duplicates).toEqual([{ label: 'Tên xã', rows: [2, 3] }]);
  });
});

describe('formulaForm', () => {
  it('quotes every sheet name, bare or quoted, of any script, outside text in double quotes', () => {
    const cases: Array<[string, string]> = [
      ["='DanhGia'!A1", "='DanhGia'!A1"],
      ['=DanhGia!A1', "='DanhGia'!A1"],
      ['=ĐánhGiá!B2:C3', "='ĐánhGiá'!B2:C3"],
      ["='Đánh giá'!A1", "='Đánh giá'!A1"],
      ['=_x1!A1+Sheet.1!$B$2', "='_x1'!A1+'Sheet.1'!$B$2"],
      ["='2025'!A1", "='2025'!A1"],
      ["='O''Hara'!A1", "='O''Hara'!A1"],
      ["='x a!b'!A1", "='x a!b'!A1"],
      ['=SUM(A1:B2)*0.5', '=SUM(A1:B2)*0.5'],
      ['=IF(KetQua!A1="DanhGia!A1";1;KetQua!B1)', "=IF('KetQua'!A1=\"DanhGia!A1\";1;'KetQua'!B1)"],
    ];
    expect(cases.map(([formula]) => formulaForm(formula))).toEqual(cases.map(([, form]) => form));
  });
});

describe('columns by their letters, and what is no A1 reference', () => {
  it('a column number from its letters, past Z too', () => {
    expect([columnIndex('A'), columnIndex('K'), columnIndex('Z'), columnIndex('AA'), columnIndex('AZ'), columnIndex('BA')]).toEqual([1, 11, 26, 27, 52, 53]);
  });

  it('placeRange leaves alone what is not a cell or a range of cells (a whole column, a name)', () => {
    expect(placeRange('A:A', moved)).toBe('A:A');
    expect(placeRange('CDHT_BO_TIEU_CHI', moved)).toBe('CDHT_BO_TIEU_CHI');
  });

  it('formulaShape names a renamed sheet with an apostrophe as Sheets writes it, the apostrophe twice', () => {
    expect(formulaShape('=\'Thông tin\'!$B$4&"x"', new Map([['Thông tin', "Xã's info"]]))).toBe(`='Xã''s info'!@&"x"`);
  });
});
