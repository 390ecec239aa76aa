/**
 * "Kiểm tra tiện ích" (src/addon/self-check.ts) against a healthy and a broken fake sheet. The
 * fake has no formula engine: a healthy sheet's results for the probe are given by hand below, as
 * Sheets would compute them (3 and 4 in A1:A2).
 */
import { describe, expect, it } from 'vitest';
import { probeSheetName, runSelfCheck } from '../../src/addon/self-check';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { selfCheckLines } from '../../src/gas/self-check';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';
import type { Cell } from '../../src/core/cells/values';
import { TEMPLATE_VERSION } from '../../src/core/workbook/version';

const NOW = new Date(2026, 10, 29, 9, 30);

/** What a healthy sheet computes for the probe's formulas (3 in A1, 4 in A2). */
const HEALTHY: Record<string, Cell> = {
  '=IF(A1<A2;"ok";"sai")': 'ok',
  '=SUM(A1;A2)': 7,
  '=A2*95/100': 3.8000000000000003,
  '=CDHT_RATE(A1;A2)': 0.75,
};

function workbook(settings: ConstructorParameters<typeof FakeSpreadsheet>[1] = {}): FakeSpreadsheet {
  const ss = new FakeSpreadsheet('Trang tính1', settings);
  setupWorkbook(ss, fakeFactories(ss.log), NOW);
  ss.sheet('Đánh giá').type('E6', 'Đạt');
  return ss;
}

function check(ss: FakeSpreadsheet) {
  const before = JSON.stringify(ss.state());
  let flushed = 0;
  const report = runSelfCheck(ss, () => flushed++, NOW);
  // Never touches user data: every sheet as it was, the probe sheet gone.
  expect(JSON.stringify(ss.state())).toBe(before);
  return { report, flushed, text: selfCheckLines(report).map((l) => l.text) };
}

describe('a healthy sheet', () => {
  it('reports every check passed, with locale, time zone and template version, and leaves no trace', () => {
    const ss = workbook();
    ss.evaluate = (formula) => HEALTHY[formula] ?? '';
    ss.log.reset();
    const { report, flushed, text } = check(ss);
    expect(report.items.map((i) => [i.label, i.ok])).toEqual([
      ['Cài đặt bảng tính', true],
      ['Công thức của tiện ích', true],
      ['Các hàm CDHT_*', true],
      ['Phiên bản mẫu', true],
    ]);
    expect(text[0]).toBe('Tiện ích hoạt động bình thường trên bảng tính này.');
    expect(text[1]).toBe('✔ Cài đặt bảng tính: ngôn ngữ vi_VN, múi giờ Asia/Ho_Chi_Minh');
    expect(report.technical).toMatchObject({ locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh', templateVersion: `${TEMPLATE_VERSION} (add-on ${TEMPLATE_VERSION})` });
    expect(flushed).toBe(1);
    // The probe ran on a hidden sheet that was then removed.
    expect(ss.log.calls.filter((c) => /insertSheet|hideSheet|deleteSheet/.test(c))).toEqual(['Spreadsheet.insertSheet', 'Sheet.hideSheet', 'Spreadsheet.deleteSheet']);
  });
});

describe('a broken sheet', () => {
  it('a locale whose parser refuses the probe: names the failure and suggests the setting', () => {
    const ss = workbook({ locale: 'de_DE' });
    ss.parse = (formula) => (formula.includes(';') ? 'refused' : null);
    ss.evaluate = (formula) => HEALTHY[formula] ?? '';
    const { report, text } = check(ss);
    const formulas = report.items.find((i) => i.label === 'Công thức của tiện ích')!;
    expect(formulas.ok).toBe(false);
    expect(formulas.detail).toContain('#ERROR!');
    expect(report.items.find((i) => i.label === 'Các hàm CDHT_*')!.ok).toBe(false);
    expect(text[0]).toBe('Có 2 mục cần xem lại (đánh dấu ✘).');
    expect(text[1]).toContain('nên chọn Việt Nam');
    expect(report.technical.probeResults).toContain('#ERROR!');
  });

  it('CDHT_* functions not available (#NAME?) and a sheet never set up', () => {
    const ss = new FakeSpreadsheet();
    ss.evaluate = (formula) => (formula.startsWith('=CDHT_') ? '#NAME?' : (HEALTHY[formula] ?? ''));
    const { report } = check(ss);
    expect(report.items.map((i) => i.ok)).toEqual([true, true, false, false]);
    expect(report.items[2].detail).toMatch(/không tìm thấy hàm CDHT_RATE/);
    expect(report.items[3].detail).toMatch(/chưa được thiết lập/);
    expect(report.technical.templateVersion).toBe(`none (add-on ${TEMPLATE_VERSION})`);
  });

  it('an older template version asks for a repair', () => {
    const ss = workbook();
    ss.evaluate = (formula) => HEALTHY[formula] ?? '';
    const info = ss.getRangeByName('CDHT_THONG_TIN')!;
    const rows = info.getValues();
    const versionRow = rows.findIndex((r) => r[1] === TEMPLATE_VERSION && String(r[0]).startsWith('Phiên bản'));
    expect(versionRow).toBeGreaterThan(0);
    ss.sheet('Thông tin').type(`B${versionRow + 1}`, TEMPLATE_VERSION - 1);
    const { report } = check(ss);
    expect(report.items[3]).toMatchObject({ ok: false });
    expect(report.items[3].detail).toBe(`${TEMPLATE_VERSION - 1}, tiện ích dùng phiên bản ${TEMPLATE_VERSION}: chạy "Thiết lập / sửa mẫu" để cập nhật (dữ liệu đã nhập được giữ nguyên).`);
  });

  it('a probe that fails half-way still removes its sheet and reports the error', () => {
    const ss = workbook();
    const insert = ss.insertSheet.bind(ss);
    ss.insertSheet = (name: string, index: number) => {
      const sheet = insert(name, index);
      sheet.getRange = () => {
        throw new Error('You do not have permission to access the requested document.');
      };
      return sheet;
    };
    const { report } = check(ss);
    expect(report.items[1].ok).toBe(false);
    expect(report.technical.probeResults).toBe('error: You do not have permission to access the requested document.');
    // CDHT_RATE was never called: the report must not say what it returned.
    expect(report.items[2]).toEqual({ label: 'Các hàm CDHT_*', ok: false, detail: 'chưa thử được vì không ghi được công thức thử (xem mục "Công thức của tiện ích").' });
  });

  it('a sheet of the user already named as the probe sheet: kept as it is, and the probe runs beside it', () => {
    const ss = workbook();
    ss.evaluate = (formula) => HEALTHY[formula] ?? '';
    ss.insertSheet(probeSheetName(NOW), 0).getRange(1, 1, 1, 1).setValue('ghi chú của xã');
    const { report } = check(ss);
    expect(report.items.map((i) => i.ok)).toEqual([true, true, true, true]);
    expect(report.technical.probeResults).toBe('ok | 7 | 3.8000000000000003 | 0.75');
  });
});
