/**
 * Rows people sorted or dragged (match.ts fillGaps): an unlabelled row (a committee member) goes
 * with the labelled row before it in the spec, even when that row now stands below the next
 * labelled one. Expected rows written by hand from the sheets below.
 */
import { describe, expect, it } from 'vitest';
import { matchSheet } from '../../../src/core/template/match';
import { input, label } from '../../../src/core/template/types';
import { bareSheetSpec } from '../../helpers';

/** A field, the member row under it, then a second field. */
const spec = bareSheetSpec('Thông tin', [
  [label('Mục', 'header'), label('Nội dung', 'header')],
  [label('Chủ tịch'), input()],
  [input(), input()],
  [label('Tỉnh'), input()],
]);

describe('an unlabelled row after rows people reordered', () => {
  it('"Tỉnh" dragged above "Chủ tịch": the member row stays under "Chủ tịch", not lost as deleted', () => {
    const content = [
      ['Mục', 'Nội dung'],
      ['Tỉnh', 'Sông Lam'],
      ['Chủ tịch', 'Nguyễn Văn An'],
      ['', 'Trần Thị Bình'],
    ];
    expect(matchSheet(spec, content).rows).toEqual([1, 3, 4, 2]);
  });

  it('in the spec’s order, a member row with no room before the next field is missing (a row deleted)', () => {
    const content = [
      ['Mục', 'Nội dung'],
      ['Chủ tịch', 'Nguyễn Văn An'],
      ['Tỉnh', 'Sông Lam'],
    ];
    expect(matchSheet(spec, content).rows).toEqual([1, 2, null, 3]);
  });
});
