/** "Thông tin" (src/core/template/info-sheet.ts): what the year cell accepts; the members table's rows. */
import { describe, expect, it } from 'vitest';
import { infoSheet } from '../../../src/core/template/info-sheet';
import { INFO_LAYOUT } from '../../../src/core/template/layout';
import { INFO_FIELDS } from '../../../src/core/workbook/info';

describe('the "Năm đánh giá" cell', () => {
  it("accepts every year a built-in ruleset covers, from TT44's 2015 to 2100, as a whole number", () => {
    const row = INFO_LAYOUT.firstField + INFO_FIELDS.findIndex((f) => f.key === 'year');
    const cell = infoSheet().cells[row - 1][1];
    expect(cell).toMatchObject({ kind: 'input', validation: { type: 'number', min: 2015, max: 2100 }, format: 'integer' });
  });
});

describe('the members table ("Ban chỉ đạo")', () => {
  it('gives 20 rows of three input cells under its header, and the row after them is not an input', () => {
    const cells = infoSheet().cells;
    const rowsBelow = cells.slice(INFO_LAYOUT.membersHeader, INFO_LAYOUT.membersHeader + 21);
    const inputs = rowsBelow.map((row) => (row ?? []).slice(0, 3).filter((cell) => cell?.kind === 'input').length);
    expect(inputs).toEqual([...Array(20).fill(3), 0]);
  });
});
