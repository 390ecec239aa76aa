import { rulesetToTable } from '../ruleset/table';
import { requirementText } from '../ruleset/requirements';
import { allItems, LEVEL_IDS } from '../ruleset/types';
import type { Cell } from '../cells/values';
import { codeKey } from '../cells/text';
import { formatViDate } from '../cells/vi-date';
import { indicatorLayout } from '../workbook/indicator-block';
import { NAMES } from '../workbook/names';
import { assessWorkbook, type WorkbookSnapshot } from '../workbook/snapshot';
import { evidenceText } from '../workbook/evidence';
import { EVIDENCE_FIELDS, type EditableField, type EvidenceFields, type JsonCell, type SidebarEvidence, type SidebarIndicator, type SidebarState } from './protocol';

/**
 * Where the sidebar's fields are in a CDHT_CHI_TIEU block: the row of each code (indexes into the
 * block, header included) and the column of each editable field, found under its header.
 */
export function fieldCells(block: Cell[][]): { rowOf: Map<string, number>; column: Record<EditableField, number> } {
  const { firstRow, columns } = indicatorLayout(block);
  const rowOf = new Map<string, number>();
  block.forEach((row, index) => {
    const code = codeKey(row[columns.code]);
    if (index >= firstRow && code && !rowOf.has(code)) rowOf.set(code, index);
  });
  return { rowOf, column: { value: columns.value, evidence: columns.evidence, description: columns.description, owner: columns.owner } };
}

/**
 * A cell as JSON for google.script.run, as the sheet shows it: a Date (which cannot cross) becomes
 * dd/mm/yyyy, the text a person sees and would type, never an ISO time (15/01/2025 is
 * "2025-01-14T17:00:00.000Z" in UTC); blanks "". Loading and "Lưu" read cells alike, so a saved
 * edit compares with the same text it was loaded as.
 */
export function toJsonCell(cell: Cell): JsonCell {
  if (cell instanceof Date) return formatViDate(cell);
  return cell === null || cell === undefined ? '' : cell;
}

/** A "Danh mục minh chứng" row as text, columns in EVIDENCE_FIELDS order. */
export function evidenceFields(cells: readonly Cell[]): EvidenceFields {
  return Object.fromEntries(EVIDENCE_FIELDS.map((field, c) => [field, evidenceText(cells[c])])) as EvidenceFields;
}

/** The non-blank rows of a CDHT_MINH_CHUNG block (header first), each with its index in the block. */
export function evidenceRows(block: readonly Cell[][]): SidebarEvidence[] {
  return block.flatMap((cells, row) => {
    const fields = evidenceFields(cells);
    return row > 0 && EVIDENCE_FIELDS.some((f) => fields[f] !== '') ? [{ row, fields }] : [];
  });
}

/** Everything the sidebar needs, in one answer. Returns null when the workbook has no usable ruleset. */
export function buildSidebarState(snapshot: WorkbookSnapshot, now: Date): SidebarState | null {
  const { info, ruleset } = assessWorkbook(snapshot);
  if (!ruleset) return null;
  const rows = snapshot[NAMES.indicators] ?? [];
  const { rowOf, column } = fieldCells(rows);
  const fieldAt = (field: EditableField, code: string): JsonCell => {
    const row = rowOf.get(codeKey(code));
    return row === undefined ? '' : toJsonCell(rows[row][column[field]]);
  };
  const criterionOf = new Map(ruleset.criteria.flatMap((c) => c.items.map((i) => [i.code, c.code] as const)));
  const indicators = allItems(ruleset).map(
    (item): SidebarIndicator => ({
      code: item.code,
      criterion: criterionOf.get(item.code) ?? '',
      name: item.name,
      kind: item.kind,
      requirements: {
        MD1: requirementText(item, LEVEL_IDS[0], ruleset, info.difficultArea),
        MD2: requirementText(item, LEVEL_IDS[1], ruleset, info.difficultArea),
      },
      ...(item.max === undefined ? {} : { max: item.max }),
      fields: { value: fieldAt('value', item.code), evidence: fieldAt('evidence', item.code), description: fieldAt('description', item.code), owner: fieldAt('owner', item.code) },
    }),
  );
  return {
    commune: info.commune,
    year: info.year,
    difficultArea: info.difficultArea,
    rulesetTable: (snapshot[NAMES.ruleset] ?? rulesetToTable(ruleset)).map((row) => row.map(toJsonCell)),
    indicators,
    evidence: evidenceRows(snapshot[NAMES.evidence] ?? []),
    loadedAt: now.toISOString(),
  };
}
