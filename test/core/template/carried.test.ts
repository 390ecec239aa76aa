/**
 * What people typed on a sheet of text alone, carried when set-up rewrites it: the moves and the
 * grid after them, for small hand-made sheets; and which sheets of the template are text alone.
 */
import { describe, expect, it } from 'vitest';
import { resolveRuleset } from '../../../src/core/ruleset/resolve';
import { carriedCells, isTextOnly } from '../../../src/core/template/carried';
import { matchSheet } from '../../../src/core/template/match';
import { workbookSpec } from '../../../src/core/template/spec';
import { formula, input, label, spill, type SheetSpec } from '../../../src/core/template/types';

const spec = (cells: SheetSpec['cells']): SheetSpec => ({ name: 'T', cells, columnWidths: [], wrapText: false, frozenRows: 0, conditionalFormats: [], protections: [], charts: [] });
const LINES = spec([[label('Tiêu đề', 'title')], [label('Dòng một')], [label('Dòng hai')], [label('Dòng ba')]]);

function carried(content: Array<Array<string | number>>) {
  const result = carriedCells(LINES, matchSheet(LINES, content), content);
  return {
    moves: result.moves,
    values: result.moves.length > 0 ? result.arrange(content, '') : null,
    formats: result.arrange(
      content.map((row) => row.map((_, c) => `f${c}`)),
      'G',
    ),
  };
}

describe('carriedCells', () => {
  it('moves a row inserted among the lines below them after one empty row, and a note beside a shifted line with its line', () => {
    const result = carried([
      ['Tiêu đề', ''],
      ['Dòng một', 'ghi chú 1'],
      ['Của xã', 12],
      ['Dòng hai', 'ghi chú 2'],
      ['Dòng ba', ''],
      ['', ''],
      ['Cuối', ''],
    ]);
    expect(result.moves).toEqual([
      { from: 3, to: 6, beside: false },
      { from: 4, to: 3, beside: true },
      { from: 7, to: 7, beside: false },
    ]);
    expect(result.values).toEqual([
      ['', ''],
      ['', 'ghi chú 1'],
      ['', 'ghi chú 2'],
      ['', ''],
      ['', ''],
      ['Của xã', 12],
      ['Cuối', ''],
    ]);
    // The cells beside a line in its place keep their format; where nothing lands, the default.
    expect(result.formats).toEqual([
      ['G', 'f1'],
      ['G', 'f1'],
      ['G', 'f1'],
      ['G', 'G'],
      ['G', 'G'],
      ['f0', 'f1'],
      ['f0', 'f1'],
    ]);
  });

  it('nothing to move when every row is a line in its place, notes beside included', () => {
    expect(
      carried([
        ['Tiêu đề', 'x'],
        ['Dòng một', ''],
        ['Dòng hai', ''],
        ['Dòng ba', 5],
      ]).moves,
    ).toEqual([]);
  });

  it('a line reworded in its place gets the template’s line back, and its wording is carried below like a typed row (issue 14 repair pass, finding 6)', () => {
    const result = carried([['Tiêu đề'], ['Dòng một (cũ)'], ['Dòng hai'], ['Dòng ba'], ['Thêm']]);
    expect(result.moves).toEqual([
      { from: 2, to: 6, beside: false, edited: true },
      { from: 5, to: 7, beside: false },
    ]);
    expect(result.values).toEqual([[''], [''], [''], [''], [''], ['Dòng một (cũ)'], ['Thêm']]);
  });
});

describe('isTextOnly', () => {
  it('labels and formulas that spill nowhere are text alone; an input or a spilling formula is not', () => {
    expect(isTextOnly(LINES)).toBe(true);
    expect(
      isTextOnly(
        spec([
          [label('a'), null],
          [formula('=1'), null],
        ]),
      ),
    ).toBe(true);
    expect(isTextOnly(spec([[label('a'), input()]]))).toBe(false);
    expect(isTextOnly(spec([[formula('=A1'), spill()]]))).toBe(false);
  });

  it('of the template, the guide alone', () => {
    const sheets = workbookSpec(resolveRuleset('TT25')).sheets;
    expect(sheets.filter(isTextOnly).map((s) => s.name)).toEqual(['Hướng dẫn']);
  });
});
