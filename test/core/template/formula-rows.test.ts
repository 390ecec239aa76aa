/**
 * Rows without a label found by their formula (src/core/template/match.ts, findFormulaRows), by the
 * formula's shape (placement.ts, formulaShape), and what may count as an indicator code in the
 * code column (cells/text.ts, looksLikeCode). Expected values are written by hand.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeCode } from '../../../src/core/cells/text';
import { matchSheet } from '../../../src/core/template/match';
import { formulaShape } from '../../../src/core/template/placement';
import { formula, input, label, spill } from '../../../src/core/template/types';
import { bareSheetSpec } from '../../helpers';

describe('formulaShape', () => {
  it('replaces every cell or range by "@", keeps sheet names, functions and quoted text', () => {
    expect(
      [
        `='Thông tin'!$B$4&" – năm A1 "&'Thông tin'!$B$6`,
        `='Thông tin'!B5&" – năm A1 "&'Thông tin'!B7`,
        '=CDHT_RESULTS(A5:A25;E5:E25;CDHT_BO_TIEU_CHI;Info!$B$8)',
        "=SUM('DanhGia'!C8:C49)",
        '=SUM(B8:B49)',
        '=TEXTJOIN("; ";TRUE();IF(B9>C9;"TC5.1: số đạt lớn hơn tổng số";""))',
        '=55/100',
      ].map((formula) => formulaShape(formula)),
    ).toEqual([
      `='Thông tin'!@&" – năm A1 "&'Thông tin'!@`,
      `='Thông tin'!@&" – năm A1 "&'Thông tin'!@`,
      // Every sheet name quoted (formulaForm), whichever form Sheets gives back.
      "=CDHT_RESULTS(@;@;CDHT_BO_TIEU_CHI;'Info'!@)",
      "=SUM('DanhGia'!@)",
      '=SUM(@)',
      '=TEXTJOIN("; ";TRUE();IF(@>@;"TC5.1: số đạt lớn hơn tổng số";""))',
      '=55/100',
    ]);
    // With the names sheets have now: the spec's formula reads the renamed sheet, others untouched.
    const names = new Map([
      ['Thông tin', "Thông tin của xã Ngọc's"],
      ['Kết quả', 'Kết quả 2025'],
    ]);
    expect([`='Thông tin'!$B$4&" – Thông tin "&Info!B6`, '=SUM(B8:B49)'].map((formula) => formulaShape(formula, names))).toEqual([`='Thông tin của xã Ngọc''s'!@&" – Thông tin "&'Info'!@`, '=SUM(@)']);
  });
});

describe('looksLikeCode', () => {
  it('short text of Latin letters, digits and dots with a digit is a code; numbers, dates, notes, words and blanks are not', () => {
    const cells = [
      'TC5.2a',
      '1.1',
      'TC 4',
      ' tc1.1 ',
      'TC12',
      'TC2.l',
      'TC3.2.',
      'ТС1.1',
      12,
      new Date(2025, 2, 15),
      '15/03/2025',
      'Đợt 2',
      'Ghi chu so 2',
      'Ghi chú riêng của xã',
      'Ghi chú 2',
      'TC',
      '',
      null,
      'TC1234567890.1',
    ];
    expect(cells.map((cell) => [cell, looksLikeCode(cell)])).toEqual([
      ['TC5.2a', true],
      ['1.1', true],
      ['TC 4', true],
      [' tc1.1 ', true],
      // Slips in a code are still codes (set-up then recognises the row by its wording, or names the cell).
      ['TC12', true],
      ['TC2.l', true],
      ['TC3.2.', true],
      // Cyrillic Т and С.
      ['ТС1.1', true],
      // An STT number, a date, a note in an inserted row: never a code.
      [12, false],
      [new Date(2025, 2, 15), false],
      ['15/03/2025', false],
      ['Đợt 2', false],
      ['Ghi chu so 2', false],
      ['Ghi chú riêng của xã', false],
      ['Ghi chú 2', false],
      ['TC', false],
      ['', false],
      [null, false],
      ['TC1234567890.1', false],
    ]);
  });
});

/** A title, a line computed by a formula (no label), a hint, a header, two keyed rows, a result table. */
const sheet = bareSheetSpec('Đánh giá', [
  [label('ĐÁNH GIÁ', 'title'), null],
  [formula(`='Thông tin'!$B$4&" – năm"`), null],
  [label('Nhập ở các ô màu vàng'), null],
  [label('Mã', 'header'), label('Giá trị', 'header')],
  [label('TC1.1'), input()],
  [label('TC1.2'), input()],
  [formula('=CDHT_CRITERIA(A5:A6;B5:B6)'), spill()],
  [spill(), spill()],
  [formula('=SUM(B5:B6)'), null],
  [formula('=SUM(B5:B6)'), null],
]);
const LABELS = ['ĐÁNH GIÁ', '', 'Nhập ở các ô màu vàng', 'Mã', 'TC1.1', 'TC1.2', '', '', '', ''];

