import type { Provenance } from './types';

/**
 * The provenance of facts taken from one legal text, by article: the reference is the text's name
 * then the article ("Thông tư 25/2023/TT-BGDĐT, Điều 8 khoản 1"), so that every ruleset writes
 * its references alike and a province can find the article in the "Bộ tiêu chí" table.
 */
export interface ArticleProvenance {
  /** Quoted word for word from the article. */
  verbatim(article: string): Provenance;
  /** A citation of the text's articles, or a sentence, in our words: the fact is the text's, the wording is not a quote. */
  cited(article: string): Provenance;
}

/** Article references of the legal text named `text` (e.g. "Thông tư 44/2014/TT-BGDĐT"). */
export function provenanceIn(text: string): ArticleProvenance {
  return {
    verbatim: (article) => ({ ref: `${text}, ${article}`, status: 'verbatim' }),
    cited: (article) => ({ ref: `${text}, ${article}`, status: 'paraphrase' }),
  };
}

/**
 * Several references cited at once, each without its quoted words (what follows `: "`), each
 * once: "Thông tư 44/2014/TT-BGDĐT, Điều 4 khoản 3 điểm a, b, c" when they are points of one
 * clause, otherwise "Điều 4 khoản 3; Điều 6" as written. A rule written in several points (TT44's
 * "không có tiêu chí bị điểm 0" in điểm a, b and c) is cited in all of them, not in the first.
 */
export function citeTogether(refs: readonly string[]): string {
  const bare = [...new Set(refs.map((ref) => ref.split(': "')[0].trim()))];
  const points = bare.map((ref) => /^(.*\sđiểm )(\S+)$/.exec(ref));
  const clause = points[0]?.[1];
  if (clause !== undefined && points.every((p) => p?.[1] === clause)) return `${clause}${points.map((p) => p?.[2]).join(', ')}`;
  return bare.join('; ');
}
