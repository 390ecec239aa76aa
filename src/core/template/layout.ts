import type { CommuneInfo } from '../workbook/commune';
import { INFO_FIELDS, MEMBER_ROWS, NARRATIVE_FIELDS } from '../workbook/info';
import type { Ruleset } from '../ruleset/types';
import { sheetRef } from './a1';
import { formula, type CellSpec } from './types';

/** Sheet names, as users see them. */
export const SHEETS = {
  guide: 'Hướng dẫn',
  info: 'Thông tin',
  assessment: 'Đánh giá',
  results: 'Kết quả',
  pcgd: 'Số liệu PCGD-XMC',
  units: 'Số liệu theo đơn vị',
  ruleset: 'Bộ tiêu chí',
  evidence: 'Danh mục minh chứng',
} as const;

/**
 * The developer metadata set-up puts on each sheet it owns: it travels with the sheet and survives
 * a rename (Apps Script DeveloperMetadata reference). The key names the sheet's role
 * (`cdht.sheet.info`, the key of SHEETS after the prefix) and there is no value, so reading a
 * sheet's tag costs getKey alone; workbooks set up before carry key SHEET_TAG with the role as value.
 */
export const SHEET_TAG = 'cdht.sheet';

/** The metadata key of the sheet of the given role (a key of SHEETS). */
export const sheetTagKey = (role: string) => `${SHEET_TAG}.${role}`;

/** "Thông tin": fields from row 4, then the members table, the report narrative, the last dossier, the version. */
export const INFO_LAYOUT = (() => {
  const firstField = 4;
  const lastField = firstField + INFO_FIELDS.length - 1;
  const membersTitle = lastField + 2;
  const membersHeader = membersTitle + 1;
  const narrativeTitle = membersHeader + MEMBER_ROWS + 2;
  const firstNarrative = narrativeTitle + 1;
  const dossierTitle = firstNarrative + NARRATIVE_FIELDS.length + 1;
  const firstDossier = dossierTitle + 1;
  return {
    firstField,
    lastField,
    membersTitle,
    membersHeader,
    lastMember: membersHeader + MEMBER_ROWS,
    narrativeTitle,
    firstNarrative,
    lastNarrative: firstNarrative + NARRATIVE_FIELDS.length - 1,
    dossierTitle,
    firstDossier,
    lastDossier: firstDossier + 1,
    version: firstDossier + 3,
  };
})();

/** The value cell of a "Thông tin" field, as a reference other sheets' formulas can use. */
export function infoRef(key: keyof CommuneInfo): string {
  const index = INFO_FIELDS.findIndex((f) => f.key === key);
  return sheetRef(SHEETS.info, `$B$${INFO_LAYOUT.firstField + index}`);
}

/** "Đánh giá": header on row 4, indicator rows (with criterion headings) from row 5. */
export const ASSESSMENT_FIRST_ROW = 5;

/** "Xã Hòa An – năm đánh giá 2025 – Thông tư 25/2023/…", live from "Thông tin". */
export function communeLine(ruleset: Ruleset): CellSpec {
  const name = ruleset.name.replace(/"/g, '""');
  return formula(`${infoRef('commune')}&" – năm đánh giá "&${infoRef('year')}&" – ${name}"`, { style: 'muted' });
}
