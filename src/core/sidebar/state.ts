import { rulesetToTable } from '../ruleset/table';
import { requirementText } from '../ruleset/requirements';
import { allItems, LEVEL_IDS } from '../ruleset/types';
import type { Cell } from '../cells/values';
import { codeKey } from '../cells/text';
import { INDICATOR_COLUMNS, NAMES } from '../workbook/names';
import { assessWorkbook, type WorkbookSnapshot } from '../workbook/snapshot';
import type { EditableField, JsonCell, SidebarIndicator, SidebarState } from './protocol';

/** The column of the CDHT_CHI_TIEU block holding each editable field. */
export const FIELD_COLUMNS: Record<EditableField, number> = {
  value: INDICATOR_COLUMNS.value,
  evidence: INDICATOR_COLUMNS.evidence,
  description: INDICATOR_COLUMNS.description,
  owner: INDICATOR_COLUMNS.owner,
};

/** A cell as JSON for google.script.run: Dates become ISO strings, blanks "". */
export function toJsonCell(cell: Cell): JsonCell {
  if (cell instanceof Date) return cell.toISOString();
  return cell === null || cell === undefined ? '' : cell;
}

/** Everything the sidebar needs, in one answer. Returns null when the workbook has no usable ruleset. */
export function buildSidebarState(snapshot: WorkbookSnapshot, now: Date): SidebarState | null {
  const { info, ruleset } = assessWorkbook(snapshot);
  if (!ruleset) return null;
  const rows = snapshot[NAMES.indicators] ?? [];
  const rowOf = new Map(rows.map((row, index) => [codeKey(row[INDICATOR_COLUMNS.code]), index] as const));
  const fieldAt = (field: EditableField, code: string): JsonCell => {
    const row = rowOf.get(codeKey(code));
    return row === undefined ? '' : toJsonCell(rows[row][FIELD_COLUMNS[field]]);
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
    loadedAt: now.toISOString(),
  };
}
