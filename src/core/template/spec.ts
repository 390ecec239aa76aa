import type { Ruleset } from '../ruleset/types';
import { NAMES } from '../workbook/names';
import { TEMPLATE_VERSION } from '../workbook/version';
import { rangeA1 } from './a1';
import { assessmentSheet, indicatorBlock } from './assessment-sheet';
import { guideSheet } from './guide-sheet';
import { infoSheet } from './info-sheet';
import { INFO_LAYOUT, SHEETS } from './layout';
import { pcgdSheet } from './pcgd-sheet';
import { resultsSheet } from './results-sheet';
import { RULESET_RANGE, rulesetSheet } from './ruleset-sheet';
import type { WorkbookSpec } from './types';

/** The whole commune workbook for a ruleset: every sheet, and the named ranges others read. */
export function workbookSpec(ruleset: Ruleset): WorkbookSpec {
  const L = INFO_LAYOUT;
  return {
    version: TEMPLATE_VERSION,
    sheets: [guideSheet(), infoSheet(), assessmentSheet(ruleset), resultsSheet(ruleset), pcgdSheet(), rulesetSheet(ruleset)],
    namedRanges: [
      { name: NAMES.version, sheet: SHEETS.info, range: `B${L.version}` },
      { name: NAMES.info, sheet: SHEETS.info, range: rangeA1(L.firstField, 1, L.lastField - L.firstField + 1, 2) },
      { name: NAMES.members, sheet: SHEETS.info, range: rangeA1(L.membersHeader, 1, L.lastMember - L.membersHeader + 1, 3) },
      { name: NAMES.narrative, sheet: SHEETS.info, range: rangeA1(L.firstNarrative, 1, L.lastNarrative - L.firstNarrative + 1, 2) },
      { name: NAMES.dossier, sheet: SHEETS.info, range: rangeA1(L.firstDossier, 1, 2, 2) },
      { name: NAMES.indicators, sheet: SHEETS.assessment, range: indicatorBlock(ruleset) },
      { name: NAMES.ruleset, sheet: SHEETS.ruleset, range: RULESET_RANGE },
    ],
  };
}
