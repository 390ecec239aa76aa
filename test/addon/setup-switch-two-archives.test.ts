/**
 * A switch brings values back from two archives (blind sample 12-edge, P30): TT44's TC1 from the
 * newer one, TC2 from the older one, whose table starts with a row of notes people inserted atop
 * it. Each archive is read on its own: that row follows no indicator in its archive, so it comes
 * back with none. Before (the mutant), the newer archive's last indicator (TC1) was still "the
 * row above" when the older one was read, and took the note row along as its own.
 *
 * The archives are made by hand as set-up writes them (a title row, then the header from "Mã");
 * expected rows typed by hand from TT44's order (TC1, TC2, TC3 … on rows 5, 6, 7 …).
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

const HEADER = ['Mã', 'Nội dung', 'Yêu cầu Mức độ 1', 'Yêu cầu Mức độ 2', 'Giá trị', 'Minh chứng', 'Ghi chú', 'Phụ trách'];
const NOTE_ROW = ['', '', '', '', '', '', 'ghi chú đầu bảng lưu trữ cũ', ''];

describe('TT25 → TT44 with TT44 values in two archives, a note row atop the older one', () => {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const older = ss.insertSheet('Lưu trữ cũ', ss.sheets.length);
  older.getRange(1, 1, 4, 8).setValues([['Lưu trữ cũ', '', '', '', '', '', '', ''], HEADER, NOTE_ROW, ['TC2', 'Hoạt động của ban chỉ đạo', '', '', 7, '', '', '']]);
  const newer = ss.insertSheet('Lưu trữ mới', ss.sheets.length);
  newer.getRange(1, 1, 3, 8).setValues([['Lưu trữ mới', '', '', '', '', '', '', ''], HEADER, ['TC1', 'Sự lãnh đạo, chỉ đạo', '', '', 9, '', '', '']]);
  ss.sheet(SHEETS.info).type('B7', 'TT44');
  const message = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
  const sheet = ss.sheet(SHEETS.assessment);

  it('TC1 comes back from the newer archive and TC2 from the older, on consecutive rows, the note row with neither', () => {
    expect(
      sheet
        .values()
        .slice(4, 7)
        .map((row) => [row[0], row[4], row[6]]),
    ).toEqual([
      ['TC1', 9, ''],
      ['TC2', 7, ''],
      ['TC3', '', ''],
    ]);
    expect(sheet.at('I5').formula).toBe("=CDHT_RESULTS(A5:A19;E5:E19;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)");
    expect(message).not.toContain('được lấy lại từ trang lưu trữ');
  });

  it('the older archive keeps its note row', () => {
    expect(older.values()[2]).toEqual(NOTE_ROW);
  });
});
