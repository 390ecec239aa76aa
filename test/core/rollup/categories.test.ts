/**
 * Reading a result into a ruleset's categories (CDHT_TALLY, the register's typed results). Only a
 * category, or a category followed by CDHT_RATING's "(…)" note, is that category: a longer text
 * that begins like one ("Chưa đạt mức độ 2", said of a commune at Mức độ 1) says something else.
 */
import { describe, expect, it } from 'vitest';
import { UNRATED, builtInSummary, listCategories, matchCategory } from '../../../src/core/rollup/categories';

const TT25 = ['Mức độ 2', 'Mức độ 1', 'Chưa đạt'];
const TT44 = ['Tốt', 'Khá', 'Trung bình', 'Chưa đạt'];

describe('matchCategory', () => {
  it.each<[string, readonly string[], string]>([
    ['Mức độ 1', TT25, 'Mức độ 1'],
    ['Chưa đạt (TC4.3 chưa đạt Mức độ 1; còn 2 chỉ tiêu chưa nhập: TC1.2, TC5.2b)', TT25, 'Chưa đạt'],
    // TT44 as CDHT_RATING writes it now ("tiêu chí") and as older workbooks still show it ("chỉ tiêu").
    ['Chưa đạt (tiêu chí bị điểm 0: TC3; còn 1 tiêu chí chưa nhập: TC5)', TT44, 'Chưa đạt'],
    ['Chưa đạt (tiêu chí bị điểm 0: TC3; còn 1 chỉ tiêu chưa nhập: TC5)', TT44, 'Chưa đạt'],
    ['Chưa đủ dữ liệu: còn 2 tiêu chí chưa nhập (TC5, TC9)', TT44, UNRATED],
    ['Chưa đủ dữ liệu: còn 2 chỉ tiêu chưa nhập (TC5, TC9)', TT44, UNRATED],
    ['Mức độ II', TT25, 'Mức độ 2'],
    ['Khá', TT44, 'Khá'],
    ['', TT25, UNRATED],
  ])('%j is %j', (text, categories, category) => {
    expect(matchCategory(text, categories)).toBe(category);
  });

  it.each<[string, readonly string[]]>([
    // A negated level names the level missing, not the result: never counted as "Chưa đạt".
    ['Chưa đạt mức độ 2', TT25],
    ['Chưa đạt chuẩn mức độ 2', TT25],
    ['Mức độ 12', TT25],
    ['Khá tốt', TT44],
    ['Trung bình khá', TT44],
    ['Tốt nghiệp', TT44],
  ])('%j is no category', (text, categories) => {
    expect(matchCategory(text, categories)).toBeUndefined();
  });
});

describe('matchCategory: a level is a rating from Mức độ 1 up', () => {
  it.each<[string, readonly string[]]>([
    // Level 0 is "not reached": the reader of levels takes it, but it names no recognition level.
    ['Mức độ 0', TT25],
    ['MĐ0', TT25],
    ['Mức độ 0', TT44],
  ])('%j is no category of %j', (text, categories) => {
    expect(matchCategory(text, categories)).toBeUndefined();
  });
});

describe('listCategories', () => {
  it('joins the last two with "hoặc" and the others with commas', () => {
    expect(listCategories(['Mức độ 2', 'Mức độ 1', 'Chưa đạt'])).toBe('"Mức độ 2", "Mức độ 1" hoặc "Chưa đạt"');
    expect(listCategories(['Tốt', 'Khá'])).toBe('"Tốt" hoặc "Khá"');
  });

  it('names a single category alone, and nothing for none', () => {
    expect(listCategories(['Chưa đạt'])).toBe('"Chưa đạt"');
    expect(listCategories([])).toBe('');
  });
});

describe('builtInSummary', () => {
  it('finds a built-in ruleset by its id in any case, with its categories and criteria', () => {
    const tt44 = builtInSummary('tt44');
    expect(tt44?.id).toBe('TT44');
    expect(tt44?.categories).toEqual(['Tốt', 'Khá', 'Trung bình', 'Chưa đạt']);
    const tt25 = builtInSummary('TT25');
    expect(tt25?.categories).toEqual(['Mức độ 2', 'Mức độ 1', 'Chưa đạt']);
    expect(tt25?.criteria.map((c) => c.code)).toEqual(['TC1', 'TC2', 'TC3', 'TC4', 'TC5']);
    expect(tt25?.criteria[3]).toEqual({ code: 'TC4', name: 'Kết quả phổ cập giáo dục - xóa mù chữ' });
    expect(builtInSummary('TT99')).toBeUndefined();
  });
});
