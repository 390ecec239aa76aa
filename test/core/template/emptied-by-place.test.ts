/**
 * restoreEmptied's second pass (match.ts): a keyed row whose key was emptied (Delete on "Tỉnh"),
 * found by its place when the keyed rows around it stand as far apart as in the spec; with only one
 * of them found (first or last keyed row) only when its row still holds something a person typed.
 * Expected rows written by hand from the sheets below.
 */
import { describe, expect, it } from 'vitest';
import { matchSheet } from '../../../src/core/template/match';
import { input, label } from '../../../src/core/template/types';
import { bareSheetSpec } from '../../helpers';

/** Header, two fields, no closing label: "Tỉnh" is the last keyed row. */
const fields = bareSheetSpec('Thông tin', [
  [label('Mục', 'header'), label('Nội dung', 'header')],
  [label('Tên xã'), input()],
  [label('Tỉnh'), input()],
]);

/** An unlabelled line first (a commune line), then two fields. */
const lineFirst = bareSheetSpec('Thông tin', [
  [input(), input()],
  [label('Tên xã'), input()],
  [label('Tỉnh'), input()],
]);

describe('a key emptied, found by its place', () => {
  it('the first field under the header emptied, nothing typed: header and next field as far apart as in the spec place it', () => {
    const content = [
      ['Mục', 'Nội dung'],
      ['', ''],
      ['Tỉnh', 'Sông Lam'],
    ];
    const match = matchSheet(fields, content);
    expect(match.rows).toEqual([1, 2, 3]);
    expect(match.restored).toEqual([{ row: 1, column: 0, was: '' }]);
  });

  it('the last field emptied, its value still typed: found under the field before it', () => {
    const content = [
      ['Mục', 'Nội dung'],
      ['Tên xã', 'Xã Hòa An'],
      ['', 'Sông Lam'],
    ];
    const match = matchSheet(fields, content);
    expect(match.rows).toEqual([1, 2, 3]);
    expect(match.restored).toEqual([{ row: 2, column: 0, was: '' }]);
  });

  it('the last field emptied and nothing on its row: not certain, missing, its row not taken', () => {
    const content = [
      ['Mục', 'Nội dung'],
      ['Tên xã', 'Xã Hòa An'],
      ['', ''],
    ];
    const match = matchSheet(fields, content);
    expect(match.rows).toEqual([1, 2, null]);
    expect(match.restored).toEqual([]);
  });

  it('the first keyed row emptied with nothing typed, under an unlabelled line: missing, never put on the line above', () => {
    const content = [
      ['', ''],
      ['Tỉnh', 'Sông Lam'],
    ];
    const match = matchSheet(lineFirst, content);
    expect(match.rows[1]).toBeNull();
    expect(match.rows[2]).toBe(2);
    expect(match.restored).toEqual([]);
  });
});
