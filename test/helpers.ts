/**
 * Shared test helpers. The regulation facts below are written by hand from
 * the texts of Thông tư 25/2023 (Điều 6–8) and Thông tư 44/2014 (Điều 3–4), never read from src/core, so that the tests
 * check the code against the regulation rather than against itself.
 */
import { expect } from 'vitest';
import { cdhtCheck, cdhtCriteria, cdhtRating, cdhtResults, cdhtScore } from '../src/core/formulas/assessment';
import type { Cell } from '../src/core/cells/values';
import { rectangular, type CellSpec, type SheetSpec } from '../src/core/template/types';

export type Row = readonly [code: Cell, value: Cell];
export type Grid = Cell[][];

/** Two one-column ranges, as Sheets passes `codes` and `values`. */
export function columns(rows: readonly Row[]): { codes: Grid; values: Grid } {
  return { codes: rows.map(([code]) => [code]), values: rows.map(([, value]) => [value]) };
}

// ---------------------------------------------------------------------------------------------
// Thông tư 25/2023 (README §2)

export const TT25_CRITERIA = ['TC1', 'TC2', 'TC3', 'TC4', 'TC5'] as const;

/** What a commune types for each TT25 item, in regulation order (16 items, 15 indicators). */
export const TT25_ITEMS = ['TC1.1', 'TC1.2', 'TC1.3', 'TC2.1', 'TC2.2', 'TC2.3', 'TC3.1', 'TC3.2', 'TC3.3', 'TC4.1', 'TC4.2', 'TC4.3', 'TC4.4', 'TC5.1', 'TC5.2a', 'TC5.2b'] as const;
export type Tt25Item = (typeof TT25_ITEMS)[number];

/** The indicator an item belongs to: TC5.2a and TC5.2b together are the one indicator TC5.2. */
export const indicatorOf = (item: string): string => (item.startsWith('TC5.2') ? 'TC5.2' : item);
export const criterionOf = (item: string): string => item.split('.')[0];

export type Kind = 'yesno' | 'level' | 'percent';
export const KIND: Record<Tt25Item, Kind> = {
  'TC1.1': 'yesno',
  'TC1.2': 'yesno',
  'TC1.3': 'yesno',
  'TC2.1': 'yesno',
  'TC2.2': 'yesno',
  'TC2.3': 'yesno',
  'TC3.1': 'yesno',
  'TC3.2': 'yesno',
  'TC3.3': 'yesno',
  'TC4.1': 'yesno',
  'TC4.2': 'level',
  'TC4.3': 'level',
  'TC4.4': 'level',
  'TC5.1': 'percent',
  'TC5.2a': 'percent',
  'TC5.2b': 'percent',
};

/** Highest level of the PCGD/XMC standards: TH and THCS have 3 levels, XMC has 2. */
export const LEVEL_MAX: Partial<Record<Tt25Item, number>> = { 'TC4.2': 3, 'TC4.3': 3, 'TC4.4': 2 };

/**
 * Minimum per level (levels as numbers, percents in hundredths of a percent to stay exact):
 * [MĐ1, MĐ2, MĐ1 vùng khó khăn, MĐ2 vùng khó khăn]. Yes/no items must simply be "Đạt".
 */
export const MINIMUM: Partial<Record<Tt25Item, readonly [number, number, number, number]>> = {
  'TC4.2': [2, 3, 2, 3],
  'TC4.3': [2, 3, 2, 3],
  'TC4.4': [1, 2, 1, 2],
  'TC5.1': [6000, 8000, 6000, 8000],
  'TC5.2a': [5000, 6000, 4000, 5000],
  'TC5.2b': [1200, 1500, 1000, 1200],
};

/** A commune meeting every indicator at Mức độ 2 exactly at the minimum. */
export const TT25_AT_MD2: Record<Tt25Item, Cell> = {
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
  'TC4.2': 'Mức độ 3',
  'TC4.3': 'Mức độ 3',
  'TC4.4': 'Mức độ 2',
  'TC5.1': '80%',
  'TC5.2a': '60%',
  'TC5.2b': '15%',
};

/** A commune meeting every indicator at Mức độ 1 exactly at the minimum, and none at Mức độ 2. */
export const TT25_AT_MD1: Record<Tt25Item, Cell> = {
  ...TT25_AT_MD2,
  'TC4.2': 'Mức độ 2',
  'TC4.3': 'Mức độ 2',
  'TC4.4': 'Mức độ 1',
  'TC5.1': '60%',
  'TC5.2a': '50%',
  'TC5.2b': '12%',
};

/** TT25 rows in regulation order with a heading row (blank value) per criterion. */
export function tt25Rows(values: Partial<Record<Tt25Item, Cell>>): Row[] {
  const rows: Row[] = [];
  for (const criterion of TT25_CRITERIA) {
    rows.push([criterion, '']);
    for (const item of TT25_ITEMS.filter((i) => criterion === criterionOf(i))) rows.push([item, values[item] ?? '']);
  }
  return rows;
}

/** The Mức độ 2 commune with some values changed. */
export const md2With = (changes: Partial<Record<Tt25Item, Cell>>): Row[] => tt25Rows({ ...TT25_AT_MD2, ...changes });

export const RATING_TT25 = { none: 'Chưa đạt', md1: 'Mức độ 1', md2: 'Mức độ 2' } as const;

