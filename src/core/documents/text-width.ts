import { BOLD_WIDTHS, ITALIC_WIDTHS, REGULAR_WIDTHS } from './font-widths';
import { PT_PER_MM } from './styles';
import { typeset } from './typeset';

/**
 * How wide text prints in Times New Roman, measured with the widths LibreOffice prints it with here
 * (font-widths.ts: an upper bound for Word and Google Docs, whose Times New Roman has the Vietnamese
 * letters LibreOffice takes from the wider DejaVu Serif). Used to set header lines, the trích yếu
 * and the place and date line, and to tell whether a one-page document fits its page (page-fit.ts).
 */
export type Face = 'bold' | 'regular' | 'italic';

const TABLES: Record<Face, ReadonlyArray<readonly [number, string]>> = { bold: BOLD_WIDTHS, regular: REGULAR_WIDTHS, italic: ITALIC_WIDTHS };

/** Width of a character no table holds: an em, as wide as the widest letters (W, M are 0,94–1 em). */
const UNKNOWN_EM = 1;
/** The width tables by face, built on first use, not when the module loads (every custom-function call loads it). */
const widthsEm: Partial<Record<Face, Map<string, number>>> = {};

/**
 * The share of a line left free where text must stay on one line (the place and date line) and
 * where a page's lines are counted (page-fit.ts). Against LibreOffice's PDF the tables are exact
 * to 0,02 % (test/documents/pdf-widths.test.ts, 78 lines in three faces at 11–14 pt) once the
 * italic no-break space counts at its printed 0,346 em; missing that one character made a date line
 * 1,2–1,4 % wider than measured (review rev13c F8). 1 % holds a miss of that size, about two such
 * characters on a 14 pt date line, without wrapping, and costs a line 1 mm of a 99 mm column.
 */
export const LINE_RESERVE = 0.01;

/** Whether `text` prints on one line `widthMm` wide, LINE_RESERVE to spare. */
export const fitsOneLine = (text: string, sizePt: number, face: Face, widthMm: number): boolean => printedWidthMm(text, sizePt, face) * (1 + LINE_RESERVE) <= widthMm;

/**
 * The width of `ch` in `face` as a share of the font size; a combining mark left after composing
 * takes no width of its own, nor does a format character (the word joiner typeset.ts puts inside a
 * document number: default-ignorable, drawn as nothing).
 */
function charEm(ch: string, face: Face): number {
  let widths = widthsEm[face];
  if (!widths) {
    widths = new Map(TABLES[face].flatMap(([perMille, chars]) => [...chars].map((c): [string, number] => [c, perMille / 1000])));
    widthsEm[face] = widths;
  }
  return widths.get(ch) ?? (/[\p{M}\p{Cf}]/u.test(ch) ? 0 : UNKNOWN_EM);
}

/**
 * The printed width of `text` at `sizePt` in `face`, in millimetres, never less than it prints:
 * measured as the renderers write it (typeset.ts: composed, quotes curled, "ngày", "tháng", "năm"
 * and other labels bound to their numbers by no-break spaces, which LibreOffice prints wider in
 * italic: font-widths.ts; review rev13c F8).
 */
export function printedWidthMm(text: string, sizePt: number, face: Face): number {
  return ([...typeset(text)].reduce((w, ch) => w + charEm(ch, face), 0) * sizePt) / PT_PER_MM;
}

/** The printed width of one character of text already typeset (typeset.ts), in millimetres. */
export const charWidthMm = (ch: string, sizePt: number, face: Face): number => (charEm(ch, face) * sizePt) / PT_PER_MM;
