/**
 * Which rows of "Danh mục minh chứng" the sidebar lists (evidenceRows, src/core/sidebar/state.ts):
 * any row with something typed in any of its six columns, so a row holding only a pasted link, only
 * the cited indicators or only a document number is shown (to be completed) rather than dropped and
 * then written over by the next item added. Each column is tried alone; a date or a number in a
 * cell comes as the sheet shows it. Expected rows typed by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells/values';
import { evidenceRows } from '../../../src/core/sidebar/state';

const HEADER = ['Mã minh chứng', 'Tên minh chứng', 'Số, ngày ban hành', 'Cơ quan ban hành', 'Liên kết', 'Chỉ tiêu liên quan'];
const BLANK = { code: '', name: '', reference: '', issuer: '', link: '', indicators: '' };
const alone = (column: number, cell: Cell): Cell[] => HEADER.map((_, c) => (c === column ? cell : ''));

describe('evidenceRows: a row with one column filled', () => {
  it.each<[string, number, Cell, Partial<typeof BLANK>]>([
    ['the code', 0, 'H1.01', { code: 'H1.01' }],
    ['the name', 1, 'Kế hoạch tuyên truyền', { name: 'Kế hoạch tuyên truyền' }],
    ['the number and date, as a date', 2, new Date(2025, 2, 5), { reference: '05/03/2025' }],
    ['the issuer', 3, 'UBND xã', { issuer: 'UBND xã' }],
    ['the link', 4, 'https://drive.google.com/drive/folders/abc', { link: 'https://drive.google.com/drive/folders/abc' }],
    ['the cited indicators, as a number', 5, 1.1, { indicators: '1.1' }],
  ])('%s alone is listed, at its row', (_, column, cell, fields) => {
    expect(evidenceRows([HEADER, alone(column, ''), alone(column, cell)])).toEqual([{ row: 2, fields: { ...BLANK, ...fields } }]);
  });

  it('a row of spaces, or of blanks, is no item', () => {
    expect(evidenceRows([HEADER, HEADER.map(() => '  '), HEADER.map(() => null)])).toEqual([]);
  });
});
