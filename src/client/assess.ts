import { readEntries } from '../core/engine/entries';
import { evaluate, type Evaluation } from '../core/engine/evaluate';
import { warning, type Problem } from '../core/engine/problems';
import { loadRulesetTable } from '../core/ruleset/resolve';
import type { Ruleset } from '../core/ruleset/types';
import type { SidebarState } from '../core/sidebar/protocol';
import type { Draft } from './draft';
import type { DraftEvidence, EvidenceDraft } from './evidence-draft';
import { linkProblem } from './fields';

/**
 * The live assessment: the same core code the sheet's formulas and the reports use, run in the
 * browser on the draft, so results change as the user types with no server round trip.
 */

export interface LoadedRuleset {
  ruleset: Ruleset | null;
  /** Errors make the ruleset unusable; warnings (unverified facts) are shown as notes. */
  problems: Problem[];
}

export function loadRuleset(state: SidebarState): LoadedRuleset {
  return loadRulesetTable(state.rulesetTable);
}

export interface Progress {
  /** Items with a valid value. */
  entered: number;
  /** Items that an item of the evidence list cites (by their code, the indicator they are part of, or their criterion). */
  withEvidence: number;
  total: number;
}

export interface Assessment {
  evaluation: Evaluation;
  progress: Progress;
  /** Invalid values, then doubtful evidence links; blanks are counted in `progress` instead. */
  problems: Problem[];
  /** About the ruleset itself (e.g. unverified cut-offs): shown, but nothing the committee can fix here. */
  notes: Problem[];
  /** The evidence items citing each item, by item code. */
  evidenceOf: Map<string, DraftEvidence[]>;
}

export function assess(state: SidebarState, loaded: LoadedRuleset & { ruleset: Ruleset }, draft: Draft, evidence: EvidenceDraft): Assessment {
  const codes = state.indicators.map((i) => i.code);
  const entries = readEntries(
    codes,
    codes.map((code) => draft.get(code, 'value')),
    loaded.ruleset,
  );
  const evaluation = evaluate(loaded.ruleset, entries.cells, state.difficultArea);
  const links = state.indicators.map((i) => String(draft.get(i.code, 'evidence')));
  const linkWarnings = state.indicators.flatMap((i, index) => {
    const message = linkProblem(i.code, links[index]);
    return message ? [warning(i.code, message)] : [];
  });
  const errors = [...entries.problems, ...evaluation.problems].filter((p) => p.severity === 'error');
  const criterionOf = new Map(loaded.ruleset.criteria.flatMap((c) => c.items.map((i) => [i.code, c.code] as const)));
  const evidenceOf = new Map(evaluation.items.map(({ item }) => [item.code, evidence.citing([item.code, item.partOf ?? '', criterionOf.get(item.code) ?? ''], loaded.ruleset.criteria)] as const));
  return {
    evaluation,
    progress: {
      entered: evaluation.items.length - evaluation.missing.length,
      withEvidence: [...evidenceOf.values()].filter((items) => items.length > 0).length,
      total: evaluation.items.length,
    },
    problems: [...errors, ...linkWarnings],
    notes: loaded.problems,
    evidenceOf,
  };
}
