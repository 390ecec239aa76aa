import type { Cell } from '../cells/values';
import { formatViDate } from '../cells/vi-date';
import { formatViNumber } from '../cells/vi-number';
import { shareText } from './statistics';
import { UNRATED } from './categories';
import { DIRECTION_LABELS } from './changes';
import type { CriteriaBlock } from './criteria';
import { READ_STATUS_LABELS, failedCriteriaText, reasonText, scoreText } from './record';
import type { RollUp } from './rollup';
import { padRows, widest } from './grid';

/**
 * The generated sheets of the Tổng hợp workbook as 2-D arrays (one setValues each), with what
 * the adapter formats: bold title and header rows, frozen rows, and the charts to insert.
 * Regenerated whole by every update; people read them, they never type into them.
 */
export const GENERATED_SHEETS = {
  communes: 'Kết quả các xã',
  statistics: 'Thống kê',
  criteria: 'Tiêu chí không đạt',
  changes: 'Thay đổi qua các năm',
} as const;

/** A column chart over a block of the sheet: the first column names the years, the others are series. */
export interface ChartSpec {
  title: string;
  /** 1-based, the block's header row included. */
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  /** Where the chart's top-left corner sits. */
  anchorRow: number;
  anchorColumn: number;
}

export interface GeneratedSheet {
  name: string;
  rows: Cell[][];
  /** 1-based rows to set in bold (titles and headers). */
  boldRows: number[];
  frozenRows: number;
  charts: ChartSpec[];
}

/** Builds a sheet row by row, remembering which rows are titles or headers. */
class SheetBuilder {
  readonly rows: Cell[][] = [];
  readonly boldRows: number[] = [];
  readonly charts: ChartSpec[] = [];

  line(...cells: Cell[]): number {
    this.rows.push(cells);
    return this.rows.length;
  }

  bold(...cells: Cell[]): number {
    const row = this.line(...cells);
    this.boldRows.push(row);
    return row;
  }

  /** A blank row between blocks: every sheet opens with its title, so there is always one above. */
  gap(): void {
    this.line();
  }

  build(name: string, frozenRows: number): GeneratedSheet {
    const rows = padRows(this.rows, widest(this.rows, 1));
    return { name, rows, boldRows: this.boldRows, frozenRows, charts: this.charts };
  }
}

export const COMMUNE_HEADER = ['Dòng danh sách', 'Tên xã', 'Năm', 'Bộ tiêu chí', 'Kết quả', 'Điểm / chỉ tiêu', 'Tiêu chí không đạt', 'Liên kết bảng tính', 'Trạng thái', 'Lý do, ghi chú'] as const;

export function communeSheet(rollUp: RollUp): GeneratedSheet {
  const sheet = new SheetBuilder();
  sheet.bold(...COMMUNE_HEADER);
  for (const r of rollUp.records) {
    const result = r.status === 'failed' ? '' : (r.rating ?? UNRATED);
    sheet.line(r.row, r.commune || '(chưa có tên)', r.year || '', r.rulesetId, result, scoreText(r), failedCriteriaText(r), r.link, READ_STATUS_LABELS[r.status], reasonText(r));
  }
  return sheet.build(GENERATED_SHEETS.communes, 1);
}

const count = (n: number) => formatViNumber(n);
const pad = (n: number) => String(n).padStart(2, '0');

