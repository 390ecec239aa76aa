import { describe, expect, it } from 'vitest';
import type { CommuneRecord } from '../../src/core/rollup/record';
import { rollUp } from '../../src/core/rollup/rollup';
import { changesSheet, communeSheet, criteriaSheet, statisticsSheet } from '../../src/core/rollup/sheets';
import { PROVINCE_SUMMARY, record } from '../fixtures/rollup-communes';

/**
 * A district over three assessment years, two rulesets, typed results, a commune that could not
 * be read, a broken register row, an unrated commune, and ties among the criteria. Every expected
 * number below is counted by hand from this list.
 */
const DISTRICT: CommuneRecord[] = [
  record({ row: 2, commune: 'Xã A', year: 2016, rulesetId: 'TT44', rating: 'Tốt', score: 88 }),
  record({ row: 3, commune: 'Xã B', year: 2016, rulesetId: 'TT44', rating: 'Khá', score: 75 }),
  record({ row: 4, commune: 'Xã C', year: 2016, rulesetId: 'TT44', rating: 'Khá', score: 71 }),
  record({ row: 5, commune: 'Xã D', year: 2016, rulesetId: 'TT44', rating: 'Chưa đạt', status: 'manual' }),
  record({ row: 6, commune: 'Xã E', year: 2016, rulesetId: 'TT44', rating: null, reason: 'Chưa đủ dữ liệu: còn 1 chỉ tiêu chưa nhập (TC9).' }),
  record({ row: 7, commune: 'Xã A', year: 2018, rulesetId: 'TT44', rating: 'Tốt', score: 90 }),
  record({ row: 8, commune: 'xã b', year: 2018, rulesetId: 'TT44', rating: 'Tốt', score: 86 }),
  record({ row: 9, commune: 'Xã C', year: 2018, rulesetId: 'TT44', rating: 'Trung bình', score: 55 }),
  record({ row: 10, commune: 'Xã D', year: 2018, rulesetId: '', status: 'failed', failure: 'no_access', reason: 'Tài khoản … chưa được chia sẻ.' }),
  record({ row: 11, commune: 'Xã E', year: 2018, rulesetId: 'TT44', rating: 'Khá', score: 72 }),
  record({ row: 12, commune: 'Xã A', year: 2025, rating: 'Mức độ 1', score: 15, indicators: 15, failedMd1: [], failedMd2: ['TC3', 'TC5'] }),
  record({ row: 13, commune: 'Xã B', year: 2025, rating: 'Mức độ 2', score: 15, indicators: 15, failedMd1: [], failedMd2: [] }),
  record({ row: 14, commune: 'Xã C', year: 2025, rating: 'Chưa đạt', score: 13, indicators: 15, failedMd1: ['TC4'], failedMd2: ['TC4', 'TC5'] }),
  record({ row: 15, commune: 'Xã F', year: 2025, rating: 'Mức độ 1', score: 15, indicators: 15, failedMd1: [], failedMd2: ['TC3'] }),
  record({ row: 16, commune: 'Xã G', year: 2025, rating: 'Chưa đạt', score: 14, indicators: 15, failedMd1: ['TC2'], failedMd2: ['TC2'] }),
  record({ row: 17, commune: '', year: 0, rulesetId: '', status: 'failed', failure: 'register', reason: 'Thiếu tên xã.' }),
  record({ row: 18, commune: 'Xã H', year: 2025, rating: 'Mức độ 1', status: 'manual' }),
  record({ row: 19, commune: 'Xã C', year: 2024, rating: 'Mức độ 1', status: 'manual' }),
];

