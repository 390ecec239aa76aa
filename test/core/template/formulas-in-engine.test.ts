/**
 * The template's formulas in a real spreadsheet engine (HyperFormula, see
 * test/fakes/hyperformula-workbook.ts for how it differs from Google Sheets): random valid and
 * invalid inputs typed into the workbook, then every cell the template computes compared with the
 * core engine run on the same typed values, or with dates and counts worked out by hand. Nothing
 * expected is read from the engine.
 *
 * Cells are found the way a user or the add-on finds them (fields by label, indicator rows by code
 * in the CDHT_CHI_TIEU block, formulas by the function they call), not through the template's own
 * address helpers, so a wrong reference in a formula shows up as a wrong value.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdhtCheck, cdhtCriteria, cdhtRating, cdhtResults, cdhtScore } from '../../../src/core/formulas/assessment';
import { PCGD_RATES, PCGD_STANDARDS, suggestLevels } from '../../../src/core/pcgd/standards';
import { InputError } from '../../../src/core/engine/problems';
import { cdhtRate } from '../../../src/core/formulas/rate';
import { TABLE_HEADER } from '../../../src/core/ruleset/table';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';
import { NOT_RECOGNISED, allItems, type Item, type Ruleset } from '../../../src/core/ruleset/types';
import { SAMPLE_INFO, SAMPLE_TT25_ROWS, SAMPLE_TT44_ROWS } from '../../fixtures/sample-commune';
import { SHEETS } from '../../../src/core/template/layout';
import { workbookSpec } from '../../../src/core/template/spec';
import type { Cell } from '../../../src/core/cells/values';
import { formatViNumber } from '../../../src/core/cells/vi-number';
import { INFO_FIELDS } from '../../../src/core/workbook/info';
import { INDICATOR_COLUMNS, NAMES } from '../../../src/core/workbook/names';
import { assessWorkbook } from '../../../src/core/workbook/snapshot';
import { HyperFormulaWorkbook, a1Of, dateSerial, isEngineError, parseA1, parseRange } from '../../fakes/hyperformula-workbook';
import { unitsCellsOf } from './units-cells';

const RUNS = 25;

// ---------------------------------------------------------------------------------------------
// Finding cells as a user would

const col = (a1: string) => parseA1(a1).column;
const row = (a1: string) => parseA1(a1).row;

function sheetOf(wb: HyperFormulaWorkbook, name: string) {
  const sheet = wb.spec.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet;
}

/** Row (1-based) whose column-A label starts with `text`, or null. */
function rowByLabel(wb: HyperFormulaWorkbook, sheet: string, text: string): number | null {
  const index = sheetOf(wb, sheet).cells.findIndex((cells) => {
    const cell = cells[0];
    return cell?.kind === 'label' && typeof cell.value === 'string' && cell.value.startsWith(text);
  });
  return index < 0 ? null : index + 1;
}

function formulasInRow(wb: HyperFormulaWorkbook, sheet: string, rowNumber: number): string[] {
  return sheetOf(wb, sheet).cells[rowNumber - 1].flatMap((cell, c) => (cell?.kind === 'formula' ? [a1Of(rowNumber, c + 1)] : []));
}

/** The one formula cell of `sheet` calling `fn`. */
function callCell(wb: HyperFormulaWorkbook, sheet: string, fn: string): string {
  const cells = wb.formulaCells().filter((f) => f.sheet === sheet && f.formula.startsWith(`=${fn}(`));
  expect(cells, `${sheet}: one ${fn} formula`).toHaveLength(1);
  return cells[0].a1;
}

interface Layout {
  info: { commune: string; year: string; difficult: string; md1: string };
  /** Indicator block: first row, item code → row, and the value / evidence columns. */
  blockRows: number[];
  itemRow: Map<string, number>;
  valueCol: number;
  evidenceCol: number;
  results: string;
  rating: string;
  score: string;
  criteria: string;
  check: string;
  pcgd: {
    rateRows: number[];
    denominatorCol: number;
    exemptCol: number;
    numeratorCol: number;
    rate: string;
    hard: string;
    suggestions: Array<{ code: string; text: string; level: string }>;
  };
  /** "Bộ tiêu chí": code → row. */
  rulesetRow: Map<string, number>;
}

