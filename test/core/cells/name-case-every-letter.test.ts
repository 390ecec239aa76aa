/**
 * nameCase knows a syllable by its letters: every Vietnamese vowel with every tone mark, every
 * initial and final. name-case.test.ts tries real names, which leave out half the toned vowels
 * ("ặ", "ể", "ỵ"…), the onsets "r" and "gh" and the final "ch": a letter dropped from the lists in
 * text.ts would leave a name with it in capitals ("RẠCH GIÁ" in a dossier's sentence). The vowels
 * below are typed by hand, as the Vietnamese alphabet orders them, each with ngang, huyền, sắc,
 * hỏi, ngã and nặng.
 */
import { describe, expect, it } from 'vitest';
import { nameCase } from '../../../src/core/cells/text';

const TONED_VOWELS = [
  'a à á ả ã ạ',
  'ă ằ ắ ẳ ẵ ặ',
  'â ầ ấ ẩ ẫ ậ',
  'e è é ẻ ẽ ẹ',
  'ê ề ế ể ễ ệ',
  'i ì í ỉ ĩ ị',
  'o ò ó ỏ õ ọ',
  'ô ồ ố ổ ỗ ộ',
  'ơ ờ ớ ở ỡ ợ',
  'u ù ú ủ ũ ụ',
  'ư ừ ứ ử ữ ự',
  'y ỳ ý ỷ ỹ ỵ',
].flatMap((row) => row.split(' '));

describe('nameCase, letter by letter', () => {
  it('there are 72 toned vowels, each once', () => {
    expect(new Set(TONED_VOWELS).size).toBe(72);
  });

  it.each(TONED_VOWELS)('a syllable with "%s" typed in capitals gets one capital: "T…N" → "T…n"', (vowel) => {
    expect(nameCase(`T${vowel}N`.toUpperCase())).toBe(`T${vowel}n`);
    expect(nameCase(`t${vowel}n`)).toBe(`T${vowel}n`);
  });

  it('the onsets "r" and "gh" and the final "ch": Rạch Giá, Ghềnh Ráng, Thạch Hà', () => {
    expect(['RẠCH GIÁ', 'GHỀNH RÁNG', 'THẠCH HÀ', 'rạch giá'].map(nameCase)).toEqual(['Rạch Giá', 'Ghềnh Ráng', 'Thạch Hà', 'Rạch Giá']);
  });
});
