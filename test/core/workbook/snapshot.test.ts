/** What a commune wrote beside an indicator, as the dossier prints it. Expected texts typed by hand. */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells/values';
import { INDICATOR_COLUMNS, NAMES } from '../../../src/core/workbook/names';
import { assessWorkbook } from '../../../src/core/workbook/snapshot';
import { TT25_VALUES, communeWorkbook } from '../../fixtures/rollup-communes';

describe('assessWorkbook: the evidence written beside TC1.1', () => {
  const withDescription = (description: Cell) => {
    const workbook = communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD1 });
    const block = workbook[NAMES.indicators]!.map((row) => (row[INDICATOR_COLUMNS.code] === 'TC1.1' ? row.map((cell, c) => (c === INDICATOR_COLUMNS.description ? description : cell)) : row));
    return assessWorkbook({ ...workbook, [NAMES.indicators]: block }).evidence.get('TC1.1')?.description;
  };

  it('keeps its lines (Alt + Enter), drops blank ones and stray spaces', () => {
    expect(withDescription('Đã tổ chức 12 lớp\r\n\n   \n  với 350 lượt người  \n')).toBe('Đã tổ chức 12 lớp\nvới 350 lượt người');
  });

  it('a date typed there reads dd/mm/yyyy', () => {
    expect(withDescription(new Date(2025, 2, 5))).toBe('05/03/2025');
  });
});
