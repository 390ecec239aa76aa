/**
 * Which inputs a roll-over treats as yearly, from the template spec alone: any input a later
 * template adds (a new column, a new sheet) is archived and emptied without touching this module.
 */
import { describe, expect, it } from 'vitest';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { workbookSpec } from '../../../src/core/template/spec';
import { input, label, sheetValues } from '../../../src/core/template/types';
import { ARCHIVE_HEADER, ARCHIVE_TITLE, CARRIED_ROW_LABELS, planRestore, yearlyCells } from '../../../src/core/workbook/new-year';

describe('yearly cells of the template', () => {
  // Which cells of the TT25 workbook are yearly, sheet by sheet with their labels: new-year-yearly-cells.test.ts.
  it('include an input a later template adds, with its initial value for the new year', () => {
    const spec = workbookSpec(TT25);
    const assessment = spec.sheets.find((s) => s.name === 'Đánh giá')!;
    assessment.cells[5] = [...assessment.cells[5], input({ initial: 'Chưa thực hiện' })];
    spec.sheets.push({ ...assessment, name: 'Danh mục minh chứng', cells: [[label('Tệp'), input()]] });
    const cells = yearlyCells(spec);
    expect(cells).toContainEqual({ sheet: 'Đánh giá', row: 6, column: assessment.cells[5].length, rowLabel: 'TC1.1', initial: 'Chưa thực hiện' });
    expect(cells).toContainEqual({ sheet: 'Danh mục minh chứng', row: 1, column: 2, rowLabel: 'Tệp', initial: '' });
  });

  it('get back what set-up gives an empty cell: the computed formula before an initial value', () => {
    const spec = workbookSpec(TT25);
    const assessment = spec.sheets.find((s) => s.name === 'Đánh giá')!;
    assessment.cells[5] = [...assessment.cells[5], input({ initial: 'Chưa thực hiện', computed: '=1+1' })];
    expect(yearlyCells(spec)).toContainEqual({ sheet: 'Đánh giá', row: 6, column: assessment.cells[5].length, rowLabel: 'TC1.1', initial: '=1+1' });
  });

  it('names only carried rows that the template has', () => {
    const spec = workbookSpec(TT25);
    for (const [sheet, labels] of Object.entries(CARRIED_ROW_LABELS)) {
      const present = spec.sheets.find((s) => s.name === sheet)!.cells.map((row) => (row[0]?.kind === 'label' ? row[0].value : ''));
      for (const l of labels) expect(present, l).toContain(l);
    }
  });
});

describe('restoring an archive into another layout', () => {
  it('finds cells by sheet, row label and column, and lists what has no place any more (it stays archived)', () => {
    const spec = workbookSpec(TT25);
    const content = new Map(spec.sheets.map((sheet) => [sheet.name, sheetValues(sheet, () => undefined)]));
    const archive = [
      [ARCHIVE_TITLE, 2025, '', '', '', ''],
      ['Năm đánh giá sau khi lưu', 2026, '', '', '', ''],
      ['', '', '', '', '', ''],
      [...ARCHIVE_HEADER],
      // TC1.1 was on row 9 when archived; the template now has it elsewhere.
      ['Đánh giá', 'TC1.1', 'E9', 'Đạt', '', 'E9'],
      // Archived from E41 when the template had it at E40.
      ['Đánh giá', 'TC9.9', 'E41', 'Đạt', '', 'E40'],
      ['Thông tin', 'Năm đánh giá', 'B6', 2025, '', 'B6'],
      // Unlabelled rows (evidence items, thôn counts) come back by their row in the template.
      ['Danh mục minh chứng', '', 'B7', 'MC-01', '', 'B5'],
      // A formula comes back as a formula.
      ['Đánh giá', 'TC5.1', 'E23', '', "'Số liệu theo đơn vị'!$E$4*1", 'E23'],
      // Outside the template's unit rows, and a row people inserted (no template cell): named where they were archived from.
      ['Số liệu theo đơn vị', '', 'B99', 5, '', 'B99'],
      ['Số liệu theo đơn vị', '', 'C50', 7, '', ''],
    ];
    const plan = planRestore(spec, (name) => content.get(name) ?? null, archive, new Set(), new Date(2026, 0, 2, 8, 0));
    if ('problem' in plan) throw new Error(plan.problem);
    const tc11 = yearlyCells(spec).find((c) => c.sheet === 'Đánh giá' && c.rowLabel === 'TC1.1' && c.column === 5)!;
    expect(tc11.row).not.toBe(9);
    expect(plan.writes).toContainEqual({ sheet: 'Đánh giá', row: tc11.row, column: 5, value: 'Đạt' });
    expect(plan.writes).toContainEqual({ sheet: 'Danh mục minh chứng', row: 5, column: 2, value: 'MC-01' });
    expect(plan.writes).toContainEqual({ sheet: 'Đánh giá', row: 23, column: 5, value: "='Số liệu theo đơn vị'!$E$4*1" });
    expect(plan.unplaced).toEqual(['Đánh giá!E41 (TC9.9)', 'Số liệu theo đơn vị!B99', 'Số liệu theo đơn vị!C50']);
    expect(plan.toYear).toBe(2025);
  });
});

describe('the archive sheet’s name', () => {
  const spec = workbookSpec(TT25);
  const content = new Map(spec.sheets.map((sheet) => [sheet.name, sheetValues(sheet, () => undefined)]));
  const archive = [[ARCHIVE_TITLE, 2025, '', '', '', ''], ['Năm đánh giá sau khi lưu', 2026, '', '', '', ''], ['', '', '', '', '', ''], [...ARCHIVE_HEADER]];
  const nameWith = (existing: string[]) => {
    const plan = planRestore(spec, (name) => content.get(name) ?? null, archive, new Set(existing), new Date(2026, 0, 2, 8, 5));
    if ('problem' in plan) throw new Error(plan.problem);
    return plan.archive.name;
  };
  // Sheet names cannot hold "/" or ":": the date and time are written 02-01-2026 08.05.
  const BASE = 'Lưu trữ năm chưa ghi (02-01-2026 08.05)';

  it('says the year and the moment, and is numbered from (2) when taken', () => {
    expect(nameWith([])).toBe(BASE);
    expect(nameWith([BASE])).toBe(`${BASE} (2)`);
    expect(nameWith([BASE, `${BASE} (2)`])).toBe(`${BASE} (3)`);
  });
});
