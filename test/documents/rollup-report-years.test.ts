/**
 * The roll-up's report for one year of several (src/core/documents/rollup-report): a register of
 * three TT25 years, each year's report stating that year's figures and changes only, never those of
 * a later or earlier year the data also hold. Figures counted by hand:
 *   Xã An   2023 Chưa đạt → 2024 Mức độ 1 → 2025 Mức độ 2 (up, up);
 *   Xã Bình 2023 Mức độ 1 → 2024 Mức độ 1 → 2025 Chưa đạt (same, down);
 *   Xã Cầu  2025 only, unreadable.
 */
import { describe, expect, it } from 'vitest';
import { changesSection, communeListsSection, criteriaSection, generalSituation, statisticsSection, unreadableSection } from '../../src/core/documents/rollup-report/sections';
import { rollUp } from '../../src/core/rollup/rollup';
import { record } from '../fixtures/rollup-communes';
import { linesOf } from './block-lines';

const BODY = 'J14 fl10 sa6 ls1.15';
const TT25_NAME = 'Thông tư 25/2023/TT-BGDĐT — Cộng đồng học tập cấp xã';
const COUNT_TABLE = 'TABLE 0.4,0.2,0.2,0.2 borders cell=L13 sb2 sa2 ls1 aligns=LCCC';
const STATS_TABLE = 'TABLE 0.5,0.25,0.25 borders cell=L13 sb2 sa2 ls1 aligns=LCC';
const LEVELS_TABLE = 'TABLE 0.1,0.38,0.15,0.11,0.15,0.11 borders cell=L13 sb2 sa2 ls1 aligns=CLCCCC';
const CHANGE_TABLE = 'TABLE 0.08,0.32,0.22,0.2,0.18 borders cell=L13 sb2 sa2 ls1 aligns=CLLLL';

const failing = { failedMd1: ['TC1'], failedMd2: ['TC1'] };
const md1 = { score: 15, indicators: 15, failedMd1: [], failedMd2: ['TC4'] };
const md2 = { score: 15, indicators: 15, failedMd1: [], failedMd2: [] };
const district = rollUp([
  record({ row: 2, commune: 'Xã An', year: 2023, rating: 'Chưa đạt', ...failing }),
  record({ row: 3, commune: 'Xã Bình', year: 2023, rating: 'Mức độ 1', ...md1 }),
  record({ row: 4, commune: 'Xã An', year: 2024, rating: 'Mức độ 1', ...md1 }),
  record({ row: 5, commune: 'Xã Bình', year: 2024, rating: 'Mức độ 1', ...md1 }),
  record({ row: 6, commune: 'Xã An', year: 2025, rating: 'Mức độ 2', ...md2 }),
  record({ row: 7, commune: 'Xã Bình', year: 2025, rating: 'Chưa đạt', ...failing }),
  record({ row: 8, commune: 'Xã Cầu', year: 2025, status: 'failed', failure: 'no_access', reason: 'Chưa chia sẻ.', rulesetId: '' }),
]);

describe('section IV of a year between two others', () => {
  it('compares the year with the one before and lists only the changes into it', () => {
    expect(linesOf(changesSection(district, 2024))).toEqual([
      'H2 1. Số xã theo kết quả, so với năm đánh giá trước',
      `${BODY} | Theo ${TT25_NAME}:`,
      COUNT_TABLE,
      '  [h] Kết quả | Năm 2023 | Năm 2024 | Tăng (+), giảm (-)',
      '  [] Mức độ 2 | 0 | 0 | 0',
      '  [] Mức độ 1 | 1 | 2 | +1',
      '  [] Chưa đạt | 1 | 0 | -1',
      '  [] Không xếp loại | 0 | 0 | 0',
      'H2 2. Các xã thay đổi kết quả',
      `${BODY} | So với lần đánh giá trước của xã theo cùng bộ tiêu chí: 1 xã tăng hạng, 0 xã giảm hạng.`,
      CHANGE_TABLE,
      '  [h] STT | Tên xã | Kết quả lần trước | Kết quả năm 2024 | Thay đổi',
      '  [] 1 | Xã An | Chưa đạt (năm 2023) | Mức độ 1 | Tăng hạng',
    ]);
  });
});

