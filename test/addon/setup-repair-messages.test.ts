/**
 * Every message a repair gives, whole, for one small edit each on a freshly set-up TT25 workbook:
 * a row or a column deleted, a label emptied, a row nobody can place, an unknown ruleset, a switch
 * of ruleset with its archive, text typed over a formula, a sheet not recognised. Expected texts are
 * what a commune must read: the sheet, the row or cell, what happened, what to do.
 */
import { describe, expect, it } from 'vitest';
import type { SetupResult } from '../../src/addon/setup/setup';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';
import { ARCHIVE_COLUMNS, contents, looks, rowCells } from './sheet-picture';

const LATER = new Date(2026, 10, 22, 8, 5);
const ALL = ['Hướng dẫn', 'Thông tin', 'Đánh giá', 'Danh mục minh chứng', 'Kết quả', 'Số liệu PCGD-XMC', 'Số liệu theo đơn vị', 'Bộ tiêu chí'];

function fresh(): FakeSpreadsheet {
  const ss = new FakeSpreadsheet();
  setup(ss);
  return ss;
}

/** A repair of TT25 that changed what it could and has these messages. */
const repaired = (messages: string[], extra: Partial<SetupResult> = {}): SetupResult => ({ rulesetId: 'TT25', created: [], updated: ALL, archive: null, messages, refused: false, ...extra });

