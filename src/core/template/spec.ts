import type { Ruleset } from '../ruleset/types';
import { NAMES } from '../workbook/names';
import { TEMPLATE_VERSION } from '../workbook/version';
import { rangeA1 } from './a1';
import { assessmentSheet, indicatorBlock } from './assessment-sheet';
import { EVIDENCE_RANGE, evidenceSheet } from './evidence-sheet';
import { guideSheet } from './guide-sheet';
import { infoSheet } from './info-sheet';
import { INFO_LAYOUT, SHEETS } from './layout';
import { pcgdSheet } from './pcgd-sheet';
import { resultsSheet } from './results-sheet';
import { RULESET_RANGE, rulesetSheet } from './ruleset-sheet';
import type { WorkbookSpec } from './types';
import { percentItems, unitsSheet } from './units-sheet';

/** The whole commune workbook for a ruleset: every sheet, and the named ranges others read. */
export function workbookSpec(ruleset: Ruleset): WorkbookSpec {
  const L = INFO_LAYOUT;
  return {
    version: TEMPLATE_VERSION,
    sheets: [
      guideSheet(),
      infoSheet(),
      assessmentSheet(ruleset),
      evidenceSheet(),
      resultsSheet(ruleset),
      pcgdSheet(),
      // Only a ruleset with percent indicators has counts to enter (TT44 has none).
      ...(percentItems(ruleset).length > 0 ? [unitsSheet(ruleset)] : []),
      rulesetSheet(ruleset),
    ],
    namedRanges: [
      { name: NAMES.info, sheet: SHEETS.info, range: rangeA1(1, 1, L.version, 3) },
      { name: NAMES.indicators, sheet: SHEETS.assessment, range: indicatorBlock(ruleset) },
      { name: NAMES.ruleset, sheet: SHEETS.ruleset, range: RULESET_RANGE, grows: true },
      { name: NAMES.evidence, sheet: SHEETS.evidence, range: EVIDENCE_RANGE, grows: true },
    ],
  };
}