function layoutOf(wb: HyperFormulaWorkbook, ruleset: Ruleset): Layout {
  const field = (key: string) => {
    const label = INFO_FIELDS.find((f) => f.key === key)!.label;
    const r = sheetOf(wb, SHEETS.info).cells.findIndex((cells) => {
      const cell = cells[0];
      return cell?.kind === 'label' && String(cell.value).replace(/\s*\*$/, '') === label;
    });
    expect(r, `field ${label}`).toBeGreaterThanOrEqual(0);
    const valueCell = sheetOf(wb, SHEETS.info).cells[r][1];
    expect(valueCell?.kind, `${label}: the value cell beside the label is an input`).toBe('input');
    return a1Of(r + 1, 2);
  };
  const block = wb.spec.namedRanges.find((n) => n.name === NAMES.indicators)!;
  expect(block.sheet).toBe(SHEETS.assessment);
  const { start, end } = parseRange(block.range);
  // The block starts with its header row (template version 2); the indicator rows follow.
  const blockRows = Array.from({ length: end.row - start.row }, (_, i) => start.row + 1 + i);
  const itemRow = new Map<string, number>();
  for (const r of blockRows) {
    const code = wb.typed(SHEETS.assessment, a1Of(r, start.column + INDICATOR_COLUMNS.code));
    if (typeof code === 'string' && code !== '') itemRow.set(code, r);
  }
  expect([...itemRow.keys()].sort()).toEqual(
    allItems(ruleset)
      .map((i) => i.code)
      .sort(),
  );

  const pcgdHeader = rowByLabel(wb, SHEETS.pcgd, 'Chỉ số')!;
  const header = sheetOf(wb, SHEETS.pcgd).cells[pcgdHeader - 1].map((c) => (c?.kind === 'label' ? String(c.value) : ''));
  const headerCol = (text: string) => {
    const i = header.findIndex((h) => h.startsWith(text));
    expect(i, `PCGD header ${text}`).toBeGreaterThanOrEqual(0);
    return i + 1;
  };
  const rateRows = PCGD_RATES.map((r) => rowByLabel(wb, SHEETS.pcgd, r.label)!);
  const hardRow = rowByLabel(wb, SHEETS.pcgd, 'Xã có điều kiện kinh tế - xã hội đặc biệt khó khăn')!;
  const hardCol = sheetOf(wb, SHEETS.pcgd).cells[hardRow - 1].findIndex((c) => c?.kind === 'input') + 1;
  const suggestions = PCGD_STANDARDS.map((s) => {
    const r = rowByLabel(wb, SHEETS.pcgd, `${s.code} – `)!;
    const cells = formulasInRow(wb, SHEETS.pcgd, r);
    expect(cells, `${s.code}: a suggestion and a level formula`).toHaveLength(2);
    // The level formula is the one the other refers to.
    const [a, b] = cells;
    const formulaOf = (a1: string) => wb.formulaCells().find((f) => f.sheet === SHEETS.pcgd && f.a1 === a1)!.formula;
    const aRefersToB = new RegExp(`(?<![A-Z$])\\$?${b.replace(/\d/, '\\$?$&')}(?!\\d)`).test(formulaOf(a));
    return { code: s.code, text: aRefersToB ? a : b, level: aRefersToB ? b : a };
  });

  const rulesetRow = new Map<string, number>();
  sheetOf(wb, SHEETS.ruleset).cells.forEach((_, r) => {
    const code = wb.typed(SHEETS.ruleset, a1Of(r + 1, 2));
    if (typeof code === 'string' && code !== '') rulesetRow.set(code, r + 1);
  });

  return {
    info: { commune: field('commune'), year: field('year'), difficult: field('difficultArea'), md1: field('md1DecisionDate') },
    blockRows,
    itemRow,
    valueCol: start.column + INDICATOR_COLUMNS.value,
    evidenceCol: start.column + INDICATOR_COLUMNS.evidence,
    results: callCell(wb, SHEETS.assessment, 'CDHT_RESULTS'),
    rating: callCell(wb, SHEETS.results, 'CDHT_RATING'),
    score: callCell(wb, SHEETS.results, 'CDHT_SCORE'),
    criteria: callCell(wb, SHEETS.results, 'CDHT_CRITERIA'),
    check: callCell(wb, SHEETS.results, 'CDHT_CHECK'),
    pcgd: {
      rateRows,
      denominatorCol: headerCol('Tổng số'),
      exemptCol: headerCol('Số được miễn trừ'),
      numeratorCol: headerCol('Số đạt'),
      rate: callCell(wb, SHEETS.pcgd, 'CDHT_RATE'),
      hard: a1Of(hardRow, hardCol),
      suggestions,
    },
    rulesetRow,
  };
}

// ---------------------------------------------------------------------------------------------
// Random inputs

/** 'top': aiming at Mức độ 2 / the highest points; 'good': complete, mostly passing; 'low': complete, failing; 'mixed': anything. */
type Profile = 'top' | 'good' | 'low' | 'mixed';

const YES: Cell[] = ['Đạt', 'đạt', 'ĐẠT', ' Đạt ', 'x', 'X', 'có', 'Có', true, 1, '1', '✓', 'v', 'yes'];
const NO: Cell[] = ['Không đạt', 'không đạt', 'Chưa đạt', 'không', false, 0, '0', 'k', 'no'];
const levelSpellings = (n: number): Cell[] => (n === 0 ? ['Chưa đạt', 'Không đạt', 0] : [`Mức độ ${n}`, `mức độ ${n}`, `Mức ${n}`, `MĐ${n}`, `md${n}`, n, String(n)]);

/** A fraction k/1000 in the spellings people use: 0,625 (a %-formatted cell), 62,5, "62,5%", "62.5%", "62,5". */
function percentSpellings(k: number): Cell[] {
  const percent = k / 10;
  const spellings: Cell[] = [k / 1000, `${formatViNumber(percent, 1)}%`, `${percent}%`];
  // Bare numbers from 2 up are percent points; between 1 and 2 a number reads two ways (an error).
  if (percent >= 2) spellings.push(percent, formatViNumber(percent, 1));
  return spellings;
}

const pick = (options: Cell[]) => fc.constantFrom(...options);

/** A value in one of its accepted spellings: passing Mức độ 1 (or, with `top`, Mức độ 2), or failing it. */
function validValue(item: Item, pass: boolean, top = false): fc.Arbitrary<Cell> {
  const target = top ? item.thresholds?.MD2 : item.thresholds?.MD1;
  switch (item.kind) {
    case 'yesno':
      return pick(pass ? YES : NO);
    case 'level': {
      const max = item.max ?? 3;
      const md1 = target?.min ?? 1;
      const levels = Array.from({ length: max + 1 }, (_, n) => n).filter((n) => (pass ? n >= md1 : n < md1));
      return fc.constantFrom(...levels).chain((n) => pick(levelSpellings(n)));
    }
    case 'percent': {
      const md1 = target;
      const low = Math.round(Math.min(md1?.min ?? 0, md1?.minDifficult ?? 1) * 1000);
      const thresholds = [item.thresholds?.MD1, item.thresholds?.MD2].flatMap((t) => (t ? [t.min, t.minDifficult ?? t.min] : [])).map((t) => Math.round(t * 1000));
      // Aiming at Mức độ 2: at or above its (normal) minimum; otherwise anywhere from the lower minimum, often right at one.
      const k = top
        ? fc.oneof(fc.integer({ min: Math.round((target?.min ?? 0) * 1000), max: 1000 }), fc.constant(Math.round((target?.min ?? 0) * 1000)))
        : pass
          ? fc.oneof(
              fc.integer({ min: low, max: 1000 }),
              fc.constantFrom(...thresholds).chain((t) => fc.integer({ min: t - 1, max: t + 1 })),
            )
          : fc.integer({ min: 0, max: Math.max(0, low - 1) });
      return k.chain((n) => pick(percentSpellings(Math.max(0, Math.min(1000, n)))));
    }
    case 'points': {
      const max = item.max ?? 10;
      // Complete sets of 3–7,5 points add up to 45–112,5: every rating, sometimes over 100.
      const halves = (pass ? fc.integer({ min: top ? 11 : 6, max: Math.min(15, max * 2) }) : fc.integer({ min: 0, max: Math.min(6, max * 2) })).map((h) => h / 2);
      return halves.chain((p) => pick([p, formatViNumber(p, 1)]));
    }
  }
}

