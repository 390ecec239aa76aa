/** Text typed into the cells the template computes (src/core/template/computed.ts), found before set-up rewrites them. */
import { describe, expect, it } from 'vitest';
import { typedInComputed } from '../../../src/core/template/computed';
import { identityPlacement } from '../../../src/core/template/placement';
import { formula, label, rectangular, spill, type SheetSpec } from '../../../src/core/template/types';
import type { Cell } from '../../../src/core/cells/values';

/** "Kết quả" in small: a label column, then CDHT_RESULTS in B2 spilling over B2:C3. */
const spec: SheetSpec = {
  name: 'Kết quả',
  cells: rectangular([
    [label('Mã', 'header'), label('Mức độ 1', 'header'), label('Mức độ 2', 'header')],
    [label('TC1.1'), formula('=CDHT_RESULTS(A2:A3)'), spill()],
    [label('TC1.2'), spill(), spill()],
  ]),
  columnWidths: [],
  wrapText: false,
  frozenRows: 0,
  conditionalFormats: [],
  protections: [],
  charts: [],
};
const placement = identityPlacement('Kết quả', 3, 3);
const found = (content: Cell[][], shows: Cell) => typedInComputed(spec, placement, content, () => shows).map((t) => [t.row, t.column, t.value, t.rowLabel]);

describe('typedInComputed', () => {
  it('finds nothing in a spilled result: the formula shows its values', () => {
    expect(
      found(
        [
          ['Mã', 'Mức độ 1', 'Mức độ 2'],
          ['TC1.1', '=CDHT_RESULTS(A2:A3)', 'Đạt'],
          ['TC1.2', 'Đạt', 'Không đạt'],
        ],
        'Đạt',
      ),
    ).toEqual([]);
  });

  it('keeps what sits in the area of a formula someone deleted: no formula wrote it', () => {
    expect(
      found(
        [
          ['Mã', 'Mức độ 1', 'Mức độ 2'],
          ['TC1.1', '', 'ghi tay'],
          ['TC1.2', 12, ''],
        ],
        '',
      ),
    ).toEqual([
      [2, 3, 'ghi tay', 'TC1.1'],
      [3, 2, 12, 'TC1.2'],
    ]);
  });

  it('keeps a value typed over the formula itself, and what its blocked area holds', () => {
    expect(
      found(
        [
          ['Mã', 'Mức độ 1', 'Mức độ 2'],
          ['TC1.1', 'Đạt', ''],
          ['TC1.2', '', 'x'],
        ],
        'Đạt',
      ),
    ).toEqual([
      [2, 2, 'Đạt', 'TC1.1'],
      [3, 3, 'x', 'TC1.2'],
    ]);
  });

  it('keeps what blocks a spill: the formula shows #REF!', () => {
    expect(
      found(
        [
          ['Mã', 'Mức độ 1', 'Mức độ 2'],
          ['TC1.1', '=CDHT_RESULTS(A2:A3)', ''],
          ['TC1.2', '', 'chặn'],
        ],
        '#REF!',
      ),
    ).toEqual([[3, 3, 'chặn', 'TC1.2']]);
  });
});
