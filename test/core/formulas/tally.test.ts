import { describe, expect, it } from 'vitest';
import { tally } from '../../../src/core/formulas/tally';

const column = (...cells: unknown[]) => cells.map((c) => [c]) as never;

describe('tally (CDHT_TALLY)', () => {
  it('counts TT25 results by default, best first, blanks as "Không xếp loại"', () => {
    expect(tally(column('Mức độ 1', 'Mức độ 2', '', 'Mức độ 1', 'Chưa đạt', null, 'Mức độ 1'))).toEqual([
      ['Kết quả', 'Số xã'],
      ['Mức độ 2', 1],
      ['Mức độ 1', 3],
      ['Chưa đạt', 1],
      ['Không xếp loại', 2],
    ]);
  });

  it('counts TT44 results and keeps every category, zero or not', () => {
    expect(tally(column('Tốt', 'Khá', 'Tốt', 'Tốt'), 'TT44')).toEqual([
      ['Kết quả', 'Số xã'],
      ['Tốt', 3],
      ['Khá', 1],
      ['Trung bình', 0],
      ['Chưa đạt', 0],
      ['Không xếp loại', 0],
    ]);
  });

  it('tolerates case, spacing and decomposed (NFD) Vietnamese', () => {
    const table = tally(column('mức độ 2', '  MỨC   ĐỘ 1 ', 'Mức độ 1'.normalize('NFD'), 'chưa\u00a0đạt'));
    expect(table.slice(1)).toEqual([
      ['Mức độ 2', 1],
      ['Mức độ 1', 2],
      ['Chưa đạt', 1],
      ['Không xếp loại', 0],
    ]);
  });

  it('counts "Chưa đủ dữ liệu…" (what CDHT_RATING shows for incomplete data) as "Không xếp loại"', () => {
    const table = tally(column('Chưa đủ dữ liệu: còn 3 chỉ tiêu chưa nhập (TC1.1, TC2.2, TC5.1)', 'Không xếp loại', 'Mức độ 1'));
    expect(table[4]).toEqual(['Không xếp loại', 2]);
  });

  it('TT44: "Chưa đạt (…)" and "Chưa đủ dữ liệu…" counted whether they say "tiêu chí" (now) or "chỉ tiêu" (older workbooks)', () => {
    const table = tally(
      column(
        'Chưa đủ dữ liệu: còn 1 tiêu chí chưa nhập (TC15)',
        'Chưa đủ dữ liệu: còn 2 chỉ tiêu chưa nhập (TC1, TC2)',
        'Chưa đạt (tiêu chí bị điểm 0: TC3; còn 1 tiêu chí chưa nhập: TC5)',
        'Chưa đạt (tiêu chí bị điểm 0: TC3; còn 1 chỉ tiêu chưa nhập: TC5)',
        'Khá',
      ),
      'TT44',
    );
    expect(table.slice(1)).toEqual([
      ['Tốt', 0],
      ['Khá', 1],
      ['Trung bình', 0],
      ['Chưa đạt', 2],
      ['Không xếp loại', 2],
    ]);
  });

  it('names an unknown result and where it is', () => {
    expect(() => tally(column('Mức độ 1', 'Tốt'))).toThrow(
      'Kết quả "Tốt" (ô thứ 2 từ trên xuống của vùng trong công thức; không phải số dòng của trang tính) không có trong bộ tiêu chí TT25: dùng "Mức độ 2", "Mức độ 1", "Chưa đạt" hoặc "Không xếp loại", hoặc để trống.',
    );
    expect(() => tally([['Tốt', 'Khá', 'Giỏi']], 'tt44')).toThrow('Kết quả "Giỏi" (dòng thứ 1, cột thứ 3 của vùng trong công thức;');
    expect(() => tally(column(7))).toThrow('Kết quả 7 (ô thứ 1 từ trên xuống của vùng trong công thức;');
  });

  it('takes a single cell as Sheets passes it (a plain value)', () => {
    expect(tally('Mức độ 2')[1]).toEqual(['Mức độ 2', 1]);
  });

  it('rejects an unknown ruleset', () => {
    expect(() => tally(column('Tốt'), 'TT99')).toThrow('Không có bộ tiêu chí "TT99"');
  });
});