function invalidValue(item: Item, ruleset: Ruleset): fc.Arbitrary<Cell> {
  switch (item.kind) {
    case 'yesno':
      return pick(['có lẽ', 'Đạt một phần', 2, -1, 'abc']);
    case 'level': {
      const max = item.max ?? 3;
      return pick([`Mức độ ${max + 1}`, max + 1, 2.5, -1, 'cao']);
    }
    case 'percent':
      // 1,2 is what a percent cell showing 120% holds: an error naming both readings.
      return pick(['120%', 150, -5, 'nhiều', '62,5,3%', 1.2]);
    case 'points':
      return pick([-1, (ruleset.scheme === 'points' ? ruleset.totalPoints : 10) + 1, 'bảy', '7,5,1']);
  }
}

function itemValue(item: Item, ruleset: Ruleset, profile: Profile): fc.Arbitrary<Cell> {
  if (profile === 'low') return validValue(item, false);
  if (profile === 'top') return fc.oneof({ weight: 98, arbitrary: validValue(item, true, true) }, { weight: 2, arbitrary: validValue(item, true) });
  return profile === 'good'
    ? fc.oneof({ weight: 97, arbitrary: validValue(item, true) }, { weight: 3, arbitrary: validValue(item, false) })
    : fc.oneof(
        { weight: 60, arbitrary: validValue(item, true) },
        { weight: 20, arbitrary: validValue(item, false) },
        { weight: 12, arbitrary: fc.constant<Cell>(null) },
        { weight: 8, arbitrary: invalidValue(item, ruleset) },
      );
}

interface CountsRow {
  numerator: Cell;
  denominator: Cell;
  exempt: Cell;
}

/** The minima (normal and ĐBKK) a rate is compared with: where its counts are most often put. */
function thresholdsOf(key: string): number[] {
  const all = PCGD_STANDARDS.flatMap((s) => s.levels.flat()).flatMap((c) => ('rate' in c && c.rate === key ? [c.min, c.minDifficult] : []));
  return [...new Set(all)];
}

/** Counts for one PCGD rate: consistent (often right at one of its minima), blank, or bad in some way. */
function countsRow(key: string, profile: Profile): fc.Arbitrary<CountsRow> {
  const thresholds = thresholdsOf(key);
  const consistent = fc
    .record({
      denominator: fc.integer({ min: 1, max: 5000 }),
      exempt: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
      near: fc.boolean(),
      t: fc.constantFrom(...(profile === 'top' ? [Math.max(...thresholds)] : thresholds)),
      delta: fc.integer({ min: -1, max: 1 }),
      r: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ denominator, exempt, near, t, delta, r }) => {
      const e = exempt === null ? null : Math.min(exempt, denominator - 1);
      const base = denominator - (e ?? 0);
      const n = near ? Math.ceil(t * base) + delta : Math.round(r * base);
      return { numerator: Math.max(0, Math.min(base, n)), denominator, exempt: e };
    });
  const blank = fc.constant<CountsRow>({ numerator: null, denominator: null, exempt: null });
  const bad = fc.oneof(
    // More people reached than counted: inconsistent, never capped.
    fc.record({ denominator: fc.integer({ min: 1, max: 500 }), exempt: fc.integer({ min: 0, max: 20 }), extra: fc.integer({ min: 1, max: 30 }) }).map(({ denominator, exempt, extra }) => ({
      numerator: Math.max(0, denominator - exempt) + extra,
      denominator,
      exempt,
    })),
    fc.integer({ min: 1, max: 500 }).map((d) => ({ numerator: null, denominator: d, exempt: null })),
    fc.integer({ min: 1, max: 500 }).map((d) => ({ numerator: 0, denominator: d, exempt: d })),
    fc.integer({ min: 1, max: 500 }).map((d) => ({ numerator: 'nhiều', denominator: d, exempt: null })),
  );
  return profile !== 'mixed' ? consistent : fc.oneof({ weight: 80, arbitrary: consistent }, { weight: 10, arbitrary: blank }, { weight: 10, arbitrary: bad });
}

interface Inputs {
  commune: string;
  year: number | null;
  difficult: Cell;
  md1: Cell;
  values: Map<string, Cell>;
  evidence: Map<string, Cell>;
  counts: CountsRow[];
  hard: Cell;
}

