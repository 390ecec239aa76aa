/**
 * A row without a label found by its formula (match.ts findFormulaRows) when it is the sheet's last
 * row and a row people inserted above it pushed it down: it is found there, and the inserted row
 * does not take its place. Expected rows written by hand from the sheet below.
 */
import { expect, it } from 'vitest';
import { matchSheet } from '../../../src/core/template/match';
import { formula, input, label } from '../../../src/core/template/types';
import { bareSheetSpec } from '../../helpers';

const spec = bareSheetSpec('Thông tin', [
  [label('Mục', 'header'), label('Nội dung', 'header')],
  [label('Tên xã'), input()],
  [formula('=UPPER(B2)'), null],
]);

it('the formula row last on the sheet, a note row inserted above it: found on the last row, the note row left to the commune', () => {
  const content = [
    ['Mục', 'Nội dung'],
    ['Tên xã', 'Xã Hòa An'],
    ['ghi chú của xã', ''],
    ['=UPPER(B2)', ''],
  ];
  expect(matchSheet(spec, content).rows).toEqual([1, 2, 4]);
});
