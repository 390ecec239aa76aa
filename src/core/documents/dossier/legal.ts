import { codeKey } from '../../cells/text';
import { FACT_KEYS, factText, factsWithPrefix } from '../../ruleset/facts';
import { BUILT_IN_RULESETS } from '../../ruleset/resolve';
import type { Ruleset } from '../../ruleset/types';
import { SHEETS } from '../../template/layout';

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

/** The built-in ruleset a province's table of the same id edits, or undefined for a ruleset of its own. */
const lawOf = (ruleset: Ruleset): Ruleset | undefined => BUILT_IN_RULESETS.find((r) => codeKey(r.id) === codeKey(ruleset.id));

/** Every criterion's code of `ruleset` followed by its indicators' (and the indicator a part is of: "TC5.2"), in the table's order. */
const codesOf = (ruleset: Ruleset): string[] => ruleset.criteria.flatMap((c) => [c.code, ...c.items.flatMap((i) => (i.partOf ? [i.code, i.partOf] : [i.code]))]);

/**
 * What a province added to a built-in ruleset in its "Bộ tiêu chí" (codes the circular does not
 * have), or null when nothing: the codes in the table's order, and the documents that rule them as
 * their rows' "Căn cứ pháp lý" cite them, each once; a row citing the circular itself (a copied
 * row's) or nothing cites none, as the circular holds no such criterion (review rev13f F4).
 */
function additions(ruleset: Ruleset): { codes: string[]; basis: string[] } | null {
  const law = lawOf(ruleset);
  if (!law) return null;
  const known = new Set(codesOf(law).map(codeKey));
  // The circular's number ("25/2023"), however a row writes it ("TT 25/2023", "Thông tư số 25/2023/TT-BGDĐT").
  const circular = /\d+\/\d{4}/.exec(factText(law, FACT_KEYS.citation) ?? '')?.[0];
  const added = ruleset.criteria.flatMap((c) => [c, ...c.items]).filter((entry) => !known.has(codeKey(entry.code)));
  if (added.length === 0) return null;
  const refs = added.map((entry) => entry.provenance.ref.trim()).filter((ref) => ref !== '' && !(circular && ref.includes(circular)));
  return { codes: added.map((entry) => entry.code), basis: [...new Set(refs)] };
}

/** The ruleset's deciding articles (DIEU_XET), or its name for a table that cites none. */
const articlesOf = (ruleset: Ruleset): string => factText(ruleset, FACT_KEYS.decidingArticles) ?? `bộ tiêu chí "${ruleset.name}"`;

/** "bổ sung theo Kế hoạch số 123/KH-UBND …", or "do địa phương bổ sung" when the added rows cite no document. */
const addedBy = (basis: string[]): string => (basis.length > 0 ? `bổ sung theo ${basis.join('; ')}` : 'do địa phương bổ sung');

/**
 * How the articles that decide the result are cited: "Điều 6, Điều 7 và Điều 8 Thông tư số
 * 25/2023/TT-BGDĐT"; with what a province added, "… và các tiêu chí, chỉ tiêu bổ sung theo Kế hoạch
 * số 123/KH-UBND …" (`additions`): the circular is cited for its own criteria only.
 */
export function decidingArticles(ruleset: Ruleset): string {
  const articles = articlesOf(ruleset);
  const added = additions(ruleset);
  return added ? `${articles} và các tiêu chí, chỉ tiêu ${addedBy(added.basis)}` : articles;
}

/** "5 tiêu chí, 15 chỉ tiêu" ("1 tiêu chí", "2 chỉ tiêu" alone when the other count is 0; criteria only for `indicators` null). */
function counted(criteria: number, indicators: number | null): string {
  const parts = [criteria > 0 || indicators === null ? `${criteria} tiêu chí` : '', indicators ? `${indicators} chỉ tiêu` : ''];
  return parts.filter(Boolean).join(', ');
}

/**
 * The criteria and indicators assessed, counted, with where each is ruled: "5 tiêu chí, 15 chỉ tiêu
 * quy định tại Điều 6, Điều 7 và Điều 8 Thông tư số 25/2023/TT-BGDĐT"; with a province's additions
 * (`additions`) the circular's and the province's told apart: "6 tiêu chí, 17 chỉ tiêu, gồm 5 tiêu
 * chí, 15 chỉ tiêu quy định tại … và 1 tiêu chí, 2 chỉ tiêu bổ sung theo Kế hoạch số …" (review
 * rev13f F4). `criteria` and `indicators` are the codes assessed (an indicator of several parts by
 * its own code, "TC5.2"); `indicators` null for a ruleset scored by criterion (TT44).
 */
export function assessedCriteria(ruleset: Ruleset, criteria: string[], indicators: string[] | null): string {
  const articles = articlesOf(ruleset);
  const all = counted(criteria.length, indicators?.length ?? null);
  const added = additions(ruleset);
  if (!added) return `${all} quy định tại ${articles}`;
  const isAdded = new Set(added.codes.map(codeKey));
  const addedCount = (codes: string[]) => codes.filter((code) => isAdded.has(codeKey(code))).length;
  const [newCriteria, newIndicators] = [addedCount(criteria), indicators ? addedCount(indicators) : null];
  const own = counted(criteria.length - newCriteria, indicators && newIndicators !== null ? indicators.length - newIndicators : null);
  return `${all}, gồm ${own} quy định tại ${articles} và ${counted(newCriteria, newIndicators)} ${addedBy(added.basis)}`;
}

/**
 * A checklist line naming the criteria and indicators a province added to a built-in ruleset in its
 * "Bộ tiêu chí" (codes the circular does not have), with how the documents cite them, or null when
 * there are none: the document the rows cite to check before signing, or, citing none, where to
 * write it (review rev13f F4).
 */
export function addedCriteriaCheck(ruleset: Ruleset): string | null {
  const law = lawOf(ruleset);
  const added = additions(ruleset);
  if (!law || !added) return null;
  const circular = factText(law, FACT_KEYS.citation) ?? law.name;
  const column = `cột "Căn cứ pháp lý"`;
  const lead = `Bộ tiêu chí đang dùng có ${added.codes.length} tiêu chí, chỉ tiêu không có trong ${circular}: ${added.codes.join(', ')}. Tờ trình, Báo cáo và Biên bản ghi chúng là tiêu chí, chỉ tiêu “${addedBy(added.basis)}”`;
  return added.basis.length > 0
    ? `${lead} (${column} của trang "${SHEETS.ruleset}"): kiểm tra văn bản này trước khi ký.`
    : `${lead}, không nêu văn bản nào: ghi văn bản của tỉnh ở ${column} của các dòng đó trên trang "${SHEETS.ruleset}" rồi tạo lại hồ sơ.`;
}
