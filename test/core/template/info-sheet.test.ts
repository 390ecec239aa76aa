/** "Thông tin" (src/core/template/info-sheet.ts): what the year cell accepts. */
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
