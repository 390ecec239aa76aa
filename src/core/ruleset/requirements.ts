import { formatViNumber, formatViPercent } from '../cells/vi-number';
import type { Item, LevelId, Ruleset, Threshold } from './types';

const show = (item: Item, n: number) => (item.kind === 'percent' ? `≥ ${formatViPercent(n)}` : `Mức độ ${n} trở lên`);

function minFor(threshold: Threshold, difficult: boolean): number {
  return difficult && threshold.minDifficult !== undefined ? threshold.minDifficult : threshold.min;
}

/**
 * What a level requires of an item, in words: "Đạt", "≥ 60%", "Mức độ 2 trở lên", or a points
 * maximum. `difficult: 'both'` names the "vùng khó khăn" minimum too, for the printed sheet.
 */
export function requirementText(item: Item, level: LevelId, ruleset: Ruleset, difficult: boolean | 'both'): string {
  if (ruleset.scheme === 'points') return item.max === undefined ? '' : `Tối đa ${formatViNumber(item.max)} điểm`;
  if (item.kind === 'yesno') return 'Đạt';
  const threshold = item.thresholds?.[level];
  if (!threshold) return '';
  if (difficult !== 'both') return show(item, minFor(threshold, difficult));
  const differs = threshold.minDifficult !== undefined && threshold.minDifficult !== threshold.min;
  return differs ? `${show(item, threshold.min)} (vùng khó khăn: ${show(item, minFor(threshold, true))})` : show(item, threshold.min);
}
