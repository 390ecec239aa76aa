/**
 * matchSheet finds a spec column where MOST of its labels are, not the last column holding any:
 * a field name typed again in a notes column further right ("Tên xã" as a note) must not take the
 * key column there, which would leave every other column unplaced and repair writing over notes.
 */
import { describe, expect, it } from 'vitest';
import { matchSheet } from '../../../src/core/template/match';
import { input, label } from '../../../src/core/template/types';
import { bareSheetSpec } from '../../helpers';

const hinted = bareSheetSpec('Thông tin', [
  [label('Mục', 'header'), label('Nội dung', 'header'), label('Hướng dẫn', 'header')],
  [label('Tên xã'), input(), label('Ghi cả chữ Xã')],
  [label('Tỉnh'), input(), label('Ví dụ: Tỉnh Sông Lam')],
  [label('Kết thúc')],
]);

describe('matchSheet: the column with most of the labels', () => {
  it('one label copied into a notes column right of the sheet leaves every column where it is', () => {
    const content = [
      ['Mục', 'Nội dung', 'Hướng dẫn', 'ghi chú'],
      ['Tên xã', 'Xã Hòa An', 'Ghi cả chữ Xã', 'Tên xã'],
      ['Tỉnh', 'Sông Lam', 'Ví dụ: Tỉnh Sông Lam', ''],
      ['Kết thúc', '', '', ''],
    ];
    const match = matchSheet(hinted, content);
    expect([match.columns, match.rows]).toEqual([
      [1, 2, 3],
      [1, 2, 3, 4],
    ]);
  });

  it('the hints copied into a column further right, fewer of them, leave the hints column where it is', () => {
    const content = [
      ['Mục', 'Nội dung', 'Hướng dẫn', 'ghi chú'],
      ['Tên xã', 'Xã Hòa An', 'Ghi cả chữ Xã', 'Ghi cả chữ Xã'],
      ['Tỉnh', 'Sông Lam', 'Ví dụ: Tỉnh Sông Lam', ''],
      ['Kết thúc', '', '', ''],
    ];
    expect(matchSheet(hinted, content).columns).toEqual([1, 2, 3]);
  });
});
