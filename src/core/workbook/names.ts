/**
 * The named ranges of a commune workbook: the contract between the template, the sidebar, the
 * reports and the roll-up, which reads other communes' workbooks by these names only. Renaming one,
 * or moving a column inside one, is a template migration (raise TEMPLATE_VERSION).
 */
export const NAMES = {
  /** Template version written by set-up, so later versions can migrate a workbook. */
  version: 'CDHT_PHIEN_BAN',
  /** "Thông tin": label/value rows (two columns). */
  info: 'CDHT_THONG_TIN',
  /** "Thông tin": the steering committee table, header row first (Họ và tên, Chức vụ, Vai trò). */
  members: 'CDHT_THANH_VIEN',
  /** "Thông tin": label/value rows of the narrative parts of the reports ("Nội dung báo cáo"). */
  narrative: 'CDHT_NOI_DUNG',
  /** "Thông tin": the last dossier generated (label/value rows: link, time). */
  dossier: 'CDHT_HO_SO',
  /** "Đánh giá": the indicator rows, columns as INDICATOR_COLUMNS. */
  indicators: 'CDHT_CHI_TIEU',
  /** "Bộ tiêu chí": the ruleset in force, as the table of src/core/ruleset/table.ts. */
  ruleset: 'CDHT_BO_TIEU_CHI',
} as const;

export type RangeName = (typeof NAMES)[keyof typeof NAMES];

/** Columns of the CDHT_CHI_TIEU block (0-based), i.e. "Đánh giá" columns A–H. */
export const INDICATOR_COLUMNS = {
  code: 0,
  name: 1,
  requirementMD1: 2,
  requirementMD2: 3,
  value: 4,
  evidence: 5,
  note: 6,
  owner: 7,
} as const;

export const INDICATOR_WIDTH = 8;
