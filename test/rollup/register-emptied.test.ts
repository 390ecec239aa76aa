/**
 * A person deletes every row of "Danh sách xã" below its header while an update is reading the
 * workbooks (Apps Script runs beside the person's edits). The update still ends as planned: it
 * rolls up the rows it read and has no "Đọc lại" mark left to clear; Google refuses a range of
 * 0 rows ("The number of rows in the range must be at least 1", as the fake does), so the marks
 * are not read at all then (seed 1551 P30).
 */
import { describe, expect, it } from 'vitest';
import { REGISTER_SHEET } from '../../src/core/rollup/register';
import { runUpdate } from '../../src/rollup/update';
import { FakeUrlFetch } from '../fakes/url-fetch';
import { TT25_VALUES, communeWorkbook } from '../fixtures/rollup-communes';
import { fakeId, harness, sheetLink } from './harness';

describe('the register emptied during an update', () => {
  it('ends done, rolls up what it read and clears no mark', () => {
    const h = harness();
    h.workbook(fakeId('hoa-an'), communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD1 }));
    h.workbook(fakeId('binh-minh'), communeWorkbook({ commune: 'Xã Bình Minh', year: 2025, values: TT25_VALUES.MD2 }));
    const register = h.register([
      ['Xã Hòa An', 2025, sheetLink(fakeId('hoa-an')), '', '', 'Đọc lại'],
      ['Xã Bình Minh', 2025, sheetLink(fakeId('binh-minh')), '', '', 'Đọc lại'],
    ]);
    const urlFetch = new FakeUrlFetch((request) => {
      if (register.getLastRow() > 1) register.deleteRows(2, 2);
      return h.api.respond(request);
    }, h.clock);
    const outcome = runUpdate({ ...h.services, urlFetch }, 'start');
    expect([outcome.kind, outcome.message]).toEqual(['done', 'Đã cập nhật tổng hợp (đọc 2 bảng tính): 2 dòng danh sách, tất cả đều đọc được.']);
    expect(h.spreadsheet.sheet(REGISTER_SHEET).getLastRow()).toBe(1);
    expect(
      h.spreadsheet
        .sheet('Kết quả các xã')
        .values()
        .slice(1)
        .map((r) => r.slice(0, 5)),
    ).toEqual([
      [2, 'Xã Hòa An', 2025, 'TT25', 'Mức độ 1'],
      [3, 'Xã Bình Minh', 2025, 'TT25', 'Mức độ 2'],
    ]);
  });
});
