/**
 * The advance widths of the characters the documents print, read from the TrueType files LibreOffice
 * prints them with (see scripts/font-widths.ts, which writes them into src/core/documents/font-widths.ts).
 */
import { readFileSync } from 'node:fs';

/** Advance widths by character (in em) from a TrueType file's head, hhea, hmtx and cmap (format 4) tables. */
function advanceWidths(path: string): Map<string, number> {
  const data = readFileSync(path);
  const tables = new Map<string, number>();
  for (let i = 0; i < data.readUInt16BE(4); i++) tables.set(data.toString('latin1', 12 + 16 * i, 16 + 16 * i), data.readUInt32BE(20 + 16 * i));
  const at = (tag: string) => tables.get(tag) ?? Number.NaN;
  const unitsPerEm = data.readUInt16BE(at('head') + 18);
  const metrics = data.readUInt16BE(at('hhea') + 34);
  const advance = (glyph: number) => data.readUInt16BE(at('hmtx') + 4 * Math.min(glyph, metrics - 1)) / unitsPerEm;
  const cmap = at('cmap');
  const widths = new Map<string, number>();
  for (let i = 0; i < data.readUInt16BE(cmap + 2); i++) {
    const [platform, encoding, offset] = [data.readUInt16BE(cmap + 4 + 8 * i), data.readUInt16BE(cmap + 6 + 8 * i), data.readUInt32BE(cmap + 8 + 8 * i)];
    const sub = cmap + offset;
    if (platform !== 3 || encoding !== 1 || data.readUInt16BE(sub) !== 4) continue;
    const segments = data.readUInt16BE(sub + 6) / 2;
    const field = (k: number, s: number) => sub + 14 + (k === 0 ? 0 : 2 + k * 2 * segments) + 2 * s;
    for (let s = 0; s < segments; s++) {
      const [end, start, delta, rangeOffset] = [data.readUInt16BE(field(0, s)), data.readUInt16BE(field(1, s)), data.readInt16BE(field(2, s)), data.readUInt16BE(field(3, s))];
      for (let code = start; code <= end && code !== 0xffff; code++) {
        // The glyph index: the code plus delta, or read from the glyph array (0 there: no glyph) plus delta.
        const raw = rangeOffset === 0 ? code : data.readUInt16BE(field(3, s) + rangeOffset + 2 * (code - start));
        const glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
        if (glyph !== 0) widths.set(String.fromCharCode(code), advance(glyph));
      }
    }
  }
  return widths;
}

/** What the documents print: ASCII, the no-break space, Vietnamese letters, typographic quotes and dashes. */
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
export const PRINTED = [...range(0x20, 0x7e), '\u00a0', ...'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư‘’“”–—…•§', ...range(0x1ea0, 0x1ef9)];

/**
 * Widths LibreOffice prints wider than the font's advance, measured in its PDF (pdftotext -bbox,
 * test/documents/pdf-widths.test.ts): a no-break space in italic prints 0,342–0,346 em at 11–14 pt
 * where Liberation Serif Italic's advance is 0,25 (upright and bold print it at 0,25). The date line
 * binds "ngày", "tháng" and "năm" to their numbers with it (typeset.ts), so three of them made the
 * line 1–2 % wider than measured, and "…, ngày 28 tháng 12 / năm 2025" wrapped (review rev13c F8).
 */
const PRINTED_WIDER: Partial<Record<'bold' | 'regular' | 'italic', Record<string, number>>> = { italic: { '\u00a0': 0.346 } };

/** A width table: each width in thousandths of an em (rounded up), with its characters, widths ascending. */
function widthTable(chars: readonly string[], primary: Map<string, number>, fallback: Map<string, number>, wider: Record<string, number> = {}): Array<[number, string]> {
  const groups = new Map<number, string>();
  for (const ch of chars) {
    const em = wider[ch] ?? primary.get(ch) ?? fallback.get(ch);
    if (em === undefined) throw new Error(`no glyph for U+${ch.charCodeAt(0).toString(16)}`);
    const perMille = Math.ceil(em * 1000);
    groups.set(perMille, (groups.get(perMille) ?? '') + ch);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b);
}

/**
 * The three tables src/core/documents/font-widths.ts holds, from the fonts under `fonts` (Debian's
 * /usr/share/fonts/truetype: fonts-liberation, fonts-dejavu-core): what scripts/font-widths.ts
 * writes and test/documents/font-widths-source.test.ts compares the file with.
 */
export function widthTables(fonts: string): Record<'bold' | 'regular' | 'italic', Array<[number, string]>> {
  return {
    bold: widthTable(PRINTED, advanceWidths(`${fonts}/liberation/LiberationSerif-Bold.ttf`), advanceWidths(`${fonts}/dejavu/DejaVuSerif-Bold.ttf`)),
    regular: widthTable(PRINTED, advanceWidths(`${fonts}/liberation/LiberationSerif-Regular.ttf`), advanceWidths(`${fonts}/dejavu/DejaVuSerif.ttf`)),
    italic: widthTable(PRINTED, advanceWidths(`${fonts}/liberation/LiberationSerif-Italic.ttf`), advanceWidths(`${fonts}/dejavu/DejaVuSerif-Italic.ttf`), PRINTED_WIDER.italic),
  };
}
