/**
 * splitColumns names a spec column whose labels stand in one place on some rows and in another on
 * others (two columns of one table swapped, where a sheet stacks tables in the same columns), and
 * nothing else: not a title alone on its row, not a label emptied with a typed value that reads like
 * it, not columns swapped whole (matchSheet then finds them where they stand).
 *
 * Expected: rows and columns read off the small grids below by hand.
 */
import { describe, expect, it } from 'vitest';
import { matchSheet, splitColumns } from '../../../src/core/template/match';
import { input, label } from '../../../src/core/template/types';
import { bareSheetSpec } from '../../helpers';

// Two tables in columns A and B: three fields, then a committee with its header.
const stacked = bareSheetSpec('Thông tin', [
  [label('THÔNG TIN', 'title')],
  [label('Mục', 'header'), label('Nội dung', 'header')],
  [label('Tên xã'), input()],
  [label('Tỉnh'), input()],
  [label('Năm'), input()],
  [label('BAN CHỈ ĐẠO', 'title')],
  [label('Họ và tên', 'header'), label('Chức vụ', 'header')],
  [input(), input()],
]);

const split = (content: string[][]) => splitColumns(stacked, content, matchSheet(stacked, content));

describe('splitColumns', () => {
  it('the fields table swapped alone: both columns named, with the rows on each side', () => {
    const content = [
      ['THÔNG TIN', ''],
      ['Nội dung', 'Mục'],
      ['Xã Hòa An', 'Tên xã'],
      ['Sông Lam', 'Tỉnh'],
      ['2025', 'Năm'],
      ['BAN CHỈ ĐẠO', ''],
      ['Họ và tên', 'Chức vụ'],
      ['Nguyễn Văn Bình', 'Chủ tịch'],
    ];
    expect(split(content)).toEqual([
      { column: 0, at: 2, atRows: [2, 3, 4, 5], elsewhere: 1, rows: [7] },
      { column: 1, at: 1, atRows: [2], elsewhere: 2, rows: [7] },
    ]);
  });

  it('the same columns swapped whole (titles too): nothing apart', () => {
    const content = [
      ['', 'THÔNG TIN'],
      ['Nội dung', 'Mục'],
      ['Xã Hòa An', 'Tên xã'],
      ['Sông Lam', 'Tỉnh'],
      ['2025', 'Năm'],
      ['', 'BAN CHỈ ĐẠO'],
      ['Chức vụ', 'Họ và tên'],
      ['Chủ tịch', 'Nguyễn Văn Bình'],
    ];
    expect(split(content)).toEqual([]);
  });

  it('a label emptied, its value reading like another label of the row: no swap', () => {
    const spec = bareSheetSpec('Đánh giá', [
      [label('Mã', 'header'), label('Yêu cầu', 'header'), label('Giá trị', 'header')],
      [label('TC1.1'), label('Đạt'), input()],
      [label('TC1.2'), label('Đạt'), input()],
    ]);
    const content = [
      ['Mã', 'Yêu cầu', 'Giá trị'],
      ['TC1.1', '', 'Đạt'],
      ['TC1.2', 'Đạt', 'Không đạt'],
    ];
    expect(splitColumns(spec, content, matchSheet(spec, content))).toEqual([]);
  });
});
