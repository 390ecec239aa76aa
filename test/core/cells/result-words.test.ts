/**
 * The words of a result ("Đạt", "Không đạt", "Chưa đạt", "Thiếu dữ liệu") are written once, in
 * src/core/cells/result-words.ts, and the ruleset data: the sheet's drop-downs and colours, the
 * engine's outcomes, the reader of typed values, the sidebar's choices and the PCGD formulas must
 * agree, and a second spelling somewhere (an "Đat" typed with another accent, a capital letter)
 * would silently break one of them. This scans every literal of src/ (comments are free).
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/core/cells/text';
import { RESULT_WORDS } from '../../../src/core/cells/result-words';
import { ROOT, SRC, literals, sourceFiles } from '../source-literals';

/** Where the words may be spelt: their module, and the data of the rulesets (a ruleset's own labels). */
const HOMES = [join('core', 'cells', 'result-words.ts'), join('core', 'ruleset', 'tt25.ts'), join('core', 'ruleset', 'tt44.ts'), join('core', 'ruleset', 'nd20.ts')];

const WORDS = ['Đạt', 'Không đạt', 'Chưa đạt', 'Thiếu dữ liệu'];

/**
 * A literal that is one of the words (any case, spaces around), or names one in double quotes. A
 * piece of a template (" đạt " in `xã ${…} đạt ${…}`) is a sentence's verb, not a result: only a
 * quoted word counts there.
 */
function strayWords(text: string, part = false): string[] {
  const folded = foldText(text).trim();
  return WORDS.filter((word) => (!part && folded === foldText(word)) || folded.includes(`"${foldText(word)}"`));
}

describe('result words are spelt in one place', () => {
  it('no literal outside their module and the ruleset data spells them', () => {
    const found = sourceFiles(SRC)
      .filter((path) => !HOMES.includes(relative(SRC, path)))
      .flatMap((path) => literals(path).flatMap(({ text, line, part }) => strayWords(text, part).map((word) => `${relative(ROOT, path)}:${line} "${word}" in ${JSON.stringify(text.slice(0, 80))}`)));
    expect(found).toEqual([]);
  });

  it('the scan finds a word alone, in any case, and a word quoted inside a message or formula', () => {
    expect(strayWords('ĐẠT')).toEqual(['Đạt']);
    expect(strayWords(' không đạt ')).toEqual(['Không đạt']);
    expect(strayWords('IF(E5>=1;"Đạt";"Chưa đạt")')).toEqual(['Đạt', 'Chưa đạt']);
    expect(strayWords('Các chỉ tiêu chưa đạt chuẩn')).toEqual([]);
    expect(strayWords('"Đạt chuẩn"')).toEqual([]);
    expect(strayWords(' đạt ', true)).toEqual([]);
    expect(strayWords('", hoặc "Chưa đạt"', true)).toEqual(['Chưa đạt']);
  });

  it('the module holds each word once', () => {
    expect(Object.values(RESULT_WORDS).sort()).toEqual([...WORDS].sort());
  });
});
