/**
 * matchSheet's whole answer (rows, columns, duplicates, labels, restored keys, orphans) for small
 * sheets edited by hand: rows moved, a label emptied where it sits or moved, a label twice, a key
 * emptied on a row that cannot be placed for certain.
 */
import { describe, expect, it } from 'vitest';
import { matchSheet } from '../../../src/core/template/match';
import { input, label } from '../../../src/core/template/types';
import { bareSheetSpec } from '../../helpers';

/** Two fields, two unlabelled rows (committee members), a closing label. */
const fields = bareSheetSpec('Thông tin', [
  [label('Mục', 'header'), label('Nội dung', 'header')],
  [label('Tên xã *'), input()],
  [label('Tỉnh'), input()],
  [input(), input()],
  [input(), input()],
  [label('Kết thúc')],
]);
const FIELD_LABELS = ['Mục', 'Tên xã', 'Tỉnh', '', '', 'Kết thúc'];

/** Fields with a hint each: a row whose label was emptied can be recognised by its hint. */
const hinted = bareSheetSpec('Thông tin', [
  [label('Mục', 'header'), label('Nội dung', 'header'), label('Hướng dẫn', 'header')],
  [label('Tên xã'), input(), label('Ghi cả chữ Xã')],
  [label('Tỉnh'), input(), label('Ví dụ: Tỉnh Sông Lam')],
  [label('Kết thúc')],
]);
const HINTED_LABELS = ['Mục', 'Tên xã', 'Tỉnh', 'Kết thúc'];

