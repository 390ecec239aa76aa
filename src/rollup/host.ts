/**
 * What every roll-up entry point needs from the run it is in, whether a person chose a menu item
 * or a time-driven trigger called it (see /work/shared/notes/google-behaviours.md, "Triggers, UI,
 * authorization"): in a trigger SpreadsheetApp.getUi() throws and reports disagree on whether
 * getActiveSpreadsheet() returns the host. So the spreadsheet is opened by the id a menu run
 * kept, and a message reaches a person only when one is there; the sheet itself says the rest.
 */

/** Script property holding the Tổng hợp spreadsheet's id, written by every run that has it open. */
export const SPREADSHEET_ID_KEY = 'CDHT_TONG_HOP_ID';

/**
 * The Tổng hợp spreadsheet: the open one in a menu run (its id is kept, so a copy of the
 * spreadsheet with its bound script keeps its own), else opened by the kept id.
 * Throws, in Vietnamese, when neither exists (a trigger created by hand before any menu run).
 */
export function hostSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const properties = PropertiesService.getScriptProperties();
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) {
    const id = active.getId();
    if (properties.getProperty(SPREADSHEET_ID_KEY) !== id) properties.setProperty(SPREADSHEET_ID_KEY, id);
    return active;
  }
  const id = properties.getProperty(SPREADSHEET_ID_KEY);
  if (!id) throw new Error('Chưa biết bảng tổng hợp nào: hãy mở bảng tổng hợp và bấm CĐHT Tổng hợp › Cập nhật tổng hợp một lần.');
  return SpreadsheetApp.openById(id);
}

/**
 * Shows `message` to the person who chose the menu item. In a trigger nobody is there and
 * getUi() throws: the message is dropped, and the caller has already written its outcome to the
 * sheet. Takes the message, never a call: work must not depend on a UI being there.
 */
export function tellPerson(message: string): void {
  let ui: GoogleAppsScript.Base.Ui;
  try {
    ui = SpreadsheetApp.getUi();
  } catch {
    return;
  }
  ui.alert(message);
}
