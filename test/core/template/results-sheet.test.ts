/** "Kết quả": the rows built from the ruleset's legal facts say which facts are unverified. */
import { describe, expect, it } from 'vitest';
import { resultsSheet } from '../../../src/core/template/results-sheet';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';
import type { Ruleset } from '../../../src/core/ruleset/types';

const labels = (ruleset: Ruleset) =>
  resultsSheet(ruleset)
    .cells.flat()
    .flatMap((c) => (c?.kind === 'label' ? [String(c.value)] : []));

describe('dates from the legal facts', () => {
  it('TT25 Điều 5 khoản 4: 36 months are verbatim; counting them from the end of the assessment year is marked unverified', () => {
    const note = labels(TT25).find((l) => l.startsWith('Bảo lưu 36 tháng'));
    expect(note).toBe('Bảo lưu 36 tháng: Thông tư 25/2023/TT-BGDĐT, Điều 5 khoản 4 (chưa xác minh: tính từ hết năm đánh giá)');
  });

  it('the 12-month wait before Mức độ 2 is marked unverified; the 28/02 deadline cites Điều 9', () => {
    expect(labels(TT25)).toContain('Ít nhất 12 tháng sau quyết định công nhận Mức độ 1 (chưa xác minh: Nguồn thứ cấp, chưa đối chiếu văn bản gốc)');
    expect(labels(TT25)).toContain('Hồ sơ nộp trước 28/02 năm sau năm đánh giá (Thông tư 25/2023/TT-BGDĐT, Điều 9 khoản 1 điểm d)');
  });

  it('a ruleset without those facts (TT44) shows none of the rows', () => {
    expect(labels(TT44).some((l) => /Bảo lưu|Mức độ 2|28\/02/.test(l))).toBe(false);
    expect(labels(TT44)).toContain('Thông tư 44/2014/TT-BGDĐT, Điều 4 khoản 3; ngưỡng xếp loại xem Bộ tiêu chí');
  });
});

describe('colours of the results', () => {
  /** The background each text gets where it equals exactly (the conditional formats' textEquals rules). */
  const colourOf = (ruleset: Ruleset) =>
    Object.fromEntries(resultsSheet(ruleset).conditionalFormats.flatMap((f) => ('textEquals' in f.when ? [[`${f.range} ${f.when.textEquals}`, f.background]] : [])));

  it('TT25: a criterion "Đạt" is green, "Không đạt" red, "Thiếu dữ liệu" amber; Mức độ 1 and 2 green; errors red, warnings amber', () => {
    const green = '#d9ead3';
    const red = '#f4cccc';
    const amber = '#fff2cc';
    const colours = Object.entries(colourOf(TT25)).map(([key, background]) => `${key.replace(/^\S+ /, '')} → ${background}`);
    expect(colours.sort()).toEqual([`Mức độ 2 → ${green}`, `Mức độ 1 → ${green}`, `Đạt → ${green}`, `Không đạt → ${red}`, `Thiếu dữ liệu → ${amber}`, `Lỗi → ${red}`, `Cảnh báo → ${amber}`].sort());
  });

  it('TT44 "Xếp loại" (B4): every text CDHT_RATING shows, in "tiêu chí" now or "chỉ tiêu" in older workbooks, meets exactly one rule, of its colour', () => {
    // Apps Script: whenTextEqualTo triggers when the input equals the value, whenTextStartsWith when it starts with it.
    const meets = (text: string) =>
      resultsSheet(TT44)
        .conditionalFormats.filter((f) => f.range === 'B4')
        .filter((f) => ('textEquals' in f.when ? text === f.when.textEquals : 'textStartsWith' in f.when && text.startsWith(f.when.textStartsWith)))
        .map((f) => f.background);
    const red = ['#f4cccc'];
    const amber = ['#fff2cc'];
    expect(meets('Chưa đủ dữ liệu: còn 1 tiêu chí chưa nhập (TC15)')).toEqual(amber);
    expect(meets('Chưa đủ dữ liệu: còn 1 chỉ tiêu chưa nhập (TC15)')).toEqual(amber);
    expect(meets('Chưa đạt (tiêu chí bị điểm 0: TC14; còn 1 tiêu chí chưa nhập: TC15)')).toEqual(red);
    expect(meets('Chưa đạt (tiêu chí bị điểm 0: TC14; còn 1 chỉ tiêu chưa nhập: TC15)')).toEqual(red);
    expect(meets('Trung bình')).toEqual(amber);
  });
});
