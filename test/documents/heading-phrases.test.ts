/**
 * Every word of HEADING_PHRASES (wording.ts) is kept whole on a line of a table heading
 * (layout.ts keptHeading): a word dropped from the list would print "Tăng (+), giảm / (-)" in the
 * roll-up's comparison or "Cơ quan ban / hành" (session 9) without a word. The words typed here by
 * hand from the documents' headings (dossier, roll-up report), "không đạt" from the result words.
 */
import { describe, expect, it } from 'vitest';
import { keptHeading } from '../../src/core/documents/layout';

const nb = (text: string) => text.replace(/ /g, '\u00a0');

const WORDS = [
  'minh chứng',
  'ban hành',
  'cơ quan',
  'chỉ tiêu',
  'tiêu chí',
  'liên kết',
  'tối đa',
  'tự chấm',
  'đã chấm',
  'yêu cầu',
  'kết quả',
  'đánh giá',
  'nội dung',
  'tỷ lệ',
  'trung bình',
  'xếp loại',
  'thay đổi',
  'lần trước',
  'lý do',
  'so với',
  'không đạt',
  'mức độ',
  'số xã',
  'tên xã',
  'của xã',
  'tăng (+)',
  'giảm (-)',
];

describe('the words of table headings', () => {
  it('each stays whole in a heading too wide for its column (28 mm at 13 pt bold)', () => {
    expect(WORDS.filter((word) => !keptHeading(`Số ${word} năm trước`, 28, 13).includes(nb(word)))).toEqual([]);
  });
});
