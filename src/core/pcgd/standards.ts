import { PCGD_STANDARDS, type Condition, type StandardDef } from '../ruleset/nd20';

/**
 * The levels the Nghị định 20/2014/NĐ-CP standards give (data: src/core/ruleset/nd20.ts). The "Số
 * liệu PCGD-XMC" sheet turns raw counts into rates and suggests the level of each standard; the
 * committee decides, and only the officially recognised level counts for TC4.
 */
export { PCGD_RATES, PCGD_STANDARDS, type Condition, type RateDef, type StandardDef } from '../ruleset/nd20';

export function standardOf(code: string): StandardDef {
  const standard = PCGD_STANDARDS.find((s) => s.code === code);
  if (!standard) throw new Error(`No PCGD standard ${code}`);
  return standard;
}

/** The rates a standard's mức độ 1 needs itself: without them no level is suggested. */
export function basicRates(standard: StandardDef): string[] {
  return standard.levels[0].flatMap((c) => ('rate' in c ? [c.rate] : []));
}

/**
 * The level each standard gives (0 = not reached), or null when a rate its mức độ 1 needs is
 * missing. A level holds when every condition its own article lists holds; the standard gives the
 * highest level that holds (xóa mù chữ mức độ 2 does not need mức độ 1, Điều 21). A missing rate
 * fails the conditions that use it. The sheet computes the same with native formulas
 * (template/pcgd-sheet.ts); tests check one against the other.
 */
export function suggestLevels(rates: Record<string, number | null>, hard: boolean): Record<string, number | null> {
  const holds = (code: string, level: number): boolean => standardOf(code).levels[level - 1].every((c) => conditionHolds(c));
  const conditionHolds = (c: Condition): boolean => {
    if ('standard' in c) return holds(c.standard, c.level);
    const value = rates[c.rate];
    return typeof value === 'number' && value >= (hard ? c.minDifficult : c.min) - 1e-9;
  };
  const levels: Record<string, number | null> = {};
  for (const standard of PCGD_STANDARDS) {
    if (basicRates(standard).some((key) => typeof rates[key] !== 'number')) {
      levels[standard.code] = null;
      continue;
    }
    let reached = 0;
    standard.levels.forEach((_, i) => {
      if (holds(standard.code, i + 1)) reached = i + 1;
    });
    levels[standard.code] = reached;
  }
  return levels;
}
