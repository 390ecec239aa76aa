import { formatViNumber, formatViPercent } from '../cells/vi-number';
import { RESULT_WORDS } from '../cells/result-words';
import type { Item, LevelId, Ruleset, Threshold } from './types';

/** A PCGD-XMC standard's level (NĐ 20/2014), always named so, never read as a recognition level (Mức độ 1/2). */
export const standardLevel = (level: number): string => `chuẩn mức độ ${formatViNumber(level)}`;

const show = (item: Item, n: number) => (item.kind === 'percent' ? `≥ ${formatViPercent(n)}` : `Chuẩn mức độ ${formatViNumber(n)} trở lên`);

function minFor(threshold: Threshold, difficult: boolean): number {
  return difficult && threshold.minDifficult !== undefined ? threshold.minDifficult : threshold.min;
}

/**
 * What a recognition level requires of an item of a levels ruleset, in words: "Đạt", "≥ 60%",
 * "Chuẩn mức độ 2 trở lên"; "" when the level sets nothing. `difficult: 'both'` names the "vùng khó
 * khăn" minimum too, for the printed sheet. The one wording for the sheet, the sidebar and the dossier.
 */
export function levelRequirementText(item: Item, level: LevelId, difficult: boolean | 'both'): string {
  if (item.kind === 'yesno') return RESULT_WORDS.met;
  const threshold = item.thresholds?.[level];
  if (!threshold) return '';
  if (difficult !== 'both') return show(item, minFor(threshold, difficult));
  const differs = threshold.minDifficult !== undefined && threshold.minDifficult !== threshold.min;
  return differs ? `${show(item, threshold.min)} (vùng khó khăn: ${show(item, minFor(threshold, true))})` : show(item, threshold.min);
}

/** As `levelRequirementText`, or in a points ruleset the item's maximum ("Tối đa 10 điểm"). */
export function requirementText(item: Item, level: LevelId, ruleset: Ruleset, difficult: boolean | 'both'): string {
  if (ruleset.scheme === 'points') return item.max === undefined ? '' : `Tối đa ${formatViNumber(item.max)} điểm`;
  return levelRequirementText(item, level, difficult);
}
