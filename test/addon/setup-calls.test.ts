/**
 * How many Spreadsheet service calls "Thiết lập / sửa mẫu" makes (each method call on the fake is
 * one; builders are not counted: they run locally). The figures and their breakdown are printed by
 * `npm run bench`; here each batching choice is pinned down by what it saves.
 */
import { describe, expect, it } from 'vitest';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { SHEET_TAG, SHEETS, sheetTagKey } from '../../src/core/template/layout';
import { NAMES } from '../../src/core/workbook/names';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

const NOW = new Date(2026, 10, 21, 9, 30);
const setup = (ss: FakeSpreadsheet, now = NOW) => setupWorkbook(ss, fakeFactories(ss.log), now);
const TEMPLATE_SHEETS = Object.keys(SHEETS).length;
/** Calls of exactly this method, optionally on one sheet (CallLog.count matches a prefix). */
const exactly = (ss: FakeSpreadsheet, method: string, sheet?: string) => ss.log.calls.filter((c, i) => c === method && (sheet === undefined || ss.log.sheets[i] === sheet)).length;

function repaired(): FakeSpreadsheet {
  const ss = new FakeSpreadsheet();
  setup(ss);
  ss.log.reset();
  setup(ss, new Date(2026, 10, 22));
  return ss;
}

describe('first set-up', () => {
  it('makes exactly its measured 125 calls, so that one call more is seen (the goal of 40 is out of reach: see the README)', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    // 109 before the sheet of counts per unit ("Số liệu theo đơn vị", 17 calls); 126 before widths were painted with overlaps.
    expect(ss.log.calls.length).toBe(125);
  });

  it('gives "Đánh giá" its four different widths in three calls (150 painted once under columns C–H), each column the width its spec asks', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    expect(exactly(ss, 'Sheet.setColumnWidths', SHEETS.assessment)).toBe(3);
    const widths = ss.sheet(SHEETS.assessment).widths;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => widths.get(c) ?? 0)).toEqual([0, 420, 150, 150, 150, 150, 320, 150]);
  });

  it('reads the formulas back through the ranges it wrote: one getValues per sheet with formulas, no further getRange', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const afterWrites = ss.log.calls.slice(ss.log.calls.lastIndexOf('Spreadsheet.setNamedRange') + 1);
    expect(afterWrites).toEqual(['Range.getValues', 'Range.getValues', 'Range.getValues', 'Range.getValues']);
  });
});