describe('repair messages', () => {
  it('a deleted row of "Thông tin" is re-created empty, named with its row', () => {
    const ss = fresh();
    ss.sheet('Thông tin').deleteRow(16);
    expect(setup(ss, LATER)).toEqual(repaired(['Trang "Thông tin": dòng "Số Báo cáo" bị thiếu (có thể đã bị xoá) nên đã được tạo lại, trống, ở dòng 16. Nếu dòng này từng có giá trị, hãy nhập lại.']));
    expect(ss.sheet('Thông tin').at('A16').value).toBe('Số Báo cáo');
  });

  // A label of exactly 60 characters is quoted whole; a longer one is cut at its first sentence or its first eight words.
  it('a deleted heading of "Thông tin" of exactly 60 characters comes back with the template’s text, quoted whole', () => {
    const ss = fresh();
    expect(ss.sheet('Thông tin').at('A20').value).toBe('BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP (thành phần cuộc họp xã)');
    ss.sheet('Thông tin').deleteRow(20);
    expect(setup(ss, LATER)).toEqual(
      repaired(['Trang "Thông tin": dòng "BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP (thành phần cuộc họp xã)" bị thiếu (có thể đã bị xoá) nên đã được tạo lại ở dòng 20, với nội dung của mẫu.']),
    );
    expect(ss.sheet('Thông tin').at('A20').value).toBe('BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP (thành phần cuộc họp xã)');
  });

  it('a ruleset table the province renamed and reworded, of the same scheme, is kept as it is: no switch, no archive', () => {
    const ss = fresh();
    const table = ss.sheet('Bộ tiêu chí');
    expect([table.at('A2').value, table.at('B2').value]).toEqual(['Bộ tiêu chí', 'TT25']);
    table.type('B2', 'TT25-ĐL');
    table.type('C2', 'TT25 theo hướng dẫn của tỉnh Đắk Lắk');
    expect(setup(ss, LATER)).toEqual(repaired([], { rulesetId: 'TT25-ĐL' }));
    expect([table.at('B2').value, table.at('C2').value]).toEqual(['TT25-ĐL', 'TT25 theo hướng dẫn của tỉnh Đắk Lắk']);
  });

  it('a deleted values column of "Thông tin" is re-created; its hints are never read as the values (no ruleset "Ví dụ …")', () => {
    const ss = fresh();
    ss.sheet('Thông tin').type('B4', 'Xã Hòa An');
    ss.sheet('Thông tin').deleteColumn(2);
    // "Xã Hòa An" went with the column: the message says so and where to find it (before: nothing lost, it said).
    // The column heads the members' "Chức vụ" too, which went with it.
    expect(setup(ss, LATER)).toEqual(
      repaired([
        'Trang "Thông tin": cột "Nội dung" / "Chức vụ" bị thiếu (có thể đã bị xoá) nên đã được tạo lại, trống, ở cột B. Những gì đã nhập ở các ô B4:B53 (nếu có) đã mất cùng cột cũ; có thể xem và chép lại từ Tệp → Nhật ký phiên bản → Xem nhật ký phiên bản, ở phiên bản trước khi cột bị xoá.',
      ]),
    );
    expect(['A4', 'B4', 'C4'].map((a1) => ss.sheet('Thông tin').at(a1).value)).toEqual(['Tên xã *', '', 'Ghi cả chữ "Xã", ví dụ: Xã Hòa An']);
  });

  it('an emptied label is written back; a row with values but no code is left and named, with the rows it may belong to', () => {
    const ss = fresh();
    ss.sheet('Số liệu PCGD-XMC').type('A5', '');
    const sheet = ss.sheet('Đánh giá');
    sheet.type('F7', 3);
    sheet.type('G7', 'Ghi chú');
    for (const column of 'ABCD') sheet.type(`${column}7`, '');
    sheet.deleteRow(8);
    expect(setup(ss, LATER)).toEqual(
      repaired([
        'Trang "Đánh giá": dòng "TC1.2" bị thiếu (có thể đã bị xoá) nên đã được tạo lại, trống, ở dòng 7. Nếu dòng này từng có giá trị, hãy nhập lại.',
        'Trang "Đánh giá": dòng "TC1.3" bị thiếu (có thể đã bị xoá) nên đã được tạo lại, trống, ở dòng 8. Nếu dòng này từng có giá trị, hãy nhập lại.',
        'Dòng 9 của trang "Đánh giá" có giá trị nhưng không có mã chỉ tiêu: F9: 3, G9: "Ghi chú". Dòng này được để nguyên; nếu đó là giá trị của "TC1.2" (dòng 7) hoặc "TC1.3" (dòng 8), hãy chép sang dòng đó rồi xoá dòng 9.',
        'Trang "Số liệu PCGD-XMC", dòng 5: ô A5 trống nên đã ghi lại "Trẻ em 5 tuổi hoàn thành chương trình giáo dục mầm non".',
      ]),
    );
    expect([7, 8, 9].map((row) => ['A', 'F', 'G'].map((column) => sheet.at(`${column}${row}`).value))).toEqual([
      ['TC1.2', '', ''],
      ['TC1.3', '', ''],
      ['', 3, 'Ghi chú'],
    ]);
  });

  it('an unknown ruleset is named and TT25 kept', () => {
    const ss = fresh();
    ss.sheet('Thông tin').type('B7', 'TT99');
    expect(setup(ss, LATER)).toEqual(repaired(['Không có bộ tiêu chí "TT99": dùng "TT25", "TT44" hoặc vùng bảng Bộ tiêu chí. Đang dùng TT25.']));
  });

  it('text typed over a formula goes to a "Lưu trữ ô tự tính" sheet, named with the cell', () => {
    const ss = fresh();
    ss.sheet('Kết quả').type('A21', 'ghi đè');
    const archive = 'Lưu trữ ô tự tính 22-11-2026 08.05';
    expect(setup(ss, LATER)).toEqual(
      repaired([`Trang "Kết quả": ô tự tính A21 ("ghi đè") có nội dung nhập tay; nội dung đã được chép sang trang "${archive}" và ô được làm trống để kết quả hiện lại.`]),
    );
    expect(ss.sheets.map((s) => s.name).slice(-2)).toEqual(['Trang tính1', archive]);
    expect(contents(ss.sheet(archive))).toEqual({
      A1: 'NỘI DUNG NHẬP TAY Ở Ô TỰ TÍNH',
      A2: 'Các ô này do công thức tính; "Thiết lập / sửa mẫu" đã làm trống chúng để kết quả hiện lại và chép nội dung sang đây.',
      ...rowCells(4, ARCHIVE_COLUMNS),
      // Row 21 has no label of the template's (A21 is CDHT_CHECK), and its first cell is the one typed
      // over: no row label, the typed text once, as the value (it was also B5, as the row's label).
      A5: 'Kết quả',
      C5: 'A21',
      D5: 'ghi đè',
    });
    expect(ss.sheet('Kết quả').at('A21').formula).toMatch(/^=CDHT_CHECK\(/);
    // Every text (blanks too) under the text format, so what was typed is never re-read as a number or date.
    expect(looks(ss.sheet(archive)).formats).toEqual({ '@': ['A1:F5'] });
  });

  it('a number typed over a formula is named as the sheet shows it: a year ungrouped, a decimal comma', () => {
    const ss = fresh();
    ss.sheet('Kết quả').type('A21', 2025);
    ss.sheet('Kết quả').type('B21', 0.5);
    const archive = 'Lưu trữ ô tự tính 22-11-2026 08.05';
    expect(setup(ss, LATER).messages).toEqual([
      `Trang "Kết quả": ô tự tính A21 (2025), B21 (0,5) có nội dung nhập tay; nội dung đã được chép sang trang "${archive}" và ô được làm trống để kết quả hiện lại.`,
    ]);
    // A21, typed over, is no label for its row or B21's: the number is the value, once.
    expect([ss.sheet(archive).at('B5').value, ss.sheet(archive).at('B6').value, ss.sheet(archive).at('D5').value, ss.sheet(archive).at('D6').value]).toEqual(['', '', 2025, 0.5]);
  });

  it('TT25 → TT44: the switch and the archive are named; the archive holds the old rows (headings too), then the old table', () => {
    const ss = fresh();
    ss.sheet('Đánh giá').type('E6', 'Đạt');
    ss.sheet('Đánh giá').type('G7', 'ghi');
    ss.sheet('Thông tin').type('B7', 'TT44');
    const archive = 'Lưu trữ TT25 22-11-2026 08.05';
    expect(setup(ss, LATER)).toEqual({
      rulesetId: 'TT44',
      created: [],
      // TT44 has no percent indicators: "Số liệu theo đơn vị" is left as it is.
      updated: ALL.filter((name) => name !== 'Số liệu theo đơn vị'),
      archive,
      messages: [
        'Đã chuyển sang bộ tiêu chí TT44; dữ liệu và Bộ tiêu chí cũ (TT25) được lưu ở trang lưu trữ.',
        `Dữ liệu cũ của trang "Đánh giá" được lưu ở trang "${archive}".`,
        'Trang "Số liệu theo đơn vị" không dùng với bộ tiêu chí TT44 nên được để nguyên, số liệu trên trang không bị xoá.',
      ],
      refused: false,
    });
    const rows = ss.sheet(archive).values();
    expect(rows.slice(0, 5).map((row) => row.slice(0, 8))).toEqual([
      ['Dữ liệu trang "Đánh giá" trước khi thiết lập lại', '', '', '', '', '', '', ''],
      ['Mã', 'Nội dung', 'Yêu cầu Mức độ 1', 'Yêu cầu Mức độ 2', 'Giá trị', 'Minh chứng', 'Ghi chú', 'Phụ trách'],
      ['', 'TC1. Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã', '', '', '', '', '', ''],
      ['TC1.1', 'Thực hiện công tác tuyên truyền nâng cao nhận thức cho cộng đồng về học tập suốt đời, xây dựng xã hội học tập', 'Đạt', 'Đạt', 'Đạt', '', '', ''],
      [
        'TC1.2',
        'Xây dựng chương trình, kế hoạch thực hiện công tác xây dựng xã hội học tập hằng năm và tổ chức triển khai, thực hiện đầy đủ các chương trình, kế hoạch',
        'Đạt',
        'Đạt',
        '',
        '',
        'ghi',
        '',
      ],
    ]);
    // 21 rows of "Đánh giá" (row 23 the last, TC5.2b), a blank row, the title, then the old table from its header.
    expect(rows[22][0]).toBe('TC5.2b');
    expect(rows.slice(23, 27).map((row) => row.slice(0, 3))).toEqual([
      ['', '', ''],
      ['Bộ tiêu chí cũ', '', ''],
      ['Loại', 'Mã', 'Nội dung'],
      ['Bộ tiêu chí', 'TT25', 'Thông tư 25/2023/TT-BGDĐT — Cộng đồng học tập cấp xã'],
    ]);
  });

  it('a sheet whose rows are mostly gone is not recognised: nothing changes, and the message says how many rows and what to do', () => {
    const ss = fresh();
    ss.sheet('Số liệu PCGD-XMC').deleteRows(1, 12);
    const before = JSON.stringify(ss.state());
    expect(setup(ss, LATER)).toEqual({
      rulesetId: 'TT25',
      created: [],
      updated: [],
      archive: null,
      messages: [
        'Không nhận ra cấu trúc trang "Số liệu PCGD-XMC": thiếu 12/20 dòng của mẫu. Hãy khôi phục trang (Tệp → Nhật ký phiên bản) hoặc đổi tên trang này rồi chạy lại để tạo trang mới.',
        'Chưa thay đổi gì trong bảng tính.',
      ],
      refused: true,
    });
    expect(JSON.stringify(ss.state())).toBe(before);
  });

  // Blind sample 12-edge, P40: the boundary: more than half missing is not recognised. Half of a sheet's template rows missing is a sheet to
  // repair, its rows re-created; one row more and it is not recognised.
  it('a sheet missing exactly half its template rows (10/20) is repaired; with 11/20 missing it is not recognised', () => {
    const half = fresh();
    half.sheet('Số liệu PCGD-XMC').deleteRows(1, 10);
    const repaired = setup(half, LATER);
    expect(repaired.refused).toBe(false);
    expect(repaired.messages.filter((m) => m.startsWith('Không nhận ra cấu trúc'))).toEqual([]);
    expect(repaired.updated).toContain('Số liệu PCGD-XMC');
    const more = fresh();
    more.sheet('Số liệu PCGD-XMC').deleteRows(1, 11);
    expect(setup(more, LATER)).toMatchObject({
      refused: true,
      messages: [
        'Không nhận ra cấu trúc trang "Số liệu PCGD-XMC": thiếu 11/20 dòng của mẫu. Hãy khôi phục trang (Tệp → Nhật ký phiên bản) hoặc đổi tên trang này rồi chạy lại để tạo trang mới.',
        'Chưa thay đổi gì trong bảng tính.',
      ],
    });
  });
});
