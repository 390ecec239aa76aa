import type { CommuneInfo, ReportNarrative } from './commune';
import { readEntries } from '../engine/entries';
import { evaluate, type Evaluation } from '../engine/evaluate';
import { InputError, error, thrownMessage, type Problem } from '../engine/problems';
import { resolveRuleset } from '../ruleset/resolve';
import type { Ruleset } from '../ruleset/types';
import { cellText } from '../cells/text';
import type { Cell } from '../cells/values';
import { readInfo, readNarrative, readVersion } from './info';
import { readEvidenceList, type EvidenceItem } from './evidence';
import { type IndicatorColumn, indicatorLayout } from './indicator-block';
import { NAMES, type RangeName } from './names';
import { SHEETS } from '../template/layout';

/**
 * The values of a commune workbook's named ranges, however they were read: SpreadsheetApp in the
 * add-on, the Sheets API in the roll-up, a fake in tests. Every consumer assesses from this.
 */
export type WorkbookSnapshot = Partial<Record<RangeName, Cell[][]>>;

/** What a commune wrote beside an indicator's value in "Đánh giá". */
export interface IndicatorEvidence {
  /** "Kết quả thực hiện": what was done, with figures; lines kept (Alt + Enter in the cell). */
  description: string;
  /** Links typed in the row itself rather than in "Danh mục minh chứng" (one or more). */
  links: string;
  /** The body in charge of the indicator's evidence (Phụ trách): for the checklist, never printed. */
  owner: string;
}

export interface CommuneAssessment {
  info: CommuneInfo;
  narrative: ReportNarrative;
  /** The template version the workbook was set up with, or null when it has none. */
  version: number | null;
  ruleset: Ruleset | null;
  /** Null when the ruleset table or the ranges cannot be used; `problems` then says why. */
  evaluation: Evaluation | null;
  evidence: Map<string, IndicatorEvidence>;
  /** "Danh mục minh chứng", in sheet order (empty for a workbook set up before the sheet existed). */
  evidenceList: EvidenceItem[];
  /** Bad cells in "Thông tin", a bad ruleset table, bad or unknown indicator values. */
  problems: Problem[];
}

/** One column of the CDHT_CHI_TIEU block, found under its header, without the header row. */
export function indicatorColumn(snapshot: WorkbookSnapshot, column: IndicatorColumn): Cell[] {
  const block = snapshot[NAMES.indicators] ?? [];
  const layout = indicatorLayout(block);
  return block.slice(layout.firstRow).map((row) => row[layout.columns[column]]);
}
/** Multi-line text: each line as cellText reads it, blank lines dropped (a Date as dd/mm/yyyy). */
const linesText = (cell: Cell) => (typeof cell === 'string' ? cell.split(/\r?\n/).map(cellText).filter(Boolean).join('\n') : cellText(cell));

export function assessWorkbook(snapshot: WorkbookSnapshot): CommuneAssessment {
  const infoBlock = snapshot[NAMES.info] ?? [];
  const { info, problems } = readInfo(infoBlock);
  const narrative = readNarrative(infoBlock);
  const version = readVersion(infoBlock);
  let ruleset: Ruleset | null = null;
  try {
    ruleset = resolveRuleset(snapshot[NAMES.ruleset] ?? info.rulesetId);
  } catch (thrown) {
    problems.push(...(thrown instanceof InputError ? thrown.problems : [error('Bộ tiêu chí', thrownMessage(thrown))]));
  }
  const evidence = new Map<string, IndicatorEvidence>();
  let evaluation: Evaluation | null = null;
  if (ruleset) {
    const entries = readEntries(indicatorColumn(snapshot, 'code'), indicatorColumn(snapshot, 'value'), ruleset);
    const [links, descriptions, owners] = (['evidence', 'description', 'owner'] as const).map((c) => indicatorColumn(snapshot, c));
    entries.rowCodes.forEach((code, row) => {
      if (code) evidence.set(code, { description: linesText(descriptions[row]), links: cellText(links[row]), owner: cellText(owners[row]) });
    });
    evaluation = evaluate(ruleset, entries.cells, info.difficultArea);
    problems.push(...entries.problems, ...evaluation.problems);
  }
  const list = readEvidenceList(snapshot[NAMES.evidence] ?? [], SHEETS.evidence, ruleset?.criteria ?? []);
  problems.push(...list.problems);
  return { info, narrative, version, ruleset, evaluation, evidence, evidenceList: list.items, problems };
}
