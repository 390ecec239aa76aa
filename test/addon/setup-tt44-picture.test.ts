/**
 * What a commune sees on "Đánh giá" and "Kết quả" once its workbook is set to Thông tư 44/2014
 * (Thông tin B7 = TT44, then "Thiết lập / sửa mẫu"), cell by cell as setup-tt25-picture.test.ts
 * pins TT25's. TT44 scores each of Điều 3's fifteen criteria (khoản 1–15) in points, 100 in all
 * (Điều 4 khoản 2), and rates Tốt / Khá / Trung bình / Chưa đạt (Điều 4 khoản 3 điểm a–d): so the
 * value column takes points from 0 to 100 with decimals (7,5 points is a score), "Kết quả" says
 * "Xếp loại" and "Tổng điểm", the chart plots each criterion's points, and only Tốt and Khá are
 * green, Trung bình amber. Expected pictures typed from the README's sheet table and formula
 * reference (CDHT_SCORE's example `=CDHT_SCORE(A5:A19; E5:E19; "TT44")`: rows 5–19) and the
 * guide's colour key. The switch from TT25 empties the rows only a ruleset with Mức độ has (how long
 * recognition is kept, when Mức độ 2 may be applied for), their date formats too: "Kết quả"'s exact
 * contents and formats pin that.
 */
import { describe, expect, it } from 'vitest';
import { TT44_CRITERIA_TEXT } from '../fixtures/tt44-criteria';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';
import { COLOURS, contents, frame, whenEquals, whenStartsWith } from './sheet-picture';

const ss = new FakeSpreadsheet();
setup(ss);
ss.sheet('Thông tin').type('B7', 'TT44');
const switched = setup(ss);

const { header: HEADER, input: INPUT, computed: COMPUTED, green: GREEN, red: RED, amber: AMBER } = COLOURS;
const COMMUNE_LINE = `='Thông tin'!$B$4&" – năm đánh giá "&'Thông tin'!$B$6&" – Thông tư 44/2014/TT-BGDĐT — Cộng đồng học tập cấp xã (chấm điểm)"`;
/** The four arguments every CDHT_* call of a TT44 workbook takes: the fifteen criteria on rows 5–19. */
const ARGS = `'Đánh giá'!A5:A19;'Đánh giá'!E5:E19;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8`;

