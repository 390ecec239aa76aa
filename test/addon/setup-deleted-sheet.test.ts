/**
 * A sheet of the template deleted by a person: "Thiết lập / sửa mẫu" must re-create it and point
 * the named ranges at it again, never fail (a named range whose sheet is gone cannot give its
 * range: #REF! in Sheets, "Range not found" from Apps Script). Found by a newcomer's review.
 */
import { describe, expect, it } from 'vitest';
import { NAMES } from '../../src/core/workbook/names';
import { SHEETS } from '../../src/core/template/layout';
import { filledWorkbook, setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);

describe('repair after a sheet was deleted', () => {
  it.each([SHEETS.ruleset, SHEETS.assessment, SHEETS.pcgd])('re-creates "%s" and its named ranges, twice without an error', (name) => {
    const { ss } = filledWorkbook();
    ss.deleteSheet(ss.sheet(name));
    expect(() => setup(ss, LATER)).not.toThrow();
    expect(() => setup(ss, LATER)).not.toThrow();
    expect(ss.getSheets().map((s) => s.getName())).toContain(name);
    for (const rangeName of Object.values(NAMES)) expect(ss.getRangeByName(rangeName)).not.toBeNull();
  });

  it('keeps every value of the other sheets', () => {
    const { ss } = filledWorkbook();
    const info = ss.sheet(SHEETS.info).values();
    ss.deleteSheet(ss.sheet(SHEETS.ruleset));
    setup(ss, LATER);
    expect(ss.sheet(SHEETS.info).values()).toEqual(info);
  });

  it('a named range whose rows were all deleted, which throws when asked for its range (Sheets shows #REF!), is pointed at the rows re-created', () => {
    const { ss } = filledWorkbook();
    // The whole table selected and deleted: the title rows stay, CDHT_CHI_TIEU (A4:H25) has no cell left.
    ss.sheet(SHEETS.assessment).deleteRows(4, 22);
    const { getRangeByName } = ss;
    // Stricter than the fake's null: the "Range not found" the header comment quotes from Apps Script.
    ss.getRangeByName = (name: string) => {
      const range = getRangeByName.call(ss, name);
      if (range === null && ss.namedRanges.some((n) => n.name === name)) throw new Error('Range not found');
      return range;
    };
    setup(ss, LATER);
    const range = getRangeByName.call(ss, NAMES.indicators);
    expect([range?.getSheet().getName(), range?.getA1Notation()]).toEqual([SHEETS.assessment, 'A4:H25']);
  });

  it('the evidence list deleted with the links column: the message names the re-created column and its empty cells, and claims no list', () => {
    const { ss } = filledWorkbook();
    ss.deleteSheet(ss.sheet(SHEETS.evidence));
    ss.sheet(SHEETS.assessment).deleteColumns(6, 1);
    expect(setup(ss, LATER).messages).toEqual([
      'Trang "Đánh giá": cột "Minh chứng (liên kết)" bị thiếu (có thể đã bị xoá) nên đã được tạo lại, trống, ở cột F. Những gì đã nhập ở các ô F5:F25 (nếu có) đã mất cùng cột cũ; có thể xem và chép lại từ Tệp → Nhật ký phiên bản → Xem nhật ký phiên bản, ở phiên bản trước khi cột bị xoá.',
    ]);
  });
});