// ---------------------------------------------------------------------------------------------
// Thông tư 44/2014 (legal-texts/tt44-2014.md): 15 criteria (Điều 3), 100 points (Điều 4 khoản 2);
// Điều 4 khoản 3: Tốt from 85, Khá from 70, Trung bình from 50, each with no criterion at 0 points,
// else Chưa đạt.

export const TT44_CRITERIA = Array.from({ length: 15 }, (_, i) => `TC${i + 1}`);

export function tt44Rows(points: readonly Cell[]): Row[] {
  expect(points).toHaveLength(15);
  return TT44_CRITERIA.map((code, i) => [code, points[i]] as const);
}

/**
 * Fifteen criterion points adding up to `hundredths` / 100 (exact in hundredths), spread evenly so
 * that no criterion stands out; the sum as floating point may differ from the total in the last bit.
 */
export function pointsTotalling(hundredths: number): number[] {
  const each = Math.floor(hundredths / 15);
  return TT44_CRITERIA.map((_, i) => (i === 14 ? hundredths - 14 * each : each) / 100);
}

/** TT44 rating by Điều 4 khoản 3: any criterion at 0 points leaves only "Chưa đạt". */
export function tt44RatingByHand(total: number, anyCriterionAtZero: boolean): string {
  if (anyCriterionAtZero) return 'Chưa đạt';
  if (total >= 85) return 'Tốt';
  if (total >= 70) return 'Khá';
  if (total >= 50) return 'Trung bình';
  return 'Chưa đạt';
}

// ---------------------------------------------------------------------------------------------
// Calling the formulas

export type RulesetArg = Cell | Grid;

/** Runs the four strict formulas on rows. */
export function run(rows: readonly Row[], ruleset?: RulesetArg, difficult?: Cell) {
  const { codes, values } = columns(rows);
  return {
    rating: () => cdhtRating(codes, values, ruleset, difficult),
    score: () => cdhtScore(codes, values, ruleset, difficult),
    results: () => cdhtResults(codes, values, ruleset, difficult),
    criteria: () => cdhtCriteria(codes, values, ruleset, difficult),
    check: () => cdhtCheck(codes, values, ruleset, difficult),
  };
}

export const ratingOf = (rows: readonly Row[], ruleset?: RulesetArg, difficult?: Cell): string => run(rows, ruleset, difficult).rating();
export const scoreOf = (rows: readonly Row[], ruleset?: RulesetArg, difficult?: Cell): number => run(rows, ruleset, difficult).score();

/** The CDHT_RESULTS row of each code in `rows` (a code row and its result row share an index). */
export function resultsByCode(rows: readonly Row[], ruleset?: RulesetArg, difficult?: Cell): Map<string, Cell[]> {
  const results = run(rows, ruleset, difficult).results();
  expect(results).toHaveLength(rows.length);
  return new Map(rows.map(([code], i) => [String(code), results[i]]));
}

/** The message of the Error `fn` throws; fails the test when it returns or throws a non-Error. */
export function errorMessage(fn: () => unknown): string {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, 'expected an Error to be thrown').toBeInstanceOf(Error);
  const message = (thrown as Error).message;
  expect(message.trim()).not.toBe('');
  return message;
}

/** Vietnamese letters with diacritics: a message or description containing one is in Vietnamese. */
export const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** The number of missing values a "Chưa đủ dữ liệu…" rating states (its first number). */
export function missingCount(rating: string): number {
  const match = /^Chưa đủ dữ liệu\D*(\d+)/.exec(rating);
  expect(match, `"${rating}" starts with "Chưa đủ dữ liệu" and a count`).not.toBeNull();
  return Number(match![1]);
}

// ---------------------------------------------------------------------------------------------
// The add-on's public surface (src/addon/main.ts), written here on purpose rather than read from
// the code: adding, renaming or dropping an entry point must be a deliberate change to this list.

/** Custom functions (shown in Sheets with their JSDoc help) and their parameters. */
export const CUSTOM_FUNCTIONS: Record<string, string[]> = {
  CDHT_RATING: ['codes', 'values', 'ruleset', 'difficult_area'],
  CDHT_SCORE: ['codes', 'values', 'ruleset', 'difficult_area'],
  CDHT_RESULTS: ['codes', 'values', 'ruleset', 'difficult_area'],
  CDHT_CRITERIA: ['codes', 'values', 'ruleset', 'difficult_area'],
  CDHT_CHECK: ['codes', 'values', 'ruleset', 'difficult_area'],
  CDHT_RATE: ['numerator', 'denominator', 'exempt'],
  CDHT_TALLY: ['results', 'ruleset'],
};

/** Other top-level functions: triggers, menu actions and the sidebar's server calls. */
export const OTHER_ENTRY_POINTS = [
  'onOpen',
  'checkAddon',
  'onInstall',
  'showSidebar',
  'setupWorkbook',
  'getSidebarState',
  'saveSidebarChanges',
  'checkDossier',
  'generateDossier',
  'showHelp',
  'showAggregationHelp',
  'startNewYear',
  'restoreYearFromArchive',
];

/** A sheet spec with its cells only (no widths, formats, protections or charts): for matching and placement tests. */
export function bareSheetSpec(name: string, cells: Array<Array<CellSpec | null>>): SheetSpec {
  return { name, cells: rectangular(cells), columnWidths: [], wrapText: false, frozenRows: 0, conditionalFormats: [], protections: [], charts: [] };
}
