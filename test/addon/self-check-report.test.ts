/**
 * The add-on's "Kiểm tra tiện ích" report (src/addon/self-check.ts) whole: every line the commune
 * reads and every technical entry, for each way a check can end, and where the probe is written.
 * The fake has no formula engine: what a sheet computes for each probe formula is given by hand
 * (3 in A1, 4 in A2). Expected texts typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { probeSheetName, runSelfCheck } from '../../src/addon/self-check';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { selfCheckLines } from '../../src/gas/self-check';
import type { Cell } from '../../src/core/cells/values';
import { FakeSpreadsheet, fakeFactories, type FakeSheet } from '../fakes/spreadsheet';

const NOW = new Date(Date.UTC(2026, 10, 29, 2, 30));
const HEALTHY: Record<string, Cell> = { '=IF(A1<A2;"ok";"sai")': 'ok', '=SUM(A1;A2)': 7, '=A2*95/100': 3.8000000000000003, '=CDHT_RATE(A1;A2)': 0.75 };
const PROBE = 'probe: =IF(A1<A2;"ok";"sai")  =SUM(A1;A2)  =A2*95/100';
const REPAIR = 'Chạy "Thiết lập / sửa mẫu" và xem thông báo; gửi phần thông tin kỹ thuật cho người hỗ trợ.';

function setUp(settings: ConstructorParameters<typeof FakeSpreadsheet>[1] = {}): FakeSpreadsheet {
  const ss = new FakeSpreadsheet('Trang tính1', settings);
  setupWorkbook(ss, fakeFactories(ss.log), NOW);
  return ss;
}

/** The report's lines, and the probe sheet as it was when removed. */
function check(ss: FakeSpreadsheet, evaluate: (formula: string) => Cell) {
  ss.evaluate = evaluate;
  let probe: FakeSheet | null = null;
  const insert = ss.insertSheet.bind(ss);
  ss.insertSheet = (name: string, index: number) => {
    probe = insert(name, index);
    return probe;
  };
  const lines = selfCheckLines(runSelfCheck(ss, () => {}, NOW)).map((l) => l.text);
  return { lines, probe: probe as FakeSheet | null };
}

