/**
 * The guide ("Hướng dẫn") after a template upgrade rewrote it: what people typed there (rows they
 * inserted among its lines or below it, notes beside a line) is kept, and the message says where
 * it went. The guide's own lines come from the spec (the template's data, the input here); every
 * typed cell and every message is written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { guideSheet } from '../../src/core/template/guide-sheet';
import type { Cell } from '../../src/core/cells/values';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

const GUIDE = guideSheet().cells.map((row) => (row[0]?.kind === 'label' ? String(row[0].value) : ''));
/** Line 5 as the older version worded it: it cannot be told from a person's edit, so it is kept below the new guide. */
const OLD_LINE = '2. Trang "Đánh giá": nhập giá trị ở cột E (cách viết của bản cũ).';
const KEPT = 'Trang "HD của xã" được ghi lại theo mẫu hiện hành. Nội dung không có trong hướng dẫn của mẫu (xã ghi thêm, hoặc của hướng dẫn cũ) được giữ: ';
const oldLine = (row: number, to: number) =>
  `dòng ${row} ("2. Trang "Đánh giá": nhập giá trị ở cột E (cách viết của bản cũ)."), khác với dòng hướng dẫn của mẫu ở đó, được chép xuống dòng ${to} và dòng ${row} được ghi lại như mẫu`;

/** The sheet as set-up leaves it: the template's guide in column A, then `after` (rows), `beside` (cells right of a line). */
function expected(columns: number, beside: Record<number, Cell[]>, after: Cell[][]): Cell[][] {
  const pad = (row: Cell[]) => [...row, ...new Array<Cell>(columns - row.length).fill('')];
  return [...GUIDE.map((line, r) => pad([line, ...(beside[r + 1] ?? [])])), ...after.map(pad)];
}

/** A set-up workbook whose guide reads as an older version wrote it (line 5 worded otherwise), renamed by the commune. */
function olderGuide(): FakeSpreadsheet {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const guide = ss.sheet('Hướng dẫn');
  guide.setName('HD của xã');
  guide.type('A5', OLD_LINE);
  return ss;
}

describe('the guide, rewritten by a new template version', () => {
  it('keeps the rows people inserted or typed below it (moved under the new guide) and notes beside a line (with their line)', () => {
    const ss = olderGuide();
    const guide = ss.sheet('HD của xã');
    guide.type('B4', 'Ban chỉ đạo điền trước 15/3');
    guide.insertRowsBefore(7, 1);
    guide.type('A7', 'Ghi chú của xã: hỏi anh Nam (văn phòng)');
    guide.type('B7', "'0912345678");
    // Line 4 of the template ("4. Trang Kết quả", row 10) is on row 11 after the row inserted above it.
    guide.type('B11', 'xem cả phần cảnh báo');
    guide.type('A25', 'Năm bắt đầu dùng bảng:');
    guide.type('B25', 2025);
    const result = setup(ss);
    expect(guide.values()).toEqual(
      expected(2, { 4: ['Ban chỉ đạo điền trước 15/3'], 10: ['xem cả phần cảnh báo'] }, [
        ['', ''],
        [OLD_LINE, ''],
        ['Ghi chú của xã: hỏi anh Nam (văn phòng)', '0912345678'],
        ['Năm bắt đầu dùng bảng:', 2025],
      ]),
    );
    expect(result.messages).toEqual([
      KEPT +
        // In the order of the rows they were on.
        `${oldLine(5, 23)}, ` +
        'dòng 7 ("Ghi chú của xã: hỏi anh Nam (văn phòng)", "0912345678") chuyển xuống dòng 24, ' +
        'ô B11 ("xem cả phần cảnh báo") chuyển sang ô B10, cạnh dòng hướng dẫn của nó, ' +
        'dòng 25 ("Năm bắt đầu dùng bảng:", 2025) chuyển xuống dòng 25.',
    ]);
    expect(setupMessage(result)).toContain('Dữ liệu đã nhập được giữ nguyên.');
    // A typed text that reads as a number stays text.
    expect(guide.at('B24').format).toBe('@');
    // Running again changes nothing and says nothing.
    const state = JSON.stringify(ss.state());
    expect(setup(ss).messages).toEqual([]);
    expect(JSON.stringify(ss.state())).toBe(state);
  });

  it('with nothing typed: the new guide, the older wording of line 5 kept below it and named (before: lost without a word)', () => {
    const ss = olderGuide();
    const result = setup(ss);
    expect(ss.sheet('HD của xã').values()).toEqual(expected(1, {}, [[''], [OLD_LINE]]));
    expect(result.messages).toEqual([`${KEPT}${oldLine(5, 23)}.`]);
  });

  it('a line of the current guide typed over in place: the line comes back, the person’s wording below it, named', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const guide = ss.sheet('Hướng dẫn');
    guide.type('A10', 'Trang Kết quả: chị Lan xem lại hằng tháng');
    const result = setup(ss);
    expect(guide.values()).toEqual(expected(1, {}, [[''], ['Trang Kết quả: chị Lan xem lại hằng tháng']]));
    expect(result.messages).toEqual([
      'Trang "Hướng dẫn" được ghi lại theo mẫu hiện hành. Nội dung không có trong hướng dẫn của mẫu (xã ghi thêm, hoặc của hướng dẫn cũ) được giữ: ' +
        'dòng 10 ("Trang Kết quả: chị Lan xem lại hằng tháng"), khác với dòng hướng dẫn của mẫu ở đó, được chép xuống dòng 23 và dòng 10 được ghi lại như mẫu.',
    ]);
    expect(setup(ss).messages).toEqual([]);
  });

  it('a row typed above the title, and one just under the last line: both below the new guide, in order', () => {
    const ss = olderGuide();
    const guide = ss.sheet('HD của xã');
    guide.insertRowsBefore(1, 1);
    guide.type('A1', 'Bản của xã Hòa An');
    guide.type('A23', 'Cuối trang');
    const result = setup(ss);
    expect(guide.values()).toEqual(expected(1, {}, [[''], ['Bản của xã Hòa An'], [OLD_LINE], ['Cuối trang']]));
    expect(result.messages).toEqual([`${KEPT}dòng 1 ("Bản của xã Hòa An") chuyển xuống dòng 23, ${oldLine(6, 24)}, dòng 23 ("Cuối trang") chuyển xuống dòng 25.`]);
  });
});
