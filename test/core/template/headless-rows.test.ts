/**
 * matchSheet for rows whose key column was deleted (a criterion heading without its column): each
 * goes on the one row between its neighbours that still has the template's look (`looks`), else
 * right above the row that follows it, never on a row people inserted (match.ts placeHeadless).
 * Expected rows are written out by hand from the small sheets below.
 */
import { describe, expect, it } from 'vitest';
import { matchSheet } from '../../../src/core/template/match';
import { input, label } from '../../../src/core/template/types';
import { bareSheetSpec } from '../../helpers';

/** Codes in A, criterion headings keyed in B (their grey C has no text), wordings in C. */
const criteria = bareSheetSpec('Đánh giá', [
  [label('Mã', 'header'), label('Tiêu chí', 'header'), label('Nội dung', 'header')],
  [input(), label('Tiêu chí 1', 'heading'), label('', 'heading')],
  [label('TC1.1'), input(), label('Chỉ tiêu một')],
  [label('TC1.2'), input(), label('Chỉ tiêu hai')],
  [input(), label('Tiêu chí 2', 'heading'), label('', 'heading')],
  [label('TC2.1'), input(), label('Chỉ tiêu ba')],
]);
const LABELS = ['Mã', 'Tiêu chí 1', 'TC1.1', 'TC1.2', 'Tiêu chí 2', 'TC2.1'];

/** Column B deleted; people inserted a note row right under the second heading (row 6). */
const noteUnderHeading = [
  ['Mã', 'Nội dung'],
  ['', ''],
  ['TC1.1', 'Chỉ tiêu một'],
  ['TC1.2', 'Chỉ tiêu hai'],
  ['', ''],
  ['', 'ghi chú'],
  ['TC2.1', 'Chỉ tiêu ba'],
];

describe('matchSheet, rows whose key column was deleted', () => {
  it('without the look of the cells, a heading goes right above the row that follows it', () => {
    expect(matchSheet(criteria, noteUnderHeading)).toEqual({ rows: [1, 2, 3, 4, 6, 7], columns: [1, null, 2], duplicates: [], labels: LABELS, restored: [], orphans: [] });
  });

  it('the one free row that still looks like a heading (grey, in the heading column) is the heading, not the note under it', () => {
    const asked: Array<[number, number, string]> = [];
    const looks = (row: number, column: number, style: string) => {
      asked.push([row, column, style]);
      return (row === 2 || row === 5) && column === 2 && style === 'heading';
    };
    expect(matchSheet(criteria, noteUnderHeading, new Map(), looks).rows).toEqual([1, 2, 3, 4, 5, 7]);
    // Only the heading rows' free places are asked about, in the column their grey cell is in now.
    expect([...asked].sort()).toEqual([
      [2, 2, 'heading'],
      [5, 2, 'heading'],
      [6, 2, 'heading'],
    ]);
  });

  it('two free rows with the look are no answer: the heading goes right above the row that follows it', () => {
    const looks = (row: number) => row !== 3 && row !== 4;
    expect(matchSheet(criteria, noteUnderHeading, new Map(), looks).rows).toEqual([1, 2, 3, 4, 6, 7]);
  });

  it('a heading whose place above the next row is taken and no row has its look stays where the others leave room', () => {
    // Heading 1's row deleted too: TC1.1 follows the header, so nothing is free before it.
    const content = [
      ['Mã', 'Nội dung'],
      ['TC1.1', 'Chỉ tiêu một'],
      ['TC1.2', 'Chỉ tiêu hai'],
      ['', ''],
      ['TC2.1', 'Chỉ tiêu ba'],
    ];
    expect(matchSheet(criteria, content).rows).toEqual([1, null, 2, 3, 4, 5]);
  });

  describe('criteria sorted by people inside a criterion (TC1.2 above TC1.1)', () => {
    const sorted = [
      ['Mã', 'Nội dung'],
      ['', ''],
      ['TC1.2', 'Chỉ tiêu hai'],
      ['TC1.1', 'Chỉ tiêu một'],
      ['', ''],
      ['TC2.1', 'Chỉ tiêu ba'],
    ];

    it('each heading keeps its own blank row (2 and 5), neither takes a row given to another', () => {
      expect(matchSheet(criteria, sorted)).toEqual({ rows: [1, 2, 4, 3, 5, 6], columns: [1, null, 2], duplicates: [], labels: LABELS, restored: [], orphans: [] });
    });

    it('with the look of the cells: the same rows, each heading on its own grey row', () => {
      const looks = (row: number, column: number, style: string) => (row === 2 || row === 5) && column === 2 && style === 'heading';
      expect(matchSheet(criteria, sorted, new Map(), looks).rows).toEqual([1, 2, 4, 3, 5, 6]);
    });
  });
});
