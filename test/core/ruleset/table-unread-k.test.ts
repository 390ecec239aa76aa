/**
 * Hunter K (session 19): cells of the "Bộ tiêu chí" table that their row does not read, as README
 * "The ruleset table" marks them ("–"), against the warning session 19 added (table.ts unreadCell).
 * Tables typed by hand from that layout: A Loại, B Mã, C Nội dung, D Kiểu, E Mức độ 1 / Điểm từ,
 * F Mức độ 2, G, H vùng khó khăn, I Tối đa, J Thuộc chỉ tiêu, K Căn cứ pháp lý, L Trạng thái.
 */
import { describe, expect, it } from 'vitest';
import { rulesetFromTable } from '../../../src/core/ruleset/table';
import type { Cell } from '../../../src/core/cells/values';
import { RULESET_TABLE_HEADER } from '../../fixtures/ruleset-table-header';

const HEADER = [...RULESET_TABLE_HEADER];
const LEVELS_HEAD: Cell[] = ['Bộ tiêu chí', 'TINH-X', 'Bộ tiêu chí của tỉnh X', 'Mức độ', '', '', '', '', '', '', 'Quyết định 1', 'Nguyên văn'];
const CRITERION: Cell[] = ['Tiêu chí', 'A', 'Tiêu chí A', '', '', '', '', '', '', '', 'Điều 3', 'Nguyên văn'];
const ITEM: Cell[] = ['Chỉ tiêu', 'A.1', 'Có kế hoạch', 'Đạt/Không đạt', '', '', '', '', '', '', 'Điều 3 khoản 1', 'Nguyên văn'];
const rowProblems = (rows: Cell[][], row: number) => rulesetFromTable([HEADER, ...rows]).problems.filter((p) => p.code === `Bộ tiêu chí dòng ${row}`);

describe('filled cells the table never reads, not named', () => {
  it('the "Bộ tiêu chí" row of a levels ruleset with a total typed in Tối đa (README: I is for a points ruleset)', () => {
    const head = [...LEVELS_HEAD];
    head[8] = 100;
    expect(rowProblems([head, CRITERION, ITEM], 2).map((p) => p.severity)).toEqual(['warning']);
  });

  it('the "Bộ tiêu chí" row with a threshold typed in Mức độ 1 (README: "–")', () => {
    const head = [...LEVELS_HEAD];
    head[4] = '80%';
    expect(rowProblems([head, CRITERION, ITEM], 2).map((p) => p.severity)).toEqual(['warning']);
  });

  it('a "Xếp loại" row added by a province to a levels ruleset: a levels ruleset reads no band', () => {
    const band: Cell[] = ['Xếp loại', '', 'Tốt', '', 85, '', '', '', '', '', 'Quyết định 1', 'Nguyên văn'];
    const { ruleset } = rulesetFromTable([HEADER, LEVELS_HEAD, CRITERION, ITEM, band]);
    expect(ruleset?.scheme).toBe('levels');
    expect(rowProblems([LEVELS_HEAD, CRITERION, ITEM, band], 5)).not.toEqual([]);
  });
});

it('a "Chỉ tiêu" row a province added under a points criterion: its error alone, no advice to change its Kiểu or clear its Tối đa', () => {
  const head: Cell[] = ['Bộ tiêu chí', 'TINH-Y', 'Chấm điểm của tỉnh Y', 'Điểm', '', '', '', '', 100, '', 'Quyết định 2', 'Nguyên văn'];
  const criterion: Cell[] = ['Tiêu chí', 'T1', 'Tiêu chí một', 'Điểm', '', '', '', '', 100, '', 'Điều 5', 'Nguyên văn'];
  const sub: Cell[] = ['Chỉ tiêu', 'T1.1', 'Nội dung một', 'Điểm', '', '', '', '', 5, '', 'Điều 5 khoản 1', 'Nguyên văn'];
  const fail: Cell[] = ['Xếp loại', '', 'Chưa đạt', '', '', '', '', '', '', '', 'Quyết định 2', 'Nguyên văn'];
  const problems = rowProblems([head, criterion, sub, fail], 4);
  expect(problems.map((p) => p.severity)).toEqual(['error']);
});
