/**
 * Keep-with-next in the Google Doc, which DocumentApp cannot set: the paragraphs the model keeps on
 * the page of what follows (headings, the closing lines before a signature, ParagraphStyle.
 * keepWithNext) and the table rows it keeps with the next row (rowKeepsWithNext) get
 * UpdateParagraphStyleRequest { range, paragraphStyle: { keepWithNext: true }, fields:
 * "keepWithNext" } (Docs API reference, documents/request; ParagraphStyle.keepWithNext: "whether
 * at least a part of this paragraph should be laid out on the same page or column as the next
 * paragraph if possible"). The model asks for no keepLinesTogether, so none is sent.
 *
 * The ranges come from documents.get, matched to what the renderer appended, in order. The two
 * lists are not assumed to be one to one: Docs may hold empty paragraphs the renderer did not
 * append (one after a table, which a body cannot end with). So only the non-empty paragraphs and
 * the tables must agree one by one (same text; same rows and columns); an empty paragraph the
 * renderer appended is taken to be the last of the empty paragraphs before the next of those, the
 * one that touches it. The empty paragraphs found before those (extras: Docs added them, or someone
 * pressed Enter after a heading) are kept with the next too when what precedes them is kept, so a
 * heading stays with its text across them rather than with an empty line. When anything else
 * disagrees, no paragraph style is sent and the reason says so (KEEP_MISMATCH): a request could
 * otherwise land on another paragraph.
 */
import type { DocsDocumentShape, DocsElementShape } from './docs-tables';
import { WORD_JOINER } from './typeset';

/** What the renderer appended to the body, in order: a paragraph's text, or a table's size and the rows to keep with the next. */
export type DrawnElement = { kind: 'paragraph'; text: string; keepWithNext: boolean } | { kind: 'table'; rows: number; columns: number; keptRows: number[] };

export interface KeepWithNext {
  updateParagraphStyle: { range: { startIndex: number; endIndex: number }; paragraphStyle: { keepWithNext: true }; fields: 'keepWithNext' };
}

/** The reason given when the body documents.get reports is not what the renderer appended. */
export const KEEP_MISMATCH = 'các đoạn Google Tài liệu báo về không khớp với các đoạn đã vẽ';

/** A paragraph's text as documents.get reports it: its text runs, without the closing newline. */
const paragraphText = (element: DocsElementShape): string =>
  (element.paragraph?.elements ?? [])
    .map((e) => e.textRun?.content ?? '')
    .join('')
    .replace(/\n$/, '');

const isEmpty = (element: DrawnElement | DocsElementShape): boolean =>
  'kind' in element ? element.kind === 'paragraph' && element.text === '' : Boolean(element.paragraph) && paragraphText(element) === '';

/** A list cut before each element that is not an empty paragraph: [the empty paragraphs before it, it]; the last group's anchor is null. */
function groups<T extends DrawnElement | DocsElementShape>(elements: T[]): Array<[T[], T | null]> {
  const out: Array<[T[], T | null]> = [];
  let empties: T[] = [];
  for (const element of elements) {
    if (isEmpty(element)) empties.push(element);
    else {
      out.push([empties, element]);
      empties = [];
    }
  }
  return [...out, [empties, null]];
}

const request = (startIndex: number, endIndex: number): KeepWithNext => ({ updateParagraphStyle: { range: { startIndex, endIndex }, paragraphStyle: { keepWithNext: true }, fields: 'keepWithNext' } });

/** The range over a found element's paragraphs (a whole cell's content), or null when it has no indexes. */
function span(content: DocsElementShape[] | undefined): [number, number] | null {
  const first = content?.[0]?.startIndex;
  const last = content?.[content.length - 1]?.endIndex;
  return first !== undefined && last !== undefined && first < last ? [first, last] : null;
}

/**
 * A paragraph's text without the word joiners that keep a document number whole where a line could
 * end inside it (whole-numbers.ts): whether Docs stores them as written is not documented, and a paragraph is the
 * same paragraph either way.
 */
const withoutJoiners = (text: string): string => text.split(WORD_JOINER).join('');

/** The requests for one pair of a drawn element and the element found for it; null when they differ. */
function pairRequests(drawn: DrawnElement, found: DocsElementShape): KeepWithNext[] | null {
  if (drawn.kind === 'paragraph') {
    if (!found.paragraph || withoutJoiners(paragraphText(found)) !== withoutJoiners(drawn.text)) return null;
    if (!drawn.keepWithNext) return [];
    const range = span([found]);
    return range && [request(...range)];
  }
  const table = found.table;
  if (!table || table.rows !== drawn.rows || table.columns !== drawn.columns) return null;
  const ranges = drawn.keptRows.flatMap((r) => (table.tableRows?.[r]?.tableCells ?? [null]).map((cell) => span(cell?.content)));
  return ranges.every((range) => range !== null) ? ranges.map((range) => request(...(range as [number, number]))) : null;
}

/**
 * The keep-with-next requests for `drawn` in the body `document` reports, in descending index
 * order (Google's "Best practices": edit backwards; a paragraph style inserts nothing, so these
 * move no index), or why none can be sent.
 */
export function keepRequests(drawn: DrawnElement[], document: DocsDocumentShape): { ok: true; requests: KeepWithNext[] } | { ok: false; reason: string } {
  const found = groups((document.body?.content ?? []).filter((e) => e.paragraph || e.table));
  const wanted = groups(drawn);
  const requests: KeepWithNext[] = [];
  if (found.length !== wanted.length) return { ok: false, reason: KEEP_MISMATCH };
  for (const [g, [empties, anchor]] of wanted.entries()) {
    const [foundEmpties, foundAnchor] = found[g];
    const extras = foundEmpties.length - empties.length;
    if (extras < 0) return { ok: false, reason: KEEP_MISMATCH };
    const before = wanted[g - 1]?.[1];
    const chained = before ? (before.kind === 'paragraph' ? before.keepWithNext : before.keptRows.includes(before.rows - 1)) : false;
    const pairs: Array<[DrawnElement, DocsElementShape]> = [
      ...foundEmpties.slice(0, extras).map((extra): [DrawnElement, DocsElementShape] => [{ kind: 'paragraph', text: '', keepWithNext: chained }, extra]),
      ...empties.map((e, i): [DrawnElement, DocsElementShape] => [e, foundEmpties[extras + i]]),
    ];
    if (anchor && foundAnchor) pairs.push([anchor, foundAnchor]);
    for (const [d, f] of pairs) {
      const made = pairRequests(d, f);
      if (!made) return { ok: false, reason: KEEP_MISMATCH };
      requests.push(...made);
    }
  }
  return { ok: true, requests: requests.sort((a, b) => b.updateParagraphStyle.range.startIndex - a.updateParagraphStyle.range.startIndex) };
}
