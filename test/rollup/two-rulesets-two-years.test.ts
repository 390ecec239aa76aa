/**
 * Every roll-up output of one register that holds two years of each ruleset (TT44 in 2018 and
 * 2019, TT25 in 2024 and 2025), communes with look-alike names (a ward and a commune of one name,
 * one name with two tone placements, "An Hòa" beside "Hòa An") and a commune dropping out
 * between years (Tây Sơn after 2018, Bình Minh after 2024). The TT25 rows come first in the
 * register, so nothing that goes by register order alone puts the rulesets or the years right.
 * Every expected value is counted by hand from the rows below (results of the fixtures:
 * test/fixtures/rollup-communes.ts); a sample test with one year and one ruleset let a report of
 * the newest year whatever year was asked pass (sample 14 P18).
 */
import { describe, expect, it } from 'vitest';
import type { DialogUi } from '../../src/gas/services';
import { createSummaryReport } from '../../src/rollup/report';
import { runUpdate } from '../../src/rollup/update';
import { FakeDocumentApp } from '../fakes/document-app';
import { TT25_VALUES, TT44_VALUES, communeWorkbook } from '../fixtures/rollup-communes';
import { fakeId, harness, sheetLink } from './harness';

const ID = {
  hoaAn25: fakeId('hoa-an-25'),
  anHoa25: fakeId('an-hoa-25'),
  dongSon18: fakeId('dong-son-18'),
  dongSon19: fakeId('dong-son-19'),
  taySon18: fakeId('tay-son-18'),
  phuongDongSon19: fakeId('p-dong-son-19'),
};

function register() {
  const h = harness();
  h.workbook(ID.hoaAn25, communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD1 }));
  h.workbook(ID.anHoa25, communeWorkbook({ commune: 'Xã An Hòa', year: 2025, values: TT25_VALUES.FAIL }));
  h.workbook(ID.dongSon18, communeWorkbook({ commune: 'Xã Đông Sơn', year: 2018, rulesetId: 'TT44', values: TT44_VALUES.TOT }));
  h.workbook(ID.dongSon19, communeWorkbook({ commune: 'Xã Đông Sơn', year: 2019, rulesetId: 'TT44', values: TT44_VALUES.KHA }));
  h.workbook(ID.taySon18, communeWorkbook({ commune: 'Xã Tây Sơn', year: 2018, rulesetId: 'TT44', values: TT44_VALUES.TRUNG_BINH }));
  h.workbook(ID.phuongDongSon19, communeWorkbook({ commune: 'Phường Đông Sơn', year: 2019, rulesetId: 'TT44', values: TT44_VALUES.CHUA_DAT }));
  h.register([
    ['Xã Hoà An', 2025, sheetLink(ID.hoaAn25)], // row 2: Mức độ 1, the old tone placement
    ['Phường Hòa An', 2025, '', 'Mức độ 2'], // row 3: a ward, not the commune Hòa An
    ['Xã An Hòa', 2025, sheetLink(ID.anHoa25)], // row 4: Chưa đạt
    ['Xã Bình Minh', 2024, '', 'Mức độ 1'], // row 5: not listed in 2025
    ['Xã Hòa An', 2024, '', 'Mức độ 2'], // row 6
    ['Xã Đông Sơn', 2018, sheetLink(ID.dongSon18)], // row 7: Tốt (90)
    ['Xã Đông Sơn', 2019, sheetLink(ID.dongSon19)], // row 8: Khá (74,5)
    ['Xã Tây Sơn', 2018, sheetLink(ID.taySon18)], // row 9: Trung bình (60), not listed in 2019
    ['Phường Đông Sơn', 2019, sheetLink(ID.phuongDongSon19)], // row 10: Chưa đạt (45), a ward
  ]);
  return h;
}

/** Answers the year prompt with `answer` and keeps what the person is shown. */
function ui(answer: string) {
  const shown = { prompts: [] as string[], alerts: [] as string[] };
  const fake: Pick<DialogUi, 'alert' | 'prompt' | 'showDialog'> = {
    prompt: (_title, message) => {
      shown.prompts.push(message);
      return answer;
    },
    alert: (_title, message) => void shown.alerts.push(message),
    showDialog: () => undefined,
  };
  return { fake, shown };
}