describe('rollUp of a district', () => {
  // Shuffled on purpose: the roll-up goes by register row, not by the order records arrive in.
  const result = rollUp([...DISTRICT].reverse());

  it('counts the reading per year, rows without a year last', () => {
    expect(result.coverage).toEqual([
      { year: 2016, listed: 5, read: 4, manual: 1, failed: 0 },
      { year: 2018, listed: 5, read: 4, manual: 0, failed: 1 },
      { year: 2024, listed: 1, read: 0, manual: 1, failed: 0 },
      { year: 2025, listed: 6, read: 5, manual: 1, failed: 0 },
      { year: 0, listed: 1, read: 0, manual: 0, failed: 1 },
    ]);
  });

  it('counts communes per ruleset and year, categories best first, the older ruleset first', () => {
    expect(result.rulesets.map((s) => [s.ruleset.id, s.categories])).toEqual([
      ['TT44', ['Tốt', 'Khá', 'Trung bình', 'Chưa đạt', 'Không xếp loại']],
      ['TT25', ['Mức độ 2', 'Mức độ 1', 'Chưa đạt', 'Không xếp loại']],
    ]);
    expect(result.rulesets[0].years).toEqual([
      { year: 2016, total: 5, counts: [1, 2, 0, 1, 1] },
      { year: 2018, total: 4, counts: [2, 1, 1, 0, 0] },
    ]);
    expect(result.rulesets[1].years).toEqual([
      { year: 2024, total: 1, counts: [0, 1, 0, 0] },
      { year: 2025, total: 6, counts: [1, 3, 2, 0] },
    ]);
  });

  it('ranks the criteria most missed, ties in the ruleset’s order', () => {
    const block = result.criteria.find((b) => b.ruleset.id === 'TT25' && b.year === 2025);
    expect(block?.assessed).toBe(5);
    expect(block?.scheme === 'levels' && block.rows.map((r) => [r.code, r.failedMd1, r.failedMd2])).toEqual([
      ['TC2', 1, 1],
      ['TC4', 1, 1],
      ['TC3', 0, 2],
      ['TC5', 0, 2],
      ['TC1', 0, 0],
    ]);
    // Typed results carry no criteria: no TT25 block for 2024, where the only row was typed.
    expect(result.criteria.map((b) => [b.ruleset.id, b.year])).toEqual([
      ['TT44', 2016],
      ['TT44', 2018],
      ['TT25', 2025],
    ]);
  });

  it('compares each category with the ruleset’s previous year', () => {
    expect(result.countChanges.map((c) => [c.rulesetId, c.category, c.fromYear, c.fromCount, c.toYear, c.toCount])).toEqual([
      ['TT44', 'Tốt', 2016, 1, 2018, 2],
      ['TT44', 'Khá', 2016, 2, 2018, 1],
      ['TT44', 'Trung bình', 2016, 0, 2018, 1],
      ['TT44', 'Chưa đạt', 2016, 1, 2018, 0],
      ['TT44', 'Không xếp loại', 2016, 1, 2018, 0],
      ['TT25', 'Mức độ 2', 2024, 0, 2025, 1],
      ['TT25', 'Mức độ 1', 2024, 1, 2025, 3],
      ['TT25', 'Chưa đạt', 2024, 0, 2025, 2],
      ['TT25', 'Không xếp loại', 2024, 0, 2025, 0],
    ]);
  });

  it('lists the communes that moved, between rated years of the same ruleset only', () => {
    expect(result.communeChanges.map((c) => [c.commune, c.fromYear, c.fromRating, c.toYear, c.toRating, c.direction])).toEqual([
      ['xã b', 2016, 'Khá', 2018, 'Tốt', 'up'],
      ['Xã C', 2016, 'Khá', 2018, 'Trung bình', 'down'],
      ['Xã C', 2024, 'Mức độ 1', 2025, 'Chưa đạt', 'down'],
    ]);
  });

  const at = new Date(2026, 0, 15, 8, 5);

  it('writes the statistics sheet with a chart per ruleset', () => {
    const sheet = statisticsSheet(result, at);
    expect(sheet.rows[0][0]).toBe('Cập nhật lúc 08:05 ngày 15/01/2026: 18 dòng danh sách; đọc được 13, nhập tay 3, không đọc được 2 (xem trang "Kết quả các xã").');
    expect(sheet.rows.slice(3, 9).map((r) => r.slice(0, 5))).toEqual([
      ['Năm', 'Số dòng trong danh sách', 'Đọc từ bảng tính', 'Nhập tay', 'Không đọc được'],
      [2016, 5, 4, 1, 0],
      [2018, 5, 4, 0, 1],
      [2024, 1, 0, 1, 0],
      [2025, 6, 5, 1, 0],
      ['Không rõ năm', 1, 0, 0, 1],
    ]);
    expect(sheet.rows[10][0]).toBe('Số xã theo kết quả: Thông tư 44/2014/TT-BGDĐT — Cộng đồng học tập cấp xã (chấm điểm) (TT44)');
    expect(sheet.rows.slice(11, 14)).toEqual([
      ['Năm', 'Tốt', 'Khá', 'Trung bình', 'Chưa đạt', 'Không xếp loại', 'Tổng số xã'],
      ['Năm 2016', 1, 2, 0, 1, 1, 5],
      ['Năm 2018', 2, 1, 1, 0, 0, 4],
    ]);
    expect(sheet.rows.slice(16, 19)).toEqual([
      ['Năm', 'Mức độ 2', 'Mức độ 1', 'Chưa đạt', 'Không xếp loại', 'Tổng số xã', ''],
      ['Năm 2024', 0, 1, 0, 0, 1, ''],
      ['Năm 2025', 1, 3, 2, 0, 6, ''],
    ]);
    expect(sheet.charts).toEqual([
      { title: 'Số xã theo kết quả (TT44)', row: 12, column: 1, numRows: 3, numColumns: 6, anchorRow: 11, anchorColumn: 9 },
      { title: 'Số xã theo kết quả (TT25)', row: 17, column: 1, numRows: 3, numColumns: 5, anchorRow: 16, anchorColumn: 9 },
    ]);
    expect(sheet.boldRows).toEqual([3, 4, 11, 12, 16, 17]);
    expect(new Set(sheet.rows.map((r) => r.length)).size).toBe(1);
  });

  it('writes one row per register row, failures with their reason', () => {
    const sheet = communeSheet(result);
    expect(sheet.rows[0]).toEqual(['Dòng danh sách', 'Tên xã', 'Năm', 'Bộ tiêu chí', 'Kết quả', 'Điểm / chỉ tiêu', 'Tiêu chí không đạt', 'Liên kết bảng tính', 'Trạng thái', 'Lý do, ghi chú']);
    expect(sheet.rows.slice(1).map((r) => r[0])).toEqual(DISTRICT.map((r) => r.row));
    expect(sheet.rows[5]).toEqual([6, 'Xã E', 2016, 'TT44', 'Không xếp loại', '', '', '', 'Đã đọc', 'Chưa đủ dữ liệu: còn 1 chỉ tiêu chưa nhập (TC9).']);
    expect(sheet.rows[9]).toEqual([10, 'Xã D', 2018, '', '', '', '', '', 'Không đọc được', 'Không có quyền xem: Tài khoản … chưa được chia sẻ.']);
    expect(sheet.rows[13]).toEqual([14, 'Xã C', 2025, 'TT25', 'Chưa đạt', '13/15 chỉ tiêu đạt Mức độ 1', 'Mức độ 1: TC4 · Mức độ 2: TC4, TC5', '', 'Đã đọc', '']);
    expect(sheet.rows[16]).toEqual([17, '(chưa có tên)', '', '', '', '', '', '', 'Không đọc được', 'Lỗi ở dòng danh sách: Thiếu tên xã.']);
    expect(sheet.frozenRows).toBe(1);
  });

  it('writes the criteria sheet with shares of the communes read', () => {
    const rows = criteriaSheet(result).rows;
    const title = rows.findIndex((r) => r[0] === 'TT25, năm 2025: 5 xã đọc từ bảng tính');
    expect(rows.slice(title + 1, title + 4).map((r) => [r[0], ...r.slice(2)])).toEqual([
      ['Tiêu chí', 'Số xã không đạt Mức độ 1', 'Tỷ lệ', 'Số xã không đạt Mức độ 2', 'Tỷ lệ'],
      ['TC2', 1, '20%', 1, '20%'],
      ['TC4', 1, '20%', 1, '20%'],
    ]);
    expect(rows[title + 2][1]).toBe('Huy động nguồn lực và tạo môi trường thuận lợi để thực hiện xây dựng xã hội học tập ở địa phương');
    // Hand records of TT44 carry no points, and TT44 ships no maxima: listed in order, not ranked.
    expect(rows.some((r) => String(r[0]).startsWith('Chưa đủ điểm tối đa'))).toBe(true);
  });

  it('writes the changes sheet with signed differences', () => {
    const rows = changesSheet(result).rows;
    expect(rows[2]).toEqual(['TT44', 'Tốt', 2016, 1, 2018, 2, '+1']);
    expect(rows[3]).toEqual(['TT44', 'Khá', 2016, 2, 2018, 1, '-1']);
    expect(rows[7]).toEqual(['TT25', 'Mức độ 2', 2024, 0, 2025, 1, '+1']);
    expect(rows[10]).toEqual(['TT25', 'Không xếp loại', 2024, 0, 2025, 0, '0']);
    const communes = rows.findIndex((r) => r[0] === 'Tên xã');
    expect(rows.slice(communes + 1)).toEqual([
      ['xã b', 'TT44', 2016, 'Khá', 2018, 'Tốt', 'Tăng hạng'],
      ['Xã C', 'TT44', 2016, 'Khá', 2018, 'Trung bình', 'Giảm hạng'],
      ['Xã C', 'TT25', 2024, 'Mức độ 1', 2025, 'Chưa đạt', 'Giảm hạng'],
    ]);
  });
});

