/**
 * One header line fitted to its column (`fitLine`, src/core/documents/layout.ts): what a văn thư
 * expects to see on the page of a body's name too long for one line (Nghị định 30/2020, Phụ lục I
 * lets it take several; the order of the breaks is the project's, after the ministries' headers).
 * Columns are the header's: 0,38 of 165 mm less 3 mm of padding (59,7 mm), or a line's own width
 * measured by text-width.ts (the measure, not the code under test) for the boundaries. Expected
 * lines typed by hand; "_" stands for a no-break space.
 */
import { describe, expect, it } from 'vitest';
import { fitLine } from '../../src/core/documents/layout';
import { printedWidthMm } from '../../src/core/documents/text-width';

const nb = (text: string) => text.replace(/_/g, '\u00a0');
const USUAL_MM = 0.38 * 165 - 3;
const boldMm = (text: string, sizePt = 13) => printedWidthMm(text, sizePt, 'bold');

describe('a header line and its column', () => {
  it('breaks after a semicolon typed between two fields as after a comma', () => {
    // "BAN CHỈ ĐẠO PHỔ CẬP" is 53,8 mm and "GIÁO DỤC; XÓA MÙ CHỮ" 57,7: two lines that fit, but broken inside a field.
    expect(fitLine('BAN CHỈ ĐẠO PHỔ CẬP GIÁO DỤC, XÓA MÙ CHỮ', USUAL_MM, 13)).toEqual([nb('BAN_CHỈ_ĐẠO'), nb('PHỔ_CẬP_GIÁO_DỤC,'), nb('XÓA_MÙ_CHỮ')]);
    expect(fitLine('BAN CHỈ ĐẠO PHỔ CẬP GIÁO DỤC; XÓA MÙ CHỮ', USUAL_MM, 13)).toEqual([nb('BAN_CHỈ_ĐẠO'), nb('PHỔ_CẬP_GIÁO_DỤC;'), nb('XÓA_MÙ_CHỮ')]);
  });

  it('reads a name typed with double, leading or trailing spaces as typed with single ones', () => {
    expect(fitLine('SỞ  GIÁO DỤC VÀ ĐÀO TẠO', USUAL_MM, 13)).toEqual([nb('SỞ_GIÁO_DỤC'), nb('VÀ_ĐÀO_TẠO')]);
    expect(fitLine(' PHÒNG GIÁO DỤC  VÀ ĐÀO TẠO ', USUAL_MM, 13)).toEqual([nb('PHÒNG_GIÁO_DỤC'), nb('VÀ_ĐÀO_TẠO')]);
  });

  it('keeps a line exactly as wide as its column on one line, whole or broken', () => {
    expect(fitLine('SỞ GIÁO DỤC VÀ ĐÀO TẠO', boldMm('SỞ GIÁO DỤC VÀ ĐÀO TẠO'), 13)).toEqual([nb('SỞ_GIÁO_DỤC_VÀ_ĐÀO_TẠO')]);
    // "PHÒNG GIÁO DỤC" (42,0 mm) just fits a column of its own width: not "PHÒNG / GIÁO DỤC / VÀ ĐÀO TẠO".
    expect(fitLine('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', boldMm('PHÒNG GIÁO DỤC'), 13)).toEqual([nb('PHÒNG_GIÁO_DỤC'), nb('VÀ_ĐÀO_TẠO')]);
  });
});