const dates = fc.date({ min: new Date(2018, 0, 1), max: new Date(2030, 11, 31), noInvalidDate: true }).map((d) => new Date(d.getFullYear(), d.getMonth(), d.getDate()));
const dayText = (d: Date) => `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;

/** The Mức độ 1 decision date: blank, any date, a month end, one around 28/02 of the assessment year (the deadline's edge), text. */
function md1Arb(year: number | null): fc.Arbitrary<Cell> {
  const nearDeadline = fc.integer({ min: -3, max: 3 }).map((k) => new Date(year ?? 2025, 1, 28 + k));
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant<Cell>(null) },
    { weight: 3, arbitrary: dates },
    { weight: 3, arbitrary: nearDeadline },
    // Month ends, where EDATE clamps: 29/02/2024 + 12 months = 28/02/2025.
    { weight: 2, arbitrary: fc.constantFrom<Cell>(new Date(2024, 1, 29), new Date(2023, 0, 31), new Date(2024, 2, 1), new Date(2024, 1, 28)) },
    { weight: 1, arbitrary: fc.oneof(dates, nearDeadline).map(dayText) },
    { weight: 1, arbitrary: fc.constantFrom<Cell>('không rõ', 'chưa có') },
  );
}

function inputsArb(ruleset: Ruleset): fc.Arbitrary<Inputs> {
  const items = allItems(ruleset);
  return fc.constantFrom<Profile>('top', 'good', 'low', 'mixed', 'mixed').chain((profile) =>
    fc
      .record({
        commune: fc.constantFrom('Xã Hòa An', 'Xã Tân Lập', "Xã Đông's", 'Phường 5'),
        dates: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 2015, max: 2030 }) }, { weight: 1, arbitrary: fc.constant(null) }).chain((year) => md1Arb(year).map((md1) => ({ year, md1 }))),
        difficult: fc.oneof(
          { weight: 10, arbitrary: fc.constantFrom<Cell>('Có', 'Không', null, true, false, 'không') },
          { weight: profile === 'mixed' ? 1 : 0, arbitrary: fc.constant<Cell>('có lẽ') },
        ),
        values: fc.tuple(...items.map((item) => itemValue(item, ruleset, profile))).map((vs) => new Map(items.map((item, i) => [item.code, vs[i]]))),
        evidence: fc.tuple(...items.map((item) => fc.constantFrom<Cell>(null, `https://drive.google.com/drive/folders/${item.code}`))).map((vs) => new Map(items.map((item, i) => [item.code, vs[i]]))),
        counts: fc.tuple(...PCGD_RATES.map((r) => countsRow(r.key, profile))),
        hard: fc.constantFrom<Cell>('Có', 'Không', null),
      })
      .map(({ dates: { year, md1 }, ...rest }): Inputs => ({ ...rest, year, md1 })),
  );
}

function fill(wb: HyperFormulaWorkbook, layout: Layout, inputs: Inputs): void {
  wb.set(SHEETS.info, {
    [layout.info.commune]: inputs.commune,
    [layout.info.year]: inputs.year,
    [layout.info.difficult]: inputs.difficult,
    [layout.info.md1]: inputs.md1,
  });
  const assessment: Record<string, Cell> = {};
  for (const [code, r] of layout.itemRow) {
    assessment[a1Of(r, layout.valueCol)] = inputs.values.get(code) ?? null;
    assessment[a1Of(r, layout.evidenceCol)] = inputs.evidence.get(code) ?? null;
  }
  wb.set(SHEETS.assessment, assessment);
  const p = layout.pcgd;
  const pcgd: Record<string, Cell> = { [p.hard]: inputs.hard };
  inputs.counts.forEach((c, i) => {
    pcgd[a1Of(p.rateRows[i], p.numeratorCol)] = c.numerator;
    pcgd[a1Of(p.rateRows[i], p.denominatorCol)] = c.denominator;
    pcgd[a1Of(p.rateRows[i], p.exemptCol)] = c.exempt;
  });
  wb.set(SHEETS.pcgd, pcgd);
}

// ---------------------------------------------------------------------------------------------
// Expectations and comparison

/** A result: a value, or the #ERROR! a thrown Error gives, with its message. */
type Expected = { value: Cell } | { error: string } | { anyError: true };

function outcome<T extends Cell | Cell[][]>(fn: () => T): { value: T } | { error: string } {
  try {
    return { value: fn() };
  } catch (thrown) {
    return { error: (thrown as Error).message };
  }
}

/** Sheets shows an empty cell and "" alike; so does this comparison. */
const shown = (v: unknown) => (v === null || v === undefined ? '' : v);

class Checker {
  readonly checked = new Set<string>();
  constructor(readonly wb: HyperFormulaWorkbook) {}

  cell(sheet: string, a1: string, expected: Expected, what: string): void {
    this.checked.add(`${sheet}!${a1}`);
    const actual = this.wb.get(sheet, a1);
    const where = `${sheet}!${a1} (${what})`;
    if ('error' in expected || 'anyError' in expected) {
      expect(isEngineError(actual), `${where}: expected an error, got ${JSON.stringify(actual)}`).toBe(true);
      if ('error' in expected && isEngineError(actual)) {
        expect(actual.value, where).toBe('#ERROR!');
        expect(actual.message, where).toBe(expected.error);
      }
      return;
    }
    expect(isEngineError(actual) ? `${actual.value} ${actual.message}` : shown(actual), where).toEqual(shown(expected.value));
  }

