/**
 * A switch of ruleset rewrites "Đánh giá" as the new ruleset lays it out, emptying every cell of
 * the old rows up to the results columns (I:J). Found by the newcomer review of issue 14: notes a
 * committee typed in I or J (beside an indicator, or below the table) were emptied and reached no
 * archive, which copied columns A:H only. Every cell the rewrite empties must be in the archive,
 * with its row; the template's own results formula is not a person's and stays out.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup, switchedLines } from './scenarios';

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
  // J7 lies in the results' spill area: in Sheets it blocks the spill, and the formula shows #REF!.
  ss.evaluate = (formula) => (formula.startsWith('=CDHT_RESULTS(') ? '#REF!' : '');
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

describe('TT25 → TT44 with a row the committee inserted and a note right of the table', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const sheet = ss.sheet(SHEETS.assessment);
  sheet.type('K6', 'Cột K riêng TC1.1');
  // Above TC2.2 (row 11): the rows below move down by one.
  sheet.insertRowBefore(11);
  sheet.type('B11', 'Dòng riêng của xã');
  sheet.type('G11', 'Ghi chú dòng riêng');
  sheet.type('J31', 'Ghi chú J31 của xã');
  ss.sheet(SHEETS.info).type('B7', 'TT44');
  const result = setup(ss, LATER);

  // TT44 has no TC1.1 nor TC2.1: what was typed with them leaves the sheet for the archive (before, K6
  // stayed on the row TT44's TC2 now holds); the note below the table stays below the new one.
  it('names what left the sheet with its indicator and what moved below the new table; never says all was kept in place', () => {
    expect(setupMessage(result)).toBe(
      [
        ...switchedLines('TT25', 'TT44', ARCHIVE),
        'Trang "Đánh giá": nội dung nhập thêm ngoài các ô của mẫu đi theo dòng của nó: dòng 31 (dưới bảng) sang dòng 24.',
        `Trang "Đánh giá": ô K6 (của "TC1.1"), dòng 11 (dưới "TC2.1") thuộc chỉ tiêu không có trong bộ tiêu chí TT44 nên không còn trên trang; nội dung đã được chép sang trang "${ARCHIVE}" và sẽ trở lại cùng chỉ tiêu nếu chuyển lại bộ tiêu chí TT25.`,
        'Trang "Số liệu theo đơn vị" không dùng với bộ tiêu chí TT44 nên được để nguyên, số liệu trên trang không bị xoá.',
      ].join('\n'),
    );
  });

  it('the inserted row, the note in K and the note below the table are in the archive, each on its row', () => {
    const rows = ss.sheet(ARCHIVE).values();
    // Columns J and K hold something: the archive has no column for I.
    expect(rows[1].slice(0, 12)).toEqual([...HEADER, 'Cột J', 'Cột K', '', '']);
    expect(rows[6 - 5 + 2][0]).toBe('TC1.1');
    expect(rows[6 - 5 + 2].slice(8, 12)).toEqual(['', 'Cột K riêng TC1.1', '', '']);
    expect(rows[11 - 5 + 2].slice(0, 12)).toEqual(['', 'Dòng riêng của xã', '', '', '', '', 'Ghi chú dòng riêng', '', '', '', '', '']);
    expect(rows[31 - 5 + 2].slice(0, 12)).toEqual(['', '', '', '', '', '', '', '', 'Ghi chú J31 của xã', '', '', '']);
  });

  it('on the sheet: K6 emptied, the inserted row gone, the note below the table five rows under TT44’s last (19) as it was under TT25’s (26)', () => {
    expect(sheet.at('K6').value).toBe('');
    expect(
      sheet
        .values()
        .flat()
        .filter((cell) => cell === 'Dòng riêng của xã' || cell === 'Ghi chú dòng riêng'),
    ).toEqual([]);
    expect([sheet.at('J31').value, sheet.at('J24').value]).toEqual(['', 'Ghi chú J31 của xã']);
  });
});
