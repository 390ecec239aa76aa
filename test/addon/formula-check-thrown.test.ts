/**
 * Newcomer review of issue 14 (K): Sheets shows #ERROR! both for a formula it cannot parse and for a
 * custom function that threw (Apps Script guide "Custom functions"; the Spreadsheet fake's
 * `evaluate` models the latter). Set-up's read-back must not take the second for the first.
 */
import { describe, expect, it } from 'vitest';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { FakeSpreadsheet, fakeFactories, type FakeSheet } from '../fakes/spreadsheet';

const setup = (ss: FakeSpreadsheet) => setupWorkbook(ss, fakeFactories(ss.log), new Date(2026, 10, 21, 9, 30));

function formulaCells(ss: FakeSpreadsheet): Array<{ sheet: FakeSheet; a1: string; formula: string }> {
  return ss.sheets.flatMap((sheet) => (sheet.state() as { cells: Array<[string, { formula: string }]> }).cells.flatMap(([a1, cell]) => (cell.formula ? [{ sheet, a1, formula: cell.formula }] : [])));
}

describe('a custom function that throws shows #ERROR! too, though its formula parses', () => {
  it('set-up run again while the data has an error leaves the CDHT_* formulas as written and blames no locale', () => {
    const ss = new FakeSpreadsheet('Trang tính1', { locale: 'vi_VN' });
    setup(ss);
    // CDHT_RATING throws for data it cannot read (say "120%" typed as a level), and Sheets shows #ERROR!.
    ss.evaluate = (formula) => (formula.startsWith('=CDHT_RATING(') ? '#ERROR!' : '');
    const rating = () => {
      const { sheet, a1, formula } = formulaCells(ss).find((c) => c.formula.startsWith('=CDHT_RATING('))!;
      return { formula, value: sheet.getRange(a1).getValues()[0][0] };
    };
    expect(rating().value).toBe('#ERROR!');
    const written = rating().formula;
    expect(written).toContain(';');
    const result = setupWorkbook(ss, fakeFactories(ss.log), new Date(2026, 10, 22));
    expect(result.messages).toEqual([]);
    // Still the formula set-up wrote, which parses in a vi-VN sheet: it shows the function's own error.
    expect(rating()).toMatchObject({ formula: written, value: '#ERROR!' });
  });

  it('CDHT_RATE on "Số liệu PCGD-XMC" throwing for inconsistent counts, then the counts corrected: the rate shows without another repair', () => {
    const ss = new FakeSpreadsheet('Trang tính1', { locale: 'vi_VN' });
    setup(ss);
    const pcgd = ss.sheet('Số liệu PCGD-XMC');
    const written = pcgd.at('E4').formula;
    // Số đạt 12.000 above tổng số 11.944: CDHT_RATE throws and Sheets shows #ERROR!.
    ss.evaluate = (formula) => (formula.startsWith('=CDHT_RATE(') ? '#ERROR!' : '');
    setupWorkbook(ss, fakeFactories(ss.log), new Date(2026, 10, 22));
    // The counts corrected: CDHT_RATE answers 98,81%.
    ss.evaluate = (formula) => (formula.startsWith('=CDHT_RATE(') ? 0.9881 : '');
    expect(pcgd.at('E4').formula).toBe(written);
    expect(pcgd.getRange('E4').getValues()[0][0]).toBe(0.9881);
  });
});

describe('a sheet that refuses ";" (what reports say no locale does) while a custom function throws', () => {
  it('keeps the CDHT_* cell in its "," form, which parses there, once a built-in formula read back fine with ",": no locale blamed, and the rate shows when the counts are corrected', () => {
    const ss = new FakeSpreadsheet('Trang tính1', { locale: 'en_US' });
    // Every ";" outside text in quotes refused; "," parses, as in en_US.
    ss.parse = (formula) => (/;(?=(?:[^"]*"[^"]*")*[^"]*$)/.test(formula) ? 'refuses ";"' : null);
    // Số đạt above tổng số: CDHT_RATE throws; CDHT_RATING ("Kết quả"!B4, read back before that sheet's built-in formulas) too,
    // and B8, which compares B4 with "Mức độ 1", shows B4's error (Sheets passes it on: sheets.wiki/docs/Error).
    ss.evaluate = (formula) => (/^=CDHT_RATE\(|^=CDHT_RATING\(|^=IF\(AND\(OR\(B4=/.test(formula) ? '#ERROR!' : '');
    expect(setup(ss).messages).toEqual([]);
    expect(ss.sheet('Kết quả').at('B4').formula).toBe("=CDHT_RATING('Đánh giá'!A5:A25,'Đánh giá'!E5:E25,CDHT_BO_TIEU_CHI,'Thông tin'!$B$8)");
    expect(ss.sheet('Kết quả').at('B8').formula).toBe(`=IF(AND(OR(B4="Mức độ 1",B4="Mức độ 2"),ISNUMBER('Thông tin'!$B$6)),EDATE(DATE('Thông tin'!$B$6,12,31),36),"")`);
    const pcgd = ss.sheet('Số liệu PCGD-XMC');
    expect(pcgd.at('E19').formula).toBe('=IF(F19="","Chưa đủ số liệu",IF(F19>=1,"Đạt","Không đạt"))');
    expect(pcgd.at('E4').formula).toBe('=CDHT_RATE(D4:D14,B4:B14,C4:C14)');
    // The counts corrected: CDHT_RATE answers 98,81%, with no other repair.
    ss.evaluate = (formula) => (formula.startsWith('=CDHT_RATE(') ? 0.9881 : '');
    expect(pcgd.getRange('E4').getValues()[0][0]).toBe(0.9881);
  });
});

describe('a built-in formula reading a CDHT_* cell whose function throws shows that #ERROR! too', () => {
  it('"Kết quả"!B8 reads B4 (CDHT_RATING): set-up run again neither rewrites it with "," nor blames the locale', () => {
    const ss = new FakeSpreadsheet('Trang tính1', { locale: 'vi_VN' });
    setup(ss);
    const expiry = ss.sheet('Kết quả').at('B8').formula;
    // CDHT_RATING throws on the data; B8 compares B4 with "Mức độ 1", and Sheets passes B4's error on to it
    // (an error propagates to every formula that reads it: sheets.wiki/docs/Error). The fake has no engine: its evaluate says so.
    ss.evaluate = (formula) => (formula.startsWith('=CDHT_RATING(') || formula.startsWith('=IF(AND(OR(B4=') ? '#ERROR!' : '');
    ss.log.reset();
    expect(setupWorkbook(ss, fakeFactories(ss.log), new Date(2026, 10, 22)).messages).toEqual([]);
    expect(ss.log.calls.filter((c) => c === 'Range.setValue')).toEqual([]);
    expect(ss.sheet('Kết quả').at('B8').formula).toBe(`=IF(AND(OR(B4="Mức độ 1";B4="Mức độ 2");ISNUMBER('Thông tin'!$B$6));EDATE(DATE('Thông tin'!$B$6;12;31);36);"")`);
    expect(expiry).toBe(ss.sheet('Kết quả').at('B8').formula);
  });
});
