import { error, warning, type Problem } from '../engine/problems';
import { codeKey, looksLikeCode, normalizeCode, normalizeText } from '../cells/text';
import { isBlank, type Cell } from '../cells/values';
import { formatViDate } from '../cells/vi-date';
import type { Criterion } from '../ruleset/types';
import { linkKey } from './link-key';
import { misplacedHeaders, misplacedHeadersText } from './column-headers';

/**
 * "Danh mục minh chứng": the commune's evidence, one item per row, each citing the indicators it
 * supports. One list rather than a cell of links per indicator, because one decision or report is
 * often the evidence of several indicators, and the dossier's annex must list each item once with
 * its code, its number and date, its issuer and its link (as commune dossiers do: H1.01 … by
 * criterion).
 */
export interface EvidenceItem {
  /** "H1.01": H, the criterion's number, then the item's number within it. */
  code: string;
  /** "Nghị quyết của Đảng ủy xã về xây dựng xã hội học tập". */
  name: string;
  /** "Số 12/NQ-ĐU ngày 15/01/2025"; blank when it has none. */
  reference: string;
  /** Cơ quan ban hành: "Đảng ủy xã". */
  issuer: string;
  /** Where the scanned copy is (a Drive link); blank when it is kept on paper. */
  link: string;
  /** Codes of the indicators (or criteria) it supports, as written: "TC1.1", "TC5.2a", "TC1". */
  indicators: string[];
  /** Row in the sheet (1-based), for messages. */
  row: number;
}

/** The sheet's columns, left to right (the named range starts at the header row). */
export const EVIDENCE_HEADER = ['Mã minh chứng', 'Tên minh chứng', 'Số, ngày ban hành', 'Cơ quan ban hành', 'Liên kết', 'Chỉ tiêu liên quan'] as const;

/** Rows under the header the named range covers. */
export const EVIDENCE_ROWS = 200;

/** The sheet's title rows above the header (the header is on row EVIDENCE_HEADER_ROW). */
export const EVIDENCE_HEADER_ROW = 3;

