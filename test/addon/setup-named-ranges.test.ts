/**
 * Repair points every named range of the template at the cells where its sheet's rows and columns
 * now are (src/addon/setup/setup.ts, applyNamedRanges), after people inserted rows and columns in
 * the sheets they cover, moved one elsewhere and deleted another. Expected ranges are counted by
 * hand from the template's: "Thông tin" A1:C55, "Đánh giá" A4:H25 (header row 4, rows 5–25,
 * columns A–H), "Bộ tiêu chí" A1:L150, "Danh mục minh chứng" A3:F203 (sheets left as they were).
 */
import { expect, it } from 'vitest';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { SHEETS } from '../../src/core/template/layout';
import { NAMES } from '../../src/core/workbook/names';
import { assessWorkbook } from '../../src/core/workbook/snapshot';
import { readSnapshot } from '../../src/addon/workbook-reader';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

const setup = (ss: FakeSpreadsheet, now: Date) => setupWorkbook(ss, fakeFactories(ss.log), now);

it('after rows and columns were inserted, each named range covers its placed cells: kept, re-pointed or re-created', () => {
  const ss = new FakeSpreadsheet();
  setup(ss, new Date(2026, 10, 21, 9, 30));
  ss.sheet(SHEETS.info).insertRowsBefore(3, 2);
  const assessment = ss.sheet(SHEETS.assessment);
  assessment.insertRowsBefore(2, 1);
  assessment.insertColumnBefore(3);
  // Someone pointed "Thông tin"'s name at two cells of "Kết quả" and deleted the indicators' name.
  const named = (name: string) => ss.namedRanges.find((n) => n.name === name)!;
  named(NAMES.info).setRange(ss.sheet(SHEETS.results).getRange('A1:B2'));
  named(NAMES.indicators).remove();

  setup(ss, new Date(2026, 10, 22, 8, 5));

  const ranges = ss.namedRanges.map((n) => [n.name, n.range.sheet.name, n.range.a1()]);
  expect(ranges.sort(([a], [b]) => a.localeCompare(b))).toEqual([
    ['CDHT_BO_TIEU_CHI', 'Bộ tiêu chí', 'A1:L150'],
    // One row above the header, one column before C: one row lower, one column wider.
    ['CDHT_CHI_TIEU', 'Đánh giá', 'A5:I26'],
    ['CDHT_MINH_CHUNG', 'Danh mục minh chứng', 'A3:F203'],
    // Two rows inserted at row 3, inside the fields: the range ends two rows lower.
    ['CDHT_THONG_TIN', 'Thông tin', 'A1:C57'],
  ]);
});

it('rows people inserted inside the evidence list stay in its named range and are never emptied: an item on the last row is still read after repair', () => {
  const ss = new FakeSpreadsheet();
  setup(ss, new Date(2026, 10, 21, 9, 30));
  const sheet = ss.sheet(SHEETS.evidence);
  // The list's last row (header on row 3, 200 rows under it), then three rows inserted above it: Sheets grows the range to row 206.
  for (const [column, value] of [
    ['A', 'H1.01'],
    ['B', 'Nghị quyết của Đảng ủy xã'],
    ['D', 'Đảng ủy xã'],
    ['F', 'TC1.1'],
  ])
    sheet.type(`${column}203`, value);
  sheet.insertRowsBefore(5, 3);
  sheet.type('A215', 'Ghi chú của xã dưới danh mục');
  const itemsRead = () => assessWorkbook(readSnapshot(ss)).evidenceList.map((item) => [item.code, item.name, item.issuer, item.indicators, item.row]);
  expect(itemsRead()).toEqual([['H1.01', 'Nghị quyết của Đảng ủy xã', 'Đảng ủy xã', ['TC1.1'], 206]]);

  setup(ss, new Date(2026, 10, 22, 8, 5));

  expect(ss.getRangeByName(NAMES.evidence)?.getA1Notation()).toBe('A3:F206');
  expect(itemsRead()).toEqual([['H1.01', 'Nghị quyết của Đảng ủy xã', 'Đảng ủy xã', ['TC1.1'], 206]]);
  // Nothing below the template's rows is emptied: the item and a note under the list stay where they are.
  expect(sheet.getRange('A206:F206').getValues()).toEqual([['H1.01', 'Nghị quyết của Đảng ủy xã', '', 'Đảng ủy xã', '', 'TC1.1']]);
  expect(sheet.getRange('A215').getValue()).toBe('Ghi chú của xã dưới danh mục');
});

// A list's name may reach further down than the template's (rows people added at its end), never less far.
it('the evidence list’s name cut short (A3:F100) is pointed back at A3:F203; one reaching further down (A3:F250) is kept', () => {
  const ss = new FakeSpreadsheet();
  setup(ss, new Date(2026, 10, 21, 9, 30));
  const list = ss.sheet(SHEETS.evidence);
  const named = () => ss.namedRanges.find((n) => n.name === NAMES.evidence)!;
  named().setRange(list.getRange('A3:F100'));
  setup(ss, new Date(2026, 10, 22, 8, 5));
  expect([named().range.sheet.name, named().range.a1()]).toEqual(['Danh mục minh chứng', 'A3:F203']);
  named().setRange(list.getRange('A3:F250'));
  setup(ss, new Date(2026, 10, 23, 8, 5));
  expect([named().range.sheet.name, named().range.a1()]).toEqual(['Danh mục minh chứng', 'A3:F250']);
});

// Reaching further down is kept only with the template's columns: a name left one column short is pointed back over all six (hunter, session 17).
it('the evidence list’s name one column short (A3:E250) is pointed back over its six columns', () => {
  const ss = new FakeSpreadsheet();
  setup(ss, new Date(2026, 10, 21, 9, 30));
  const named = () => ss.namedRanges.find((n) => n.name === NAMES.evidence)!;
  named().setRange(ss.sheet(SHEETS.evidence).getRange('A3:E250'));
  setup(ss, new Date(2026, 10, 22, 8, 5));
  expect([named().range.sheet.name, named().range.a1()]).toEqual(['Danh mục minh chứng', 'A3:F203']);
});
