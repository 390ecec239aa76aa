/**
 * Where a ruleset's facts come from (src/core/ruleset/provenance.ts): one helper gives each legal
 * text its article references, quoted or in our words, so TT25, TT44 and NĐ 20 write them alike.
 * Expected references typed from the texts' names and articles (legal-texts/).
 */
import { describe, expect, it } from 'vitest';
import { FACT_KEYS, factOf } from '../../../src/core/ruleset/facts';
import { citeTogether, provenanceIn } from '../../../src/core/ruleset/provenance';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';

describe('provenanceIn', () => {
  it('names the text, then the article; quoted is verbatim, cited in our words is a paraphrase', () => {
    const { verbatim, cited } = provenanceIn('Thông tư 25/2023/TT-BGDĐT');
    expect([verbatim('Điều 6 khoản 5'), cited('Điều 8 khoản 1')]).toEqual([
      { ref: 'Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản 5', status: 'verbatim' },
      { ref: 'Thông tư 25/2023/TT-BGDĐT, Điều 8 khoản 1', status: 'paraphrase' },
    ]);
  });

  it("gives the articles deciding the result and the rating's article of TT25 and TT44 as cited in our words", () => {
    const of = (key: string) => [factOf(TT25, key)?.provenance, factOf(TT44, key)?.provenance];
    expect([...of(FACT_KEYS.decidingArticles), ...of(FACT_KEYS.ratingArticle)]).toEqual([
      { ref: 'Thông tư 25/2023/TT-BGDĐT, Điều 6, Điều 7, Điều 8', status: 'paraphrase' },
      { ref: 'Thông tư 44/2014/TT-BGDĐT, Điều 3, Điều 4', status: 'paraphrase' },
      { ref: 'Thông tư 25/2023/TT-BGDĐT, Điều 8 khoản 1', status: 'paraphrase' },
      { ref: 'Thông tư 44/2014/TT-BGDĐT, Điều 4 khoản 3', status: 'paraphrase' },
    ]);
  });
});

describe('citeTogether', () => {
  const TT = 'Thông tư 44/2014/TT-BGDĐT, Điều 4 khoản 3';
  it('points of one clause: the clause once, the points in order, the quotes left out', () => {
    expect(citeTogether([`${TT} điểm a: "Tổng số điểm đạt được từ 85-100, không có tiêu chí bị điểm 0"`, `${TT} điểm b: "…"`, `${TT} điểm c`])).toBe(`${TT} điểm a, b, c`);
  });

  it('one reference, or the same one several times: written once, without its quote', () => {
    expect(citeTogether([`${TT} điểm a: "từ 85-100"`])).toBe(`${TT} điểm a`);
    expect(citeTogether(['Điều 4 khoản 3', 'Điều 4 khoản 3'])).toBe('Điều 4 khoản 3');
  });

  it('references of different clauses, or not by point: each as written, in order, joined by "; "', () => {
    expect(citeTogether([`${TT} điểm a`, 'Thông tư 44/2014/TT-BGDĐT, Điều 4 khoản 2 điểm b'])).toBe(`${TT} điểm a; Thông tư 44/2014/TT-BGDĐT, Điều 4 khoản 2 điểm b`);
    expect(citeTogether([`${TT} điểm a`, 'Điều 6'])).toBe(`${TT} điểm a; Điều 6`);
    expect(citeTogether(['Điều 6', `${TT} điểm a`])).toBe(`Điều 6; ${TT} điểm a`);
    expect(citeTogether([])).toBe('');
  });
});
