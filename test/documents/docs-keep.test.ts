/**
 * Keep-with-next for the Google Doc: the paragraphs and table rows the model keeps with the next,
 * found in documents.get's body by matching what the renderer appended, in order. Indexes below are
 * typed by hand, as documents.get numbers them (UTF-16 units; a paragraph ends after its "\n").
 */
import { describe, expect, it } from 'vitest';
import { type DrawnElement, KEEP_MISMATCH, keepRequests } from '../../src/core/documents/docs-keep';
import type { DocsElementShape } from '../../src/core/documents/docs-tables';

const p = (startIndex: number, text: string, ...more: string[]): DocsElementShape => ({
  startIndex,
  endIndex: startIndex + [text, ...more].join('').length + 1,
  paragraph: { elements: [...[text, ...more].map((content) => ({ textRun: { content } })), { textRun: { content: '\n' } }] },
});
const cell = (...content: DocsElementShape[]) => ({ content });
const table = (startIndex: number, endIndex: number, rows: DocsElementShape[][][]): DocsElementShape => ({
  startIndex,
  endIndex,
  table: { rows: rows.length, columns: rows[0].length, tableRows: rows.map((r) => ({ tableCells: r.map((c) => cell(...c)) })) },
});
const body = (...content: DocsElementShape[]) => ({ body: { content: [{ endIndex: 1 }, ...content] } });
const keep = (startIndex: number, endIndex: number) => ({ updateParagraphStyle: { range: { startIndex, endIndex }, paragraphStyle: { keepWithNext: true }, fields: 'keepWithNext' } });

const para = (text: string, keepWithNext = false): DrawnElement => ({ kind: 'paragraph', text, keepWithNext });

/** Drawn: the first empty paragraph, a kept heading, a paragraph, a 2x2 table whose heading row is kept, the kept spacer, the signature table. */
const drawn: DrawnElement[] = [
  para(''),
  para('I. MỞ ĐẦU', true),
  para('Nội dung'),
  { kind: 'table', rows: 2, columns: 2, keptRows: [0] },
  para('', true),
  { kind: 'table', rows: 1, columns: 2, keptRows: [] },
];

/** As Docs reports it: one more empty paragraph after each table (a body cannot end with a table; assumed after the first too). */
const found = body(
  p(1, ''),
  p(2, 'I. MỞ ĐẦU'),
  p(12, 'Nội ', 'dung'),
  table(21, 49, [
    [[p(24, 'STT')], [p(29, 'Nội dung')]],
    [[p(40, '1')], [p(43, 'Dòng')]],
  ]),
  p(49, ''),
  p(50, ''),
  table(51, 60, [[[p(54, 'A')], [p(57, 'B')]]]),
  p(60, ''),
);

