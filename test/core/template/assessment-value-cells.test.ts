/**
 * The value cell (column E) of every indicator row of "Đánh giá": its drop-down or number
 * validation and its number format, for both schemes. Expected values are typed from the legal
 * texts: TT25 Điều 6–7 (yes/no indicators "Đạt"/"Không đạt", TC4.2–TC4.3 up to Mức độ 3 and TC4.4
 * up to Mức độ 2 of NĐ 20/2014, percents for TC5), TT44 Điều 4 (each criterion scored from 0 up to
 * the maximum of the province's scoring guide, 100 in all).
 */
import { describe, expect, it } from 'vitest';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { assessmentRows, assessmentSheet } from '../../../src/core/template/assessment-sheet';
import type { Ruleset } from '../../../src/core/ruleset/types';
import { INDICATOR_COLUMNS } from '../../../src/core/workbook/names';
import { tinyPointsRuleset } from '../../fixtures/tiny-points';

/** Code → { validation, format, whether a formula fills the cell until someone types } of each item row. */
function valueCells(ruleset: Ruleset) {
  const spec = assessmentSheet(ruleset);
  const first = 4; // title, commune line, hint, header
  return Object.fromEntries(
    assessmentRows(ruleset).flatMap((row, i) => {
      if ('heading' in row) return [];
      const cell = spec.cells[first + i][INDICATOR_COLUMNS.value];
      if (cell?.kind !== 'input') throw new Error(`${row.item.code}: no input cell`);
      return [[row.item.code, { validation: cell.validation, format: cell.format, computed: 'computed' in cell && cell.computed !== undefined }]];
    }),
  );
}

const yesno = { validation: { type: 'list', values: ['Đạt', 'Không đạt'] }, format: undefined, computed: false };
const percent = { validation: { type: 'percent' }, format: 'percent', computed: true };

describe('"Đánh giá" value cells', () => {
  it('TT25: a drop-down Đạt/Không đạt, the levels the standard has plus "Chưa đạt", or a computed percent', () => {
    expect(valueCells(TT25)).toEqual({
      'TC1.1': yesno,
      'TC1.2': yesno,
      'TC1.3': yesno,
      'TC2.1': yesno,
      'TC2.2': yesno,
      'TC2.3': yesno,
      'TC3.1': yesno,
      'TC3.2': yesno,
      'TC3.3': yesno,
      'TC4.1': yesno,
      'TC4.2': { validation: { type: 'list', values: ['Mức độ 1', 'Mức độ 2', 'Mức độ 3', 'Chưa đạt'] }, format: undefined, computed: false },
      'TC4.3': { validation: { type: 'list', values: ['Mức độ 1', 'Mức độ 2', 'Mức độ 3', 'Chưa đạt'] }, format: undefined, computed: false },
      'TC4.4': { validation: { type: 'list', values: ['Mức độ 1', 'Mức độ 2', 'Chưa đạt'] }, format: undefined, computed: false },
      'TC5.1': percent,
      'TC5.2a': percent,
      'TC5.2b': percent,
    });
  });

  it("TT44 with the province's maxima: each criterion's points from 0 up to its own maximum, with decimals", () => {
    expect(valueCells(tinyPointsRuleset(true))).toEqual({
      TC1: { validation: { type: 'number', min: 0, max: 40 }, format: 'decimal', computed: false },
      TC2: { validation: { type: 'number', min: 0, max: 30 }, format: 'decimal', computed: false },
      TC3: { validation: { type: 'number', min: 0, max: 30 }, format: 'decimal', computed: false },
    });
  });

  it('TT44 before the province entered its maxima: up to the 100 points of the whole scale', () => {
    expect(valueCells(tinyPointsRuleset(false))).toEqual({
      TC1: { validation: { type: 'number', min: 0, max: 100 }, format: 'decimal', computed: false },
      TC2: { validation: { type: 'number', min: 0, max: 100 }, format: 'decimal', computed: false },
      TC3: { validation: { type: 'number', min: 0, max: 100 }, format: 'decimal', computed: false },
    });
  });
});
