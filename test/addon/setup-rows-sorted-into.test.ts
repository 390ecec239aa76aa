/**
 * A row of the template sorted in among the rows a spilling formula reads (review 14b, R3): Data ›
 * Sort range over "Đánh giá" A4:H25 without "Dữ liệu có hàng tiêu đề" takes the header row down
 * among the indicators; over "Số liệu PCGD-XMC" A5:D16 it takes the ĐBKK row up among the rates.
 * Repair wrote `=CDHT_RESULTS(A4:A25;…)` over the header row, with the results headers inside its
 * spill area (Sheets then shows no result at all), archived those headers as typed text and read
 * "Mã" as an unknown code; a switch then left rows above the header as they were and wrote the new
 * ruleset's rows under it (a stale results formula, indicators twice). Now set-up names the row and
 * changes nothing, so the commune can undo the sort.
 *
 * Expected: rows and message typed by hand from the template (README, "The commune workbook":
 * "Đánh giá" header on row 4, indicators 5–25; "Số liệu PCGD-XMC" rates 4–14, the ĐBKK row 16).
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/template/layout';
import { filledWorkbook, setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);

describe('"Đánh giá" sorted by value with its header row inside the range', () => {
  const sorted = () => {
    const { ss } = filledWorkbook();
    ss.sheet(SHEETS.assessment).getRange(4, 1, 22, 8).sort({ column: 5, ascending: true });
    return ss;
  };

  it('the sort took the header row to row 10, under six indicators', () => {
    const rows = sorted().sheet(SHEETS.assessment).values();
    expect(rows.slice(3, 10).map((row) => row[0])).toEqual(['TC5.1', 'TC5.2a', 'TC5.2b', 'TC1.2', 'TC2.2', 'TC3.2', 'Mã']);
  });

  it('repair names the header row among the rows the results read, and changes nothing', () => {
    const ss = sorted();
    const state = ss.state();
    const result = setup(ss, LATER);
    expect(result.refused).toBe(true);
    expect(result.messages).toEqual([
      'Trang "Đánh giá": dòng 10 ("Mã") của mẫu đang nằm giữa các dòng 4–25 mà công thức tự tính đọc (có thể do sắp xếp cả dòng này). Sửa mẫu lúc này sẽ để kết quả tự tính đọc nhầm hoặc đè lên dòng đó. Hãy hoàn tác việc sắp xếp, hoặc đưa dòng 10 về chỗ của nó trong mẫu, ra ngoài các dòng 4–25, rồi chạy lại.',
      'Chưa thay đổi gì trong bảng tính.',
    ]);
    expect(ss.state()).toEqual(state);
  });

  it('a switch to TT44 is refused the same way, nothing changed', () => {
    const ss = sorted();
    ss.sheet(SHEETS.info).type('B7', 'TT44');
    const state = ss.state();
    const result = setup(ss, LATER);
    expect(result.refused).toBe(true);
    expect(result.messages[0]).toMatch(/^Trang "Đánh giá": dòng 10 \("Mã"\) của mẫu đang nằm giữa các dòng 4–25 /);
    expect(ss.state()).toEqual(state);
  });
});

describe('"Số liệu PCGD-XMC" sorted with its ĐBKK row inside the range', () => {
  it('repair names the ĐBKK row among the rates, and changes nothing', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.pcgd);
    sheet.getRange(5, 1, 12, 4).sort({ column: 2, ascending: false });
    expect(String(sheet.values()[4][0])).toMatch(/^Xã có điều kiện kinh tế - xã hội đặc biệt khó khăn/);
    const state = ss.state();
    const result = setup(ss, LATER);
    expect(result.refused).toBe(true);
    expect(result.messages[0]).toMatch(
      /^Trang "Số liệu PCGD-XMC": dòng 5 \("Xã có điều kiện kinh tế - xã hội đặc biệt khó khăn \(ĐBKK\)"\) của mẫu đang nằm giữa các dòng 4–15 mà công thức tự tính đọc/,
    );
    expect(ss.state()).toEqual(state);
  });
});
