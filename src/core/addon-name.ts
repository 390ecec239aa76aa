/**
 * The name users see (sidebar title, dialogs, document creator). Google's add-on style guide
 * ("Add-on name": short, title case, no "Google", "Gmail" or other Google product names such as
 * Sheets, no "add-on") rules out the project's working name "CĐHT Sheets".
 */
export const ADDON_NAME = 'CĐHT Xã';
