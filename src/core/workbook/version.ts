/**
 * The commune workbook's template version, stored in the CDHT_PHIEN_BAN cell by set-up. Raise it
 * when the layout changes and add the migration; the roll-up names older versions it cannot read.
 */
export const TEMPLATE_VERSION = 1;
