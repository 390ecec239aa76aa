/**
 * "Danh mục minh chứng" (src/core/template/evidence-sheet.ts) pinned whole: the title, the hint in
 * grey, the six column headings of the list the dossier's annex prints, 200 rows of inputs, the
 * widths and the frozen heading. Expected values typed from the README ("The dossier": one
 * evidence item per row, coded H<criterion>.<nn>).
 */
import { describe, expect, it } from 'vitest';
import { evidenceSheet } from '../../../src/core/template/evidence-sheet';

const HINT =
  'Mỗi minh chứng một dòng. Mã theo tiêu chí: H1.01, H1.02 … cho tiêu chí 1; H2.01 … cho tiêu chí 2. "Chỉ tiêu liên quan": các mã chỉ tiêu, cách nhau bằng dấu phẩy (ví dụ TC1.1, TC1.2). Liên kết: bản chụp trên Google Drive (chia sẻ cho người thẩm định).';

describe('the "Danh mục minh chứng" sheet', () => {
  const spec = evidenceSheet();

  it('has a title, a grey hint and the six headings, then only input rows', () => {
    const blank = Array(5).fill(null);
    expect(spec.cells.slice(0, 3)).toEqual([
      [{ kind: 'label', value: 'DANH MỤC MINH CHỨNG', style: 'title' }, ...blank],
      [{ kind: 'label', value: HINT, style: 'muted' }, ...blank],
      ['Mã minh chứng', 'Tên minh chứng', 'Số, ngày ban hành', 'Cơ quan ban hành', 'Liên kết', 'Chỉ tiêu liên quan'].map((value) => ({ kind: 'label', value, style: 'header' })),
    ]);
    const rows = spec.cells.slice(3);
    expect(rows).toHaveLength(200);
    expect(new Set(rows.flat().map((cell) => JSON.stringify(cell)))).toEqual(new Set([JSON.stringify({ kind: 'input', style: 'input' })]));
  });

  it('frames the list: widths, wrapped text, the heading rows frozen, nothing protected', () => {
    expect({ ...spec, cells: undefined }).toEqual({
      name: 'Danh mục minh chứng',
      cells: undefined,
      columnWidths: [110, 360, 190, 180, 260, 150],
      wrapText: true,
      frozenRows: 3,
      conditionalFormats: [],
      protections: [],
      charts: [],
    });
  });
});
