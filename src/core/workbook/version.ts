/**
 * The commune workbook's template version, stored by set-up in the "Phiên bản mẫu" field of "Thông tin". Raise it
 * when the layout changes and add the migration; the roll-up names older versions it cannot read.
 */
export const TEMPLATE_VERSION = 1;
