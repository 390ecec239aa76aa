/**
 * Repair over a sheet people edited: cells that are not the template's (a column and a row they
 * inserted) keep their content and every format people gave them; the template's cells, moved by
 * the insertion, get the template's formats where they now are; the frozen header follows its row.
 */
import { describe, expect, it } from 'vitest';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

const RULE = { kind: 'DataValidation', requireValueInList: [['x', 'y'], true] };

describe('repair around cells people inserted', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const sheet = ss.sheet('Đánh giá');
  // A column of their own before C, and a row of their own between the hint and the header.
  sheet.insertColumnBefore(3);
  sheet.insertRowBefore(4);
  Object.assign(sheet.cell(7, 3, true), { format: '@', weight: 'bold', background: '#123456', validation: RULE });
  sheet.type('C7', '0123');
  sheet.type('A4', 'Ghi chú của xã');
  setup(ss, new Date(2026, 10, 22, 8, 5));
  const look = (a1: string) => {
    const cell = sheet.at(a1);
    return [cell.formula || cell.value, cell.format, cell.weight, cell.background, cell.validation === null ? null : 'rule'];
  };

  it('their cells keep content and formats', () => {
    expect(look('C7')).toEqual(['0123', '@', 'bold', '#123456', 'rule']);
    expect(look('A4')).toEqual(['Ghi chú của xã', 'General', 'normal', null, null]);
  });

  it("the template's cells moved one right and one down keep the template's look", () => {
    // The header row (now 5) and TC1.1 (now row 7): code A, wording B, requirements D and E, value F.
    expect(['A5', 'B5', 'F5', 'J5', 'K5'].map((a1) => look(a1))).toEqual([
      ['Mã', 'General', 'bold', '#d9e2f3', null],
      ['Chỉ tiêu (nội dung theo văn bản)', 'General', 'bold', '#d9e2f3', null],
      ['Giá trị của xã', 'General', 'bold', '#d9e2f3', null],
      ['Kết quả Mức độ 1', 'General', 'bold', '#d9e2f3', null],
      ['Kết quả Mức độ 2', 'General', 'bold', '#d9e2f3', null],
    ]);
    expect(look('A7')).toEqual(['TC1.1', 'General', 'normal', null, null]);
    expect(look('F7')).toEqual(['', 'General', 'normal', '#fff9db', 'rule']);
    expect(look('C6')).toEqual(['', 'General', 'normal', null, null]);
    expect(look('J6')).toEqual(["=CDHT_RESULTS(A6:A26;F6:F26;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)", 'General', 'normal', '#f3f3f3', null]);
  });

  it('the header stays frozen where it now is', () => {
    expect(sheet.getFrozenRows()).toBe(5);
  });
});
