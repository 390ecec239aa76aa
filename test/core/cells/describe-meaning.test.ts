/**
 * A number in a message is shown as its meaning asks: a year, a code Sheets made a number, a phone
 * number, a document or decision number is written as typed ("2025", "912345678"), never grouped;
 * only a quantity (points, a percent value, a count) is grouped ("1.234"). Each message that shows
 * a cell, pinned whole with such a number in it. Expected texts by hand.
 */
import { describe, expect, it } from 'vitest';
import { describeCell, type Cell } from '../../../src/core/cells/values';
import { evaluate } from '../../../src/core/engine/evaluate';
import { readEntries } from '../../../src/core/engine/entries';
import { tally } from '../../../src/core/formulas/tally';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';
import { readInfo } from '../../../src/core/workbook/info';

describe('describeCell', () => {
  it('a number as typed unless the caller says it is a quantity', () => {
    const numbers = [2025, 912345678, 1.1, 1234.5, 0.123456, 0, -15];
    expect(numbers.map((n) => describeCell(n))).toEqual(['2025', '912345678', '1,1', '1234,5', '0,123456', '0', '-15']);
    expect(numbers.map((n) => describeCell(n, 'quantity'))).toEqual(['2.025', '912.345.678', '1,1', '1.234,5', '0,1235', '0', '-15']);
  });

  it('anything else the same whatever the meaning', () => {
    const others: Cell[] = [new Date(2025, 0, 15), new Date(Number.NaN), true, false, 'abc', '', null, undefined];
    const shown = ['ngày 15/01/2025', 'một ngày tháng không hợp lệ', 'TRUE', 'FALSE', '"abc"', '""', '""', '""'];
    expect(others.map((c) => describeCell(c))).toEqual(shown);
    expect(others.map((c) => describeCell(c, 'quantity'))).toEqual(shown);
  });
});

describe('the messages that show a cell', () => {
  it('an indicator value: a year typed into a yes/no or a level is not grouped; points and a percent are quantities', () => {
    const errors = (ruleset: typeof TT25 | typeof TT44, values: Record<string, Cell>) =>
      evaluate(ruleset, new Map(Object.entries(values)), false)
        .problems.filter((p) => p.severity === 'error')
        .map((p) => p.message);
    expect(errors(TT25, { 'TC1.1': 2025, 'TC4.2': 2025, 'TC5.1': 2025 })).toEqual([
      'Chỉ tiêu TC1.1: giá trị 2025 không hiểu được, cần "Đạt" hoặc "Không đạt" (cũng nhận "Đạt chuẩn", "Đã đạt chuẩn", "Chưa đạt", "x", "Có" / "Không", TRUE / FALSE, 1 / 0 hoặc ô đánh dấu).',
      'Chỉ tiêu TC4.2: giá trị 2025 là mức độ 2025, nhưng chỉ tiêu này cao nhất là mức độ 3: cần một mức độ từ 1 đến 3: 3, "Mức độ 3", "mức 3", "MĐ3", "Mức độ III", "đạt mức độ 3", hoặc "Chưa đạt".',
      // A percent cell holding 2025 is an amount (202.500%).
      'Chỉ tiêu TC5.1: giá trị 2.025 vượt quá 100%, cần một tỷ lệ từ 0% đến 100% (ví dụ 62,5%).',
    ]);
    expect(errors(TT44, { TC1: 1234 })).toEqual(['Tiêu chí TC1: giá trị 1.234 vượt quá điểm tối đa 100.']);
  });

  it('a value with no code, and a code Sheets made a number', () => {
    const entries = readEntries(['', 2025], [2025, 'Đạt'], TT25);
    expect(entries.problems.map((p) => p.message)).toEqual([
      'Ô thứ 1 từ trên xuống (không phải số dòng của trang tính) có giá trị 2025 nhưng không có mã chỉ tiêu nên bị bỏ qua.',
      'Mã "2025" (ô thứ 2 từ trên xuống của vùng trong công thức) không có trong bộ tiêu chí TT25.',
    ]);
  });

  it('a result that is no category, in CDHT_TALLY', () => {
    expect(() => tally([[2025]], 'TT25')).toThrow(
      'Kết quả 2025 (ô thứ 1 từ trên xuống của vùng trong công thức; không phải số dòng của trang tính) không có trong bộ tiêu chí TT25: dùng "Mức độ 2", "Mức độ 1", "Chưa đạt" hoặc "Không xếp loại", hoặc để trống.',
    );
  });

  it('a "Thông tin" year with a decimal, and a number in the yes/no field', () => {
    const rows: Cell[][] = [
      ['Mục', 'Nội dung'],
      ['Năm đánh giá', 2025.5],
      ['Xã thuộc vùng khó khăn', 2025],
    ];
    expect(readInfo(rows).problems.map((p) => p.message)).toEqual([
      'Ô "Năm đánh giá" có giá trị 2025,5: cần một năm, ví dụ 2025.',
      'Ô "Xã thuộc vùng khó khăn" có giá trị 2025: cần ghi "Có" hoặc "Không".',
    ]);
  });
});
