/**
 * How a switch lays out the rows of "Đánh giá" under its header (regroup): each indicator's old row
 * in the new ruleset's order, the rows people added after it, an indicator the old sheet lacks from
 * an archive, the rows below the table last, and what the new ruleset has no row for named as
 * orphans. Old sheet typed by hand: header on row 4, table columns A–C, people's notes in D.
 */
import { describe, expect, it } from 'vitest';
import { regroup, type Segments } from '../../src/addon/setup/regroup';

const CONTENT = [
  ['Tiêu đề'],
  [],
  [],
  ['Mã', 'Nội dung', 'Giá trị', 'Ghi chú của xã'],
  ['TC1', 'a', ''],
  ['TC1.1', 'b', '', 'ghi chú 1.1'],
  ['', 'dòng thêm', ''],
  ['TC9', 'z', '', 'ghi chú 9'],
  ['', '', '', 'cuối bảng'],
];
const SEGMENTS: Segments = {
  top: [],
  groups: new Map([
    ['TC1', { row: 5, extras: [] }],
    ['TC1.1', { row: 6, extras: [7] }],
    ['TC9', { row: 8, extras: [] }],
  ]),
  below: [9],
};
const ARCHIVE = 'Lưu trữ TT44 01/12/2026';
const ARCHIVED = new Map([['TC2', { cells: ['TC2', 'từ lưu trữ'], extras: [['', 'dòng thêm lưu trữ']], archive: ARCHIVE }]]);

describe('regroup', () => {
  it('lays out the new order: moved rows, their added rows, an archive’s group, the rows below last; TC9 is an orphan for its note', () => {
    const result = regroup(CONTENT, 4, SEGMENTS, ['TC1.1', 'TC1', 'TC2'], ARCHIVED, 3, []);
    expect(result.rows).toEqual([5, 7, 8]);
    expect(result.sources.map((s) => [s.from, s.key, s.cells[1] ?? ''])).toEqual([
      [6, 'TC1.1', 'b'],
      [7, 'TC1.1', 'dòng thêm'],
      [5, 'TC1', 'a'],
      [null, 'TC2', 'từ lưu trữ'],
      [null, 'TC2', 'dòng thêm lưu trữ'],
      [9, '', ''],
    ]);
    expect(result.sources[3].archive).toBe(ARCHIVE);
    expect(result.whole).toEqual([6, 9, 10]);
    // TC1 moved with nothing right of the table: not a move to name; TC2's row holds nothing beside it.
    expect(result.moves).toEqual([
      { from: 6, to: 5, whole: false, key: 'TC1.1' },
      { from: 7, to: 6, whole: true, key: 'TC1.1' },
      { from: null, to: 9, whole: true, key: 'TC2' },
      { from: 9, to: 10, whole: true, key: '' },
    ]);
    expect(result.orphans).toEqual([{ key: 'TC9', extras: [], beside: 8 }]);
  });

  it('a column people inserted inside the table (B) counts as theirs: TC1’s cell there moves with it and is named', () => {
    const result = regroup(CONTENT, 4, SEGMENTS, ['TC1.1', 'TC1'], new Map(), 3, [2]);
    expect(result.moves).toContainEqual({ from: 5, to: 7, whole: false, key: 'TC1' });
    // TC2 has no row and no archive: its row comes empty.
    const withEmpty = regroup(CONTENT, 4, SEGMENTS, ['TC1', 'TC2'], new Map(), 3, []);
    expect(withEmpty.sources[1]).toEqual({ cells: [], from: null, key: 'TC2', archive: undefined });
    expect(withEmpty.rows).toEqual([5, 6]);
    // TC1.1 is no longer laid out: its added row and its note go with it to the archive.
    expect(withEmpty.orphans).toEqual([
      { key: 'TC1.1', extras: [7], beside: 6 },
      { key: 'TC9', extras: [], beside: 8 },
    ]);
  });

  it('rows above the first indicator stay on top, under the header, where they were; a row below the table that stays is no move', () => {
    const content = [['Mã'], ['ghi chú đầu'], ['TC1', 'a'], ['cuối', 'bảng']];
    const result = regroup(content, 1, { top: [2], groups: new Map([['TC1', { row: 3, extras: [] }]]), below: [4] }, ['TC1'], new Map(), 2, []);
    expect(result.sources.map((s) => s.from)).toEqual([2, 3, 4]);
    expect(result.rows).toEqual([3]);
    expect([result.whole, result.moves, result.orphans]).toEqual([[4], [], []]);
  });

  it('an empty row that moves is no move to name; a group the new ruleset drops with nothing added or beside it is no orphan', () => {
    const content = [['Mã'], ['TC1', 'a'], ['TC9', 'z'], ['', 'thêm dưới TC9'], ['', ''], ['TC8', 'y']];
    const segments: Segments = {
      top: [],
      groups: new Map([
        ['TC1', { row: 2, extras: [] }],
        ['TC9', { row: 3, extras: [4] }],
        ['TC8', { row: 6, extras: [] }],
      ]),
      below: [5],
    };
    const result = regroup(content, 1, segments, ['TC1'], new Map(), 2, []);
    // The empty row 5 comes up to row 3, under TC1: nothing in it to name.
    expect(result.whole).toEqual([3]);
    expect(result.moves).toEqual([]);
    // TC9's added row leaves with it (the archive has it); TC8 had nothing of the commune's.
    expect(result.orphans).toEqual([{ key: 'TC9', extras: [4], beside: null }]);
  });
});
