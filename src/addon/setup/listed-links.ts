import type { Cell } from '../../core/cells/values';
import type { Ruleset } from '../../core/ruleset/types';
import { citedKey, EVIDENCE_HEADER, EVIDENCE_HEADER_ROW, evidenceText, readLinkCell, splitCodes } from '../../core/workbook/evidence';

/**
 * Where the evidence list ("Danh mục minh chứng") is on its sheet as read: the sheet's name now,
 * its cells (a formula where there is one), the header's row and each column of EVIDENCE_HEADER
 * (1-based; null for one that was deleted).
 */
export interface ListOnSheet {
  name: string;
  content: Cell[][];
  headerRow: number;
  columns: Array<number | null>;
}

/**
 * What a repair can say when the column "Minh chứng (liên kết)" of "Đánh giá" was deleted (its
 * cells gone with it): the evidence list may still hold the links of the same indicators, and the
 * dossier prints them from there. Names each indicator or criterion of `rulesets` that an item
 * with a link cites, with the items' codes (an item without a code by its row), in the rulesets'
 * order: `Trang "Danh mục minh chứng" vẫn giữ liên kết minh chứng cho TC1.1 (H1.01), TC2 (H2.01, minh chứng chưa có mã ở dòng 9)`.
 * Null when no item with a link cites one of them, or the list or its "Liên kết" column is gone:
 * the version history is then the only place the links are.
 */
export function listedLinks(list: ListOnSheet | null, rulesets: Ruleset[]): string | null {
  const [link, cited, code] = ['Liên kết', 'Chỉ tiêu liên quan', 'Mã minh chứng'].map((h) => list?.columns[EVIDENCE_HEADER.indexOf(h as (typeof EVIDENCE_HEADER)[number])] ?? null);
  if (!list || link === null || cited === null) return null;
  const criteria = rulesets.flatMap((r) => r.criteria);
  const codes = criteria.flatMap((c) => [c.code, ...c.items.map((i) => i.code)]);
  // Keyed as the dossier compares cited codes (citedKey: "1.2", "Chỉ tiêu 1.2" and "TC1.2" alike).
  const items = new Map<string, string[]>(codes.map((c) => [citedKey(c), []]));
  list.content.slice(list.headerRow).forEach((row, i) => {
    if (readLinkCell(evidenceText(row[link - 1] ?? '')).links.length === 0) return;
    const name = (code === null ? '' : evidenceText(row[code - 1] ?? '')) || `minh chứng chưa có mã ở dòng ${list.headerRow + 1 + i}`;
    for (const key of new Set(splitCodes(row[cited - 1] ?? '', criteria).map(citedKey))) items.get(key)?.push(name);
  });
  const named = [...new Set(codes)].flatMap((c) => {
    const of = items.get(citedKey(c)) ?? [];
    return of.length > 0 ? [`${c} (${of.join(', ')})`] : [];
  });
  return named.length > 0 ? `Trang "${list.name}" vẫn giữ liên kết minh chứng cho ${named.join(', ')}` : null;
}

/** The list's place when the sheet was not matched (rewritten in place): as the template lays it out. */
export const LAID_OUT: Pick<ListOnSheet, 'headerRow' | 'columns'> = { headerRow: EVIDENCE_HEADER_ROW, columns: EVIDENCE_HEADER.map((_, c) => c + 1) };