/** "Cập nhật lúc 10:05 ngày 21/11/2026: 120 dòng; đọc được 110, nhập tay 4, không đọc được 6." */
export function updatedLine(rollUp: RollUp, at: Date): string {
  const totals = rollUp.coverage.reduce((t, c) => ({ listed: t.listed + c.listed, read: t.read + c.read, manual: t.manual + c.manual, failed: t.failed + c.failed }), {
    listed: 0,
    read: 0,
    manual: 0,
    failed: 0,
  });
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())} ngày ${formatViDate(at)}`;
  return `Cập nhật lúc ${time}: ${count(totals.listed)} dòng danh sách; đọc được ${count(totals.read)}, nhập tay ${count(totals.manual)}, không đọc được ${count(totals.failed)} (xem trang "${GENERATED_SHEETS.communes}").`;
}

export const COVERAGE_HEADER = ['Năm', 'Số dòng trong danh sách', 'Đọc từ bảng tính', 'Nhập tay', 'Không đọc được'] as const;

export function statisticsSheet(rollUp: RollUp, at: Date): GeneratedSheet {
  const sheet = new SheetBuilder();
  sheet.line(updatedLine(rollUp, at));
  sheet.gap();
  sheet.bold('Tình hình đọc dữ liệu theo năm');
  sheet.bold(...COVERAGE_HEADER);
  for (const c of rollUp.coverage) sheet.line(c.year || 'Không rõ năm', c.listed, c.read, c.manual, c.failed);
  let width: number = COVERAGE_HEADER.length;
  for (const s of rollUp.rulesets) width = Math.max(width, s.categories.length + 2);
  for (const stats of rollUp.rulesets) {
    sheet.gap();
    const title = sheet.bold(`Số xã theo kết quả: ${stats.ruleset.name} (${stats.ruleset.id})`);
    const header = sheet.bold('Năm', ...stats.categories, 'Tổng số xã');
    // Year labels are text so that the chart takes them as its axis, not as one more series.
    for (const y of stats.years) sheet.line(`Năm ${y.year}`, ...y.counts, y.total);
    sheet.charts.push({
      title: `Số xã theo kết quả (${stats.ruleset.id})`,
      row: header,
      column: 1,
      numRows: stats.years.length + 1,
      numColumns: stats.categories.length + 1,
      anchorRow: title,
      anchorColumn: width + 2,
    });
  }
  if (rollUp.rulesets.length === 0) {
    sheet.gap();
    sheet.line('Chưa có xã nào có kết quả.');
  }
  return sheet.build(GENERATED_SHEETS.statistics, 1);
}

const share = (n: number, of: number) => shareText(n, of);

function criteriaBlock(sheet: SheetBuilder, block: CriteriaBlock): void {
  sheet.bold(`${block.ruleset.id}, năm ${block.year}: ${count(block.assessed)} xã đọc từ bảng tính`);
  if (block.scheme === 'levels') {
    sheet.bold('Tiêu chí', 'Nội dung', 'Số xã không đạt Mức độ 1', 'Tỷ lệ', 'Số xã không đạt Mức độ 2', 'Tỷ lệ');
    for (const r of block.rows) sheet.line(r.code, r.name, r.failedMd1, share(r.failedMd1, block.assessed), r.failedMd2, share(r.failedMd2, block.assessed));
    return;
  }
  sheet.bold('Tiêu chí', 'Nội dung', 'Số xã đã chấm', 'Điểm trung bình', 'Điểm tối đa', 'Tỷ lệ so với tối đa');
  for (const r of block.rows) {
    const average = r.average === null ? '' : formatViNumber(r.average);
    const ratio = r.average !== null && r.max ? shareText(r.average, r.max) : '';
    sheet.line(r.code, r.name, r.entered, average, r.max === null ? '' : formatViNumber(r.max), ratio);
  }
  if (!block.ranked) sheet.line('Chưa đủ điểm tối đa của các tiêu chí nên chưa xếp được tiêu chí yếu nhất: nhập điểm tối đa vào bảng Bộ tiêu chí của các xã.');
}

export function criteriaSheet(rollUp: RollUp): GeneratedSheet {
  const sheet = new SheetBuilder();
  sheet.bold('Tiêu chí không đạt nhiều nhất (chỉ tính các xã đọc được từ bảng tính)');
  for (const block of rollUp.criteria) {
    sheet.gap();
    criteriaBlock(sheet, block);
  }
  if (rollUp.criteria.length === 0) {
    sheet.gap();
    sheet.line('Chưa có bảng tính nào đọc được.');
  }
  return sheet.build(GENERATED_SHEETS.criteria, 1);
}

const signed = (n: number) => (n > 0 ? `+${count(n)}` : count(n));

export function changesSheet(rollUp: RollUp): GeneratedSheet {
  const sheet = new SheetBuilder();
  sheet.bold('Số xã theo kết quả, so với lần đánh giá trước');
  sheet.bold('Bộ tiêu chí', 'Kết quả', 'Năm trước', 'Số xã năm trước', 'Năm sau', 'Số xã năm sau', 'Thay đổi');
  for (const c of rollUp.countChanges) sheet.line(c.rulesetId, c.category, c.fromYear, c.fromCount, c.toYear, c.toCount, signed(c.toCount - c.fromCount));
  if (rollUp.countChanges.length === 0) sheet.line('Chưa có hai năm đánh giá theo cùng bộ tiêu chí để so sánh.');
  sheet.gap();
  sheet.bold('Xã thay đổi kết quả (so với năm đánh giá trước của xã, cùng bộ tiêu chí)');
  sheet.bold('Tên xã', 'Bộ tiêu chí', 'Năm trước', 'Kết quả năm trước', 'Năm sau', 'Kết quả năm sau', 'Thay đổi');
  for (const c of rollUp.communeChanges) sheet.line(c.commune, c.rulesetId, c.fromYear, c.fromRating, c.toYear, c.toRating, DIRECTION_LABELS[c.direction]);
  if (rollUp.communeChanges.length === 0) sheet.line('Không có xã nào thay đổi kết quả.');
  return sheet.build(GENERATED_SHEETS.changes, 0);
}

/**
 * All generated sheets, in the order an update writes them (Thống kê first). This is not the order
 * of the tabs: a missing sheet is added as the last tab when first written (src/rollup/sheet-io.ts),
 * and set-up creates them all beforehand in GENERATED_SHEETS' order (Kết quả các xã first); an
 * update moves no sheet that is already there.
 */
export function generatedSheets(rollUp: RollUp, at: Date): GeneratedSheet[] {
  return [statisticsSheet(rollUp, at), communeSheet(rollUp), criteriaSheet(rollUp), changesSheet(rollUp)];
}
