/**
 * Set-up reads back the formulas it wrote (src/addon/setup/formula-check.ts), in a Spreadsheet fake
 * whose parser follows the spreadsheet's locale (test/fakes/user-entered.ts).
 */
import { describe, expect, it } from 'vitest';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { setupMessage } from '../../src/addon/setup/message';
import { FakeSpreadsheet, fakeFactories, type FakeSheet } from '../fakes/spreadsheet';
import { formulaParseError, type SheetLocale } from '../fakes/user-entered';

const NOW = new Date(2026, 10, 21, 9, 30);
/**
 * Two built-in formulas of "Kết quả" (B8: when Mức độ recognition expires; B9: a year after the first
 * decision), refused by the fakes below: a built-in function throws no error of its own, so only a
 * parse error makes it show #ERROR! (a CDHT_* cell may show it for its data: formula-check-thrown.test.ts).
 */
const EXPIRY = '=IF(AND(OR(';
const EXPIRY_FORMULA = `=IF(AND(OR(B4="Mức độ 1";B4="Mức độ 2");ISNUMBER('Thông tin'!$B$6));EDATE(DATE('Thông tin'!$B$6;12;31);36);"")`;
const FIRST_DECISION = '"Chưa có quyết định công nhận Mức độ 1"';
const setup = (ss: FakeSpreadsheet) => setupWorkbook(ss, fakeFactories(ss.log), NOW);
/** Calls of Range.setValue (one cell), not setValues. */
const singleWrites = (ss: FakeSpreadsheet) => ss.log.calls.filter((c) => c === 'Range.setValue').length;

function formulaCells(ss: FakeSpreadsheet): Array<{ sheet: FakeSheet; a1: string; formula: string; value: unknown }> {
  return ss.sheets.flatMap((sheet) =>
    (sheet.state() as { cells: Array<[string, { formula: string; value: unknown }]> }).cells.flatMap(([a1, cell]) => (cell.formula ? [{ sheet, a1, formula: cell.formula, value: cell.value }] : [])),
  );
}

describe('formulas written by set-up read back without a parse error', () => {
  for (const locale of ['vi_VN', 'de_DE', 'en_US'] as SheetLocale[]) {
    it(`${locale}: every formula cell parses, nothing is rewritten, nothing to report`, () => {
      const ss = new FakeSpreadsheet('Trang tính1', { locale });
      const result = setup(ss);
      const cells = formulaCells(ss);
      expect(cells.length).toBeGreaterThan(20);
      expect(cells.filter((c) => c.value === '#ERROR!').map((c) => `${c.sheet.name}!${c.a1} ${c.formula}`)).toEqual([]);
      expect(result.messages).toEqual([]);
      // One read per sheet with formulas, no single-cell rewrite.
      expect(singleWrites(ss)).toBe(0);
    });
  }
});

