/**
 * Reading a ruleset's legal facts (a blank text fact is no fact, so callers fall back) and
 * resolving the formulas' `ruleset` argument: every answer and every message for small
 * hand-made inputs. Years from the legal texts: TT44 applies 2015–2023 (in force 25/01/2015,
 * repealed from 12/02/2024 by TT25 Điều 25), TT25 from 2024.
 */
import { describe, expect, it } from 'vitest';
import { factNumber, factOf, factText, factsWithPrefix, isUnverified, yearsText } from '../../../src/core/ruleset/facts';
import { coversYear, loadRulesetTable, resolveRuleset, rulesetForYear } from '../../../src/core/ruleset/resolve';
import { rulesetToTable } from '../../../src/core/ruleset/table';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';
import type { LegalFact, LevelsRuleset } from '../../../src/core/ruleset/types';
import type { Cell } from '../../../src/core/cells/values';
import { errorMessage } from '../../helpers';

const fact = (key: string, value: number | string, status: LegalFact['provenance']['status'] = 'verbatim'): LegalFact => ({ key, text: key, value, provenance: { ref: 'r', status } });
const withFacts = (facts: LegalFact[]): LevelsRuleset => ({ ...TT25, facts });

describe('facts', () => {
  const ruleset = withFacts([fact('NAM_DAU', 2024), fact('VAN_BAN', ''), fact('CAN_CU_2', 'hai'), fact('TOM_TAT', 'tóm tắt', 'unverified'), fact('CAN_CU_1', 'một'), fact('HAN_NOP_NGAY', '28')]);

  it('a fact by key; a number only when it is one; a text only when it is one and not blank', () => {
    expect(factOf(ruleset, 'NAM_DAU')).toEqual(fact('NAM_DAU', 2024));
    expect(factOf(ruleset, 'NAM_CUOI')).toBeUndefined();
    expect([factNumber(ruleset, 'NAM_DAU'), factNumber(ruleset, 'HAN_NOP_NGAY'), factNumber(ruleset, 'NAM_CUOI')]).toEqual([2024, undefined, undefined]);
    expect([factText(ruleset, 'TOM_TAT'), factText(ruleset, 'VAN_BAN'), factText(ruleset, 'NAM_DAU'), factText(ruleset, 'KHONG_CO')]).toEqual(['tóm tắt', undefined, undefined, undefined]);
  });

  it('facts by prefix in table order; unverified only when present and so marked', () => {
    expect(factsWithPrefix(ruleset, 'CAN_CU').map((f) => f.value)).toEqual(['hai', 'một']);
    expect(factsWithPrefix(ruleset, 'KHONG')).toEqual([]);
    expect([isUnverified(factOf(ruleset, 'TOM_TAT')), isUnverified(factOf(ruleset, 'NAM_DAU')), isUnverified(undefined)]).toEqual([true, false, false]);
  });

  it('the years a ruleset applies to, as the sheets say them', () => {
    expect(yearsText(TT25)).toBe('từ năm 2024');
    expect(yearsText(TT44)).toBe('các năm 2015–2023');
    expect(yearsText(withFacts([]))).toBeUndefined();
    expect(yearsText(withFacts([fact('NAM_CUOI', 2023)]))).toBeUndefined();
  });
});

describe('rulesetForYear', () => {
  it.each<[number | null | undefined, string]>([
    [2014, 'TT25'],
    [2015, 'TT44'],
    [2019, 'TT44'],
    [2023, 'TT44'],
    [2024, 'TT25'],
    [2031, 'TT25'],
    [null, 'TT25'],
    [undefined, 'TT25'],
    [Number.NaN, 'TT25'],
  ])('%j → %s', (year, id) => {
    expect(rulesetForYear(year).id).toBe(id);
  });
});

describe('coversYear', () => {
  it('from the first year to the last, both included; without a last year, every later year', () => {
    expect([2014, 2015, 2023, 2024].map((y) => coversYear(TT44, y))).toEqual([false, true, true, false]);
    expect([2023, 2024, 2100].map((y) => coversYear(TT25, y))).toEqual([false, true, true]);
    expect([2016, 2040].map((y) => coversYear(withFacts([fact('NAM_DAU', 2016)]), y))).toEqual([true, true]);
  });

  it('no first year, or no year, covers nothing', () => {
    expect(coversYear(withFacts([]), 2025)).toBe(false);
    expect(coversYear(withFacts([fact('NAM_CUOI', 2030)]), 2025)).toBe(false);
    expect([null, undefined, Number.NaN].map((y) => coversYear(TT25, y))).toEqual([false, false, false]);
  });
});

