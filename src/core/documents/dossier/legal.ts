import type { Ruleset } from '../../ruleset/types';

/**
 * The legal references the documents cite (shared/domain/README.md). Numbers, dates and articles
 * are the verbatim facts we have; we cite no official title we have not seen, so each reference
 * says in its own words what it is cited for.
 */
export const TT25 = {
  short: 'Thông tư số 25/2023/TT-BGDĐT',
  full: 'Thông tư số 25/2023/TT-BGDĐT ngày 27 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo',
} as const;

export const TT44 = {
  short: 'Thông tư số 44/2014/TT-BGDĐT',
  full: 'Thông tư số 44/2014/TT-BGDĐT ngày 12 tháng 12 năm 2014 của Bộ trưởng Bộ Giáo dục và Đào tạo',
} as const;

export const ND20 = 'Nghị định số 20/2014/NĐ-CP ngày 24 tháng 3 năm 2014 của Chính phủ về phổ cập giáo dục, xóa mù chữ';

/** The title of Thông tư 44/2014 as the codified text quotes it (shared/domain/legal-texts/tt44-2014.md). */
const TT44_TITLE = 'quy định về đánh giá, xếp loại "Cộng đồng học tập" cấp xã';

/**
 * The "Căn cứ …" lines of every document of a dossier under `ruleset`: each document by its number,
 * date, issuer and (where the text we hold quotes it) its title, never articles in brackets.
 */
export function legalBasis(ruleset: Ruleset): string[] {
  if (ruleset.id === 'TT25') return [`Căn cứ ${TT25.full};`, `Căn cứ ${ND20};`];
  if (ruleset.id === 'TT44') return [`Căn cứ ${TT44.full} ${TT44_TITLE};`];
  // A province's own "Bộ tiêu chí": cite what its table cites.
  return [`Căn cứ bộ tiêu chí "${ruleset.name}" (${ruleset.provenance.ref});`];
}

/** How the articles that decide the result are cited: "Điều 6, Điều 7 và Điều 8 Thông tư số 25/2023/TT-BGDĐT". */
export function decidingArticles(ruleset: Ruleset): string {
  if (ruleset.id === 'TT25') return `Điều 6, Điều 7 và Điều 8 ${TT25.short}`;
  if (ruleset.id === 'TT44') return TT44.short;
  return `bộ tiêu chí "${ruleset.name}"`;
}
