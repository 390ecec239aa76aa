import type { LegalFact, Provenance, Ruleset } from './types';

/**
 * The keys of the legal facts a ruleset may carry besides its criteria (rows "Quy định" of the
 * "Bộ tiêu chí" table). Code reads a fact by key and does without it when a province's table
 * leaves it out: no feature assumes a circular's number, article or date.
 */
export const FACT_KEYS = {
  /** First assessment year the ruleset applies to (number). */
  firstYear: 'NAM_DAU',
  /** Last assessment year it applies to (number); absent while in force. */
  lastYear: 'NAM_CUOI',
  /** The document itself, short ("Thông tư số 25/2023/TT-BGDĐT"). */
  citation: 'VAN_BAN',
  /** The document in full, with its date and issuer, as a "Căn cứ" line cites it. */
  citationFull: 'VAN_BAN_DAY_DU',
  /** "Căn cứ …" lines of the documents: every fact whose key starts with this. */
  legalBasis: 'CAN_CU',
  /** The articles that decide the result, as cited in a conclusion. */
  decidingArticles: 'DIEU_XET',
  /** The articles the rating comes from, for the results sheet. */
  ratingArticle: 'DIEU_XEP_LOAI',
  /** The dossier is sent before this day and month of the year after the assessment year. */
  deadlineDay: 'HAN_NOP_NGAY',
  deadlineMonth: 'HAN_NOP_THANG',
  /** Recognition is kept this many months after the year recognised. */
  validityMonths: 'BAO_LUU_THANG',
  /** How we count those months (from the end of the assessment year): our reading. */
  validityFrom: 'BAO_LUU_TINH_TU',
  /** Months after the Mức độ 1 decision before Mức độ 2 may be applied for. */
  md2WaitMonths: 'CHO_MD2_THANG',
  /** The document is repealed: by what, from when (text). */
  repealed: 'BAI_BO',
  /** A rule users must see where they score (TT44 Điều 4 khoản 2: no evidence, no points). */
  evidenceRule: 'MINH_CHUNG',
  /** Who presides over the self-check and prepares the dossier (TT44 Điều 6 khoản 1, 2). */
  selfCheckLead: 'CHU_TRI_TU_KIEM_TRA',
  /** Who certifies the report (TT44 Điều 5 khoản 1 điểm b). */
  reportCertifier: 'XAC_NHAN_BAO_CAO',
  /** Who receives the dossier and who decides, as the text names them (TT44 Điều 5, 6: the district). */
  recipient: 'NOI_NHAN_HO_SO',
  decider: 'CAP_QUYET_DINH',
  /** One line for the "Hướng dẫn" sheet: what the document rules and where. */
  summary: 'TOM_TAT',
} as const;

/** The fact with this key, if the ruleset has it. */
export function factOf(ruleset: Ruleset, key: string): LegalFact | undefined {
  return ruleset.facts.find((f) => f.key === key);
}

/** A numeric fact, or undefined when absent or not a number. */
export function factNumber(ruleset: Ruleset, key: string): number | undefined {
  const value = factOf(ruleset, key)?.value;
  return typeof value === 'number' ? value : undefined;
}

/** A text fact, or undefined when absent or blank. */
export function factText(ruleset: Ruleset, key: string): string | undefined {
  const value = factOf(ruleset, key)?.value;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Every fact whose key starts with `prefix`, in table order ("CAN_CU_1", "CAN_CU_2", …). */
export function factsWithPrefix(ruleset: Ruleset, prefix: string): LegalFact[] {
  return ruleset.facts.filter((f) => f.key.startsWith(prefix));
}

/** "các năm 2015–2023", "từ năm 2024", or undefined without a first year. */
export function yearsText(ruleset: Ruleset): string | undefined {
  const first = factNumber(ruleset, FACT_KEYS.firstYear);
  if (first === undefined) return undefined;
  const last = factNumber(ruleset, FACT_KEYS.lastYear);
  return last === undefined ? `từ năm ${first}` : `các năm ${first}–${last}`;
}

/** True when the fact is present but not confirmed by the official text: show it as such. */
export function isUnverified(fact: { provenance: Provenance } | undefined): boolean {
  return fact !== undefined && fact.provenance.status === 'unverified';
}

/** Shorthand for the data files. */
export const fact = (key: string, text: string, value: number | string, provenance: Provenance): LegalFact => ({ key, text, value, provenance });
