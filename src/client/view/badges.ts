/// <reference lib="dom" />
import { OUTCOME_LABELS, type LevelOutcomes, type Outcome } from '../../core/engine/evaluate';
import { LEVEL_IDS, LEVEL_LABELS } from '../../core/ruleset/types';
import { el, fill } from '../dom';

/** The colour classes match the outcome ids: .met green, .not_met red, .missing amber. */
export function outcomeBadge(outcome: Outcome, level: string): HTMLElement {
  return el('span', { class: `outcome ${outcome}`, attrs: { 'data-level': level } }, OUTCOME_LABELS[outcome]);
}

/** "Mức độ 1 [Đạt]  Mức độ 2 [Không đạt]" for an indicator or a criterion. */
export function fillLevels(target: HTMLElement, byLevel: LevelOutcomes | undefined): void {
  fill(target, ...LEVEL_IDS.map((level) => el('span', { class: 'level' }, el('span', { class: 'level-label' }, LEVEL_LABELS[level]), outcomeBadge(byLevel?.[level] ?? 'missing', level))));
}
