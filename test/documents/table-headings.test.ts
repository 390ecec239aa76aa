/**
 * Every table heading of every document breaks only between its words, never inside one
 * (session 9: the Danh mục printed "Cơ quan ban / hành"). Vietnamese writes a compound word as
 * separate syllables, so each word of two syllables of a heading is kept on one line with a
 * non-breaking space ("_" below) wherever its column holds it (HEADING_PHRASES, keptHeading); a word
 * wider than its column is left to break, as kept it could only break inside a syllable.
 * Expected heading rows typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import { chartTable, keptHeading, lower } from '../../src/core/documents/layout';
import type { ReportDocument, TableBlock } from '../../src/core/documents/model';
import { buildSummaryReport } from '../../src/core/documents/rollup-report/report';
import { textWidthMm } from '../../src/core/documents/styles';
import { rollUp } from '../../src/core/rollup/rollup';
import { record } from '../fixtures/rollup-communes';
import { sample, TODAY } from '../fixtures/dossiers';

const nb = (text: string) => text.replace(/_/g, '\u00a0');

/** Each bordered table's heading row of a document, as laid out: its kind, then the cells joined by " | ". */
function headings(doc: ReportDocument): string[] {
  return lower(doc.blocks, textWidthMm(doc.page))
    .filter((b): b is TableBlock => b.kind === 'table' && b.borders)
    .flatMap((table) => table.rows.filter((row) => row.header).map((row) => `${doc.kind}: ${row.cells.map((cell) => ('text' in cell ? cell.text : '')).join(' | ')}`));
}

function dossier(rulesetId: 'TT25' | 'TT44'): ReportDocument[] {
  const result = buildDossier(sample(rulesetId), TODAY);
  if (!result.ok) throw new Error(result.missing.join(' '));
  return result.documents;
}

describe('table headings', () => {
  it('of the commune dossiers: each word of two syllables on one line where its column holds it', () => {
    expect([...dossier('TT25'), ...dossier('TT44')].flatMap(headings)).toEqual(
      [
        // Landscape (252 mm): "Đánh giá" (about 16 mm at 13 pt bold) in its 0,1 (22 mm of text).
        'summary: Mã | Tiêu_chí, chỉ_tiêu | Yêu_cầu Mức_độ_1 | Kết_quả của_xã | Đánh_giá | Mã minh_chứng',
        'evidence: STT | Mã | Tên minh_chứng | Số, ngày ban_hành | Cơ_quan ban_hành | Chỉ_tiêu | Liên_kết',
        'selfCheck: TT | Tiêu_chí | Điểm tối_đa | Điểm tự_chấm | Mã minh_chứng',
        'evidence: STT | Mã | Tên minh_chứng | Số, ngày ban_hành | Cơ_quan ban_hành | Tiêu_chí | Liên_kết',
      ].map(nb),
    );
  });

  it("of the roll-up's report", () => {
    const district = rollUp([
      record({ row: 2, commune: 'Xã An', year: 2024, rating: 'Mức độ 1', score: 15, indicators: 15, failedMd1: [], failedMd2: ['TC4'] }),
      record({ row: 3, commune: 'Xã An', year: 2025, rating: 'Mức độ 2', score: 15, indicators: 15, failedMd1: [], failedMd2: [] }),
      record({ row: 4, commune: 'Xã Bình', year: 2025, rating: 'Chưa đạt', failedMd1: ['TC4'], failedMd2: ['TC4', 'TC5'] }),
      record({ row: 5, commune: 'Xã Đông', year: 2025, status: 'failed', failure: 'no_access', reason: 'Chưa chia sẻ.', rulesetId: '' }),
    ]);
    const report = buildSummaryReport(
      district,
      2025,
      { body: 'Sở Giáo dục và Đào tạo tỉnh Sông Lam', place: 'Sông Lam', signerName: 'A', signerTitle: 'Giám đốc', signerAuthority: '', number: '' },
      TODAY,
    );
    expect(headings(report)).toEqual(
      [
        'rollUpReport: Kết_quả | Số_xã | Tỷ_lệ trên số_xã đã xếp_loại',
        // Portrait: "Tiêu chí" (about 16 mm at 13 pt bold) is wider than its 0,1 of 165 mm (13,5 mm of text).
        'rollUpReport: Tiêu chí | Nội_dung | Số_xã không_đạt Mức_độ 1 | Tỷ_lệ | Số_xã không_đạt Mức_độ 2 | Tỷ_lệ',
        'rollUpReport: Kết_quả | Năm 2024 | Năm 2025 | Tăng_(+), giảm_(-)',
        'rollUpReport: STT | Tên_xã | Kết_quả lần_trước | Kết_quả năm_2025 | Thay_đổi',
        'rollUpReport: STT | Tên_xã | Điểm, số chỉ_tiêu đạt | Nguồn kết_quả',
        'rollUpReport: STT | Tên_xã | Lý_do',
      ].map(nb),
    );
  });

  it("of a chart's table of figures, and a word wider than its column left to break", () => {
    const chart = chartTable({ kind: 'chart', id: 'c', title: 'Số xã theo kết quả', categories: [], series: [{ name: 'Tỷ lệ', values: [] }] }, 165);
    expect(chart.rows[0].cells).toEqual([{ text: nb('Số_xã theo kết_quả') }, { text: nb('Tỷ_lệ') }]);
    // At 13 pt bold "Cơ quan" is about 17,5 mm and "ban hành" 18,5.
    expect([keptHeading('Cơ quan ban hành', 19, 13), keptHeading('Cơ quan ban hành', 18, 13), keptHeading('Cơ quan ban hành', 17, 13), keptHeading('', 10, 13)]).toEqual([
      nb('Cơ_quan ban_hành'),
      nb('Cơ_quan ban hành'),
      'Cơ quan ban hành',
      '',
    ]);
  });
});
