/**
 * The named ranges of a commune workbook: the contract between the template, the formulas, the
 * sidebar, the reports and the roll-up, which reads other communes' workbooks by these names only.
 * Renaming one is a template migration.
 */
export const NAMES = {
  /** Template version written by set-up, so later versions can migrate a workbook. */
  version: 'CDHT_PHIEN_BAN',
  /** "Thông tin": label/value rows (two columns). */
  info: 'CDHT_THONG_TIN',
  /** "Thông tin": the steering committee table (Họ và tên, Chức vụ, Vai trò). */
  members: 'CDHT_THANH_VIEN',
  /** "Thông tin": the "xã thuộc vùng khó khăn" cell, passed to every formula. */
  difficult: 'CDHT_VUNG_KHO_KHAN',
  /** "Đánh giá": the code column and the value column of the indicator rows. */
  codes: 'CDHT_MA',
  values: 'CDHT_GIA_TRI',
  /** "Đánh giá": evidence links, evidence notes, and the body in charge, aligned with the codes. */
  evidence: 'CDHT_MINH_CHUNG',
  evidenceNote: 'CDHT_GHI_CHU',
  owner: 'CDHT_PHU_TRACH',
  /** "Bộ tiêu chí": the ruleset in force, as the table of src/core/ruleset/table.ts. */
  ruleset: 'CDHT_BO_TIEU_CHI',
  /** "Nội dung báo cáo": label/value rows of the narrative parts. */
  narrative: 'CDHT_NOI_DUNG',
} as const;

export type RangeName = (typeof NAMES)[keyof typeof NAMES];
