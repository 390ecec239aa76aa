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
