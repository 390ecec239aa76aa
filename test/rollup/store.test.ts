import { describe, expect, it } from 'vitest';
import { STORE_SHEET, appendRecords, readRecords } from '../../src/rollup/store';
import { runUpdate } from '../../src/rollup/update';
import { rollUp } from '../../src/core/rollup/rollup';
import { rulesetToTable } from '../../src/core/ruleset/table';
import { TT44 } from '../../src/core/ruleset/tt44';
import { NAMES } from '../../src/core/workbook/names';
import { TT44_VALUES, communeWorkbook } from '../fixtures/rollup-communes';
import { fakeId, harness, sheetLink } from './harness';

describe('the store of a province that uses its own ruleset table', () => {
  // A province's own table: TT44's criteria under its own code and name.
  const table = rulesetToTable({ ...TT44, id: 'HN2019', name: 'Bộ tiêu chí của tỉnh' });
  const h = harness();
  const communes = ['Xã Hòa An', 'Xã Bình Minh', 'Xã Cát Tiên'];
  communes.forEach((commune, i) => {
    h.workbook(fakeId(i), { ...communeWorkbook({ commune, year: 2019, rulesetId: 'TT44', values: TT44_VALUES.KHA }), [NAMES.ruleset]: table });
  });
  h.register(communes.map((commune, i) => [commune, 2019, sheetLink(fakeId(i))]));
  const outcome = runUpdate(h.services, 'start');

  it('keeps the ruleset’s summary once, not with every commune, and no link', () => {
    expect(outcome.kind).toBe('done');
    const rows = h.spreadsheet.sheet(STORE_SHEET).values().slice(1);
    expect(rows).toHaveLength(3);
    expect(rows.filter(([, json]) => String(json).includes('"ruleset":'))).toHaveLength(1);
    // Nor the links: the register holds them.
    expect(rows.filter(([, json]) => String(json).includes('docs.google.com'))).toEqual([]);
  });

  it('and the report, built from the store alone, still names the ruleset and its categories', () => {
    const summary = rollUp([...readRecords(h.spreadsheet).values()]);
    expect(summary.rulesets.map((s) => [s.ruleset.id, s.ruleset.name, s.categories])).toEqual([['HN2019', 'Bộ tiêu chí của tỉnh', ['Tốt', 'Khá', 'Trung bình', 'Chưa đạt', 'Không xếp loại']]]);
    expect(summary.rulesets[0].years).toEqual([{ year: 2019, total: 3, counts: [0, 3, 0, 0, 0] }]);
  });
});

describe('the store sheet', () => {
  it('is hidden again by an update after someone showed it', () => {
    const h = harness(0);
    h.workbook(fakeId(1), communeWorkbook({ commune: 'Xã Hòa An', year: 2019, rulesetId: 'TT44', values: TT44_VALUES.KHA }));
    h.register([['Xã Hòa An', 2019, sheetLink(fakeId(1))]]);
    // Shown by a person (Xem → Trang tính bị ẩn) before the update.
    h.spreadsheet.sheet(STORE_SHEET).hidden = false;
    expect(runUpdate(h.services, 'start').kind).toBe('done');
    expect(h.spreadsheet.sheet(STORE_SHEET).hidden).toBe(true);
  });
});

describe('a store longer than a new sheet (1.000 rows)', () => {
  const h = harness(0);
  h.workbook(fakeId(1), communeWorkbook({ commune: 'Xã Hòa An', year: 2019, rulesetId: 'TT44', values: TT44_VALUES.KHA }));
  h.register([['Xã Hòa An', 2019, sheetLink(fakeId(1))]]);
  runUpdate(h.services, 'start');
  const record = [...readRecords(h.spreadsheet).values()][0];

  it('grows the sheet for 1.200 communes, and reads every one back', () => {
    appendRecords(
      h.spreadsheet,
      Array.from({ length: 1200 }, (_, i) => [`xã ${i + 1}`, { ...record, commune: `Xã số ${i + 1}` }] as const),
    );
    const sheet = h.spreadsheet.sheet(STORE_SHEET);
    expect(sheet.getLastRow()).toBe(1202);
    const records = readRecords(h.spreadsheet);
    expect([records.size, records.get('xã 1200')?.commune]).toEqual([1201, 'Xã số 1200']);
  });

  it('skips a row someone emptied or typed a number into, and reads the rest', () => {
    const sheet = h.spreadsheet.sheet(STORE_SHEET);
    sheet.type('B3', '');
    sheet.type('A4', 2019);
    const records = readRecords(h.spreadsheet);
    expect(records.size).toBe(1199);
    expect([records.has('xã 1'), records.has('xã 2'), records.get('xã 3')?.commune]).toEqual([false, false, 'Xã số 3']);
  });
});

describe('a store row whose record was edited by hand', () => {
  it('is skipped (the rows after it still read), and the next update reads that workbook again', () => {
    const h = harness(0);
    h.workbook(fakeId(1), communeWorkbook({ commune: 'Xã Hòa An', year: 2019, rulesetId: 'TT44', values: TT44_VALUES.KHA }));
    h.workbook(fakeId(2), communeWorkbook({ commune: 'Xã Bình Minh', year: 2019, rulesetId: 'TT44', values: TT44_VALUES.KHA }));
    h.register([
      ['Xã Hòa An', 2019, sheetLink(fakeId(1))],
      ['Xã Bình Minh', 2019, sheetLink(fakeId(2))],
    ]);
    expect(runUpdate(h.services, 'start').kind).toBe('done');
    expect(h.api.asked).toEqual([fakeId(1), fakeId(2)]);
    const sheet = h.spreadsheet.sheet(STORE_SHEET);
    // Row 2 holds Hòa An's record: someone cut its JSON short.
    sheet.type('B2', '{"row": 2, "commune": "Xã Hòa');
    expect([...readRecords(h.spreadsheet).values()].map((r) => r.commune)).toEqual(['Xã Bình Minh']);
    expect(runUpdate(h.services, 'start').kind).toBe('done');
    expect(h.api.asked).toEqual([fakeId(1), fakeId(2), fakeId(1)]);
  });
});

describe('the smallest stores', () => {
  it('none yet: no records, and appending none makes no sheet', () => {
    const h = harness(0);
    expect(readRecords(h.spreadsheet).size).toBe(0);
    appendRecords(h.spreadsheet, []);
    expect(h.spreadsheet.getSheetByName(STORE_SHEET)).toBeNull();
  });

  it('a store of one record (its header and row 2) reads that record back', () => {
    const h = harness(0);
    h.workbook(fakeId(1), communeWorkbook({ commune: 'Xã Hòa An', year: 2019, rulesetId: 'TT44', values: TT44_VALUES.KHA }));
    h.register([['Xã Hòa An', 2019, sheetLink(fakeId(1))]]);
    expect(runUpdate(h.services, 'start').kind).toBe('done');
    expect(h.spreadsheet.sheet(STORE_SHEET).getLastRow()).toBe(2);
    expect([...readRecords(h.spreadsheet).values()].map((r) => [r.row, r.commune, r.rating])).toEqual([[2, 'Xã Hòa An', 'Khá']]);
  });
});
