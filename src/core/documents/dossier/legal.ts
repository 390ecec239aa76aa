import { codeKey } from '../../cells/text';
import { FACT_KEYS, factText, factsWithPrefix } from '../../ruleset/facts';
import { BUILT_IN_RULESETS } from '../../ruleset/resolve';
import type { Ruleset } from '../../ruleset/types';

/**
 * The legal references the documents cite, read from the ruleset's legal facts (src/core/ruleset,
 * "Quy định" rows of the "Bộ tiêu chí" table) so that a new circular needs no change here. A
 * province's table without them cites what its own table cites.
 */

/** The "Căn cứ …" lines of every document of a dossier under `ruleset`, from its legal facts. */
export function legalBasis(ruleset: Ruleset): string[] {
  const lines = factsWithPrefix(ruleset, FACT_KEYS.legalBasis).map((f) => `Căn cứ ${f.value};`);
  return lines.length > 0 ? lines : [`Căn cứ bộ tiêu chí "${ruleset.name}" (${ruleset.provenance.ref});`];
}

/** How the articles that decide the result are cited: "Điều 6, Điều 7 và Điều 8 Thông tư số 25/2023/TT-BGDĐT". */
export function decidingArticles(ruleset: Ruleset): string {
  return factText(ruleset, FACT_KEYS.decidingArticles) ?? `bộ tiêu chí "${ruleset.name}"`;
}

/** Every criterion's code of `ruleset` followed by its indicators', in the table's order. */
const codesOf = (ruleset: Ruleset): string[] => ruleset.criteria.flatMap((c) => [c.code, ...c.items.map((i) => i.code)]);

/**
 * A checklist line naming the criteria and indicators a province added to a built-in ruleset in its
 * "Bộ tiêu chí" (codes the circular does not have), or null when there are none. The documents count
 * them with the circular's and cite its articles for all ("theo 6 tiêu chí, 17 chỉ tiêu quy định tại
 * Điều 6, Điều 7 và Điều 8 Thông tư số 25/2023/TT-BGDĐT"), which only people can word with the
 * province's own document (review rev13f F4).
 */
export function addedCriteriaCheck(ruleset: Ruleset): string | null {
  const law = BUILT_IN_RULESETS.find((r) => codeKey(r.id) === codeKey(ruleset.id));
  if (!law) return null;
  const known = new Set(codesOf(law).map(codeKey));
  const added = codesOf(ruleset).filter((code) => !known.has(codeKey(code)));
  if (added.length === 0) return null;
  const circular = factText(law, FACT_KEYS.citation) ?? law.name;
  return `Bộ tiêu chí đang dùng có ${added.length} tiêu chí, chỉ tiêu không có trong ${circular}: ${added.join(', ')}. Tờ trình, Báo cáo và Biên bản tính chúng chung với các tiêu chí, chỉ tiêu “quy định tại ${decidingArticles(ruleset)}”: sửa lời văn và ghi căn cứ của tỉnh (cột "Căn cứ pháp lý" của trang "Bộ tiêu chí") trước khi ký.`;
}
