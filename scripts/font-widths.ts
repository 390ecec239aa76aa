/**
 * Writes src/core/documents/font-widths.ts: the advance width of each character the documents
 * print, in thousandths of an em, as LibreOffice prints Times New Roman bold on this machine:
 * Liberation Serif Bold (metric-compatible with Times New Roman, which fontconfig substitutes for
 * it) where it has the glyph, else DejaVu Serif Bold (fontconfig's fallback for the Vietnamese
 * letters Liberation Serif 2.00 lacks, such as Ư, Ơ, Ả, which print wider than in Times New Roman);
 * and the same for the regular weight (Liberation Serif Regular, else DejaVu Serif: a header's
 * upright line, body text) and italic (Liberation Serif Italic, else DejaVu Serif Italic: the place
 * and date line).
 * Rounded up, so a line measured with them fits in LibreOffice, Word and Google Docs alike.
 *
 *   npx tsx scripts/font-widths.ts [fonts directory]
 */
import { readFileSync, writeFileSync } from 'node:fs';

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
const PRINTED = [...range(0x20, 0x7e), '\u00a0', ...'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư‘’“”–—…•§', ...range(0x1ea0, 0x1ef9)];

const [fonts = '/usr/share/fonts/truetype'] = process.argv.slice(2);

/**
 * Widths LibreOffice prints wider than the font's advance, measured in its PDF (pdftotext -bbox,
 * test/documents/pdf-widths.test.ts): a no-break space in italic prints 0,342–0,346 em at 11–14 pt
 * where Liberation Serif Italic's advance is 0,25 (upright and bold print it at 0,25). The date line
 * binds "ngày", "tháng" and "năm" to their numbers with it (typeset.ts), so three of them made the
 * line 1–2 % wider than measured, and "…, ngày 28 tháng 12 / năm 2025" wrapped (review rev13c F8).
 */
const PRINTED_WIDER: Partial<Record<'bold' | 'regular' | 'italic', Record<string, number>>> = { italic: { '\u00a0': 0.346 } };

/** The rows of a width table: each width in thousandths of an em (rounded up), with its characters. */
function widthRows(chars: readonly string[], primary: Map<string, number>, fallback: Map<string, number>, wider: Record<string, number> = {}): string {
  const groups = new Map<number, string>();
  for (const ch of chars) {
    const em = wider[ch] ?? primary.get(ch) ?? fallback.get(ch);
    if (em === undefined) throw new Error(`no glyph for U+${ch.charCodeAt(0).toString(16)}`);
    const perMille = Math.ceil(em * 1000);
    groups.set(perMille, (groups.get(perMille) ?? '') + ch);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([w, group]) => `  [${w}, ${JSON.stringify(group).replace(/\u00a0/g, '\\u00a0')}],`)
    .join('\n');
}

const bold = widthRows(PRINTED, advanceWidths(`${fonts}/liberation/LiberationSerif-Bold.ttf`), advanceWidths(`${fonts}/dejavu/DejaVuSerif-Bold.ttf`));
const regular = widthRows(PRINTED, advanceWidths(`${fonts}/liberation/LiberationSerif-Regular.ttf`), advanceWidths(`${fonts}/dejavu/DejaVuSerif.ttf`));
const italic = widthRows(PRINTED, advanceWidths(`${fonts}/liberation/LiberationSerif-Italic.ttf`), advanceWidths(`${fonts}/dejavu/DejaVuSerif-Italic.ttf`), PRINTED_WIDER.italic);
writeFileSync(
  'src/core/documents/font-widths.ts',
  `/**
 * Advance widths of Times New Roman bold as LibreOffice prints it here, in thousandths of an em,
 * rounded up, each with the characters of that width. Generated by scripts/font-widths.ts from
 * Liberation Serif Bold (metric-compatible with Times New Roman) and, for the Vietnamese letters it
 * lacks (Ư, Ơ, Ả …), DejaVu Serif Bold, LibreOffice's fallback for them: wider than Times New Roman's
 * own, so a width measured with this table is an upper bound for Word and Google Docs too.
 */
export const BOLD_WIDTHS: ReadonlyArray<readonly [number, string]> = [
${bold}
];

/**
 * The same for the regular weight (Liberation Serif Regular, else DejaVu Serif): a header's upright
 * line (the parent body) and body text. Generated by scripts/font-widths.ts.
 */
export const REGULAR_WIDTHS: ReadonlyArray<readonly [number, string]> = [
${regular}
];

/**
 * The same for italic (Liberation Serif Italic, else DejaVu Serif Italic): the place and date line.
 * Generated by scripts/font-widths.ts.
 */
export const ITALIC_WIDTHS: ReadonlyArray<readonly [number, string]> = [
${italic}
];
`,
);
console.log(`${PRINTED.length} characters in each of bold, regular and italic`);