describe('matchSheet, whole', () => {
  it('a sheet as set up: everything where the spec puts it', () => {
    const content = [
      ['Mục', 'Nội dung'],
      ['Tên xã *', ''],
      ['Tỉnh', ''],
      ['', ''],
      ['', ''],
      ['Kết thúc', ''],
    ];
    expect(matchSheet(fields, content)).toEqual({ rows: [1, 2, 3, 4, 5, 6], columns: [1, 2], duplicates: [], labels: FIELD_LABELS, restored: [], orphans: [] });
  });

  it('a column inserted, rows swapped, a row of notes inserted: labelled rows by label, members after their predecessor', () => {
    const content = [
      ['Mục', 'ghi chú', 'Nội dung'],
      ['Tỉnh', '', 'Sông Lam'],
      ['việc riêng', '', ''],
      ['Tên xã', '', 'Xã Hòa An'],
      ['', '', ''],
      ['', '', ''],
      ['Kết thúc', '', ''],
    ];
    expect(matchSheet(fields, content)).toEqual({ rows: [1, 4, 2, 3, 5, 7], columns: [1, 3], duplicates: [], labels: FIELD_LABELS, restored: [], orphans: [] });
  });

  it('a label found twice is named with its rows; the first is used', () => {
    const content = [
      ['Mục', 'Nội dung'],
      ['Tên xã', 'A'],
      ['Tên xã', 'B'],
      ['Tỉnh', 'x'],
      ['', ''],
      ['', ''],
      ['Kết thúc', ''],
    ];
    expect(matchSheet(fields, content)).toEqual({
      rows: [1, 2, 4, 5, 6, 7],
      columns: [1, 2],
      duplicates: [{ label: 'Tên xã', rows: [2, 3] }],
      labels: FIELD_LABELS,
      restored: [],
      orphans: [],
    });
  });

  it('a row deleted: the labelled row is missing, and so is the member row with no room left', () => {
    const content = [
      ['Mục', 'Nội dung'],
      ['Tên xã', 'Xã A'],
      ['', ''],
      ['Kết thúc', ''],
    ];
    expect(matchSheet(fields, content)).toEqual({ rows: [1, 2, null, 3, null, 4], columns: [1, 2], duplicates: [], labels: FIELD_LABELS, restored: [], orphans: [] });
  });

  it('an emptied key on a row that may be it or a member, after a deletion: missing, and its row named as an orphan', () => {
    const content = [
      ['Mục', 'Nội dung'],
      ['Tên xã', 'A'],
      ['', 'Sông Lam'],
      ['Kết thúc', ''],
    ];
    expect(matchSheet(fields, content)).toEqual({ rows: [1, 2, null, 3, null, 4], columns: [1, 2], duplicates: [], labels: FIELD_LABELS, restored: [], orphans: [3] });
  });

  it('an emptied key on a row moved elsewhere: found by its hint, the only one of its kind', () => {
    const content = [
      ['Mục', 'Nội dung', 'Hướng dẫn'],
      ['Tỉnh', 'Sông Lam', 'Ví dụ: Tỉnh Sông Lam'],
      ['', 'Hòa An', 'Ghi cả chữ Xã'],
      ['Kết thúc', '', ''],
    ];
    expect(matchSheet(hinted, content)).toEqual({ rows: [1, 3, 2, 4], columns: [1, 2, 3], duplicates: [], labels: HINTED_LABELS, restored: [{ row: 1, column: 0, was: '' }], orphans: [] });
  });

  it('an emptied key on a row moved elsewhere, its first other label shared with another row: found by the next label, the only one of its kind (blind sample 9, P15)', () => {
    // "Đạt" stands on both field rows, as the requirement column of "Đánh giá" does; only the hint tells them apart.
    const required = bareSheetSpec('Thông tin', [
      [label('Mục', 'header'), label('Nội dung', 'header'), label('Yêu cầu', 'header'), label('Hướng dẫn', 'header')],
      [label('Tên xã'), input(), label('Đạt'), label('Ghi cả chữ Xã')],
      [label('Tỉnh'), input(), label('Đạt'), label('Ví dụ: Tỉnh Sông Lam')],
      [label('Kết thúc')],
    ]);
    const content = [
      ['Mục', 'Nội dung', 'Yêu cầu', 'Hướng dẫn'],
      ['Tỉnh', 'Sông Lam', 'Đạt', 'Ví dụ: Tỉnh Sông Lam'],
      ['Kết thúc', '', '', ''],
      ['', 'Hòa An', 'Đạt', 'Ghi cả chữ Xã'],
    ];
    expect(matchSheet(required, content)).toEqual({
      rows: [1, 4, 2, 3],
      columns: [1, 2, 3, 4],
      duplicates: [],
      labels: ['Mục', 'Tên xã', 'Tỉnh', 'Kết thúc'],
      restored: [{ row: 1, column: 0, was: '' }],
      orphans: [],
    });
  });

  it('an emptied key and hint on a row where it sits, its neighbours as far apart as in the spec: found by its place', () => {
    const content = [
      ['Mục', 'Nội dung', 'Hướng dẫn'],
      ['Tên xã', 'A', 'Ghi cả chữ Xã'],
      ['', 'B', ''],
      ['Kết thúc', '', ''],
    ];
    expect(matchSheet(hinted, content)).toEqual({ rows: [1, 2, 3, 4], columns: [1, 2, 3], duplicates: [], labels: HINTED_LABELS, restored: [{ row: 2, column: 0, was: '' }], orphans: [] });
  });

  it('…but not when another hint there says it is another row', () => {
    const content = [
      ['Mục', 'Nội dung', 'Hướng dẫn'],
      ['Tên xã', 'A', 'Ghi cả chữ Xã'],
      ['', 'B', 'ghi riêng'],
      ['Kết thúc', '', ''],
    ];
    expect(matchSheet(hinted, content)).toEqual({ rows: [1, 2, null, 4], columns: [1, 2, 3], duplicates: [], labels: HINTED_LABELS, restored: [], orphans: [3] });
  });

  it('a label typed over (no label of the spec there): found by its hint, or by its place, and what it held given', () => {
    const content = [
      ['Mục', 'Nội dung', 'Hướng dẫn'],
      ['Ten xa', 'A', 'Ghi cả chữ Xã'],
      ['Tỉnh thành', 'B', ''],
      ['Kết thúc', '', ''],
    ];
    expect(matchSheet(hinted, content)).toEqual({
      rows: [1, 2, 3, 4],
      columns: [1, 2, 3],
      duplicates: [],
      labels: HINTED_LABELS,
      restored: [
        { row: 1, column: 0, was: 'Ten xa' },
        { row: 2, column: 0, was: 'Tỉnh thành' },
      ],
      orphans: [],
    });
  });

  it('…but another row’s label there is that row, never overwritten', () => {
    const content = [
      ['Mục', 'Nội dung', 'Hướng dẫn'],
      ['Tên xã', 'A', 'Ghi cả chữ Xã'],
      ['Kết thúc', 'B', ''],
      ['', '', ''],
    ];
    expect(matchSheet(hinted, content)).toEqual({ rows: [1, 2, null, 3], columns: [1, 2, 3], duplicates: [], labels: HINTED_LABELS, restored: [], orphans: [] });
  });

  it('a code compared as the readers compare it: "tc 1.2" is the row of TC1.2, no row missing', () => {
    const codes = bareSheetSpec('Đánh giá', [
      [label('Mã', 'header'), label('Nội dung', 'header')],
      [label('TC1.1'), input()],
      [label('TC1.2'), input()],
    ]);
    const content = [
      ['Mã', 'Nội dung'],
      ['TC 1.1', 'a'],
      ['tc 1.2', 'b'],
    ];
    expect(matchSheet(codes, content)).toEqual({ rows: [1, 2, 3], columns: [1, 2], duplicates: [], labels: ['Mã', 'TC1.1', 'TC1.2'], restored: [], orphans: [] });
  });
  it('the key column deleted: each row found by a label of its own elsewhere is restored, its key written back where there was none', () => {
    const content = [
      ['Nội dung', 'Hướng dẫn'],
      ['Xã Hòa An', 'Ghi cả chữ Xã'],
      ['Sông Lam', 'Ví dụ: Tỉnh Sông Lam'],
      ['', ''],
    ];
    expect(matchSheet(hinted, content)).toEqual({
      rows: [1, 2, 3, 4],
      columns: [null, 1, 2],
      duplicates: [],
      labels: HINTED_LABELS,
      restored: [
        { row: 0, column: 0, was: '' },
        { row: 1, column: 0, was: '' },
        { row: 2, column: 0, was: '' },
      ],
      orphans: [],
    });
  });
  it('a note typed in a row with no key is no orphan while no keyed row is missing: only a missing row makes it a suspect', () => {
    const content = [
      ['Mục', 'Nội dung'],
      ['Tên xã', 'Xã Hòa An'],
      ['Tỉnh', 'Sông Lam'],
      ['', 'ghi chú'],
      ['', ''],
      ['', ''],
      ['Kết thúc', ''],
    ];
    expect(matchSheet(fields, content)).toEqual({ rows: [1, 2, 3, 4, 5, 7], columns: [1, 2], duplicates: [], labels: FIELD_LABELS, restored: [], orphans: [] });
  });
});
