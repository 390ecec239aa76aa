/**
 * Something typed into a cell the template computes: into the area a formula's result spills
 * into (Sheets then shows #REF! "Array result was not expanded because it would overwrite data in
 * …" in the formula's cell and nothing in the area but what was typed: google-behaviours notes,
 * and test/fakes/hyperformula-workbook.ts), or over a formula itself. Repair must make room for the
 * result, but never silently: the text goes to a "Lưu trữ" sheet and the message names the sheet,
 * the cell and the text. Found by the review of issue 11.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/template/layout';
import { addonSpill, type FakeSpreadsheet } from '../fakes/spreadsheet';
import { filledWorkbook, setup, tally } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);

/** How Sheets shows the spilling formulas once something blocks their results (the fake has no formula engine). */
function blocked(ss: FakeSpreadsheet, ...functions: string[]) {
  ss.evaluate = (formula) => (functions.some((f) => formula.startsWith(`=${f}(`)) ? '#REF!' : '');
}

/**
 * CDHT_RESULTS live, as Sheets spills it: one row per row of its ranges (the fake's addonSpill),
 * "Thiếu dữ liệu" in both columns but where `shown` gives another value ([row, column] 0-based in the result).
 */
function results(ss: FakeSpreadsheet, shown: Array<[number, number, string]> = []) {
  ss.evaluate = (formula) =>
    formula.startsWith('=CDHT_RESULTS(')
      ? Array.from({ length: addonSpill(formula)!.rows }, (_, r) => [0, 1].map((c) => shown.find(([row, column]) => row === r && column === c)?.[2] ?? 'Thiếu dữ liệu'))
      : '';
}

/** The rows of the archive sheets written by this repair (every sheet whose name starts with "Lưu trữ"). */
function archived(ss: FakeSpreadsheet): string[][] {
  return ss.sheets.filter((s) => s.name.startsWith('Lưu trữ')).flatMap((s) => s.values().map((row) => row.map(String)));
}

describe('text typed where the template computes', () => {
  it('a note typed into the results column of "Đánh giá" is archived and named, then cleared for the results', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    sheet.type('J8', 'xem lại với xã bạn');
    blocked(ss, 'CDHT_RESULTS');
    const result = setup(ss, LATER);
    expect(sheet.at('J8').value).toBe('');
    const message = result.messages.join('\n');
    expect(message).toContain('J8');
    expect(message).toContain('"xem lại với xã bạn"');
    const archive = ss.sheets.find((s) => s.name.startsWith('Lưu trữ'))!;
    expect(message).toContain(`"${archive.name}"`);
    expect(archived(ss)).toContainEqual(expect.arrayContaining([SHEETS.assessment, 'J8', 'xem lại với xã bạn']));
    expect(tally(tracked).lost).toEqual([]);
  });

  // What the formula showed is kept under the template's sheet name, not the tab's: read by the tab's
  // ("Đánh giá 2026"), the #REF! went unseen, the note passed for the results and was emptied unarchived.
  it('on a renamed "Đánh giá" too: the note is archived under the tab’s name and named, then cleared', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    sheet.setName('Đánh giá 2026');
    sheet.type('J8', 'xem lại với xã bạn');
    blocked(ss, 'CDHT_RESULTS');
    const result = setup(ss, LATER);
    expect(sheet.at('J8').value).toBe('');
    expect(result.messages.filter((m) => m.includes('ô tự tính'))).toEqual([
      'Trang "Đánh giá 2026": ô tự tính J8 ("xem lại với xã bạn") có nội dung nhập tay; nội dung đã được chép sang trang "Lưu trữ ô tự tính 22-11-2026 08.05" và ô được làm trống để kết quả hiện lại.',
    ]);
    expect(archived(ss)).toContainEqual(expect.arrayContaining(['Đánh giá 2026', 'J8', 'xem lại với xã bạn']));
    expect(tally(tracked).lost).toEqual([]);
  });

  it('a count typed into a rate of "Số liệu PCGD-XMC" and text typed over a formula of "Kết quả" are archived', () => {
    const { ss } = filledWorkbook();
    const pcgd = ss.sheet(SHEETS.pcgd);
    pcgd.type('E6', 950);
    const results = ss.sheet(SHEETS.results);
    const formulaCell = results
      .values()
      .flatMap((row, r) => row.map((cell, c) => ({ cell, a1: `${String.fromCharCode(65 + c)}${r + 1}` })))
      .find(({ cell }) => String(cell).startsWith('=CDHT_SCORE('))!.a1;
    results.type(formulaCell, 'Đạt 12/15');
    blocked(ss, 'CDHT_RATE');
    const result = setup(ss, LATER);
    expect(pcgd.at('E6').value).toBe('');
    expect(results.at(formulaCell).formula).toMatch(/^=CDHT_SCORE\(/);
    const message = result.messages.join('\n');
    expect(message).toContain('E6');
    expect(message).toContain(formulaCell);
    expect(message).toContain('"Đạt 12/15"');
    expect(archived(ss)).toContainEqual(expect.arrayContaining([SHEETS.pcgd, 'E6', '950']));
    expect(archived(ss)).toContainEqual(expect.arrayContaining([SHEETS.results, formulaCell, 'Đạt 12/15']));
  });

  it('results a live formula shows in its area are not mistaken for typed text', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    // What getValues reads in a spill area while nothing blocks it: the results themselves (J8: row 4 of the result).
    results(ss, [[3, 1, 'Đạt']]);
    expect(sheet.getRange('J8').getValue()).toBe('Đạt');
    const before = ss.sheets.length;
    const result = setup(ss, LATER);
    expect(ss.sheets.length).toBe(before);
    expect(result.messages).toEqual([]);
  });

  it('a row people inserted inside the indicators: what the live result shows there is not written back as a value (it would block the spill)', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    sheet.insertRowBefore(9);
    sheet.type('G9', 'việc riêng của xã');
    // The results formula reads the rows around it, so its result spills over the inserted row too.
    results(ss);
    expect(sheet.getRange('I9').getValue()).toBe('Thiếu dữ liệu');
    const result = setup(ss, LATER);
    expect(sheet.at('I9').value).toBe('');
    expect(sheet.at('G9').value).toBe('việc riêng của xã');
    expect(result.messages).toEqual([]);
  });

  it('a note typed into the results column of a row people inserted is archived too, when it blocks the results', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    sheet.insertRowBefore(9);
    sheet.type('J9', 'hỏi lại huyện');
    blocked(ss, 'CDHT_RESULTS');
    const result = setup(ss, LATER);
    expect(sheet.at('J9').value).toBe('');
    expect(result.messages.join('\n')).toContain('J9 ("hỏi lại huyện")');
    expect(archived(ss)).toContainEqual(expect.arrayContaining([SHEETS.assessment, 'J9', 'hỏi lại huyện']));
  });
});
