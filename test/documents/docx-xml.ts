/**
 * Reads a .docx back for tests: unzips it (fflate) and picks WordprocessingML apart with regular
 * expressions, enough for the flat structure the renderer writes (no nested tables).
 */
import { strFromU8, unzipSync } from 'fflate';

export function unzipDocx(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export const all = (xml: string, pattern: RegExp): string[] => xml.match(pattern) ?? [];

/** The text of an element as a reader sees it: its w:t runs joined, a no-break space as a space, no word joiner (typeset.ts keeps a document number whole with them). */
export function textOf(xml: string): string {
  return rawTextOf(xml)
    .replace(/\u00a0/g, ' ')
    .replace(/\u2060/g, '');
}

/** The text with its non-breaking spaces and word joiners kept (textOf reads them as a reader sees them). */
export function rawTextOf(xml: string): string {
  return all(xml, /<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g)
    .map((t) => decode(t.replace(/<[^>]+>/g, '')))
    .join('');
}

/** Top-level paragraphs and tables of a body, in order, as XML. */
export function bodyParts(documentXml: string): string[] {
  const body = documentXml.slice(documentXml.indexOf('<w:body>'), documentXml.lastIndexOf('</w:body>'));
  return all(body, /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g);
}

/**
 * A table and the one after it joined by a paragraph whose mark is hidden (render-docx.ts
 * `tableParts`) print as one table: the join and the second table's properties are left out.
 */
const HIDDEN_JOIN = /<\/w:tbl><w:p><w:pPr>(?:(?!<\/w:p>)[\s\S])*<w:vanish\/>(?:(?!<\/w:p>)[\s\S])*<\/w:p><w:tbl>[\s\S]*?<\/w:tblGrid>/g;

/** The tables of a body as they print (see HIDDEN_JOIN). */
export function tables(documentXml: string): string[] {
  return all(documentXml.replace(HIDDEN_JOIN, ''), /<w:tbl>[\s\S]*?<\/w:tbl>/g);
}

/** A table's cell texts, row by row (a cell's paragraphs joined by " / "). */
export function tableCells(tableXml: string): string[][] {
  return all(tableXml, /<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g).map((row) =>
    all(row, /<w:tc>[\s\S]*?<\/w:tc>/g).map((cell) =>
      all(cell, /<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)
        .map(textOf)
        .filter(Boolean)
        .join(' / '),
    ),
  );
}

/** The value of attribute `name` on the first element `tag` in `xml`. */
export function attr(xml: string, tag: string, name: string): string | undefined {
  const element = new RegExp(`<${tag}(?:\\s[^>]*)?/?>`).exec(xml)?.[0];
  return element ? new RegExp(`${name}="([^"]*)"`).exec(element)?.[1] : undefined;
}
