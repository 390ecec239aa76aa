/**
 * "Cập nhật tổng hợp" on a small hand-made district, pinned whole: every cell of the four generated
 * sheets, which rows are bold, the frozen rows, each chart's range, title and place, the store, the
 * register's "Đọc lại" marks, the toast, and every request sent. Expected values are counted by hand
 * from the district below (results of the fixtures: test/fixtures/rollup-communes.ts).
 */
import { describe, expect, it } from 'vitest';
import { runUpdate } from '../../src/rollup/update';
import { STORE_SHEET } from '../../src/rollup/store';
import { TT44 } from '../../src/core/ruleset/tt44';
import { TT25_VALUES, TT44_VALUES, communeWorkbook } from '../fixtures/rollup-communes';
import { fakeId, harness, sheetLink } from './harness';

const HOA_AN = fakeId('hoa-an');
const BINH_MINH = fakeId('binh-minh');
const CAT_TIEN = fakeId('cat-tien');
const DONG_SON = fakeId('dong-son');

/** Six register rows: two TT25 workbooks, one refused, a typed 2024 result, a TT44 workbook, a bad year. */
function district() {
  const h = harness();
  h.workbook(HOA_AN, communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD1 }));
  h.workbook(BINH_MINH, communeWorkbook({ commune: 'Xã Bình Minh', year: 2025, values: TT25_VALUES.MD2 }));
  h.api.files.set(CAT_TIEN, { kind: 'error', code: 403, status: 'PERMISSION_DENIED', message: 'The caller does not have permission' });
  h.workbook(DONG_SON, communeWorkbook({ commune: 'Xã Đông Sơn', year: 2019, rulesetId: 'TT44', values: TT44_VALUES.TOT }));
  const register = h.register([
    ['Xã Hòa An', 2025, sheetLink(HOA_AN), '', '', true],
    ['Xã Bình Minh', 2025, sheetLink(BINH_MINH), '', 'đã nhắc xã', 'Đọc lại'],
    ['Xã Cát Tiên', 2025, sheetLink(CAT_TIEN)],
    ['Xã Hòa An', 2024, '', 'Mức độ 2', '', 'x'],
    ['Xã Đông Sơn', 2019, sheetLink(DONG_SON)],
    ['Xã Gò Nổi', 'năm nay', sheetLink(fakeId('go-noi'))],
  ]);
  return { h, register };
}

const TT25_NAMES = {
  TC1: 'Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã',
  TC2: 'Huy động nguồn lực và tạo môi trường thuận lợi để thực hiện xây dựng xã hội học tập ở địa phương',
  TC3: 'Hiệu quả hoạt động của trung tâm học tập cộng đồng và thư viện công cộng cấp xã, trung tâm văn hóa, thể thao cấp xã',
  TC4: 'Kết quả phổ cập giáo dục - xóa mù chữ',
  TC5: 'Tác dụng của việc xây dựng “Cộng đồng học tập” cấp xã',
};

