/**
 * The columns a spilling formula fills (match.ts keepSpillOrder): found by their headers, and a
 * deleted one is re-created beside the one left rather than that one being taken for it. Expected
 * columns written by hand from the sheets below.
 */
import { describe, expect, it } from 'vitest';
import { matchSheet } from '../../../src/core/template/match';
import { formula, label, spill } from '../../../src/core/template/types';
import { bareSheetSpec } from '../../helpers';

/** "Mã", then two results columns filled by one formula from its own cell. */
const spec = bareSheetSpec('Đánh giá', [
  [label('Mã', 'header'), label('Kết quả Mức độ 1', 'header'), label('Kết quả Mức độ 2', 'header')],
  [label('TC1.1'), formula('=CDHT_RESULTS(A2:A3)'), spill()],
  [label('TC1.2'), spill(), spill()],
]);

describe('results columns of one formula', () => {
  it('"Kết quả Mức độ 2" deleted: "Kết quả Mức độ 1" stays its own column (B), the deleted one goes right of it (C, empty: re-created)', () => {
    const content = [
      ['Mã', 'Kết quả Mức độ 1'],
      ['TC1.1', '=CDHT_RESULTS(A2:A3)'],
      ['TC1.2', ''],
    ];
    expect(matchSheet(spec, content).columns).toEqual([1, 2, 3]);
  });

  it('the two headers swapped: each column keeps its place, as the formula spills left to right', () => {
    const content = [
      ['Mã', 'Kết quả Mức độ 2', 'Kết quả Mức độ 1'],
      ['TC1.1', '=CDHT_RESULTS(A2:A3)', ''],
      ['TC1.2', '', ''],
    ];
    expect(matchSheet(spec, content).columns).toEqual([1, 2, 3]);
  });
});
