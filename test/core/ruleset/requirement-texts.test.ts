/**
 * What each recognition level requires, in the words the sheet, the sidebar and the dossier print,
 * for every TT25 indicator (TT25 Điều 6, 7: "ít nhất 60%", "mức độ 2 …") and a TT44 criterion.
 * Typed by hand from the text.
 */
import { describe, expect, it } from 'vitest';
import { levelRequirementText, requirementText, standardLevel } from '../../../src/core/ruleset/requirements';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';
import type { Item } from '../../../src/core/ruleset/types';

const items = TT25.criteria.flatMap((c) => c.items);
const rows = (difficult: boolean | 'both') => items.filter((i) => i.kind !== 'yesno').map((i) => [i.code, levelRequirementText(i, 'MD1', difficult), levelRequirementText(i, 'MD2', difficult)]);

describe('levelRequirementText', () => {
  it('yes/no indicators require "Đạt" at both levels', () => {
    expect(items.filter((i) => i.kind === 'yesno').map((i) => levelRequirementText(i, 'MD2', false))).toEqual(Array(10).fill('Đạt'));
  });

  it('outside vùng khó khăn', () => {
    expect(rows(false)).toEqual([
      ['TC4.2', 'Chuẩn mức độ 2 trở lên', 'Chuẩn mức độ 3 trở lên'],
      ['TC4.3', 'Chuẩn mức độ 2 trở lên', 'Chuẩn mức độ 3 trở lên'],
      ['TC4.4', 'Chuẩn mức độ 1 trở lên', 'Chuẩn mức độ 2 trở lên'],
      ['TC5.1', '≥ 60%', '≥ 80%'],
      ['TC5.2a', '≥ 50%', '≥ 60%'],
      ['TC5.2b', '≥ 12%', '≥ 15%'],
    ]);
  });

  it('in vùng khó khăn', () => {
    expect(rows(true).slice(3)).toEqual([
      ['TC5.1', '≥ 60%', '≥ 80%'],
      ['TC5.2a', '≥ 40%', '≥ 50%'],
      ['TC5.2b', '≥ 10%', '≥ 12%'],
    ]);
  });

  it('both, for the printed sheet: the vùng khó khăn minimum named where it differs', () => {
    expect(rows('both').slice(3)).toEqual([
      ['TC5.1', '≥ 60%', '≥ 80%'],
      ['TC5.2a', '≥ 50% (vùng khó khăn: ≥ 40%)', '≥ 60% (vùng khó khăn: ≥ 50%)'],
      ['TC5.2b', '≥ 12% (vùng khó khăn: ≥ 10%)', '≥ 15% (vùng khó khăn: ≥ 12%)'],
    ]);
    const same: Item = { code: 'X', name: 'X', kind: 'percent', thresholds: { MD1: { min: 0.5, minDifficult: 0.5 } }, provenance: { ref: '', status: 'verbatim' } };
    expect([levelRequirementText(same, 'MD1', 'both'), levelRequirementText(same, 'MD2', 'both')]).toEqual(['≥ 50%', '']);
  });
});

describe('requirementText and standardLevel', () => {
  it('a points criterion: its maximum, or nothing until the province enters one', () => {
    const criterion = TT44.criteria[0].items[0];
    expect(requirementText(criterion, 'MD1', TT44, false)).toBe('');
    expect(requirementText({ ...criterion, max: 12.5 }, 'MD1', TT44, false)).toBe('Tối đa 12,5 điểm');
    expect(requirementText(items[13], 'MD2', TT25, 'both')).toBe('≥ 80%');
  });

  it('a standard level is named as NĐ 20 names it', () => {
    expect([standardLevel(1), standardLevel(3)]).toEqual(['chuẩn mức độ 1', 'chuẩn mức độ 3']);
  });
});

describe('an item with no thresholds at all (a table row with its level columns blank)', () => {
  it('requires nothing at either level, in any wording', () => {
    const percent = items.find((i) => i.kind === 'percent');
    const bare = { ...percent, thresholds: undefined } as Item;
    expect([levelRequirementText(bare, 'MD1', false), levelRequirementText(bare, 'MD2', 'both'), requirementText(bare, 'MD1', TT25, true)]).toEqual(['', '', '']);
  });
});