  /**
   * A spilling formula: `grid` from its cell, the error in its cell alone, and the cells of the
   * spec's spill area it does not cover empty.
   */
  spill(sheet: string, a1: string, result: { value: Cell[][] | Cell } | { error: string }, what: string): void {
    const top = row(a1);
    const left = col(a1);
    let covered = (_r: number, _c: number) => false;
    if ('error' in result) {
      this.cell(sheet, a1, result, what);
      covered = (r, c) => r === top && c === left;
    } else {
      const grid = Array.isArray(result.value) ? result.value : [[result.value]];
      grid.forEach((cells, r) => {
        cells.forEach((v, c) => {
          this.cell(sheet, a1Of(top + r, left + c), { value: v }, `${what} [${r}][${c}]`);
        });
      });
      const width = Math.max(...grid.map((g) => g.length));
      covered = (r, c) => r >= top && r < top + grid.length && c >= left && c < left + width;
      // The row under and the column beside the spill hold what the spec put there.
      for (let c = left; c <= left + width; c++) this.still(sheet, top + grid.length, c);
      for (let r = top; r < top + grid.length; r++) this.still(sheet, r, left + width);
    }
    // Spill cells the result does not reach are empty (Sheets leaves them so too).
    sheetOf(this.wb, sheet).cells.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        if (cell?.kind === 'spill' && !covered(r + 1, c + 1) && this.ownerOf(sheet, r + 1, c + 1) === a1) {
          this.cell(sheet, a1Of(r + 1, c + 1), { value: '' }, `${what}: spill cell beyond the result`);
        }
      });
    });
  }

  /** The formula a spill cell of the spec belongs to: the lowest, then rightmost, formula above and left of it. */
  private ownerOf(sheet: string, r: number, c: number): string | undefined {
    const candidates = this.wb
      .formulaCells()
      .filter((f) => f.sheet === sheet && row(f.a1) <= r && col(f.a1) <= c)
      .sort((x, y) => row(y.a1) - row(x.a1) || col(y.a1) - col(x.a1));
    return candidates[0]?.a1;
  }

  /** A cell next to a spill shows the value written or typed there. */
  private still(sheet: string, r: number, c: number): void {
    const spec = this.wb.cellSpec(sheet, a1Of(r, c));
    if (spec?.kind === 'formula') return;
    const typed = this.wb.typed(sheet, a1Of(r, c));
    const actual = this.wb.get(sheet, a1Of(r, c));
    const expected = typed instanceof Date ? dateSerial(typed) : typeof typed === 'string' && typed.startsWith('=') ? undefined : shown(typed);
    if (expected !== undefined) expect(shown(actual), `${sheet}!${a1Of(r, c)} beside a spill`).toEqual(expected);
  }
}

/** DATE(y, m, d) as Sheets reads a year below 1900 (it adds 1900). */
const sheetsDate = (year: number, month: number, day: number) => new Date(year < 1900 ? year + 1900 : year, month - 1, day);
/** EDATE: the same day `months` later, clamped to the end of a shorter month. */
function edate(date: Date, months: number): Date {
  const first = new Date(date.getFullYear(), date.getMonth() + months, 1);
  const last = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate();
  return new Date(first.getFullYear(), first.getMonth(), Math.min(date.getDate(), last));
}
/** A cell holding a date, as EDATE reads it: a date, a text date in the sheet's order (dd/mm/yyyy in vi-VN, mm/dd/yyyy in en-US), else an error. */
function md1Date(cell: Cell, dayFirst: boolean): Date | null | 'error' {
  if (cell === null || cell === '') return null;
  if (cell instanceof Date) return cell;
  const m = typeof cell === 'string' ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(cell) : null;
  if (!m) return 'error';
  const [day, month] = dayFirst ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
  const date = new Date(Number(m[3]), month - 1, day);
  return date.getMonth() === month - 1 ? date : 'error';
}

