/**
 * Notes a rewrite in place would cover (src/core/template/displaced.ts), on two small layouts of
 * one sheet: the old one two columns wide with a result spilling down column A, the new one three
 * columns wide and one row shorter; then an old result reaching below a shorter new layout, and
 * the real "Kết quả" switch TT25 ↔ TT44 both ways. Expected moves typed by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells/values';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';
import { displacedNotes } from '../../../src/core/template/displaced';
import { workbookSpec } from '../../../src/core/template/spec';
import { formula, input, label, spill, type SheetSpec } from '../../../src/core/template/types';
import { bareSheetSpec } from '../../helpers';

const former = bareSheetSpec('Kết quả', [
  [label('Cũ'), null],
  [formula('=CDHT_CHECK()'), null],
  [spill(), null],
  [null, null],
]);
const spec = bareSheetSpec('Kết quả', [
  [label('Mới'), label('Ghi chú'), null],
  [null, formula('=CDHT_RATING()'), input()],
  [label('Tổng'), null, null],
]);

describe('displacedNotes', () => {
  it('moves a note under a new label or below the new layout, right of both, past cells in use', () => {
    const content = [
      ['Cũ', 'ghi B1', 'ghi C1', 'đã có D1'],
      ['', 'ghi B2', 'ghi C2'],
      ['kết quả cũ', 'ghi B3', 'ghi C3'],
      ['ghi A4', 'ghi B4', '', '', 'đã có E4'],
    ];
    expect(displacedNotes(spec, former, content)).toEqual([
      // B1 is under the new label "Ghi chú"; D1 is taken, so E1. Its row is named by the new layout's
      // label there ("Mới"), not by what A1 holds before the rewrite ("Cũ"); rows below it by none.
      { row: 1, column: 2, to: 5, value: 'ghi B1', rowLabel: 'Mới' },
      // Row 4 is below the new layout: emptied by the rewrite. A4 and B4 go to D4 and F4 (E4 taken).
      { row: 4, column: 1, to: 4, value: 'ghi A4', rowLabel: '' },
      { row: 4, column: 2, to: 6, value: 'ghi B4', rowLabel: '' },
    ]);
  });

  it('leaves the old layout own cells and results, the new formulas and inputs, blank cells and notes the new layout leaves alone', () => {
    // A1 the old label, A2/A3 the old result; B2 the new formula (typedInComputed keeps it), C2 an input; C1, C3 blank in the new layout.
    const content = [
      ['Cũ', '', 'ghi C1'],
      ['=CDHT_CHECK()', 'ghi B2', 'ghi C2'],
      ['kết quả cũ', '', 'ghi C3'],
    ];
    expect(displacedNotes(spec, former, content)).toEqual([]);
  });

  it("an old result spilling below the new, shorter layout is the old formula's, not people's notes: only the note under it moves", () => {
    // Old: a formula in A2 whose result fills A2:C5 (codes down A, a name and a rate beside each).
    // New: three rows, two columns. Rows 4 and 5 are below it, but their values are the old result.
    const tall = bareSheetSpec('Kết quả', [
      [label('Cũ'), null, null],
      [formula('=CDHT_CHECK()'), spill(), spill()],
      [spill(), spill(), spill()],
      [spill(), spill(), spill()],
      [spill(), spill(), spill()],
    ]);
    const short = bareSheetSpec('Kết quả', [
      [label('Mới'), null],
      [null, formula('=CDHT_RATING()')],
      [label('Tổng'), input()],
    ]);
    const content = [
      ['Cũ', '', ''],
      ['TC1.1', 'Đạt', '100%'],
      ['TC1.2', 'Đạt', '50%'],
      ['TC2.1', 'Chưa đạt', '0%'],
      ['TC2.2', 'Đạt', '75%'],
      ['ghi A6', '', ''],
    ];
    // A6 is below both layouts and was nobody's formula: it moves right of both (D6).
    expect(displacedNotes(short, tall, content)).toEqual([{ row: 6, column: 1, to: 4, value: 'ghi A6', rowLabel: '' }]);
    // A note already right of both layouts (D6) stays where it is; A6 goes to the next free cell, E6.
    const withD6 = [...content.slice(0, 5), ['ghi A6', '', '', 'ghi D6']];
    expect(displacedNotes(short, tall, withD6)).toEqual([{ row: 6, column: 1, to: 5, value: 'ghi A6', rowLabel: '' }]);
  });

  // A label of the old layout typed over is a note too (newcomer hunt, session 18: a note over the legal basis in C4 was on no sheet after a switch).
  it('moves a note typed over an old label the new layout covers; the old label, and a text of the template, stay', () => {
    const labelled = bareSheetSpec('Kết quả', [[label('Cũ'), label('Căn cứ cũ')]]);
    // B1 (under the new label "Ghi chú") is not the template's: it moves right of both layouts (D1).
    expect(displacedNotes(spec, labelled, [['Cũ', 'ghi chú của xã']])).toEqual([{ row: 1, column: 2, to: 4, value: 'ghi chú của xã', rowLabel: 'Mới' }]);
    // "Tổng" is a label the new layout writes (A3): the template's text, not a note; nor is the old label itself.
    expect(displacedNotes(spec, labelled, [['Cũ', 'Tổng']])).toEqual([]);
    expect(displacedNotes(spec, labelled, [['Cũ', 'Căn cứ cũ']])).toEqual([]);
  });

  describe('a ruleset switch on "Kết quả" (TT25: 21 rows × 6 columns; TT44: 31 rows × 4 columns)', () => {
    const results = (spec: SheetSpec) => spec.name === 'Kết quả';
    const tt25 = workbookSpec(TT25).sheets.find(results)!;
    const tt44 = workbookSpec(TT44).sheets.find(results)!;
    /** The old sheet as it reads before the switch: its labels, a value in every cell its formulas fill, and one note typed in row 32, below both layouts. */
    const asRead = (former: SheetSpec): Cell[][] => [
      ...former.cells.map((cells) => cells.map((cell) => (cell?.kind === 'label' ? cell.value : cell?.kind === 'formula' || cell?.kind === 'spill' ? 'kết quả cũ' : ''))),
      ...Array.from({ length: 32 - former.cells.length - 1 }, () => []),
      ['ghi chú của xã'],
    ];

    it("TT25 to TT44: only the note moves (to G32, right of both layouts); the old results and labels are not people's notes", () => {
      expect([tt25.cells.length, tt25.cells[0].length, tt44.cells.length, tt44.cells[0].length]).toEqual([21, 6, 31, 4]);
      expect(displacedNotes(tt44, tt25, asRead(tt25))).toEqual([{ row: 32, column: 1, to: 7, value: 'ghi chú của xã', rowLabel: '' }]);
    });

    it("TT44 to TT25: the old results in rows 22 to 31, below the new layout, are not people's notes either", () => {
      expect(displacedNotes(tt25, tt44, asRead(tt44))).toEqual([{ row: 32, column: 1, to: 7, value: 'ghi chú của xã', rowLabel: '' }]);
    });
  });
});