describe('the add-on self-check, every line', () => {
  it('healthy: the probe on a hidden sheet named with the time, inputs in A1:A2, formulas in B1:B4', () => {
    const ss = setUp();
    const sheets = ss.sheets.length;
    const { lines, probe } = check(ss, (f) => HEALTHY[f] ?? '');
    expect(lines).toEqual([
      'Tiện ích hoạt động bình thường trên bảng tính này.',
      '✔ Cài đặt bảng tính: ngôn ngữ vi_VN, múi giờ Asia/Ho_Chi_Minh',
      '✔ Công thức của tiện ích: bảng tính đọc được công thức dùng dấu ";" và tỷ lệ số nguyên.',
      '✔ Các hàm CDHT_*: CDHT_RATE trả lời đúng.',
      '✔ Phiên bản mẫu: 2 (mới nhất).',
      'Thông tin kỹ thuật (sao chép và gửi cho người hỗ trợ nếu cần):',
      'locale: vi_VN',
      'timeZone: Asia/Ho_Chi_Minh',
      PROBE,
      'probeResults: ok | 7 | 3.8000000000000003 | 0.75',
      'rateProbe: =CDHT_RATE(A1;A2) -> 0.75',
      'templateVersion: 2 (add-on 2)',
      'checkedAt: 2026-11-29T02:30:00.000Z',
    ]);
    expect(probe?.name).toBe(probeSheetName(NOW));
    expect(probe?.name).toBe(`CDHT kiểm tra ${NOW.getTime()}`);
    expect(probe?.hidden).toBe(true);
    expect(probe?.values()).toEqual([
      [3, '=IF(A1<A2;"ok";"sai")'],
      [4, '=SUM(A1;A2)'],
      ['', '=A2*95/100'],
      ['', '=CDHT_RATE(A1;A2)'],
    ]);
    expect(ss.sheets.length).toBe(sheets);
  });

  it('a German sheet refusing ";": the setting suggested, both the formulas and CDHT_RATE named', () => {
    const ss = setUp({ locale: 'de_DE', timeZone: 'Europe/Berlin' });
    ss.parse = (formula) => (formula.includes(';') ? 'refused' : null);
    const { lines } = check(ss, (f) => HEALTHY[f] ?? '');
    expect(lines.slice(0, 5)).toEqual([
      'Có 2 mục cần xem lại (đánh dấu ✘).',
      '✔ Cài đặt bảng tính: ngôn ngữ de_DE, múi giờ Europe/Berlin (nên chọn Việt Nam trong Tệp → Cài đặt để ngày và số hiển thị theo kiểu Việt Nam)',
      `✘ Công thức của tiện ích: bảng tính không đọc được công thức thử (#ERROR! | #ERROR! | 3.8000000000000003 | #ERROR!). ${REPAIR}`,
      '✘ Các hàm CDHT_*: CDHT_RATE trả về "#ERROR!" thay vì 75%.',
      '✔ Phiên bản mẫu: 2 (mới nhất).',
    ]);
    expect(lines.slice(9, 11)).toEqual(['probeResults: #ERROR! | #ERROR! | 3.8000000000000003 | #ERROR!', 'rateProbe: =CDHT_RATE(A1;A2) -> #ERROR!']);
  });

  it('one probe formula wrong is enough to fail the formulas', () => {
    const { lines } = check(setUp(), (f) => (f === '=SUM(A1;A2)' ? 8 : (HEALTHY[f] ?? '')));
    expect(lines[2]).toBe(`✘ Công thức của tiện ích: bảng tính không đọc được công thức thử (ok | 8 | 3.8000000000000003 | 0.75). ${REPAIR}`);
  });

  it('CDHT_RATE not found, or not answered yet, on a sheet never set up', () => {
    const notFound = check(new FakeSpreadsheet(), (f) => (f.startsWith('=CDHT_') ? '#NAME?' : (HEALTHY[f] ?? ''))).lines;
    expect(notFound.slice(0, 5)).toEqual([
      'Có 2 mục cần xem lại (đánh dấu ✘).',
      '✔ Cài đặt bảng tính: ngôn ngữ vi_VN, múi giờ Asia/Ho_Chi_Minh',
      '✔ Công thức của tiện ích: bảng tính đọc được công thức dùng dấu ";" và tỷ lệ số nguyên.',
      '✘ Các hàm CDHT_*: bảng tính không tìm thấy hàm CDHT_RATE: tiện ích chưa được bật cho bảng tính này (Tiện ích mở rộng → CĐHT Xã) hoặc chưa được cấp quyền.',
      '✘ Phiên bản mẫu: bảng tính chưa được thiết lập: chạy "Thiết lập / sửa mẫu".',
    ]);
    expect(notFound[11]).toBe('templateVersion: none (add-on 2)');
    for (const loading of ['Loading...', 'Đang tải...']) {
      expect(check(setUp(), (f) => (f.startsWith('=CDHT_') ? loading : (HEALTHY[f] ?? ''))).lines[3]).toBe('✘ Các hàm CDHT_*: hàm chưa trả lời kịp; chạy lại kiểm tra sau ít giây.');
    }
  });

  it('the probe failing: its error named in place of the results, and nothing left behind', () => {
    const ss = setUp();
    const sheets = ss.sheets.map((s) => s.name);
    const insert = ss.insertSheet.bind(ss);
    ss.insertSheet = (name: string, index: number) => {
      const sheet = insert(name, index);
      sheet.hideSheet = () => {
        throw new Error('Service Spreadsheets failed.');
      };
      return sheet;
    };
    const lines = selfCheckLines(runSelfCheck(ss, () => {}, NOW)).map((l) => l.text);
    expect(lines.slice(2, 4)).toEqual([
      `✘ Công thức của tiện ích: bảng tính không đọc được công thức thử (Service Spreadsheets failed.). ${REPAIR}`,
      // The functions were never called: said so, not taken for an empty answer.
      '✘ Các hàm CDHT_*: chưa thử được vì không ghi được công thức thử (xem mục "Công thức của tiện ích").',
    ]);
    expect(lines.slice(9, 11)).toEqual(['probeResults: error: Service Spreadsheets failed.', 'rateProbe: =CDHT_RATE(A1;A2) -> ']);
    expect(ss.sheets.map((s) => s.name)).toEqual(sheets);
  });
});
