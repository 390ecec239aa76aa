/**
 * "Đánh giá" sorted with its criterion headings (Data › Sort range on A5:H25 by column E), then
 * "Thiết lập / sửa mẫu" (review 14, F1). Before, repair said all was well and moved
 * `=CDHT_RESULTS(A5:A25;E5:E25;…)` to the row the first heading went to (I21): its results, in the
 * order of the rows it reads, sat beside the wrong rows, rows 5–20 showing none. Now the formula
 * heads the rows it reads (I5), so each result is beside its own row; the rows stay where the
 * commune put them with their values, and the message names those out of the template's order.
 *
 * Expected: cells and message lines typed by hand from the template (README, "The commune
 * workbook"): the sort puts the headings (blank in E) last, rows 21–25, and the indicators by value.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { expectAllKept, filledWorkbook, REPAIRED_TT25, setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);
const RESULTS = "=CDHT_RESULTS(A5:A25;E5:E25;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)";

/** The cells of column `letter` (rows 5–25) that hold a formula, by A1. */
const formulas = (sheet: ReturnType<ReturnType<typeof filledWorkbook>['ss']['sheet']>, letter: string) =>
  Array.from({ length: 21 }, (_, i) => `${letter}${i + 5}`).filter((a1) => sheet.at(a1).formula !== '');

describe('"Đánh giá" sorted by value with its criterion headings', () => {
  const { ss, tracked } = filledWorkbook();
  const sheet = ss.sheet(SHEETS.assessment);
  sheet.getRange(5, 1, 21, 8).sort({ column: 5, ascending: true });
  const codes = sheet
    .values()
    .slice(4, 25)
    .map((row) => row[0] || String(row[1]).split('. ')[0]);
  const message = setupMessage(setup(ss, LATER));

  it('the sort put the headings last (rows 21–25)', () => {
    expect(codes).toEqual([
      'TC5.1',
      'TC5.2a',
      'TC5.2b',
      'TC1.2',
      'TC2.2',
      'TC3.2',
      'TC1.1',
      'TC1.3',
      'TC2.1',
      'TC2.3',
      'TC3.1',
      'TC3.3',
      'TC4.1',
      'TC4.3',
      'TC4.4',
      'TC4.2',
      'TC1',
      'TC2',
      'TC3',
      'TC4',
      'TC5',
    ]);
  });

  it('the results formula heads the rows it reads: I5, none elsewhere', () => {
    expect(formulas(sheet, 'I')).toEqual(['I5']);
    expect(sheet.at('I5').formula).toBe(RESULTS);
    expect(formulas(sheet, 'J')).toEqual([]);
  });

  it('every value stays with its code', () => {
    expectAllKept(tracked);
  });

  it('the message names the fewest rows out of the template’s order (the others, TC1.1 … TC4.4 and TC5’s heading, stand in it)', () => {
    expect(message).toBe(
      [
        REPAIRED_TT25,
        'Trang "Đánh giá": dòng 5 ("TC5.1"), dòng 6 ("TC5.2a"), dòng 7 ("TC5.2b"), dòng 8 ("TC1.2"), dòng 9 ("TC2.2"), dòng 10 ("TC3.2"), dòng 20 ("TC4.2"), dòng 21 ("TC1. Sự lãnh đạo, chỉ đạo của cấp …"), dòng 22 ("TC2. Huy động nguồn lực và tạo môi …"), dòng 23 ("TC3. Hiệu quả hoạt động của trung tâm …"), dòng 24 ("TC4. Kết quả phổ cập giáo dục - xóa mù chữ") không theo thứ tự của mẫu (có thể do sắp xếp); các dòng được giữ nguyên tại chỗ cùng giá trị của chúng và được đọc theo mã hoặc nhãn của dòng, không theo vị trí.',
      ].join('\n'),
    );
  });

  it('a second repair changes nothing', () => {
    const state = ss.state();
    setup(ss, new Date(2026, 10, 23));
    expect(ss.state()).toEqual(state);
  });
});

describe('"Đánh giá": the rows of TC1 sorted by code, descending', () => {
  const { ss, tracked } = filledWorkbook();
  const sheet = ss.sheet(SHEETS.assessment);
  sheet.getRange(6, 1, 3, 8).sort({ column: 1, ascending: false });
  const message = setupMessage(setup(ss, LATER));

  it('the formula stays in I5, values with their codes, the two rows out of order named', () => {
    expect(formulas(sheet, 'I')).toEqual(['I5']);
    expectAllKept(tracked);
    expect(message).toBe(
      [
        REPAIRED_TT25,
        'Trang "Đánh giá": dòng 6 ("TC1.3"), dòng 7 ("TC1.2") không theo thứ tự của mẫu (có thể do sắp xếp); các dòng được giữ nguyên tại chỗ cùng giá trị của chúng và được đọc theo mã hoặc nhãn của dòng, không theo vị trí.',
      ].join('\n'),
    );
  });
});

/**
 * A sheet an earlier repair left sorted with CDHT_RESULTS on the first heading's row (I21), its
 * results read as values below it (Sheets' getValues reads a spilled cell as a value, its formula
 * ''). Repair moves the formula back atop the rows it reads; what its result filled is not taken
 * for text typed over computed cells, unless the formula shows an error (its spill blocked: then
 * what is there was typed, archived and named as before).
 */