describe('Cập nhật tổng hợp: TT44 in 2018 and 2019, TT25 in 2024 and 2025, look-alike names, communes dropping out', () => {
  const h = register();
  const outcome = runUpdate(h.services, 'start');
  const sheet = (name: string) => h.spreadsheet.sheet(name);

  it('reads the six workbooks, none failing', () => {
    expect(outcome.kind).toBe('done');
    expect(outcome.message).toBe('Đã cập nhật tổng hợp (đọc 6 bảng tính): 9 dòng danh sách, tất cả đều đọc được.');
  });

  it('"Thống kê": each year counted apart, the older ruleset first though listed last, each chart over its own two years', () => {
    const blank = ['', '', '', '', '', '', ''];
    expect(sheet('Thống kê').values()).toEqual([
      // The totals of every year and ruleset.
      ['Cập nhật lúc 08:00 ngày 15/01/2026: 9 dòng danh sách; đọc được 6, nhập tay 3, không đọc được 0 (xem trang "Kết quả các xã").', '', '', '', '', '', ''],
      blank,
      ['Tình hình đọc dữ liệu theo năm', '', '', '', '', '', ''],
      ['Năm', 'Số dòng trong danh sách', 'Đọc từ bảng tính', 'Nhập tay', 'Không đọc được', '', ''],
      [2018, 2, 2, 0, 0, '', ''],
      [2019, 2, 2, 0, 0, '', ''],
      [2024, 2, 0, 2, 0, '', ''],
      [2025, 3, 2, 1, 0, '', ''],
      blank,
      ['Số xã theo kết quả: Thông tư 44/2014/TT-BGDĐT — Cộng đồng học tập cấp xã (chấm điểm) (TT44)', '', '', '', '', '', ''],
      ['Năm', 'Tốt', 'Khá', 'Trung bình', 'Chưa đạt', 'Không xếp loại', 'Tổng số xã'],
      ['Năm 2018', 1, 0, 1, 0, 0, 2],
      ['Năm 2019', 0, 1, 0, 1, 0, 2],
      blank,
      ['Số xã theo kết quả: Thông tư 25/2023/TT-BGDĐT — Cộng đồng học tập cấp xã (TT25)', '', '', '', '', '', ''],
      ['Năm', 'Mức độ 2', 'Mức độ 1', 'Chưa đạt', 'Không xếp loại', 'Tổng số xã', ''],
      ['Năm 2024', 1, 1, 0, 0, 2, ''],
      ['Năm 2025', 1, 1, 1, 0, 3, ''],
    ]);
    // Each chart: its header row and both years, the categories without the total.
    expect(sheet('Thống kê').charts.map((c) => [c.ranges.map((r) => r.a1()), c.options.title])).toEqual([
      [['A11:F13'], 'Số xã theo kết quả (TT44)'],
      [['A16:E18'], 'Số xã theo kết quả (TT25)'],
    ]);
  });

  it('"Kết quả các xã": each row with its own year, ruleset and result, in register order', () => {
    expect(
      sheet('Kết quả các xã')
        .values()
        .slice(1)
        .map((r) => [...r.slice(0, 5), r[8]]),
    ).toEqual([
      [2, 'Xã Hoà An', 2025, 'TT25', 'Mức độ 1', 'Đã đọc'],
      [3, 'Phường Hòa An', 2025, 'TT25', 'Mức độ 2', 'Nhập tay'],
      [4, 'Xã An Hòa', 2025, 'TT25', 'Chưa đạt', 'Đã đọc'],
      [5, 'Xã Bình Minh', 2024, 'TT25', 'Mức độ 1', 'Nhập tay'],
      [6, 'Xã Hòa An', 2024, 'TT25', 'Mức độ 2', 'Nhập tay'],
      [7, 'Xã Đông Sơn', 2018, 'TT44', 'Tốt', 'Đã đọc'],
      [8, 'Xã Đông Sơn', 2019, 'TT44', 'Khá', 'Đã đọc'],
      [9, 'Xã Tây Sơn', 2018, 'TT44', 'Trung bình', 'Đã đọc'],
      [10, 'Phường Đông Sơn', 2019, 'TT44', 'Chưa đạt', 'Đã đọc'],
    ]);
  });

  it('"Thay đổi qua các năm": each ruleset between its own two years; only a commune rated in both years of one ruleset moved', () => {
    expect(sheet('Thay đổi qua các năm').values()).toEqual([
      ['Số xã theo kết quả, so với lần đánh giá trước', '', '', '', '', '', ''],
      ['Bộ tiêu chí', 'Kết quả', 'Năm trước', 'Số xã năm trước', 'Năm sau', 'Số xã năm sau', 'Thay đổi'],
      ['TT44', 'Tốt', 2018, 1, 2019, 0, -1],
      ['TT44', 'Khá', 2018, 0, 2019, 1, '+1'],
      ['TT44', 'Trung bình', 2018, 1, 2019, 0, -1],
      ['TT44', 'Chưa đạt', 2018, 0, 2019, 1, '+1'],
      ['TT44', 'Không xếp loại', 2018, 0, 2019, 0, 0],
      ['TT25', 'Mức độ 2', 2024, 1, 2025, 1, 0],
      ['TT25', 'Mức độ 1', 2024, 1, 2025, 1, 0],
      ['TT25', 'Chưa đạt', 2024, 0, 2025, 1, '+1'],
      ['TT25', 'Không xếp loại', 2024, 0, 2025, 0, 0],
      ['', '', '', '', '', '', ''],
      ['Xã thay đổi kết quả (so với năm đánh giá trước của xã, cùng bộ tiêu chí)', '', '', '', '', '', ''],
      ['Tên xã', 'Bộ tiêu chí', 'Năm trước', 'Kết quả năm trước', 'Năm sau', 'Kết quả năm sau', 'Thay đổi'],
      // Named by the later row's spelling; the wards, An Hòa, Bình Minh and Tây Sơn have one year each.
      ['Xã Hoà An', 'TT25', 2024, 'Mức độ 2', 2025, 'Mức độ 1', 'Giảm hạng'],
      ['Xã Đông Sơn', 'TT44', 2018, 'Tốt', 2019, 'Khá', 'Giảm hạng'],
    ]);
  });

  it('"Tiêu chí không đạt": one block per ruleset and year read from workbooks, each with its own count', () => {
    const titles = sheet('Tiêu chí không đạt')
      .values()
      .map((r) => String(r[0]))
      .filter((t) => /^TT\d+, năm/.test(t));
    // 2024's results were all typed: nothing to count there.
    expect(titles).toEqual(['TT44, năm 2018: 2 xã đọc từ bảng tính', 'TT44, năm 2019: 2 xã đọc từ bảng tính', 'TT25, năm 2025: 2 xã đọc từ bảng tính']);
  });

  it.each<[string, string, string[][], string[]]>([
    [
      '2018',
      'Tốt',
      [
        ['Tốt', '1', '50%'],
        ['Khá', '0', '0%'],
        ['Trung bình', '1', '50%'],
        ['Chưa đạt', '0', '0%'],
      ],
      ['Xã Đông Sơn', 'Xã Tây Sơn'],
    ],
    [
      '2019',
      'Tốt',
      [
        ['Tốt', '0', '0%'],
        ['Khá', '1', '50%'],
        ['Trung bình', '0', '0%'],
        ['Chưa đạt', '1', '50%'],
      ],
      ['Phường Đông Sơn', 'Xã Đông Sơn'],
    ],
    [
      '2024',
      'Mức\u00a0độ\u00a02',
      [
        ['Mức\u00a0độ\u00a02', '1', '50%'],
        ['Mức\u00a0độ\u00a01', '1', '50%'],
        ['Chưa đạt', '0', '0%'],
      ],
      ['Xã Bình Minh', 'Xã Hòa An'],
    ],
    [
      '2025',
      'Mức\u00a0độ\u00a02',
      [
        ['Mức\u00a0độ\u00a02', '1', '33,3%'],
        ['Mức\u00a0độ\u00a01', '1', '33,3%'],
        ['Chưa đạt', '1', '33,3%'],
      ],
      ['Phường Hòa An', 'Xã An Hòa', 'Xã Hoà An'],
    ],
  ])('the summary report of %s counts that year under its own ruleset and names its communes only', (year, first, rows, communes) => {
    const app = new FakeDocumentApp();
    const { fake, shown } = ui(year);
    const outcome = createSummaryReport({ ...h.services, documentApp: app.service, docs: null }, fake);
    expect(shown.prompts).toEqual(['Báo cáo năm đánh giá nào? Các năm có số liệu: 2018, 2019, 2024, 2025.']);
    expect(shown.alerts).toEqual([]);
    expect(outcome).toMatchObject({ kind: 'created', year: Number(year) });
    expect(app.documents.map((d) => d.name)).toEqual([`Báo cáo tổng hợp kết quả đánh giá, công nhận Cộng đồng học tập cấp xã năm ${year}`]);
    const table = app.documents[0].body.tables.map((t) => t.texts).find((t) => t[1]?.[0] === first);
    const rated = year === '2025' ? '3' : '2';
    expect(table).toEqual([['Kết\u00a0quả', 'Số\u00a0xã', 'Tỷ\u00a0lệ trên số\u00a0xã đã xếp\u00a0loại'], ...rows, ['Số xã đã xếp loại', rated, '100%'], ['Không xếp loại', '0', '–']]);
    // Every commune named anywhere in the report's tables, as written in that year's rows.
    const named = app.documents[0].body.tables
      .flatMap((t) => t.texts.flat())
      .map((cell) => cell.replace(/\u00a0/g, ' '))
      .filter((cell) => /^(Xã|Phường) /.test(cell));
    expect([...new Set(named)].sort((a, b) => a.localeCompare(b, 'vi'))).toEqual(communes);
  });
});
