/**
 * The Apps Script services both projects use, other than the Spreadsheet service
 * (src/gas/spreadsheet.ts) and DocumentApp (src/gas/render-doc.ts), narrowed from
 * @types/google-apps-script to the methods called. src/gas/live.ts assigns the real services to
 * these types without a cast, so the compiler checks them; tests pass the fakes in test/fakes/.
 * Methods, not function properties, so that a fake's narrower parameter types are accepted.
 */

/** LockService's document lock. */
export interface LockLike {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

/** PropertiesService's document (or script) properties: strings by key. */
export interface PropertiesLike {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): unknown;
  deleteProperty(key: string): unknown;
}

/** Time, so that tests can run Apps Script's 6-minute limit in no time. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  sleep(milliseconds: number): void;
}

export interface MenuLike {
  addItem(caption: string, functionName: string): MenuLike;
  addSeparator(): MenuLike;
  addToUi(): void;
}

/** The part of the spreadsheet's Ui that builds menus (allowed in AuthMode.NONE). */
export interface MenuUi {
  createMenu(caption: string): MenuLike;
  createAddonMenu(): MenuLike;
}

export type HttpResponseLike = Pick<GoogleAppsScript.URL_Fetch.HTTPResponse, 'getResponseCode' | 'getContentText'>;

export interface UrlFetchLike {
  fetchAll(requests: GoogleAppsScript.URL_Fetch.URLFetchRequest[]): HttpResponseLike[];
}

export interface TriggerLike {
  getHandlerFunction(): string;
}

/** ScriptApp: the user's OAuth token (for the Sheets API) and time-driven triggers. */
export interface ScriptLike {
  getOAuthToken(): string;
  getProjectTriggers(): TriggerLike[];
  deleteTrigger(trigger: TriggerLike): void;
  newTrigger(functionName: string): { timeBased(): { after(durationMilliseconds: number): { create(): unknown } } };
}

/** What a menu action asks and shows; only a person's run has one (a trigger has no UI). */
export interface DialogUi {
  alert(title: string, message: string): void;
  /** True when the person answered "Có" (Yes). */
  confirm(title: string, message: string): boolean;
  /** The text typed, or null when the person cancelled or closed the prompt. */
  prompt(title: string, message: string): string | null;
  /** A modal dialog with prepared (escaped) HTML. */
  showDialog(title: string, html: string): void;
}
