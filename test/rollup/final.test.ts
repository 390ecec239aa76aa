/** When a year's dossiers are final, from each ruleset's legal facts (written by hand from the texts). */
import { describe, expect, it } from 'vitest';
import { dossiersFinalFrom, finalFrom, isFinal } from '../../src/core/rollup/final';
import { FACT_KEYS } from '../../src/core/ruleset/facts';
import { TT25 } from '../../src/core/ruleset/tt25';
import { TT44 } from '../../src/core/ruleset/tt44';
import type { Ruleset } from '../../src/core/ruleset/types';

describe('dossiersFinalFrom', () => {
  it('TT25 Điều 9 khoản 1 điểm d, "trước ngày 28 tháng 02 của năm sau liền kề năm đánh giá": from the day after', () => {
    expect(dossiersFinalFrom(2025)).toEqual(new Date(2026, 2, 1));
    expect(dossiersFinalFrom(2027)).toEqual(new Date(2028, 1, 29)); // 2028 is a leap year
  });

  it('TT44 Điều 4 khoản 4, "vào tháng 12 hằng năm": from 1 January', () => {
    expect(dossiersFinalFrom(2020)).toEqual(new Date(2021, 0, 1));
  });

  it('where the circulars meet (TT25 Điều 25 khoản 1: in force from 12/02/2024, repealing TT44), each year keeps its own: 2023 by TT44, 2024 by TT25', () => {
    expect(dossiersFinalFrom(2023)).toEqual(new Date(2024, 0, 1));
    expect(dossiersFinalFrom(2024)).toEqual(new Date(2025, 2, 1));
  });
});

describe('finalFrom (a ruleset’s own rule)', () => {
  const without = (ruleset: Ruleset, ...keys: string[]): Ruleset => ({ ...ruleset, facts: ruleset.facts.filter((f) => !keys.includes(f.key)) });
  const withMonth = (ruleset: Ruleset, month: number): Ruleset => ({ ...ruleset, facts: [...ruleset.facts, { ...ruleset.facts[0], key: FACT_KEYS.assessmentMonth, value: month }] });

  it('TT25’s deadline, TT44’s assessment month', () => {
    expect(finalFrom(TT25, 2025)).toEqual(new Date(2026, 2, 1));
    expect(finalFrom(TT44, 2019)).toEqual(new Date(2020, 0, 1));
  });

  it('a deadline wants its day and its month: with one of them only, the assessment month decides, and without that nothing does', () => {
    const assessedInNovember = withMonth(TT25, 11);
    expect(finalFrom(without(assessedInNovember, FACT_KEYS.deadlineMonth), 2025)).toEqual(new Date(2025, 11, 1));
    expect(finalFrom(without(assessedInNovember, FACT_KEYS.deadlineDay), 2025)).toEqual(new Date(2025, 11, 1));
    expect(finalFrom(without(TT25, FACT_KEYS.deadlineMonth), 2025)).toBeNull();
    expect(finalFrom(without(TT44, FACT_KEYS.assessmentMonth), 2019)).toBeNull();
  });
});

describe('isFinal', () => {
  it('from midnight of the day after the deadline, not a millisecond before', () => {
    expect(isFinal(2025, new Date(2026, 2, 1).getTime())).toBe(true);
    expect(isFinal(2025, new Date(2026, 2, 1).getTime() - 1)).toBe(false);
  });
});
