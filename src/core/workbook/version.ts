/**
 * The commune workbook's template version, written beside "Phiên bản mẫu" in "Thông tin" by
 * set-up. Raise it when the layout changes and add the migration; the roll-up names versions it
 * cannot read. Version 2: the CDHT_CHI_TIEU block starts with its header row, and readers find its
 * columns by header (version 1 blocks, without it, still read).
 */
export const TEMPLATE_VERSION = 2;
