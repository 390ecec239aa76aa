/**
 * Two columns of ONE table swapped where a sheet stacks several tables in the same columns (a
 * block cut and pasted, not whole columns), then "Thiết lập / sửa mẫu" (session 19, hunter's
 * findings 1 and 2). The sheet's columns are matched once for all its tables, so one table's
 * columns then stand where the others' do not: before, repair followed the majority and wrote the
 * template's labels over what the commune typed in the other tables ("Thông tin": the report's
 * paragraphs in B44:B49 replaced by their labels, archived nowhere), or wrote headers back over
 * counts swapped under them ("Số liệu theo đơn vị": counts under the wrong header, wrong rates),
 * saying nothing. Now set-up changes nothing and names the columns and rows that disagree.
 *
 * Expected: cells typed here by hand; rows from the template as README "The commune workbook"
 * lays it out ("Thông tin": fields in rows 4–18, the committee's header row 21, report paragraphs in
 * rows 44–49; "Số liệu theo đơn vị" under TT25: unit header row 8, TC5.2b counted in F and G).
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import type { FakeSheet } from '../fakes/spreadsheet';
import { PCGD_RATES } from '../../src/core/pcgd/standards';
import { expectAllKept, filledWorkbook, REPAIRED_TT25, setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);

/** Swaps two columns (1-based) of the rows `first`–`last` only, as cutting and pasting those blocks does. */
function swapBlock(sheet: FakeSheet, first: number, last: number, a: number, b: number): void {
  const rows = last - first + 1;
  const [left, right] = [sheet.getRange(first, a, rows, 1).getValues(), sheet.getRange(first, b, rows, 1).getValues()];
  sheet.getRange(first, a, rows, 1).setValues(right);
  sheet.getRange(first, b, rows, 1).setValues(left);
}

describe('"Thông tin": "Mục" and "Nội dung" swapped in A3:B18 only', () => {
  const { ss } = filledWorkbook();
  const sheet = ss.sheet(SHEETS.info);
  swapBlock(sheet, 3, 18, 1, 2);
  const before = ss.state();
  const result = setup(ss, LATER);

  it('the report paragraphs the commune wrote are still in B44:B49', () => {
    expect(sheet.getRange(44, 1, 6, 2).getValues()).toEqual([
      ['Thuận lợi', 'Thuận lợi: đoạn văn của Ban chỉ đạo.'],
      ['Khó khăn', 'Khó khăn: đoạn văn của Ban chỉ đạo.'],
      ['Kết quả nổi bật', 'Kết quả nổi bật: đoạn văn của Ban chỉ đạo.'],
      ['Hạn chế', 'Hạn chế: đoạn văn của Ban chỉ đạo.'],
      ['Bài học kinh nghiệm', 'Bài học kinh nghiệm: đoạn văn của Ban chỉ đạo.'],
      ['Kiến nghị, đề xuất', 'Kiến nghị, đề xuất: đoạn văn của Ban chỉ đạo.'],
    ]);
  });

  it('the fields keep their values beside their labels, as the commune left them', () => {
    expect(sheet.getRange(4, 1, 3, 2).getValues()).toEqual([
      ['Tên xã của xã số 0', 'Tên xã *'],
      ['Tỉnh, thành phố của xã số 1', 'Tỉnh, thành phố *'],
      [2025, 'Năm đánh giá *'],
    ]);
  });

  it('set-up changes nothing and names the columns that stand apart, with their rows', () => {
    expect(result.refused).toBe(true);
    expect(ss.state()).toEqual(before);
    expect(setupMessage(result)).toBe(
      [
        'Trang "Thông tin": các bảng trên trang dùng chung cột nhưng không cùng thứ tự cột (có vẻ các cột của một bảng đã được cắt, dán đổi chỗ riêng): ' +
          // Rows 21 (the committee's header), 44–49 (the report) and 55 (the template version) kept the
          // template's order; the last dossier's rows (52–53) too, but with nothing in them yet they are no sign of it.
          'cột "Mục" / "Họ và tên" của mẫu ở cột B tại dòng 3–18, ở cột A tại dòng 21, 44–49, 55; ' +
          'cột "Nội dung" / "Chức vụ" của mẫu ở cột A tại dòng 3, ở cột B tại dòng 21, 55. ' +
          'Hãy đổi lại cho mọi bảng cùng thứ tự cột như mẫu (cắt, dán cả khối ô cùng nội dung) rồi chạy lại.',
        'Chưa thay đổi gì trong bảng tính.',
      ].join('\n'),
    );
  });
});

