/**
 * The roll-over and its undo, whole: the question asked, every line said afterwards, every cell of
 * the archive sheet with its number format, and every cell of the template sheets that changed
 * (nothing else may). A small 2025 workbook filled by hand: the year, a document number, a member,
 * a TC1.1 value and note, a typed TC5.1 percent, a thôn with its counts, a PCGD count, a date.
 */
import { describe, expect, it } from 'vitest';
import { restoreYear, startNewYear } from '../../src/addon/new-year';
import { SHEETS } from '../../src/core/template/layout';
import type { FakeSpreadsheet } from '../fakes/spreadsheet';
import { FakeSpreadsheet as Spreadsheet } from '../fakes/spreadsheet';
import { FakeLock } from '../fakes/lock';
import { setup } from './scenarios';
import { ARCHIVE_COLUMNS, contents, looks, rowCells } from './sheet-picture';

const ROLL = new Date(2026, 0, 5, 7, 3);
const KEPT = 'Tên xã, tỉnh, bộ tiêu chí, Ban chỉ đạo, người ký, cơ quan tiếp nhận, nơi nhận, ngày quyết định công nhận Mức độ 1 và trang "Bộ tiêu chí" được giữ nguyên.';
const ARCHIVE = 'Lưu trữ năm 2025 (05-01-2026 07.03)';

function workbook() {
  const ss = new Spreadsheet();
  setup(ss, new Date(2025, 0, 2, 8, 0));
  const info = ss.sheet(SHEETS.info);
  info.type('B4', 'Xã Hòa An');
  info.type('B6', 2025);
  info.type('B15', '15/TTr-UBND');
  info.type('A22', 'Lê Thị Mai');
  info.type('B53', new Date(2025, 11, 20));
  const assessment = ss.sheet(SHEETS.assessment);
  assessment.type('E6', 'Đạt');
  assessment.type('G6', 'Đã tổ chức 4 hội nghị');
  assessment.type('E23', 0.65);
  const units = ss.sheet(SHEETS.units);
  units.type('A9', 'Thôn Đông');
  units.type('B9', 120);
  units.type('C9', 200);
  ss.sheet(SHEETS.pcgd).type('B4', 1200);
  return ss;
}

/** Each template sheet's contents, for comparing before and after. */
const templateContents = (ss: FakeSpreadsheet) => Object.fromEntries(Object.values(SHEETS).map((name) => [name, contents(ss.sheet(name))]));

/** The cells whose content differs between two states: A1 → [before, after]. */
function changes(before: ReturnType<typeof templateContents>, after: ReturnType<typeof templateContents>) {
  const out: Record<string, [unknown, unknown]> = {};
  for (const sheet of Object.keys(before)) {
    for (const a1 of new Set([...Object.keys(before[sheet]), ...Object.keys(after[sheet])])) {
      const [was, is] = [before[sheet][a1], after[sheet][a1]];
      if (JSON.stringify(was) !== JSON.stringify(is)) out[`${sheet}!${a1}`] = [was, is];
    }
  }
  return out;
}

