/**
 * A sheet the repair cannot match whole (src/addon/setup/setup.ts). One that only lacks rows people
 * deleted gets them back where they belong, so what is typed below stays where it was typed;
 * before, "Danh mục minh chứng" with its hint row deleted was rewritten as laid out and its heading
 * row landed on the first evidence item. Expected cells and message typed from the template
 * (title row 1, hint row 2, headings row 3, items from row 4).
 */
import { expect, it } from 'vitest';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

const setup = (ss: FakeSpreadsheet, now: Date) => setupWorkbook(ss, fakeFactories(ss.log), now);

it('the evidence list with its hint row deleted: the hint comes back on row 2 and every item, the first included, stays', () => {
  const ss = new FakeSpreadsheet();
  setup(ss, new Date(2026, 10, 21, 9, 30));
  const sheet = ss.sheet(SHEETS.evidence);
  sheet.type('A4', 'H1.01');
  sheet.type('B4', 'Nghị quyết của Đảng ủy xã');
  sheet.type('A210', 'H5.09');
  sheet.type('A260', 'H5.10');
  sheet.deleteRow(2);

  const result = setup(ss, new Date(2026, 10, 22, 8, 5));

  expect(result.messages).toEqual(['Trang "Danh mục minh chứng": dòng "Mỗi minh chứng một dòng. …" bị thiếu (có thể đã bị xoá) nên đã được tạo lại ở dòng 2, với nội dung của mẫu.']);
  expect(['A1', 'A3', 'A4', 'B4', 'A210', 'A260'].map((a1) => sheet.at(a1).value)).toEqual(['DANH MỤC MINH CHỨNG', 'Mã minh chứng', 'H1.01', 'Nghị quyết của Đảng ủy xã', 'H5.09', 'H5.10']);
  expect(String(sheet.at('A2').value)).toMatch(/^Mỗi minh chứng một dòng\./);
});

it('…with an item typed without its code: no advice to copy it into the hint row, which holds no values (review 14 F7); the item stays', () => {
  const ss = new FakeSpreadsheet();
  setup(ss, new Date(2026, 10, 21, 9, 30));
  const sheet = ss.sheet(SHEETS.evidence);
  sheet.type('A4', 'H1.01');
  sheet.type('B4', 'Nghị quyết của Đảng ủy xã');
  sheet.type('B5', 'Biên bản họp thôn');
  sheet.deleteRow(2);

  const result = setup(ss, new Date(2026, 10, 22, 8, 5));

  expect(result.messages).toEqual(['Trang "Danh mục minh chứng": dòng "Mỗi minh chứng một dòng. …" bị thiếu (có thể đã bị xoá) nên đã được tạo lại ở dòng 2, với nội dung của mẫu.']);
  expect(['A4', 'B4', 'A5', 'B5'].map((a1) => sheet.at(a1).value)).toEqual(['H1.01', 'Nghị quyết của Đảng ủy xã', '', 'Biên bản họp thôn']);
});
