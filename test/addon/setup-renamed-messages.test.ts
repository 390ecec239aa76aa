/**
 * Set-up's messages on sheets people renamed: each names the sheet as its tab reads now, never the
 * template's name (the refusal for an unknown code, a broken ruleset table, the archive of a switch).
 * Expected texts by hand.
 */
import { describe, expect, it } from 'vitest';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);

function renamed(): FakeSpreadsheet {
  const ss = new FakeSpreadsheet();
  setup(ss);
  ss.renamed(ss.sheet('Đánh giá'), 'ĐG 2025');
  ss.renamed(ss.sheet('Bộ tiêu chí'), 'BTC tỉnh');
  ss.renamed(ss.sheet('Thông tin'), 'TT xã');
  return ss;
}

describe('set-up on renamed sheets names them as they are called now', () => {
  it('a code of no indicator: the refusal names "ĐG 2025"', () => {
    const ss = renamed();
    const sheet = ss.sheet('ĐG 2025');
    sheet.type('A7', 'TC12');
    sheet.type('B7', 'Kế hoạch năm của xã');
    expect(setup(ss, LATER).messages).toEqual([
      'Trang "ĐG 2025", ô A7: "TC12" không phải mã chỉ tiêu nào trong trang "BTC tỉnh" (TT25), nên chưa biết giá trị ở dòng 7 thuộc chỉ tiêu nào. ' +
        'Nếu mã gõ nhầm, hãy sửa lại cho đúng; nếu tỉnh đã đổi mã chỉ tiêu trong trang "BTC tỉnh", hãy ghi mã mới vào ô; nếu chỉ tiêu đã bị bỏ khỏi bảng, hãy ghi lại nó vào bảng hoặc xoá mã ở ô (giá trị trên dòng vẫn còn nhưng không được tính nữa). Sau đó chạy lại.',
      'Chưa thay đổi gì trong bảng tính.',
    ]);
  });

  it('a broken ruleset table: the message names "BTC tỉnh", and the table is kept', () => {
    const ss = renamed();
    ss.sheet('BTC tỉnh').type('D5', 'Kiểu lạ');
    // Row 5 of the table is TC1.2 (header, the ruleset, TC1, TC1.1 above it); "Bộ tiêu chí dòng 5" is the table's own row.
    expect(setup(ss, LATER).messages).toEqual([
      'Bảng ở trang "BTC tỉnh" có lỗi nên được giữ nguyên để sửa: Bộ tiêu chí dòng 5: chỉ tiêu TC1.2: cột Kiểu cần ghi "Đạt/Không đạt", "Mức độ" hoặc "Tỷ lệ".',
    ]);
    expect(ss.sheet('BTC tỉnh').at('D5').value).toBe('Kiểu lạ');
  });

  it('a switch to TT44: the archive is titled with "ĐG 2025", and the messages name it', () => {
    const ss = renamed();
    ss.sheet('ĐG 2025').type('E6', 'Đạt');
    ss.sheet('TT xã').type('B7', 'TT44');
    const archive = 'Lưu trữ TT25 22-11-2026 08.05';
    expect(setup(ss, LATER).messages).toEqual([
      'Đã chuyển sang bộ tiêu chí TT44; dữ liệu và Bộ tiêu chí cũ (TT25) được lưu ở trang lưu trữ.',
      `Dữ liệu cũ của trang "ĐG 2025" được lưu ở trang "${archive}".`,
      'Trang "Số liệu theo đơn vị" không dùng với bộ tiêu chí TT44 nên được để nguyên, số liệu trên trang không bị xoá.',
    ]);
    expect(ss.sheet(archive).at('A1').value).toBe('Dữ liệu trang "ĐG 2025" trước khi thiết lập lại');
    // The results formula, reading "TT xã" by its new name, is the template's: no column of notes for it.
    expect(ss.sheet(archive).values()[1].slice(8)).toEqual(new Array(ss.sheet(archive).values()[1].length - 8).fill(''));
  });
});

/**
 * A sheet of the commune's own named as a template's sheet was before it was renamed: set-up
 * knows its sheets by their tags, so "ĐG 2025" is repaired and the new "Đánh giá" is left as it is
 * (hunter, session 17: a tagged sheet then also looked up by name was replaced by the commune's).
 */
it('a new sheet of the commune’s named "Đánh giá" beside the renamed one is left alone', () => {
  const ss = renamed();
  const theirs = ss.insertSheet('Đánh giá', ss.getSheets().length);
  theirs.getRange('A1:B2').setValues([
    ['Việc cần làm', 'Người làm'],
    ['Họp ban chỉ đạo', 'Ông Nam'],
  ]);
  ss.sheet('ĐG 2025').type('G7', 'Đã họp chi bộ');
  setup(ss, LATER);
  expect(ss.sheet('Đánh giá').values()).toEqual([
    ['Việc cần làm', 'Người làm'],
    ['Họp ban chỉ đạo', 'Ông Nam'],
  ]);
  expect([ss.sheet('ĐG 2025').at('A7').value, ss.sheet('ĐG 2025').at('G7').value]).toEqual(['TC1.2', 'Đã họp chi bộ']);
});
