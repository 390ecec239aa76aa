import { EVIDENCE_HEADER, EVIDENCE_HEADER_ROW, EVIDENCE_ROWS } from '../workbook/evidence';
import { rangeA1 } from './a1';
import { SHEETS } from './layout';
import { input, label, rectangular, type CellSpec, type SheetSpec } from './types';

/** The CDHT_MINH_CHUNG block: the header row and the rows under it. */
export const EVIDENCE_RANGE = rangeA1(EVIDENCE_HEADER_ROW, 1, EVIDENCE_ROWS + 1, EVIDENCE_HEADER.length);

/**
 * "Danh mục minh chứng": one row per evidence item, all input. The dossier prints it as its
 * annex and cites the codes in the Báo cáo and the Bản tổng hợp.
 */
export function evidenceSheet(): SheetSpec {
  const rows: Array<Array<CellSpec | null>> = [
    [label('DANH MỤC MINH CHỨNG', 'title')],
    [
      label(
        'Mỗi minh chứng một dòng. Mã theo tiêu chí: H1.01, H1.02 … cho tiêu chí 1; H2.01 … cho tiêu chí 2. "Chỉ tiêu liên quan": các mã chỉ tiêu, cách nhau bằng dấu phẩy (ví dụ TC1.1, TC1.2). Liên kết: bản chụp trên Google Drive (chia sẻ cho người thẩm định).',
        'muted',
      ),
    ],
    EVIDENCE_HEADER.map((h) => label(h, 'header')),
    ...Array.from({ length: EVIDENCE_ROWS }, () => EVIDENCE_HEADER.map(() => input())),
  ];
  return {
    name: SHEETS.evidence,
    cells: rectangular(rows),
    columnWidths: [110, 360, 190, 180, 260, 150],
    wrapText: true,
    frozenRows: EVIDENCE_HEADER_ROW,
    conditionalFormats: [],
    protections: [],
    charts: [],
  };
}
