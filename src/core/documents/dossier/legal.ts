import { codeKey, foldText, withoutMarks } from '../../cells/text';
import { FACT_KEYS, factText, factsWithPrefix } from '../../ruleset/facts';
import { BUILT_IN_RULESETS } from '../../ruleset/resolve';
import { LEVEL_IDS, LEVEL_LABELS, type Item, type Ruleset, type Threshold } from '../../ruleset/types';
import { formatViNumber, formatViPercent } from '../../cells/vi-number';
import { SHEETS } from '../../template/layout';
import { capitalise, indicatorLabel, listText } from '../wording';

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

/** Text folded for matching a document's number: lower case, no diacritics ("Thông tư số 25/2023/TT-BGDĐT" → "thong tu so 25/2023/tt-bgddt"). */
const plain = (text: string): string => withoutMarks(foldText(text));

/**
 * Whether `circular` (its citation, "Thông tư số 25/2023/TT-BGDĐT") can tell one document of a
 * cell apart as itself: its full number with its body's code ("25/2023/TT-BGDĐT", however
 * spaced), or "Thông tư 25", "Thông tư số 25/2023", "TT 25/2023" with no other body's code after
 * the number; a province's "Quyết định số 25/2023/QĐ-UBND" is not the circular (review rev13g M3).
 */
function circularTest(citation: string): (doc: string) => boolean {
  const parts = /(\d+)\s*\/\s*(\d{4})\s*\/\s*([\p{L}-]+)/u.exec(plain(citation));
  if (!parts) return () => false;
  const [, number, year, code] = parts;
  const short = new RegExp(`(?<![\\p{L}\\d])(?:thong\\s*tu|tt)\\s*(?:so\\s*)?${number}(?:\\s*/\\s*${year})?(?!\\s*[\\d/])`, 'u');
  return (doc) => plain(doc).replace(/\s+/g, '').includes(`${number}/${year}/${code}`) || short.test(plain(doc));
}

/** The documents one "Căn cứ pháp lý" cell cites, one per part between ";" (a line break of the cell is read as one), without stray commas and full stops at their ends. */
const documentsIn = (cell: string): string[] =>
  cell
    .split(';')
    .map((doc) => doc.replace(/^[\s,.]+|[\s,.]+$/g, ''))
    .filter((doc) => doc !== '');

/**
 * What a province added to a built-in ruleset in its "Bộ tiêu chí" (codes the circular does not
 * have), or null when nothing: the codes in the table's order, and the documents that rule them as
 * their rows' "Căn cứ pháp lý" cite them, each once; of a cell citing several documents ("Thông tư
 * số 25/2023/TT-BGDĐT; Kế hoạch số 123/KH-UBND …") only the circular itself is left out, as the
 * circular holds no such criterion (review rev13f F4, rev13g M3).
 */
function additions(ruleset: Ruleset): { codes: string[]; basis: string[] } | null {
  const law = lawOf(ruleset);
  if (!law) return null;
  const known = new Set(codesOf(law).map(codeKey));
  const added = ruleset.criteria.flatMap((c) => [c, ...c.items]).filter((entry) => !known.has(codeKey(entry.code)));
  if (added.length === 0) return null;
  const isCircular = circularTest(factText(law, FACT_KEYS.citation) ?? '');
  const docs = new Map<string, string>();
  for (const doc of added.flatMap((entry) => documentsIn(entry.provenance.ref))) if (!isCircular(doc) && !docs.has(plain(doc))) docs.set(plain(doc), doc);
  return { codes: added.map((entry) => entry.code), basis: [...docs.values()] };
}

/** The ruleset's deciding articles (DIEU_XET), or its name for a table that cites none. */
const articlesOf = (ruleset: Ruleset): string => factText(ruleset, FACT_KEYS.decidingArticles) ?? `bộ tiêu chí "${ruleset.name}"`;

/** "bổ sung theo Kế hoạch số 123/KH-UBND … và Quyết định số 45/QĐ-UBND …", or "do địa phương bổ sung" when the added rows cite no document. */
const addedBy = (basis: string[]): string => (basis.length > 0 ? `bổ sung theo ${listText(basis)}` : 'do địa phương bổ sung');

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

/** A threshold as the table shows it: "62%" for a rate, "3" for a level (TC4.2), "không ghi" when the table has none. */
const thresholdText = (item: Item, value: number | undefined): string => (value === undefined ? 'không ghi' : item.kind === 'percent' ? formatViPercent(value) : formatViNumber(value));

/**
 * Each threshold of `item` that differs from the circular's `law`: "Mức độ 1 là 62% thay vì 60%",
 * "Mức độ 2 (xã vùng khó khăn) là 11% thay vì 12%"; a "xã vùng khó khăn" threshold left blank is
 * the normal one (Threshold), told only when either side writes one; a table's "60%" read as 0.6000000001 is the circular's.
 */
function changedThresholds(item: Item, law: Item): string[] {
  return LEVEL_IDS.flatMap((level) => {
    const [now, then] = [item.thresholds?.[level], law.thresholds?.[level]];
    const difficult = (t: Threshold | undefined) => t?.minDifficult ?? t?.min;
    const pairs: Array<[string, number | undefined, number | undefined]> = [[LEVEL_LABELS[level], now?.min, then?.min]];
    if (now?.minDifficult !== undefined || then?.minDifficult !== undefined) pairs.push([`${LEVEL_LABELS[level]} (xã vùng khó khăn)`, difficult(now), difficult(then)]);
    return pairs.flatMap(([label, a, b]) =>
      a === b || (a !== undefined && b !== undefined && Math.abs(a - b) < 1e-9) ? [] : [`${label} là ${thresholdText(item, a)} thay vì ${thresholdText(item, b)}`],
    );
  });
}

/**
 * Checklist lines, one per indicator of a built-in ruleset whose threshold a province changed in
 * its "Bộ tiêu chí" (TC5.1 raised from 60% to 62%), with both values: the documents still count it
 * among the indicators "quy định tại" the circular, so the commune checks the province's document
 * and that sentence before signing, or puts the circular's threshold back (review rev13g M2). None
 * for a ruleset of its own or for the circular as it is; an indicator of several parts is named
 * with its part's name.
 */
export function changedThresholdChecks(ruleset: Ruleset): string[] {
  const law = lawOf(ruleset);
  if (!law) return [];
  const circular = factText(law, FACT_KEYS.citation) ?? law.name;
  const lawItems = new Map(law.criteria.flatMap((c) => c.items).map((item) => [codeKey(item.code), item]));
  return ruleset.criteria
    .flatMap((c) => c.items)
    .flatMap((item) => {
      const original = lawItems.get(codeKey(item.code));
      const changes = original ? changedThresholds(item, original) : [];
      if (changes.length === 0) return [];
      const name = `${capitalise(indicatorLabel(item.code))}${item.partOf ? ` (${item.name})` : ''}`;
      return [
        `${name}: trang "${SHEETS.ruleset}" ghi ngưỡng ${changes.join(', ')} của ${circular}. Tờ trình, Báo cáo và Biên bản vẫn tính chỉ tiêu này trong các chỉ tiêu “quy định tại” ${circular}: nếu ngưỡng này đúng, kiểm tra văn bản của tỉnh ghi ở cột "Căn cứ pháp lý" của dòng đó và sửa câu ấy trước khi ký; nếu không, sửa ngưỡng ở trang "${SHEETS.ruleset}" rồi tạo lại hồ sơ.`,
      ];
    });
}
