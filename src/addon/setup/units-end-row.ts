import { isBlank, type Cell } from '../../core/cells/values';
import type { SheetMatch } from '../../core/template/match';
import { unitsLayout } from '../../core/template/units-sheet';
import type { Ruleset } from '../../core/ruleset/types';

/**
 * Why repair must not run on "Số liệu theo đơn vị" as it stands (`name`: the sheet's name now,
 * `match`: its rows as found in `content`, laid out for `ruleset`), or nothing: the table's end row
 * ("Thêm đơn vị: chèn dòng phía trên dòng này.") found above units people typed counts for, with rows of the
 * table missing before it. A sort by unit name over the table takes the end row up among the
 * units ("Thêm" sorts before "Thôn"): the sums, fixed rows from the header to row 49, still count
 * them, but repair re-creates the missing rows above the end row as it does for rows people
 * deleted, which pushed every unit under it, out of every sum, while saying the data was kept
 * (review 14b R8). Where the units belong is the commune's call, so the message names the end row
 * and the rows under it and says what to do. Units typed under an end row in its place (review 14
 * F9) are not this case: nothing is re-created above it, and the sheet's check names them.
 */
export function unitsUnderEndRow(name: string, match: SheetMatch, content: Cell[][], ruleset: Ruleset): string[] {
  const layout = unitsLayout(ruleset);
  const end = match.rows[layout.end - 1];
  const missing = match.rows.slice(layout.firstUnit - 1, layout.end - 1).some((p) => p === null);
  if (end === null || end === undefined || !missing) return [];
  // Rows with counts: the sums would lose them (a note typed under the table loses nothing by moving down).
  const typed = content.slice(end).flatMap((row, i) => (row.slice(1, layout.checkColumn - 1).some((cell) => !isBlank(cell)) ? [end + 1 + i] : []));
  if (typed.length === 0) return [];
  return [
    `Trang "${name}": dòng cuối của bảng ("${match.labels[layout.end - 1]}") đang ở dòng ${end}, trên các đơn vị ở dòng ${typed.join(', ')} (có thể do sắp xếp). ` +
      'Sửa mẫu lúc này sẽ đưa các đơn vị đó xuống dưới bảng, ra ngoài các tổng. ' +
      `Hãy hoàn tác việc sắp xếp, hoặc kéo dòng ${end} xuống dưới đơn vị cuối cùng (dòng ${typed[typed.length - 1]}), rồi chạy lại.`,
  ];
}
