/**
 * The year roll-over and its undo on a workbook whose sheets people renamed ("Thông tin" among
 * them) and where they inserted a row: every message names the sheets as they are called now, the
 * archive says where each cell was, and a restore gives back every cell. Expected texts by hand.
 */
import { describe, expect, it } from 'vitest';
import { restoreYear, startNewYear } from '../../src/addon/new-year';
import { setupWorkbook } from '../../src/addon/setup/setup';
import type { Cell } from '../../src/core/cells/values';
import { FakeLock } from '../fakes/lock';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

const ROLL_TIME = new Date(2026, 10, 21, 9, 30);
const ARCHIVE = 'Lưu trữ năm 2025 (21-11-2026 09.30)';
const RENAMES: Array<[string, string]> = [
  ['Thông tin', 'TT xã Hòa An'],
  ['Đánh giá', 'ĐG 2025'],
  ['Bộ tiêu chí', 'BTC của tỉnh'],
  ['Số liệu PCGD-XMC', 'PCGD'],
  // The sheet "Đánh giá"'s percent formulas read: a roll-over puts them back naming it as it is called now (sample 15 P38).
  ['Số liệu theo đơn vị', 'Đơn vị 2025'],
];
const KEPT = 'Tên xã, tỉnh, bộ tiêu chí, Ban chỉ đạo, người ký, cơ quan tiếp nhận, nơi nhận, ngày quyết định công nhận Mức độ 1 và trang "BTC của tỉnh" được giữ nguyên.';

/**
 * Set up, then filled and edited by hand. In "Thông tin" a row is inserted at 2, so its fields
 * are one row lower: "Tên xã" row 5, "Năm đánh giá" row 7, "Số Tờ trình" row 16 (row 15 in the template).
 */
function renamedWorkbook(year: Cell = 2025) {
  const ss = new FakeSpreadsheet();
  setupWorkbook(ss, fakeFactories(ss.log), new Date(2026, 0, 10, 8, 0));
  const info = ss.sheet('Thông tin');
  info.insertRowsBefore(2, 1);
  info.type('A2', 'Ghi chú của xã');
  info.type('B5', 'Xã Hòa An');
  info.type('B7', year);
  info.type('B16', '15/TTr-UBND');
  ss.sheet('Đánh giá').type('E6', 'Đạt');
  ss.sheet('Số liệu PCGD-XMC').type('B4', 1200);
  for (const [from, to] of RENAMES) ss.renamed(ss.sheet(from), to);
  return ss;
}

const deps = (ss: FakeSpreadsheet, now = ROLL_TIME, asked: string[] = []) => ({
  spreadsheet: ss,
  lock: new FakeLock(),
  confirm: (message: string) => {
    asked.push(message);
    return true;
  },
  now,
});

