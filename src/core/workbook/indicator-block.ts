import { foldText } from '../cells/text';
import type { Cell } from '../cells/values';
import { INDICATOR_COLUMNS } from './names';

export type IndicatorColumn = keyof typeof INDICATOR_COLUMNS;

/**
 * The headers of the CDHT_CHI_TIEU block's columns ("Đánh giá" row 4), for each scheme: levels
 * (TT25) first, points (TT44) second where they differ. The block includes this header row since
 * template version 2, so readers find each column under its header even when people inserted
 * columns of their own between them.
 */
export const INDICATOR_HEADERS: Record<IndicatorColumn, readonly [levels: string, points: string]> = {
  code: ['Mã', 'Mã'],
  name: ['Chỉ tiêu (nội dung theo văn bản)', 'Tiêu chí'],
  requirementMD1: ['Yêu cầu Mức độ 1', 'Điểm tối đa'],
  requirementMD2: ['Yêu cầu Mức độ 2', ''],
  value: ['Giá trị của xã', 'Điểm tự chấm'],
  evidence: ['Minh chứng (liên kết)', 'Minh chứng (liên kết)'],
  note: ['Ghi chú minh chứng', 'Ghi chú minh chứng'],
  owner: ['Phụ trách', 'Phụ trách'],
};

export interface IndicatorLayout {
  /** Index in the block of the first indicator row (1 under a header row, 0 in a version 1 block). */
  firstRow: number;
  /** Index in the block's rows of each column. */
  columns: Record<IndicatorColumn, number>;
}

/** Where the columns of a CDHT_CHI_TIEU block are: under their headers, else at their version 1 places. */
export function indicatorLayout(block: Cell[][]): IndicatorLayout {
  const header = (block[0] ?? []).map((cell) => foldText(String(cell ?? '')));
  if (!header.includes(foldText(INDICATOR_HEADERS.code[0]))) return { firstRow: 0, columns: { ...INDICATOR_COLUMNS } };
  const columns = { ...INDICATOR_COLUMNS } as Record<IndicatorColumn, number>;
  let previous = -1;
  for (const key of Object.keys(INDICATOR_COLUMNS) as IndicatorColumn[]) {
    const found = INDICATOR_HEADERS[key]
      .filter(Boolean)
      .map((h) => header.indexOf(foldText(h)))
      .find((i) => i >= 0);
    // A column without a header of its own (TT44 has no second requirement) sits after the previous one.
    columns[key] = found ?? previous + 1;
    previous = columns[key];
  }
  return { firstRow: 1, columns };
}
