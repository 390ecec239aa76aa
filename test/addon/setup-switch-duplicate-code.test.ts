/**
 * A breaker's finding (session 19): on "Đánh giá" of a filled TT25 workbook, "TC1.3" typed over A6
 * (TC1.1's code; its row holds "Đạt"). A repair refuses: the code is on two rows, and which row is
 * TC1.3's is the commune's to say. A switch TT25 → TT44 → TT25 went ahead: it matched the sheet
 * against TT44's layout only, where "TC1.3" is no code, so the duplicate was never seen; the archive
 * held two "TC1.3" rows, and back under TT25 TC1.1 came back empty and its "Đạt" was on no row of
 * "Đánh giá". A switch now refuses as a repair does, before it changes anything: a code the commune
 * typed is the row's key (its wording identifies a row only when the key cell holds no code), so a
 * second row under the same code is not guessed at. Expected cells and lines typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import type { FakeSpreadsheet } from '../fakes/spreadsheet';
import { filledWorkbook, setUpUnder, setup } from './scenarios';

const REFUSED = ['Trang "Đánh giá": dòng "TC1.3" có ở 2 chỗ (dòng 6, 8). Hãy xoá hoặc sửa dòng thừa rồi chạy lại.', 'Chưa thay đổi gì trong bảng tính.'].join('\n');

/** Every sheet's name and cells, formulas as their text. */
const everything = (ss: FakeSpreadsheet) => ss.getSheets().map((sheet) => [sheet.getName(), ss.sheet(sheet.getName()).values()]);

function typedOverWithAnotherCode() {
  const { ss } = filledWorkbook('TT25');
  const sheet = ss.sheet(SHEETS.assessment);
  sheet.type('E6', 'Đạt');
  expect(['A6', 'B6', 'E6', 'A8', 'E8'].map((a1) => sheet.at(a1).value)).toEqual([
    'TC1.1',
    'Thực hiện công tác tuyên truyền nâng cao nhận thức cho cộng đồng về học tập suốt đời, xây dựng xã hội học tập',
    'Đạt',
    'TC1.3',
    'Không đạt',
  ]);
  sheet.type('A6', 'TC1.3');
  return { ss, sheet };
}

describe('"TC1.3" typed over TC1.1’s code (A6), then a switch', () => {
  it('a repair refuses and names both rows (as before)', () => {
    const { ss } = typedOverWithAnotherCode();
    expect(setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)))).toBe(REFUSED);
  });

  it('TT25 → TT44 refuses as a repair does and changes nothing', () => {
    const { ss } = typedOverWithAnotherCode();
    ss.sheet(SHEETS.info).type('B7', 'TT44');
    const before = everything(ss);
    const result = setup(ss, new Date(2026, 10, 22, 8, 5));
    expect(setupMessage(result)).toBe(REFUSED);
    expect(result.refused).toBe(true);
    expect(everything(ss)).toEqual(before);
  });

  it('once the commune writes TC1.1 back, TT25 → TT44 → TT25 gives TC1.1 its "Đạt" and TC1.3 its "Không đạt"', () => {
    const { ss, sheet } = typedOverWithAnotherCode();
    ss.sheet(SHEETS.info).type('B7', 'TT44');
    setup(ss, new Date(2026, 10, 22, 8, 5));
    sheet.type('A6', 'TC1.1');
    setup(ss, new Date(2026, 10, 22, 8, 6));
    expect(sheet.at('A6').value).not.toBe('TC1.1');
    ss.sheet(SHEETS.info).type('B7', 'TT25');
    setup(ss, new Date(2026, 10, 22, 8, 7));
    expect(['A6', 'E6', 'A8', 'E8'].map((a1) => sheet.at(a1).value)).toEqual(['TC1.1', 'Đạt', 'TC1.3', 'Không đạt']);
  });
});

// The other way, the same mechanism: a TT44 code typed over another TT44 row is no TT25 key either.
describe('"TC1" typed over TC2’s code on a TT44 sheet (A6), then TT44 → TT25', () => {
  it('refuses as a repair does and changes nothing', () => {
    const ss = setUpUnder('TT44');
    const sheet = ss.sheet(SHEETS.assessment);
    expect(['A5', 'A6'].map((a1) => sheet.at(a1).value)).toEqual(['TC1', 'TC2']);
    sheet.type('E5', 8);
    sheet.type('E6', 9);
    sheet.type('A6', 'TC1');
    ss.sheet(SHEETS.info).type('B7', 'TT25');
    const before = everything(ss);
    expect(setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)))).toBe(
      ['Trang "Đánh giá": dòng "TC1" có ở 2 chỗ (dòng 5, 6). Hãy xoá hoặc sửa dòng thừa rồi chạy lại.', 'Chưa thay đổi gì trong bảng tính.'].join('\n'),
    );
    expect(everything(ss)).toEqual(before);
  });
});