describe('Bắt đầu năm đánh giá mới, whole', () => {
  it('asks with the count of cells, archives each cell with its place, writes 2026 and empties the rest, and says so', () => {
    const ss = workbook();
    const before = templateContents(ss);
    const asked: string[] = [];
    const lock = new FakeLock();
    const lines = startNewYear({ spreadsheet: ss, lock, confirm: answerYes(asked), now: ROLL });
    expect(asked).toEqual([
      `Bắt đầu năm đánh giá 2026?\n\nDữ liệu năm 2025 (9 ô: giá trị, minh chứng, ghi chú của từng chỉ tiêu, nội dung báo cáo, số liệu PCGD-XMC, số văn bản, liên kết hồ sơ) được chép sang trang lưu trữ mới rồi xóa khỏi các ô nhập.\n\n${KEPT}\n\nCó thể khôi phục lại từ trang lưu trữ.`,
    ]);
    expect(lines).toEqual([
      'Đã chuyển sang năm đánh giá 2026.',
      `Dữ liệu năm 2025 (9 ô) được lưu ở trang "${ARCHIVE}".`,
      KEPT,
      `Muốn quay lại: mở trang "${ARCHIVE}" rồi chọn CĐHT → Khôi phục năm từ trang lưu trữ.`,
    ]);
    expect([lock.acquired, lock.released, lock.held]).toEqual([1, 1, false]);
    // The archive comes last, after every sheet there was.
    expect(ss.sheets.map((s) => s.name).slice(-2)).toEqual(['Trang tính1', ARCHIVE]);
    const archive = ss.sheet(ARCHIVE);
    // In sheet order, then row by row, then column by column: only cells that held something.
    expect(contents(archive)).toEqual({
      A1: 'LƯU TRỮ DỮ LIỆU NĂM ĐÁNH GIÁ',
      B1: 2025,
      A2: 'Năm đánh giá sau khi lưu',
      B2: 2026,
      C2: 'Chuyển sang năm 2026 lúc 05/01/2026 07:03. Khôi phục: mở trang này, chọn CĐHT → "Khôi phục năm từ trang lưu trữ".',
      ...rowCells(4, ARCHIVE_COLUMNS),
      ...rowCells(5, ['Thông tin', 'Năm đánh giá', 'B6', 2025, '', 'B6']),
      ...rowCells(6, ['Thông tin', 'Số Tờ trình', 'B15', '15/TTr-UBND', '', 'B15']),
      ...rowCells(7, ['Thông tin', 'Thời điểm tạo', 'B53', new Date(2025, 11, 20), '', 'B53']),
      ...rowCells(8, ['Đánh giá', 'TC1.1', 'E6', 'Đạt', '', 'E6']),
      ...rowCells(9, ['Đánh giá', 'TC1.1', 'G6', 'Đã tổ chức 4 hội nghị', '', 'G6']),
      ...rowCells(10, ['Đánh giá', 'TC5.1', 'E23', 0.65, '', 'E23']),
      ...rowCells(11, ['Số liệu PCGD-XMC', 'Trẻ em 5 tuổi được huy động ra lớp', 'B4', 1200, '', 'B4']),
      ...rowCells(12, ['Số liệu theo đơn vị', '', 'B9', 120, '', 'B9']),
      ...rowCells(13, ['Số liệu theo đơn vị', '', 'C9', 200, '', 'C9']),
    });
    // Texts (blanks included) stay text, a date without a time is a date; the numbers B1, B2, D5, D10:D13 keep the default.
    expect(looks(archive).formats).toEqual({
      '@': ['A1:A2', 'C1:F2', 'A3:F4', 'A5:C5', 'E5:F5', 'A6:F6', 'A7:C7', 'E7:F7', 'A8:F9', 'A10:C13', 'E10:F13'],
      'dd/mm/yyyy': ['D7'],
    });
    expect(changes(before, templateContents(ss))).toEqual({
      'Thông tin!B6': [2025, 2026],
      'Thông tin!B15': ['15/TTr-UBND', undefined],
      'Thông tin!B53': [new Date(2025, 11, 20), undefined],
      'Đánh giá!E6': ['Đạt', undefined],
      'Đánh giá!G6': ['Đã tổ chức 4 hội nghị', undefined],
      // The typed percent gives way to the rate computed from the (emptied) counts.
      'Đánh giá!E23': [0.65, "='Số liệu theo đơn vị'!$E$4"],
      'Số liệu PCGD-XMC!B4': [1200, undefined],
      'Số liệu theo đơn vị!B9': [120, undefined],
      'Số liệu theo đơn vị!C9': [200, undefined],
    });
  });

  it('says "no" cancels, and a lock held by a save leaves everything as it was', () => {
    const ss = workbook();
    const before = JSON.stringify(ss.state());
    expect(startNewYear({ spreadsheet: ss, lock: new FakeLock(), confirm: () => false, now: ROLL })).toEqual(['Đã hủy, chưa có gì thay đổi.']);
    const busy = new FakeLock(true);
    expect(startNewYear({ spreadsheet: ss, lock: busy, confirm: () => true, now: ROLL })).toEqual(['Một thành viên khác đang lưu vào bảng tính. Vui lòng thử lại sau ít giây; chưa có gì thay đổi.']);
    expect(busy.released).toBe(0);
    // Waited for as long as "Lưu" waits (10 seconds, Lock.tryLock(timeoutInMillis)) before saying so.
    expect(busy.waits).toEqual([10_000]);
    expect(JSON.stringify(ss.state())).toBe(before);
  });
});

