/**
 * How this build is deployed. A script bound to a commune's sheet (clasp push) shows a top-level
 * "CĐHT" menu; set this to true before publishing as an Editor add-on, whose menu then sits under
 * Tiện ích mở rộng, as Google asks of published add-ons.
 */
export const PUBLISHED_AS_ADDON = false;