describe('"Đánh giá" sorted, with the results formula where an earlier repair put it (I21)', () => {
  const earlier = (shows: string) => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    sheet.getRange(5, 1, 21, 8).sort({ column: 5, ascending: true });
    sheet.getRange('I5').setValue('');
    sheet.getRange('I21').setValue(RESULTS);
    const below = ['Đạt', 'Đạt', 'Không đạt', 'Đạt', 'Đạt'];
    if (shows === '#REF!') {
      // Typed below it: the spill is blocked.
      ss.evaluate = (formula) => (formula === RESULTS ? shows : '');
      sheet.getRange('J21:J25').setValues(below.map((v) => [v]));
    } else {
      // Its result, 21 rows as its ranges, spilled from I21 (J21:J25 as below, nothing further down).
      ss.evaluate = (formula) => (formula === RESULTS ? Array.from({ length: 21 }, (_, r) => [shows, below[r] ?? '']) : '');
      expect(sheet.getRange('J21:J23').getValues()).toEqual([['Đạt'], ['Đạt'], ['Không đạt']]);
    }
    return { ss, sheet };
  };

  it('its results below it are no typed text: nothing archived, the formula back in I5', () => {
    const { ss, sheet } = earlier('Đạt');
    const result = setup(ss, LATER);
    expect(formulas(sheet, 'I')).toEqual(['I5']);
    expect(ss.sheets.map((s) => s.name).filter((n) => n.startsWith('Lưu trữ'))).toEqual([]);
    expect(result.messages.some((m) => m.includes('ô tự tính'))).toBe(false);
    expect(['J21', 'J23'].map((a1) => sheet.at(a1).value)).toEqual(['', '']);
  });

  it('a note typed above it, where its result does not reach, is still typed text: archived and named', () => {
    const { ss, sheet } = earlier('Đạt');
    sheet.type('J6', 'ghi chú J6');
    const result = setup(ss, LATER);
    expect(result.messages.filter((m) => m.includes('ô tự tính'))).toEqual([
      'Trang "Đánh giá": ô tự tính J6 ("ghi chú J6") có nội dung nhập tay; nội dung đã được chép sang trang "Lưu trữ ô tự tính 22-11-2026 08.05" và ô được làm trống để kết quả hiện lại.',
    ]);
  });

  it('while it shows #REF! (its spill blocked), what is below it was typed: archived and named', () => {
    const { ss, sheet } = earlier('#REF!');
    const result = setup(ss, LATER);
    expect(formulas(sheet, 'I')).toEqual(['I5']);
    expect(result.messages.filter((m) => m.includes('ô tự tính'))).toEqual([
      'Trang "Đánh giá": ô tự tính J21 ("Đạt"), J22 ("Đạt"), J23 ("Không đạt"), J24 ("Đạt"), J25 ("Đạt") có nội dung nhập tay; nội dung đã được chép sang trang "Lưu trữ ô tự tính 22-11-2026 08.05" và ô được làm trống để kết quả hiện lại.',
    ]);
  });

  // What the cells showed is kept under the template's sheet name, not the tab's: read by the tab's
  // ("Đánh giá 2026"), the formula showed nothing, so the blocked spill passed for its results and
  // the typed cells below it were emptied unarchived (last session's P16, here without a switch).
  it('on a renamed sheet too, while it shows #REF!: what is below it is archived under the tab’s name and named', () => {
    const { ss, sheet } = earlier('#REF!');
    sheet.setName('Đánh giá 2026');
    const result = setup(ss, LATER);
    expect(formulas(sheet, 'I')).toEqual(['I5']);
    expect(result.messages.filter((m) => m.includes('ô tự tính'))).toEqual([
      'Trang "Đánh giá 2026": ô tự tính J21 ("Đạt"), J22 ("Đạt"), J23 ("Không đạt"), J24 ("Đạt"), J25 ("Đạt") có nội dung nhập tay; nội dung đã được chép sang trang "Lưu trữ ô tự tính 22-11-2026 08.05" và ô được làm trống để kết quả hiện lại.',
    ]);
    const archived = ss.sheet('Lưu trữ ô tự tính 22-11-2026 08.05').values().flat();
    expect(archived.filter((v) => v === 'Không đạt')).toEqual(['Không đạt']);
  });
});

// Blind sample 12-edge, P6: repair compared the formulas where the template puts them, not where the results formula heads
// the sorted rows (cellPlaces), so every repair of a sorted "Đánh giá" read its formulas back again: one call more, each time.
describe('a second repair of the sorted sheet', () => {
  it('reads "Đánh giá" once, as a repair of an unsorted one does: every formula was already in its place, so none is read back', () => {
    const reads = (sorted: boolean) => {
      const { ss } = filledWorkbook();
      if (sorted) ss.sheet(SHEETS.assessment).getRange(5, 1, 21, 8).sort({ column: 5, ascending: true });
      setup(ss, LATER);
      ss.log.reset();
      setup(ss, new Date(2026, 10, 23));
      return ss.log.calls.filter((c, i) => c === 'Range.getValues' && ss.log.sheets[i] === SHEETS.assessment).length;
    };
    // The one read is its content (Sheet.getDataRange, once per sheet: setup-calls.test.ts); a read-back of its formulas would be a second.
    expect([reads(false), reads(true)]).toEqual([1, 1]);
  });
});
