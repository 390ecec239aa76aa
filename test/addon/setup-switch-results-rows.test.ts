/**
 * "Kết quả" after a switch from TT25 to TT44: the rows that only a ruleset with Mức độ has (how
 * long recognition is kept, when Mức độ 2 may be applied for, whether this year's dossier can)
 * are emptied, with their date format. Before, a row the new ruleset leaves out was "left as it
 * is", so TT25's formulas and legal notes stayed on a TT44 workbook's results.
 */
import { describe, expect, it } from 'vitest';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';
import { contents, looks } from './sheet-picture';

const ARGS = `'Đánh giá'!A5:A19;'Đánh giá'!E5:E19;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8`;

describe('"Kết quả" after switching TT25 → TT44', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  ss.sheet('Thông tin').type('B7', 'TT44');
  setup(ss, new Date(2026, 10, 22, 8, 5));
  const sheet = ss.sheet('Kết quả');

  it('holds what TT44 gives and nothing of TT25', () => {
    expect(contents(sheet)).toEqual({
      A1: 'KẾT QUẢ ĐÁNH GIÁ',
      A2: `='Thông tin'!$B$4&" – năm đánh giá "&'Thông tin'!$B$6&" – Thông tư 44/2014/TT-BGDĐT — Cộng đồng học tập cấp xã (chấm điểm)"`,
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
      // TT44 has no sub-items: no "(TC5.2 gồm hai mục)".
      C6: `="trên "&COUNTIF('Đánh giá'!A5:A19;"?*")&" mục"`,
      A7: 'Số mục đã có minh chứng',
      B7: `=SUMPRODUCT(('Đánh giá'!A5:A19<>"")*('Đánh giá'!F5:F19<>""))`,
      A12: 'KẾT QUẢ THEO TIÊU CHÍ',
      A13: `=CDHT_CRITERIA(${ARGS})`,
      // 15 criteria and the header row (13–28), a blank row, the title.
      A30: 'KIỂM TRA DỮ LIỆU (lỗi cần sửa, cảnh báo cần xem)',
      A31: `=CDHT_CHECK(${ARGS})`,
    });
  });

  it('keeps no date format on the emptied rows', () => {
    expect(looks(sheet).formats).toEqual({ '#,##0': ['B6:B7'] });
  });

  it('colours the TT44 ratings and the data check, and charts the points', () => {
    const state = sheet.state() as { conditionalRules: unknown[]; charts: unknown[] };
    const rule = (range: string, background: string, when: Record<string, string>) => ({ kind: 'ConditionalFormatRule', setRanges: [range], setBackground: background, ...when });
    expect(state.conditionalRules).toEqual([
      rule('B4', '#d9ead3', { whenTextEqualTo: 'Tốt' }),
      rule('B4', '#d9ead3', { whenTextEqualTo: 'Khá' }),
      rule('B4', '#fff2cc', { whenTextEqualTo: 'Trung bình' }),
      rule('B4', '#f4cccc', { whenTextStartsWith: 'Chưa đạt' }),
      rule('B4', '#fff2cc', { whenTextStartsWith: 'Chưa đủ dữ liệu' }),
      rule('B31:B230', '#f4cccc', { whenTextEqualTo: 'Lỗi' }),
      rule('B31:B230', '#fff2cc', { whenTextEqualTo: 'Cảnh báo' }),
    ]);
    expect(state.charts).toEqual([[['A14:A28', 'C14:C28'], { type: 'COLUMN', position: [12, 6], title: 'Điểm theo tiêu chí' }]]);
  });
});
