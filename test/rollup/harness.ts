/** The roll-up's services, all fake, wired together as Apps Script wires the real ones. */
import type { RollupServices } from '../../src/rollup/services';
import { setUpWorkbook } from '../../src/rollup/setup';
import { REGISTER_SHEET } from '../../src/core/rollup/register';
import { widest } from '../../src/core/rollup/grid';
import type { Cell } from '../../src/core/cells/values';
import type { WorkbookSnapshot } from '../../src/core/workbook/snapshot';
import { FakeSpreadsheet, fakeDataValidation } from '../fakes/spreadsheet';
import { FakeClock } from '../fakes/clock';
import { FakeProperties } from '../fakes/properties';
import { FakeLock } from '../fakes/lock';
import { FakeScriptApp } from '../fakes/script-app';
import { FakeSheetsApi } from '../fakes/sheets-api';
import { FakeUrlFetch } from '../fakes/url-fetch';

export function harness(latencyMs = 2_000) {
  const clock = new FakeClock();
  const script = new FakeScriptApp();
  const api = new FakeSheetsApi(script.token);
  const urlFetch = new FakeUrlFetch(api.respond, clock, latencyMs);
  const spreadsheet = new FakeSpreadsheet();
  const properties = new FakeProperties();
  const lock = new FakeLock();
  const services: RollupServices = { spreadsheet, urlFetch, script, properties, lock, clock, newDataValidation: () => fakeDataValidation(spreadsheet.log) };
  return {
    clock,
    script,
    api,
    urlFetch,
    spreadsheet,
    properties,
    lock,
    services,
    /** Set-up, then the register rows under the header. */
    register(rows: Cell[][]) {
      setUpWorkbook(services);
      const sheet = spreadsheet.sheet(REGISTER_SHEET);
      const width = widest(rows, 1);
      sheet.getRange(2, 1, rows.length, width).setValues(rows.map((r) => [...r, ...new Array(width - r.length).fill('')]));
      return sheet;
    },
    workbook(id: string, snapshot: WorkbookSnapshot, tooManyRequests = 0) {
      api.files.set(id, { kind: 'workbook', ranges: snapshot as Record<string, Cell[][]>, tooManyRequests });
    },
  };
}

export const sheetLink = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`;

/** A spreadsheet id as Google makes them: 44 characters. */
export const fakeId = (n: number | string) => `1${String(n).padStart(6, '0')}${'A'.repeat(37)}`;
