/**
 * The width tables the documents are measured with (src/core/documents/font-widths.ts) are what
 * scripts/font-widths.ts reads from the fonts LibreOffice prints with here (Liberation Serif, DejaVu
 * Serif for the Vietnamese letters it lacks), plus the widths measured wider in its PDF: a width
 * edited by hand, or a font that changed, would make every line measure wrong without a word
 * (blind sample 9's P24: one width 556 → 565 went unseen).
 */
import { describe, expect, it } from 'vitest';
import { BOLD_WIDTHS, ITALIC_WIDTHS, REGULAR_WIDTHS } from '../../src/core/documents/font-widths';
import { widthTables } from '../../scripts/lib/font-widths';

describe('the width tables', () => {
  it('are the fonts’ own advance widths, rounded up to thousandths of an em, as scripts/font-widths.ts writes them', () => {
    const fromFonts = widthTables('/usr/share/fonts/truetype');
    expect({ bold: BOLD_WIDTHS, regular: REGULAR_WIDTHS, italic: ITALIC_WIDTHS }).toEqual(fromFonts);
  });

  it('hold a few widths known from the fonts’ metrics (Times New Roman’s, which Liberation Serif copies)', () => {
    const width = (table: ReadonlyArray<readonly [number, string]>, ch: string) => table.find(([, chars]) => chars.includes(ch))?.[0];
    // Times New Roman: a space 0,25 em, a digit 0,5, "M" 0,889 regular (1821/2048 = 0,8892, rounded up to 890) and 0,944 bold, '"' 0,408 regular and 0,555 bold (each rounded up).
    expect([width(REGULAR_WIDTHS, ' '), width(REGULAR_WIDTHS, '0'), width(REGULAR_WIDTHS, 'M'), width(BOLD_WIDTHS, 'M'), width(REGULAR_WIDTHS, '"'), width(BOLD_WIDTHS, '"')]).toEqual([
      250, 500, 890, 944, 409, 556,
    ]);
  });
});
