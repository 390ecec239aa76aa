/**
 * One row or one column inserted anywhere in a sheet of a first TT25 set-up, with a person's text
 * typed into it, and what Sheets shows after it (cells at or past the insertion one further, every
 * formula's references following; written here independently of the add-on's placement code and
 * of the fake, which moves the references itself, as Sheets does). Shared by the repair and the
 * year roll-over tests.
 */
import type { Cell } from '../../src/core/cells/values';
import { SHEETS } from '../../src/core/template/layout';
import type { FakeSheet, FakeSpreadsheet } from '../fakes/spreadsheet';

export const TYPED = 'Ghi chú riêng của xã';

export type Dimension = 'row' | 'column';

export const letters = (column: number): string => {
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
export function shiftFormula(formula: string, own: string, edited: string, dimension: Dimension, at: number): string {
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
export const cellsOf = (sheet: FakeSheet): Array<[string, Cell]> => sheet.values().flatMap((row, r) => row.map((cell, c): [string, Cell] => [`${letters(c + 1)}${r + 1}`, cell]));

/** Every sheet's stored cells (formulas as text) by A1, blanks left out. */
export function picture(ss: FakeSpreadsheet): Record<string, Record<string, Cell>> {
  const all: Record<string, Record<string, Cell>> = {};
  for (const sheet of ss.sheets) {
    all[sheet.name] = Object.fromEntries(cellsOf(sheet).filter(([, cell]) => cell !== '' && cell !== null));
  }
  return all;
}

/** What Sheets shows after the insertion: cells of `edited` at or past `at` one further, every formula's references following. */
export function inserted(before: Record<string, Record<string, Cell>>, edited: string, dimension: Dimension, at: number): Record<string, Record<string, Cell>> {
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

export const namedRanges = (ss: FakeSpreadsheet) => ss.namedRanges.map((n) => [n.name, n.anchor.sheet.name, n.range.a1()]);

/**
 * Where a row or column goes in each sheet: `at` is the row (column) it is inserted before, `typeAt`
 * the column (row) of the cell the person types into. Rows at the top, under the title, inside a
 * table, before the template's last row and after it; columns likewise.
 */
export type Case = [where: string, at: number, typeAt: number];
export const SHEET_CASES: Array<[sheet: string, rows: Case[], columns: Case[]]> = [
  [
    SHEETS.guide,
    [
      ['at the top', 1, 1],
      ['under the title', 2, 1],
      ['among the instructions', 6, 1],
      ['before the last line', 21, 1],
      ['after the last line', 22, 1],
    ],
    [
      ['before A', 1, 5],
      ['after A', 2, 5],
    ],
  ],
  [
    SHEETS.info,
    [
      ['at the top', 1, 1],
      ['under the title', 2, 1],
      ['among the fields', 8, 1],
      ['among the members', 25, 1],
      ['before the version', 55, 1],
      ['after the version', 56, 1],
    ],
    [
      ['before A', 1, 8],
      ['between A and B', 2, 8],
      ['between B and C', 3, 8],
      ['after C', 4, 8],
    ],
  ],
  [
    SHEETS.assessment,
    [
      ['at the top', 1, 1],
      ['under the title', 2, 1],
      ['under the commune line', 3, 1],
      ['among the indicators', 11, 1],
      ['before the last indicator', 25, 1],
      ['after the last indicator', 26, 1],
    ],
    [
      ['before A', 1, 10],
      ['between A and B', 2, 10],
      ['between E and F', 6, 10],
      ['between H and I', 9, 10],
      ['after J', 11, 10],
    ],
  ],
  [
    SHEETS.evidence,
    [
      ['at the top', 1, 1],
      ['under the title', 2, 1],
      ['under the header', 4, 1],
      ['after the last row', 204, 1],
    ],
    [
      ['before A', 1, 5],
      ['between C and D', 4, 5],
      ['after F', 7, 5],
    ],
  ],
  [
    SHEETS.results,
    [
      ['at the top', 1, 1],
      ['under the title', 2, 1],
      ['among the results', 6, 1],
      ['above the criteria title', 12, 1],
      ['above the data check', 21, 4],
      ['after the data check', 22, 5],
    ],
    [
      ['before A', 1, 6],
      ['between A and B', 2, 6],
      ['between B and C', 3, 6],
      ['after C', 4, 6],
      ['after F', 7, 6],
    ],
  ],
  [
    SHEETS.pcgd,
    [
      ['at the top', 1, 1],
      ['under the title', 2, 1],
      ['above the hints', 18, 1],
      ['before the last hint', 22, 1],
      ['after the last hint', 23, 1],
    ],
    [
      ['before A', 1, 16],
      ['between D and E', 5, 16],
      ['after F', 7, 16],
    ],
  ],
  [
    SHEETS.units,
    [
      ['at the top', 1, 1],
      ['under the title', 2, 1],
      ['among the totals', 5, 1],
      ['after the last row', 50, 1],
    ],
    [
      ['before A', 1, 7],
      ['after H', 9, 7],
    ],
  ],
  [
    SHEETS.ruleset,
    [
      ['at the top', 1, 1],
      ['under the header', 2, 13],
      ['after the last row', 151, 1],
    ],
    [['after L', 13, 2]],
  ],
];

/** Every insertion of SHEET_CASES on its own: the sheet, rows or columns, and the case. */
export const INSERTIONS: Array<[sheet: string, dimension: Dimension, insertion: Case]> = SHEET_CASES.flatMap(([sheet, rows, columns]) => [
  ...rows.map((c): [string, Dimension, Case] => [sheet, 'row', c]),
  ...columns.map((c): [string, Dimension, Case] => [sheet, 'column', c]),
]);

/**
 * Inserts a row (column) before `at` in `sheetName` as Sheets does (formulas of every sheet
 * following) and types TYPED into it, at column (row) `typeAt`; returns the cell typed (A1).
 */
export function insertAndType(ss: FakeSpreadsheet, sheetName: string, dimension: Dimension, at: number, typeAt: number): string {
  const sheet = ss.sheet(sheetName);
  // Sheets moves every reference to the moved cells, and so does the fake (its editedInFormula; shiftFormula here is the test's own reckoning of it).
  if (dimension === 'row') sheet.insertRowBefore(at);
  else sheet.insertColumnBefore(at);
  const typed = dimension === 'row' ? `${letters(typeAt)}${at}` : `${letters(at)}${typeAt}`;
  sheet.type(typed, TYPED);
  return typed;
}

/** Where a cell (A1) of `sheetName` is after the insertion, for the sheet `edited`. */
export const movedA1 = (a1: string, sheetName: string, edited: string, dimension: Dimension, at: number): string =>
  sheetName === edited ? shiftFormula(`=${a1}`, sheetName, edited, dimension, at).slice(1) : a1;
