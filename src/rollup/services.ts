/**
 * The roll-up's services, all from the one adapter layer in src/gas. The real services fit these
 * types (checked by `liveServices` below, no casts).
 */
import { boundSpreadsheet, clock, docsApi, documentApp, script, scriptLock, scriptProperties, urlFetch } from '../gas/live';
import type { GoogleDocsServices } from '../gas/render-doc';
import type { Clock, LockLike, PropertiesLike, ScriptLike, UrlFetchLike } from '../gas/services';
import type { DataValidationBuilderLike, SpreadsheetLike } from '../gas/spreadsheet';
import type { RollupProbe } from './self-check';

export interface RollupServices {
  /** The Tổng hợp workbook (the one the script is bound to). */
  spreadsheet: SpreadsheetLike;
  urlFetch: UrlFetchLike;
  script: ScriptLike;
  /** Properties of the Tổng hợp workbook's bound script. */
  properties: PropertiesLike;
  /** Script lock: one update at a time, whoever or whatever started it. */
  lock: LockLike;
  clock: Clock;
  newDataValidation(): DataValidationBuilderLike;
}

/** The year's report reads the stored records under the update's lock and writes one Google Doc. */
export type ReportServices = Pick<RollupServices, 'spreadsheet' | 'properties' | 'lock' | 'clock'> & GoogleDocsServices;

/** Script property holding the Tổng hợp spreadsheet's id, for the runs a trigger starts. */
export const SPREADSHEET_ID_KEY = 'CDHT_TONG_HOP_ID';

/**
 * The real services; called inside entry points only, never at module top level. Each works in a
 * trigger as well as from the menu: the spreadsheet by its kept id, the script's properties and
 * lock rather than the document's (null where no document is open). The roll-up is a script bound
 * to one Tổng hợp spreadsheet, so the script's scope is that spreadsheet's.
 */
export function liveServices(): RollupServices {
  return {
    spreadsheet: boundSpreadsheet(SPREADSHEET_ID_KEY),
    urlFetch: urlFetch(),
    script: script(),
    properties: scriptProperties(),
    lock: scriptLock(),
    clock,
    newDataValidation: () => SpreadsheetApp.newDataValidation(),
  };
}

/** The roll-up workbook as the self-check reads it. */
export function liveProbe(): RollupProbe {
  return SpreadsheetApp.getActiveSpreadsheet();
}

export function liveReportServices(): ReportServices {
  return { ...liveServices(), documentApp: documentApp(), docs: docsApi() };
}
