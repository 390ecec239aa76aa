/**
 * Every mark of a list a Nơi nhận line may be pasted with (layout.ts LIST_MARKS; review 13c F12, 13d
 * F9, F13) is dropped for the one dash Nghị định 30/2020 writes: a mark left out of the list would
 * print "- ▪ Chi bộ thôn 2;" (blind sample 14: one entry dropped from a list tested by two examples).
 */
import { describe, expect, it } from 'vitest';
import { recipientLines } from '../../src/core/documents/layout';

describe('the marks of a pasted list', () => {
  it('each dropped: dashes, bullets, Word’s symbol-font bullets, numbers of one or two digits, a letter with ")"', () => {
    const marks = ['-', '–', '—', '•', '+', '*', '·', '▪', '◦', '\uf0b7', '\uf0a7', '\uf076', '\uf0d8', '1.', '12.', '3)', '10)', 'a)', 'đ)'];
    expect(recipientLines(marks.map((mark) => `${mark} Chi bộ thôn 2`))).toEqual([...marks.slice(1).map(() => '- Chi bộ thôn 2;'), '- Chi bộ thôn 2.']);
    // A word with no space after it: a number's dot or ")" before a letter is a mark; a letter's ")" only before a space.
    expect(recipientLines(['12.Sở Tài chính', 'b)Trạm'])).toEqual(['- Sở Tài chính;', '- b)Trạm.']);
  });
});
