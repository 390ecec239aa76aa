import type { CommuneInfo } from '../../workbook/commune';
import { EVIDENCE_HEADER, type EvidenceItem } from '../../workbook/evidence';
import { INFO_FIELDS } from '../../workbook/info';
import { FACT_KEYS, factNumber, factText, yearsText } from '../../ruleset/facts';
import type { Ruleset } from '../../ruleset/types';
import { SHEETS } from '../../template/layout';
import { dayOf, formatViDate } from '../../cells/vi-date';

/**
 * Checklist lines on what the commune typed that the documents print as typed but that cannot be
 * right: dates of its evidence and the year it assesses (review rev13f F6, F9). Each line names
 * the sheet, the row or field, and dates as dd/mm/yyyy.
 */

/** A field of "Thông tin" as a message names it: `Trang "Thông tin", ô "Tên xã"`. */
export const infoField = (key: keyof CommuneInfo): string => `Trang "${SHEETS.info}", ô "${INFO_FIELDS.find((f) => f.key === key)?.label}"`;

/**
 * A date written in a text: "15/01/2025", "9/2/2026", "15-01-2025", "15.01.2025", ISO "2025-02-10",
 * or written out as Nghị định 30/2020 dates documents, "ngày 15 tháng 01 năm 2025" (with or without
 * "ngày", diacritics or capitals: "ngay 15 thang 01 nam 2025", "NGÀY 15 THÁNG 01 NĂM 2025"); not
 * inside a longer number. Groups: day, separator, month, year; ISO year, month, day; written-out
 * day, month, year.
 */
const DATE_IN_TEXT =
  /(?<![\d/.-])(?:(\d{1,2})([/.-])(\d{1,2})\2(\d{4})|(\d{4})-(\d{1,2})-(\d{1,2}))(?![\d/.-]*\d)|(?<![\p{L}\d])(?:ng[aà]y\s+)?(\d{1,2})\s+th[aá]ng\s+(\d{1,2})\s*,?\s+n[aă]m\s+(\d{4})(?!\d)/giu;

/** Day, month and year of a DATE_IN_TEXT match, and whether it was typed yyyy-mm-dd. */
function dateParts(match: RegExpMatchArray): { day: number; month: number; year: number; iso: boolean } {
  const iso = match[5] !== undefined;
  const [day, month, year] = (iso ? [match[7], match[6], match[5]] : match[8] !== undefined ? [match[8], match[9], match[10]] : [match[1], match[3], match[4]]).map(Number);
  return { day, month, year, iso };
}

/**
 * The dates in each item's "Số, ngày ban hành" that cannot be right, one line each: a day that does
 * not exist ("31/02/2025", "ngày 31 tháng 02 năm 2025"), a day after `dated`, the dossier's date (no document cites what is not
 * yet issued), or a date typed yyyy-mm-dd (the documents write dd/mm/yyyy: Nghị định 30/2020).
 */
export function referenceDateChecks(list: readonly EvidenceItem[], dated: Date): string[] {
  return list.flatMap((item) =>
    [...item.reference.matchAll(DATE_IN_TEXT)].flatMap((match) => {
      const { day, month, year, iso } = dateParts(match);
      const date = dayOf(year, month, day);
      const cell = `Trang "${SHEETS.evidence}" dòng ${item.row}, cột "${EVIDENCE_HEADER[2]}" ghi "${match[0]}"`;
      if (date === 'invalid') return [`${cell}: không có ngày này; sửa rồi tạo lại hồ sơ.`];
      if (date > dated) return [`${cell}, sau ngày lập hồ sơ (${formatViDate(dated)}); sửa rồi tạo lại hồ sơ.`];
      return iso ? [`${cell}: ghi ngày theo dạng ngày/tháng/năm (${formatViDate(date)}) rồi tạo lại hồ sơ.`] : [];
    }),
  );
}

/**
 * Whether the year assessed cannot be what the commune meant, as a checklist line: a year the
 * ruleset does not rule (its first and last years, NAM_DAU and NAM_CUOI: Thông tư 25/2023 from
 * 2024, Thông tư 44/2014 for 2015–2023), or one not over on `dated`, the dossier's date (Thông tư
 * 25/2023, Điều 9 khoản 1 điểm b: the data cover the whole year), unless the ruleset assesses in a
 * month of the year itself and `dated` is in or after it (Thông tư 44/2014, Điều 4 khoản 4: December).
 */
export function yearChecks(info: CommuneInfo, ruleset: Ruleset, dated: Date): string[] {
  const field = `${infoField('year')} ghi ${info.year}`;
  const first = factNumber(ruleset, FACT_KEYS.firstYear);
  const last = factNumber(ruleset, FACT_KEYS.lastYear);
  const ruled = (first === undefined || info.year >= first) && (last === undefined || info.year <= last);
  const lines = ruled
    ? []
    : [`${field}, nhưng ${factText(ruleset, FACT_KEYS.citation) ?? ruleset.name} áp dụng ${yearsText(ruleset) ?? `đến năm ${last}`}: kiểm tra năm đánh giá hoặc bộ tiêu chí đang dùng.`];
  const month = factNumber(ruleset, FACT_KEYS.assessmentMonth);
  const made = formatViDate(dated);
  if (dated.getFullYear() < info.year || (dated.getFullYear() === info.year && month === undefined)) {
    lines.push(`${field}, nhưng hồ sơ lập ngày ${made}, khi năm này chưa kết thúc (số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá): kiểm tra năm đánh giá.`);
  } else if (dated.getFullYear() === info.year && month !== undefined && dated.getMonth() + 1 < month) {
    lines.push(`${field}, nhưng hồ sơ lập ngày ${made}, trước tháng ${month}/${info.year}, tháng kiểm tra, đánh giá của năm này: kiểm tra năm đánh giá.`);
  }
  return lines;
}