describe("a body's name too long for its column", () => {
  // Each case: the name, the column in mm, the size in pt, the lines a văn thư expects.
  const cases: Array<[string, number, number, string[]]> = [
    // Before "VÀ" and before each unit, never after "VÀ" ("VĂN HÓA VÀ / THÔNG TIN"); the city too wide for a line keeps its name whole.
    ['PHÒNG VĂN HÓA VÀ THÔNG TIN THÀNH PHỐ BUÔN MA THUỘT', USUAL_MM, 13, ['PHÒNG_VĂN_HÓA', 'VÀ_THÔNG_TIN', 'THÀNH_PHỐ', 'BUÔN_MA_THUỘT']],
    // After the comma between two fields and before "VÀ", not inside "VĂN HÓA" nor "THỂ THAO".
    ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 45, 13, ['SỞ_VĂN_HÓA,', 'THỂ_THAO', 'VÀ_DU_LỊCH']],
    // A district's place ends where the city's begins: "QUẬN BÌNH TÂN" stays on the committee's line.
    ['UBND QUẬN BÌNH TÂN THÀNH PHỐ HỒ CHÍ MINH', USUAL_MM, 13, ['UBND_QUẬN_BÌNH_TÂN', 'THÀNH_PHỐ', 'HỒ_CHÍ_MINH']],
    // Too wide for the column, the centre's name breaks once, between two words of its phrase, the place whole.
    ['TRUNG TÂM HỌC TẬP CỘNG ĐỒNG XÃ HÒA AN', USUAL_MM, 13, ['TRUNG_TÂM_HỌC_TẬP', 'CỘNG_ĐỒNG_XÃ_HÒA_AN']],
    ['TRUNG TÂM HỌC TẬP CỘNG ĐỒNG XÃ HÒA AN', 0.43 * 165 - 3, 13, ['TRUNG_TÂM_HỌC_TẬP', 'CỘNG_ĐỒNG_XÃ_HÒA_AN']],
    // A school: its levels whole, then its own name with its place.
    ['TRƯỜNG MẦM NON HOA SEN XÃ HÒA AN', USUAL_MM, 13, ['TRƯỜNG_MẦM_NON', 'HOA_SEN_XÃ_HÒA_AN']],
    ['TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN VĂN TRỖI', USUAL_MM, 13, ['TRƯỜNG', 'TRUNG_HỌC_CƠ_SỞ', 'NGUYỄN_VĂN_TRỖI']],
    // The kind of body alone rather than a field joined by a dash broken ("SỞ LAO / ĐỘNG", "LAO ĐỘNG - / THƯƠNG BINH").
    ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 0.43 * 165 - 3, 13, ['SỞ', 'LAO_ĐỘNG_-_THƯƠNG_BINH', 'VÀ_XÃ_HỘI']],
    // Where even that is too wide (13 pt in 59,7 mm), never beside the dash: the last resort breaks the first field.
    ['PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', USUAL_MM, 13, ['PHÒNG_LAO', 'ĐỘNG_-_THƯƠNG_BINH', 'VÀ_XÃ_HỘI']],
    // A bare place (the whole line): its unit alone rather than its name broken.
    ['PHƯỜNG NGUYỄN TRUNG TRỰC', USUAL_MM, 13, ['PHƯỜNG', 'NGUYỄN_TRUNG_TRỰC']],
    // Two places in a narrow column: each name whole, in four lines rather than three with "PHƯỚC / AN" broken.
    ['THỊ TRẤN PHƯỚC AN HUYỆN KRÔNG PẮC', 40, 12, ['THỊ_TRẤN', 'PHƯỚC_AN', 'HUYỆN', 'KRÔNG_PẮC']],
    // A school's levels and number held together, not "TRƯỜNG TIỂU / HỌC SỐ 1".
    ['TRƯỜNG TIỂU HỌC SỐ 1 XÃ HÒA AN', 40, 13, ['TRƯỜNG', 'TIỂU_HỌC_SỐ_1', 'XÃ_HÒA_AN']],
    // No line opens with a dash: where "VĂN HÓA - XÃ HỘI" cannot stay whole, the dash ends the line.
    ['PHÒNG VĂN HÓA - XÃ HỘI XÃ HÒA AN', 25, 12, ['PHÒNG', 'VĂN_HÓA_-', 'XÃ_HỘI', 'XÃ_HÒA_AN']],
    // Measured bold, as a body's name prints: upright, "BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI" would fit the first line.
    ['BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP XÃ HÒA AN', USUAL_MM, 12, ['BAN_CHỈ_ĐẠO_XÂY_DỰNG', 'XÃ_HỘI_HỌC_TẬP', 'XÃ_HÒA_AN']],
  ];
  it.each(cases)('%s in %d mm at %d pt', (name, columnMm, sizePt, lines) => {
    expect(fitLine(name, columnMm, sizePt)).toEqual(lines.map(nb));
  });
});
