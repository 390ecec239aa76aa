/**
 * Finding 2 of issue 14: every formula the add-on writes must parse in every spreadsheet locale.
 * Scripts' formulas are parsed by the sheet's locale (test/fakes/user-entered.ts gives the
 * sources): "," between arguments and "0.95" fail where the comma is the decimal mark, ";" works
 * everywhere, and array literals differ by locale.
 */
import { describe, expect, it } from 'vitest';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';
import { commaSyntax, numberLiteral } from '../../../src/core/template/a1';
import { workbookSpec } from '../../../src/core/template/spec';
import { formulaParseError, type SheetLocale } from '../../fakes/user-entered';

const LOCALES: SheetLocale[] = ['vi_VN', 'de_DE', 'en_US', 'en_GB'];

function everyFormula(): Array<{ where: string; formula: string }> {
  return [TT25, TT44].flatMap((ruleset) =>
    workbookSpec(ruleset).sheets.flatMap((sheet) => [
      ...sheet.cells.flatMap((row, r) => row.flatMap((cell, c) => (cell?.kind === 'formula' ? [{ where: `${ruleset.id} ${sheet.name} r${r + 1}c${c + 1}`, formula: cell.formula }] : []))),
      ...sheet.conditionalFormats.flatMap((f) => ('formula' in f.when ? [{ where: `${ruleset.id} ${sheet.name} format ${f.range}`, formula: f.when.formula }] : [])),
    ]),
  );
}

describe('the locale-following parser of the fakes', () => {
  it('rejects "," between arguments and decimal points in decimal-comma locales, accepts ";" everywhere', () => {
    expect(formulaParseError('=IF(A1>0,1,2)', 'vi_VN')).toMatch(/","/);
    expect(formulaParseError('=IF(A1>0,"a","b")', 'vi_VN')).toMatch(/","/);
    expect(formulaParseError('=IF(A1>0,1,2)', 'en_US')).toBeNull();
    expect(formulaParseError('=IF(A1>0;1;2)', 'en_US')).toBeNull();
    expect(formulaParseError('=IF(A1>0;1;2)', 'vi_VN')).toBeNull();
    expect(formulaParseError('=E4>=0.95', 'de_DE')).toMatch(/decimal/);
    expect(formulaParseError('=E4>=0,95', 'vi_VN')).toBeNull();
    expect(formulaParseError('=SUM({1;2})', 'en_US')).toMatch(/array/);
    expect(formulaParseError('=COUNTIF(A1:A3;"a,b.5")', 'vi_VN')).toBeNull();
    expect(formulaParseError(`='Thông tin, 1'!B8`, 'vi_VN')).toBeNull();
    expect(formulaParseError('=IF(A1;1', 'en_US')).toMatch(/unbalanced/);
    expect(formulaParseError('="a', 'en_US')).toMatch(/unterminated/);
  });
});

describe('every formula of the template parses in every locale', () => {
  const formulas = everyFormula();
  it('the template has formulas to check', () => expect(formulas.length).toBeGreaterThan(20));
  for (const locale of LOCALES) {
    it(`${locale}: no parse error`, () => {
      const failing = formulas.flatMap(({ where, formula }) => {
        const error = formulaParseError(formula, locale);
        return error ? [`${where}: ${error} in ${formula}`] : [];
      });
      expect(failing).toEqual([]);
    });
  }
  it('no decimal literal, in either notation', () => {
    const withDecimals = formulas.filter(({ formula }) => /\d[.,]\d/.test(formula.replace(/"[^"]*"|'[^']*'/g, '').replace(/\$?[A-Z]+\$?\d+/g, 'REF')));
    expect(withDecimals).toEqual([]);
  });
});

describe('numbers and the other syntax', () => {
  it('a fraction becomes a ratio of whole numbers that equals it exactly', () => {
    expect(numberLiteral(0.95)).toBe('95/100');
    expect(numberLiteral(0.985)).toBe('985/1000');
    expect(numberLiteral(3)).toBe('3');
    expect(numberLiteral(-0.5)).toBe('-5/10');
    // Nine decimals is the longest form written; a number with no short decimal form is refused, by name.
    expect(numberLiteral(0.123456789)).toBe('123456789/1000000000');
    expect(() => numberLiteral(1 / 3)).toThrow(`${1 / 3} has no short decimal form`);
    for (const x of [0.95, 0.9, 0.8, 0.7, 0.985, 0.33]) {
      const [n, d] = numberLiteral(x).split('/').map(Number);
      expect(n / d).toBe(x);
    }
  });
  it('commaSyntax turns ";" into "," outside strings and sheet names only', () => {
    expect(commaSyntax(`=IF('a;b'!A1="x;y";1;2)`)).toBe(`=IF('a;b'!A1="x;y",1,2)`);
  });
});
