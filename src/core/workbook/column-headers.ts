import { cellText } from '../cells/text';
import type { Cell } from '../cells/values';
import { columnLetter } from '../template/a1';
import { labelKey } from '../template/match';

/**
 * A column of a table read by column place (the evidence list, the ruleset table) whose header
 * row shows another column's header there, or nothing where its own stands elsewhere: the columns
 * were shifted (one deleted before it, one inserted, one moved), so reading that place would put
 * one field's values under another's name. `column` is 1-based; `holds` is the header as shown
 * ('' when blank); `wants` the header the reader expects there.
 */
export interface MisplacedHeader {
  column: number;
  holds: string;
  wants: string;
}

/**
 * The columns of a header row `cells` that stand out of the place the reader takes them from
 * (`expected`, left to right), none when every expected header found in the row is at its own
 * place. A header someone reworded or emptied in its own place is not misplaced (the place is
 * still read right); a place is misplaced only when it shows another expected header, or when its
 * own header stands elsewhere in the row. Compared as set-up compares labels (labelKey).
 */
export function misplacedHeaders(cells: readonly Cell[], expected: readonly string[]): MisplacedHeader[] {
  const wanted = expected.map(labelKey);
  const shown = cells.map((cell) => cellText(cell));
  const keys = cells.map(labelKey);
  const width = Math.max(expected.length, shown.length);
  return Array.from({ length: width }, (_, c): MisplacedHeader | null => {
    const [holds, wants] = [keys[c] ?? '', wanted[c] ?? ''];
    if (holds === wants) return null;
    const another = holds !== '' && wanted.includes(holds);
    // Column c holds something else (checked above), so a match of `wants` is in another column.
    const ownElsewhere = wants !== '' && keys.includes(wants);
    return another || ownElsewhere ? { column: c + 1, holds: shown[c] ?? '', wants: expected[c] ?? '' } : null;
  }).filter((m): m is MisplacedHeader => m !== null);
}

/**
 * The sentence naming misplaced headers, for `where` ('Trang "Danh mục minh chứng", dòng 3'):
 * each column as it is and as the reader takes it, why it is not read, and what to do.
 * Example: 'Trang "Danh mục minh chứng", dòng 3: tiêu đề cột không đúng chỗ (cột A là "Tên minh
 * chứng", cần "Mã minh chứng"; …). …'
 */
export function misplacedHeadersText(where: string, misplaced: readonly MisplacedHeader[]): string {
  const each = misplaced.map(({ column, holds, wants }) => {
    const is = holds === '' ? `cột ${columnLetter(column)} trống` : `cột ${columnLetter(column)} là "${holds}"`;
    return wants === '' ? `${is}, ngoài các cột của bảng` : `${is}, cần "${wants}"`;
  });
  return (
    `${where}: tiêu đề cột không đúng chỗ (${each.join('; ')}), có thể do một cột bị xoá, chèn thêm hoặc di chuyển. ` +
    'Bảng được đọc theo vị trí cột nên chưa được đọc, để khỏi hiểu nhầm cột này thành cột khác. ' +
    'Hãy chọn menu CĐHT → "Thiết lập / sửa mẫu" để sửa, hoặc đưa các cột về đúng thứ tự (nội dung đi cùng cột), rồi thử lại.'
  );
}
