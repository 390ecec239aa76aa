import { BATCH_SIZE, SHEETS_API, readOutcome } from '../core/rollup/sheets-api';
import { PACE_CELL, REGISTER_SHEET } from '../core/rollup/register';
import { readPace } from '../core/rollup/resume';
import type { Cell } from '../core/cells/values';
import { formatViNumber } from '../core/cells/vi-number';
import type { CheckItem, SelfCheckReport } from '../gas/self-check';
import type { ScriptLike, UrlFetchLike } from '../gas/services';
import { CONTINUE_HANDLER } from './update';

/**
 * "Kiểm tra tiện ích" for the roll-up: the workbook's settings, whether the Sheets API answers this
 * project (one small request for the roll-up workbook's own properties), the time-driven triggers
 * and the pace of reading. Nothing is written.
 */

/** Apps Script quota: 20 triggers per user per script (Apps Script quotas page). */
export const TRIGGERS_PER_USER = 20;

export interface RollupProbe {
  getId(): string;
  getSpreadsheetLocale(): string;
  getSpreadsheetTimeZone(): string;
  getSheetByName(name: string): { getRange(row: number, column: number, numRows: number, numColumns: number): { getValues(): Cell[][] } } | null;
}

export function runRollupSelfCheck(spreadsheet: RollupProbe, urlFetch: UrlFetchLike, script: ScriptLike, now: Date): SelfCheckReport {
  const locale = spreadsheet.getSpreadsheetLocale();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const api = apiAnswer(spreadsheet.getId(), urlFetch, script);
  const triggers = script.getProjectTriggers();
  const continuing = triggers.filter((t) => t.getHandlerFunction() === CONTINUE_HANDLER).length;
  // The pace the next update will use: the register's pace cell, or the default.
  const paceCell = spreadsheet.getSheetByName(REGISTER_SHEET)?.getRange(PACE_CELL.row, PACE_CELL.valueColumn, 1, 1).getValues()[0][0] ?? '';
  const pace = readPace(paceCell);
  const items: CheckItem[] = [
    { label: 'Cài đặt bảng tổng hợp', ok: true, detail: `ngôn ngữ ${locale}, múi giờ ${timeZone}` },
    { label: 'API Google Sheets', ok: api.ok, detail: api.detail },
    {
      label: 'Trình kích hoạt',
      ok: triggers.length < TRIGGERS_PER_USER,
      detail: `${triggers.length} trình kích hoạt (${continuing} để tiếp tục cập nhật); Google cho tối đa ${TRIGGERS_PER_USER}.`,
    },
    { label: 'Nhịp đọc', ok: true, detail: `${formatViNumber(pace)} bảng tính mỗi phút (ô "${PACE_CELL.label}" của trang "${REGISTER_SHEET}"), tối đa ${BATCH_SIZE} bảng tính mỗi lượt gửi.` },
  ];
  return {
    items,
    technical: {
      locale,
      timeZone,
      sheetsApi: api.technical,
      triggers: `${triggers.length} (${CONTINUE_HANDLER}: ${continuing})`,
      pace: `${pace} reads/min, batch ${BATCH_SIZE}`,
      checkedAt: now.toISOString(),
    },
  };
}

function apiAnswer(id: string, urlFetch: UrlFetchLike, script: ScriptLike): { ok: boolean; detail: string; technical: string } {
  try {
    const [response] = urlFetch.fetchAll([
      {
        url: `${SHEETS_API}/${encodeURIComponent(id)}?fields=${encodeURIComponent('properties(locale,timeZone)')}`,
        method: 'get',
        headers: { Authorization: `Bearer ${script.getOAuthToken()}` },
        muteHttpExceptions: true,
      },
    ]);
    const code = response.getResponseCode();
    if (code === 200) return { ok: true, detail: 'trả lời bình thường.', technical: '200' };
    const outcome = readOutcome(code, response.getContentText());
    const detail = outcome.kind === 'fatal' ? outcome.message : outcome.kind === 'snapshot' ? '' : outcome.reason;
    return { ok: false, detail, technical: `${code} ${response.getContentText().slice(0, 200)}` };
  } catch (thrown) {
    return { ok: false, detail: `không gọi được (${(thrown as Error).message}).`, technical: `error: ${(thrown as Error).message}` };
  }
}
