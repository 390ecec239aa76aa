/**
 * What a committee types into a commune workbook, and where each value must be found afterwards:
 * beside its label, code or member name, in the column under its header. The locator here reads
 * the fake's cells directly (never the add-on's readers), so it can judge them.
 */
import { expect } from 'vitest';
import { setupWorkbook, type SetupResult } from '../../src/addon/setup/setup';
import { foldText } from '../../src/core/cells/text';
import type { Cell } from '../../src/core/cells/values';
import { PCGD_RATES } from '../../src/core/pcgd/standards';
import { resolveRuleset } from '../../src/core/ruleset/resolve';
import type { Ruleset } from '../../src/core/ruleset/types';
import { assessmentRows } from '../../src/core/template/assessment-sheet';
import { SHEETS } from '../../src/core/template/layout';
import { INFO_FIELDS, NARRATIVE_FIELDS } from '../../src/core/workbook/info';
import { type FakeSheet, FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

export const NOW = new Date(2026, 10, 21, 9, 30);

export function setup(ss: FakeSpreadsheet, now = NOW): SetupResult {
  return setupWorkbook(ss, fakeFactories(ss.log), now);
}

/** One value a user typed: in which sheet, on the row whose `keyHeader` column holds `key`, under `header`. */
/**
 * A workbook set up under `rulesetId`: TT44 is reached by a switch at 07.05 on 22/11/2026, before the
 * 08.05 set-up the switch tests name their archives by.
 */
export function setUpUnder(rulesetId: 'TT25' | 'TT44'): FakeSpreadsheet {
  const ss = new FakeSpreadsheet();
  setup(ss);
  if (rulesetId === 'TT44') {
    ss.sheet(SHEETS.info).type('B7', 'TT44');
    setup(ss, new Date(2026, 10, 22, 7, 5));
  }
  return ss;
}

export interface Tracked {
  sheet: FakeSheet;
  keyHeader: string;
  key: string;
  header: string;
  value: Cell;
}

const fold = (cell: Cell) => (cell instanceof Date ? String(cell.getTime()) : foldText(String(cell ?? ''))).replace(/\s*\*$/, '');
const same = (a: Cell, b: Cell) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

/** Every cell of the sheet as stored (formulas as their text). */
function grid(sheet: FakeSheet): Cell[][] {
  return sheet.values();
}

/** The column of the first cell reading `header` (headers are unique within the parts used here). */
function columnOf(cells: Cell[][], header: string): number {
  for (const row of cells) {
    const c = row.findIndex((cell) => fold(cell) === fold(header));
    if (c >= 0) return c;
  }
  return -1;
}

export /** The row (1-based) of the first cell reading `text` in column `column` (1-based). */
function rowWith(sheet: FakeSheet, column: number, text: string): number {
  const r = sheet.values().findIndex((row) => String(row[column - 1] ?? '').replace(/\s*\*$/, '') === text);
  if (r < 0) throw new Error(`no "${text}" in column ${column} of ${sheet.name}`);
  return r + 1;
}

export type Outcome = 'kept' | 'moved' | 'lost';

/** Kept: beside its key, under its header. Moved: elsewhere in the sheet. Lost: nowhere. */
export function outcome(t: Tracked): Outcome {
  const cells = grid(t.sheet);
  const keyColumn = columnOf(cells, t.keyHeader);
  const column = columnOf(cells, t.header);
  const row = cells.findIndex((r) => keyColumn >= 0 && fold(r[keyColumn]) === fold(t.key));
  if (row >= 0 && column >= 0 && same(cells[row][column], t.value)) return 'kept';
  return cells.some((r) => r.some((cell) => same(cell, t.value))) ? 'moved' : 'lost';
}

export function tally(tracked: Tracked[]): { tracked: number; kept: number; moved: Tracked[]; lost: Tracked[] } {
  const outcomes = tracked.map((t) => [t, outcome(t)] as const);
  return {
    tracked: tracked.length,
    kept: outcomes.filter(([, o]) => o === 'kept').length,
    moved: outcomes.filter(([, o]) => o === 'moved').map(([t]) => t),
    lost: outcomes.filter(([, o]) => o === 'lost').map(([t]) => t),
  };
}

/** A value for an indicator of each kind that differs from the others (so a shift shows). */
function indicatorValue(ruleset: Ruleset, code: string, i: number): Cell {
  const item = ruleset.criteria.flatMap((c) => c.items).find((x) => x.code === code)!;
  if (item.kind === 'yesno') return i % 2 === 0 ? 'Đạt' : 'Không đạt';
  if (item.kind === 'level') return `Mức độ ${1 + (i % 3)}`;
  if (item.kind === 'percent') return 0.5 + i / 100;
  return Math.min(item.max ?? 5, 1 + (i % 5));
}

/** Cell of a sheet by 0-based row and column of the locator's grid, typed as a user would. */
function typeAt(sheet: FakeSheet, row: number, column: number, value: Cell) {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  sheet.type(`${name}${row + 1}`, value);
}

function rowOf(cells: Cell[][], column: number, key: string): number {
  return cells.findIndex((r) => fold(r[column]) === fold(key));
}

/** Fills every input of "Thông tin", "Đánh giá" and "Số liệu PCGD-XMC", and notes on criterion headings. */
export function fillEverything(ss: FakeSpreadsheet, rulesetId: 'TT25' | 'TT44' = 'TT25'): Tracked[] {
  const tracked: Tracked[] = [];
  const info = ss.sheet(SHEETS.info);
  let cells = grid(info);
  const labelColumn = columnOf(cells, 'Mục');
  const valueColumn = columnOf(cells, 'Nội dung');
  const infoValue = (key: string, i: number): Cell => {
    const field = INFO_FIELDS.find((f) => f.key === key)!;
    if (field.kind === 'year') return 2025;
    if (field.kind === 'ruleset') return rulesetId;
    if (field.kind === 'flag') return 'Có';
    if (field.kind === 'date') return new Date(2024, 2, 5);
    if (field.kind === 'lines') return 'UBND tỉnh Sông Lam\nLưu: VT';
    return `${field.label} của xã số ${i}`;
  };
  INFO_FIELDS.forEach((field, i) => {
    const value = infoValue(field.key, i);
    typeAt(info, rowOf(cells, labelColumn, field.label), valueColumn, value);
    tracked.push({ sheet: info, keyHeader: 'Mục', key: field.label, header: 'Nội dung', value });
  });
  NARRATIVE_FIELDS.forEach((field) => {
    const value = `${field.label}: đoạn văn của Ban chỉ đạo.`;
    typeAt(info, rowOf(cells, labelColumn, field.label), valueColumn, value);
    tracked.push({ sheet: info, keyHeader: 'Mục', key: field.label, header: 'Nội dung', value });
  });
  cells = grid(info);
  const header = rowOf(cells, labelColumn, 'Họ và tên');
  const [nameColumn, titleColumn, roleColumn] = ['Họ và tên', 'Chức vụ', 'Vai trò trong Ban chỉ đạo'].map((h) => columnOf(cells, h));
  ['Nguyễn Văn Bình', 'Trần Thị Cúc', 'Lê Văn Dũng', 'Phạm Thị Hoa'].forEach((name, i) => {
    typeAt(info, header + 1 + i, nameColumn, name);
    typeAt(info, header + 1 + i, titleColumn, `Chức vụ ${i + 1}`);
    typeAt(info, header + 1 + i, roleColumn, i === 0 ? 'Trưởng ban' : 'Thành viên');
    tracked.push({ sheet: info, keyHeader: 'Họ và tên', key: name, header: 'Chức vụ', value: `Chức vụ ${i + 1}` });
  });

  const ruleset = resolveRuleset(rulesetId);
  const assessment = ss.sheet(SHEETS.assessment);
  cells = grid(assessment);
  const code = columnOf(cells, 'Mã');
  const valueHeader = ruleset.scheme === 'points' ? 'Điểm tự chấm' : 'Giá trị của xã';
  const columns = [valueHeader, 'Minh chứng (liên kết)', 'Kết quả thực hiện (việc đã làm, số liệu)', 'Phụ trách'].map((h) => [h, columnOf(cells, h)] as const);
  assessmentRows(ruleset).forEach((row, i) => {
    if ('heading' in row) {
      // Notes people write on a criterion's heading row.
      const value = `Ghi chú chung cho ${row.heading.split('.')[0]}`;
      const r = rowOf(cells, columnOf(cells, ruleset.scheme === 'points' ? 'Tiêu chí' : 'Chỉ tiêu (nội dung theo văn bản)'), row.heading);
      typeAt(assessment, r, columns[2][1], value);
      tracked.push({
        sheet: assessment,
        keyHeader: ruleset.scheme === 'points' ? 'Tiêu chí' : 'Chỉ tiêu (nội dung theo văn bản)',
        key: row.heading,
        header: 'Kết quả thực hiện (việc đã làm, số liệu)',
        value,
      });
      return;
    }
    const r = rowOf(cells, code, row.item.code);
    const values: Cell[] = [indicatorValue(ruleset, row.item.code, i), `https://drive.google.com/mc-${row.item.code}`, `Ghi chú ${row.item.code}`, `Phụ trách ${row.item.code}`];
    columns.forEach(([h, c], k) => {
      typeAt(assessment, r, c, values[k]);
      tracked.push({ sheet: assessment, keyHeader: 'Mã', key: row.item.code, header: h, value: values[k] });
    });
  });

  const pcgd = ss.sheet(SHEETS.pcgd);
  cells = grid(pcgd);
  const inputs = ['Tổng số (mẫu số)', 'Số được miễn trừ', 'Số đạt (tử số)'];
  PCGD_RATES.forEach((rate, i) => {
    const r = rowOf(cells, 0, rate.label);
    inputs.forEach((h, k) => {
      const value = [1000 + i * 10, k + i, 900 + i * 10][k];
      typeAt(pcgd, r, columnOf(cells, h), value);
      tracked.push({ sheet: pcgd, keyHeader: 'Chỉ số', key: rate.label, header: h, value });
    });
  });
  return tracked;
}

/** A fresh workbook set up, then filled. */
export function filledWorkbook(rulesetId: 'TT25' | 'TT44' = 'TT25'): { ss: FakeSpreadsheet; tracked: Tracked[] } {
  const ss = new FakeSpreadsheet();
  setup(ss);
  if (rulesetId !== 'TT25') {
    ss.sheet(SHEETS.info).type(`B${4 + INFO_FIELDS.findIndex((f) => f.key === 'rulesetId')}`, rulesetId);
    setup(ss);
  }
  return { ss, tracked: fillEverything(ss, rulesetId) };
}

/** The first lines of the message after a repair of a TT25 workbook that kept every value in place. */
/**
 * The formulas of "Kết quả" that read "Đánh giá" (TT25), typed from the template as the README's
 * "The commune workbook" lays it out: codes in A, values in E, evidence in F, rows 5–25.
 */
export const RESULTS_FORMULAS: Record<string, string> = {
  B4: "=CDHT_RATING('Đánh giá'!A5:A25;'Đánh giá'!E5:E25;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)",
  B5: "=CDHT_SCORE('Đánh giá'!A5:A25;'Đánh giá'!E5:E25;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)",
  B6: `=SUMPRODUCT(('Đánh giá'!A5:A25<>"")*('Đánh giá'!E5:E25<>""))`,
  C6: `="trên "&COUNTIF('Đánh giá'!A5:A25;"?*")&" mục (TC5.2 gồm hai mục)"`,
  B7: `=SUMPRODUCT(('Đánh giá'!A5:A25<>"")*('Đánh giá'!F5:F25<>""))`,
  A13: "=CDHT_CRITERIA('Đánh giá'!A5:A25;'Đánh giá'!E5:E25;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)",
  A21: "=CDHT_CHECK('Đánh giá'!A5:A25;'Đánh giá'!E5:E25;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)",
};

/** The formulas "Kết quả" holds at the cells of RESULTS_FORMULAS, by cell. */
export function resultsSheetFormulas(ss: FakeSpreadsheet): Record<string, string> {
  const sheet = ss.sheet(SHEETS.results);
  return Object.fromEntries(Object.keys(RESULTS_FORMULAS).map((a1) => [a1, sheet.at(a1).formula ?? '']));
}

export const REPAIRED_TT25 =
  'Đã kiểm tra và sửa: Hướng dẫn, Thông tin, Đánh giá, Danh mục minh chứng, Kết quả, Số liệu PCGD-XMC, Số liệu theo đơn vị, Bộ tiêu chí.\n' +
  'Bộ tiêu chí đang áp dụng: TT25. Dữ liệu đã nhập được giữ nguyên.';

/**
 * The first lines of the message after switching "Đánh giá" from `from` to `to` with the archive
 * `archive`: the sheets checked (TT44 has no sheet of counts), what was kept, the switch, the archive.
 */
export function switchedLines(from: 'TT25' | 'TT44', to: 'TT25' | 'TT44', archive: string): string[] {
  const counts = to === 'TT25' ? ' Số liệu theo đơn vị,' : '';
  return [
    `Đã kiểm tra và sửa: Hướng dẫn, Thông tin, Đánh giá, Danh mục minh chứng, Kết quả, Số liệu PCGD-XMC,${counts} Bộ tiêu chí.`,
    `Bộ tiêu chí đang áp dụng: ${to}. Dữ liệu đã nhập được giữ nguyên trên trang hoặc ở trang lưu trữ "${archive}".`,
    `Đã chuyển sang bộ tiêu chí ${to}; dữ liệu và Bộ tiêu chí cũ (${from}) được lưu ở trang lưu trữ.`,
    `Dữ liệu cũ của trang "Đánh giá" được lưu ở trang "${archive}".`,
  ];
}

/** Every tracked value beside its key and under its header (named when not). */
export function expectAllKept(tracked: Tracked[]): void {
  const result = tally(tracked);
  expect([...result.moved, ...result.lost].map((t) => `${t.key} / ${t.header}: ${String(t.value)}`)).toEqual([]);
}
