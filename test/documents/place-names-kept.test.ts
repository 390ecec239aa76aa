/**
 * What keptNames (src/core/documents/layout.ts) keeps whole of the places a table cell names: a
 * place from its unit through its name ("xã Hòa An"), and, where that is too long for the line,
 * the name alone ("huyện / Krông Bông", never "huyện Krông / Bông"), a hamlet whose own name opens
 * with a word of a unit ("thôn Ấp Bắc") too. A unit typed with a capital ("Huyện") ends the name
 * before it as one in small letters does. Widths are text-width.ts's for Times New Roman 12 pt;
 * expected texts are typed by hand: "_" stands for a no-break space.
 */
import { describe, expect, it } from 'vitest';
import { keptNames, lower } from '../../src/core/documents/layout';
import type { TableBlock } from '../../src/core/documents/model';

const marks = (text: string) => text.replace(/_/g, '\u00a0');

describe('keptNames: places', () => {
  it('a unit typed with a capital ends the place before it: two places, each whole (40 mm)', () => {
    expect(keptNames('UBND Xã Hòa An Huyện Krông Bông', 40, 12)).toBe(marks('UBND Xã_Hòa_An Huyện_Krông_Bông'));
  });

  it('a place too long for what is left of its line keeps its name whole: "huyện / Krông Bông" (30 mm)', () => {
    expect(keptNames('Hội Khuyến học xã Hòa An huyện Krông Bông', 30, 12)).toBe(marks('Hội_Khuyến_học xã_Hòa_An huyện Krông_Bông'));
  });

  it('a hamlet whose name opens with a word of a unit ("thôn Ấp Bắc") keeps that name whole (35 mm)', () => {
    expect(keptNames('Chi hội thôn Ấp Bắc xã Tân Phú', 35, 12)).toBe(marks('Chi hội thôn Ấp_Bắc xã_Tân_Phú'));
  });
});

describe('a table printed bold throughout', () => {
  // "Ủy ban nhân dân xã Hòa An" at 12 pt: 48,7 mm upright, 52,2 mm bold; the column is 53 mm less 3 of padding.
  const table: TableBlock = {
    kind: 'table',
    widths: [0.53, 0.47],
    borders: true,
    cellStyle: { align: 'left', sizePt: 12, bold: true },
    rows: [{ cells: [{ text: 'Ủy ban nhân dân xã Hòa An' }, { text: '' }] }],
  };

  it('its body cells are measured bold, as they print: a text wider in bold than its column is broken between its names', () => {
    const [laid] = lower([table], 100) as TableBlock[];
    expect(laid.rows[0].cells[0]).toEqual({ text: marks('Ủy_ban_nhân_dân xã_Hòa_An') });
  });
});
