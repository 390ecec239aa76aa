/**
 * The named ranges of a commune workbook: the contract between the template, the sidebar, the
 * reports and the roll-up, which reads other communes' workbooks by its first three names only (each
 * named range costs set-up calls and roll-up reads, so there are as few as the layout allows).
 * Renaming one, or moving a column inside one, is a template migration (raise TEMPLATE_VERSION).
 */
export const NAMES = {
  /**
   * "Thông tin", the whole sheet from A1: the fields, the steering committee table, the report's
   * narrative, the last dossier and the template version, all found by their labels in column A.
   */
  info: 'CDHT_THONG_TIN',
  /** "Đánh giá": the indicator rows, columns as INDICATOR_COLUMNS. */
  indicators: 'CDHT_CHI_TIEU',
  /** "Bộ tiêu chí": the ruleset in force, as the table of src/core/ruleset/table.ts. */
  ruleset: 'CDHT_BO_TIEU_CHI',
  /**
   * "Danh mục minh chứng": one row per evidence item, columns as EVIDENCE_COLUMNS. Only the add-on
   * reads it (for the dossier), so a workbook set up before it existed still rolls up.
   */
  evidence: 'CDHT_MINH_CHUNG',
} as const;

export type RangeName = (typeof NAMES)[keyof typeof NAMES];

/** Columns of the CDHT_CHI_TIEU block (0-based), i.e. "Đánh giá" columns A–H. */
export const INDICATOR_COLUMNS = {
  code: 0,
  name: 1,
  requirementMD1: 2,
  requirementMD2: 3,
  value: 4,
  /** Links to evidence not (yet) in "Danh mục minh chứng"; the dossier lists them with codes of their own. */
  evidence: 5,
  /** "Kết quả thực hiện": what was done, with figures, as the Báo cáo tự đánh giá prints it. */
  description: 6,
  owner: 7,
} as const;

export const INDICATOR_WIDTH = 8;
