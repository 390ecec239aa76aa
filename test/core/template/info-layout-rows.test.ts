/**
 * "Thông tin" row by row, from the sheet itself rather than from INFO_LAYOUT (other tests find
 * rows through INFO_LAYOUT, so a layout off by one moved them all in step and passed): the fields
 * from row 4 under the header of row 3, one row each, the last field's row, one blank row, then the
 * members title. Titles typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { infoSheet } from '../../../src/core/template/info-sheet';
import { INFO_LAYOUT } from '../../../src/core/template/layout';
import { INFO_FIELDS } from '../../../src/core/workbook/info';

const columnA = () => infoSheet().cells.map((row) => (row?.[0]?.kind === 'label' ? String(row[0].value) : ''));

describe('"Thông tin": where the fields end and the members begin', () => {
  it('the fields fill rows 4 to 3 + their count, each with its label; INFO_LAYOUT says the same', () => {
    const a = columnA();
    const last = 3 + INFO_FIELDS.length;
    expect(a[3]).toBe(INFO_FIELDS[0].required ? `${INFO_FIELDS[0].label} *` : INFO_FIELDS[0].label);
    expect(a[last - 1].replace(/ \*$/, '')).toBe(INFO_FIELDS[INFO_FIELDS.length - 1].label);
    expect([INFO_LAYOUT.firstField, INFO_LAYOUT.lastField]).toEqual([4, last]);
  });

  it('one blank row under the last field, then the members title and its header', () => {
    const a = columnA();
    const last = 3 + INFO_FIELDS.length;
    expect(a.slice(last, last + 2)).toEqual(['', 'BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP (thành phần cuộc họp xã)']);
    expect([INFO_LAYOUT.membersTitle, INFO_LAYOUT.membersHeader]).toEqual([last + 2, last + 3]);
  });
});
