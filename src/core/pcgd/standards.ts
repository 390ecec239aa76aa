import type { Provenance } from '../ruleset/types';

/**
 * Nghị định 20/2014/NĐ-CP: the commune standards behind TT25's TC4 (phổ cập giáo dục, xóa mù
 * chữ). The "Số liệu PCGD-XMC" sheet turns raw counts into these rates and suggests the level
 * each standard gives; the committee decides, and only the officially recognised level counts.
 * "ĐBKK" = xã có điều kiện kinh tế - xã hội đặc biệt khó khăn, which has lower minima.
 */
const ND20: Provenance = { ref: 'Nghị định 20/2014/NĐ-CP (chuẩn cấp xã)', status: 'verbatim' };

export interface RateDef {
  key: string;
  label: string;
}

export const PCGD_RATES: readonly RateDef[] = [
  { key: 'mn5Attend', label: 'Trẻ em 5 tuổi được huy động ra lớp' },
  { key: 'mn5Complete', label: 'Trẻ em 5 tuổi hoàn thành chương trình giáo dục mầm non' },
  { key: 'grade1At6', label: 'Trẻ em 6 tuổi vào học lớp 1' },
  { key: 'primaryBy14', label: 'Trẻ em đến 14 tuổi hoàn thành chương trình tiểu học' },
  { key: 'primaryAt11', label: 'Trẻ em 11 tuổi hoàn thành chương trình tiểu học' },
  { key: 'thcsDiploma', label: 'Thanh, thiếu niên 15–18 tuổi có bằng tốt nghiệp THCS' },
  { key: 'upperStudying', label: 'Thanh, thiếu niên 15–18 tuổi đang học THPT, GDTX hoặc giáo dục nghề nghiệp' },
  { key: 'literacy1', label: 'Người 15–35 tuổi biết chữ mức độ 1 (xã ĐBKK: 15–25 tuổi)' },
  { key: 'literacy2', label: 'Người 15–60 tuổi biết chữ mức độ 2 (xã ĐBKK: 15–35 tuổi)' },
];

/** A condition of a level: a rate minimum (normal / ĐBKK), or another standard at a level. */
export type Condition = { rate: string; min: number; minHard: number } | { standard: string; level: number };

export interface StandardDef {
  /** The TT25 indicator it suggests a value for. */
  code: string;
  name: string;
  /** levels[0] is mức độ 1; each level also needs every condition of the levels below it. */
  levels: Condition[][];
  /** TC4.1 is judged đạt / không đạt, the others by level. */
  yesno: boolean;
  provenance: Provenance;
}

const rate = (key: string, min: number, minHard = min): Condition => ({ rate: key, min, minHard });

export const PCGD_STANDARDS: readonly StandardDef[] = [
  { code: 'TC4.1', name: 'Phổ cập giáo dục mầm non cho trẻ em 5 tuổi', yesno: true, provenance: ND20, levels: [[rate('mn5Attend', 0.95, 0.9), rate('mn5Complete', 0.85, 0.8)]] },
  {
    code: 'TC4.2',
    name: 'Phổ cập giáo dục tiểu học',
    yesno: false,
    provenance: ND20,
    levels: [
      [rate('grade1At6', 0.9), rate('primaryBy14', 0.8, 0.7)],
      [rate('grade1At6', 0.95), rate('primaryAt11', 0.8, 0.7)],
      [rate('grade1At6', 0.98), rate('primaryAt11', 0.9, 0.8)],
    ],
  },
  {
    code: 'TC4.3',
    name: 'Phổ cập giáo dục trung học cơ sở',
    yesno: false,
    provenance: ND20,
    levels: [
      [{ standard: 'TC4.2', level: 1 }, { standard: 'TC4.4', level: 1 }, rate('thcsDiploma', 0.8, 0.7)],
      [rate('thcsDiploma', 0.9, 0.8)],
      [rate('thcsDiploma', 0.95, 0.9), rate('upperStudying', 0.8, 0.7)],
    ],
  },
  { code: 'TC4.4', name: 'Xóa mù chữ', yesno: false, provenance: ND20, levels: [[rate('literacy1', 0.9)], [rate('literacy2', 0.9)]] },
];

/** The standards in an order where each comes after those it depends on. */
export const STANDARD_ORDER = ['TC4.1', 'TC4.2', 'TC4.4', 'TC4.3'] as const;

/**
 * The level each standard gives (0 = not reached), or null when a rate its first level needs is
 * missing. The sheet computes the same with native formulas; tests check one against the other.
 */
export function suggestLevels(rates: Record<string, number | null>, hard: boolean): Record<string, number | null> {
  const levels: Record<string, number | null> = {};
  for (const code of STANDARD_ORDER) {
    const standard = PCGD_STANDARDS.find((s) => s.code === code)!;
    const needed = standard.levels[0].flatMap((c) => ('rate' in c ? [c.rate] : []));
    if (needed.some((key) => rates[key] === null || rates[key] === undefined)) {
      levels[code] = null;
      continue;
    }
    const holds = (c: Condition) => ('rate' in c ? (rates[c.rate] ?? -1) >= (hard ? c.minHard : c.min) - 1e-9 : (levels[c.standard] ?? 0) >= c.level);
    let reached = 0;
    for (const conditions of standard.levels) {
      if (!conditions.every(holds)) break;
      reached++;
    }
    levels[code] = reached;
  }
  return levels;
}
