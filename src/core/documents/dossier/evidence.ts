import type { Ruleset } from '../../ruleset/types';
import { codeKey } from '../../cells/text';
import { citedKey, citedRange, EVIDENCE_HEADER, type EvidenceItem, faultsNote, type LinkLine, linkLines, linksIn, oldLinkCell, readLinkCell } from '../../workbook/evidence';
import { INDICATOR_HEADERS } from '../../workbook/indicator-block';
import { linkKey } from '../../workbook/link-key';
import type { IndicatorEvidence } from '../../workbook/snapshot';
import { SHEETS } from '../../template/layout';
import { fillRun, para, row } from '../blocks';
import { plainCellStyle } from '../layout';
import type { Block, ParagraphStyle, Run, TableBlock, TableCell } from '../model';
import { BODY, CELL } from '../styles';
import { bodyName, criterionLabel, indicatorLabel } from '../wording';

/**
 * The evidence a dossier cites: the "Danh mục minh chứng" items, plus one item per link the list
 * does not hold that an "Đánh giá" row keeps (in its old link column or in "Kết quả thực hiện"),
 * with a code of its own (H<criterion>.<nn> after the listed ones), so that the documents cite
 * codes, only the annex prints links, and no link the commune typed is lost.
 */
export interface EvidenceCatalogue {
  /** In annex order: by criterion, then code. */
  items: EvidenceItem[];
  /** Codes of the items supporting any of `codes` (an indicator, its parts, its criterion). */
  codesFor(codes: string[]): string[];
  /** What the committee should complete about the evidence before signing (checklist lines). */
  checks: string[];
  /** Where an item the list does not hold was found, by its code: "liên kết ở dòng chỉ tiêu 1.3 của trang "Đánh giá"". */
  origins: ReadonlyMap<string, string>;
  /** The item listing an address (as linkHref gives it; compared by `linkKey`), the first in annex order; every link of a row has one. */
  itemFor(href: string): EvidenceItem | undefined;
}

/** Where an item's missing details are written. */
export const LIST_HINT = `ghi ở trang "${SHEETS.evidence}" rồi tạo lại hồ sơ`;

/** `Trang "Danh mục minh chứng" dòng 7, cột "Cơ quan ban hành"`: a cell of the list, its column by EVIDENCE_HEADER's index. */
const listCell = (item: EvidenceItem, column: number): string => `Trang "${SHEETS.evidence}" dòng ${item.row}, cột "${EVIDENCE_HEADER[column]}"`;

/**
 * The list's cells left blank that the documents print without a word of their own (review rev13f
 * F5), one checklist line per column naming the rows and items: an issuer (the Danh mục leaves its
 * cell blank), what an item supports (cited at no indicator), a link (the Danh mục says where the
 * commune, of kind `unit`, keeps it on paper, which the commune should confirm). A blank code and
 * a blank name have lines of their own (the list's warnings; the annex's gap). `list` is the sheet's
 * own rows: the items adopted from bare links (row 0) are not in it, their blanks being the annex's gaps.
 */
function blankCells(list: readonly EvidenceItem[], unit: string): string[] {
  const columns: Array<[number, (item: EvidenceItem) => boolean, string]> = [
    [3, (item) => item.issuer === '', 'Danh mục minh chứng để trống ô này; ghi cơ quan ban hành (nếu có) rồi tạo lại hồ sơ.'],
    [5, (item) => item.indicators.length === 0, 'minh chứng không được dẫn ở chỉ tiêu nào; ghi mã chỉ tiêu (ví dụ "1.1, 1.2") rồi tạo lại hồ sơ.'],
    [4, (item) => item.link === '', `Danh mục minh chứng ghi "Bản giấy lưu tại ${unit}"; nếu không đúng, ghi liên kết hoặc nơi lưu bản giấy rồi tạo lại hồ sơ.`],
  ];
  return columns.flatMap(([column, blank, what]) => {
    const found = list.filter(blank);
    if (found.length === 0) return [];
    const rows = found.map((item) => (item.code ? `${item.row} (${item.code})` : String(item.row))).join(', ');
    return [`Trang "${SHEETS.evidence}", cột "${EVIDENCE_HEADER[column]}" trống ở dòng ${rows}: ${what}`];
  });
}

