/**
 * Repair after a person inserted one row (or one column) anywhere in a sheet of a first TT25
 * set-up and typed into it: at the top, just under the title, in the middle of a table, before
 * the last row and after it. What Sheets itself does on such an insertion is the expected state
 * (cells move down or right by one; every reference to a moved cell, in any sheet's formulas and
 * in named ranges, follows it: Sheets "adjusts references" on insert, see the fake's header), so
 * repair must leave exactly that: the person's value where they typed it, the template's cells and
 * formulas where Sheets moved them, and no message (nothing the person typed is "typed by hand"
 * into a computed cell). The fake keeps formula text as written on insertion (stricter than
 * Sheets), so the formulas must be rewritten by repair itself; the shifting below is written here,
 * independently of the add-on's placement code.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/cells/values';
import { SHEETS } from '../../src/core/template/layout';
import { type FakeSheet, FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

const TYPED = 'Ghi chú riêng của xã';

type Dimension = 'row' | 'column';

const letters = (column: number): string => {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};
const number = (name: string) => [...name].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * A formula as Sheets leaves it after one row or column was inserted before `at` in sheet `edited`
 * (the formula being on sheet `own`): every row (column) number at or past `at` in a reference to
 * that sheet grows by one. Text in double quotes is left alone.
 */
function shiftFormula(formula: string, own: string, edited: string, dimension: Dimension, at: number): string {
  const cell = /(\$?)([A-Z]{1,3})(\$?)(\d+)/;
  const reference = /(?<![A-Za-z0-9_$.])((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_]*)!)?(\$?[A-Z]{1,3}\$?\d+)(:\$?[A-Z]{1,3}\$?\d+)?(?![A-Za-z0-9_(!])/g;
  const move = (text: string) => {
    const [, d1, col, d2, row] = cell.exec(text)!;
    if (dimension === 'row') return `${d1}${col}${d2}${Number(row) >= at ? Number(row) + 1 : row}`;
    return `${d1}${number(col) >= at ? letters(number(col) + 1) : col}${d2}${row}`;
  };
  return formula
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(reference, (whole, prefix: string | undefined, start: string, end: string | undefined) => {
            const sheet = prefix ? prefix.slice(0, -1).replace(/^'|'$/g, '').replace(/''/g, "'") : own;
            if (sheet !== edited) return whole;
            return `${prefix ?? ''}${move(start)}${end ? `:${move(end.slice(1))}` : ''}`;
          }),
    )
    .join('"');
}

/** A sheet's stored cells (formulas as text) with their A1. */
const cellsOf = (sheet: FakeSheet): Array<[string, Cell]> => sheet.values().flatMap((row, r) => row.map((cell, c): [string, Cell] => [`${letters(c + 1)}${r + 1}`, cell]));

/** Every sheet's stored cells (formulas as text) by A1, blanks left out. */
function picture(ss: FakeSpreadsheet): Record<string, Record<string, Cell>> {
  const all: Record<string, Record<string, Cell>> = {};
  for (const sheet of ss.sheets) {
    all[sheet.name] = Object.fromEntries(cellsOf(sheet).filter(([, cell]) => cell !== '' && cell !== null));
  }
  return all;
}

/** What Sheets shows after the insertion: cells of `edited` at or past `at` one further, every formula's references following. */
function inserted(before: Record<string, Record<string, Cell>>, edited: string, dimension: Dimension, at: number): Record<string, Record<string, Cell>> {
  const after: Record<string, Record<string, Cell>> = {};
  for (const [sheet, cells] of Object.entries(before)) {
    after[sheet] = {};
    for (const [a1, cell] of Object.entries(cells)) {
      const moved = sheet === edited ? shiftFormula(`=${a1}`, sheet, edited, dimension, at).slice(1) : a1;
      after[sheet][moved] = typeof cell === 'string' && cell.startsWith('=') ? shiftFormula(cell, sheet, edited, dimension, at) : cell;
    }
  }
  return after;
}

const namedRanges = (ss: FakeSpreadsheet) => ss.namedRanges.map((n) => [n.name, n.anchor.sheet.name, n.range.a1()]);

/** Where a row or column goes in each sheet, and which cell of it the person types into. */
interface Case {
  where: string;
  at: number;
  /** The cell typed into: for a row, its column; for a column, its row. */
  typeAt: number;
}