describe('Khôi phục năm từ trang lưu trữ, whole', () => {
  it('asks, archives 2026 first, gives 2025 back cell for cell, and names an archived cell with no place any more', () => {
    const ss = workbook();
    const before = templateContents(ss);
    startNewYear({ spreadsheet: ss, lock: new FakeLock(), confirm: () => true, now: ROLL });
    // A cell archived from a row the template no longer has.
    const archive = ss.sheet(ARCHIVE);
    for (const [column, value] of Object.entries({ A: 'Đánh giá', B: 'TC9.9', C: 'E40', D: 'Đạt', F: 'E40' })) archive.type(`${column}14`, value);
    ss.sheet(SHEETS.assessment).type('E7', 'Không đạt');
    const asked: string[] = [];
    const lines = restoreYear({ spreadsheet: ss, lock: new FakeLock(), confirm: answerYes(asked), now: new Date(2026, 1, 1, 16, 40) }, ARCHIVE);
    const saved = 'Lưu trữ năm 2026 (01-02-2026 16.40)';
    expect(asked).toEqual([`Khôi phục dữ liệu năm 2025 từ trang "${ARCHIVE}"?\n\nDữ liệu hiện có của năm 2026 được chép sang một trang lưu trữ mới trước, nên không mất gì. ${KEPT}`]);
    expect(lines).toEqual([
      `Đã khôi phục dữ liệu năm 2025 từ trang "${ARCHIVE}".`,
      `Dữ liệu năm 2026 trước khi khôi phục được lưu ở trang "${saved}".`,
      `Không còn chỗ trong mẫu hiện tại cho 1 ô (vẫn giữ ở trang "${ARCHIVE}"): Đánh giá!E40 (TC9.9).`,
    ]);
    expect(templateContents(ss)).toEqual(before);
    expect(contents(ss.sheet(saved))).toEqual({
      A1: 'LƯU TRỮ DỮ LIỆU NĂM ĐÁNH GIÁ',
      B1: 2026,
      A2: 'Năm đánh giá sau khi lưu',
      B2: 2025,
      C2: 'Khôi phục năm 2025 từ trang lưu trữ lúc 01/02/2026 16:40. Khôi phục: mở trang này, chọn CĐHT → "Khôi phục năm từ trang lưu trữ".',
      ...rowCells(4, ARCHIVE_COLUMNS),
      ...rowCells(5, ['Thông tin', 'Năm đánh giá', 'B6', 2026, '', 'B6']),
      ...rowCells(6, ['Đánh giá', 'TC1.2', 'E7', 'Không đạt', '', 'E7']),
    });
  });
});

/** A confirm that says yes and keeps each question. */
function answerYes(asked: string[]) {
  return (message: string) => {
    asked.push(message);
    return true;
  };
}

describe('a text that reads as a number, through a roll-over and back', () => {
  it('"0123" typed as text in a yearly cell comes back as the text "0123", not the number 123', () => {
    const ss = workbook();
    ss.sheet(SHEETS.assessment).type('G6', "'0123");
    expect(ss.sheet(SHEETS.assessment).at('G6').value).toBe('0123');
    startNewYear({ spreadsheet: ss, lock: new FakeLock(), confirm: () => true, now: ROLL });
    expect(ss.sheet(SHEETS.assessment).at('G6').value).toBe('');
    restoreYear({ spreadsheet: ss, lock: new FakeLock(), confirm: () => true, now: new Date(2026, 1, 1, 16, 40) }, ARCHIVE);
    expect(ss.sheet(SHEETS.assessment).at('G6').value).toBe('0123');
  });
});
