import type { RangeArg } from '../engine/entries';
import { cellText } from '../cells/text';
import { isBlank, type Cell } from '../cells/values';
import { formatViNumber } from '../cells/vi-number';

/**
 * CDHT_RATE: a rate such as literacy, numerator ÷ (denominator − exempt). Inconsistent counts are
 * an error, never silently capped (NĐ 20/2014: the literate can never exceed population − exempt).
 * Works on single values or on same-shaped ranges, one rate per row, so a whole table needs one call.
 */
export function cdhtRate(numerator: RangeArg, denominator: RangeArg, exempt?: RangeArg): number | Cell[][] {
  if (!Array.isArray(numerator)) {
    if (Array.isArray(denominator) || Array.isArray(exempt)) throw new Error(SHAPE_MESSAGE);
    return rateOf(numerator, denominator, exempt, '');
  }
  const rows = numerator.length;
  const cols = numerator[0]?.length ?? 0;
  const sameShape = (grid: RangeArg) => Array.isArray(grid) && grid.length === rows && grid.every((r) => r.length === cols);
  if (!sameShape(denominator) || !(isBlankArg(exempt) || sameShape(exempt))) throw new Error(SHAPE_MESSAGE);
  const at = (grid: RangeArg, r: number, c: number) => (Array.isArray(grid) ? grid[r][c] : undefined);
  return numerator.map((row, r) =>
    row.map((n, c) => {
      const d = at(denominator, r, c);
      const e = at(exempt, r, c);
      if (isBlank(n) && isBlank(d) && isBlank(e)) return '';
      return rateOf(n, d, e, ` (dòng thứ ${r + 1} của vùng)`);
    }),
  );
}

const SHAPE_MESSAGE = 'Các vùng số đạt, tổng số và số được miễn trừ phải có cùng số dòng và số cột.';

function isBlankArg(arg: RangeArg): boolean {
  return !Array.isArray(arg) && isBlank(arg);
}

function count(cell: Cell, label: string, where: string, optional: boolean): number {
  if (optional && isBlank(cell)) return 0;
  if (typeof cell !== 'number' || !Number.isFinite(cell)) {
    const shown = isBlank(cell) ? 'đang để trống' : cell instanceof Date ? `là ngày tháng ${cellText(cell)}, không phải một số` : `"${String(cell)}" không phải là số`;
    throw new Error(`${label}${where} ${shown}: cần nhập một số.`);
  }
  if (cell < 0) throw new Error(`${label}${where} là ${formatViNumber(cell)}: không được là số âm.`);
  return cell;
}

function rateOf(numeratorCell: Cell, denominatorCell: Cell, exemptCell: Cell, where: string): number {
  const n = count(numeratorCell, 'Số đạt (tử số)', where, false);
  const d = count(denominatorCell, 'Tổng số (mẫu số)', where, false);
  const e = count(exemptCell, 'Số được miễn trừ', where, true);
  const base = d - e;
  const baseText = e > 0 ? `${formatViNumber(d)} − ${formatViNumber(e)} = ${formatViNumber(base)}` : formatViNumber(base);
  if (base <= 0) {
    throw new Error(`Tổng số trừ số được miễn trừ${where} phải lớn hơn 0 (đang là ${baseText}).`);
  }
  if (n > base) {
    throw new Error(`Số đạt ${formatViNumber(n)}${where} lớn hơn tổng số trừ số được miễn trừ (${baseText}): dữ liệu không nhất quán, hãy kiểm tra lại.`);
  }
  return n / base;
}
