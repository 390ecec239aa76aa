/**
 * Register rows read into entries (src/core/rollup/register.ts), each entry whole, each reason in
 * full as the per-commune sheet shows it; typed by hand from the README's register section.
 */
import { describe, expect, it } from 'vitest';
import { parseRegister, spreadsheetIdFromLink } from '../../src/core/rollup/register';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd';
const LINK = `https://docs.google.com/spreadsheets/d/${ID}/edit`;

describe('register rows as entries, whole', () => {
  it('a header in other case, a workbook row with a typed result and a mark, a typed row, bad rows', () => {
    const entries = parseRegister([
      ['TÊN XÃ', 'năm', 'Liên kết', '', '', ''],
      [' Xã Hòa An ', 2025, ` ${LINK} `, 'Mức độ 2', 'ghi chú', 'Đọc lại'],
      ['Xã Bình Minh', '2019', '', ' khá ', '', true],
      ['Xã Cát Tiên', new Date(2025, 0, 1), LINK],
      ['Xã Đông Sơn', 2025, '', 'Xuất sắc'],
      ['Xã Eo Gió', 2025, '', 5],
    ]);
    const manualChoices = '"Mức độ 2", "Mức độ 1", "Chưa đạt", "Tốt", "Khá", "Trung bình" hoặc "Không xếp loại"';
    expect(entries).toEqual([
      { row: 2, commune: 'Xã Hòa An', year: 2025, link: LINK, source: { kind: 'workbook', spreadsheetId: ID }, notes: ['Có cả kết quả nhập tay: dùng kết quả đọc từ bảng tính.'], reread: true },
      { row: 3, commune: 'Xã Bình Minh', year: 2019, link: '', source: { kind: 'manual', rulesetId: 'TT44', rating: 'Khá' }, notes: [], reread: true },
      {
        row: 4,
        commune: 'Xã Cát Tiên',
        year: 0,
        link: LINK,
        source: { kind: 'invalid', reason: 'Ô Năm đang là ngày tháng (01/01/2025): cần ghi một năm, ví dụ 2025; nếu ô được định dạng ngày tháng, hãy đổi sang định dạng số.' },
        notes: [],
        reread: false,
      },
      { row: 5, commune: 'Xã Đông Sơn', year: 2025, link: '', source: { kind: 'invalid', reason: `Kết quả nhập tay "Xuất sắc" không hợp lệ: dùng ${manualChoices}.` }, notes: [], reread: false },
      { row: 6, commune: 'Xã Eo Gió', year: 2025, link: '', source: { kind: 'invalid', reason: `Kết quả nhập tay "5" không hợp lệ: dùng ${manualChoices}.` }, notes: [], reread: false },
    ]);
  });
});

describe('how long an id must be', () => {
  it('a bare id from 25 characters (Google makes 44), in a link from 20', () => {
    const id = (n: number) => 'A'.repeat(n);
    expect([24, 25].map((n) => spreadsheetIdFromLink(id(n)))).toEqual([null, id(25)]);
    expect([19, 20].map((n) => spreadsheetIdFromLink(`https://docs.google.com/spreadsheets/d/${id(n)}/edit`))).toEqual([null, id(20)]);
    expect([19, 20].map((n) => spreadsheetIdFromLink(`https://drive.google.com/open?id=${id(n)}`))).toEqual([null, id(20)]);
  });
});