describe('"Số liệu theo đơn vị": the TC5.2b count columns swapped in the unit table (F8:F49 ↔ G8:G49)', () => {
  const { ss } = filledWorkbook();
  const sheet = ss.sheet(SHEETS.units);
  // Two units; TC5.2b: 7 of 100 and 5 of 80.
  sheet.getRange(9, 1, 2, 7).setValues([
    ['Thôn Đông', 50, 100, 20, 100, 7, 100],
    ['Thôn Tây', 60, 80, '', '', 5, 80],
  ]);
  swapBlock(sheet, 8, 49, 6, 7);
  const before = ss.state();
  const result = setup(ss, LATER);

  it('each count stays under its own header', () => {
    expect(sheet.getRange(8, 6, 3, 2).getValues()).toEqual([
      ['TC5.2b: tổng số', 'TC5.2b: số đạt'],
      [100, 7],
      [80, 5],
    ]);
  });

  it('set-up changes nothing and says which columns of the unit table stand apart', () => {
    expect(result.refused).toBe(true);
    expect(ss.state()).toEqual(before);
    expect(setupMessage(result)).toBe(
      [
        'Trang "Số liệu theo đơn vị": các bảng trên trang dùng chung cột nhưng không cùng thứ tự cột (có vẻ các cột của một bảng đã được cắt, dán đổi chỗ riêng): ' +
          // Column F heads both tables: the sums' "Kiểm tra số liệu" (row 3) stayed, the unit header moved to G.
          'cột "Kiểm tra số liệu" / "TC5.2b: số đạt" của mẫu ở cột F tại dòng 3, ở cột G tại dòng 8; ' +
          'cột "TC5.2b: tổng số" của mẫu ở cột F tại dòng 8. ' +
          'Hãy đổi lại cho mọi bảng cùng thứ tự cột như mẫu (cắt, dán cả khối ô cùng nội dung) rồi chạy lại.',
        'Chưa thay đổi gì trong bảng tính.',
      ].join('\n'),
    );
  });
});

/**
 * The other tables whose columns the template matches by header, each with two columns swapped in
 * that table only: on a sheet stacking tables, set-up changes nothing and says so, every typed value
 * where the commune left it; where the table is the sheet's only one ("Đánh giá", under its title),
 * the swap is the columns moved, kept where they stand, as for whole columns (setup-columns-moved).
 */
describe('other tables: two columns swapped in one table only', () => {
  it('"Thông tin", the committee (A21:B41): names and posts stay, set-up refuses', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.info);
    swapBlock(sheet, 21, 41, 1, 2);
    const before = ss.state();
    const result = setup(ss, LATER);
    expect(result.refused).toBe(true);
    expect(ss.state()).toEqual(before);
    expect(sheet.getRange(21, 1, 3, 2).getValues()).toEqual([
      ['Chức vụ', 'Họ và tên'],
      ['Chức vụ 1', 'Nguyễn Văn Bình'],
      ['Chức vụ 2', 'Trần Thị Cúc'],
    ]);
    // Rows 1–18 (title, hint, fields), 20 and 43–55 (titles, report, last dossier, version) as laid out.
    expect(setupMessage(result)).toContain(
      'cột "Mục" / "Họ và tên" của mẫu ở cột A tại dòng 1–18, 20, 43–49, 51–53, 55, ở cột B tại dòng 21; cột "Nội dung" / "Chức vụ" của mẫu ở cột B tại dòng 3, 55, ở cột A tại dòng 21.',
    );
  });

  it('"Thông tin", the report (A43:B49): the paragraphs stay, set-up refuses', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.info);
    swapBlock(sheet, 43, 49, 1, 2);
    const before = ss.state();
    const result = setup(ss, LATER);
    expect(result.refused).toBe(true);
    expect(ss.state()).toEqual(before);
    expect(sheet.getRange(44, 1, 1, 2).getValues()).toEqual([['Thuận lợi: đoạn văn của Ban chỉ đạo.', 'Thuận lợi']]);
    // The report's title (row 43) went to B with it: a title alone on its row says nothing of columns.
    expect(setupMessage(result)).toContain('cột "Mục" / "Họ và tên" của mẫu ở cột A tại dòng 1–18, 20–21, 51–53, 55, ở cột B tại dòng 44–49.');
  });

  it('"Số liệu PCGD-XMC", the counts table (B ↔ D from its header to its last rate): counts stay under their headers, set-up refuses', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.pcgd);
    expect(sheet.getRange(3, 2, 1, 3).getValues()).toEqual([['Tổng số (mẫu số)', 'Số được miễn trừ', 'Số đạt (tử số)']]);
    const last = 3 + PCGD_RATES.length;
    swapBlock(sheet, 3, last, 2, 4);
    const before = ss.state();
    const result = setup(ss, LATER);
    expect(result.refused).toBe(true);
    expect(ss.state()).toEqual(before);
    // scenarios.ts types 1000 as the first total, 1 exempted, 900 as its số đạt.
    expect(sheet.getRange(3, 2, 2, 3).getValues()).toEqual([
      ['Số đạt (tử số)', 'Số được miễn trừ', 'Tổng số (mẫu số)'],
      [900, 1, 1000],
    ]);
    expect(setupMessage(result)).toContain(`cột "Tổng số (mẫu số)" / "Căn cứ" của mẫu ở cột B tại dòng`);
  });

  it('"Đánh giá", its one table (G4:H25 of "Kết quả thực hiện" and "Phụ trách"): found where they stand, nothing refused or lost', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    swapBlock(sheet, 4, sheet.getLastRow(), 7, 8);
    const message = setupMessage(setup(ss, LATER));
    expect(message).toBe(
      [REPAIRED_TT25, 'Trang "Đánh giá": cột "Phụ trách" (đang ở cột G) không theo thứ tự của mẫu; được giữ nguyên tại chỗ cùng nội dung, được đọc theo tiêu đề và không bị tạo lại.'].join('\n'),
    );
    expectAllKept(tracked);
  });
});