describe('section IV of the last year', () => {
  it("lists that year's rise and fall, not the earlier year's", () => {
    expect(linesOf(changesSection(district, 2025)).slice(-5)).toEqual([
      `${BODY} | So với lần đánh giá trước của xã theo cùng bộ tiêu chí: 1 xã tăng hạng, 1 xã giảm hạng.`,
      CHANGE_TABLE,
      '  [h] STT | Tên xã | Kết quả lần trước | Kết quả năm 2025 | Thay đổi',
      '  [] 1 | Xã An | Mức độ 1 (năm 2024) | Mức độ 2 | Tăng hạng',
      '  [] 2 | Xã Bình | Mức độ 1 (năm 2024) | Chưa đạt | Giảm hạng',
    ]);
  });
});

describe('section IV of the first year', () => {
  it('has nothing to compare with, and no change', () => {
    expect(linesOf(changesSection(district, 2023))).toEqual([
      'H2 1. Số xã theo kết quả, so với năm đánh giá trước',
      `${BODY} | Chưa so sánh được: cần kết quả năm 2023 và một năm đánh giá trước đó theo cùng bộ tiêu chí.`,
      'H2 2. Các xã thay đổi kết quả',
      `${BODY} | Không có xã nào thay đổi kết quả so với lần đánh giá trước của xã theo cùng bộ tiêu chí.`,
    ]);
  });
});

describe('sections I and V of a year between two others', () => {
  it("count and list that year's communes only", () => {
    expect(linesOf(generalSituation(district, 2024))).toEqual([
      `${BODY} | Danh sách tổng hợp năm 2024 có 2 xã. Có kết quả xếp loại của 2 xã (2 xã đọc từ bảng tính CĐHT, 0 xã nhập tay kết quả); 0 xã "Không xếp loại"; không đọc được kết quả của 0 xã.`,
    ]);
    expect(linesOf(communeListsSection(district, 2024)).filter((line) => line.startsWith('  [bs]'))).toEqual(['  [bs] Mức độ 1: 2 xã']);
  });
});

describe('sections II, III and VI of a year between two others', () => {
  it("count that year's ratings, criteria and unreadable rows only", () => {
    expect(linesOf(statisticsSection(district, 2024)).slice(1)).toEqual([
      `${BODY} | Theo ${TT25_NAME}:`,
      STATS_TABLE,
      '  [h] Kết quả | Số xã | Tỷ lệ trên số xã đã xếp loại',
      '  [] Mức độ 2 | 0 | 0%',
      '  [] Mức độ 1 | 2 | 100%',
      '  [] Chưa đạt | 0 | 0%',
      '  [b] Số xã đã xếp loại | 2 | 100%',
      '  [] Không xếp loại | 0 | –',
    ]);
    expect(linesOf(criteriaSection(district, 2024)).slice(1)).toEqual([
      `${BODY} | Theo ${TT25_NAME}:`,
      `${BODY} | Số xã đọc từ bảng tính: 2; tỷ lệ trong bảng dưới đây tính trên 2 xã này, không phải trên số xã đã xếp loại ở mục II.`,
      `${BODY} | Tiêu chí có nhiều xã không đạt Mức độ 2 nhất: Tiêu chí 4 (2 xã).`,
      LEVELS_TABLE,
      '  [h] Tiêu chí | Nội dung | Số xã không đạt Mức độ 1 | Tỷ lệ | Số xã không đạt Mức độ 2 | Tỷ lệ',
      '  [] 4 | Kết quả phổ cập giáo dục - xóa mù chữ | 0 | 0% | 2 | 100%',
    ]);
    expect(linesOf(unreadableSection(district, 2024))).toEqual([`${BODY} | Năm 2024 không có xã nào không đọc được kết quả.`]);
  });
});
