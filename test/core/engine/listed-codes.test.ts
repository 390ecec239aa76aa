/**
 * What CDHT_RATING and CDHT_CHECK say about the rows still blank and the rows entered twice: up to
 * five codes are listed, "…" only when more remain; a code entered twice names both of its cells.
 * Expected texts typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { cdhtCheck, cdhtRating } from '../../../src/core/formulas/assessment';
import { columns, md2With, type Row } from '../../helpers';

const rating = (rows: readonly Row[]) => {
  const { codes, values } = columns(rows);
  return cdhtRating(codes, values);
};

describe('the rows still blank, as CDHT_RATING lists them', () => {
  it('five blank: all five, no "…"', () => {
    expect(rating(md2With({ 'TC1.1': '', 'TC1.2': '', 'TC1.3': '', 'TC2.1': '', 'TC2.2': '' }))).toBe('Chưa đủ dữ liệu: còn 5 chỉ tiêu chưa nhập (TC1.1, TC1.2, TC1.3, TC2.1, TC2.2)');
  });

  it('six blank: the first five, then "…"', () => {
    expect(rating(md2With({ 'TC1.1': '', 'TC1.2': '', 'TC1.3': '', 'TC2.1': '', 'TC2.2': '', 'TC2.3': '' }))).toBe('Chưa đủ dữ liệu: còn 6 chỉ tiêu chưa nhập (TC1.1, TC1.2, TC1.3, TC2.1, TC2.2, …)');
  });

  it('a result already decided lists them the same way: five without "…"', () => {
    expect(rating(md2With({ 'TC1.1': 'Không đạt', 'TC1.2': '', 'TC1.3': '', 'TC2.1': '', 'TC2.2': '', 'TC2.3': '' }))).toBe(
      'Chưa đạt (TC1.1 không đạt Mức độ 1; còn 5 chỉ tiêu chưa nhập: TC1.2, TC1.3, TC2.1, TC2.2, TC2.3)',
    );
    expect(rating(md2With({ 'TC1.1': 'Không đạt', 'TC1.2': '', 'TC1.3': '', 'TC2.1': '', 'TC2.2': '', 'TC2.3': '', 'TC3.1': '' }))).toBe(
      'Chưa đạt (TC1.1 không đạt Mức độ 1; còn 6 chỉ tiêu chưa nhập: TC1.2, TC1.3, TC2.1, TC2.2, TC2.3, …)',
    );
  });
});

describe('a code entered twice', () => {
  it('names both of its cells, counted from the top of the range', () => {
    const rows: Row[] = [
      ['TC1.1', 'Đạt'],
      ['TC1.2', 'Đạt'],
      ['', ''],
      ['tc1.1', 'Đạt'],
    ];
    const { codes, values } = columns(rows);
    const errors = cdhtCheck(codes, values).filter((row) => row[1] === 'Lỗi');
    expect(errors).toEqual([['TC1.1', 'Lỗi', 'Chỉ tiêu TC1.1 được nhập hai lần (ô thứ 1 và ô thứ 4 từ trên xuống của vùng mã; không phải số dòng của trang tính).']]);
  });
});
