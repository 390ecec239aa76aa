/**
 * CDHT_RESULTS and CDHT_CRITERIA on a TT44 sheet whose province entered its scoring guide's maxima
 * in the "Bộ tiêu chí" table: Thông tư 44/2014 Điều 4 khoản 1 scores each criterion by the annex
 * ("Phụ lục Hướng dẫn đánh giá, cho điểm"), khoản 2 caps the whole at 100 points; the README says
 * both formulas give "points and maximum (TT44)". The tiny commune (tiny-points.ts): TC1–TC3 with
 * maxima 40, 30, 30, scored 35, 25 and 12,5. Expected rows typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { cdhtCriteria, cdhtResults } from '../../../src/core/formulas/assessment';
import { rulesetToTable } from '../../../src/core/ruleset/table';
import { TT44 } from '../../../src/core/ruleset/tt44';
import { tinyPointsRuleset } from '../../fixtures/tiny-points';

const table = rulesetToTable(tinyPointsRuleset(true)).map((row) => [...row]);
const codes = [['TC1'], ['TC2'], ['TC3']];

describe('TT44 with the province’s maxima', () => {
  it('CDHT_RESULTS: each row its points, then its maximum ("Điểm", "Tối đa"); a blank one "Thiếu dữ liệu" beside its maximum', () => {
    expect(cdhtResults(codes, [[35], [25], [12.5]], table)).toEqual([
      [35, 40],
      [25, 30],
      [12.5, 30],
    ]);
    expect(cdhtResults(codes, [[35], [''], [0]], table)).toEqual([
      [35, 40],
      ['Thiếu dữ liệu', 30],
      [0, 30],
    ]);
  });

  it('CDHT_CRITERIA: the header "Tiêu chí", "Nội dung", "Điểm", "Tối đa", then code, Điều 3 name, points, maximum', () => {
    expect(cdhtCriteria(codes, [[35], [25], [12.5]], table)).toEqual([
      ['Tiêu chí', 'Nội dung', 'Điểm', 'Tối đa'],
      ['TC1', TT44.criteria[0].name, 35, 40],
      ['TC2', TT44.criteria[1].name, 25, 30],
      ['TC3', TT44.criteria[2].name, 12.5, 30],
    ]);
  });

  it('without maxima (the built-in TT44): the maximum column stays blank, never 0', () => {
    expect(cdhtCriteria('TC1', 8, 'TT44').slice(0, 2)).toEqual([
      ['Tiêu chí', 'Nội dung', 'Điểm', 'Tối đa'],
      ['TC1', TT44.criteria[0].name, 8, ''],
    ]);
  });
});
