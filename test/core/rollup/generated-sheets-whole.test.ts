/**
 * The generated sheets (src/core/rollup/sheets.ts) pinned whole for two small roll-ups typed by
 * hand: nothing at all, and a province's own points ruleset with its maxima (so its criteria are
 * ranked). Every cell, bold row, frozen row and chart, in the order the sheets are written.
 */
import { describe, expect, it } from 'vitest';
import type { CommuneRecord } from '../../../src/core/rollup/record';
import { rollUp } from '../../../src/core/rollup/rollup';
import { generatedSheets } from '../../../src/core/rollup/sheets';
import { PROVINCE_SUMMARY, record } from '../../fixtures/rollup-communes';

const AT = new Date(2026, 2, 5, 9, 30);
const CHANGES_EMPTY = [
  ['Số xã theo kết quả, so với lần đánh giá trước', '', '', '', '', '', ''],
  ['Bộ tiêu chí', 'Kết quả', 'Năm trước', 'Số xã năm trước', 'Năm sau', 'Số xã năm sau', 'Thay đổi'],
  ['Chưa có hai năm đánh giá theo cùng bộ tiêu chí để so sánh.', '', '', '', '', '', ''],
  ['', '', '', '', '', '', ''],
  ['Xã thay đổi kết quả (so với năm đánh giá trước của xã, cùng bộ tiêu chí)', '', '', '', '', '', ''],
  ['Tên xã', 'Bộ tiêu chí', 'Năm trước', 'Kết quả năm trước', 'Năm sau', 'Kết quả năm sau', 'Thay đổi'],
  ['Không có xã nào thay đổi kết quả.', '', '', '', '', '', ''],
];
const COMMUNE_HEADER = ['Dòng danh sách', 'Tên xã', 'Năm', 'Bộ tiêu chí', 'Kết quả', 'Điểm / chỉ tiêu', 'Tiêu chí không đạt', 'Liên kết bảng tính', 'Trạng thái', 'Lý do, ghi chú'];