describe('keepRequests', () => {
  it('keeps the heading, each cell of the kept row and the spacer (the last empty paragraph before the signature), in descending index order', () => {
    expect(keepRequests(drawn, found)).toEqual({ ok: true, requests: [keep(50, 51), keep(29, 38), keep(24, 28), keep(2, 12)] });
  });

  it('finds a paragraph whose document number Docs stores with or without the word joiners the renderer wrote in it (review 13d F12; not documented by Google)', () => {
    const drawnNumber = [para(''), para('Căn cứ Thông tư số 25/\u20602023/\u2060TT-\u2060BGDĐT;', true), para('x')];
    const asTyped = (text: string) => body(p(1, ''), p(2, text), p(2 + text.length + 1, 'x'));
    const kept = (text: string) => keepRequests(drawnNumber, asTyped(text));
    expect([kept('Căn cứ Thông tư số 25/\u20602023/\u2060TT-\u2060BGDĐT;'), kept('Căn cứ Thông tư số 25/2023/TT-BGDĐT;')]).toEqual([
      { ok: true, requests: [keep(2, 42)] },
      { ok: true, requests: [keep(2, 39)] },
    ]);
  });

  it('keeps a whole cell of several paragraphs with one range, and sends nothing when nothing is kept', () => {
    const twoLines = body(p(1, ''), table(2, 12, [[[p(5, 'a'), p(7, 'b')], [p(9, '')]]]), p(12, 'x'));
    expect(keepRequests([para(''), { kind: 'table', rows: 1, columns: 2, keptRows: [0] }, para('x')], twoLines)).toEqual({ ok: true, requests: [keep(9, 10), keep(5, 9)] });
    expect(keepRequests([para(''), para('a')], body(p(1, ''), p(2, 'a')))).toEqual({ ok: true, requests: [] });
  });

  it('keeps extra empty paragraphs found after a kept heading or a kept last row (Docs added them, or someone pressed Enter), so the chain reaches what follows; leaves those after what is not kept', () => {
    const extras = body(p(1, ''), p(2, 'I. MỞ ĐẦU'), p(12, ''), p(13, ''), p(14, 'Nội dung'), p(23, ''), p(24, 'Hết'));
    expect(keepRequests([para(''), para('I. MỞ ĐẦU', true), para('Nội dung'), para('Hết')], extras)).toEqual({ ok: true, requests: [keep(13, 14), keep(12, 13), keep(2, 12)] });
    // A table whose last row is kept, an extra empty paragraph after it, then the kept spacer and the signature.
    const signed = body(p(1, ''), table(2, 10, [[[p(4, 'a')], [p(7, 'b')]]]), p(10, ''), p(11, ''), table(12, 21, [[[p(15, 'A')], [p(18, 'B')]]]));
    const drawnSigned: DrawnElement[] = [para(''), { kind: 'table', rows: 1, columns: 2, keptRows: [0] }, para('', true), { kind: 'table', rows: 1, columns: 2, keptRows: [] }];
    expect(keepRequests(drawnSigned, signed)).toEqual({ ok: true, requests: [keep(11, 12), keep(10, 11), keep(7, 9), keep(4, 6)] });
    const unkept: DrawnElement[] = [para(''), { kind: 'table', rows: 1, columns: 2, keptRows: [] }, para('', true), { kind: 'table', rows: 1, columns: 2, keptRows: [] }];
    expect(keepRequests(unkept, signed)).toEqual({ ok: true, requests: [keep(11, 12)] });
  });

  it('refuses when the body differs from what was drawn: another text, another table size, a missing empty paragraph, an extra one with text, a kept cell without indexes', () => {
    const mismatch = { ok: false, reason: KEEP_MISMATCH };
    expect(keepRequests([para(''), para('Mở đầu', true)], body(p(1, ''), p(2, 'Mở  đầu')))).toEqual(mismatch);
    expect(keepRequests([para(''), { kind: 'table', rows: 1, columns: 3, keptRows: [0] }], body(p(1, ''), table(2, 9, [[[p(5, 'a')], [p(7, 'b')]]])))).toEqual(mismatch);
    expect(keepRequests([para(''), para('', true), para('', true), para('Ký')], body(p(1, ''), p(2, ''), p(3, 'Ký')))).toEqual(mismatch);
    expect(keepRequests([para(''), para('a', true)], body(p(1, ''), p(2, 'a'), p(4, 'b')))).toEqual(mismatch);
    expect(keepRequests([para(''), para('a', true)], body(p(1, ''), { startIndex: 2, table: { rows: 1, columns: 1 } }))).toEqual(mismatch);
    const noIndexes = body(p(1, ''), { startIndex: 2, endIndex: 8, table: { rows: 1, columns: 1, tableRows: [{ tableCells: [{ content: [] }] }] } });
    expect(keepRequests([para(''), { kind: 'table', rows: 1, columns: 1, keptRows: [0] }], noIndexes)).toEqual(mismatch);
    expect(keepRequests([para('a', true)], {})).toEqual(mismatch);
  });

  it('refuses, never throws, when a kept table has other rows or a kept row, a cell or its content is missing', () => {
    const mismatch = { ok: false, reason: KEEP_MISMATCH };
    const kept: DrawnElement[] = [para(''), { kind: 'table', rows: 1, columns: 2, keptRows: [0] }];
    const withTable = (t: DocsElementShape['table']) => body(p(1, ''), { startIndex: 2, endIndex: 10, table: t });
    expect(
      keepRequests(
        kept,
        body(
          p(1, ''),
          table(2, 17, [
            [[p(4, 'a')], [p(7, 'b')]],
            [[p(10, 'c')], [p(13, 'd')]],
          ]),
        ),
      ),
    ).toEqual(mismatch);
    expect(keepRequests(kept, withTable({ rows: 1, columns: 2 }))).toEqual(mismatch);
    expect(keepRequests(kept, withTable({ rows: 1, columns: 2, tableRows: [] }))).toEqual(mismatch);
    expect(keepRequests(kept, withTable({ rows: 1, columns: 2, tableRows: [{}] }))).toEqual(mismatch);
    expect(keepRequests(kept, withTable({ rows: 1, columns: 2, tableRows: [{ tableCells: [{}, {}] }] }))).toEqual(mismatch);
  });

  it('reads a paragraph holding more than text runs (a page break, an image) by its text runs', () => {
    const broken: DocsElementShape = { startIndex: 2, endIndex: 5, paragraph: { elements: [{}, { textRun: { content: 'a' } }, { textRun: { content: '\n' } }] } };
    expect(keepRequests([para(''), para('a', true), para('b')], body(p(1, ''), broken, p(5, 'b')))).toEqual({ ok: true, requests: [keep(2, 5)] });
  });

  it('keeps no extra empty paragraph before the first element drawn: nothing before it is kept', () => {
    expect(keepRequests([para('a', true), para('b')], body(p(1, ''), p(2, 'a'), p(4, 'b')))).toEqual({ ok: true, requests: [keep(2, 4)] });
  });

  it('pairs the empty paragraphs drawn with the last of those found, the extras before them', () => {
    // Found after the kept "a": one extra (kept, as "a" is), then the two drawn, the second of them kept.
    const found = body(p(1, ''), p(2, 'a'), p(4, ''), p(5, ''), p(6, ''), p(7, 'b'));
    expect(keepRequests([para(''), para('a', true), para(''), para('', true), para('b')], found)).toEqual({ ok: true, requests: [keep(6, 7), keep(4, 5), keep(2, 4)] });
  });
});
