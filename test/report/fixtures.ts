/**
 * Communes for the dossier tests: the sample commune as its workbook reads (assessWorkbook), and
 * variants of it built by re-evaluating changed values, so the tests do not depend on where the
 * template puts its cells.
 */
import type { CommuneInfo, ReportNarrative } from '../../src/core/commune';
import { evaluate } from '../../src/core/evaluate';
import { lower } from '../../src/core/report/layout';
import type { Block, ParagraphBlock, PrimitiveBlock, ReportDocument, Run } from '../../src/core/report/model';
import { SAMPLE_TT25_ROWS, SAMPLE_TT44_ROWS, sampleSnapshot } from '../../src/core/sample';
import type { Cell } from '../../src/core/values';
import { assessWorkbook, type CommuneAssessment } from '../../src/core/workbook/snapshot';

/** The day the tests "make" the dossier: 05/03/2026. */
export const TODAY = new Date(2026, 2, 5);

export function sample(rulesetId: 'TT25' | 'TT44'): CommuneAssessment {
  return assessWorkbook(sampleSnapshot(rulesetId));
}

/** The sample with some indicator values replaced (a blank string clears one). */
export function withValues(
  rulesetId: 'TT25' | 'TT44',
  changes: Record<string, Cell>,
  info: Partial<CommuneInfo> = {},
): CommuneAssessment {
  const base = sample(rulesetId);
  const rows = rulesetId === 'TT25' ? SAMPLE_TT25_ROWS : SAMPLE_TT44_ROWS;
  const cells = new Map<string, Cell>(rows.filter(([, v]) => v !== '').map(([code, v]) => [code, v]));
  for (const [code, value] of Object.entries(changes)) cells.set(code, value);
  const merged = { ...base.info, ...info };
  const evaluation = evaluate(base.ruleset!, cells, merged.difficultArea);
  return { ...base, info: merged, evaluation, problems: evaluation.problems };
}

export function withInfo(assessment: CommuneAssessment, info: Partial<CommuneInfo>): CommuneAssessment {
  return { ...assessment, info: { ...assessment.info, ...info } };
}

export function withNarrative(assessment: CommuneAssessment, narrative: Partial<ReportNarrative>): CommuneAssessment {
  return { ...assessment, narrative: { ...assessment.narrative, ...narrative } };
}

export const runText = (runs: Run[]) => runs.map((r) => r.text).join('');

/** Every paragraph of a document, in the cells of its tables too, as laid out. */
export function paragraphs(doc: ReportDocument): ParagraphBlock[] {
  return lower(doc.blocks).flatMap((b: PrimitiveBlock): ParagraphBlock[] => {
    if (b.kind === 'paragraph') return [b];
    if (b.kind !== 'table') return [];
    return b.rows.flatMap((row) =>
      row.cells.flatMap((cell) => ('blocks' in cell ? cell.blocks.filter((x): x is ParagraphBlock => x.kind === 'paragraph') : [])),
    );
  });
}

export function blocksOf<K extends Block['kind']>(doc: ReportDocument, kind: K): Extract<Block, { kind: K }>[] {
  return doc.blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
}

export function byKind(documents: ReportDocument[], kind: ReportDocument['kind']): ReportDocument {
  const doc = documents.find((d) => d.kind === kind);
  if (!doc) throw new Error(`No ${kind} document in ${documents.map((d) => d.kind).join(', ')}`);
  return doc;
}
