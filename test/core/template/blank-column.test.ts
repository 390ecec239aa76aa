/**
 * matchSheet for a column the template writes no text in (TT44's D): it has nothing to be found by
 * but its blankness, so it is the column right after the one before it when that column is blank
 * wherever the template writes it; a deleted column before it is then the missing one (match.ts).
 * Expected columns are written out by hand from the small sheets below.
 */
import { describe, expect, it } from 'vitest';
import { matchSheet } from '../../../src/core/template/match';
import { input, label } from '../../../src/core/template/types';
import { bareSheetSpec } from '../../helpers';

/** Codes in A, wordings in B, a blank column C (labels with no text), scores in D. */
const spec = bareSheetSpec('Đánh giá', [
  [label('Mã', 'header'), label('Nội dung', 'header'), label(''), label('Điểm', 'header')],
  [label('TC1'), label('Chỉ tiêu một'), label(''), input()],
  [label('TC2'), label('Chỉ tiêu hai'), label(''), input()],
]);

describe('matchSheet, a column the template leaves blank', () => {
  it('as set up: the blank column is the one after the wordings', () => {
    const content = [
      ['Mã', 'Nội dung', '', 'Điểm'],
      ['TC1', 'Chỉ tiêu một', '', 5],
      ['TC2', 'Chỉ tiêu hai', '', 7],
    ];
    expect(matchSheet(spec, content).columns).toEqual([1, 2, 3, 4]);
  });

  it('the wordings column deleted: it is the missing one, and the blank column moved left into its place', () => {
    const content = [
      ['Mã', '', 'Điểm'],
      ['TC1', '', 5],
      ['TC2', '', 7],
    ];
    expect(matchSheet(spec, content)).toEqual({ rows: [1, 2, 3], columns: [1, null, 2, 3], duplicates: [], labels: ['Mã', 'TC1', 'TC2'], restored: [], orphans: [] });
  });

  it('a column of notes inserted after the codes: the blank column still follows the wordings', () => {
    const content = [
      ['Mã', 'ghi chú', 'Nội dung', '', 'Điểm'],
      ['TC1', 'a', 'Chỉ tiêu một', '', 5],
      ['TC2', 'b', 'Chỉ tiêu hai', '', 7],
    ];
    expect(matchSheet(spec, content).columns).toEqual([1, 3, 4, 5]);
  });
});
