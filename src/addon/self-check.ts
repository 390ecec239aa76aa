import { thrownMessage } from '../core/engine/problems';
import { ADDON_NAME } from '../core/addon-name';
import { readVersion } from '../core/workbook/info';
import { NAMES } from '../core/workbook/names';
import { TEMPLATE_VERSION } from '../core/workbook/version';
import { call } from '../core/template/a1';
import type { Cell } from '../core/cells/values';
import type { CheckItem, SelfCheckReport } from '../gas/self-check';
import type { ProbeSheet, ProbeSpreadsheet } from '../gas/spreadsheet';

/**
 * "Kiểm tra tiện ích" for the commune add-on: what no offline test can see, checked in the live
 * spreadsheet. Formulas in the add-on's own syntax (";" between arguments, a whole-number ratio) and
 * one CDHT_* call are written on a temporary hidden sheet, read back, and the sheet is removed
 * whatever happens; no user cell is read except the template version, none is written.
 */

/** The probe: inputs in A1:A2, formulas in B1:B4 with what each must show. */
const PROBE_INPUTS: Cell[][] = [[3], [4]];
const PROBE = [
  { formula: `=${call('IF', 'A1<A2', '"ok"', '"sai"')}`, expected: 'ok' },
  { formula: `=${call('SUM', 'A1', 'A2')}`, expected: 7 },
  { formula: '=A2*95/100', expected: 3.8 },
] as const;
const RATE_PROBE = { formula: `=${call('CDHT_RATE', 'A1', 'A2')}`, expected: 0.75 };

/** Name of the temporary sheet: unlikely to collide with a user's, and dated for whoever finds one left behind. */
export function probeSheetName(now: Date): string {
  return `CDHT kiểm tra ${now.getTime()}`;
}

/** probeSheetName, numbered when a sheet already has that name: a user's sheet is never a reason for the probe to fail. */
function freeProbeName(spreadsheet: ProbeSpreadsheet, now: Date): string {
  const base = probeSheetName(now);
  let name = base;
  for (let n = 2; spreadsheet.getSheetByName(name); n++) name = `${base} (${n})`;
  return name;
}

export function runSelfCheck(spreadsheet: ProbeSpreadsheet, flush: () => void, now: Date): SelfCheckReport {
  const locale = spreadsheet.getSpreadsheetLocale();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const { values, error } = probe(spreadsheet, flush, now);
  const shown = values.map((v) => String(v)).join(' | ');
  // A failed probe has no values: every result is then missing, so none matches.
  const parsed = PROBE.every((p, i) => sameResult(values[i], p.expected));
  const rate = values[PROBE.length];
  const version = templateVersion(spreadsheet);
  const items: CheckItem[] = [
    {
      label: 'Cài đặt bảng tính',
      ok: true,
      detail: `ngôn ngữ ${locale}, múi giờ ${timeZone}${locale === 'vi_VN' ? '' : ' (nên chọn Việt Nam trong Tệp → Cài đặt để ngày và số hiển thị theo kiểu Việt Nam)'}`,
    },
    {
      label: 'Công thức của tiện ích',
      ok: parsed,
      detail: parsed
        ? 'bảng tính đọc được công thức dùng dấu ";" và tỷ lệ số nguyên.'
        : `bảng tính không đọc được công thức thử (${error ?? shown}). Chạy "Thiết lập / sửa mẫu" và xem thông báo; gửi phần thông tin kỹ thuật cho người hỗ trợ.`,
    },
    {
      label: 'Các hàm CDHT_*',
      ok: sameResult(rate, RATE_PROBE.expected),
      detail: error ? 'chưa thử được vì không ghi được công thức thử (xem mục "Công thức của tiện ích").' : rateDetail(rate),
    },
    {
      label: 'Phiên bản mẫu',
      ok: version === TEMPLATE_VERSION,
      detail:
        version === null
          ? 'bảng tính chưa được thiết lập: chạy "Thiết lập / sửa mẫu".'
          : version === TEMPLATE_VERSION
            ? `${version} (mới nhất).`
            : `${version}, tiện ích dùng phiên bản ${TEMPLATE_VERSION}: chạy "Thiết lập / sửa mẫu" để cập nhật (dữ liệu đã nhập được giữ nguyên).`,
    },
  ];
  return {
    items,
    technical: {
      locale,
      timeZone,
      probe: PROBE.map((p) => p.formula).join('  '),
      probeResults: error ? `error: ${error}` : shown,
      rateProbe: `${RATE_PROBE.formula} -> ${String(rate ?? '')}`,
      templateVersion: `${version ?? 'none'} (add-on ${TEMPLATE_VERSION})`,
      checkedAt: now.toISOString(),
    },
  };
}

/** Writes the probe on a new hidden sheet, reads the results and removes the sheet, even on failure. */
function probe(spreadsheet: ProbeSpreadsheet, flush: () => void, now: Date): { values: Cell[]; error: string | null } {
  let sheet: ProbeSheet | null = null;
  try {
    sheet = spreadsheet.insertSheet(freeProbeName(spreadsheet, now), spreadsheet.getSheets().length);
    sheet.hideSheet();
    sheet.getRange(1, 1, 2, 1).setValues(PROBE_INPUTS);
    const formulas = [...PROBE, RATE_PROBE].map((p) => [p.formula]);
    const results = sheet.getRange(1, 2, formulas.length, 1);
    results.setValues(formulas);
    flush();
    return { values: results.getValues().map((row) => row[0]), error: null };
  } catch (thrown) {
    return { values: [], error: thrownMessage(thrown) };
  } finally {
    if (sheet) spreadsheet.deleteSheet(sheet);
  }
}

/** Numbers compared to 1e-9 (3.8 may come back as 3.8000000000000003). */
function sameResult(value: Cell | undefined, expected: string | number): boolean {
  return typeof expected === 'number' ? typeof value === 'number' && Math.abs(value - expected) < 1e-9 : value === expected;
}

function rateDetail(value: Cell | undefined): string {
  if (sameResult(value, RATE_PROBE.expected)) return 'CDHT_RATE trả lời đúng.';
  if (value === '#NAME?') return `bảng tính không tìm thấy hàm CDHT_RATE: tiện ích chưa được bật cho bảng tính này (Tiện ích mở rộng → ${ADDON_NAME}) hoặc chưa được cấp quyền.`;
  if (typeof value === 'string' && /^Loading|^Đang tải/i.test(value)) return 'hàm chưa trả lời kịp; chạy lại kiểm tra sau ít giây.';
  return `CDHT_RATE trả về "${String(value ?? '')}" thay vì 75%.`;
}

function templateVersion(spreadsheet: ProbeSpreadsheet): number | null {
  const range = spreadsheet.getRangeByName(NAMES.info);
  return range ? readVersion(range.getValues()) : null;
}