/** An http(s) address with a host that has a dot: the only text ever made into a link (never "javascript:"). */
const URL_PATTERN = /^https?:\/\/[^\s/?#]+\.\S*$/i;

/**
 * An address typed without its scheme, as the address bar shows it ("drive.google.com/file/d/…"):
 * "www." and a host, or a host whose labels each hold a letter and whose top-level domain is one
 * a commune's evidence lives under (BARE_TLDS), with a path or a third label. Document numbers and
 * file names ("12.KH/UBND", "BC.2025.docx", "H1.01.pdf") would otherwise be taken for addresses
 * and cut out of the text the chairman signs, so any other ending is no address.
 */
const BARE_URL = /^(?:www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?|((?:[a-z0-9-]*[a-z][a-z0-9-]*\.)+)([a-z]{2,})(\/\S*)?)$/i;
const BARE_TLDS = new Set(['vn', 'com', 'net', 'org', 'gov', 'edu', 'info', 'io', 'ly', 'gl']);

/** Whether `link` (trimmed, no scheme) is an address by BARE_URL and BARE_TLDS. */
function isBareAddress(link: string): boolean {
  const match = BARE_URL.exec(link);
  if (!match) return false;
  if (match[2] === undefined) return true; // www.…
  const labels = match[1].split('.').length - 1;
  return BARE_TLDS.has(match[2].toLowerCase()) && (labels >= 2 || match[3] !== undefined);
}

/**
 * The address a text means, or null when it is no link: an http(s) address as it is, a scheme-less
 * one ("drive.google.com/…") with https:// in front. Every reader of links (the sidebar, the
 * dossier's catalogue and annex, the checklist) goes through it, so all take the same links.
 */
export function linkHref(text: string): string | null {
  const link = text.trim();
  if (URL_PATTERN.test(link)) return link;
  return isBareAddress(link) ? `https://${link}` : null;
}

/**
 * An address as written in a sentence: a word starting with http(s)://, wherever it stands, glued
 * to a word or to another address before it ("xemhttps://…", "…/h101https://…", "Kết quả:https://…"),
 * or with a letter or digit (scheme-less), up to the next space or the next http(s):// glued to it
 * ("https://a.vn/x,https://b.vn/y"); one after "=", "/", "%", "?" or "&" is part of the address
 * before it (a redirect's "?q=https://…"). linkParts then cuts it where another address is glued to
 * it (cutGlued) and where it ends (trimLink).
 */
const WORD_IN_TEXT = /(?:(?<![=/%?&])https?:\/\/|(?<![\w@/.:-])(?=[a-z0-9]))\S+?(?=\s|$|(?<![=/%?&])https?:\/\/)/gi;

/** Signs an address never holds as typed (RFC 3986 leaves them out; a browser writes '"' as %22): where one stands, the address has ended. */
const NEVER_IN_ADDRESS = /["“”‘’«»<>，、。；]/;

/**
 * A word as the link it holds, as linkifiers take it (linkify-it, GitHub): the quotes or bracket
 * opening it are not part of it; it ends before a sign no address holds (NEVER_IN_ADDRESS: a quote
 * closing round it, '“https://a.vn/x”được') or a closing bracket it does not open, whatever is
 * glued after ("(https://a.vn/x)và" → "https://a.vn/x", "https://vi.wikipedia.org/wiki/A_(b)"
 * whole); the sentence's punctuation after it is not part of it either.
 */
export function trimLink(word: string): string {
  let link = word.replace(/^["'“‘(<[]+/, '');
  // Brackets the address has opened and not yet closed, by the sign closing them.
  const open: Record<string, number> = { ')': 0, ']': 0 };
  const end = link.split('').findIndex((ch, i) => {
    // A bracket opening Vietnamese words is a note glued to the address ("…?usp=sharing(bản scan)"), which no address holds as typed (review 13d F2).
    if (ch === '(' && /^\([^)]*[^ -~]/.test(link.slice(i))) return true;
    if (ch === '(') open[')']++;
    else if (ch === '[') open[']']++;
    else if (ch === ')' || ch === ']') return open[ch]-- === 0;
    return NEVER_IN_ADDRESS.test(ch);
  });
  if (end >= 0) link = link.slice(0, end);
  for (;;) {
    const last = link.slice(-1);
    if (!/[.,;:!?'…]/.test(last)) return link;
    link = link.slice(0, -1);
  }
}

/**
 * What is wrong with a word that looks like an address but is none, or null when it is a link or
 * does not look like one: "http//…" (no ":"), "htps://…" (a misspelt scheme), "https:/…" (one
 * slash), "https://drive" (no dotted host, as when a space breaks the address).
 */
export function linkFault(word: string): string | null {
  if (linkHref(word)) return null;
  const scheme = /^([a-z]{2,8})(:?)(\/*)/i.exec(word);
  if (!scheme) return null;
  const [start, name, colon, slashes] = scheme;
  const http = /^https?$/i.test(name);
  // "Lưu:", "Link:", "KH/UBND" are words; "htps:/", "htp//" and "http:" begin an address.
  if (http ? !colon && slashes.length < 2 : slashes.length < (colon ? 1 : 2)) return null;
  if (!http) return `"${start}" viết sai, cần "https://" hoặc "http://"`;
  if (!colon) return `thiếu dấu ":" sau "${name}"`;
  if (slashes.length !== 2) return `sau "${name}:" cần hai dấu "/"`;
  return 'chưa có tên miền đầy đủ';
}

/** The marks standing for a stretch left out of an address: "…" or three dots. */
const ELLIPSIS = /…|\.{3}/;

/**
 * An address shortened as chat apps, lists and printed pages show it, with "…" (or "...") where a
 * stretch was left out, at its end ("https://drive.google.com/file/d/1AbC…") or in its middle
 * ("https://drive.google.com/…/view"): its text, quotes or brackets around it aside, when what
 * precedes the first "…" begins an address (a link or one written wrong); null for any other word.
 * No address holds "…" as typed (a browser writes it %E2%80%A6), so taken as a link it would open
 * nothing: it is a fault (CUT_SHORT_FAULT).
 */
function cutShort(word: string): string | null {
  const ended = /^["'“‘(<[]*(.*?(?:…|\.{3}))["'”’)\]>]*$/.exec(word);
  const written = ended ? ended[1] : trimLink(word);
  if (!ELLIPSIS.test(written)) return null;
  return beginsAddress(written.split(ELLIPSIS)[0]) ? written : null;
}

const CUT_SHORT_FAULT = 'địa chỉ bị rút gọn (có dấu "…" thay cho một đoạn, như khi chép từ Zalo, Facebook hay từ bản in): cần dán lại nguyên địa chỉ';

/** A word as an address: a link, an address written wrong or cut short with what is wrong, or null for a word that is no address. */
function readAddress(word: string): { written: string; href: string } | { written: string; fault: string } | null {
  const cut = cutShort(word);
  if (cut !== null) return { written: cut, fault: CUT_SHORT_FAULT };
  const written = trimLink(word);
  const href = linkHref(written);
  if (href) return { written, href };
  const fault = linkFault(written);
  return fault ? { written, fault } : null;
}

/** Whether a piece of a word begins an address (a link, or one written wrong: linkFault), the quotes or bracket before it aside. */
const beginsAddress = (piece: string): boolean => {
  const written = trimLink(piece);
  return linkHref(written) !== null || linkFault(written) !== null;
};

/**
 * A word without spaces cut where one address ends and the next begins with no space between
 * (copied from a list, typed in a hurry): at ";", "|", East Asian commas ("，", "、") and the full-width
 * semicolon ("；"), before a
 * scheme glued to what precedes it ("…/xhttps://…", but not a redirect's "?q=https://…"), and at a
 * comma an address follows, with or without its scheme ("…/x,drive.google.com/y"). A comma no
 * address follows stays in the address ("?a=1,2"). The pieces joined with what cut them are the
 * word; the first piece is where the word starts.
 */
function cutGlued(word: string): string[] {
  return word.split(/[;|，、；]+|(?<![=/%?&])(?=https?:\/\/)/).flatMap((part) =>
    part.split(',').reduce<string[]>((pieces, piece, i) => {
      if (i === 0 || beginsAddress(piece)) pieces.push(piece);
      else pieces[pieces.length - 1] += `,${piece}`;
      return pieces;
    }, []),
  );
}

/** Each address once, as first typed: two forms of one file (`linkKey`: "…/view?usp=sharing", "…/view") are one. */
const onceEach = (links: string[]): string[] => links.filter((link, i) => links.findIndex((other) => linkKey(other) === linkKey(link)) === i);

/** What a "Liên kết" cell holds, read by the one rule the sidebar, the annex and the checklist share. */
export interface LinkCell {
  /** The addresses it means (linkHref), in order, each once (`linkKey`). */
  links: string[];
  /** What is wrong, one entry per fault: '"http//…": thiếu dấu ":" sau "http"'; empty when it is right. */
  faults: string[];
  /** Words without any address (where the paper copy is kept), as typed; blank when it holds a link. */
  note: string;
}

/**
 * One line of a "Liên kết" cell as the annex and the sidebar print it: an address (as linkHref gives
 * it) with the words typed before and after it on its line, as typed ("(bản scan)", "- bản gốc");
 * `href` null for a line of words alone in a cell that also holds links ("Bản gốc lưu tại UBND").
 */
export interface LinkLine {
  before: string;
  href: string | null;
  after: string;
}

/** An address written wrong and what is wrong with it: '"http//a.vn": thiếu dấu ":" sau "http"'. */
const quoteFault = (written: string, fault: string): string => `"${written}": ${fault}`;

/** How a "Liên kết" cell should be written, said with each fault of its words. */
const ONE_LINK_A_LINE = 'địa chỉ viết liền, ghi chú cách địa chỉ một dấu cách, ví dụ "https://… (bản scan)"; nhiều liên kết thì cách nhau bởi dấu chấm phẩy hoặc xuống dòng';

/**
 * A word right after an address that may be the rest of it a space broke ("…/folders/1AbC dEf"): it
 * starts with a letter or digit, or with "/" or "?" and one (a path or query cut off: "…/d/1AbC
 * /view?usp=sharing"), and holds only what an address holds unescaped (ASCII). A word with a
 * Vietnamese letter, or opening with a bracket or a dash ("(bản", "-"), or a lone "/", is a note.
 */
const ADDRESS_REST = /^[/?]?[a-z0-9][\w\-.~%/?=&#+:@!$'*,]*$/i;

/** Words as a line prints them: blank when they hold no letter or digit (a bullet, a bracket, a stop). */
const spoken = (words: string[]): string => (words.some((w) => /[\p{L}\p{N}]/u.test(w)) ? words.join(' ') : '');

/**
 * Reads a "Liên kết" cell by lines (a line break, ";" or "|" ends one) and words (split at spaces and
 * cut where two addresses meet: cutGlued), each a link, an address written wrong (linkFault) or a
 * word. Words a space sets apart from an address are a note printed with it, as typed ("https://…
 * (bản scan)", "Bản gốc: https://… - lưu tại UBND"), except a word right after an address that may be
 * its rest a space broke (ADDRESS_REST): that cell must be rewritten rather than printed as a link
 * that is wrong; so must a word glued to an address ("(https://…)và", "xemhttps://…"). Words alone
 * say where the paper copy is.
 */
function scanLinkCell(text: string): LinkCell & { lines: LinkLine[] } {
  const found: Array<{ before: string[]; href: string | null; after: string[] }> = [];
  const faults: string[] = [];
  const stray: string[] = [];
  type Found = (typeof found)[number];
  for (const typed of text.split(/[\r\n;|；]+/)) {
    const before: string[] = [];
    let current: Found | null = null;
    for (const word of typed.split(/\s+/).filter(Boolean)) {
      const pieces = cutGlued(word);
      const addresses = pieces.map(readAddress);
      if (addresses.every((address) => address === null)) {
        if (current && current.after.length === 0 && ADDRESS_REST.test(word)) stray.push(word);
        else (current?.after ?? before).push(word);
        continue;
      }
      for (const [i, piece] of pieces.entries()) {
        const address = addresses[i];
        if (address && 'href' in address) {
          current = { before: current ? [] : before, href: address.href, after: [] };
          found.push(current);
        } else if (address) faults.push(quoteFault(address.written, address.fault));
        const rest = address ? piece.slice(piece.indexOf(address.written) + address.written.length) : piece;
        // A note in brackets glued to a link is its note, as one a space sets apart.
        const linked = address !== null && 'href' in address;
        if (/[\p{L}\p{N}]/u.test(rest)) (rest.startsWith('(') && linked && current ? current.after : stray).push(rest);
      }
    }
    if (!current && spoken(before)) found.push({ before: [], href: null, after: before });
  }
  const links = onceEach(found.flatMap((line) => (line.href ? [line.href] : [])));
  if (links.length === 0 && faults.length === 0) return { links, faults, note: normalizeText(text), lines: [] };
  if (stray.length > 0) faults.push(`ngoài liên kết còn ghi "${stray.join(' ')}": ${ONE_LINK_A_LINE}`);
  // A file typed twice prints once, as first typed, unless a later line says something of its own.
  const seen = new Set<string>();
  const lines = found.flatMap(({ before, href, after }) => {
    const line = { before: spoken(before), href, after: spoken(after) };
    if (href === null) return [line];
    const first = !seen.has(linkKey(href));
    seen.add(linkKey(href));
    return first || line.before || line.after ? [line] : [];
  });
  return { links, faults, note: '', lines };
}

/** Reads a "Liên kết" cell (scanLinkCell): its links, what is wrong, or where the paper copy is. */
export function readLinkCell(text: string): LinkCell {
  const { links, faults, note } = scanLinkCell(text);
  return { links, faults, note };
}

/** A "Liên kết" cell's lines as printed (scanLinkCell): each address with the note typed beside it; none when it holds no link or a fault. */
export const linkLines = (text: string): LinkLine[] => scanLinkCell(text).lines;

/** A stretch of a text: words as written, a link with the address it means, or an address written wrong with what is wrong. */
export type TextPart = { text: string } | { written: string; href: string } | { written: string; fault: string };

/** A text cut at its addresses (links and addresses written wrong, linkFault), nothing left out: the parts joined are the text. */
export function linkParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const words = new RegExp(WORD_IN_TEXT.source, 'gi');
  let done = 0;
  for (let word = words.exec(text); word; word = words.exec(text)) {
    // Two addresses glued: this one ends where cutGlued cuts, and the search goes on from there.
    const [first] = cutGlued(word[0]);
    words.lastIndex = word.index + first.length;
    // The word starts with a letter or digit, so trimming only shortens its end.
    const address = readAddress(first);
    if (!address) continue;
    if (word.index > done) parts.push({ text: text.slice(done, word.index) });
    parts.push(address);
    done = word.index + address.written.length;
    // What is glued after where it ended ("(https://a.vn/x)drive.google.com/y") is read again.
    words.lastIndex = done;
  }
  if (done < text.length) parts.push({ text: text.slice(done) });
  return parts;
}

/** The links of a text as written there, with the address each means. */
const linkWords = (text: string): Array<{ written: string; href: string }> => linkParts(text).flatMap((part) => ('href' in part ? [part] : []));

/**
 * What is wrong with each address a text writes wrong, in brackets after the words saying it is no
 * link (the old link column's checklist line and the sidebar's message): ' ("http//…": thiếu dấu ":"
 * sau "http")', or nothing.
 */
export function faultsNote(text: string): string {
  const faults = linkParts(text).flatMap((part) => ('fault' in part ? [quoteFault(part.written, part.fault)] : []));
  return faults.length > 0 ? ` (${faults.join('; ')})` : '';
}

/** Every link in a text, however they were separated (new lines, commas, spaces, brackets), once each, as linkHref gives it. */
export const linksIn = (text: string): string[] => [...new Set(linkWords(text).map((l) => l.href))];

/** A text without its links, the brackets and spaces they leave tidied: "Xem (https://…), bản giấy" → "Xem, bản giấy". */
export function withoutLinks(text: string): string {
  // Longest first, so that a link is never cut out of a longer one it begins.
  return [...new Set(linkWords(text).map((l) => l.written))]
    .sort((a, b) => b.length - a.length)
    .reduce((rest, link) => rest.split(link).join(''), text)
    .replace(/[\s,;:]+\)/g, ')')
    .replace(/\(\)/g, '')
    .replace(/\s+([.,;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What an indicator row's old "Minh chứng (liên kết)" cell holds (the column "Danh mục minh chứng"
 * replaced): its links, and any other text. The sidebar shows both and the dossier lists the links
 * and names the text in its checklist, so both read the cell by this one rule.
 */
export function oldLinkCell(text: string): { links: string[]; other: string } {
  // What separated the links ("https://…; https://…") is not text of its own.
  return { links: linksIn(text), other: withoutLinks(text).replace(/^[.,;:]+\s*|\s*[,;:]+$/g, '') };
}

/** A cell as the text the list means: a date as dd/mm/yyyy, spaces tidied. */
export const evidenceText = (cell: Cell): string => (isBlank(cell) ? '' : cell instanceof Date ? formatViDate(cell) : normalizeText(String(cell)));
const text = evidenceText;

/** A "Liên kết" cell's text, each line's spaces tidied but the lines kept: links typed one a line ("1. https://…" Alt+Enter "2. https://…") are read line by line (readLinkCell; review 13d F3). */
const linkText = (cell: Cell): string => (isBlank(cell) ? '' : String(cell).split(/\r?\n/).map(normalizeText).filter(Boolean).join('\n'));

/** The words a person writes before a code, with what stays of them: "Chỉ tiêu 1.2" → "1.2", "Tiêu chí 4" → "TC4", "TC 1.3" → "TC1.3" (with or without diacritics, in any case). */
const CODE_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:các\s+)?(?:chỉ|chi)\s*(?:tiêu|tieu)\s*:?\s*(?=\d)/iu, ''],
  [/^ct\s*(?=\d)/i, ''],
  [/^(?:các\s+)?(?:tiêu|tieu)\s*(?:chí|chi)\s*:?\s*(?=\d)/iu, 'TC'],
  [/^tc\s+(?=\d)/i, 'TC'],
];

/** `part` without the words a person writes before a code (CODE_WORDS). */
const withoutCodeWords = (part: string): string => CODE_WORDS.reduce((code, [words, kept]) => code.replace(words, kept), part.trim());

/**
 * A range as people write it: two codes joined by a hyphen, a dash, a minus sign (U+2212), "~", an
 * arrow ("->", "→") or "đến"/"tới", "từ" before, with or without diacritics ("TC1.1-1.3", "1.1 – 1.3",
 * "từ chỉ tiêu 1.1 đến 1.3", "1.1 den 1.3").
 */
const RANGE = /^(?:(?:từ|tu)\s+)?(.+?)\s*(?:->|[-~\u2010-\u2014\u2212\u2192]|\s(?:đến|tới|den|toi)\s)\s*(.+)$/iu;

/** What a range in "Chỉ tiêu liên quan" names: the ruleset's codes it spans, or why it spans none (words for the checklist). */
export type CitedRange = { codes: string[] } | { fault: string };

/**
 * A part of "Chỉ tiêu liên quan" (between its separators, as splitCodes cuts it) as its codes are
 * read: a comma between digits as the decimal comma it is there (the list's commas were cut
 * already: "1,1-1,3"), a closing stop and the words before a code dropped (CODE_WORDS).
 */
const readPart = (part: string): string =>
  withoutCodeWords(
    part
      .replace(/(\d),(\d)/g, '$1.$2')
      .trim()
      .replace(/\.+$/, ''),
  );

/**
 * A range's second end written as the indicator's number alone ("1.1-3", "TC4.2 đến 4"): the
 * indicator of that number in the criterion of the first end ("1.3", "4.4"), as people shorten a
 * run within one criterion. A second end with "TC" or a dot, or after a first end that is a
 * criterion ("TC3-5"), is read as written.
 */
function fullEnd(first: string, second: string): string {
  const criterion = /^(?:TC)?(\d+)\.\d+[a-z]?$/i.exec(first)?.[1];
  return criterion !== undefined && /^\d+$/.test(second) ? `${criterion}.${second}` : second;
}

/**
 * The range written in `part` ("TC1.1-1.3", "1.1 – 1.3", "TC1.1 đến 1.3", "Tiêu chí 1 - 3", "1.1-3"
 * with its end short: fullEnd), read along the ruleset's `criteria`: the run of one criterion's
 * indicators (an indicator judged on two figures once, as the ruleset names it: TC5.2) or of
 * criteria from the first end to the second, as the ruleset codes them. `part` is one part of the
 * cell as splitCodes cuts it, as typed ("1,1-1,3" with decimal commas: readPart). A range whose ends
 * are no two codes of one run, in order, spans nothing: its fault says why (an end the ruleset has
 * not, or not the indicators of one criterion in order: "1.3-2.1", "1.3-1.1"). Null when `part` is
 * no range, or is a code of the ruleset itself (a province's code may hold a hyphen).
 */
export function citedRange(part: string, criteria: readonly Criterion[]): CitedRange | null {
  const read = readPart(part);
  const match = RANGE.exec(read);
  if (!match) return null;
  const [first, second] = [match[1], match[2]].map(withoutCodeWords);
  if (![first, second].every((end) => !end.includes(' ') && looksLikeCode(end))) return null;
  const ends = [first, fullEnd(first, second)];
  // Along each run, by citedKey; a part of an indicator stands for the indicator.
  const runs = [criteria.map((c) => c.code), ...criteria.map((c) => [...new Set(c.items.map((i) => i.partOf ?? i.code))])];
  const indicatorOf = new Map(criteria.flatMap((c) => c.items.map((i): [string, string] => [citedKey(i.code), citedKey(i.partOf ?? i.code)])));
  if (runs.some((run) => run.some((code) => citedKey(code) === citedKey(read)))) return null;
  const keys = ends.map((end) => indicatorOf.get(citedKey(end)) ?? citedKey(end));
  const unknown = ends.filter((_, e) => !runs.some((run) => run.some((code) => citedKey(code) === keys[e])));
  if (unknown.length > 0) return { fault: `không có chỉ tiêu mã ${unknown.join(', ')} trong bộ tiêu chí đang dùng` };
  for (const run of runs) {
    const [from, to] = keys.map((key) => run.findIndex((code) => citedKey(code) === key));
    if (from >= 0 && to >= from) return { codes: run.slice(from, to + 1) };
  }
  return { fault: 'không phải các chỉ tiêu liên tiếp của một tiêu chí' };
}

/**
 * Two numbers joined by a comma with nothing else between them, where a code stands: a code written with a decimal comma
 * ("2,1"). Glued to "TC" or a word before it, it ends before anything but a digit ("TC2,1, TC2,2", "TC2,1,TC2,2"); else it
 * stands after the start, a space, ";" or a dash, and before the end, a space, ";", a dash, a closing stop, or a list's
 * comma that no bare number follows ("2,1, 2,2", "2,1, 3.1"). "1,1,1,2", "1,2,3" and "1,2, 3" (a run of numbers, criteria
 * in a ruleset scored by criterion) are none: read as numbers, as a list of criteria.
 */
const DECIMAL_COMMA_CODE = /(?<=\p{L})(\d+),(\d+)(?=$|[^\d,.]|[.,](?!\d))|(?<=^|[\s;\u2010-\u2015-])(\d+),(\d+)(?=$|[\s;\u2010-\u2015-]|\.(?!\d)|,(?!\d)(?!\s*\d+(?!\d|[.,]\d)))/gu;

/** Where "Chỉ tiêu liên quan" is cut into parts: "/", ",", ";", "và", a line (a line is a space once the cell is read). */
const CITED_SEPARATOR = /[,;/]|\s+và\s+/giu;

/**
 * The codes of "Chỉ tiêu liên quan", as people write them: "TC1.1, TC1.2; tc2", "1.1; 1.3", "Chỉ
 * tiêu 1.2", "chỉ tiêu 1.1, 1.2 và 1.3", "TC 1.3", "TC2.1, TC2.2." (review 13c F11), "2,1", "TC2,1", "TC2,1, TC2,2" with a
 * decimal comma (one indicator: DECIMAL_COMMA_CODE), "Các chỉ tiêu: 1.1", "TC3.1/TC3.2" (review 13d F4). Separated by "/",
 * ",", ";", "và" or a line; within a part, spaces separate codes only when every word is one
 * ("TC1.1 TC2.3"); words before a code are dropped (CODE_WORDS), a closing "." too. A range
 * ("TC1.1-1.3", "1.1 đến 1.3", "1.1-3") is the codes of the ruleset's `criteria` it spans (citedRange; review
 * 13d F4). A part that is no code, or a range that spans nothing, stays whole and as typed ("xem biên bản",
 * "Chỉ tiêu 1,3 - 2,1"), so that the checklist names it and the Danh mục prints it as the cell shows it (review 13e F10).
 * Compare them by `citedKey`.
 */
export function splitCodes(cell: Cell, criteria: readonly Criterion[]): string[] {
  const typed = text(cell);
  // A code written with a decimal comma ("2,1": a vi-VN sheet shows the number 2.1 so, and its users type codes so) is one
  // indicator, 2.1, never criteria 2 and 1 (review 13d F1, 13e F1, F14). One sign for another: each part stands where typed.
  const read = typed.replace(DECIMAL_COMMA_CODE, '$1$3.$2$4');
  const bounds = [0, ...[...read.matchAll(CITED_SEPARATOR)].flatMap((sep) => [sep.index, sep.index + sep[0].length]), read.length];
  const codes: string[] = [];
  for (let b = 0; b < bounds.length; b += 2) {
    const part = readPart(read.slice(bounds[b], bounds[b + 1]));
    if (!part) continue;
    const range = citedRange(part, criteria);
    const words = part.split(' ');
    if (range && 'codes' in range) codes.push(...range.codes);
    else if (!range && words.every((word) => looksLikeCode(word))) codes.push(...words.map(normalizeCode));
    else codes.push(typed.slice(bounds[b], bounds[b + 1]).trim());
  }
  return codes;
}

/**
 * The key a code cited in "Chỉ tiêu liên quan" compares by with the ruleset's codes: `codeKey`
 * without the "TC" the template's codes begin with, so "TC1.2", "tc1.2" and "1.2" cite one
 * indicator and "4" the criterion TC4 (a province's own codes, "A.3", compare as they are).
 */
export const citedKey = (code: string): string => codeKey(code).replace(/^TC(?=\d)/, '');

/** An evidence code typed in small letters ("h1.01") as the documents print it: "H1.01". */
const evidenceCode = (cell: Cell): string => normalizeCode(cell).replace(/^h(?=\d)/, 'H');

/**
 * Reads the CDHT_MINH_CHUNG block (header row first). Blank rows are skipped; a row without a
 * code or a name, or a code used twice, is a warning naming its row, and the row is still read
 * (a dossier lists what the commune entered rather than dropping it). "Chỉ tiêu liên quan" is read
 * along the `criteria` of the ruleset in use (splitCodes: a range spans its indicators). Columns
 * are read by place: a header row out of place (a column deleted before others, or inserted
 * among them) is an error naming its columns, and nothing is read (evidenceHeaderFault).
 */
export function readEvidenceList(rows: Cell[][], sheetName: string, criteria: readonly Criterion[]): { items: EvidenceItem[]; problems: Problem[] } {
  const items: EvidenceItem[] = [];
  const problems: Problem[] = [];
  const fault = evidenceHeaderFault(rows, sheetName);
  if (fault) return { items, problems: [error(`Trang "${sheetName}"`, fault)] };
  const seen = new Set<string>();
  rows.slice(1).forEach((cells, index) => {
    const [code, name, reference, issuer, link, indicators] = EVIDENCE_HEADER.map((_, c) => cells[c]);
    if ([code, name, reference, issuer, link, indicators].every(isBlank)) return;
    const row = EVIDENCE_HEADER_ROW + 1 + index;
    const where = `Trang "${sheetName}" dòng ${row}`;
    const item: EvidenceItem = {
      code: evidenceCode(code),
      name: text(name),
      reference: text(reference),
      issuer: text(issuer),
      link: linkText(link),
      indicators: splitCodes(indicators, criteria),
      row,
    };
    if (!item.code) problems.push(warning(where, `${where}: chưa có mã minh chứng (ví dụ H1.01).`));
    if (!item.name) problems.push(warning(where, `${where}: chưa có tên minh chứng.`));
    if (item.code && seen.has(codeKey(item.code))) problems.push(warning(where, `${where}: mã minh chứng ${item.code} bị trùng.`));
    seen.add(codeKey(item.code));
    items.push(item);
  });
  return { items, problems };
}

/**
 * Why the CDHT_MINH_CHUNG block `rows` (header row first) cannot be read by column place, or null:
 * its header row shows EVIDENCE_HEADER out of place (misplacedHeaders). `sheetName` is the
 * sheet's name, for the message. Every reader of the list (the dossier, the sidebar's load and
 * save) asks it first.
 */
export function evidenceHeaderFault(rows: readonly Cell[][], sheetName: string): string | null {
  const misplaced = misplacedHeaders(rows[0] ?? [], EVIDENCE_HEADER);
  return misplaced.length === 0 ? null : misplacedHeadersText(`Trang "${sheetName}", dòng ${EVIDENCE_HEADER_ROW}`, misplaced);
}
