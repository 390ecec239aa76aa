import { commaSyntax, sheetRef, cellA1 } from '../../core/template/a1';
import { cellPlaces } from '../../core/template/computed';
import { formulaForm, formulaReads, type Placement, placeFormula } from '../../core/template/placement';
import type { SheetSpec, WorkbookSpec } from '../../core/template/types';
import type { Cell } from '../../core/cells/values';
import type { RangeLike, SheetLike } from '../../gas/spreadsheet';

/**
 * Set-up's read-back of the formulas it wrote. Sheets parses a script's formula by the
 * spreadsheet's locale and shows #ERROR! in a cell whose formula it cannot parse (reports in
 * the README table "Google behaviours this add-on relies on"). The template writes ";" between arguments, which every
 * locale is reported to accept; should a sheet refuse it anyway, each refused cell is rewritten once
 * with ",", and the cells that still fail are named to the user and get their ";" form back.
 * A custom function that throws shows #ERROR! too (Apps Script guide "Custom functions"): once a
 * built-in formula with ";" reads back fine, ";" parses in this spreadsheet, so a CDHT_* cell
 * showing #ERROR! is the function's own answer to the data (CDHT_CHECK and the cell's note say
 * why), not the locale's: it is neither rewritten nor named, nor is a formula that reads that cell
 * (the error passes on to it, as "Kết quả"!B8 reads B4). Likewise, once a refused built-in
 * formula reads back fine with ",", a CDHT_* cell (or one reading it) still showing #ERROR! with ","
 * keeps that form (the one that parses here) and is not named.
 */

/** The text getValues() returns for a cell whose formula does not parse (or whose function threw). */
export const FORMULA_ERROR = '#ERROR!';

/**
 * What the cells of an existing sheet held (a formula, else the value) and showed before set-up
 * wrote, from A1, in the sheet's rows and columns as they are now.
 */
export interface Before {
  content: Cell[][];
  shown: Cell[][];
}

/**
 * True when every formula of the sheet was already there, the same text in the same cell, and
 * showed no #ERROR!: Sheets parses the same text the same way in the same locale, so reading it
 * back again (one call per sheet on every repair) would tell nothing new.
 */
function parsedBefore(sheetSpec: SheetSpec, placement: Placement, placements: ReadonlyMap<string, Placement>, before: Before | undefined): boolean {
  const at = cellPlaces(sheetSpec, placement).at;
  return (
    before !== undefined &&
    sheetSpec.cells.every((row, r) =>
      row.every((cell, c) => {
        if (cell?.kind !== 'formula') return true;
        const [row, column] = [at(r, c).row - 1, at(r, c).column - 1];
        const held = before.content[row]?.[column];
        return typeof held === 'string' && formulaForm(held) === formulaForm(placeFormula(cell.formula, sheetSpec.name, placements)) && before.shown[row]?.[column] !== FORMULA_ERROR;
      }),
    )
  );
}

interface Written {
  sheet: SheetLike;
  row: number;
  column: number;
  formula: string;
}

