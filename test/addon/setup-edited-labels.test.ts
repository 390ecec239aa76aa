/**
 * Labels the committee edited or deleted, found by the newcomer review of issue 14: a field's
 * label in "Thông tin" typed over ("Tên xã" → "Ten xa", "Họ và tên người ký" → "…kí", "Kiến
 * nghị, đề xuất" → "Kiến nghị - đề xuất"), a criterion heading of "Đánh giá" edited, column A of
 * "Đánh giá" (the codes) deleted. Before, repair re-created each such row empty (20 rows and a
 * second header for the deleted column), left the value one row below and told the user to type
 * it again, though it was there. Now the row is recognised by its hint, its wording or its place,
 * and its label written back beside the value.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { readSnapshot } from '../../src/addon/workbook-reader';
import { SHEETS } from '../../src/core/template/layout';
import { assessWorkbook } from '../../src/core/workbook/snapshot';
import { expectAllKept, filledWorkbook, REPAIRED_TT25, setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);
describe('a label typed over in "Thông tin"', () => {
  // [cell, typed, label as the template writes it (without the * of a required field)]
  const cases: Array<[string, string, string]> = [
    // Recognised by its hint, the only one of its kind.
    ['A4', 'Ten xa', 'Tên xã'],
    // No hint: recognised by its place between the rows around it.
    ['A14', 'Họ và tên người kí', 'Họ và tên người ký'],
    ['A49', 'Kiến nghị - đề xuất', 'Kiến nghị, đề xuất'],
  ];
  for (const [cell, typed, label] of cases) {
    it(`"${typed}" in ${cell}: "${label}" written back beside its value, no row added`, () => {
      const { ss, tracked } = filledWorkbook();
      const sheet = ss.sheet(SHEETS.info);
      const rows = sheet.values().length;
      const row = Number(cell.slice(1));
      expect(String(sheet.at(cell).value).replace(/ \*$/, '')).toBe(label);
      sheet.type(cell, typed);
      expect(setupMessage(setup(ss, LATER))).toBe(`${REPAIRED_TT25}\nTrang "Thông tin", dòng ${row}: ô ${cell} ghi "${typed}", khác với mẫu, nên đã ghi lại "${label}".`);
      expect(sheet.values().length).toBe(rows);
      expect(String(sheet.at(cell).value).replace(/ \*$/, '')).toBe(label);
      expectAllKept(tracked);
      expect(setup(ss, LATER).messages).toEqual([]);
    });
  }

  it('the readers find the values again: the commune and the signer', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.info);
    sheet.type('A4', 'Ten xa');
    sheet.type('A14', 'Họ và tên người kí');
    setup(ss, LATER);
    const { info } = assessWorkbook(readSnapshot(ss));
    expect([info.commune, info.signerName]).toEqual(['Tên xã của xã số 0', 'Họ và tên người ký của xã số 10']);
  });
});

describe('"Đánh giá"', () => {
  it('an edited criterion heading: written back on its row, the note typed there kept beside it', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    const heading = 'TC2. Huy động nguồn lực và tạo môi trường thuận lợi để thực hiện xây dựng xã hội học tập ở địa phương';
    expect(sheet.at('B9').value).toBe(heading);
    sheet.type('B9', 'TC2 Huy động nguồn lực (sửa)');
    // The edit is more than a slip of the heading ("(sửa)"): what was typed is kept in the archive of typed-over labels (session 18).
    expect(setupMessage(setup(ss, LATER))).toBe(
      `${REPAIRED_TT25}\nTrang "Đánh giá", dòng 9: ô B9 ghi "TC2 Huy động nguồn lực (sửa)", khác với mẫu, nên đã ghi lại "${heading}". Nội dung đã nhập ở ô được chép sang trang "Lưu trữ ô của mẫu 22-11-2026 08.05".`,
    );
    expect(ss.sheet('Lưu trữ ô của mẫu 22-11-2026 08.05').values()[4].slice(0, 4)).toEqual(['Đánh giá', heading, 'B9', 'TC2 Huy động nguồn lực (sửa)']);
    expect([sheet.at('B9').value, sheet.at('G9').value, sheet.at('A10').value]).toEqual([heading, 'Ghi chú chung cho TC2', 'TC2.1']);
    expectAllKept(tracked);
  });

  it('column A (the codes) deleted: re-created with the codes, each indicator found by its wording; no row added', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    const rows = sheet.values().length;
    sheet.deleteColumn(1);
    expect(setupMessage(setup(ss, LATER))).toBe(`${REPAIRED_TT25}\nTrang "Đánh giá": cột "Mã" bị thiếu (có thể đã bị xoá) nên đã được tạo lại ở cột A, với nội dung của mẫu.`);
    expect(sheet.values().length).toBe(rows);
    expect(sheet.values().map((row) => row[0])).toEqual([
      'ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU',
      expect.stringMatching(/^=/),
      'Nhập ở các ô màu vàng nhạt (cột E đến H). Cột I, J tự tính: xanh là đạt, đỏ là không đạt, vàng là còn thiếu dữ liệu.',
      'Mã',
      '',
      'TC1.1',
      'TC1.2',
      'TC1.3',
      '',
      'TC2.1',
      'TC2.2',
      'TC2.3',
      '',
      'TC3.1',
      'TC3.2',
      'TC3.3',
      '',
      'TC4.1',
      'TC4.2',
      'TC4.3',
      'TC4.4',
      '',
      'TC5.1',
      'TC5.2a',
      'TC5.2b',
    ]);
    expectAllKept(tracked);
    expect(assessWorkbook(readSnapshot(ss)).evidence.get('TC1.1')?.description).toBe('Ghi chú TC1.1');
  });
});
