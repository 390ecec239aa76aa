/**
 * The cells of "Số liệu theo đơn vị" found as a user finds them, by the labels the sheet shows
 * (headers, indicator codes), never through the template's own layout helpers, so a formula that
 * refers to the wrong row or column shows up as a wrong value in the tests that use this.
 */
import { afterAll, beforeEach } from 'vitest';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { allItems } from '../../../src/core/ruleset/types';
import { SHEETS } from '../../../src/core/template/layout';
import type { SheetSpec } from '../../../src/core/template/types';
import { INDICATOR_COLUMNS, NAMES } from '../../../src/core/workbook/names';
import { workbookSpec } from '../../../src/core/template/spec';
import { HyperFormulaWorkbook, a1Of as a1, parseRange } from '../../fakes/hyperformula-workbook';

/** TT25's percent indicators: the ones the sheet of counts computes. */
export const PERCENT_CODES = allItems(TT25)
  .filter((i) => i.kind === 'percent')
  .map((i) => i.code);

/** The value cell on "Đánh giá" of each percent code, found through the CDHT_CHI_TIEU block. */
export function valueCells(wb: HyperFormulaWorkbook): Map<string, string> {
  const block = wb.spec.namedRanges.find((n) => n.name === NAMES.indicators)!;
  const { start, end } = parseRange(block.range);
  const cells = new Map<string, string>();
  for (let r = start.row + 1; r <= end.row; r++) {
    const code = wb.typed(SHEETS.assessment, a1(r, start.column + INDICATOR_COLUMNS.code));
    if (typeof code === 'string' && PERCENT_CODES.includes(code)) cells.set(code, a1(r, start.column + INDICATOR_COLUMNS.value));
  }
  return cells;
}

/** The unit cells of a workbook's "Số liệu theo đơn vị" for the percent codes. */
export function unitsOf(wb: HyperFormulaWorkbook): UnitsCells {
  return unitsCellsOf(wb.spec.sheets.find((s) => s.name === SHEETS.units)!, PERCENT_CODES);
}

export interface UnitsCells {
  /** Per percent item code: its summary row's cells (A1). */
  summary: Map<string, { numerator: string; denominator: string; rate: string; check: string }>;
  /** Per item code: the unit table's columns (1-based) of its counts. */
  counts: Map<string, { numerator: number; denominator: number }>;
  /** The unit table's "Kiểm tra" column and its rows (1-based). */
  checkColumn: number;
  unitRows: number[];
}

function labelAt(spec: SheetSpec, row: number, column: number): string | null {
  const cell = spec.cells[row - 1]?.[column - 1];
  return cell?.kind === 'label' && typeof cell.value === 'string' ? cell.value : null;
}

function rowWhere(spec: SheetSpec, test: (label: string) => boolean): number {
  const index = spec.cells.findIndex((_, r) => {
    const label = labelAt(spec, r + 1, 1);
    return label !== null && test(label);
  });
  if (index < 0) throw new Error(`No row in ${spec.name}`);
  return index + 1;
}

function columnWhere(spec: SheetSpec, row: number, label: string): number {
  const index = spec.cells[row - 1].findIndex((_, c) => labelAt(spec, row, c + 1) === label);
  if (index < 0) throw new Error(`No column "${label}" in row ${row} of ${spec.name}`);
  return index + 1;
}

export function unitsCellsOf(spec: SheetSpec, codes: string[]): UnitsCells {
  const summaryHeader = rowWhere(spec, (l) => l === 'Chỉ tiêu');
  const column = (label: string) => columnWhere(spec, summaryHeader, label);
  const summary = new Map(
    codes.map((code) => {
      const row = rowWhere(spec, (l) => l === code);
      return [
        code,
        { numerator: a1(row, column('Số đạt (cộng)')), denominator: a1(row, column('Tổng số (cộng)')), rate: a1(row, column('Tỷ lệ')), check: a1(row, column('Kiểm tra số liệu')) },
      ] as const;
    }),
  );
  const unitHeader = rowWhere(spec, (l) => l.startsWith('Đơn vị'));
  const counts = new Map(codes.map((code) => [code, { numerator: columnWhere(spec, unitHeader, `${code}: số đạt`), denominator: columnWhere(spec, unitHeader, `${code}: tổng số`) }] as const));
  const unitRows = spec.cells.flatMap((cells, r) => (r + 1 > unitHeader && cells[0]?.kind === 'input' ? [r + 1] : []));
  return { summary, counts, checkColumn: columnWhere(spec, unitHeader, 'Kiểm tra'), unitRows };
}

/**
 * A fresh TT25 workbook in HyperFormula, with its unit cells, before each test of the calling
 * suite; every one is destroyed after the suite. Read `wb` and `units` inside the tests.
 */
export function unitsWorkbookPerTest(locale: 'vi-VN' | 'en-US'): { readonly wb: HyperFormulaWorkbook; readonly units: UnitsCells } {
  const current = {} as { wb: HyperFormulaWorkbook; units: UnitsCells };
  const all: HyperFormulaWorkbook[] = [];
  beforeEach(() => {
    current.wb = new HyperFormulaWorkbook(workbookSpec(TT25), locale);
    all.push(current.wb);
    current.units = unitsOf(current.wb);
  });
  afterAll(() => {
    for (const w of all) w.destroy();
  });
  return current;
}