/** A call of one of the add-on's custom functions, which may throw on the data and show #ERROR!. */
const CUSTOM_CALL = /\bCDHT_[A-Z_]+\(/;

/** True when `formula` has ";" between arguments and no custom function, so only a parse error can make it (or its "," form) show #ERROR!. */
const provesSeparator = (formula: string) => commaSyntax(formula) !== formula && !CUSTOM_CALL.test(formula);

/** Whether the formula written as `reader` reads the cell `read`: Sheets passes a cell's error on to every formula that reads it (sheets.wiki/docs/Error). */
const reads = (reader: Written, read: Written) => formulaReads(reader.formula, reader.sheet.getName(), read.sheet.getName(), read.row, read.column);

/**
 * Messages for the user, in Vietnamese; none when every formula reads back without #ERROR!.
 * `sheets`, `areas` and `placements` are by spec name and hold every sheet of `spec` (set-up has
 * created the missing ones by then): each sheet, the range set-up wrote (from A1, covering every
 * placed cell) and where each sheet's cells actually are. Reading the written range
 * object again costs one call and no getRange; it reads after the write, so Sheets has parsed it.
 */
export function checkWrittenFormulas(
  spec: WorkbookSpec,
  sheets: ReadonlyMap<string, SheetLike>,
  areas: ReadonlyMap<string, RangeLike>,
  placements: ReadonlyMap<string, Placement>,
  before: ReadonlyMap<string, Before> = new Map(),
): string[] {
  const refused: Written[] = [];
  // Whether a built-in formula with ";" parsed: read back now, or unchanged since it showed no error.
  let semicolonsParse = false;
  for (const sheetSpec of spec.sheets) {
    const formulas = sheetSpec.cells.flatMap((row) => row.flatMap((cell) => (cell?.kind === 'formula' ? [placeFormula(cell.formula, sheetSpec.name, placements)] : [])));
    if (formulas.length === 0) continue;
    const [sheet, area, placement] = [sheets.get(sheetSpec.name)!, areas.get(sheetSpec.name)!, placements.get(sheetSpec.name)!];
    if (parsedBefore(sheetSpec, placement, placements, before.get(sheetSpec.name))) {
      semicolonsParse ||= formulas.some(provesSeparator);
      continue;
    }
    const values = area.getValues();
    const placed = cellPlaces(sheetSpec, placement).at;
    sheetSpec.cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell?.kind !== 'formula') return;
        const { row: at, column } = placed(r, c);
        const formula = placeFormula(cell.formula, sheetSpec.name, placements);
        if (values[at - 1][column - 1] === FORMULA_ERROR) refused.push({ sheet, row: at, column, formula });
        else semicolonsParse ||= provesSeparator(formula);
      });
    });
  }
  // Whether a refused built-in formula read back fine with ",": tried first, so the cells that may throw know.
  let commasParse = false;
  const custom = refused.filter(({ formula }) => CUSTOM_CALL.test(formula));
  // A CDHT_* cell, or a formula reading one: its #ERROR! may be the function's, where the syntax parses.
  const mayThrow = new Set(refused.filter((written) => custom.includes(written) || custom.some((cell) => reads(written, cell))));
  const stillFails = (written: Written): boolean => {
    const { sheet, row, column, formula } = written;
    if (semicolonsParse && mayThrow.has(written)) return false;
    const cell = sheet.getRange(row, column, 1, 1);
    cell.setValue(commaSyntax(formula));
    if (cell.getValues()[0][0] !== FORMULA_ERROR) {
      commasParse ||= provesSeparator(formula);
      return false;
    }
    // The function threw on the data in the form that parses here: kept, so it shows once the data is right.
    if (commasParse && mayThrow.has(written)) return false;
    // Neither form parses: the one every locale is reported to accept goes back.
    cell.setValue(formula);
    return true;
  };
  const stuck = new Set([...refused.filter((w) => !mayThrow.has(w)), ...mayThrow].filter(stillFails));
  const failing = refused.filter((w) => stuck.has(w));
  if (failing.length === 0) return [];
  const where = failing.map(({ sheet, row, column }) => sheetRef(sheet.getName(), cellA1(row, column))).join(', ');
  return [
    `Google Trang tính báo lỗi ${FORMULA_ERROR} ở ${failing.length} ô công thức: ${where}. ` +
      'Công thức đã được ghi theo cả hai cách (dấu ";" rồi dấu ",") nhưng bảng tính vẫn không đọc được. ' +
      'Thường là do cài đặt ngôn ngữ của bảng tính: vào Tệp → Cài đặt, chọn Ngôn ngữ "Việt Nam", rồi chạy lại "Thiết lập / sửa mẫu". ' +
      'Nếu vẫn lỗi, di chuột vào ô để xem thông báo và chạy "Kiểm tra tiện ích" để gửi cho người hỗ trợ.',
  ];
}
