/**
 * The header's body lines for a table of real bodies' names (issue 13, lead's follow-up): a name
 * too long for its column breaks between its fields, before "VÀ" as the ministries' own headers
 * do ("BỘ NÔNG NGHIỆP / VÀ PHÁT TRIỂN NÔNG THÔN"), never inside a field, never beside a dash,
 * never after "VÀ", never leaving a word alone where a better break fits; a name that cannot be
 * set so in the usual column (0,38 of the width) gets the wider one, with the Quốc hiệu at 12 pt
 * and the Tiêu ngữ at 13 pt (Nghị định 30/2020, Phụ lục I: 12–13 and 13–14 pt). The parent body's
 * line, upright, is measured in the regular weight and never set larger than the body's lines under
 * it (12 pt over a body at 12: session 9's brief, the roll-up printed 13 over 12). Expected lines
 * typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { lower } from '../../src/core/documents/layout';
import type { HeaderBlock } from '../../src/core/documents/model';
import { tableLines } from './block-lines';

const nb = (text: string) => text.replace(/ /g, '\u00a0');
const NATION = '{C13 b sa0 ls1: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / C14 b sa0 ls1: Độc lập - Tự do - Hạnh phúc / rule 59mm@14}';
const NATION_SMALL = '{C12 b sa0 ls1: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / C13 b sa0 ls1: Độc lập - Tự do - Hạnh phúc / rule 55mm@13}';
const USUAL = 'TABLE 0.38,0.62 cell=C14 sa0 ls1';
const WIDE = 'TABLE 0.43,0.57 cell=C14 sa0 ls1';

/** The header's table head and first row: its shares, then "parent lines / body lines | Quốc hiệu". */
function headerOf(parentBody: string | undefined, issuingBody: string[]): string[] {
  const header: HeaderBlock = { kind: 'header', parentBody, issuingBody, number: null, placeDate: 'Đắk Lắk, ngày 01 tháng 12 năm 2025' };
  const [table] = lower([header]);
  if (table.kind !== 'table') throw new Error('the header is a table');
  return tableLines(table).slice(0, 2);
}

/** A parent line (13 or 12 pt, not bold), the body's lines (bold), the rule under them. */
/** `wide`: a line wider than its column even so, kept with ordinary spaces (joined, it could only break inside a word). */
const left = (lines: Array<[number, string, boolean?, 'wide'?]>) =>
  `{${[...lines.map(([size, text, bold, wide]) => `C${size}${bold ? ' b' : ''} sa0 ls1: ${wide ? text : nb(text)}`), 'rule 22mm@13'].join(' / ')}}`;

