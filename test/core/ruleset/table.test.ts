/**
 * The "Bộ tiêu chí" table: what a province sees and edits in the sheet. The table is handed to
 * the formulas as their `ruleset` argument, exactly as Sheets passes a range.
 */
import { describe, expect, it } from 'vitest';
import { resolveRuleset } from '../../../src/core/ruleset/resolve';
import { TABLE_HEADER, rulesetFromTable, rulesetToTable } from '../../../src/core/ruleset/table';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';
import type { Ruleset } from '../../../src/core/ruleset/types';
import type { Cell } from '../../../src/core/cells/values';
import { errorMessage, md2With, pointsTotalling, ratingOf, run, tt44Rows, type Grid } from '../../helpers';

/** Column of the table by its header, so that tests read like the sheet. */
const col = (header: (typeof TABLE_HEADER)[number]): number => TABLE_HEADER.indexOf(header);
const TYPE = col('Loại');
const CODE = col('Mã');
const NAME = col('Nội dung');
const KIND = col('Kiểu');
const MD1 = col('Mức độ 1 / Điểm từ');
const MD2 = col('Mức độ 2');
const MD1_DIFFICULT = col('Mức độ 1 (vùng khó khăn)');
const MAX = col('Tối đa');
const PART_OF = col('Thuộc chỉ tiêu');
const STATUS = col('Trạng thái');

const tableOf = (ruleset: Ruleset): Grid => rulesetToTable(ruleset).map((row) => [...row]);