describe('resolveRuleset', () => {
  it.each<[Cell | Cell[][], string]>([
    ['', 'TT25'],
    [null, 'TT25'],
    [undefined, 'TT25'],
    ['TT44', 'TT44'],
    [' tt 44 ', 'TT44'],
    ['tt25', 'TT25'],
    [[['TT44']], 'TT44'],
    [[['']], 'TT25'],
  ])('%j is %s', (arg, id) => {
    expect(resolveRuleset(arg).id).toBe(id);
  });

  it.each<[Cell, string]>([
    [new Date(2025, 0, 1), 'Bộ tiêu chí phải là "TT25", "TT44" hoặc vùng bảng Bộ tiêu chí.'],
    [true, 'Bộ tiêu chí phải là "TT25", "TT44" hoặc vùng bảng Bộ tiêu chí.'],
    [' TT99 ', 'Không có bộ tiêu chí "TT99": dùng "TT25", "TT44" hoặc vùng bảng Bộ tiêu chí.'],
    [2024, 'Không có bộ tiêu chí "2024": dùng "TT25", "TT44" hoặc vùng bảng Bộ tiêu chí.'],
  ])('%j is an error saying what to write', (arg, message) => {
    expect(errorMessage(() => resolveRuleset(arg))).toBe(message);
  });

  it('a table: its own ruleset; the same content twice gives the ruleset read the first time', () => {
    const table = rulesetToTable(TT44).map((row) => [...row]);
    table[1][1] = 'TINH';
    const first = resolveRuleset(table);
    expect(first.id).toBe('TINH');
    expect(resolveRuleset(table.map((row) => [...row]))).toBe(first);
    const changed = table.map((row) => [...row]);
    changed[1][1] = 'KHAC';
    expect(resolveRuleset(changed).id).toBe('KHAC');
  });

  it('a table with an error throws it with its row; a table without ruleset row says so', () => {
    const table = rulesetToTable(TT25).map((row) => [...row]);
    table[3][11] = 'Đã xem';
    expect(errorMessage(() => resolveRuleset(table))).toBe('Bộ tiêu chí dòng 4: cột Trạng thái cần ghi "Nguyên văn", "Diễn đạt lại", "Nguồn thứ cấp", "Chưa xác minh".');
    expect(
      errorMessage(() =>
        resolveRuleset([
          ['Ghi chú', ''],
          ['', ''],
        ]),
      ),
    ).toBe('Bộ tiêu chí dòng 1: dòng "Bộ tiêu chí" phải đứng trước mọi dòng khác. Bảng Bộ tiêu chí chưa có dòng "Bộ tiêu chí".');
  });

  it('a range wider or taller than one cell is a table, even when its first cell names a ruleset', () => {
    const noHeader = 'Bộ tiêu chí dòng 1: dòng "Bộ tiêu chí" phải đứng trước mọi dòng khác. Bảng Bộ tiêu chí chưa có dòng "Bộ tiêu chí".';
    expect(errorMessage(() => resolveRuleset([['TT44', '']]))).toBe(noHeader);
    expect(errorMessage(() => resolveRuleset([['TT44'], ['']]))).toMatch(/^Bộ tiêu chí dòng 1: dòng "Bộ tiêu chí" phải đứng trước mọi dòng khác\./);
  });

  it('loadRulesetTable: a table that reads but fails the ruleset checks gives no ruleset, and the error on its row', () => {
    const table = rulesetToTable(TT44).map((row) => [...row]);
    const lastYear = table.findIndex((row) => row[1] === 'NAM_CUOI');
    expect(table[lastYear][4]).toBe(2023);
    table[lastYear][4] = 2010;
    const { ruleset, problems } = loadRulesetTable(table);
    expect(ruleset).toBeNull();
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual(['Bộ tiêu chí dòng 2: Năm đánh giá cuối cùng (2010) trước năm đầu tiên (2015).']);
    expect(errorMessage(() => resolveRuleset(table))).toBe('Bộ tiêu chí dòng 2: Năm đánh giá cuối cùng (2010) trước năm đầu tiên (2015).');
  });

  it('loadRulesetTable: the built-in tables load as they are, with TT44\'s warnings on its "Bộ tiêu chí" row', () => {
    expect(loadRulesetTable(rulesetToTable(TT25).map((row) => [...row]))).toEqual({ ruleset: TT25, problems: [] });
    const tt44 = loadRulesetTable(rulesetToTable(TT44).map((row) => [...row]));
    expect(tt44.ruleset).toEqual(TT44);
    expect(tt44.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      ['Bộ tiêu chí TT44', 'warning', 'Bộ tiêu chí dòng 2: Còn 15 tiêu chí chưa có điểm tối đa: nhập theo biểu điểm của tỉnh trong bảng Bộ tiêu chí.'],
      [
        'Minh chứng',
        'warning',
        'Thông tư 44/2014/TT-BGDĐT, Điều 4 khoản 2: "Các tiêu chí không có minh chứng phù hợp không được chấm điểm." Chỉ chấm điểm tiêu chí có minh chứng phù hợp (cột Minh chứng).',
      ],
    ]);
  });
});
