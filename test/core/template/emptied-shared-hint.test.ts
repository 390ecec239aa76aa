/**
 * A row whose key was emptied is recognised by another label of its own only when no other row of
 * the template has that label: two fields sharing the hint "Nhập số" cannot tell which is which by
 * it. Here the first such field's row was deleted and the second's key emptied: the one row left
 * with the hint is the second field's, and must not be given the first field's key (repair would
 * write "Số thôn" over the count of tổ dân phố).
 */
import { describe, expect, it } from 'vitest';
import { matchSheet } from '../../../src/core/template/match';
import { input, label } from '../../../src/core/template/types';
import { bareSheetSpec } from '../../helpers';

const spec = bareSheetSpec('Thông tin', [
  [label('Mục', 'header'), label('Nội dung', 'header'), label('Hướng dẫn', 'header')],
  [label('Số thôn'), input(), label('Nhập số')],
  [label('Số tổ dân phố'), input(), label('Nhập số')],
  [label('Tên xã'), input(), label('Ghi cả chữ Xã')],
]);

describe('a key emptied on a row whose other label two rows share', () => {
  it("is not restored from that label: the first field, deleted, does not take the second one's row", () => {
    const content = [
      ['Mục', 'Nội dung', 'Hướng dẫn'],
      ['', '12', 'Nhập số'],
      ['Tên xã', 'Xã Hòa An', 'Ghi cả chữ Xã'],
    ];
    const match = matchSheet(spec, content);
    expect(match.restored).toEqual([]);
    expect(match.rows[1]).toBeNull();
  });
});
