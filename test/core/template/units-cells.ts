/**
 * The cells of "Số liệu theo đơn vị" found as a user finds them, by the labels the sheet shows
 * (headers, indicator codes), never through the template's own layout helpers, so a formula that
 * refers to the wrong row or column shows up as a wrong value in the tests that use this.
 */
import type { SheetSpec } from '../../../src/core/template/types';
import { a1Of as a1 } from '../../fakes/hyperformula-workbook';

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
