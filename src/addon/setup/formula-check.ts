import { commaSyntax, sheetRef, cellA1 } from '../../core/template/a1';
import type { WorkbookSpec } from '../../core/template/types';
import type { SheetLike } from '../../gas/spreadsheet';

/**
 * Set-up's read-back of the formulas it wrote. Sheets parses a script's formula by the
 * spreadsheet's locale and shows #ERROR! in a cell whose formula it cannot parse (reports in
 * /work/shared/notes/google-behaviours.md). The template writes ";" between arguments, which every
 * locale is reported to accept; should a sheet refuse it anyway, each refused cell is rewritten once
 * with ",", and the cells that still fail are named to the user.
 */

/** The text getValues() returns for a cell whose formula does not parse (or whose function threw). */
export const FORMULA_ERROR = '#ERROR!';

interface Written {
  sheet: SheetLike;
  row: number;
  column: number;
  formula: string;
}

/** Messages for the user, in Vietnamese; none when every formula reads back without #ERROR!. */
export function checkWrittenFormulas(spec: WorkbookSpec, sheets: ReadonlyMap<string, SheetLike>): string[] {
  const refused: Written[] = [];
  for (const sheetSpec of spec.sheets) {
    const sheet = sheets.get(sheetSpec.name);
    if (!sheet || !sheetSpec.cells.some((row) => row.some((cell) => cell?.kind === 'formula'))) continue;
    const values = sheet.getRange(1, 1, sheetSpec.cells.length, sheetSpec.cells[0].length).getValues();
    sheetSpec.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.kind === 'formula' && values[r][c] === FORMULA_ERROR) refused.push({ sheet, row: r + 1, column: c + 1, formula: cell.formula });
      }),
    );
  }
  if (refused.length === 0) return [];
  const failing = refused.filter(({ sheet, row, column, formula }) => {
    const cell = sheet.getRange(row, column, 1, 1);
    cell.setValue(commaSyntax(formula));
    return cell.getValues()[0][0] === FORMULA_ERROR;
  });
  if (failing.length === 0) return [];
  const where = failing.map(({ sheet, row, column }) => sheetRef(sheet.getName(), cellA1(row, column))).join(', ');
  return [
    `Google Trang tính báo lỗi ${FORMULA_ERROR} ở ${failing.length} ô công thức: ${where}. ` +
      'Công thức đã được ghi theo cả hai cách (dấu ";" rồi dấu ",") nhưng bảng tính vẫn không đọc được. ' +
      'Thường là do cài đặt ngôn ngữ của bảng tính: vào Tệp → Cài đặt, chọn Ngôn ngữ "Việt Nam", rồi chạy lại "Thiết lập / sửa mẫu". ' +
      'Nếu vẫn lỗi, di chuột vào ô để xem thông báo và chạy "Kiểm tra tiện ích" để gửi cho người hỗ trợ.',
  ];
}