function checkEverything(wb: HyperFormulaWorkbook, layout: Layout, ruleset: Ruleset, inputs: Inputs, check: Checker): void {
  const levels = ruleset.scheme === 'levels';
  // The core, on the typed values of the named ranges (the same cells the add-on reads).
  const snapshot = wb.snapshot();
  const block = snapshot[NAMES.indicators]!.slice(1);
  const codes = block.map((r) => [r[INDICATOR_COLUMNS.code]]);
  const values = block.map((r) => [r[INDICATOR_COLUMNS.value]]);
  const table = snapshot[NAMES.ruleset]!;
  const difficult = inputs.difficult ?? '';
  const args = [codes, values, table, difficult] as const;

  // "Đánh giá": the results beside the values, one row per block row.
  expect(row(layout.results), 'CDHT_RESULTS starts on the first indicator row').toBe(layout.blockRows[0]);
  const results = outcome(() => cdhtResults(...args));
  check.spill(SHEETS.assessment, layout.results, results, 'CDHT_RESULTS');
  if ('value' in results) {
    // By hand for a few rows: a heading row has no result; TC1.1 "Đạt"-like values meet both levels.
    results.value.forEach((r, i) => {
      const code = codes[i][0];
      if (code === '') expect(r.every((v) => v === '')).toBe(true);
    });
  }

  // "Kết quả": rating and score.
  const rating = outcome(() => cdhtRating(...args));
  const score = outcome(() => cdhtScore(...args));
  check.cell(SHEETS.results, layout.rating, rating, 'CDHT_RATING');
  check.cell(SHEETS.results, layout.score, score, 'CDHT_SCORE');

  // The same through assessWorkbook (the add-on's path).
  const assessment = assessWorkbook(snapshot);
  const evaluation = assessment.evaluation!;
  const flagProblem = assessment.problems.some((p) => p.severity === 'error' && p.code === 'Xã thuộc vùng khó khăn');
  const valueErrors = evaluation.problems.filter((p) => p.severity === 'error');
  if (flagProblem) {
    expect('error' in rating && rating.error).toContain('vùng khó khăn');
  } else if (valueErrors.length > 0) {
    expect(rating).toEqual({ error: new InputError(valueErrors).message });
  } else {
    expect(rating).toEqual({ value: evaluation.ratingText });
    expect(score).toEqual({ value: evaluation.score });
  }

  // Progress counts (native SUMPRODUCT / COUNTIF), by hand.
  const items = allItems(ruleset);
  const filled = (v: Cell) => v !== null && v !== undefined && v !== '';
  const enteredRow = rowByLabel(wb, SHEETS.results, 'Số mục đã nhập')!;
  const [entered, outOf] = formulasInRow(wb, SHEETS.results, enteredRow);
  check.cell(SHEETS.results, entered, { value: items.filter((i) => filled(inputs.values.get(i.code) ?? null)).length }, 'values entered');
  check.cell(SHEETS.results, outOf, { value: `trên ${items.length} mục${ruleset.scheme === 'levels' ? ' (TC5.2 gồm hai mục)' : ''}` }, 'items in all');
  const evidenceRow = rowByLabel(wb, SHEETS.results, 'Số mục đã có minh chứng')!;
  const [withEvidence] = formulasInRow(wb, SHEETS.results, evidenceRow);
  check.cell(SHEETS.results, withEvidence, { value: items.filter((i) => filled(inputs.evidence.get(i.code) ?? null)).length }, 'with evidence');

  // The commune line on top of two sheets.
  for (const f of wb.formulaCells().filter((x) => x.formula.includes('năm đánh giá'))) {
    check.cell(f.sheet, f.a1, { value: `${inputs.commune} – năm đánh giá ${inputs.year ?? ''} – ${ruleset.name}` }, 'commune line');
  }

  // Validity and Mức độ 2 dates (native DATE / EDATE / IF), by hand.
  const validRow = rowByLabel(wb, SHEETS.results, 'Công nhận được bảo lưu đến hết ngày');
  const fromRow = rowByLabel(wb, SHEETS.results, 'Được đề nghị Mức độ 2 từ ngày');
  const eligibleRow = rowByLabel(wb, SHEETS.results, 'Hồ sơ năm này có thể đề nghị Mức độ 2');
  expect([validRow, fromRow, eligibleRow].every((r) => (r !== null) === levels)).toBe(true);
  if (levels) {
    const year = inputs.year ?? 0;
    const [valid] = formulasInRow(wb, SHEETS.results, validRow!);
    const recognised = 'value' in rating && (rating.value === 'Mức độ 1' || rating.value === 'Mức độ 2');
    check.cell(
      SHEETS.results,
      valid,
      // Without a year there is no date to show (not 31/12/1903).
      'error' in rating ? { anyError: true } : { value: recognised && inputs.year !== null ? dateSerial(sheetsDate(year + 3, 12, 31)) : '' },
      'recognition kept until 31/12 of year + 3',
    );
    const md1 = md1Date(inputs.md1, wb.locale === 'vi-VN');
    const [from] = formulasInRow(wb, SHEETS.results, fromRow!);
    const [eligible] = formulasInRow(wb, SHEETS.results, eligibleRow!);
    if (md1 === null) {
      check.cell(SHEETS.results, from, { value: 'Chưa có quyết định công nhận Mức độ 1' }, 'MĐ2 from');
      check.cell(SHEETS.results, eligible, { value: 'Chưa' }, 'MĐ2 this year');
    } else if (md1 === 'error') {
      check.cell(SHEETS.results, from, { anyError: true }, 'MĐ2 from, bad date');
      check.cell(SHEETS.results, eligible, { anyError: true }, 'MĐ2 this year, bad date');
    } else {
      const md2From = edate(md1, 12);
      check.cell(SHEETS.results, from, { value: dateSerial(md2From) }, 'MĐ2 from = MĐ1 decision + 12 months');
      const deadline = sheetsDate(year + 1, 2, 28);
      check.cell(SHEETS.results, eligible, { value: md2From.getTime() <= deadline.getTime() ? 'Có' : 'Chưa' }, 'MĐ2 this year');
    }
  }

  // Criteria table and data check.
  check.spill(
    SHEETS.results,
    layout.criteria,
    outcome(() => cdhtCriteria(...args)),
    'CDHT_CRITERIA',
  );
  const problems = cdhtCheck(...args);
  check.spill(SHEETS.results, layout.check, { value: problems }, 'CDHT_CHECK');
  if ('error' in rating && !flagProblem) {
    // Every error a formula names is listed by CDHT_CHECK.
    for (const p of valueErrors) expect(problems.some((r) => r[2] === p.message && r[1] === 'Lỗi')).toBe(true);
  }

  // "Số liệu PCGD-XMC": rates and suggestions.
  const p = layout.pcgd;
  const grid = (key: keyof CountsRow) => inputs.counts.map((c): Cell[] => [c[key] ?? '']);
  const rates = outcome(() => cdhtRate(grid('numerator'), grid('denominator'), grid('exempt')) as Cell[][]);
  check.spill(SHEETS.pcgd, p.rate, rates, 'CDHT_RATE');
  const rateOf = Object.fromEntries(
    PCGD_RATES.map((r, i) => {
      const v = 'value' in rates ? rates.value[i][0] : null;
      return [r.key, typeof v === 'number' ? v : null];
    }),
  );
  const levelsSuggested = suggestLevels(rateOf, inputs.hard === 'Có');
  for (const s of p.suggestions) {
    const standard = PCGD_STANDARDS.find((x) => x.code === s.code)!;
    const level = levelsSuggested[s.code];
    check.cell(SHEETS.pcgd, s.level, { value: level ?? '' }, `${s.code} level`);
    const text = level === null ? 'Chưa đủ số liệu' : standard.yesno ? (level >= 1 ? 'Đạt' : 'Không đạt') : level === 0 ? 'Chưa đạt' : `Mức độ ${level}`;
    check.cell(SHEETS.pcgd, s.text, { value: text }, `${s.code} suggestion`);
  }

  // "Số liệu theo đơn vị": these runs type no counts (test/core/template/unit-counts.test.ts does), nothing to add up.
  const unitsSpec = wb.spec.sheets.find((s) => s.name === SHEETS.units);
  if (unitsSpec) {
    const units = unitsCellsOf(
      unitsSpec,
      items.filter((i) => i.kind === 'percent').map((i) => i.code),
    );
    for (const [code, cells] of units.summary) {
      check.cell(SHEETS.units, cells.numerator, { value: 0 }, `${code}: numerators added up`);
      check.cell(SHEETS.units, cells.denominator, { value: 0 }, `${code}: denominators added up`);
      check.cell(SHEETS.units, cells.rate, { value: '' }, `${code}: no rate without counts`);
      check.cell(SHEETS.units, cells.check, { value: 'Chưa nhập số liệu' }, `${code}: check`);
    }
    for (const r of units.unitRows) check.cell(SHEETS.units, a1Of(r, units.checkColumn), { value: '' }, 'a blank unit row is no problem');
  }
}