describe('the year roll-over on renamed sheets', () => {
  it('says what it does naming the sheets as they are called now, archives each cell where it is, and sets 2026', () => {
    const ss = renamedWorkbook();
    const asked: string[] = [];
    expect(startNewYear(deps(ss, ROLL_TIME, asked))).toEqual([
      'Đã chuyển sang năm đánh giá 2026.',
      `Dữ liệu năm 2025 (4 ô) được lưu ở trang "${ARCHIVE}".`,
      KEPT,
      `Muốn quay lại: mở trang "${ARCHIVE}" rồi chọn CĐHT → Khôi phục năm từ trang lưu trữ.`,
    ]);
    expect(asked).toEqual([
      'Bắt đầu năm đánh giá 2026?\n\nDữ liệu năm 2025 (4 ô: giá trị, minh chứng, ghi chú của từng chỉ tiêu, nội dung báo cáo, số liệu PCGD-XMC, số văn bản, liên kết hồ sơ) được chép sang trang lưu trữ mới rồi xóa khỏi các ô nhập.\n\n' +
        `${KEPT}\n\nCó thể khôi phục lại từ trang lưu trữ.`,
    ]);
    expect(ss.sheet(ARCHIVE).values()).toEqual([
      ['LƯU TRỮ DỮ LIỆU NĂM ĐÁNH GIÁ', 2025, '', '', '', ''],
      ['Năm đánh giá sau khi lưu', 2026, 'Chuyển sang năm 2026 lúc 21/11/2026 09:30. Khôi phục: mở trang này, chọn CĐHT → "Khôi phục năm từ trang lưu trữ".', '', '', ''],
      ['', '', '', '', '', ''],
      ['Trang', 'Mục', 'Ô', 'Giá trị', 'Công thức (không có dấu =)', 'Ô trong mẫu'],
      ['TT xã Hòa An', 'Năm đánh giá', 'B7', 2025, '', 'B6'],
      ['TT xã Hòa An', 'Số Tờ trình', 'B16', '15/TTr-UBND', '', 'B15'],
      ['ĐG 2025', 'TC1.1', 'E6', 'Đạt', '', 'E6'],
      ['PCGD', 'Trẻ em 5 tuổi được huy động ra lớp', 'B4', 1200, '', 'B4'],
    ]);
    const info = ss.sheet('TT xã Hòa An');
    expect(['A2', 'B5', 'B7', 'B16'].map((a1) => info.at(a1).value)).toEqual(['Ghi chú của xã', 'Xã Hòa An', 2026, '']);
    expect(ss.sheet('ĐG 2025').at('E6').value).toBe('');
    expect(ss.sheet('PCGD').at('B4').value).toBe('');
  });

  it('a year left blank or typed as text: the message names the renamed "Thông tin" and its cell, and nothing changes', () => {
    for (const year of ['', 'năm nay']) {
      const ss = renamedWorkbook(year);
      const before = JSON.stringify(ss.sheets.map((s) => s.state()));
      expect(startNewYear(deps(ss))).toEqual([
        'Ô "Năm đánh giá" (B7) ở trang "TT xã Hòa An" đang trống hoặc sai: hãy ghi năm của dữ liệu hiện có (ví dụ 2025) trước khi chuyển năm; chưa có gì thay đổi.',
      ]);
      expect(JSON.stringify(ss.sheets.map((s) => s.state()))).toBe(before);
    }
  });

  it('a restore gives back every cell and names the sheets as now', () => {
    const ss = renamedWorkbook();
    const before = ['TT xã Hòa An', 'ĐG 2025', 'PCGD'].map((name) => ss.sheet(name).values());
    startNewYear(deps(ss));
    ss.sheet('ĐG 2025').type('E7', 'Đạt');
    const asked: string[] = [];
    expect(restoreYear(deps(ss, new Date(2026, 10, 22, 10, 0), asked), ARCHIVE)).toEqual([
      `Đã khôi phục dữ liệu năm 2025 từ trang "${ARCHIVE}".`,
      'Dữ liệu năm 2026 trước khi khôi phục được lưu ở trang "Lưu trữ năm 2026 (22-11-2026 10.00)".',
    ]);
    expect(asked).toEqual([`Khôi phục dữ liệu năm 2025 từ trang "${ARCHIVE}"?\n\nDữ liệu hiện có của năm 2026 được chép sang một trang lưu trữ mới trước, nên không mất gì. ${KEPT}`]);
    expect(['TT xã Hòa An', 'ĐG 2025', 'PCGD'].map((name) => ss.sheet(name).values())).toEqual(before);
    expect(ss.sheet('Lưu trữ năm 2026 (22-11-2026 10.00)').values().slice(4)).toEqual([
      ['TT xã Hòa An', 'Năm đánh giá', 'B7', 2026, '', 'B6'],
      ['ĐG 2025', 'TC1.2', 'E7', 'Đạt', '', 'E7'],
    ]);
  });

  it('a restore reads an archive made before the sheets were renamed (it names them as the template does)', () => {
    const ss = new FakeSpreadsheet();
    setupWorkbook(ss, fakeFactories(ss.log), new Date(2026, 0, 10, 8, 0));
    ss.sheet('Thông tin').type('B6', 2025);
    ss.sheet('Đánh giá').type('E6', 'Đạt');
    startNewYear(deps(ss));
    expect(ss.sheet(ARCHIVE).values().slice(4)).toEqual([
      ['Thông tin', 'Năm đánh giá', 'B6', 2025, '', 'B6'],
      ['Đánh giá', 'TC1.1', 'E6', 'Đạt', '', 'E6'],
    ]);
    for (const [from, to] of RENAMES) ss.renamed(ss.sheet(from), to);
    restoreYear(deps(ss, new Date(2026, 10, 22, 10, 0)), ARCHIVE);
    expect([ss.sheet('TT xã Hòa An').at('B6').value, ss.sheet('ĐG 2025').at('E6').value]).toEqual([2025, 'Đạt']);
  });
});