describe('a workbook switched to TT44', () => {
  it('says it switched, keeping the TT25 data in an archive', () => {
    expect(switched.rulesetId).toBe('TT44');
    expect(switched.messages[0]).toBe('Đã chuyển sang bộ tiêu chí TT44; dữ liệu và Bộ tiêu chí cũ (TT25) được lưu ở trang lưu trữ.');
  });

  it('"Đánh giá": one row per criterion TC1–TC15 (no heading rows), points 0–100 with decimals, "Điểm" and "Tối đa" beside', () => {
    const sheet = ss.sheet('Đánh giá');
    const expected: Record<string, unknown> = {
      A1: 'ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU',
      A2: COMMUNE_LINE,
      // I and J hold points, never Đạt / Không đạt: the line says so, and only "Thiếu dữ liệu" is coloured.
      A3: 'Nhập ở các ô màu vàng nhạt (cột E đến H). Cột I, J tự tính: I là điểm của tiêu chí, J là điểm tối đa ghi trong Bộ tiêu chí; vàng là còn thiếu dữ liệu.',
      A4: 'Mã',
      B4: 'Tiêu chí',
      C4: 'Điểm tối đa',
      E4: 'Điểm tự chấm',
      F4: 'Minh chứng (liên kết)',
      G4: 'Kết quả thực hiện (việc đã làm, số liệu)',
      H4: 'Phụ trách',
      I4: 'Điểm',
      J4: 'Tối đa',
      I5: "=CDHT_RESULTS(A5:A19;E5:E19;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)",
    };
    for (const [i, name] of TT44_CRITERIA_TEXT.entries()) Object.assign(expected, { [`A${5 + i}`]: `TC${i + 1}`, [`B${5 + i}`]: name });
    expect(contents(sheet)).toEqual(expected);
    expect(frame(sheet)).toEqual({
      // "General" (no format of its own): 7,5 points shows as 7,5, never rounded to 8.
      formats: {},
      bold: ['A1', 'A4:J4'],
      backgrounds: { [HEADER]: ['A4:J4'], [INPUT]: ['E5:H19'], [COMPUTED]: ['I5:J19'] },
      // Điều 4 khoản 2: 100 points in all, so no criterion above 100 while the province gives no maxima.
      validations: { 'number 0–100 warn: Nhập số từ 0 đến 100.': ['E5:E19'] },
      wrap: ['A1:J19'],
      frozen: 4,
      widths: { 2: 420, 3: 150, 4: 150, 5: 150, 6: 150, 7: 320, 8: 150 },
      rules: [whenEquals('I5:J19', 'Thiếu dữ liệu', AMBER)],
      protections: [['RANGE', 'I5:J19', 'Kết quả tự tính bằng CDHT_RESULTS', true]],
      charts: [],
      hidden: false,
    });
  });

  it('a TT44 workbook made before: the pass/fail line in A3 is rewritten on repair, saying so, the values kept', () => {
    const old = new FakeSpreadsheet();
    setup(old);
    old.sheet('Thông tin').type('B7', 'TT44');
    setup(old);
    const sheet = old.sheet('Đánh giá');
    const before = 'Nhập ở các ô màu vàng nhạt (cột E đến H). Cột I, J tự tính: xanh là đạt, đỏ là không đạt, vàng là còn thiếu dữ liệu.';
    const now = 'Nhập ở các ô màu vàng nhạt (cột E đến H). Cột I, J tự tính: I là điểm của tiêu chí, J là điểm tối đa ghi trong Bộ tiêu chí; vàng là còn thiếu dữ liệu.';
    sheet.type('A3', before);
    sheet.type('E5', 7.5);
    expect(setup(old).messages).toEqual([`Trang "Đánh giá", dòng 3: ô A3 ghi "${before}", khác với mẫu, nên đã ghi lại "${now}".`]);
    expect([sheet.at('A3').value, sheet.at('E5').value]).toEqual([now, 7.5]);
  });

  it('"Kết quả": Xếp loại (Điều 4 khoản 3), Tổng điểm, the counts, no TT25 dates, the criteria table, the check, the chart of points', () => {
    const sheet = ss.sheet('Kết quả');
    expect(contents(sheet)).toEqual({
      A1: 'KẾT QUẢ ĐÁNH GIÁ',
      A2: COMMUNE_LINE,
      A3: 'Nội dung',
      B3: 'Kết quả',
      C3: 'Căn cứ, ghi chú',
      A4: 'Xếp loại',
      B4: `=CDHT_RATING(${ARGS})`,
      C4: 'Thông tư 44/2014/TT-BGDĐT, Điều 4 khoản 3; ngưỡng xếp loại xem Bộ tiêu chí',
      A5: 'Tổng điểm',
      B5: `=CDHT_SCORE(${ARGS})`,
      A6: 'Số mục đã nhập',
      B6: `=SUMPRODUCT(('Đánh giá'!A5:A19<>"")*('Đánh giá'!E5:E19<>""))`,
      // No "(TC5.2 gồm hai mục)": each TT44 criterion is one row.
      C6: `="trên "&COUNTIF('Đánh giá'!A5:A19;"?*")&" mục"`,
      A7: 'Số mục đã có minh chứng',
      B7: `=SUMPRODUCT(('Đánh giá'!A5:A19<>"")*('Đánh giá'!F5:F19<>""))`,
      A12: 'KẾT QUẢ THEO TIÊU CHÍ',
      A13: `=CDHT_CRITERIA(${ARGS})`,
      // The criteria table: a header row and fifteen criteria (rows 13–28), a blank row, then the check.
      A30: 'KIỂM TRA DỮ LIỆU (lỗi cần sửa, cảnh báo cần xem)',
      A31: `=CDHT_CHECK(${ARGS})`,
    });
    expect(frame(sheet)).toEqual({
      // The total keeps "General": 74,5 points shows as 74,5.
      formats: { '#,##0': ['B6:B7'] },
      // CDHT_CRITERIA's header row has four columns under TT44: Tiêu chí, Nội dung, Điểm, Tối đa.
      bold: ['A1', 'A3:C3', 'A12', 'A13:D13', 'A30'],
      backgrounds: { [HEADER]: ['A3:C3', 'A13:D13'], [COMPUTED]: ['B4:B5'] },
      validations: {},
      wrap: [],
      frozen: 0,
      widths: { 1: 300, 2: 300 },
      rules: [
        whenEquals('B4', 'Tốt', GREEN),
        whenEquals('B4', 'Khá', GREEN),
        whenEquals('B4', 'Trung bình', AMBER),
        whenStartsWith('B4', 'Chưa đạt', RED),
        whenStartsWith('B4', 'Chưa đủ dữ liệu', AMBER),
        whenEquals('B31:B230', 'Lỗi', RED),
        whenEquals('B31:B230', 'Cảnh báo', AMBER),
      ],
      protections: [['SHEET', 'A1:Z1000', 'Kết quả tự tính: không cần sửa trên trang này', true]],
      // Criteria codes (A14:A28) against their points (column C, "Điểm"), not the maxima (D); right of the four-column table.
      charts: [[['A14:A28', 'C14:C28'], { type: 'COLUMN', position: [12, 6], title: 'Điểm theo tiêu chí' }]],
      hidden: false,
    });
  });
});
