/** Text typed into the cells the template computes (src/core/template/computed.ts), found before set-up rewrites them. */
import { describe, expect, it } from 'vitest';
import { typedInComputed } from '../../../src/core/template/computed';
import { identityPlacement } from '../../../src/core/template/placement';
import { formula, label, spill } from '../../../src/core/template/types';
import { bareSheetSpec } from '../../helpers';
import type { Cell } from '../../../src/core/cells/values';

/** "Kết quả" in small: a label column, then CDHT_RESULTS in B2 spilling over B2:C3. */
const spec = bareSheetSpec('Kết quả', [
  [label('Mã', 'header'), label('Mức độ 1', 'header'), label('Mức độ 2', 'header')],
  [label('TC1.1'), formula('=CDHT_RESULTS(A2:A3)'), spill()],
  [label('TC1.2'), spill(), spill()],
]);
const placement = identityPlacement('Kết quả', 3, 3);
/** What is found in the sheet whose rows 2 and 3 are `tc11` and `tc12` under the header, its formula showing `shows`. */
const found = (tc11: Cell[], tc12: Cell[], shows: Cell, labels: [Cell, Cell] = ['TC1.1', 'TC1.2']) =>
  typedInComputed(
    spec,
    placement,
    [
      ['Mã', 'Mức độ 1', 'Mức độ 2'],
      [labels[0], ...tc11],
      [labels[1], ...tc12],
    ],
    () => shows,
  ).map((t) => [t.row, t.column, t.value, t.rowLabel]);

describe('typedInComputed', () => {
  it('finds nothing in a spilled result: the formula shows its values', () => {
    expect(found(['=CDHT_RESULTS(A2:A3)', 'Đạt'], ['Đạt', 'Không đạt'], 'Đạt')).toEqual([]);
  });

  it('keeps what sits in the area of a formula someone deleted: no formula wrote it', () => {
    expect(found(['', 'ghi tay'], [12, ''], '')).toEqual([
      [2, 3, 'ghi tay', 'TC1.1'],
      [3, 2, 12, 'TC1.2'],
    ]);
  });

  it('keeps a value typed over the formula itself, and what its blocked area holds', () => {
    expect(found(['Đạt', ''], ['', 'x'], 'Đạt')).toEqual([
      [2, 2, 'Đạt', 'TC1.1'],
      [3, 3, 'x', 'TC1.2'],
    ]);
  });

  it('keeps text with "=" in it typed over the formula: only a text that starts with "=" is a formula (sample 15 P31)', () => {
    expect(found(['Tỷ lệ = 96% (theo biên bản)', ''], ['', ''], 'Tỷ lệ = 96% (theo biên bản)')).toEqual([[2, 2, 'Tỷ lệ = 96% (theo biên bản)', 'TC1.1']]);
  });

  it('keeps what blocks a spill: the formula shows #REF!', () => {
    expect(found(['=CDHT_RESULTS(A2:A3)', ''], ['', 'chặn'], '#REF!')).toEqual([[3, 3, 'chặn', 'TC1.2']]);
  });

  it("never takes the template's own formula for typed text, wherever a moved row left it; someone's own formula there is kept", () => {
    expect(found(['', ''], ['=CDHT_RESULTS(A3:A4)', ''], '')).toEqual([]);
    expect(found(['', ''], ['=SUM(A3:A4)', ''], '')).toEqual([[3, 2, '=SUM(A3:A4)', 'TC1.2']]);
  });

  it('names a row by the label the template writes back there, not by what its first cell holds as read (typed over)', () => {
    expect(found(['', 'ghi tay'], [7, ''], '', [new Date(2025, 2, 5), 'ghi chú đè lên mã'])).toEqual([
      [2, 3, 'ghi tay', 'TC1.1'],
      [3, 2, 7, 'TC1.2'],
    ]);
  });

  it('names a row without a label of the template by its first cell as the sheet shows it (a date as dd/mm/yyyy, a number with a decimal comma, ungrouped), never by the cell archived itself', () => {
    // The same sheet, its first column people's (no label), and a formula in A4 typed over.
    const unlabelled = bareSheetSpec('Kết quả', [
      [label('Mã', 'header'), label('Mức độ 1', 'header'), label('Mức độ 2', 'header')],
      [null, formula('=CDHT_RESULTS(A2:A3)'), spill()],
      [null, spill(), spill()],
      [formula('=CDHT_CHECK()'), null, null],
    ]);
    const content = [
      ['Mã', 'Mức độ 1', 'Mức độ 2'],
      [new Date(2025, 2, 5), '', 'ghi tay'],
      [1234.5, 7, ''],
      ['ghi đè A4', '', ''],
    ];
    expect(typedInComputed(unlabelled, identityPlacement('Kết quả', 4, 3), content, () => '').map((t) => [t.row, t.column, t.value, t.rowLabel])).toEqual([
      [2, 3, 'ghi tay', '05/03/2025'],
      [3, 2, 7, '1234,5'],
      [4, 1, 'ghi đè A4', ''],
    ]);
  });
});

describe("typedInComputed: the template's formula on another row of its area, its anchor empty (review 14 F1)", () => {
  /** CDHT_RESULTS in B2, its result over B2:D4 (a row's first cell names it). */
  const wide = bareSheetSpec('Kết quả', [
    [label('Mã', 'header'), label('Mức độ 1', 'header'), label('Mức độ 2', 'header'), null],
    [label('TC1.1'), formula('=CDHT_RESULTS(A2:A4)'), spill(), spill()],
    [label('TC1.2'), spill(), spill(), spill()],
    [label('TC1.3'), spill(), spill(), spill()],
  ]);
  /** The formula stands in C3: what is below and right of it (C3:D4) is its result, the rest was typed. */
  const content: Cell[][] = [
    ['Mã', 'Mức độ 1', 'Mức độ 2', ''],
    ['TC1.1', '', 'trên', ''],
    ['TC1.2', 'trái', '=CDHT_RESULTS(A3:A5)', 'Đạt'],
    ['TC1.3', 'dưới trái', 'Đạt', 'Không đạt'],
  ];
  const typed = (shownThere: Cell, rows: Cell[][] = content) =>
    typedInComputed(
      wide,
      identityPlacement('Kết quả', 4, 4),
      rows,
      () => '',
      new Map(),
      (r, c) => (r === 3 && c === 3 ? shownThere : ''),
    ).map((t) => [t.row, t.column, t.value, t.rowLabel]);

  it('its result, on its own row and column too, is not typed; what is above it or left of it is', () => {
    expect(typed('Đạt')).toEqual([
      [2, 3, 'trên', 'TC1.1'],
      [3, 2, 'trái', 'TC1.2'],
      [4, 2, 'dưới trái', 'TC1.3'],
    ]);
  });

  it('when it shows an error it spilled nothing: everything in the area but the formula itself was typed', () => {
    expect(typed('#REF!')).toEqual([
      [2, 3, 'trên', 'TC1.1'],
      [3, 2, 'trái', 'TC1.2'],
      [3, 4, 'Đạt', 'TC1.2'],
      [4, 2, 'dưới trái', 'TC1.3'],
      [4, 3, 'Đạt', 'TC1.3'],
      [4, 4, 'Không đạt', 'TC1.3'],
    ]);
  });

  it('a sheet shorter than the template (its last rows deleted) reads as empty there', () => {
    expect(typed('Đạt', content.slice(0, 3))).toEqual([
      [2, 3, 'trên', 'TC1.1'],
      [3, 2, 'trái', 'TC1.2'],
    ]);
  });
});