describe('a sheet that refuses ";" (what reports say no locale does)', () => {
  it('rewrites each refused cell once with "," and reports nothing when that parses', () => {
    const ss = new FakeSpreadsheet('Trang tính1', { locale: 'en_US' });
    ss.parse = (formula) => (/;(?=(?:[^"]*"[^"]*")*[^"]*$)/.test(formula) ? 'refuses ";"' : formulaParseError(formula, 'en_US'));
    const result = setup(ss);
    const cells = formulaCells(ss);
    expect(cells.filter((c) => c.value === '#ERROR!')).toEqual([]);
    expect(cells.find((c) => c.formula.startsWith('=CDHT_RESULTS'))?.formula).toBe("=CDHT_RESULTS(A5:A25,E5:E25,CDHT_BO_TIEU_CHI,'Thông tin'!$B$8)");
    // Text inside quotes keeps its own ";" and ",".
    expect(cells.every((c) => !/;(?=(?:[^"]*"[^"]*")*[^"]*$)/.test(c.formula))).toBe(true);
    expect(singleWrites(ss)).toBe(cells.filter((c) => c.formula.includes(',')).length);
    expect(result.messages).toEqual([]);
  });

  it('after people inserted rows, leaves the formulas Sheets moved with them as they are: in place, none is written again, so none is refused', () => {
    const ss = new FakeSpreadsheet('Trang tính1', { locale: 'en_US' });
    setup(ss);
    // Two rows above the header of "Đánh giá" (its rows 5–25 are now 7–27), one above the header of the PCGD sheet (row 4 is now 5).
    ss.sheet('Đánh giá').insertRowsBefore(3, 2);
    ss.sheet('Số liệu PCGD-XMC').insertRowsBefore(3, 1);
    ss.parse = (formula) => (/;(?=(?:[^"]*"[^"]*")*[^"]*$)/.test(formula) ? 'refuses ";"' : formulaParseError(formula, 'en_US'));
    const result = setupWorkbook(ss, fakeFactories(ss.log), new Date(2026, 10, 22));
    expect(result.messages).toEqual([]);
    const shown = (sheet: string) => formulaCells(ss).flatMap((c) => (c.sheet.name === sheet ? [[c.a1, c.formula, c.value]] : []));
    const title = `='Thông tin'!$B$4&" – năm đánh giá "&'Thông tin'!$B$6&" – Thông tư 25/2023/TT-BGDĐT — Cộng đồng học tập cấp xã"`;
    const args = "'Đánh giá'!A7:A27;'Đánh giá'!E7:E27;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8";
    expect(shown('Đánh giá')).toEqual([
      ['A2', title, ''],
      // Sheets moved this one with its rows (the fake too, since it rewrites references on inserted rows): already in place, it is not written again.
      ['I7', "=CDHT_RESULTS(A7:A27;E7:E27;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)", ''],
      ['E25', "='Số liệu theo đơn vị'!$E$4", ''],
      ['E26', "='Số liệu theo đơn vị'!$E$5", ''],
      ['E27', "='Số liệu theo đơn vị'!$E$6", ''],
    ]);
    expect(shown('Kết quả')).toEqual([
      ['A2', title, ''],
      ['B4', `=CDHT_RATING(${args})`, ''],
      ['B5', `=CDHT_SCORE(${args})`, ''],
      ['B6', `=SUMPRODUCT(('Đánh giá'!A7:A27<>"")*('Đánh giá'!E7:E27<>""))`, ''],
      ['C6', `="trên "&COUNTIF('Đánh giá'!A7:A27;"?*")&" mục (TC5.2 gồm hai mục)"`, ''],
      ['B7', `=SUMPRODUCT(('Đánh giá'!A7:A27<>"")*('Đánh giá'!F7:F27<>""))`, ''],
      ['B8', `=IF(AND(OR(B4="Mức độ 1";B4="Mức độ 2");ISNUMBER('Thông tin'!$B$6));EDATE(DATE('Thông tin'!$B$6;12;31);36);"")`, ''],
      ['B9', `=IF('Thông tin'!$B$9="";"Chưa có quyết định công nhận Mức độ 1";EDATE('Thông tin'!$B$9;12))`, ''],
      ['B10', `=IF('Thông tin'!$B$9="";"Chưa";IF(EDATE('Thông tin'!$B$9;12)<=DATE('Thông tin'!$B$6+1;2;28);"Có";"Chưa"))`, ''],
      ['A13', `=CDHT_CRITERIA(${args})`, ''],
      ['A21', `=CDHT_CHECK(${args})`, ''],
    ]);
    expect(shown('Số liệu PCGD-XMC')[0]).toEqual(['E5', '=CDHT_RATE(D5:D15;B5:B15;C5:C15)', '']);
  });

  it('names a single refused cell too, and gives it back its ";" form', () => {
    const ss = new FakeSpreadsheet();
    ss.parse = (formula) => (formula.startsWith(EXPIRY) ? 'refused' : null);
    expect(setup(ss).messages).toEqual([expect.stringMatching(/#ERROR! ở 1 ô công thức: 'Kết quả'!B8\./)]);
    expect(ss.sheet('Kết quả').at('B8').formula).toBe(EXPIRY_FORMULA);
  });

  it('names, in Vietnamese, the cells that fail in both syntaxes, and why', () => {
    const ss = new FakeSpreadsheet();
    ss.parse = (formula) => (formula.startsWith(EXPIRY) || formula.includes(FIRST_DECISION) ? 'refused' : null);
    const result = setup(ss);
    expect(result.messages).toHaveLength(1);
    const [message] = result.messages;
    expect(message).toMatch(/#ERROR! ở 2 ô công thức: 'Kết quả'!B8, 'Kết quả'!B9\./);
    expect(message).toMatch(/Tệp → Cài đặt/);
    expect(setupMessage(result)).toContain(message);
    // Each refused cell was tried once more in the other syntax, then given its ";" form back.
    expect(singleWrites(ss)).toBe(4);
  });
});

describe('repair reads back only what may not parse', () => {
  const repair = (ss: FakeSpreadsheet) => setupWorkbook(ss, fakeFactories(ss.log), new Date(2026, 10, 22));

  it('right after a clean set-up, no sheet is read back: each formula is the same text in the same cell and showed no error', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    ss.log.reset();
    expect(repair(ss).messages).toEqual([]);
    // One getValues per sheet, when its content is read; none after the writes.
    expect(ss.log.count('Range.getValues')).toBe(ss.log.count('Sheet.getDataRange'));
    expect(singleWrites(ss)).toBe(0);
  });

  it('a formula that shows #ERROR! with the same text (the locale changed since) is read back, rewritten with "," and named if that fails too', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    ss.parse = (formula) => (formula.startsWith(EXPIRY) ? 'refused' : null);
    const cell = ss.sheet('Kết quả').getRange('B8');
    cell.setFormula(cell.getFormulas()[0][0]);
    expect(cell.getValues()[0][0]).toBe('#ERROR!');
    expect(repair(ss).messages).toEqual([expect.stringMatching(/#ERROR! ở 1 ô công thức: 'Kết quả'!B8\./)]);
  });

  // A formula set-up writes again over what people typed is new to the sheet: Sheets parses it now, so it is read back.
  for (const [what, typed] of [
    ['a text', 'xem báo cáo'],
    ['a number', 0.95],
  ] as const) {
    it(`a formula written again over ${what} typed in its cell is read back, and named when it fails in both syntaxes; a person's own broken formula in an input cell is neither named nor rewritten`, () => {
      const ss = new FakeSpreadsheet();
      setup(ss);
      ss.sheet('Kết quả').type('B8', typed);
      const pcgd = ss.sheet('Số liệu PCGD-XMC');
      ss.parse = (formula) => (formula.startsWith(EXPIRY) || formula === '=SUM(' ? 'refused' : null);
      pcgd.type('B5', '=SUM(');
      expect(pcgd.at('B5').value).toBe('#ERROR!');
      const errors = repair(ss).messages.filter((m) => m.startsWith('Google Trang tính'));
      expect(errors).toEqual([expect.stringMatching(/^Google Trang tính báo lỗi #ERROR! ở 1 ô công thức: 'Kết quả'!B8\. /)]);
      // Neither form parsed: the ";" form, which every locale is reported to accept, is what stays.
      expect(ss.sheet('Kết quả').at('B8').formula).toBe(EXPIRY_FORMULA);
      expect(pcgd.at('B5')).toMatchObject({ formula: '=SUM(', value: '#ERROR!' });
    });
  }
});
