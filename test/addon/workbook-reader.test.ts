/**
 * How the add-on reads its own data (src/addon/workbook-reader.ts): each named range it knows, and
 * what it says when the "Bộ tiêu chí" table cannot be read.
 */
import { describe, expect, it } from 'vitest';
import { readSnapshot, unreadableRuleset } from '../../src/addon/workbook-reader';
import { error, warning } from '../../src/core/engine/problems';
import type { SpreadsheetLike } from '../../src/gas/spreadsheet';

describe('readSnapshot', () => {
  it('reads every named range the workbook has, under its name, and leaves out the ones it lacks', () => {
    const ranges: Record<string, unknown[][]> = { CDHT_CHI_TIEU: [['Mã'], ['TC1.1']], CDHT_MINH_CHUNG: [['Mã'], ['H1.01']] };
    const asked: string[] = [];
    const spreadsheet = {
      getRangeByName: (name: string) => {
        asked.push(name);
        return name in ranges ? { getValues: () => ranges[name] } : null;
      },
    } as unknown as SpreadsheetLike;
    expect(readSnapshot(spreadsheet)).toEqual({ CDHT_CHI_TIEU: [['Mã'], ['TC1.1']], CDHT_MINH_CHUNG: [['Mã'], ['H1.01']] });
    expect(asked).toEqual(expect.arrayContaining(['CDHT_THONG_TIN', 'CDHT_CHI_TIEU', 'CDHT_BO_TIEU_CHI', 'CDHT_MINH_CHUNG']));
  });
});

describe('unreadableRuleset', () => {
  it('names every error of the table, in order, and none of its warnings', () => {
    const problems = [
      error('Bộ tiêu chí dòng 5', 'Bộ tiêu chí dòng 5: chỉ tiêu TC1.2: cột Kiểu cần ghi "Đạt/Không đạt", "Mức độ" hoặc "Tỷ lệ".'),
      warning('Bộ tiêu chí dòng 6', 'Bộ tiêu chí dòng 6: cảnh báo.'),
      error('Bộ tiêu chí dòng 9', 'Bộ tiêu chí dòng 9: thiếu mã.'),
    ];
    expect(unreadableRuleset(problems)).toBe('Chưa đọc được bộ tiêu chí: Bộ tiêu chí dòng 5: chỉ tiêu TC1.2: cột Kiểu cần ghi "Đạt/Không đạt", "Mức độ" hoặc "Tỷ lệ". Bộ tiêu chí dòng 9: thiếu mã.');
  });
});