// ---------------------------------------------------------------------------------------------

describe.each([
  { ruleset: TT25, locale: 'vi-VN' as const },
  { ruleset: TT44, locale: 'vi-VN' as const },
  { ruleset: TT25, locale: 'en-US' as const },
  { ruleset: TT44, locale: 'en-US' as const },
])('template formulas in HyperFormula, $ruleset.id in a $locale sheet', ({ ruleset, locale }) => {
  let wb: HyperFormulaWorkbook;
  let layout: Layout;
  beforeAll(() => {
    wb = new HyperFormulaWorkbook(workbookSpec(ruleset), locale);
    layout = layoutOf(wb, ruleset);
  });
  afterAll(() => wb.destroy());

  it('every formula cell parses and finds its functions and names (no #NAME?, no parse error)', () => {
    const cells = wb.formulaCells();
    expect(cells.length).toBeGreaterThan(10);
    for (const f of cells) {
      expect(wb.hf.validateFormula(f.formula), `${f.sheet}!${f.a1} ${f.formula}`).toBe(true);
      const value = wb.get(f.sheet, f.a1);
      if (isEngineError(value)) {
        expect(value.type, `${f.sheet}!${f.a1}: ${value.message}`).not.toBe('NAME');
        expect(value.message ?? '', `${f.sheet}!${f.a1}`).not.toMatch(/^Parsing error/);
      }
    }
    for (const sheet of wb.spec.sheets) {
      for (const cf of sheet.conditionalFormats) {
        if ('formula' in cf.when) expect(wb.hf.validateFormula(cf.when.formula), `${sheet.name} conditional format ${cf.when.formula}`).toBe(true);
      }
    }
  });

  it('the sample commune: no formula cell shows an error, and the rating is the hand-checked one', () => {
    const sample = new HyperFormulaWorkbook(workbookSpec(ruleset), locale);
    const l = layoutOf(sample, ruleset);
    const rows = ruleset.scheme === 'levels' ? SAMPLE_TT25_ROWS : SAMPLE_TT44_ROWS;
    sample.set(SHEETS.info, { [l.info.commune]: SAMPLE_INFO.commune, [l.info.year]: SAMPLE_INFO.year, [l.info.difficult]: 'Không', [l.info.md1]: new Date(2024, 4, 15) });
    sample.set(SHEETS.assessment, Object.fromEntries(rows.filter(([code]) => l.itemRow.has(code)).map(([code, v]) => [a1Of(l.itemRow.get(code)!, l.valueCol), v])));
    sample.set(
      SHEETS.pcgd,
      Object.fromEntries(
        l.pcgd.rateRows.flatMap((r, i) => [
          [a1Of(r, l.pcgd.denominatorCol), 400],
          [a1Of(r, l.pcgd.exemptCol), 4],
          // NĐ 20 Điều 10, 11: "các trẻ em 11 tuổi còn lại đều đang học các lớp tiểu học", i.e. all 396.
          [a1Of(r, l.pcgd.numeratorCol), PCGD_RATES[i].key === 'at11InPrimary' ? 396 : 390],
        ]),
      ),
    );
    for (const f of sample.formulaCells()) {
      const value = sample.get(f.sheet, f.a1);
      expect(isEngineError(value) ? `${value.value} ${value.message}` : 'ok', `${f.sheet}!${f.a1} ${f.formula}`).toBe('ok');
    }
    // README §2 / §3 by hand: the sample reaches Mức độ 1 (TT25); 74,5 points is Khá (TT44).
    expect(sample.get(SHEETS.results, l.rating)).toBe(ruleset.scheme === 'levels' ? 'Mức độ 1' : 'Khá');
    if (ruleset.scheme === 'points') expect(sample.get(SHEETS.results, l.score)).toBe(74.5);
    else {
      expect(sample.get(SHEETS.results, l.score)).toBe(15);
      // Recognised for the 2025 assessment: kept until 31/12/2028; MĐ1 on 15/05/2024 → MĐ2 from 15/05/2025, in time for the 2025 dossier.
      const [valid] = formulasInRow(sample, SHEETS.results, rowByLabel(sample, SHEETS.results, 'Công nhận được bảo lưu')!);
      expect(sample.get(SHEETS.results, valid)).toBe(dateSerial(new Date(2028, 11, 31)));
      const [from] = formulasInRow(sample, SHEETS.results, rowByLabel(sample, SHEETS.results, 'Được đề nghị Mức độ 2')!);
      expect(sample.get(SHEETS.results, from)).toBe(dateSerial(new Date(2025, 4, 15)));
      const [eligible] = formulasInRow(sample, SHEETS.results, rowByLabel(sample, SHEETS.results, 'Hồ sơ năm này')!);
      expect(sample.get(SHEETS.results, eligible)).toBe('Có');
      // The deadline's edge: MĐ1 on 28/02/2025 gives MĐ2 from 28/02/2026, the day the 2025 dossier is due: in time; a day later is not.
      sample.set(SHEETS.info, { [l.info.md1]: new Date(2025, 1, 28) });
      expect(sample.get(SHEETS.results, eligible)).toBe('Có');
      sample.set(SHEETS.info, { [l.info.md1]: new Date(2025, 2, 1) });
      expect(sample.get(SHEETS.results, eligible)).toBe('Chưa');
      // The year not filled in yet: no validity date at all, rather than 31/12/1903.
      sample.set(SHEETS.info, { [l.info.year]: null });
      expect(sample.get(SHEETS.results, valid)).toBe('');
      expect(sample.get(SHEETS.results, eligible)).toBe('Chưa');
    }
    // 390 ÷ (400 − 4) = 98,48%: every standard at its top level.
    expect(sample.get(SHEETS.pcgd, l.pcgd.rate)).toBeCloseTo(390 / 396, 12);
    for (const s of l.pcgd.suggestions) {
      const top = PCGD_STANDARDS.find((x) => x.code === s.code)!.levels.length;
      expect(sample.get(SHEETS.pcgd, s.level), s.code).toBe(top);
    }
    sample.destroy();
  });

  it('random valid and invalid inputs: every computed cell matches the core engine and hand-worked dates', () => {
    const check = new Checker(wb);
    fc.assert(
      fc.property(inputsArb(ruleset), (inputs) => {
        fill(wb, layout, inputs);
        checkEverything(wb, layout, ruleset, inputs, check);
      }),
      { numRuns: RUNS },
    );
    // Every formula and spill cell of the spec was compared at least once.
    const unchecked = wb.spec.sheets.flatMap((sheet) =>
      sheet.cells.flatMap((cells, r) =>
        cells.flatMap((cell, c) =>
          cell && (cell.kind === 'formula' || cell.kind === 'spill') && !check.checked.has(`${sheet.name}!${a1Of(r + 1, c + 1)}`) ? [`${sheet.name}!${a1Of(r + 1, c + 1)}`] : [],
        ),
      ),
    );
    expect(unchecked).toEqual([]);
  });
});