describe('the generated sheets, whole', () => {
  it('nothing read yet: each sheet says so', () => {
    expect(generatedSheets(rollUp([]), AT)).toEqual([
      {
        name: 'Thống kê',
        rows: [
          ['Cập nhật lúc 09:30 ngày 05/03/2026: 0 dòng danh sách; đọc được 0, nhập tay 0, không đọc được 0 (xem trang "Kết quả các xã").', '', '', '', ''],
          ['', '', '', '', ''],
          ['Tình hình đọc dữ liệu theo năm', '', '', '', ''],
          ['Năm', 'Số dòng trong danh sách', 'Đọc từ bảng tính', 'Nhập tay', 'Không đọc được'],
          ['', '', '', '', ''],
          ['Chưa có xã nào có kết quả.', '', '', '', ''],
        ],
        boldRows: [3, 4],
        frozenRows: 1,
        charts: [],
      },
      { name: 'Kết quả các xã', rows: [COMMUNE_HEADER], boldRows: [1], frozenRows: 1, charts: [] },
      {
        name: 'Tiêu chí không đạt',
        rows: [['Tiêu chí không đạt nhiều nhất (chỉ tính các xã đọc được từ bảng tính)'], [''], ['Chưa có bảng tính nào đọc được.']],
        boldRows: [1],
        frozenRows: 1,
        charts: [],
      },
      { name: 'Thay đổi qua các năm', rows: CHANGES_EMPTY, boldRows: [1, 2, 5, 6], frozenRows: 0, charts: [] },
    ]);
  });

  it('one commune with the same result two years running: the counts are compared, and no commune changed', () => {
    const records = [
      record({ row: 2, commune: 'Xã K', year: 2024, rulesetId: 'SL-2025', rating: 'Đạt', score: 11, ruleset: PROVINCE_SUMMARY }),
      record({ row: 3, commune: 'Xã K', year: 2025, rulesetId: 'SL-2025', rating: 'Đạt', score: 12, ruleset: PROVINCE_SUMMARY }),
    ];
    expect(generatedSheets(rollUp(records), AT)[3].rows).toEqual([
      ...CHANGES_EMPTY.slice(0, 2),
      ['SL-2025', 'Xuất sắc', 2024, 0, 2025, 0, '0'],
      ['SL-2025', 'Đạt', 2024, 1, 2025, 1, '0'],
      ['SL-2025', 'Không đạt', 2024, 0, 2025, 0, '0'],
      ['SL-2025', 'Không xếp loại', 2024, 0, 2025, 0, '0'],
      ...CHANGES_EMPTY.slice(3),
    ]);
  });

  it('a province’s own points ruleset with maxima: criteria ranked by their average against the maximum', () => {
    const summary = PROVINCE_SUMMARY;
    const records: CommuneRecord[] = [
      record({ row: 2, commune: 'Xã K', year: 2025, rulesetId: 'SL-2025', rating: 'Đạt', score: 11.5, ruleset: summary, points: { A: 8, B: 3.5 }, maxima: { A: 10, B: 10 } }),
      record({ row: 3, commune: 'Xã L', year: 2025, rulesetId: 'SL-2025', rating: 'Xuất sắc', score: 13, points: { A: 9, B: 4 }, maxima: { A: 10, B: 10 } }),
    ];
    const [statistics, communes, criteria, changes] = generatedSheets(rollUp(records), AT);
    expect(statistics).toEqual({
      name: 'Thống kê',
      rows: [
        ['Cập nhật lúc 09:30 ngày 05/03/2026: 2 dòng danh sách; đọc được 2, nhập tay 0, không đọc được 0 (xem trang "Kết quả các xã").', '', '', '', '', ''],
        ['', '', '', '', '', ''],
        ['Tình hình đọc dữ liệu theo năm', '', '', '', '', ''],
        ['Năm', 'Số dòng trong danh sách', 'Đọc từ bảng tính', 'Nhập tay', 'Không đọc được', ''],
        [2025, 2, 2, 0, 0, ''],
        ['', '', '', '', '', ''],
        ['Số xã theo kết quả: Bộ tiêu chí tỉnh Sông Lam (SL-2025)', '', '', '', '', ''],
        ['Năm', 'Xuất sắc', 'Đạt', 'Không đạt', 'Không xếp loại', 'Tổng số xã'],
        ['Năm 2025', 1, 1, 0, 0, 2],
      ],
      boldRows: [3, 4, 7, 8],
      frozenRows: 1,
      // Four categories and the year column; placed right of the 6 columns, one apart.
      charts: [{ title: 'Số xã theo kết quả (SL-2025)', row: 8, column: 1, numRows: 2, numColumns: 5, anchorRow: 7, anchorColumn: 8 }],
    });
    expect(communes.rows).toEqual([
      COMMUNE_HEADER,
      [2, 'Xã K', 2025, 'SL-2025', 'Đạt', '11,5 điểm', 'A (8/10), B (3,5/10)', '', 'Đã đọc', ''],
      [3, 'Xã L', 2025, 'SL-2025', 'Xuất sắc', '13 điểm', 'A (9/10), B (4/10)', '', 'Đã đọc', ''],
    ]);
    // B: (3,5 + 4) / 2 = 3,75 of 10 (37,5%); A: (8 + 9) / 2 = 8,5 of 10 (85%): B is the weaker.
    expect(criteria).toEqual({
      name: 'Tiêu chí không đạt',
      rows: [
        ['Tiêu chí không đạt nhiều nhất (chỉ tính các xã đọc được từ bảng tính)', '', '', '', '', ''],
        ['', '', '', '', '', ''],
        ['SL-2025, năm 2025: 2 xã đọc từ bảng tính', '', '', '', '', ''],
        ['Tiêu chí', 'Nội dung', 'Số xã đã chấm', 'Điểm trung bình', 'Điểm tối đa', 'Tỷ lệ so với tối đa'],
        ['B', 'Tiêu chí B', 2, '3,75', '10', '37,5%'],
        ['A', 'Tiêu chí A', 2, '8,5', '10', '85%'],
      ],
      boldRows: [1, 3, 4],
      frozenRows: 1,
      charts: [],
    });
    expect(changes.rows).toEqual(CHANGES_EMPTY);
  });
});