describe('header lines of real bodies', () => {
  it('breaks each name between its fields, in the usual column where that sets it well, else in the wider one', () => {
    const table: Array<[string | undefined, string[], string[]]> = [
      // The lead's case: not "PHÒNG / GIÁO DỤC VÀ ĐÀO TẠO".
      [
        'UBND HUYỆN KRÔNG BÔNG',
        ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO'],
        [
          USUAL,
          `  [] ${left([
            [12, 'UBND HUYỆN KRÔNG BÔNG'],
            [13, 'PHÒNG GIÁO DỤC', true],
            [13, 'VÀ ĐÀO TẠO', true],
          ])} | ${NATION}`,
        ],
      ],
      // The lead's case: not "SỞ LAO ĐỘNG - / THƯƠNG BINH"; "SỞ LAO ĐỘNG - THƯƠNG BINH" (about 63 mm at 12 pt) needs the wider column.
      [
        'UBND TỈNH ĐẮK LẮK',
        ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
        [
          WIDE,
          `  [] ${left([
            [12, 'UBND TỈNH ĐẮK LẮK'],
            [12, 'SỞ LAO ĐỘNG - THƯƠNG BINH', true],
            [12, 'VÀ XÃ HỘI', true],
          ])} | ${NATION_SMALL}`,
        ],
      ],
      // Fits whole at 12 pt in the usual column.
      [
        'UBND TỈNH ĐẮK LẮK',
        ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'],
        [
          USUAL,
          `  [] ${left([
            // Never 13 pt over the 12 pt body (the roll-up's report header, newcomer review of issue 13).
            [12, 'UBND TỈNH ĐẮK LẮK'],
            [12, 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', true],
          ])} | ${NATION}`,
        ],
      ],
      [
        'UBND TỈNH ĐẮK LẮK',
        ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'],
        [
          USUAL,
          `  [] ${left([
            [13, 'UBND TỈNH ĐẮK LẮK'],
            [13, 'SỞ VĂN HÓA, THỂ THAO', true],
            [13, 'VÀ DU LỊCH', true],
          ])} | ${NATION}`,
        ],
      ],
      // Never "SỞ NÔNG NGHIỆP VÀ / PHÁT TRIỂN": "VÀ PHÁT TRIỂN NÔNG THÔN" takes the wider column.
      [
        'UBND TỈNH ĐẮK LẮK',
        ['SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN'],
        [
          WIDE,
          `  [] ${left([
            [13, 'UBND TỈNH ĐẮK LẮK'],
            [13, 'SỞ NÔNG NGHIỆP', true],
            [13, 'VÀ PHÁT TRIỂN NÔNG THÔN', true],
          ])} | ${NATION_SMALL}`,
        ],
      ],
      [
        'UBND TỈNH ĐẮK LẮK',
        ['SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG'],
        [
          USUAL,
          `  [] ${left([
            [13, 'UBND TỈNH ĐẮK LẮK'],
            [13, 'SỞ TÀI NGUYÊN', true],
            [13, 'VÀ MÔI TRƯỜNG', true],
          ])} | ${NATION}`,
        ],
      ],
      // Too long even in the wider column: the kind of body alone rather than "PHÒNG LAO / ĐỘNG".
      [
        'UBND HUYỆN KRÔNG BÔNG',
        ['PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
        [
          USUAL,
          `  [] ${left([
            [12, 'UBND HUYỆN KRÔNG BÔNG'],
            [12, 'PHÒNG', true],
            [12, 'LAO ĐỘNG - THƯƠNG BINH', true],
            [12, 'VÀ XÃ HỘI', true],
          ])} | ${NATION}`,
        ],
      ],
      [
        'UBND XÃ HÒA AN',
        ['PHÒNG VĂN HÓA - XÃ HỘI'],
        [
          USUAL,
          `  [] ${left([
            [12, 'UBND XÃ HÒA AN'],
            // 54 mm at 13 pt bold as LibreOffice prints it (font-widths.ts), over the column's 52 mm.
            [12, 'PHÒNG VĂN HÓA - XÃ HỘI', true],
          ])} | ${NATION}`,
        ],
      ],
      [
        undefined,
        ['TRUNG TÂM HỌC TẬP CỘNG ĐỒNG XÃ HÒA AN'],
        [
          USUAL,
          // Too wide for either column even at 12 pt: as the last resort between two words of its phrase
          // (session 10), the place whole, rather than a line the renderer breaks where it likes.
          `  [] ${left([
            [13, 'TRUNG TÂM HỌC TẬP', true],
            [13, 'CỘNG ĐỒNG XÃ HÒA AN', true],
          ])} | ${NATION}`,
        ],
      ],
      [
        undefined,
        ['HỘI KHUYẾN HỌC TỈNH ĐẮK LẮK'],
        [
          USUAL,
          `  [] ${left([
            [13, 'HỘI KHUYẾN HỌC', true],
            [13, 'TỈNH ĐẮK LẮK', true],
          ])} | ${NATION}`,
        ],
      ],
      [
        'UBND TỈNH ĐẮK LẮK',
        ['ỦY BAN NHÂN DÂN', 'XÃ EA KUÊNH KRÔNG PẮC'],
        [
          USUAL,
          `  [] ${left([
            [12, 'UBND TỈNH ĐẮK LẮK'],
            [12, 'ỦY BAN NHÂN DÂN', true],
            [12, 'XÃ EA KUÊNH KRÔNG PẮC', true],
          ])} | ${NATION}`,
        ],
      ],
    ];
    expect(table.map(([parent, body]) => headerOf(parent, body))).toEqual(table.map(([, , expected]) => expected));
  });
  // Measured with the widths LibreOffice prints (font-widths.ts, newcomer review of issue 13,
  // finding 1), these broke inside a field ("BAN CHỈ ĐẠO XÂY / DỰNG …") or left "UBND" alone
  // (measured bold, the upright parent line did not fit the wider column either).
  it('sets the Ban Chỉ đạo and a city committee between their fields', () => {
    const table: Array<[string | undefined, string[], string[]]> = [
      // Between its fields (the Ban, its task "xây dựng", "xã hội học tập") and before the place,
      // never inside "XÃ HỘI" (a word, not a unit) nor inside the place: "XÃ HỘI HỌC TẬP XÃ HÒA AN"
      // is about 62 mm even at 12 pt, over the usual column's 60.
      [
        undefined,
        ['BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP XÃ HÒA AN'],
        [
          USUAL,
          `  [] ${left([
            [13, 'BAN CHỈ ĐẠO XÂY DỰNG', true],
            [13, 'XÃ HỘI HỌC TẬP', true],
            [13, 'XÃ HÒA AN', true],
          ])} | ${NATION}`,
        ],
      ],
      // "XHHT" typed short: still between the fields, in the usual column at 13 pt (whole, it would
      // need the wider column at 12), never "XÂY / DỰNG".
      [
        undefined,
        ['BAN CHỈ ĐẠO XÂY DỰNG XHHT'],
        [
          USUAL,
          `  [] ${left([
            [13, 'BAN CHỈ ĐẠO', true],
            [13, 'XÂY DỰNG XHHT', true],
          ])} | ${NATION}`,
        ],
      ],
      [
        undefined,
        ['BAN CHỈ ĐẠO XÂY DỰNG XHHT XÃ HÒA AN'],
        [
          USUAL,
          `  [] ${left([
            [13, 'BAN CHỈ ĐẠO XÂY DỰNG', true],
            [13, 'XHHT XÃ HÒA AN', true],
          ])} | ${NATION}`,
        ],
      ],
      // The roll-up's body: its parent at 13 pt over the body at 13.
      [
        'UBND TỈNH ĐẮK LẮK',
        ['BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP TỈNH ĐẮK LẮK'],
        [
          USUAL,
          `  [] ${left([
            [13, 'UBND TỈNH ĐẮK LẮK'],
            [13, 'BAN CHỈ ĐẠO XÂY DỰNG', true],
            [13, 'XÃ HỘI HỌC TẬP', true],
            [13, 'TỈNH ĐẮK LẮK', true],
          ])} | ${NATION}`,
        ],
      ],
      // A parent line too long for the usual column whole ("UBND / THÀNH PHỐ …" is worse): the wider one.
      [
        'UBND THÀNH PHỐ HỒ CHÍ MINH',
        ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'],
        [
          WIDE,
          `  [] ${left([
            [12, 'UBND THÀNH PHỐ HỒ CHÍ MINH'],
            [13, 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', true],
          ])} | ${NATION_SMALL}`,
        ],
      ],
      // A ward of the city: "PHƯỜNG BÌNH HƯNG HÒA" (61 mm at 13 pt) fits the wider column whole.
      [
        'UBND THÀNH PHỐ HỒ CHÍ MINH',
        ['ỦY BAN NHÂN DÂN', 'PHƯỜNG BÌNH HƯNG HÒA'],
        [
          WIDE,
          `  [] ${left([
            [12, 'UBND THÀNH PHỐ HỒ CHÍ MINH'],
            [13, 'ỦY BAN NHÂN DÂN', true],
            [13, 'PHƯỜNG BÌNH HƯNG HÒA', true],
          ])} | ${NATION_SMALL}`,
        ],
      ],
      // The usual column at 12 pt (58 mm), and the parent no larger.
      [
        'UBND TỈNH QUẢNG NGÃI',
        ['ỦY BAN NHÂN DÂN', 'XÃ QUẢNG PHƯƠNG ĐÔNG'],
        [
          USUAL,
          `  [] ${left([
            [12, 'UBND TỈNH QUẢNG NGÃI'],
            [12, 'ỦY BAN NHÂN DÂN', true],
            [12, 'XÃ QUẢNG PHƯƠNG ĐÔNG', true],
          ])} | ${NATION}`,
        ],
      ],
    ];
    expect(table.map(([parent, body]) => headerOf(parent, body))).toEqual(table.map(([, , expected]) => expected));
  });

  // Session 10, F10: "PHƯỜNG NGUYỄN TRUNG TRỰC" is about 69,5 mm even at 12 pt, wider than either
  // column; LibreOffice broke it inside the name it bears ("PHƯỜNG NGUYỄN / TRUNG TRỰC"). Nghị định
  // 30/2020 (Phụ lục I) sets the body's name at 12–13 pt, so it is not shrunk further: it breaks after
  // its unit, the name whole, as it does in a school's name after its levels.
  it('breaks a place or school name too wide for the column before the name as a whole, never inside it', () => {
    const table: Array<[string | undefined, string[], string[]]> = [
      [
        undefined,
        ['ỦY BAN NHÂN DÂN', 'PHƯỜNG NGUYỄN TRUNG TRỰC'],
        [
          USUAL,
          `  [] ${left([
            [13, 'ỦY BAN NHÂN DÂN', true],
            [13, 'PHƯỜNG', true],
            [13, 'NGUYỄN TRUNG TRỰC', true],
          ])} | ${NATION}`,
        ],
      ],
      [
        'UBND PHƯỜNG NGUYỄN TRUNG TRỰC',
        ['BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP'],
        // The upright parent line fits whole under "UBND" in the wider column at 12 pt: the place whole with its unit.
        [
          WIDE,
          `  [] ${left([
            [12, 'UBND'],
            [12, 'PHƯỜNG NGUYỄN TRUNG TRỰC'],
            [13, 'BAN CHỈ ĐẠO XÂY DỰNG', true],
            [13, 'XÃ HỘI HỌC TẬP', true],
          ])} | ${NATION_SMALL}`,
        ],
      ],
      [
        'UBND XÃ HÒA AN',
        ['TRƯỜNG TIỂU HỌC NGUYỄN TRUNG TRỰC'],
        [
          USUAL,
          `  [] ${left([
            [13, 'UBND XÃ HÒA AN'],
            [13, 'TRƯỜNG TIỂU HỌC', true],
            [13, 'NGUYỄN TRUNG TRỰC', true],
          ])} | ${NATION}`,
        ],
      ],
      // A school typed with its level short: the break before its own name is between fields, so the usual column
      // sets it well, never "TRƯỜNG / THCS NGUYỄN TRUNG TRỰC" in the wider one.
      [
        undefined,
        ['TRƯỜNG THCS NGUYỄN TRUNG TRỰC'],
        [
          USUAL,
          `  [] ${left([
            [13, 'TRƯỜNG THCS', true],
            [13, 'NGUYỄN TRUNG TRỰC', true],
          ])} | ${NATION}`,
        ],
      ],
      // The level whole, then the name whole: never "TRƯỜNG TRUNG HỌC CƠ / SỞ NGUYỄN TRUNG TRỰC".
      [
        undefined,
        ['TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN TRUNG TRỰC'],
        [
          WIDE,
          `  [] ${left([
            [13, 'TRƯỜNG TRUNG HỌC CƠ SỞ', true],
            [13, 'NGUYỄN TRUNG TRỰC', true],
          ])} | ${NATION_SMALL}`,
        ],
      ],
    ];
    expect(table.map(([parent, body]) => headerOf(parent, body))).toEqual(table.map(([, , expected]) => expected));
  });
});
