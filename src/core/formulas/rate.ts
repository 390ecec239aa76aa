import type { RangeArg } from '../engine/entries';
import { COUNTED_IN_RANGE, placeInRange } from '../cells/range-place';
import { cellText } from '../cells/text';
import { cellNumber, isBlank, type Cell } from '../cells/values';
import { formatViNumber, notNumberHint } from '../cells/vi-number';

/**
 * CDHT_RATE: a rate such as literacy, numerator ÷ (denominator - exempt). Inconsistent counts are
 * an error, never silently capped (NĐ 20/2014: the literate can never exceed population - exempt).
 * Works on single values or on same-shaped ranges, one rate per row, so a whole table needs one call.
 * Counts stored as text ("1.234" in a column formatted as plain text) are read as vi-VN numbers.
 */
export function cdhtRate(numerator: RangeArg, denominator: RangeArg, exempt?: RangeArg): number | Cell[][] {
  const args: Array<[string, RangeArg]> = [
    ['số đạt', numerator],
    ['tổng số', denominator],
  ];
  if (Array.isArray(exempt) || !isBlank(exempt)) args.push(['số được miễn trừ', exempt]);
  const sizes = args.map(([, arg]) => sizeOf(arg));
  if (sizes.some((size) => size !== sizes[0])) {
    const named = args.map(([label], i) => `${label} ${sizes[i]}`).join(', ');
    throw new Error(`Các vùng trong công thức phải có cùng số dòng và số cột, nhưng ${named}.`);
  }
  // The sizes match, so a single numerator comes with single values.
  if (!Array.isArray(numerator)) return rateOf(numerator, denominator as Cell, exempt as Cell, '');
  const wide = (numerator[0]?.length ?? 0) > 1;
  const at = (grid: RangeArg, r: number, c: number) => (Array.isArray(grid) ? grid[r][c] : undefined);
  return numerator.map((row, r) =>
    row.map((n, c) => {
      const d = at(denominator, r, c);
      const e = at(exempt, r, c);
      if (isBlank(n) && isBlank(d) && isBlank(e)) return '';
      return rateOf(n, d, e, ` (${placeInRange(r, c, wide)}; ${COUNTED_IN_RANGE})`);
    }),
  );
}

/** "có 3 dòng × 1 cột", or "là một ô" for a single value, as the size-mismatch message shows it. */
function sizeOf(arg: RangeArg): string {
  if (!Array.isArray(arg)) return 'là một ô';
  return `có ${arg.length} dòng × ${arg[0]?.length ?? 0} cột`;
}

/** A count: a number, or a number stored as text read the vi-VN way ("1.234"). */
function count(cell: Cell, label: string, where: string, optional: boolean): number {
  if (optional && isBlank(cell)) return 0;
  const value = cellNumber(cell);
  if (value === null) {
    const shown = isBlank(cell)
      ? 'đang để trống'
      : cell instanceof Date
        ? `là ngày tháng ${cellText(cell)}, không phải một số`
        : `"${String(cell)}" không phải là số${typeof cell === 'string' ? notNumberHint(cell) : ''}`;
    throw new Error(`${label}${where} ${shown}: cần nhập một số.`);
  }
  if (value < 0) throw new Error(`${label}${where} là ${formatViNumber(value)}: không được là số âm.`);
  return value;
}

function rateOf(numeratorCell: Cell, denominatorCell: Cell, exemptCell: Cell, where: string): number {
  const n = count(numeratorCell, 'Số đạt (tử số)', where, false);
  const d = count(denominatorCell, 'Tổng số (mẫu số)', where, false);
  const e = count(exemptCell, 'Số được miễn trừ', where, true);
  const base = d - e;
  const baseText = e > 0 ? `${formatViNumber(d)} - ${formatViNumber(e)} = ${formatViNumber(base)}` : formatViNumber(base);
  if (base <= 0) {
    throw new Error(`Tổng số trừ số được miễn trừ${where} phải lớn hơn 0 (đang là ${baseText}).`);
  }
  if (n > base) {
    throw new Error(`Số đạt ${formatViNumber(n)}${where} lớn hơn tổng số trừ số được miễn trừ (${baseText}): dữ liệu không nhất quán, hãy kiểm tra lại.`);
  }
  return n / base;
}