describe('repair', () => {
  it('makes exactly its measured 133 calls, so that one call more is seen (a mutant only costing a call passed an upper bound)', () => {
    // 153 when each tag's value was read too (8 getValue), every sheet with formulas was read back (4)
    // and every sheet's values were written again (8 setValues).
    expect(repaired().log.calls.length).toBe(133);
  });

  it('writes no values where the sheet already holds exactly them', () => {
    expect(repaired().log.count('Range.setValues')).toBe(0);
  });

  it("writes a sheet's values again when one differs, and only that sheet's", () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const guide = ss.sheet(SHEETS.guide);
    const title = guide.at('A1').value;
    guide.type('A1', 'tiêu đề bị gõ đè');
    ss.log.reset();
    setup(ss, new Date(2026, 10, 22));
    // The template's lines, then the typed-over title carried below them (a guide line typed over is kept).
    expect(ss.log.sheets.filter((_, i) => ss.log.calls[i] === 'Range.setValues')).toEqual([SHEETS.guide, SHEETS.guide]);
    expect([guide.at('A1').value, guide.at('A23').value]).toEqual([title, 'tiêu đề bị gõ đè']);
  });

  // No source says how Sheets gives back a sheet name in a formula (test/fakes/user-entered.ts):
  // repair must take the same formula in either form, bare or quoted, and rewrite nothing.
  it.each([
    ['fewest', 'DanhGia', 'DanhGia!'],
    ['fewest', 'ĐánhGiá', 'ĐánhGiá!'],
    ['fewest', 'Đánh giá 2025', "'Đánh giá 2025'!"],
    ['all', 'DanhGia', "'DanhGia'!"],
    ['all', 'ĐánhGiá', "'ĐánhGiá'!"],
  ] as const)('writes no values and reads no formulas back after a rename, sheet names given back with %s quotes (%s → %s)', (quoting, name, reference) => {
    const ss = new FakeSpreadsheet();
    ss.quoting = quoting;
    setup(ss);
    ss.sheet(SHEETS.assessment).setName(name);
    setup(ss, new Date(2026, 10, 22));
    const formulas = ss
      .sheet(SHEETS.results)
      .values()
      .flat()
      .map(String)
      .filter((c) => c.startsWith('='));
    expect(formulas.filter((f) => f.includes(name)).every((f) => f.includes(reference))).toBe(true);
    expect(formulas.some((f) => f.includes(reference))).toBe(true);
    ss.log.reset();
    setup(ss, new Date(2026, 10, 23));
    expect(ss.log.count('Range.setValues')).toBe(0);
    // Formulas are read back only where one was written (as a plain repair: none).
    expect(ss.log.count('Range.getValues')).toBe(repaired().log.count('Range.getValues'));
  });

  it("finds the sheets by each sheet's own metadata: one read per sheet, no spreadsheet-wide finder", () => {
    const ss = repaired();
    expect(ss.log.count('DeveloperMetadataFinder')).toBe(0);
    expect(ss.log.count('DeveloperMetadata.getLocation')).toBe(0);
    expect(ss.log.count('Sheet.getDeveloperMetadata')).toBe(ss.sheets.length);
  });

  it("reads each template sheet's content with one getDataRange, not getLastRow + getLastColumn + getRange", () => {
    const ss = repaired();
    expect(ss.log.count('Sheet.getLastRow') + ss.log.count('Sheet.getLastColumn')).toBe(0);
    expect(ss.log.count('Sheet.getDataRange')).toBe(TEMPLATE_SHEETS);
  });

  it('writes a sheet through the range its content was read from when that range is exactly the area', () => {
    const ss = repaired();
    expect(exactly(ss, 'Sheet.getDataRange', SHEETS.info)).toBe(1);
    expect(exactly(ss, 'Sheet.getRange', SHEETS.info)).toBe(0);
    expect(exactly(ss, 'Range.setFontWeights', SHEETS.info)).toBe(1);
  });

  it('recognises named ranges already in place by name, without listing every named range', () => {
    const ss = repaired();
    expect(ss.log.count('Spreadsheet.getNamedRanges')).toBe(0);
    expect(ss.log.count('NamedRange.')).toBe(0);
    expect(ss.log.count('Spreadsheet.getRangeByName')).toBe(4);
  });

  it('re-points a named range someone moved elsewhere', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const indicators = ss.getNamedRanges().find((n) => n.name === NAMES.indicators)!;
    const before = indicators.getRange().getA1Notation();
    indicators.setRange(ss.sheet(SHEETS.results).getRange('A1:B2'));
    setup(ss, new Date(2026, 10, 22));
    const range = ss.getRangeByName(NAMES.indicators)!;
    expect([range.getSheet().getName(), range.getA1Notation()]).toEqual([SHEETS.assessment, before]);
  });

  it('reads one kind of protection on each protected sheet: the kind its spec wants, where it finds it', () => {
    const ss = repaired();
    const protectedSheets = ss.sheets.filter((sheet) => sheet.protections.length > 0).length;
    expect(protectedSheets).toBe(5);
    expect(ss.log.count('Sheet.getProtections')).toBe(protectedSheets);
  });

  it('still replaces a protection of the other kind that an older template made with the same description', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const assessment = ss.sheet(SHEETS.assessment);
    const [range] = assessment.protections;
    range.remove();
    assessment.protect().setDescription(range.description).setWarningOnly(true);
    setup(ss, new Date(2026, 10, 22));
    expect(assessment.protections.map((p) => [p.type, p.range.a1(), p.description])).toEqual([['RANGE', 'I5:J25', range.description]]);
  });

  it("reads each sheet's tag by its key alone, the role being in the key: no getValue", () => {
    const ss = repaired();
    expect(ss.log.count('DeveloperMetadata.getValue')).toBe(0);
    expect(ss.log.count('DeveloperMetadata.getKey')).toBe(TEMPLATE_SHEETS);
    expect(ss.metadata.filter((m) => m.locationType === 'SHEET').map((m) => [m.key, m.value])).toContainEqual([sheetTagKey('info'), null]);
  });

  it('still finds a renamed sheet by the tag an older version wrote (key cdht.sheet, the role as value), and adds no second tag', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const info = ss.sheet(SHEETS.info);
    for (const m of ss.metadata.filter((m) => m.sheet === info)) m.remove();
    info.addDeveloperMetadata(SHEET_TAG, 'info');
    info.setName('Thông tin xã');
    const result = setup(ss, new Date(2026, 10, 22));
    expect(result.created).toEqual([]);
    expect(result.updated).toContain('Thông tin xã');
    expect(ss.metadata.filter((m) => m.sheet === info).map((m) => [m.key, m.value])).toEqual([[SHEET_TAG, 'info']]);
  });

  it('a copied sheet carries the tag along: set-up names both and changes nothing', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const copy = ss.insertSheet('Thông tin (bản sao)', ss.sheets.length);
    copy.addDeveloperMetadata(sheetTagKey('info'));
    ss.sheet(SHEETS.info).setName('Thông tin xã');
    const before = ss.state();
    const result = setup(ss, new Date(2026, 10, 22));
    expect(result.refused).toBe(true);
    expect(result.messages[0]).toBe(
      'Có 2 trang cùng là trang "Thông tin" của mẫu ("Thông tin xã", "Thông tin (bản sao)"): hãy xoá bản sao, hoặc đặt lại tên "Thông tin" cho trang đang dùng, rồi chạy lại.',
    );
    expect(ss.state()).toEqual(before);
  });

  // The copy carries the tag, so renaming the copy (the old advice) changes nothing; the sheet in use named as the template's is the one taken.
  it('following the advice works: the sheet in use given the template name is taken, the copy left alone', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const copy = ss.insertSheet('Thông tin (bản sao)', ss.sheets.length);
    copy.addDeveloperMetadata(sheetTagKey('info'));
    const info = ss.sheet(SHEETS.info);
    info.setName('Thông tin xã');
    copy.setName('Bản sao cũ');
    expect(setup(ss, new Date(2026, 10, 22)).refused).toBe(true);
    info.setName(SHEETS.info);
    const result = setup(ss, new Date(2026, 10, 22));
    expect(result.refused).toBeFalsy();
    expect(ss.sheets.map((s) => s.getName())).toContain('Bản sao cũ');
  });
});