/** The criterion number in an evidence code: "H1.01" → 1. */
const criterionNumber = (code: string): number => Number(/^H(\d+)\./i.exec(code)?.[1] ?? Number.NaN);
/** The item's number in its criterion: "H1.02" → 2 (codes in another form sort after). */
const itemNumber = (item: EvidenceItem): number => Number(/^H\d+\.(\d+)$/i.exec(item.code)?.[1] ?? 999);

export function evidenceCatalogue(list: EvidenceItem[], rows: ReadonlyMap<string, IndicatorEvidence>, ruleset: Ruleset, unit: string): EvidenceCatalogue {
  // Keyed as items cite codes (`citedKey`: "1.1" and "TC1.1" alike), the rows' own codes too.
  const criterionOf = new Map<string, number>();
  ruleset.criteria.forEach((criterion, index) => {
    const number = Number(/^TC(\d+)$/i.exec(criterion.code)?.[1] ?? index + 1);
    criterionOf.set(citedKey(criterion.code), number);
    for (const item of criterion.items) {
      criterionOf.set(citedKey(item.code), number);
      if (item.partOf) criterionOf.set(citedKey(item.partOf), number);
    }
  });
  // A code the ruleset lacks ("9.9") is never printed as if it were one: the checklist names it (review rev13f F5). A
  // range kept whole (a fault `citedRange` names) prints as typed, as its checklist line quotes it.
  const printed = (c: string) => criterionOf.has(citedKey(c)) || citedRange(c, ruleset.criteria) !== null;
  const items = list.map((item) => ({ ...item, indicators: item.indicators.filter(printed) }));
  const checks: string[] = [];
  const origins = new Map<string, string>();
  // A listed link compares as the old cell's links are read (without the punctuation it was copied
  // with), by its key: one Drive file typed with "?usp=sharing" and without is one item.
  const listedLinks = new Set(list.flatMap((i) => readLinkCell(i.link).links.map(linkKey)));
  const used = new Set(list.map((i) => codeKey(i.code)));
  const nextCode = (criterion: number): string => {
    for (let n = 1; ; n++) {
      const code = `H${criterion}.${String(n).padStart(2, '0')}`;
      if (!used.has(codeKey(code))) {
        used.add(codeKey(code));
        return code;
      }
    }
  };
  /** Lists a link a row of indicator `code` keeps, found `where`, unless an item already has it. */
  const adopt = (link: string, code: string, where: string) => {
    if (listedLinks.has(linkKey(link))) return;
    listedLinks.add(linkKey(link));
    const newCode = nextCode(criterionOf.get(citedKey(code)) ?? 0);
    items.push({ code: newCode, name: '', reference: '', issuer: '', link, indicators: [code], row: 0 });
    // Its blank name is the annex's gap, which the checklist lists: one line, not a second one here.
    origins.set(newCode, where);
  };
  for (const [code, evidence] of rows) {
    const old = oldLinkCell(evidence.links);
    if (old.other) {
      checks.push(`Cột "${INDICATOR_HEADERS.evidence[0]}" ở dòng ${indicatorLabel(code)} ghi "${old.other}", không phải liên kết${faultsNote(old.other)}: ${LIST_HINT}.`);
    }
    for (const link of old.links) adopt(link, code, `liên kết ở dòng ${indicatorLabel(code)} của trang "${SHEETS.assessment}"`);
    for (const link of linksIn(evidence.description)) adopt(link, code, `liên kết ghi trong "Kết quả thực hiện" của ${indicatorLabel(code)}`);
  }
  for (const item of list) {
    const which = item.code || `dòng ${item.row}`;
    const unknown = item.indicators.filter((c) => !criterionOf.has(citedKey(c)));
    // A range kept whole spans no indicators (citedRange): named with why, and how to write it instead.
    for (const range of unknown) {
      const read = citedRange(range, ruleset.criteria);
      if (read && 'fault' in read)
        checks.push(`Minh chứng ${which}: "${EVIDENCE_HEADER[5]}" ghi "${range}", ${read.fault}: ghi từng chỉ tiêu, cách nhau bởi dấu phẩy (ví dụ "1.1, 1.2, 1.3"), ${LIST_HINT}.`);
    }
    const unread = unknown.filter((c) => !citedRange(c, ruleset.criteria));
    if (unread.length > 0) {
      const quoted = unread.map((c) => `"${c}"`).join(', ');
      checks.push(
        `${listCell(item, 5)} ghi ${quoted}, không có trong bộ tiêu chí đang dùng: Danh mục minh chứng không in ${unread.length > 1 ? 'các mã này' : 'mã này'}; sửa ở ô đó rồi tạo lại hồ sơ.`,
      );
    }
  }
  checks.push(...blankCells(list, unit));
  const order = (item: EvidenceItem) => {
    const n = criterionNumber(item.code);
    return Number.isNaN(n) ? Math.min(...item.indicators.map((c) => criterionOf.get(citedKey(c)) ?? 99), 99) : n;
  };
  items.sort((a, b) => order(a) - order(b) || itemNumber(a) - itemNumber(b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const byLink = new Map<string, EvidenceItem>();
  for (const item of items) for (const link of readLinkCell(item.link).links) if (!byLink.has(linkKey(link))) byLink.set(linkKey(link), item);
  return {
    items,
    checks,
    origins,
    itemFor: (href) => byLink.get(linkKey(href)),
    codesFor(codes) {
      const keys = new Set(codes.map(citedKey));
      return items.filter((i) => i.code && i.indicators.some((c) => keys.has(citedKey(c)))).map((i) => i.code);
    },
  };
}

/** The annex's cells: 12 pt, so that its seven columns fit a landscape page; a cell's own paragraphs too. */
const ANNEX_CELL = { ...CELL, sizePt: 12 };

/** The annex's "Liên kết" column, the last of its seven. */
const LINK_COLUMN = 6;

const cell = (text: string, label: string): TableCell => (text ? { text } : { blocks: [para([fillRun(label, LIST_HINT)], ANNEX_CELL)] });

/**
 * An item's "Liên kết" cell: its links, each a paragraph holding one run that carries the address it
 * prints (Run.link, so both renderers draw a hyperlink and the PDF is clickable) between the words
 * typed beside it ("(bản scan)": linkLines), or where its paper copy is. `style` is the one a plain cell of its row and column has (plainCellStyle), so a link
 * cell reads as its neighbours. A cell with a fault prints none of its links (one of them may be the
 * half of an address a space broke, and words beside links are most often that) but a gap naming the
 * item, the cell and what is wrong, which the checklist lists. `unit` is the commune's
 * (`CommuneNames.unit`): "Bản giấy lưu tại phường".
 */
export function linkCell(item: EvidenceItem, style: ParagraphStyle, unit: string): TableCell {
  const { links, faults, note } = readLinkCell(item.link);
  if (faults.length > 0) {
    const which = item.code || `dòng ${item.row}`;
    const hint = `sửa ở cột "${EVIDENCE_HEADER[4]}" dòng ${item.row} của trang "${SHEETS.evidence}" rồi tạo lại hồ sơ`;
    return { blocks: [para([fillRun(`liên kết đúng của minh chứng ${which} (${faults.join('; ')})`, hint)], style)] };
  }
  if (links.length === 0) return { text: note || `Bản giấy lưu tại ${unit}` };
  return { blocks: linkLines(item.link).map((line) => para(lineRuns(line), style)) };
}

/** A line of a link cell as runs: the words before, the link, the words after, a space between each. */
function lineRuns({ before, href, after }: LinkLine): Run[] {
  const runs: Run[] = href ? [{ text: href, link: href }] : [];
  if (before) runs.unshift({ text: `${before} ` });
  if (after) runs.push({ text: runs.length > 0 ? ` ${after}` : after });
  return runs;
}

/** What the annex asks for in a blank name: the name, or every detail of an item found as a bare link. */
function origin(catalogue: EvidenceCatalogue, code: string): string {
  const found = catalogue.origins.get(code);
  return found ? `tên, số, ngày và cơ quan ban hành của minh chứng ${code} (${found})` : `tên minh chứng ${code}`;
}

/**
 * What an item supports, as its column shows it: indicators by number ("1.1"), a part of one as the
 * indicator ("TC5.2b" → "5.2": the workbook's sub-codes are not the circular's), each once; a whole
 * criterion in words ("Tiêu chí 4", typed "TC4" or "4"), never a bare "4"; in a ruleset scored by
 * criterion (TT44) the column is headed "Tiêu chí" and shows their numbers. Anything else (a range
 * the checklist names as unread) as typed.
 */
function supportedText(codes: string[], byCriterion: boolean): string {
  const shownCode = (c: string): string => {
    // What is no code (a range the reader could not read) prints as typed, as the checklist quotes it.
    if (!/^(?:TC)?\d+(?:\.\d+[a-z]?)?$/i.test(c)) return c;
    if (!byCriterion && /^(?:TC)?\d+$/i.test(c)) return criterionLabel(`TC${c.replace(/^TC/i, '')}`);
    return c.replace(/^TC/i, '').replace(/(\d)[a-z]$/i, '$1');
  };
  const shown = codes.map(shownCode);
  return [...new Set(shown)].join(', ');
}

/** The annex "Danh mục minh chứng": every item with its code, details, what it supports and link (or where the commune, of kind `unit`, keeps it on paper). */
export function evidenceTable(catalogue: EvidenceCatalogue, byCriterion: boolean, unit: string): Block[] {
  if (catalogue.items.length === 0) return [para([fillRun('danh mục minh chứng', LIST_HINT)])];
  const frame: Omit<TableBlock, 'rows'> = {
    kind: 'table',
    // The issuer's column holds a commune's commonest issuers on one line at 12 pt ("Ủy ban nhân dân
    // xã", "Hội Khuyến học xã" about 35 mm, "Ủy ban nhân dân tỉnh" 37 mm; 0,17 of the landscape page's
    // 252 mm is 40 mm less padding), rather than leave "xã" alone on a second line.
    widths: [0.05, 0.08, 0.24, 0.16, 0.17, 0.1, 0.2],
    borders: true,
    cellStyle: ANNEX_CELL,
    aligns: ['center', 'center', 'left', 'left', 'left', 'center', 'left'],
  };
  // Every item's row is a plain one (neither heading nor bold), so its link cell has this style.
  const linkStyle = plainCellStyle({ ...frame, rows: [{ cells: [] }] }, 0, LINK_COLUMN);
  const table: TableBlock = {
    ...frame,
    rows: [
      row(['STT', 'Mã', 'Tên minh chứng', 'Số, ngày ban hành', 'Cơ quan ban hành', byCriterion ? 'Tiêu chí' : 'Chỉ tiêu', 'Liên kết'], { header: true }),
      ...catalogue.items.map((item, i) => ({
        cells: [
          { text: String(i + 1) },
          { text: item.code },
          cell(item.name, origin(catalogue, item.code)),
          { text: item.reference },
          { text: bodyName(item.issuer) },
          { text: supportedText(item.indicators, byCriterion) },
          linkCell(item, linkStyle, unit),
        ],
      })),
    ],
  };
  // The count closes the list and goes onto the signature's page with it (a table's last row cannot).
  return [table, para(`Tổng số: ${catalogue.items.length} minh chứng.`, { ...BODY, spaceBeforePt: 6 })];
}