/** A sheet from its column A: the header and keyed rows get their column B (Giá trị, 1, 2), others ''. */
const sheetOf = (columnA: string[]) => columnA.map((a) => [a, ({ Mã: 'Giá trị', 'TC1.1': 1, 'TC1.2': 2 } as Record<string, string | number>)[a] ?? '']);
const TITLE = ['ĐÁNH GIÁ'];
const LINE = (row: number) => `='Thông tin'!$B$${row}&" – năm"`;
const KEYED = ['Nhập ở các ô màu vàng', 'Mã', 'TC1.1', 'TC1.2'];
const RESULTS = (first: number) => [`=CDHT_CRITERIA(A${first}:A${first + 1};B${first}:B${first + 1})`, ''];
const SUMS = (first: number) => [`=SUM(B${first}:B${first + 1})`, `=SUM(B${first}:B${first + 1})`];

describe('matchSheet: rows found by their formula', () => {
  it("a row inserted under the title stays the person's: the formula row is found below it", () => {
    const content = sheetOf([...TITLE, 'Ghi chú riêng', LINE(5), ...KEYED, ...RESULTS(6), ...SUMS(6)]);
    expect(matchSheet(sheet, content)).toEqual({
      rows: [1, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      columns: [1, 2],
      duplicates: [],
      labels: LABELS,
      restored: [],
      orphans: [],
    });
  });

  it('a row inserted above a formula row that heads a table: the formula and its spill rows move down', () => {
    const content = sheetOf([...TITLE, LINE(4), ...KEYED, 'Ghi chú riêng', ...RESULTS(5), ...SUMS(5)]);
    expect(matchSheet(sheet, content).rows).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 11]);
  });

  it('a formula typed over, or one the spec has twice in its column, keeps its place among the others', () => {
    const content = sheetOf([...TITLE, 'Ghi chú riêng', 'Xã Hòa An', ...KEYED, ...RESULTS(6), 'Ghi chú 2', ...SUMS(6)]);
    // Row 2 of the spec takes the first free row after the title; the SUM rows (one formula twice in the spec) follow the spill row.
    expect(matchSheet(sheet, content).rows).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('the same formula on two rows of the sheet is not taken for either', () => {
    const content = sheetOf([...TITLE, 'Ghi chú riêng', LINE(4), LINE(4), ...KEYED.slice(0, 2)]);
    expect(matchSheet(sheet, content).rows.slice(0, 4)).toEqual([1, 2, 5, 6]);
  });

  it('a formula the spec has on two rows is not looked for, even where the sheet has it once', () => {
    const content = sheetOf([...TITLE, LINE(4), ...KEYED, ...RESULTS(5), 'Ghi chú riêng', `=SUM(B5:B6)`]);
    expect(matchSheet(sheet, content).rows).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('matchSheet: a row restored by its other label bounds the search for a formula row', () => {
  // A title, the commune line (a formula, no label), a header row keyed in A with a label of its own in B, a keyed row.
  const spec = bareSheetSpec('Đánh giá', [
    [label('ĐÁNH GIÁ', 'title'), null],
    [formula(`='Thông tin'!$B$4&" – năm"`), null],
    [label('Mã', 'header'), label('Nội dung', 'header')],
    [label('TC1.1'), input()],
  ]);

  it('the line is taken between the title and the header found by "Nội dung", not given up for a copy of it further down', () => {
    // Row 2 is the person's; the header's "Mã" was cleared (found by "Nội dung" in B); someone copied the line to row 5.
    const content = [
      ['ĐÁNH GIÁ', ''],
      ['Ghi chú riêng', ''],
      [LINE(4), ''],
      ['', 'Nội dung'],
      [LINE(4), ''],
      ['TC1.1', 1],
    ];
    const match = matchSheet(spec, content);
    // Before the header is placed, the line's room runs to TC1.1 and holds it twice: given up, the line
    // took the first free row, the person's row 2, and set-up wrote the formula over "Ghi chú riêng".
    expect(match.rows).toEqual([1, 3, 4, 6]);
    expect(match.restored).toEqual([{ row: 2, column: 0, was: '' }]);
  });
});

describe('matchSheet: a keyed row found by one neighbour alone', () => {
  it('the last keyed row, its code cleared but its value kept, is found right under the row before it', () => {
    // TC1.2 has no keyed row after it (what follows are formula rows): only TC1.1 above places it, and its row holds a value.
    const content = sheetOf([...TITLE, LINE(4), ...KEYED.slice(0, 3), '', ...RESULTS(5), ...SUMS(5)]);
    content[5][1] = 2;
    const match = matchSheet(sheet, content);
    expect(match.rows.slice(0, 6)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(match.restored).toEqual([{ row: 5, column: 0, was: '' }]);
  });

  it('the first keyed row, its title cleared, is found right above the row after it only if its row holds something', () => {
    // The title's row is blank: nothing says the title was there, so it stays missing (named), never guessed.
    const blank = sheetOf(['', LINE(4), ...KEYED, ...RESULTS(5), ...SUMS(5)]);
    expect(matchSheet(sheet, blank).rows[0]).toBeNull();
    const typed = sheetOf(['Đánh giá năm 2025', LINE(4), ...KEYED, ...RESULTS(5), ...SUMS(5)]);
    expect(matchSheet(sheet, typed).restored).toEqual([{ row: 0, column: 0, was: 'Đánh giá năm 2025' }]);
  });
});
