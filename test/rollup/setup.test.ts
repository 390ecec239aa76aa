import { describe, expect, it } from 'vitest';
import { setUpWorkbook } from '../../src/rollup/setup';
import { STORE_SHEET } from '../../src/rollup/store';
import { REGISTER_SHEET } from '../../src/core/rollup/register';
import { GENERATED_SHEETS } from '../../src/core/rollup/sheets';
import { harness } from './harness';

const HEADER = ['Tên xã', 'Năm', 'Liên kết bảng tính', 'Kết quả nhập tay', 'Ghi chú', 'Đọc lại'];
/** Row 1 as set-up writes it: the header, a gap, then the pace setting with Google's 60 reads a minute. */
const FIRST_ROW = [...HEADER, '', 'Tốc độ đọc (bảng tính mỗi phút):', 60];

describe('Thiết lập bảng tổng hợp', () => {
  it('creates the register first, with its header, frozen and bold, and the generated sheets', () => {
    const h = harness();
    const message = setUpWorkbook(h.services);
    // A new spreadsheet comes with one sheet, which stays where it was.
    expect(h.spreadsheet.sheets.map((s) => s.getName())).toEqual([REGISTER_SHEET, 'Trang tính1', ...Object.values(GENERATED_SHEETS), STORE_SHEET]);
    const register = h.spreadsheet.sheet(REGISTER_SHEET);
    expect(register.values()).toEqual([FIRST_ROW]);
    expect(register.frozenRows).toBe(1);
    expect(register.boldRows()).toEqual([1]);
    // The whole header, its last column included, and nothing past it.
    expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1', 'H1'].map((a1) => register.at(a1).weight)).toEqual(['bold', 'bold', 'bold', 'bold', 'bold', 'bold', 'normal', 'normal']);
    expect(h.spreadsheet.sheet(STORE_SHEET).hidden).toBe(true);
    expect(h.spreadsheet.sheet(GENERATED_SHEETS.statistics).values()[0][0]).toMatch(/^Chưa có số liệu/);
    expect(message).toContain('Đã tạo trang "Danh sách xã".');
  });

  it('puts a year check and the typed-result drop-down under the header, as warnings only', () => {
    const h = harness();
    setUpWorkbook(h.services);
    const register = h.spreadsheet.sheet(REGISTER_SHEET);
    const year = { kind: 'DataValidation', requireNumberBetween: [2000, 2100], setAllowInvalid: true, setHelpText: 'Năm đánh giá, ví dụ 2025.' };
    const manual = {
      kind: 'DataValidation',
      requireValueInList: [['Mức độ 2', 'Mức độ 1', 'Chưa đạt', 'Tốt', 'Khá', 'Trung bình', 'Không xếp loại'], true],
      setAllowInvalid: true,
      setHelpText: 'Chỉ ghi khi xã không dùng bảng tính CĐHT (không có liên kết).',
    };
    const reread = {
      kind: 'DataValidation',
      requireValueInList: [['Đọc lại'], true],
      setAllowInvalid: true,
      setHelpText: 'Đánh dấu để lần cập nhật sau đọc lại bảng tính của dòng này; tiện ích bỏ dấu sau khi đọc.',
    };
    // From row 2 to the last of the sheet's 1000 rows; the header and the other columns have none.
    expect([register.at('B2').validation, register.at('B1000').validation, register.at('D2').validation, register.at('D1000').validation]).toEqual([year, year, manual, manual]);
    expect([register.at('F2').validation, register.at('F1000').validation]).toEqual([reread, reread]);
    expect([register.at('B1').validation, register.at('A2').validation, register.at('C2').validation, register.at('E2').validation, register.at('F1').validation]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('run again on a register cut down to its header row (every other row deleted): no error, the header kept', () => {
    const h = harness();
    setUpWorkbook(h.services);
    const register = h.spreadsheet.sheet(REGISTER_SHEET);
    register.deleteRows(2, register.getMaxRows() - 1);
    expect(register.getMaxRows()).toBe(1);
    expect(() => setUpWorkbook(h.services)).not.toThrow();
    expect(register.values()[0]).toEqual(FIRST_ROW);
  });

  it('run again, never changes the rows people typed nor the generated sheets', () => {
    const h = harness();
    const register = h.register([['Xã A', 2025, 'https://docs.google.com/spreadsheets/d/x/edit', '', 'ghi chú']]);
    h.spreadsheet
      .sheet(GENERATED_SHEETS.statistics)
      .getRange(1, 1, 1, 1)
      .setValues([['số liệu cũ']]);
    const before = register.values();
    const message = setUpWorkbook(h.services);
    expect(register.values()).toEqual(before);
    expect(h.spreadsheet.sheet(GENERATED_SHEETS.statistics).values()).toEqual([['số liệu cũ']]);
    expect(message).toContain('giữ nguyên các dòng đã nhập');
  });

  it('takes a header a person retyped in capitals, or with extra spaces, for the header: nothing inserted', () => {
    const h = harness();
    setUpWorkbook(h.services);
    const register = h.spreadsheet.sheet(REGISTER_SHEET);
    register.getRange(1, 1, 2, 6).setValues([
      ['TÊN XÃ', 'NĂM', ' Liên kết bảng tính ', 'Kết quả nhập tay', 'Ghi chú', 'ĐỌC LẠI'],
      ['Xã A', 2025, 'https://docs.google.com/spreadsheets/d/a/edit', '', '', ''],
    ]);
    const message = setUpWorkbook(h.services);
    expect(register.getRange(1, 1, 2, 2).getValues()).toEqual([
      ['TÊN XÃ', 'NĂM'],
      ['Xã A', 2025],
    ]);
    expect(message).not.toContain('đã chèn dòng tiêu đề');
  });

  it('inserts the header above a register that starts with data, moving nothing else', () => {
    const h = harness();
    const sheet = h.spreadsheet.insertSheet(REGISTER_SHEET, 0);
    sheet.getRange(1, 1, 2, 3).setValues([
      ['Xã A', 2025, 'Bảng tính xã A'],
      ['Xã B', 2024, 'https://docs.google.com/spreadsheets/d/b/edit'],
    ]);
    sheet.setLink(1, 3, 'https://docs.google.com/spreadsheets/d/a/edit');
    const message = setUpWorkbook(h.services);
    const blanks = ['', '', '', '', '', ''];
    expect(sheet.values()).toEqual([FIRST_ROW, ['Xã A', 2025, 'Bảng tính xã A', ...blanks], ['Xã B', 2024, 'https://docs.google.com/spreadsheets/d/b/edit', ...blanks]]);
    expect(sheet.getRange(2, 3, 1, 1).getRichTextValues()[0][0]?.getLinkUrl()).toBe('https://docs.google.com/spreadsheets/d/a/edit');
    expect(message).toContain('đã chèn dòng tiêu đề');
  });

  it('completes the shorter header of an earlier register and keeps a pace a province already set', () => {
    const h = harness();
    const sheet = h.spreadsheet.insertSheet(REGISTER_SHEET, 0);
    sheet.getRange(1, 1, 2, 9).setValues([
      [...HEADER.slice(0, 5), '', '', 'Tốc độ đọc (bảng tính mỗi phút):', 240],
      ['Xã A', 2025, 'https://docs.google.com/spreadsheets/d/a/edit', '', '', '', '', '', ''],
    ]);
    setUpWorkbook(h.services);
    expect(sheet.values()[0]).toEqual([...HEADER, '', 'Tốc độ đọc (bảng tính mỗi phút):', 240]);
    expect(sheet.values()[1][0]).toBe('Xã A');
  });

  it('writes the default pace into an emptied pace cell, and keeps a pace typed there even without its label', () => {
    const h = harness();
    setUpWorkbook(h.services);
    const register = h.spreadsheet.sheet(REGISTER_SHEET);
    register.getRange(1, 9, 1, 1).setValues([['']]);
    setUpWorkbook(h.services);
    expect(register.getRange(1, 8, 1, 2).getValues()).toEqual([['Tốc độ đọc (bảng tính mỗi phút):', 60]]);
    register.getRange(1, 8, 1, 2).setValues([['', 30]]);
    setUpWorkbook(h.services);
    expect(register.getRange(1, 8, 1, 2).getValues()).toEqual([['', 30]]);
  });
});