/** The 1-based sheet row holding `code` (or, for rating rows, the label). */
function rowOf(table: Grid, code: string): number {
  const index = table.findIndex((row) => row[CODE] === code || (row[TYPE] === 'Xếp loại' && row[NAME] === code));
  expect(index, `${code} is in the table`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** A copy of `table` with one cell changed, addressed by code and column. */
function edit(table: Grid, code: string, column: number, value: Cell): Grid {
  const copy = table.map((row) => [...row]);
  copy[rowOf(table, code) - 1][column] = value;
  return copy;
}

/** The problems thrown by the formulas for a bad table. */
const tableError = (table: Grid) => errorMessage(() => resolveRuleset(table));

describe('rulesetToTable → rulesetFromTable', () => {
  it.each([TT25, TT44])('$id comes back unchanged', (ruleset) => {
    const { ruleset: read, problems } = rulesetFromTable(tableOf(ruleset));
    expect(problems).toEqual([]);
    expect(read).toEqual(ruleset);
  });

  it.each([TT25, TT44])('$id comes back unchanged with numbers retyped as Vietnamese text', (ruleset) => {
    // A province retyping the table: percents as "60%", other numbers as "1.234,5"-style text.
    const retyped = tableOf(ruleset).map((row) =>
      row.map((cell, c) => {
        if (typeof cell !== 'number') return cell;
        if (row[KIND] === 'Tỷ lệ' && c !== MAX) return `${String(Math.round(cell * 10000) / 100).replace('.', ',')}%`;
        return String(cell).replace('.', ',');
      }),
    );
    expect(retyped.flat().some((cell) => typeof cell === 'number')).toBe(false);
    expect(rulesetFromTable(retyped)).toMatchObject({ ruleset, problems: [] });
  });

  it.each([
    ['Mức độ 2', (n: number) => `Mức độ ${n}`],
    ['Mức độ II', (n: number) => `Mức độ ${['', 'I', 'II', 'III'][n]}`],
    ['MĐ2', (n: number) => `MĐ${n}`],
    ['mức 2', (n: number) => `mức ${n}`],
  ])('level cells written as words (%s) read as the level numbers', (_, word) => {
    const table = tableOf(TT25);
    const levelCols = [MD1, MD2, MD1_DIFFICULT, MAX];
    const worded = table.map((row) => (row[KIND] === 'Mức độ' ? row.map((cell, c) => (levelCols.includes(c) && typeof cell === 'number' ? word(cell) : cell)) : row));
    expect(
      worded
        .filter((row) => row[KIND] === 'Mức độ')
        .flatMap((row) => levelCols.map((c) => row[c]))
        .some((cell) => typeof cell === 'number'),
    ).toBe(false);
    expect(rulesetFromTable(worded)).toMatchObject({ ruleset: TT25, problems: [] });
  });

  it('lays the table out as documented: header, ruleset row, then criteria with their items', () => {
    const table = tableOf(TT25);
    expect(table[0]).toEqual([...TABLE_HEADER]);
    expect(table[1].slice(0, 2)).toEqual(['Bộ tiêu chí', 'TT25']);
    // 1 header + 1 ruleset row + TC1 (1+3) + TC2 (1+3) + TC3 (1+3) + TC4 heading (1) + TC4.1 → row 17 is TC4.2
    expect(rowOf(table, 'TC4.2')).toBe(17);
    expect(table[16].slice(MD1, MD2 + 1)).toEqual([2, 3]);
    expect(table[rowOf(table, 'TC5.2a') - 1].slice(MD1, MD1 + 4)).toEqual([0.5, 0.6, 0.4, 0.5]);
    expect(
      tableOf(TT44)
        .filter((row) => row[TYPE] === 'Xếp loại')
        .map((row) => [row[NAME], row[KIND], row[MD1]]),
    ).toEqual([
      ['Tốt', 'Không có tiêu chí bị điểm 0', 85],
      ['Khá', 'Không có tiêu chí bị điểm 0', 70],
      ['Trung bình', 'Không có tiêu chí bị điểm 0', 50],
      ['Chưa đạt', '', ''],
    ]);
    // the legal facts follow, one "Quy định" row each, e.g. the TT25 deadline (Điều 9 khoản 1 điểm d)
    const deadline = table[rowOf(table, 'HAN_NOP_NGAY') - 1];
    expect([deadline[TYPE], deadline[MD1], deadline[STATUS]]).toEqual(['Quy định', 28, 'Nguyên văn']);
    expect(table[rowOf(table, 'TC4.2') - 1][STATUS]).toBe('Diễn đạt lại');
  });

  it('skips the header and rows with a blank first column (notes, spacing)', () => {
    const table = tableOf(TT25);
    table.splice(3, 0, ['', 'Ghi chú: tỉnh đã rà soát', '', '', '', '', '', '', '', '', '', '']);
    expect(rulesetFromTable(table)).toMatchObject({ ruleset: TT25, problems: [] });
  });
});

describe('a province edits the table and the result follows', () => {
  it('lowering TC5.1 Mức độ 1 from 60% to 55% makes a 57% commune reach Mức độ 1', () => {
    const commune = md2With({ 'TC5.1': '57%' });
    expect(ratingOf(commune, 'TT25')).toBe('Chưa đạt');
    expect(ratingOf(commune, edit(tableOf(TT25), 'TC5.1', MD1, '55%'))).toBe('Mức độ 1');
  });

  it('raising TC5.2b vùng khó khăn from 10% to 11% fails a 10,5% commune there', () => {
    const commune = md2With({ 'TC5.2b': '10,5%' });
    expect(ratingOf(commune, 'TT25', true)).toBe('Mức độ 1');
    expect(ratingOf(commune, edit(tableOf(TT25), 'TC5.2b', MD1_DIFFICULT, 0.11), true)).toBe('Chưa đạt');
  });

  it('lowering the TT44 cut-off for Tốt from 85 to 80 makes 82 points Tốt', () => {
    const commune = tt44Rows(pointsTotalling(8200));
    expect(ratingOf(commune, 'TT44')).toBe('Khá');
    expect(ratingOf(commune, edit(tableOf(TT44), 'Tốt', MD1, 80))).toBe('Tốt');
  });

  it('a cut-off lowered to 0 is a number like any other: 10 points are then Trung bình', () => {
    const commune = tt44Rows(pointsTotalling(1000));
    expect(ratingOf(commune, 'TT44')).toBe('Chưa đạt');
    expect(ratingOf(commune, edit(tableOf(TT44), 'Trung bình', MD1, 0))).toBe('Trung bình');
  });

  it('maxima entered from the provincial biểu điểm bound each criterion and show in CDHT_CRITERIA', () => {
    const maxima = [10, 10, 8, 7, 6, 6, 6, 5, 5, 5, 5, 4, 4, 2, 17]; // 100 in total
    const table = tableOf(TT44);
    maxima.forEach((max, i) => {
      table[rowOf(table, `TC${i + 1}`) - 1][MAX] = max;
    });
    const commune = tt44Rows(maxima.map((max) => max / 2));
    expect(ratingOf(commune, table)).toBe('Trung bình');
    const criteria = run(commune, table).criteria();
    expect(criteria[1]).toEqual(['TC1', TT44.criteria[0].name, 5, 10]);
    const tooMany = tt44Rows([11, ...maxima.slice(1).map(() => 0)]);
    expect(errorMessage(() => ratingOf(tooMany, table))).toMatch(/TC1.*11.*10/);
  });

  // A province that cleared a "Tối đa" cell with the space bar leaves " " in it: a blank cell, no maximum, as
  // TT44 itself has none. Read as a number it would stop every formula with "cột Tối đa cần một số".
  it('a "Tối đa" cell holding only a space in a TT44 table is blank: no maximum, the table reads as TT44', () => {
    const table = edit(tableOf(TT44), 'TC3', MAX, ' ');
    const { ruleset, problems } = rulesetFromTable(table);
    expect(problems).toEqual([]);
    expect(ruleset?.criteria[2].items).toEqual([{ code: 'TC3', name: TT44.criteria[2].name, kind: 'points', provenance: TT44.criteria[2].provenance }]);
    expect(ratingOf(tt44Rows(pointsTotalling(8200)), table)).toBe('Khá');
  });

  it('clearing the "Không có tiêu chí bị điểm 0" condition of every band lets 95 points with TC1 at 0 be Tốt', () => {
    const commune = tt44Rows([0, ...Array.from({ length: 14 }, () => 95 / 14)]);
    expect(ratingOf(commune, 'TT44')).toBe('Chưa đạt');
    const cleared = tableOf(TT44).map((row) => (row[TYPE] === 'Xếp loại' ? row.map((cell, c) => (c === KIND ? '' : cell)) : row));
    expect(ratingOf(commune, cleared)).toBe('Tốt');
  });

  it('a legal fact edited in the table is what the ruleset reads: the TT25 deadline moved to 15/03', () => {
    const table = edit(edit(tableOf(TT25), 'HAN_NOP_NGAY', MD1, 15), 'HAN_NOP_THANG', MD1, '3');
    const { ruleset } = rulesetFromTable(table);
    expect(ruleset?.facts.filter((f) => f.key.startsWith('HAN_NOP')).map((f) => f.value)).toEqual([15, 3]);
  });

  it('a blank "Trạng thái" is "Chưa xác minh": nothing typed is never taken as checked against the text, and CDHT_CHECK names the table row', () => {
    const table = edit(tableOf(TT25), 'TC1.1', STATUS, '');
    const { ruleset } = rulesetFromTable(table);
    expect(ruleset?.criteria[0].items[0].provenance).toEqual({ ref: TT25.criteria[0].items[0].provenance.ref, status: 'unverified' });
    const warnings = run(md2With({}), table)
      .check()
      .filter((row) => row[1] === 'Cảnh báo');
    expect(warnings).toEqual([['TC1', 'Cảnh báo', 'Bộ tiêu chí dòng 3: Tiêu chí TC1 chưa được xác minh từ văn bản chính thức; tỉnh có thể kiểm tra và sửa trong bảng Bộ tiêu chí.']]);
  });

  it('"Thuộc chỉ tiêu" is a code as typed anywhere: spaces inside it are dropped, so the parts still form TC5.2', () => {
    const table = edit(edit(tableOf(TT25), 'TC5.2a', PART_OF, ' TC 5.2 '), 'TC5.2b', PART_OF, 'TC5.2\u00a0');
    const { ruleset } = rulesetFromTable(table);
    const parts = ruleset?.criteria.flatMap((c) => c.items).filter((i) => i.code.startsWith('TC5.2'));
    expect(parts?.map((i) => i.partOf)).toEqual(['TC5.2', 'TC5.2']);
  });

  it('a table with its own id is named in messages', () => {
    const table = edit(tableOf(TT25), 'TT25', CODE, 'SL-2025');
    expect(errorMessage(() => ratingOf([['TC9.9', 'Đạt']], table))).toMatch(/TC9\.9.*SL-2025/);
  });
});

describe('bad tables give errors naming the row', () => {
  const TT25_TABLE = tableOf(TT25);
  const TT44_TABLE = tableOf(TT44);

  const setAll = (table: Grid, type: string, column: number, value: Cell): Grid => table.map((row) => (row[TYPE] === type ? row.map((cell, c) => (c === column ? value : cell)) : row));

  /** [what is wrong, the table it is done to, the code on the row that should be named, the change, message]. */
  it.each<[string, Grid, string, (table: Grid, code: string) => Grid, RegExp]>([
    ['an unknown kind', TT25_TABLE, 'TC4.2', (t, c) => edit(t, c, KIND, 'Mức'), /Kiểu/],
    ['an unknown status', TT25_TABLE, 'TC1.1', (t, c) => edit(t, c, STATUS, 'Đã kiểm tra'), /Trạng thái/],
    ["a rating condition that is not the text's", TT44_TABLE, 'Khá', (t, c) => edit(t, c, KIND, 'Không có tiêu chí dưới 5 điểm'), /Không có tiêu chí bị điểm 0/],
    ['a deadline month that is not a month', TT25_TABLE, 'HAN_NOP_THANG', (t, c) => edit(t, c, MD1, 13), /Hạn gửi hồ sơ/],
    ['a repeated fact key', TT25_TABLE, 'BAO_LUU_THANG', (t, c) => edit(t, c, CODE, 'HAN_NOP_NGAY'), /trùng/],
    ['a percent that is not one', TT25_TABLE, 'TC5.1', (t, c) => edit(t, c, MD1, 'sáu mươi'), /Mức độ 1/],
    ['a percent above 100%', TT25_TABLE, 'TC5.1', (t, c) => edit(t, c, MD2, '120%'), /100%/],
    ['a level that is not a number', TT25_TABLE, 'TC4.3', (t, c) => edit(t, c, MD2, 'ba'), /Mức độ 2.*một mức độ/],
    ['a level that is no level word', TT25_TABLE, 'TC4.3', (t, c) => edit(t, c, MAX, 'Chưa đạt'), /Tối đa.*một mức độ/],
    ['a level item without maximum', TT25_TABLE, 'TC4.4', (t, c) => edit(t, c, MAX, ''), /Tối đa/],
    ['an unknown row type', TT25_TABLE, 'TC3', (t, c) => edit(t, c, TYPE, 'Chỉ số'), /Chỉ số/],
    ['an unknown scheme', TT25_TABLE, 'TT25', (t, c) => edit(t, c, KIND, 'Xếp hạng'), /Kiểu/],
    ['a total that is not a number', TT44_TABLE, 'TT44', (t, c) => edit(t, c, MAX, 'một trăm'), /Tối đa/],
    ['an item row in a points ruleset', TT44_TABLE, 'TC2', (t, c) => edit(t, c, TYPE, 'Chỉ tiêu'), /Tiêu chí/],
    ['a cut-off that is not a number', TT44_TABLE, 'Khá', (t, c) => edit(t, c, MD1, 'bảy mươi'), /Điểm từ/],
    // problems found when the ruleset read from the table is validated name their row too
    ['a level above the standard', TT25_TABLE, 'TC4.2', (t, c) => edit(t, c, MD1, 5), /TC4\.2.*5/],
    ['Mức độ 2 below Mức độ 1', TT25_TABLE, 'TC5.1', (t, c) => edit(t, c, MD2, '50%'), /Mức độ 2 thấp hơn/],
    ['Mức độ 2 below Mức độ 1 in vùng khó khăn', TT25_TABLE, 'TC5.2a', (t, c) => edit(t, c, MD1_DIFFICULT, '55%'), /khó khăn/],
    ['a duplicated code', TT25_TABLE, 'TC2.3', (t, c) => edit(t, c, CODE, 'TC2.2'), /TC2\.2.*trùng/],
    ['maxima not adding up to 100', TT44_TABLE, 'TT44', (t) => setAll(t, 'Tiêu chí', MAX, 6), /90.*100/],
  ])('%s', (_, base, code, change, message) => {
    const thrown = tableError(change(base, code));
    expect(thrown).toContain(`Bộ tiêu chí dòng ${rowOf(base, code)}:`);
    expect(thrown).toMatch(message);
  });

  it('rows above the "Bộ tiêu chí" row are named', () => {
    const table = [TT25_TABLE[2], ...TT25_TABLE.slice(1)];
    expect(tableError(table)).toContain('Bộ tiêu chí dòng 1');
  });

  it('an item above any criterion is named', () => {
    const table = [TT25_TABLE[0], TT25_TABLE[1], TT25_TABLE[3], ...TT25_TABLE.slice(2)];
    expect(tableError(table)).toMatch(/Bộ tiêu chí dòng 3.*TC1\.1/);
  });

  it('a table without a "Bộ tiêu chí" row says so', () => {
    expect(tableError([[...TABLE_HEADER], ['', 'ghi chú']])).toMatch(/chưa có dòng "Bộ tiêu chí"/);
  });

  it('CDHT_CHECK lists every table error instead of throwing', () => {
    const table = edit(edit(TT25_TABLE, 'TC4.2', KIND, 'Mức'), 'TC1.1', STATUS, '?');
    const check = run(md2With({}), table).check();
    expect(check.map((row) => row[1])).toEqual(['Lỗi', 'Lỗi']);
    expect(check.map((row) => row[2]).join(' ')).toMatch(/dòng 4.*dòng 17|dòng 17.*dòng 4/);
  });
});