describe('rollUp: rulesets of a province’s own', () => {
  const summary = PROVINCE_SUMMARY;
  const records = [
    record({ row: 2, commune: 'Xã K', year: 2025, rulesetId: 'SL-2025', rating: 'Đạt', ruleset: summary, points: { A: 8, B: 3 }, maxima: { A: 10, B: 10 } }),
    record({ row: 3, commune: 'Xã L', year: 2025, rulesetId: 'SL-2025', rating: 'Giỏi', points: { A: 10, B: 5 }, maxima: { A: 10, B: 10 } }),
    record({ row: 4, commune: 'Xã M', year: 2025, rulesetId: 'SL-2025', rating: 'Đạt', points: { A: 6 }, maxima: { A: 10, B: 10 } }),
  ];

  it('takes categories and names from the stored summary, and still counts a label it does not list', () => {
    const [stats] = rollUp(records).rulesets;
    expect(stats.categories).toEqual(['Xuất sắc', 'Đạt', 'Không đạt', 'Giỏi', 'Không xếp loại']);
    expect(stats.years).toEqual([{ year: 2025, total: 3, counts: [0, 2, 0, 1, 0] }]);
  });

  it('ranks points criteria by their average against the maximum, over the communes that entered them', () => {
    const [block] = rollUp(records).criteria;
    // A: (8 + 10 + 6) / 3 = 8 of 10; B: (3 + 5) / 2 = 4 of 10, the weaker.
    expect(block.scheme === 'points' && block.rows.map((r) => [r.code, r.name, r.entered, r.average, r.max])).toEqual([
      ['B', 'Tiêu chí B', 2, 4, 10],
      ['A', 'Tiêu chí A', 3, 8, 10],
    ]);
    expect(block.scheme === 'points' && block.ranked).toBe(true);
  });
});

