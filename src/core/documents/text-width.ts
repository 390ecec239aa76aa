import { BOLD_WIDTHS, ITALIC_WIDTHS, REGULAR_WIDTHS } from './font-widths';
import { PT_PER_MM } from './styles';

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

/** The width of `ch` in `face` as a share of the font size; a combining mark left after composing takes no width of its own. */
function charEm(ch: string, face: Face): number {
  let widths = widthsEm[face];
  if (!widths) {
    widths = new Map(TABLES[face].flatMap(([perMille, chars]) => [...chars].map((c): [string, number] => [c, perMille / 1000])));
    widthsEm[face] = widths;
  }
  return widths.get(ch) ?? (/\p{M}/u.test(ch) ? 0 : UNKNOWN_EM);
}

/** The printed width of `text` at `sizePt` in `face`, in millimetres, never less than it prints (letters measured composed, NFC). */
export function printedWidthMm(text: string, sizePt: number, face: Face): number {
  return ([...text.normalize('NFC')].reduce((w, ch) => w + charEm(ch, face), 0) * sizePt) / PT_PER_MM;
}