describe('Cập nhật tổng hợp: a small district, every generated cell and format', () => {
  const { h, register } = district();
  const outcome = runUpdate(h.services, 'start');
  const sheet = (name: string) => h.spreadsheet.sheet(name);
  const charts = (name: string) => sheet(name).charts.map((c) => ({ ranges: c.ranges.map((r) => r.a1()), ...c.options }));

  it('ends done, with the toast and message the officer reads', () => {
    const message = 'Đã cập nhật tổng hợp (đọc 4 bảng tính): 6 dòng danh sách, 2 dòng không đọc được (xem lý do ở trang "Kết quả các xã").';
    expect([outcome.kind, outcome.message]).toEqual(['done', message]);
    expect(h.spreadsheet.toasts).toEqual([message]);
  });

  it('sends one batch of four reads with the user token, only the workbook rows', () => {
    expect(h.urlFetch.batches.map((batch) => batch.map((r) => [r.method, new URL(r.url).pathname, r.headers, r.muteHttpExceptions]))).toEqual([
      [HOA_AN, BINH_MINH, CAT_TIEN, DONG_SON].map((id) => ['get', `/v4/spreadsheets/${id}/values:batchGet`, { Authorization: `Bearer ${h.script.token}` }, true]),
    ]);
    expect(h.clock.sleeps).toEqual([]);
  });

  it('"Thống kê": the update line, the coverage per year, a count table and a chart per ruleset', () => {
    expect(sheet('Thống kê').values()).toEqual([
      ['Cập nhật lúc 08:00 ngày 15/01/2026: 6 dòng danh sách; đọc được 3, nhập tay 1, không đọc được 2 (xem trang "Kết quả các xã").', '', '', '', '', '', ''],
      ['', '', '', '', '', '', ''],
      ['Tình hình đọc dữ liệu theo năm', '', '', '', '', '', ''],
      ['Năm', 'Số dòng trong danh sách', 'Đọc từ bảng tính', 'Nhập tay', 'Không đọc được', '', ''],
      [2019, 1, 1, 0, 0, '', ''],
      [2024, 1, 0, 1, 0, '', ''],
      [2025, 3, 2, 0, 1, '', ''],
      ['Không rõ năm', 1, 0, 0, 1, '', ''],
      ['', '', '', '', '', '', ''],
      ['Số xã theo kết quả: Thông tư 44/2014/TT-BGDĐT — Cộng đồng học tập cấp xã (chấm điểm) (TT44)', '', '', '', '', '', ''],
      ['Năm', 'Tốt', 'Khá', 'Trung bình', 'Chưa đạt', 'Không xếp loại', 'Tổng số xã'],
      ['Năm 2019', 1, 0, 0, 0, 0, 1],
      ['', '', '', '', '', '', ''],
      ['Số xã theo kết quả: Thông tư 25/2023/TT-BGDĐT — Cộng đồng học tập cấp xã (TT25)', '', '', '', '', '', ''],
      ['Năm', 'Mức độ 2', 'Mức độ 1', 'Chưa đạt', 'Không xếp loại', 'Tổng số xã', ''],
      ['Năm 2024', 1, 0, 0, 0, 1, ''],
      ['Năm 2025', 1, 1, 0, 0, 2, ''],
    ]);
    expect(sheet('Thống kê').boldRows()).toEqual([3, 4, 10, 11, 14, 15]);
    expect(sheet('Thống kê').frozenRows).toBe(1);
    // Charts sit right of the widest table (7 columns), one column apart, level with their title.
    expect(charts('Thống kê')).toEqual([
      { ranges: ['A11:F12'], type: 'COLUMN', title: 'Số xã theo kết quả (TT44)', position: [10, 9] },
      { ranges: ['A15:E17'], type: 'COLUMN', title: 'Số xã theo kết quả (TT25)', position: [14, 9] },
    ]);
  });

  it('"Kết quả các xã": one row per register row, in its order, failures with their reason', () => {
    expect(sheet('Kết quả các xã').values()).toEqual([
      ['Dòng danh sách', 'Tên xã', 'Năm', 'Bộ tiêu chí', 'Kết quả', 'Điểm / chỉ tiêu', 'Tiêu chí không đạt', 'Liên kết bảng tính', 'Trạng thái', 'Lý do, ghi chú'],
      [2, 'Xã Hòa An', 2025, 'TT25', 'Mức độ 1', '15/15 chỉ tiêu đạt Mức độ 1', 'Mức độ 2: TC4, TC5', sheetLink(HOA_AN), 'Đã đọc', ''],
      [3, 'Xã Bình Minh', 2025, 'TT25', 'Mức độ 2', '15/15 chỉ tiêu đạt Mức độ 1', '', sheetLink(BINH_MINH), 'Đã đọc', ''],
      [
        4,
        'Xã Cát Tiên',
        2025,
        '',
        '',
        '',
        '',
        sheetLink(CAT_TIEN),
        'Không đọc được',
        'Không có quyền xem: Tài khoản đang chạy tổng hợp chưa được chia sẻ bảng tính này (lỗi 403): đề nghị xã chia sẻ quyền Người xem.',
      ],
      [5, 'Xã Hòa An', 2024, 'TT25', 'Mức độ 2', '', '', '', 'Nhập tay', ''],
      [6, 'Xã Đông Sơn', 2019, 'TT44', 'Tốt', '90 điểm', '', sheetLink(DONG_SON), 'Đã đọc', ''],
      [7, 'Xã Gò Nổi', '', '', '', '', '', sheetLink(fakeId('go-noi')), 'Không đọc được', 'Lỗi ở dòng danh sách: Năm "năm nay" không hợp lệ: cần một năm từ 2000 đến 2100, ví dụ 2025.'],
    ]);
    expect(sheet('Kết quả các xã').boldRows()).toEqual([1]);
    expect(sheet('Kết quả các xã').frozenRows).toBe(1);
    expect(charts('Kết quả các xã')).toEqual([]);
  });

  it('"Tiêu chí không đạt": TT44 unranked in its order (no maxima), TT25 most missed first', () => {
    const blank = ['', '', '', '', '', ''];
    expect(sheet('Tiêu chí không đạt').values()).toEqual([
      ['Tiêu chí không đạt nhiều nhất (chỉ tính các xã đọc được từ bảng tính)', '', '', '', '', ''],
      blank,
      ['TT44, năm 2019: 1 xã đọc từ bảng tính', '', '', '', '', ''],
      ['Tiêu chí', 'Nội dung', 'Số xã đã chấm', 'Điểm trung bình', 'Điểm tối đa', 'Tỷ lệ so với tối đa'],
      // Names from the ruleset's data (Thông tư 44/2014, Điều 3); every criterion scored 6 by the one commune (the text "6" the sheet parses as a number).
      ...TT44.criteria.map((c, i) => [`TC${i + 1}`, c.name, 1, 6, '', '']),
      ['Chưa đủ điểm tối đa của các tiêu chí nên chưa xếp được tiêu chí yếu nhất: nhập điểm tối đa vào bảng Bộ tiêu chí của các xã.', '', '', '', '', ''],
      blank,
      ['TT25, năm 2025: 2 xã đọc từ bảng tính', '', '', '', '', ''],
      ['Tiêu chí', 'Nội dung', 'Số xã không đạt Mức độ 1', 'Tỷ lệ', 'Số xã không đạt Mức độ 2', 'Tỷ lệ'],
      // "50%" and "0%", written as text, are read by the sheet as the numbers 0,5 and 0 (shown as percents).
      ['TC4', TT25_NAMES.TC4, 0, 0, 1, 0.5],
      ['TC5', TT25_NAMES.TC5, 0, 0, 1, 0.5],
      ['TC1', TT25_NAMES.TC1, 0, 0, 0, 0],
      ['TC2', TT25_NAMES.TC2, 0, 0, 0, 0],
      ['TC3', TT25_NAMES.TC3, 0, 0, 0, 0],
    ]);
    expect(sheet('Tiêu chí không đạt').boldRows()).toEqual([1, 3, 4, 22, 23]);
    expect(sheet('Tiêu chí không đạt').frozenRows).toBe(1);
  });

  it('"Thay đổi qua các năm": TT25 2024 → 2025 per category, and Hòa An down a level', () => {
    expect(sheet('Thay đổi qua các năm').values()).toEqual([
      ['Số xã theo kết quả, so với lần đánh giá trước', '', '', '', '', '', ''],
      ['Bộ tiêu chí', 'Kết quả', 'Năm trước', 'Số xã năm trước', 'Năm sau', 'Số xã năm sau', 'Thay đổi'],
      // A rise keeps its sign: the sheet would read "+1" as the number 1.
      ['TT25', 'Mức độ 2', 2024, 1, 2025, 1, 0],
      ['TT25', 'Mức độ 1', 2024, 0, 2025, 1, '+1'],
      ['TT25', 'Chưa đạt', 2024, 0, 2025, 0, 0],
      ['TT25', 'Không xếp loại', 2024, 0, 2025, 0, 0],
      ['', '', '', '', '', '', ''],
      ['Xã thay đổi kết quả (so với năm đánh giá trước của xã, cùng bộ tiêu chí)', '', '', '', '', '', ''],
      ['Tên xã', 'Bộ tiêu chí', 'Năm trước', 'Kết quả năm trước', 'Năm sau', 'Kết quả năm sau', 'Thay đổi'],
      ['Xã Hòa An', 'TT25', 2024, 'Mức độ 2', 2025, 'Mức độ 1', 'Giảm hạng'],
    ]);
    expect(sheet('Thay đổi qua các năm').boldRows()).toEqual([1, 2, 8, 9]);
    expect(sheet('Thay đổi qua các năm').frozenRows).toBe(0);
  });

  it('keeps one record per row in the hidden store, under their keys', () => {
    const store = sheet(STORE_SHEET).values();
    expect(store[0]).toEqual(['Khóa dòng danh sách', 'Bản ghi (tiện ích dùng khi cập nhật, không sửa)']);
    expect(store.slice(1).map((r) => r[0])).toEqual([
      `xã hòa an|2025|workbook|${HOA_AN}`,
      `xã bình minh|2025|workbook|${BINH_MINH}`,
      `xã cát tiên|2025|workbook|${CAT_TIEN}`,
      'xã hòa an|2024|manual|TT25:Mức độ 2',
      `xã đông sơn|2019|workbook|${DONG_SON}`,
      'xã gò nổi|0|invalid|invalid',
    ]);
    expect(sheet(STORE_SHEET).hidden).toBe(true);
  });

  it('clears the marks of the rows it read (a tick unticked, text blanked) and keeps the typed row’s', () => {
    expect(
      register
        .values()
        .slice(1)
        .map((r) => r[5]),
    ).toEqual([false, '', '', 'x', '', '']);
    expect(
      register
        .values()
        .slice(1)
        .map((r) => r[4]),
    ).toEqual(['', 'đã nhắc xã', '', '', '', '']);
  });
});

describe('the store after an update', () => {
  it('is hidden again when a person showed it, or made again hidden when deleted', () => {
    for (const damage of ['shown', 'deleted'] as const) {
      const { h } = district();
      const store = h.spreadsheet.sheet(STORE_SHEET);
      if (damage === 'shown') store.hidden = false;
      else h.spreadsheet.deleteSheet(store);
      expect(runUpdate(h.services, 'start').kind, damage).toBe('done');
      expect(h.spreadsheet.sheet(STORE_SHEET).hidden, damage).toBe(true);
      expect(h.spreadsheet.sheet(STORE_SHEET).getLastRow(), damage).toBe(7);
    }
  });
});
