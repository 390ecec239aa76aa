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

export const ND20 = 'Nghị định số 20/2014/NĐ-CP của Chính phủ về phổ cập giáo dục, xóa mù chữ';

/** The "Căn cứ …" lines of every document of a dossier under `ruleset`. */
export function legalBasis(ruleset: Ruleset): string[] {
  if (ruleset.id === 'TT25') {
    return [
      `Căn cứ ${TT25.full} (tiêu chí, chỉ tiêu và mức độ công nhận "Cộng đồng học tập" cấp xã tại Điều 6, Điều 7, Điều 8; hồ sơ đề nghị đánh giá, công nhận tại Điều 9);`,
      `Căn cứ ${ND20} (chuẩn phổ cập giáo dục, xóa mù chữ áp dụng cho tiêu chí 4);`,
    ];
  }
  if (ruleset.id === 'TT44') {
    return [`Căn cứ ${TT44.full} (đánh giá, xếp loại "Cộng đồng học tập" cấp xã theo 15 tiêu chí, thang điểm 100);`];
  }
  // A province's own "Bộ tiêu chí": cite what its table cites.
  return [`Căn cứ bộ tiêu chí "${ruleset.name}" (${ruleset.provenance.ref});`];
}

/** How the articles that decide the result are cited: "Điều 6, Điều 7 và Điều 8 Thông tư số 25/2023/TT-BGDĐT". */
export function decidingArticles(ruleset: Ruleset): string {
  if (ruleset.id === 'TT25') return `Điều 6, Điều 7 và Điều 8 ${TT25.short}`;
  if (ruleset.id === 'TT44') return TT44.short;
  return `bộ tiêu chí "${ruleset.name}"`;
}