describe('a province edits the ruleset table: results follow live', () => {
  it('TC5.1 Mức độ 1 from 60% to 70%: a commune at 65% loses TC5.1 and its recognition', () => {
    const wb = new HyperFormulaWorkbook(workbookSpec(TT25));
    const layout = layoutOf(wb, TT25);
    const md1Values: Record<string, Cell> = {
      'TC1.1': 'Đạt',
      'TC1.2': 'Đạt',
      'TC1.3': 'Đạt',
      'TC2.1': 'Đạt',
      'TC2.2': 'Đạt',
      'TC2.3': 'Đạt',
      'TC3.1': 'Đạt',
      'TC3.2': 'Đạt',
      'TC3.3': 'Đạt',
      'TC4.1': 'Đạt',
      'TC4.2': 'Mức độ 2',
      'TC4.3': 'Mức độ 2',
      'TC4.4': 'Mức độ 1',
      'TC5.1': '65%',
      'TC5.2a': '50%',
      'TC5.2b': '12%',
    };
    wb.set(SHEETS.info, { [layout.info.commune]: 'Xã Hòa An', [layout.info.year]: 2025 });
    wb.set(SHEETS.assessment, Object.fromEntries(Object.entries(md1Values).map(([code, v]) => [a1Of(layout.itemRow.get(code)!, layout.valueCol), v])));
    const resultRow = (code: string) => {
      const r = layout.itemRow.get(code)!;
      const c = col(layout.results);
      return [wb.get(SHEETS.assessment, a1Of(r, c)), wb.get(SHEETS.assessment, a1Of(r, c + 1))];
    };
    // README §2: 65% ≥ 60% meets Mức độ 1, < 80% misses Mức độ 2; everything else is at Mức độ 1 exactly.
    expect(resultRow('TC5.1')).toEqual(['Đạt', 'Không đạt']);
    expect(wb.get(SHEETS.results, layout.rating)).toBe('Mức độ 1');

    const md1Column = TABLE_HEADER.indexOf('Mức độ 1 / Điểm từ') + 1;
    const thresholdCell = a1Of(layout.rulesetRow.get('TC5.1')!, md1Column);
    expect(wb.typed(SHEETS.ruleset, thresholdCell)).toBe(0.6);
    wb.set(SHEETS.ruleset, { [thresholdCell]: 0.7 });
    // 65% < 70%: TC5.1 fails Mức độ 1, so does the commune.
    expect(resultRow('TC5.1')).toEqual(['Không đạt', 'Không đạt']);
    expect(wb.get(SHEETS.results, layout.rating)).toBe(NOT_RECOGNISED);
    expect(wb.get(SHEETS.results, layout.score)).toBe(14);
    // The core on the edited table agrees.
    const snapshot = wb.snapshot();
    expect(assessWorkbook(snapshot).evaluation!.ratingText).toBe(NOT_RECOGNISED);

    // Typed as text, the way a province might: "62,5%" lets 65% through again.
    wb.set(SHEETS.ruleset, { [thresholdCell]: '62,5%' });
    expect(resultRow('TC5.1')).toEqual(['Đạt', 'Không đạt']);
    expect(wb.get(SHEETS.results, layout.rating)).toBe('Mức độ 1');

    // A threshold that is not a rate: every strict formula errors naming the row; CDHT_CHECK lists it.
    wb.set(SHEETS.ruleset, { [thresholdCell]: 'bảy mươi' });
    const rating = wb.get(SHEETS.results, layout.rating);
    expect(isEngineError(rating) && rating.message).toContain(`Bộ tiêu chí dòng ${layout.rulesetRow.get('TC5.1')}`);
    const results = wb.get(SHEETS.assessment, layout.results);
    expect(isEngineError(results) && results.message).toBe(isEngineError(rating) && rating.message);
    const checkRow = row(layout.check);
    const checkCol = col(layout.check);
    expect(wb.get(SHEETS.results, a1Of(checkRow, checkCol + 1))).toBe('Lỗi');
    expect(String(wb.get(SHEETS.results, a1Of(checkRow, checkCol + 2)))).toContain(`Bộ tiêu chí dòng ${layout.rulesetRow.get('TC5.1')}`);
    // The spill of CDHT_RESULTS is gone with the error, as in Sheets.
    expect(wb.get(SHEETS.assessment, a1Of(row(layout.results) + 1, col(layout.results)))).toBeNull();
    wb.destroy();
  });
});
