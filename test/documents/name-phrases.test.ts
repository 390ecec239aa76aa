/**
 * Every phrase of NAME_PHRASES (wording.ts) is kept whole on a line of a table cell or a Nơi nhận
 * (layout.ts keptNames): a phrase dropped from the list would break "Bưu / điện" or "Hội đồng nhân /
 * dân" without a word (blind sample 14: a word dropped from a data list that tests checked by two
 * examples). The phrases are typed here by hand as Nghị định 30/2020 and the commune's documents
 * write them; the decree's own names (FIXED_NAMES), the school levels and the titles
 * (ruleset/body-words.ts) are lists of their own.
 */
import { describe, expect, it } from 'vitest';
import { keptHeading, keptNames } from '../../src/core/documents/layout';
import { bodyName } from '../../src/core/documents/wording';

const nb = (text: string) => text.replace(/ /g, '\u00a0');

/** The phrases of bodies' names and offices, each written as a document writes it. */
const PHRASES = [
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc',
  'Trung tâm học tập cộng đồng',
  'Thư viện',
  'Chi bộ',
  'Trung tâm',
  'Ngân hàng',
  'Bưu điện',
  'Hợp tác xã',
  'Nhà xuất bản',
  'xã hội học tập',
  'Giáo dục và Đào tạo',
  'Hội đồng nhân dân',
  'Ủy ban nhân dân',
  'Văn hóa - Xã hội',
  'Chi hội Khuyến học',
  'Hội Khuyến học',
  'Tủ sách pháp luật',
  'Thủ tướng Chính phủ',
  'Ban Chỉ đạo',
  'Câu lạc bộ',
  'Hội đồng',
  'xây dựng',
  'Đảng ủy',
  'Tỉnh ủy',
  'Huyện ủy',
  'thường trực',
  'thành viên',
  'công chức',
  'ủy viên',
  'thư ký',
  'cán bộ',
];

describe('the phrases of bodies’ names', () => {
  it('each stays whole on a line of a table cell too narrow for the whole text', () => {
    // 70 mm at 11 pt: the text is wider, each phrase narrower; the line breaks, never inside the phrase.
    const broken = PHRASES.filter((phrase) => !keptNames(`- ${phrase} xã Hòa An, huyện Chợ Mới, tỉnh Sông Lam;`, 70, 11).includes(nb(phrase)));
    expect(broken).toEqual([]);
  });
});

describe('a sign ending a phrase’s last word (",", ";", ".", ":")', () => {
  // wording.ts CLOSING_SIGNS: "ỦY BAN NHÂN DÂN:" is the phrase "Ủy ban nhân dân" and its sign, whichever of the four.
  it('leaves the phrase read as the phrase, in a body’s name and in a table heading', () => {
    for (const sign of [',', ';', '.', ':']) {
      expect(bodyName(`ỦY BAN NHÂN DÂN${sign} XÃ HÒA AN`), sign).toBe(`Ủy ban nhân dân${sign} xã Hòa An`);
      expect(bodyName(`BAN CHỈ ĐẠO${sign} HỘI KHUYẾN HỌC`), sign).toBe(`Ban Chỉ đạo${sign} Hội Khuyến học`);
      // 25 mm at 13 pt bold holds "Kết quả:" but not the whole heading: the line breaks after it, never inside it.
      expect(keptHeading(`Kết quả${sign} Mức độ 1 của xã`, 25, 13), sign).toContain(nb(`Kết quả${sign}`));
    }
  });
});