describe('the criteria sheet of a points ruleset', () => {
  const blockRows = (records: CommuneRecord[]) => {
    const rows = criteriaSheet(rollUp(records)).rows;
    const header = rows.findIndex((r) => r[0] === 'Tiêu chí');
    return rows.slice(header, rows.length).filter((r) => r.some((c) => c !== ''));
  };

  it('the ratio to the maximum where both are known, blanks where a criterion has no points or no maximum (0 is none)', () => {
    expect(
      blockRows([
        record({ row: 2, commune: 'Xã K', year: 2024, rulesetId: 'SL-2025', rating: 'Đạt', ruleset: PROVINCE_SUMMARY, points: { A: 6 }, maxima: { A: 0, B: 4 } }),
        record({ row: 3, commune: 'Xã L', year: 2024, rulesetId: 'SL-2025', rating: 'Đạt', points: { A: 7 } }),
      ]),
    ).toEqual([
      ['Tiêu chí', 'Nội dung', 'Số xã đã chấm', 'Điểm trung bình', 'Điểm tối đa', 'Tỷ lệ so với tối đa'],
      ['A', 'Tiêu chí A', 2, '6,5', '0', ''],
      ['B', 'Tiêu chí B', 0, '', '4', ''],
      ['Chưa đủ điểm tối đa của các tiêu chí nên chưa xếp được tiêu chí yếu nhất: nhập điểm tối đa vào bảng Bộ tiêu chí của các xã.', '', '', '', '', ''],
    ]);
    expect(blockRows([record({ row: 2, commune: 'Xã K', year: 2024, rulesetId: 'SL-2025', rating: 'Đạt', ruleset: PROVINCE_SUMMARY, points: { A: 6, B: 1 }, maxima: { A: 8, B: 4 } })])).toEqual([
      ['Tiêu chí', 'Nội dung', 'Số xã đã chấm', 'Điểm trung bình', 'Điểm tối đa', 'Tỷ lệ so với tối đa'],
      ['B', 'Tiêu chí B', 1, '1', '4', '25%'],
      ['A', 'Tiêu chí A', 1, '6', '8', '75%'],
    ]);
  });
});

describe('rollUp: nothing yet', () => {
  it('gives sheets that say so', () => {
    const empty = rollUp([]);
    expect(statisticsSheet(empty, new Date(2026, 0, 1)).rows.at(-1)?.[0]).toBe('Chưa có xã nào có kết quả.');
    expect(criteriaSheet(empty).rows.at(-1)?.[0]).toBe('Chưa có bảng tính nào đọc được.');
    expect(changesSheet(empty).rows.at(-1)?.[0]).toBe('Không có xã nào thay đổi kết quả.');
    expect(communeSheet(empty).rows).toHaveLength(1);
  });
});
