/**
 * Messages say what is wrong in the user's terms. A Date can reach any argument and any cell (a
 * date-formatted cell, a code typed as "1/2" that Sheets turned into a date); wherever it lands, a
 * message shows it as dd/mm/yyyy, never as JavaScript prints it ("Wed Jan 01 2025 … GMT+0700").
 */
import { describe, expect, it } from 'vitest';
import { cdhtCheck, cdhtCriteria, cdhtRating, cdhtResults, cdhtScore } from '../../../src/core/formulas/assessment';
import { cdhtRate } from '../../../src/core/formulas/rate';
import { tally } from '../../../src/core/formulas/tally';
import { rulesetToTable } from '../../../src/core/ruleset/table';
import { TT25 } from '../../../src/core/ruleset/tt25';
import type { Cell } from '../../../src/core/cells/values';
import { INDICATOR_COLUMNS, NAMES } from '../../../src/core/workbook/names';
import { assessWorkbook } from '../../../src/core/workbook/snapshot';
import { sampleSnapshot } from '../../fixtures/sample-commune';
import { TT25_AT_MD2, columns, errorMessage, md2With, tt25Rows, tt44Rows, type Grid } from '../../helpers';

const NEW_YEAR = new Date(2025, 0, 1);
const SHOWN = '01/01/2025';
/** How JavaScript prints a Date: "Wed Jan 01 2025 00:00:00 GMT+0700 (…)" or ISO "2025-01-01T…". */
const JS_DATE = /GMT|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|\d{4}-\d{2}-\d{2}T/;

type Formula = (codes: Cell | Grid, values: Cell | Grid, ruleset?: Cell | Grid, difficult?: Cell | Grid) => unknown;
const STRICT: Record<string, Formula> = { CDHT_RATING: cdhtRating, CDHT_SCORE: cdhtScore, CDHT_RESULTS: cdhtResults, CDHT_CRITERIA: cdhtCriteria };

/** Every message the assessment formulas give for these arguments: thrown, or listed by CDHT_CHECK. */
function messages(codes: Cell | Grid, values: Cell | Grid, ruleset?: Cell | Grid, difficult?: Cell | Grid): string[] {
  const thrown = Object.values(STRICT).map((formula) => {
    try {
      formula(codes, values, ruleset, difficult);
      return '';
    } catch (e) {
      return (e as Error).message;
    }
  });
  const listed = cdhtCheck(codes, values, ruleset, difficult).map((row) => row.map(String).join(' '));
  return [...thrown, ...listed].filter(Boolean);
}

/** Replaces one cell of a column (row `at`) with a date. */
const withDate = (grid: Grid, at: number): Grid => grid.map((row, r) => (r === at ? [NEW_YEAR] : row));

describe('a Date reaching any message is shown as dd/mm/yyyy', () => {
  const tt25 = columns(tt25Rows(TT25_AT_MD2));
  const tt44 = columns(tt44Rows(Array.from({ length: 15 }, () => 5)));

  it('in every cell of the codes and values columns (TT25 and TT44)', () => {
    const bad: string[] = [];
    for (const [name, { codes, values }, ruleset] of [
      ['TT25', tt25, 'TT25'],
      ['TT44', tt44, 'TT44'],
    ] as const) {
      for (let r = 0; r < codes.length; r++) {
        for (const [column, args] of [
          ['codes', [withDate(codes, r), values]],
          ['values', [codes, withDate(values, r)]],
        ] as const) {
          const found = messages(args[0], args[1], ruleset);
          if (found.length === 0 && column === 'values' && r > 0) bad.push(`${name} ${column} row ${r + 1}: no message at all`);
          for (const m of found) if (JS_DATE.test(m)) bad.push(`${name} ${column} row ${r + 1}: ${m}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('in the ruleset and difficult_area arguments', () => {
    const { codes, values } = tt25;
    for (const m of [...messages(codes, values, NEW_YEAR), ...messages(codes, values, 'TT25', NEW_YEAR)]) {
      expect(m).not.toMatch(JS_DATE);
    }
    expect(errorMessage(() => cdhtRating(codes, values, 'TT25', NEW_YEAR))).toContain(SHOWN);
  });

  it('in every cell of a Bộ tiêu chí table', () => {
    const { codes, values } = tt25;
    const bad: string[] = [];
    const base = rulesetToTable(TT25);
    base.forEach((row, r) => {
      row.forEach((_, c) => {
        const table = base.map((cells, rr) => cells.map((cell, cc) => (rr === r && cc === c ? NEW_YEAR : cell)));
        const found = cdhtCheck(codes, values, table).map((line) => line.join(' '));
        for (const m of found) if (JS_DATE.test(m)) bad.push(`row ${r + 1} col ${c + 1}: ${m}`);
      });
    });
    expect(bad).toEqual([]);
  });

  it('in CDHT_RATE and CDHT_TALLY', () => {
    for (const args of [
      [NEW_YEAR, 10, 0],
      [5, NEW_YEAR, 0],
      [5, 10, NEW_YEAR],
    ] as Cell[][]) {
      const message = errorMessage(() => cdhtRate(args[0], args[1], args[2]));
      expect(message).not.toMatch(JS_DATE);
      expect(message).toContain(SHOWN);
    }
    const message = errorMessage(() => tally([['Mức độ 1'], [NEW_YEAR]]));
    expect(message).not.toMatch(JS_DATE);
    expect(message).toContain(SHOWN);
  });

  it('names the date itself, so the user finds the cell', () => {
    const { codes, values } = columns(md2With({ 'TC1.1': NEW_YEAR }));
    expect(errorMessage(() => cdhtRating(codes, values))).toContain(SHOWN);
  });
});

describe('a Date in a text cell that reaches the dossier', () => {
  it('a description holding a date (a "1/1" Sheets turned into one) reads dd/mm/yyyy', () => {
    const snapshot = sampleSnapshot('TT25');
    const rows = snapshot[NAMES.indicators] ?? [];
    const row = rows.findIndex((r) => r[INDICATOR_COLUMNS.code] === 'TC1.1');
    rows[row][INDICATOR_COLUMNS.description] = NEW_YEAR;
    expect(assessWorkbook(snapshot).evidence.get('TC1.1')?.description).toBe(SHOWN);
  });
});

describe('difficult_area is one cell', () => {
  const { codes, values } = columns(md2With({}));

  it.each<[string, Grid]>([
    ['two cells in a column', [['Có'], ['Không']]],
    ['two cells in a row', [['Không', 'Có']]],
  ])('%s is an error naming the range size, not its first cell', (_, range) => {
    for (const [name, formula] of Object.entries(STRICT)) {
      expect(
        errorMessage(() => formula(codes, values, 'TT25', range)),
        name,
      ).toMatch(/một ô.*2 ô|2 ô.*một ô/);
    }
    expect(cdhtCheck(codes, values, 'TT25', range)[0][1]).toBe('Lỗi');
  });

  it('a one-cell range still works', () => {
    expect(cdhtRating(codes, values, 'TT25', [['Có']])).toBe('Mức độ 2');
  });
});
