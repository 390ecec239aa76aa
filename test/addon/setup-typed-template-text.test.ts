/**
 * Text typed over the template's own text (newcomer review of issue 14, finding F4): the requirement
 * of TC1.1 (C6), the wording of TC1.2 (B7), the requirement of TC1.3 (D8) of "Đánh giá", a hint of
 * "Thông tin", a legal basis of "Kết quả". Sheets lets people type there (the only protection on "Đánh giá" covers the
 * results), and repair writes the template's text back. Before, what was typed was gone, nowhere
 * in the workbook, and the message said every value was kept. Now it goes to an archive sheet and
 * the message names each cell, its row and the text, as for text typed over a computed cell.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { expectAllKept, filledWorkbook, REPAIRED_TT25, setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);
const ARCHIVE = 'Lưu trữ ô của mẫu 22-11-2026 08.05';

describe('text typed over the template’s own text', () => {
  it('is archived and named with its cell and indicator; the template text is written back', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    const template = [sheet.at('C6').value, sheet.at('B7').value, sheet.at('D8').value];
    expect([sheet.at('A6').value, sheet.at('A7').value, sheet.at('A8').value]).toEqual(['TC1.1', 'TC1.2', 'TC1.3']);
    sheet.type('C6', 'Đạt (xã tự ghi: đã có NQ)');
    sheet.type('B7', 'Xây dựng kế hoạch (xã sửa lời cho gọn)');
    sheet.type('D8', 'ghi chú ở cột yêu cầu MĐ2');
    expect(setupMessage(setup(ss, LATER))).toBe(
      `${REPAIRED_TT25}\nTrang "Đánh giá": ô C6 (dòng "TC1.1": "Đạt (xã tự ghi: đã có NQ)"), ô B7 (dòng "TC1.2": "Xây dựng kế hoạch (xã sửa lời cho gọn)"), ô D8 (dòng "TC1.3": "ghi chú ở cột yêu cầu MĐ2") ` +
        `khác với chữ của mẫu; nội dung đã được chép sang trang "${ARCHIVE}" và ô được ghi lại chữ của mẫu.`,
    );
    expect([sheet.at('C6').value, sheet.at('B7').value, sheet.at('D8').value]).toEqual(template);
    const archived = ss.sheet(ARCHIVE).values();
    expect(archived).toContainEqual(['Đánh giá', 'TC1.1', 'C6', 'Đạt (xã tự ghi: đã có NQ)', '', '']);
    expect(archived).toContainEqual(['Đánh giá', 'TC1.2', 'B7', 'Xây dựng kế hoạch (xã sửa lời cho gọn)', '', '']);
    expect(archived).toContainEqual(['Đánh giá', 'TC1.3', 'D8', 'ghi chú ở cột yêu cầu MĐ2', '', '']);
    expectAllKept(tracked);
    // Nothing typed is left over the template's text: a second repair has nothing to say.
    expect(setup(ss, LATER).messages).toEqual([]);
  });

  // Review 14b R5: a header typed over was named by the header row's first cell ('dòng "Mã"'), as if it were an indicator's row.
  it('a column header typed over is named as a header, not by the first cell of its row', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    expect(sheet.at('A4').value).toBe('Mã');
    const header = sheet.at('F4').value;
    sheet.type('F4', 'Minh chứng');
    expect(setupMessage(setup(ss, LATER))).toBe(
      `${REPAIRED_TT25}\nTrang "Đánh giá": ô F4 (tiêu đề cột: "Minh chứng") khác với chữ của mẫu; nội dung đã được chép sang trang "${ARCHIVE}" và ô được ghi lại chữ của mẫu.`,
    );
    expect(sheet.at('F4').value).toBe(header);
    expect(ss.sheet(ARCHIVE).values()).toContainEqual(['Đánh giá', 'dòng tiêu đề', 'F4', 'Minh chứng', '', '']);
  });

  it('a hint of "Thông tin" typed over is archived and named too', () => {
    const { ss, tracked } = filledWorkbook();
    const info = ss.sheet(SHEETS.info);
    expect(info.at('A6').value).toBe('Năm đánh giá *');
    const hint = info.at('C6').value;
    expect(hint).toBe('Số liệu tính từ 01/01 đến 31/12 của năm này');
    info.type('C6', 'năm 2025, số liệu đến 30/11');
    expect(setupMessage(setup(ss, LATER))).toBe(
      `${REPAIRED_TT25}\nTrang "Thông tin": ô C6 (dòng "Năm đánh giá *": "năm 2025, số liệu đến 30/11") khác với chữ của mẫu; nội dung đã được chép sang trang "${ARCHIVE}" và ô được ghi lại chữ của mẫu.`,
    );
    expect(info.at('C6').value).toBe(hint);
    expect(ss.sheet(ARCHIVE).values()).toContainEqual(['Thông tin', 'Năm đánh giá *', 'C6', 'năm 2025, số liệu đến 30/11', '', '']);
    expectAllKept(tracked);
  });

  it('the legal basis written beside a result of "Kết quả" typed over is archived and named too', () => {
    const { ss } = filledWorkbook();
    const results = ss.sheet(SHEETS.results);
    expect(results.at('A4').value).toBe('Mức độ đạt được');
    const basis = results.at('C4').value;
    results.type('C4', 'căn cứ xã ghi');
    expect(setupMessage(setup(ss, LATER))).toBe(
      `${REPAIRED_TT25}\nTrang "Kết quả": ô C4 (dòng "Mức độ đạt được": "căn cứ xã ghi") khác với chữ của mẫu; nội dung đã được chép sang trang "${ARCHIVE}" và ô được ghi lại chữ của mẫu.`,
    );
    expect(results.at('C4').value).toBe(basis);
    expect(ss.sheet(ARCHIVE).values()).toContainEqual(['Kết quả', 'Mức độ đạt được', 'C4', 'căn cứ xã ghi', '', '']);
  });
});
