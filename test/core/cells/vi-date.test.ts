import { describe, expect, it } from 'vitest';
import { addMonths, dayOf, formatViDate, formatViLongDate, readDate } from '../../../src/core/cells/vi-date';

describe('vi-VN dates', () => {
  it('reads a typed date with spaces around it (a pasted cell often has them)', () => {
    expect(readDate(' 05/03/2026 ')).toEqual(new Date(2026, 2, 5));
  });

  it('dd/mm/yyyy', () => {
    expect(formatViDate(new Date(2026, 2, 5))).toBe('05/03/2026');
    expect(formatViDate(new Date(2025, 11, 31))).toBe('31/12/2025');
  });

  it('documents write "ngày 05 tháng 3 năm 2026": a leading zero for days below 10 and months 1 and 2 only', () => {
    expect(formatViLongDate(new Date(2026, 2, 5))).toBe('ngày 05 tháng 3 năm 2026');
    expect(formatViLongDate(new Date(2026, 0, 15))).toBe('ngày 15 tháng 01 năm 2026');
    expect(formatViLongDate(new Date(2026, 1, 28))).toBe('ngày 28 tháng 02 năm 2026');
    expect(formatViLongDate(new Date(2026, 10, 21))).toBe('ngày 21 tháng 11 năm 2026');
  });

  it('reads Dates, Sheets serial numbers, dd/mm/yyyy and ISO text; rejects impossible dates', () => {
    const march5 = new Date(2026, 2, 5);
    expect(readDate(march5)).toEqual(march5);
    // 46086 days after 30/12/1899 is 05/03/2026.
    expect(readDate(46086)).toEqual(march5);
    expect(readDate('05/03/2026')).toEqual(march5);
    expect(readDate('5-3-2026')).toEqual(march5);
    expect(readDate('2026-03-05')).toEqual(march5);
    expect(readDate('')).toBeNull();
    expect(readDate('31/02/2026')).toBe('invalid');
    expect(readDate('hôm qua')).toBe('invalid');
  });

  it('a two-digit year is no date: "05/03/26" could be 1926 or 2026, so it is refused, never guessed', () => {
    for (const text of ['05/03/26', '5/3/26', '05-03-226', '05.03.20266']) expect(readDate(text)).toBe('invalid');
    expect(readDate('05.03.2026')).toEqual(new Date(2026, 2, 5));
  });

  it('serial numbers start at 1 (31/12/1899): 0, negatives and non-finite numbers are no date', () => {
    expect(readDate(1)).toEqual(new Date(1899, 11, 31));
    expect(readDate(1.75)).toEqual(new Date(1899, 11, 31));
    for (const serial of [0, 0.5, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(readDate(serial)).toBe('invalid');
  });

  it('a tick box (TRUE/FALSE) or an invalid Date is no date, never a crash', () => {
    expect([readDate(true), readDate(false), readDate(new Date(Number.NaN))]).toEqual(['invalid', 'invalid', 'invalid']);
  });

  it('adds months as EDATE does, clamping to the last day of a shorter month', () => {
    expect(addMonths(new Date(2024, 1, 29), 12)).toEqual(new Date(2025, 1, 28));
    expect(addMonths(new Date(2025, 0, 31), 1)).toEqual(new Date(2025, 1, 28));
    expect(addMonths(new Date(2024, 2, 5), 12)).toEqual(new Date(2025, 2, 5));
  });
  it('a date is the whole cell: text before or after it, a 13th month or a year written 0026 is no date', () => {
    for (const text of ['ngày 05/03/2026', 'x2026-03-05', '05/13/2026', '13/13/2026', '05/03/0026', '0026-03-05', '0000-01-01', '00/03/2026'])
      expect([text, readDate(text)]).toEqual([text, 'invalid']);
    expect(readDate('2026-03-05T00:00:00')).toEqual(new Date(2026, 2, 5));
  });

  it('dayOf refuses any day the month lacks, even one that rolls over into the same month of another year', () => {
    expect(dayOf(2026, 1, 366)).toBe('invalid');
    expect(dayOf(2026, 2, 29)).toBe('invalid');
    expect(dayOf(2024, 2, 29)).toEqual(new Date(2024, 1, 29));
    expect(dayOf(2026, 12, 31)).toEqual(new Date(2026, 11, 31));
    expect(dayOf(26, 3, 5)).toBe('invalid');
  });
});