/** Rows: the top, under the title, inside a table, before the template's last row, after it. Columns likewise. */
const SHEET_CASES: Array<{ sheet: string; rows: Case[]; columns: Case[] }> = [
  {
    sheet: SHEETS.guide,
    rows: [
      { where: 'at the top', at: 1, typeAt: 1 },
      { where: 'under the title', at: 2, typeAt: 1 },
      { where: 'among the instructions', at: 6, typeAt: 1 },
      { where: 'before the last line', at: 21, typeAt: 1 },
      { where: 'after the last line', at: 22, typeAt: 1 },
    ],
    columns: [
      { where: 'before A', at: 1, typeAt: 5 },
      { where: 'after A', at: 2, typeAt: 5 },
    ],
  },
  {
    sheet: SHEETS.info,
    rows: [
      { where: 'at the top', at: 1, typeAt: 1 },
      { where: 'under the title', at: 2, typeAt: 1 },
      { where: 'among the fields', at: 8, typeAt: 1 },
      { where: 'among the members', at: 25, typeAt: 1 },
      { where: 'before the version', at: 55, typeAt: 1 },
      { where: 'after the version', at: 56, typeAt: 1 },
    ],
    columns: [
      { where: 'before A', at: 1, typeAt: 8 },
      { where: 'between A and B', at: 2, typeAt: 8 },
      { where: 'between B and C', at: 3, typeAt: 8 },
      { where: 'after C', at: 4, typeAt: 8 },
    ],
  },
  {
    sheet: SHEETS.assessment,
    rows: [
      { where: 'at the top', at: 1, typeAt: 1 },
      { where: 'under the title', at: 2, typeAt: 1 },
      { where: 'under the commune line', at: 3, typeAt: 1 },
      { where: 'among the indicators', at: 11, typeAt: 1 },
      { where: 'before the last indicator', at: 25, typeAt: 1 },
      { where: 'after the last indicator', at: 26, typeAt: 1 },
    ],
    columns: [
      { where: 'before A', at: 1, typeAt: 10 },
      { where: 'between A and B', at: 2, typeAt: 10 },
      { where: 'between E and F', at: 6, typeAt: 10 },
      { where: 'between H and I', at: 9, typeAt: 10 },
      { where: 'after J', at: 11, typeAt: 10 },
    ],
  },
  {
    sheet: SHEETS.evidence,
    rows: [
      { where: 'at the top', at: 1, typeAt: 1 },
      { where: 'under the title', at: 2, typeAt: 1 },
      { where: 'under the header', at: 4, typeAt: 1 },
      { where: 'after the last row', at: 204, typeAt: 1 },
    ],
    columns: [
      { where: 'before A', at: 1, typeAt: 5 },
      { where: 'between C and D', at: 4, typeAt: 5 },
      { where: 'after F', at: 7, typeAt: 5 },
    ],
  },
  {
    sheet: SHEETS.results,
    rows: [
      { where: 'at the top', at: 1, typeAt: 1 },
      { where: 'under the title', at: 2, typeAt: 1 },
      { where: 'among the results', at: 6, typeAt: 1 },
      { where: 'above the criteria title', at: 12, typeAt: 1 },
      { where: 'above the data check', at: 21, typeAt: 4 },
      { where: 'after the data check', at: 22, typeAt: 5 },
    ],
    columns: [
      { where: 'before A', at: 1, typeAt: 6 },
      { where: 'between A and B', at: 2, typeAt: 6 },
      { where: 'between B and C', at: 3, typeAt: 6 },
      { where: 'after C', at: 4, typeAt: 6 },
      { where: 'after F', at: 7, typeAt: 6 },
    ],
  },
  {
    sheet: SHEETS.pcgd,
    rows: [
      { where: 'at the top', at: 1, typeAt: 1 },
      { where: 'under the title', at: 2, typeAt: 1 },
      { where: 'above the hints', at: 18, typeAt: 1 },
      { where: 'before the last hint', at: 22, typeAt: 1 },
      { where: 'after the last hint', at: 23, typeAt: 1 },
    ],
    columns: [
      { where: 'before A', at: 1, typeAt: 16 },
      { where: 'between D and E', at: 5, typeAt: 16 },
      { where: 'after F', at: 7, typeAt: 16 },
    ],
  },
  {
    sheet: SHEETS.units,
    rows: [
      { where: 'at the top', at: 1, typeAt: 1 },
      { where: 'under the title', at: 2, typeAt: 1 },
      { where: 'among the totals', at: 5, typeAt: 1 },
      { where: 'after the last row', at: 50, typeAt: 1 },
    ],
    columns: [
      { where: 'before A', at: 1, typeAt: 7 },
      { where: 'after H', at: 9, typeAt: 7 },
    ],
  },
  {
    sheet: SHEETS.ruleset,
    rows: [
      { where: 'at the top', at: 1, typeAt: 1 },
      { where: 'under the header', at: 2, typeAt: 13 },
      { where: 'after the last row', at: 151, typeAt: 1 },
    ],
    columns: [{ where: 'after L', at: 13, typeAt: 2 }],
  },
];

describe('repair after one row or column inserted anywhere in a first TT25 set-up', () => {
  const run = (sheetName: string, dimension: Dimension, c: Case) => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const before = picture(ss);
    const sheet = ss.sheet(sheetName);
    if (dimension === 'row') sheet.insertRowBefore(c.at);
    else sheet.insertColumnBefore(c.at);
    // Sheets moves every reference to the moved cells; the fake leaves formulas as they were written.
    for (const each of ss.sheets) {
      for (const [a1, cell] of cellsOf(each)) if (typeof cell === 'string' && cell.startsWith('=')) each.type(a1, shiftFormula(cell, each.name, sheetName, dimension, c.at));
    }
    const typed = dimension === 'row' ? `${letters(c.typeAt)}${c.at}` : `${letters(c.at)}${c.typeAt}`;
    sheet.type(typed, TYPED);
    const expected = inserted(before, sheetName, dimension, c.at);
    expected[sheetName][typed] = TYPED;
    const named = namedRanges(ss);
    const result = setup(ss, new Date(2026, 10, 22, 8, 5));
    return { ss, expected, named, result };
  };

  for (const { sheet, rows, columns } of SHEET_CASES) {
    for (const [dimension, cases] of [
      ['row', rows],
      ['column', columns],
    ] as const) {
      for (const c of cases) {
        it(`"${sheet}": a ${dimension} ${c.where}`, () => {
          const { ss, expected, named, result } = run(sheet, dimension, c);
          expect(result.messages).toEqual([]);
          expect(picture(ss)).toEqual(expected);
          expect(namedRanges(ss)).toEqual(named);
        });
      }
    }
  }
});
