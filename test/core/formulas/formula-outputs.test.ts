/**
 * What the CDHT_* assessment formulas return, whole, for small hand-made ranges: every row of
 * CDHT_CRITERIA (criterion names as TT25 Điều 6 words them), every row of CDHT_RESULTS beside its
 * input row, every row of CDHT_CHECK in its order (errors first), and the errors the strict
 * formulas throw. Expected outputs typed by hand from the README's formula reference.
 */
import { describe, expect, it } from 'vitest';
import { NO_PROBLEM, cdhtCheck, cdhtCriteria, cdhtRating, cdhtResults, cdhtScore, resultColumns } from '../../../src/core/formulas/assessment';
import { resolveRuleset } from '../../../src/core/ruleset/resolve';
import type { Cell } from '../../../src/core/cells/values';
import { TT25_AT_MD1, columns, errorMessage, md2With, tt25Rows } from '../../helpers';

const AT_MD1 = columns(tt25Rows(TT25_AT_MD1));

describe('CDHT_CRITERIA', () => {
  it('TT25 at Mức độ 1: a header, then each criterion with its name, result per level, indicators met and counted', () => {
    expect(cdhtCriteria(AT_MD1.codes, AT_MD1.values)).toEqual([
      ['Tiêu chí', 'Nội dung', 'Mức độ 1', 'Mức độ 2', 'Chỉ tiêu đạt mức độ 1', 'Số chỉ tiêu'],
      ['TC1', 'Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã', 'Đạt', 'Đạt', 3, 3],
      ['TC2', 'Huy động nguồn lực và tạo môi trường thuận lợi để thực hiện xây dựng xã hội học tập ở địa phương', 'Đạt', 'Đạt', 3, 3],
      ['TC3', 'Hiệu quả hoạt động của trung tâm học tập cộng đồng và thư viện công cộng cấp xã, trung tâm văn hóa, thể thao cấp xã', 'Đạt', 'Đạt', 3, 3],
      ['TC4', 'Kết quả phổ cập giáo dục - xóa mù chữ', 'Đạt', 'Không đạt', 4, 4],
      ['TC5', 'Tác dụng của việc xây dựng “Cộng đồng học tập” cấp xã', 'Đạt', 'Không đạt', 2, 2],
    ]);
  });

  it('TT44: a header, then each criterion with its points and no maximum until the province enters one', () => {
    const codes = [['TC1'], ['TC2']];
    const grid = cdhtCriteria(codes, [[7.5], ['']], 'TT44');
    expect(grid.slice(0, 3)).toEqual([
      ['Tiêu chí', 'Nội dung', 'Điểm', 'Tối đa'],
      ['TC1', 'Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã', 7.5, ''],
      ['TC2', 'Hoạt động của ban chỉ đạo xây dựng xã hội học tập cấp xã', 0, ''],
    ]);
    expect(grid).toHaveLength(16);
  });
});

describe('CDHT_RESULTS', () => {
  it('one row per input row: per level for TT25, blank on headings and unknown-free blank rows, "Thiếu dữ liệu" for blanks', () => {
    const rows: [Cell, Cell][] = [
      ['TC1', ''],
      ['TC1.1', 'Đạt'],
      ['', ''],
      ['TC4.2', 'Mức độ 2'],
      ['TC5.1', '70%'],
      ['TC5.2a', ''],
    ];
    const { codes, values } = columns(rows);
    expect(cdhtResults(codes, values)).toEqual([
      ['', ''],
      ['Đạt', 'Đạt'],
      ['', ''],
      ['Đạt', 'Không đạt'],
      ['Đạt', 'Không đạt'],
      ['Thiếu dữ liệu', 'Thiếu dữ liệu'],
    ]);
  });

  it('TT44: points and maximum per row, "Thiếu dữ liệu" for a blank', () => {
    expect(cdhtResults([['TC1'], ['TC2'], ['']], [[8], [''], ['']], 'TT44')).toEqual([
      [8, ''],
      ['Thiếu dữ liệu', ''],
      ['', ''],
    ]);
  });
});

