/** "Thông tin" (src/core/template/info-sheet.ts): what the year cell accepts; the members table's rows. */
import { describe, expect, it } from 'vitest';
import { filledInfoSheet, infoSheet } from '../../../src/core/template/info-sheet';
import { SAMPLE_INFO, SAMPLE_NARRATIVE } from '../../fixtures/sample-commune';
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

describe('filledInfoSheet: the commune information where "Thông tin" holds it', () => {
  const member = { name: 'Nguyễn Văn An', title: 'Chủ tịch UBND xã', role: 'Trưởng ban' };
  const values = (difficultArea: boolean) => filledInfoSheet({ ...SAMPLE_INFO, difficultArea, members: [member] }, SAMPLE_NARRATIVE);
  const flagRow = INFO_LAYOUT.firstField + INFO_FIELDS.findIndex((f) => f.key === 'difficultArea');

  it('the first member on the first row under the members header, name, title and role in A, B, C', () => {
    const sheet = values(false);
    expect(sheet[INFO_LAYOUT.membersHeader].slice(0, 3)).toEqual(['Nguyễn Văn An', 'Chủ tịch UBND xã', 'Trưởng ban']);
    expect(sheet[INFO_LAYOUT.membersHeader + 1].slice(0, 3)).toEqual(['', '', '']);
  });

  it('a list (the dossier distribution) one item a line; the report narrative in column B beside its label', () => {
    const sheet = filledInfoSheet({ ...SAMPLE_INFO, distribution: ['UBND tỉnh', 'Sở GDĐT'] }, { ...SAMPLE_NARRATIVE, advantages: 'Được cấp ủy quan tâm' });
    const distributionRow = INFO_LAYOUT.firstField + INFO_FIELDS.findIndex((f) => f.key === 'distribution');
    expect(sheet[distributionRow - 1][1]).toBe('UBND tỉnh\nSở GDĐT');
    expect(sheet[INFO_LAYOUT.firstNarrative - 1].slice(1, 3)).toEqual(['Được cấp ủy quan tâm', '']);
  });

  it('a flag as the list offers it: "Có" when true, "Không" when false', () => {
    expect(values(true)[flagRow - 1][1]).toBe('Có');
    expect(values(false)[flagRow - 1][1]).toBe('Không');
  });
});
