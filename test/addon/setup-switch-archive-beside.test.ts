/**
 * A switch of ruleset rewrites "Đánh giá" as the new ruleset lays it out, emptying every cell of
 * the old rows up to the results columns (I:J). Found by the newcomer review of issue 14: notes a
 * committee typed in I or J (beside an indicator, or below the table) were emptied and reached no
 * archive, which copied columns A:H only. Every cell the rewrite empties must be in the archive,
 * with its row; the template's own results formula is not a person's and stays out.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);
const ARCHIVE = 'Lưu trữ TT25 22-11-2026 08.05';
const HEADER = ['Mã', 'Nội dung', 'Yêu cầu Mức độ 1', 'Yêu cầu Mức độ 2', 'Giá trị', 'Minh chứng', 'Ghi chú', 'Phụ trách'];

describe('TT25 → TT44 with notes in the results columns', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const sheet = ss.sheet(SHEETS.assessment);
  sheet.type('E7', 'Đạt');
  sheet.type('J7', 'Ghi chú J7 của xã');
  sheet.type('I27', 'Ghi chú I27 của xã');
  sheet.type('J30', 'Ghi chú J30 của xã');
  ss.sheet(SHEETS.info).type('B7', 'TT44');
  const result = setup(ss, LATER);
  const rows = ss.sheet(ARCHIVE).values();

  it('the archive has a column for each of I and J, after the block’s', () => {
    expect(result.archive).toBe(ARCHIVE);
    expect(rows[1].slice(0, 10)).toEqual([...HEADER, 'Cột I', 'Cột J']);
  });

  it('each note is on the archived row it was typed beside (rows 5… of the sheet from row 3 of the archive)', () => {
    const row = (sheetRow: number) => rows[sheetRow - 5 + 2].slice(0, 10);
    expect(row(7)).toEqual([
      'TC1.2',
      'Xây dựng chương trình, kế hoạch thực hiện công tác xây dựng xã hội học tập hằng năm và tổ chức triển khai, thực hiện đầy đủ các chương trình, kế hoạch',
      'Đạt',
      'Đạt',
      'Đạt',
      '',
      '',
      '',
      '',
      'Ghi chú J7 của xã',
    ]);
    expect(row(27)).toEqual(['', '', '', '', '', '', '', '', 'Ghi chú I27 của xã', '']);
    expect(row(30)).toEqual(['', '', '', '', '', '', '', '', '', 'Ghi chú J30 của xã']);
  });

  it('the results formula of row 5 is not archived as a person’s', () => {
    expect(rows[2].slice(8, 10)).toEqual(['', '']);
  });

  it('the old table follows after a blank row, as before', () => {
    expect(rows.findIndex((r) => r[0] === 'Bộ tiêu chí cũ')).toBe(2 + 26 + 1);
  });
});