describe('CDHT_CHECK', () => {
  it('nothing to say: one cell', () => {
    const { codes, values } = columns(md2With({}));
    expect(cdhtCheck(codes, values)).toEqual([[NO_PROBLEM]]);
    expect(NO_PROBLEM).toBe('Không có vấn đề nào: dữ liệu đã đầy đủ và hợp lệ.');
  });

  it('errors first, then warnings, each in range order', () => {
    const { codes, values } = columns(md2With({ 'TC1.2': '', 'TC2.1': 'abc', 'TC5.1': 1, 'TC5.2a': '120%' }));
    expect(cdhtCheck(codes, values)).toEqual([
      [
        'TC2.1',
        'Lỗi',
        'Chỉ tiêu TC2.1: giá trị "abc" không hiểu được, cần "Đạt" hoặc "Không đạt" (cũng nhận "Đạt chuẩn", "Đã đạt chuẩn", "Chưa đạt", "x", "Có" / "Không", TRUE / FALSE, 1 / 0 hoặc ô đánh dấu).',
      ],
      ['TC5.2a', 'Lỗi', 'Chỉ tiêu TC5.2a: giá trị "120%" vượt quá 100%, cần một tỷ lệ từ 0% đến 100% (ví dụ 62,5%).'],
      ['TC5.1', 'Cảnh báo', 'Chỉ tiêu TC5.1: số 1 được đọc là 100%; nếu là 1%, hãy ghi rõ "1%".'],
      ['TC1.2', 'Cảnh báo', 'Chỉ tiêu TC1.2: chưa nhập giá trị.'],
    ]);
  });

  it('a bad argument is one error row, never a thrown error', () => {
    const { codes, values } = columns(md2With({}));
    expect(cdhtCheck(codes, values, 'TT25', [['Có', 'Không']])).toEqual([['Đối số', 'Lỗi', 'Đối số "xã thuộc vùng khó khăn" phải là một ô (ví dụ \'Thông tin\'!B6), đang là một vùng 2 ô.']]);
    expect(cdhtCheck(codes, values, 'TT25', 'có lẽ')).toEqual([['Đối số', 'Lỗi', 'Ô "xã thuộc vùng khó khăn" cần ghi Có/Không (hoặc TRUE/FALSE), đang là "có lẽ".']]);
    expect(cdhtCheck([['TC1.1', 'x']], [['Đạt', 'x']])).toEqual([['Đối số', 'Lỗi', 'Vùng mã phải là một cột (đang có 2 cột).']]);
  });

  it("TT44: the ruleset's own warnings come last", () => {
    const rows = Array.from({ length: 15 }, (_, i): [Cell, Cell] => [`TC${i + 1}`, 6]);
    const { codes, values } = columns(rows);
    expect(cdhtCheck(codes, values, 'TT44')).toEqual([
      ['Bộ tiêu chí TT44', 'Cảnh báo', 'Còn 15 tiêu chí chưa có điểm tối đa: nhập theo biểu điểm của tỉnh trong bảng Bộ tiêu chí.'],
      [
        'Minh chứng',
        'Cảnh báo',
        'Thông tư 44/2014/TT-BGDĐT, Điều 4 khoản 2: "Các tiêu chí không có minh chứng phù hợp không được chấm điểm." Chỉ chấm điểm tiêu chí có minh chứng phù hợp (cột Minh chứng).',
      ],
    ]);
    expect(cdhtRating(codes, values, 'TT44')).toBe('Tốt');
    expect(cdhtScore(codes, values, 'TT44')).toBe(90);
  });
});

describe('the strict formulas', () => {
  it('throw the first three errors and point to CDHT_CHECK for the rest; warnings never stop them', () => {
    const { codes, values } = columns(md2With({ 'TC1.1': 'a', 'TC1.2': 'b', 'TC1.3': 'c', 'TC2.1': 'd', 'TC2.2': 'e', 'TC5.1': 1 }));
    const yesNo = (v: string, code: string) =>
      `Chỉ tiêu ${code}: giá trị "${v}" không hiểu được, cần "Đạt" hoặc "Không đạt" (cũng nhận "Đạt chuẩn", "Đã đạt chuẩn", "Chưa đạt", "x", "Có" / "Không", TRUE / FALSE, 1 / 0 hoặc ô đánh dấu).`;
    expect(errorMessage(() => cdhtRating(codes, values))).toBe(`${yesNo('a', 'TC1.1')} ${yesNo('b', 'TC1.2')} ${yesNo('c', 'TC1.3')} … và 2 lỗi khác (xem CDHT_CHECK).`);
    const three = columns(md2With({ 'TC1.1': 'a', 'TC1.2': 'b', 'TC5.1': 1 }));
    expect(errorMessage(() => cdhtScore(three.codes, three.values))).toBe(`${yesNo('a', 'TC1.1')} ${yesNo('b', 'TC1.2')}`);
    const warned = columns(md2With({ 'TC5.1': 1 }));
    expect([cdhtRating(warned.codes, warned.values), cdhtScore(warned.codes, warned.values)]).toEqual(['Mức độ 2', 15]);
  });
});

describe('resultColumns (the headers above CDHT_RESULTS)', () => {
  it('one column per level for TT25, points and maximum for TT44', () => {
    expect(resultColumns(resolveRuleset('TT25'))).toEqual(['Mức độ 1', 'Mức độ 2']);
    expect(resultColumns(resolveRuleset('TT44'))).toEqual(['Điểm', 'Tối đa']);
  });
});

describe('the "vùng khó khăn" argument', () => {
  it('an empty range (no cell) is no, as a blank cell is, never a crash', () => {
    const { codes, values } = columns(md2With({}));
    expect(cdhtCheck(codes, values, 'TT25', [])).toEqual([[NO_PROBLEM]]);
    expect(cdhtRating(codes, values, 'TT25', [])).toBe('Mức độ 2');
  });
});
