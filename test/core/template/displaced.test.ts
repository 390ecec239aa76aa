/**
 * Notes a rewrite in place would cover (src/core/template/displaced.ts), on two small layouts of
 * one sheet: the old one two columns wide with a result spilling down column A, the new one three
 * columns wide and one row shorter. Expected moves typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { displacedNotes } from '../../../src/core/template/displaced';
import { formula, input, label, spill } from '../../../src/core/template/types';
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
      // B1 is under the new label "Ghi chú"; D1 is taken, so E1.
      { row: 1, column: 2, to: 5, value: 'ghi B1' },
      // Row 4 is below the new layout: emptied by the rewrite. A4 and B4 go to D4 and F4 (E4 taken).
      { row: 4, column: 1, to: 4, value: 'ghi A4' },
      { row: 4, column: 2, to: 6, value: 'ghi B4' },
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
});
