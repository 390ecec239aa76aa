import { FACT_KEYS, factText, factsWithPrefix } from '../../ruleset/facts';
import type { Ruleset } from '../../ruleset/types';

/**
 * The legal references the documents cite, read from the ruleset's legal facts (src/core/ruleset,
 * "Quy định" rows of the "Bộ tiêu chí" table) so that a new circular needs no change here. A
 * province's table without them cites what its own table cites.
 */

/** The "Căn cứ …" lines of every document of a dossier under `ruleset`. */
export function legalBasis(ruleset: Ruleset): string[] {
  const lines = factsWithPrefix(ruleset, FACT_KEYS.legalBasis).map((f) => `Căn cứ ${f.value};`);
  return lines.length > 0 ? lines : [`Căn cứ bộ tiêu chí "${ruleset.name}" (${ruleset.provenance.ref});`];
}

/** How the articles that decide the result are cited: "Điều 6, Điều 7 và Điều 8 Thông tư số 25/2023/TT-BGDĐT". */
export function decidingArticles(ruleset: Ruleset): string {
  return factText(ruleset, FACT_KEYS.decidingArticles) ?? `bộ tiêu chí "${ruleset.name}"`;
}
