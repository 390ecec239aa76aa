/**
 * The column moves set-up makes (src/addon/setup/column-moves.ts), checked against how
 * Sheet.moveColumns counts them (Apps Script reference, Sheet.moveColumns(columnSpec,
 * destinationIndex): the destination is counted before the move, "existing data is shifted … while
 * the source columns are removed from the grid"). Expected places worked out by hand on columns A–E.
 */
import { describe, expect, it } from 'vitest';
import { inTemplateOrder, movedTo, scatteredSpills, theirColumnMoved } from '../../src/addon/setup/column-moves';
import type { SheetMatch } from '../../src/core/template/match';
import { formula, label, spill } from '../../src/core/template/types';
import { bareSheetSpec } from '../helpers';

/** Where each of columns 1–5 stands after the move. */
const placesAfter = (from: number, destination: number) => [1, 2, 3, 4, 5].map(movedTo({ from, destination }));

describe('movedTo', () => {
  it('a column moved right, before E (destination 5): A C D B E, E itself does not move', () => {
    expect(placesAfter(2, 5)).toEqual([1, 4, 2, 3, 5]);
  });

  it('a column moved left, before B (destination 2): A D B C E, B itself shifts right', () => {
    expect(placesAfter(4, 2)).toEqual([1, 3, 4, 2, 5]);
  });

  it('a column moved to the sheet’s start or just right of itself', () => {
    expect(placesAfter(3, 1)).toEqual([2, 3, 1, 4, 5]);
    // Before C itself, or before D, is where C already stands: nothing moves.
    expect(placesAfter(3, 3)).toEqual([1, 2, 3, 4, 5]);
    expect(placesAfter(3, 4)).toEqual([1, 2, 3, 4, 5]);
    expect(placesAfter(3, 6)).toEqual([1, 2, 5, 3, 4]);
  });
});

const matchOf = (columns: Array<number | null>): SheetMatch => ({ rows: [], columns, duplicates: [], labels: [], restored: [], orphans: [] });

describe('inTemplateOrder', () => {
  it('columns already in order need no move', () => {
    expect(inTemplateOrder(matchOf([1, 2, 3]))).toEqual([]);
    expect(inTemplateOrder(matchOf([4, 5, 6]))).toEqual([]);
  });

  it('the first column dragged to the end: one move, it goes back before the others', () => {
    // Physical A holds the spec's 2nd column, B the 3rd, C the 1st: C moves before A.
    expect(inTemplateOrder(matchOf([3, 1, 2]))).toEqual([{ from: 3, destination: 1 }]);
  });

  it('each move counted on the sheet as the one before left it', () => {
    // A = 3rd, B = 1st, C = 2nd: B before A (B A C = 1st 3rd 2nd), then C before B.
    expect(inTemplateOrder(matchOf([2, 3, 1]))).toEqual([
      { from: 2, destination: 1 },
      { from: 3, destination: 2 },
    ]);
    // Two columns swapped right of the sheet's start: E goes before D.
    expect(inTemplateOrder(matchOf([5, 4]))).toEqual([{ from: 5, destination: 4 }]);
  });

  it('a column not found, or one of the commune’s standing among them (a gap): no moves, null', () => {
    expect(inTemplateOrder(matchOf([2, null, 1]))).toBeNull();
    expect(inTemplateOrder(matchOf([3, 1]))).toBeNull();
    expect(inTemplateOrder(matchOf([1, 4, 2]))).toBeNull();
  });
});

describe('theirColumnMoved', () => {
  const results = 'kết quả tự tính (các cột I:J)';
  it('names the column by its header as read, a number as Sheets shows it', () => {
    expect(theirColumnMoved('Đánh giá', 'Ghi chú', 9, 11, results)).toBe(
      'Trang "Đánh giá": cột "Ghi chú" do xã thêm nằm giữa các cột kết quả nên được chuyển cùng tiêu đề và nội dung từ cột I sang cột K, bên phải kết quả tự tính (các cột I:J).',
    );
    expect(theirColumnMoved('Đánh giá 2026', 2026, 10, 11, results)).toBe(
      'Trang "Đánh giá 2026": cột "2026" do xã thêm nằm giữa các cột kết quả nên được chuyển cùng tiêu đề và nội dung từ cột J sang cột K, bên phải kết quả tự tính (các cột I:J).',
    );
  });

  it('a column without a header is named by its letters alone', () => {
    expect(theirColumnMoved('Đánh giá', '', 9, 11, results)).toBe(
      'Trang "Đánh giá": cột do xã thêm nằm giữa các cột kết quả nên được chuyển cùng tiêu đề và nội dung từ cột I sang cột K, bên phải kết quả tự tính (các cột I:J).',
    );
  });
});

describe('scatteredSpills', () => {
  /** "Mã", then the two results columns one formula fills left to right from its own cell. */
  const spec = bareSheetSpec('Đánh giá', [
    [label('Mã', 'header'), label('Kết quả Mức độ 1', 'header'), label('Kết quả Mức độ 2', 'header')],
    [label('TC1.1'), formula('=CDHT_RESULTS(A2:A3)'), spill()],
    [label('TC1.2'), spill(), spill()],
  ]);
  const matched = (columns: Array<number | null>): SheetMatch => ({ rows: [1, 2, 3], columns, duplicates: [], labels: ['Mã', 'TC1.1', 'TC1.2'], restored: [], orphans: [] });
  const SAME_FORMULA = ': các cột này là kết quả của cùng một công thức tự tính, luôn được điền liền nhau theo thứ tự của mẫu.';

  it('"Kết quả Mức độ 2" dragged to A, "Mã" between: moved right of "Kết quả Mức độ 1" (before D, so it ends in C), named by its header', () => {
    const content = [
      ['Kết quả Mức độ 2', 'Mã', 'Kết quả Mức độ 1'],
      ['', 'TC1.1', '=CDHT_RESULTS(A2:A3)'],
      ['', 'TC1.2', ''],
    ];
    expect(scatteredSpills('Đánh giá', spec, matched([2, 1, 3]), content, false)).toEqual([
      { moves: [{ from: 1, destination: 4 }], message: `Trang "Đánh giá": cột "Kết quả Mức độ 2" (đang ở cột A) đã được chuyển về cột C, liền với cột "Kết quả Mức độ 1"${SAME_FORMULA}` },
    ]);
  });

  it('a header typed over (both read "Kết quả Mức độ 1"): the places found keep the template’s order, the left one moved beside the right one', () => {
    const content = [
      ['Kết quả Mức độ 1', 'Mã', 'Kết quả Mức độ 1'],
      ['', 'TC1.1', '=CDHT_RESULTS(A2:A3)'],
      ['', 'TC1.2', ''],
    ];
    expect(scatteredSpills('Đánh giá', spec, matched([2, 1, 3]), content, false)).toEqual([
      { moves: [{ from: 1, destination: 3 }], message: `Trang "Đánh giá": cột "Kết quả Mức độ 1" (đang ở cột A) đã được chuyển về cột B, liền với cột "Kết quả Mức độ 2"${SAME_FORMULA}` },
    ]);
  });

  it('one results column deleted: nothing to gather (it is re-created), the other not moved', () => {
    const content = [
      ['Kết quả Mức độ 1', 'Mã'],
      ['=CDHT_RESULTS(A2:A3)', 'TC1.1'],
      ['', 'TC1.2'],
    ];
    expect(scatteredSpills('Đánh giá', spec, matched([2, 1, null]), content, false)).toEqual([]);
    expect(scatteredSpills('Đánh giá', spec, matched([2, null, 1]), content, false)).toEqual([]);
  });
});
