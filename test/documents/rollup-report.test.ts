/**
 * The roll-up's year report as a model. The roll-up is built from records written by hand, and
 * every expected figure below is counted by hand from them (see the comments), not by running
 * the code.
 */
import { describe, expect, it } from 'vitest';
import { rollUp } from '../../src/core/rollup/rollup';
import { documentText } from '../../src/core/documents/plain-text';
import { BLANK_CONTEXT, buildSummaryReport, summaryYears, type SummaryContext } from '../../src/core/documents/rollup-report/report';
import { UNRATED_MEANING } from '../../src/core/documents/rollup-report/sections';
import { renderDocx } from '../../src/docx/render-docx';
import { record } from '../fixtures/rollup-communes';
import { blocksOf, paragraphs, runText, TODAY } from '../fixtures/dossiers';
import { all, attr, tableCells, tables, textOf, unzipDocx } from './docx-xml';

const CONTEXT: SummaryContext = {
  body: 'Sở Giáo dục và Đào tạo tỉnh Sông Lam',
  place: 'Sông Lam',
  signerName: 'Trần Thị Hạnh',
  signerTitle: 'Phó Giám đốc',
  signerAuthority: 'KT. Giám đốc',
  number: '15/BC-SGDĐT',
};

/**
 * TT25, 2024: An Mức độ 1, Bình Chưa đạt.
 * TT25, 2025: An Mức độ 2 (up), Bình Chưa đạt (same), Cầu typed Mức độ 1, Dương unrated, Hòa
 * Chưa đạt; Đông and Hạ not shared, Gò an old template. 2026: one unreadable row only.
 */
const district = rollUp([
  record({ row: 2, commune: 'Xã An', year: 2024, rating: 'Mức độ 1', score: 15, indicators: 15, failedMd1: [], failedMd2: ['TC4'] }),
  record({ row: 3, commune: 'Xã Bình', year: 2024, rating: 'Chưa đạt', failedMd1: ['TC1'], failedMd2: ['TC1'] }),
  record({ row: 4, commune: 'Xã An', year: 2025, rating: 'Mức độ 2', score: 15, indicators: 15, failedMd1: [], failedMd2: [] }),
  record({ row: 5, commune: 'Xã Bình', year: 2025, rating: 'Chưa đạt', failedMd1: ['TC4'], failedMd2: ['TC4', 'TC5'] }),
  record({ row: 6, commune: 'Xã Cầu', year: 2025, status: 'manual', rating: 'Mức độ 1' }),
  record({ row: 7, commune: 'Xã Dương', year: 2025, rating: null, failedMd1: ['TC5'], failedMd2: ['TC4', 'TC5'] }),
  record({ row: 8, commune: 'Xã Đông', year: 2025, status: 'failed', failure: 'no_access', reason: 'Chưa chia sẻ.', rulesetId: '' }),
  record({ row: 9, commune: 'Xã Gò', year: 2025, status: 'failed', failure: 'old_version', reason: 'Mẫu phiên bản 0.', rulesetId: '' }),
  record({ row: 10, commune: 'Xã Hạ', year: 2025, status: 'failed', failure: 'no_access', reason: 'Chưa chia sẻ.', rulesetId: '' }),
  record({ row: 11, commune: 'Xã Hòa', year: 2025, rating: 'Chưa đạt', failedMd1: ['TC1'], failedMd2: ['TC1', 'TC4'] }),
  record({ row: 12, commune: '', year: 2026, status: 'failed', failure: 'register', reason: 'Thiếu tên xã.', rulesetId: '' }),
]);

const lines = (year: number, context = CONTEXT) => documentText(buildSummaryReport(district, year, context, TODAY)).split('\n');

/** The lines from the heading that starts with `start` up to the next top-level heading. */
function section(text: string[], start: string): string[] {
  const from = text.findIndex((l) => l.startsWith(start));
  const to = text.findIndex((l, i) => i > from && /^[IVX]+\. /.test(l));
  return text.slice(from + 1, to < 0 ? undefined : to);
}

describe('the year report of the roll-up (2025)', () => {
  const doc = buildSummaryReport(district, 2025, CONTEXT, TODAY);
  const text = documentText(doc).split('\n');

  it('is a Báo cáo with the issuing body, its number, place and date (Nghị định 30/2020)', () => {
    expect(doc.kind).toBe('rollUpReport');
    expect(doc.title).toBe('Báo cáo tổng hợp kết quả đánh giá, công nhận Cộng đồng học tập cấp xã năm 2025');
    expect(doc.page.orientation).toBe('portrait');
    // The province's committee above the office, which then drops the province from its own name.
    expect(blocksOf(doc, 'header')).toEqual([
      { kind: 'header', parentBody: 'UBND TỈNH SÔNG LAM', issuingBody: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'], number: 'Số: 15/BC-SGDĐT', placeDate: 'Sông Lam, ngày 05 tháng 3 năm 2026' },
    ]);
    expect(blocksOf(doc, 'title')).toEqual([
      { kind: 'title', typeName: 'BÁO CÁO', subject: 'Tổng hợp kết quả đánh giá, công nhận “Cộng đồng học tập” cấp xã năm 2025', keep: ['“Cộng đồng học tập” cấp xã', 'năm 2025'] },
    ]);
    expect(blocksOf(doc, 'signature')).toEqual([{ kind: 'signature', recipients: ['Lưu: VT'], signers: [{ authority: 'KT. Giám đốc', title: 'Phó Giám đốc', name: 'Trần Thị Hạnh' }] }]);
  });

  it('has the sections in order', () => {
    expect(
      blocksOf(doc, 'heading')
        .filter((h) => h.level === 1)
        .map((h) => h.text),
    ).toEqual([
      'I. TÌNH HÌNH CHUNG',
      'II. KẾT QUẢ ĐÁNH GIÁ, CÔNG NHẬN',
      'III. CÁC TIÊU CHÍ NHIỀU XÃ KHÔNG ĐẠT',
      'IV. THAY ĐỔI SO VỚI NĂM ĐÁNH GIÁ TRƯỚC',
      'V. DANH SÁCH XÃ THEO KẾT QUẢ',
      'VI. DANH SÁCH XÃ KHÔNG ĐỌC ĐƯỢC KẾT QUẢ',
      'VII. ĐÁNH GIÁ CHUNG',
      'VIII. KIẾN NGHỊ, ĐỀ XUẤT',
    ]);
  });

  it('counts the rows of the year: 8 listed, 4 rated (3 read, 1 typed), 1 unrated, 3 unreadable, reasons grouped', () => {
    expect(section(text, 'I. ')).toEqual([
      'Danh sách tổng hợp năm 2025 có 8 xã. Có kết quả xếp loại của 4 xã (3 xã đọc từ bảng tính CĐHT, 1 xã nhập tay kết quả); 1 xã "Không xếp loại"; không đọc được kết quả của 3 xã.',
      'Chưa có kết quả xếp loại ("Không xếp loại"): 1 xã vì bảng tính chưa nhập đủ dữ liệu (danh sách tại mục V).',
      'Lý do không đọc được: Không có quyền xem: 2 xã; Mẫu bảng tính cũ: 1 xã (danh sách tại mục VI).',
    ]);
  });

  it('tables the results with their shares of the 4 communes rated', () => {
    // An Mức độ 2, Cầu Mức độ 1, Bình and Hòa Chưa đạt: 1, 1, 2 of 4; Dương unrated, counted without a share.
    // "Không xếp loại" occurs, so the report says what it means before the tables.
    expect(section(text, 'II. ')[1]).toBe(UNRATED_MEANING);
    expect(section(text, 'II. ').slice(2)).toEqual([
      'Theo Thông tư 25/2023/TT-BGDĐT — Cộng đồng học tập cấp xã:',
      'Kết\u00a0quả | Số\u00a0xã | Tỷ\u00a0lệ trên số\u00a0xã đã xếp\u00a0loại',
      'Mức độ 2 | 1 | 25%',
      'Mức độ 1 | 1 | 25%',
      'Chưa đạt | 2 | 50%',
      'Số xã đã xếp loại | 4 | 100%',
      'Không xếp loại | 1 | –',
    ]);
  });

  it('names the criteria most often failed, every tied one, over the 4 workbooks read', () => {
    // Mức độ 1: TC4 (Bình), TC5 (Dương), TC1 (Hòa): a three-way tie, ordered by Mức độ 2 counts.
    // Mức độ 2: TC4 (Bình, Dương, Hòa) 3, TC5 (Bình, Dương) 2, TC1 (Hòa) 1; TC2 and TC3 none.
    expect(section(text, 'III. ').slice(1)).toEqual([
      'Theo Thông tư 25/2023/TT-BGDĐT — Cộng đồng học tập cấp xã:',
      'Số xã đọc từ bảng tính: 4 (3 xã đã xếp loại và 1 xã "Không xếp loại" vì bảng tính chưa nhập đủ dữ liệu); tỷ lệ trong bảng dưới đây tính trên 4 xã này, không phải trên số xã đã xếp loại ở mục II.',
      'Tiêu chí có nhiều xã không đạt Mức độ 1 nhất: Tiêu chí 4, Tiêu chí 5 và Tiêu chí 1 (mỗi tiêu chí 1 xã).',
      'Tiêu chí có nhiều xã không đạt Mức độ 2 nhất: Tiêu chí 4 (3 xã).',
      'Tiêu chí | Nội\u00a0dung | Số\u00a0xã không\u00a0đạt Mức\u00a0độ 1 | Tỷ\u00a0lệ | Số\u00a0xã không\u00a0đạt Mức\u00a0độ 2 | Tỷ\u00a0lệ',
      // The dash stays with the word before it where the column breaks the line (session 12): "giáo dục - / xóa mù chữ".
      '4 | Kết quả phổ cập giáo dục\u00a0- xóa mù chữ | 1 | 25% | 3 | 75%',
      // Too long for its column: its phrase "xây dựng" kept on one line (session 10).
      '5 | Tác dụng của việc xây\u00a0dựng “Cộng đồng học tập” cấp xã | 1 | 25% | 2 | 50%',
      '1 | Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã | 1 | 25% | 1 | 25%',
    ]);
  });

  it('compares with 2024, by category and commune by commune', () => {
    // 2024: Mức độ 1 An, Chưa đạt Bình. Only An moved (Mức độ 1 → Mức độ 2); Bình stayed.
    expect(section(text, 'IV. ')).toEqual([
      '1. Số xã theo kết quả, so với năm đánh giá trước',
      'Theo Thông tư 25/2023/TT-BGDĐT — Cộng đồng học tập cấp xã:',
      'Kết\u00a0quả | Năm 2024 | Năm 2025 | Tăng\u00a0(+), giảm\u00a0(-)',
      'Mức độ 2 | 0 | 1 | +1',
      'Mức độ 1 | 1 | 1 | 0',
      'Chưa đạt | 1 | 2 | +1',
      'Không xếp loại | 0 | 1 | +1',
      '2. Các xã thay đổi kết quả',
      'So với lần đánh giá trước của xã theo cùng bộ tiêu chí: 1 xã tăng hạng, 0 xã giảm hạng.',
      // A year never alone on a heading's or a cell's last line (review 13e F4): "năm\u00a02025", "(năm\u00a02024)".
      'STT | Tên\u00a0xã | Kết\u00a0quả lần\u00a0trước | Kết\u00a0quả năm\u00a02025 | Thay\u00a0đổi',
      '1 | Xã An | Mức độ 1 (năm\u00a02024) | Mức độ 2 | Tăng hạng',
    ]);
  });

  it('lists the communes by result in register order, and the unreadable ones with their reasons', () => {
    expect(section(text, 'V. ').slice(1)).toEqual([
      'STT | Tên\u00a0xã | Điểm, số chỉ\u00a0tiêu đạt | Nguồn kết\u00a0quả',
      'Mức độ 2: 1 xã',
      '1 | Xã An | 15/15 chỉ tiêu đạt Mức\u00a0độ\u00a01 | Bảng tính CĐHT',
      'Mức độ 1: 1 xã',
      '1 | Xã Cầu |  | Nhập tay',
      'Chưa đạt: 2 xã',
      '1 | Xã Bình |  | Bảng tính CĐHT',
      '2 | Xã Hòa |  | Bảng tính CĐHT',
      'Không xếp loại: 1 xã',
      '1 | Xã Dương |  | Bảng tính CĐHT',
    ]);
    expect(section(text, 'VI. ')).toEqual([
      'STT | Tên\u00a0xã | Lý\u00a0do',
      '1 | Xã Đông | Không có quyền xem: Chưa chia sẻ.',
      '2 | Xã Gò | Mẫu bảng tính cũ: Mẫu phiên bản 0.',
      '3 | Xã Hạ | Không có quyền xem: Chưa chia sẻ.',
    ]);
  });

  it('leaves the judgements as visible gaps for people to write', () => {
    const gaps = paragraphs(doc)
      .flatMap((p) => p.runs)
      .filter((r) => r.mark);
    expect(gaps.map((r) => [r.mark, r.text])).toEqual([
      ['fill', '[Cần bổ sung: Kết quả nổi bật — viết trực tiếp vào văn bản này trước khi ký]'],
      ['fill', '[Cần bổ sung: Hạn chế, nguyên nhân — viết trực tiếp vào văn bản này trước khi ký]'],
      ['fill', '[Cần bổ sung: Kiến nghị, đề xuất — viết trực tiếp vào văn bản này trước khi ký]'],
    ]);
    expect(text.filter((l) => l.startsWith('Trên đây'))).toEqual([
      'Trên đây là báo cáo tổng hợp kết quả đánh giá, công nhận “Cộng đồng học tập” cấp xã năm 2025 của Sở Giáo dục và Đào tạo tỉnh Sông Lam./.',
    ]);
  });
});

describe('other years and blanks', () => {
  it('knows the years the register lists', () => {
    expect(summaryYears(district)).toEqual([2024, 2025, 2026]);
  });

  it('offers no report for the rows whose year could not be read (year 0 is no assessment year)', () => {
    const unread = record({ row: 3, commune: 'Xã Bình', year: 0, status: 'failed', failure: 'register', reason: 'Năm không đọc được.', rulesetId: '' });
    expect(summaryYears(rollUp([record({ row: 2, commune: 'Xã An', year: 2025, rating: 'Mức độ 1' }), unread]))).toEqual([2025]);
  });

  it('the first year has nothing to compare with and no unreadable rows', () => {
    const text = lines(2024);
    expect(section(text, 'I. ')).toEqual([
      'Danh sách tổng hợp năm 2024 có 2 xã. Có kết quả xếp loại của 2 xã (2 xã đọc từ bảng tính CĐHT, 0 xã nhập tay kết quả); 0 xã "Không xếp loại"; không đọc được kết quả của 0 xã.',
    ]);
    expect(section(text, 'IV. ')).toEqual([
      '1. Số xã theo kết quả, so với năm đánh giá trước',
      'Chưa so sánh được: cần kết quả năm 2024 và một năm đánh giá trước đó theo cùng bộ tiêu chí.',
      '2. Các xã thay đổi kết quả',
      'Không có xã nào thay đổi kết quả so với lần đánh giá trước của xã theo cùng bộ tiêu chí.',
    ]);
    expect(section(text, 'VI. ')).toEqual(['Năm 2024 không có xã nào không đọc được kết quả.']);
  });

  it('gives the most frequent reason first, whatever the order of the reasons', () => {
    // 2027: one workbook not shared, two of an old template (the old template's label comes later in the list of reasons).
    const failed = (row: number, failure: 'no_access' | 'old_version') => record({ row, commune: `Xã ${row}`, year: 2027, status: 'failed', failure, reason: 'x', rulesetId: '' });
    const text = documentText(buildSummaryReport(rollUp([failed(2, 'no_access'), failed(3, 'old_version'), failed(4, 'old_version')]), 2027, CONTEXT, TODAY)).split('\n');
    expect(section(text, 'I. ')[1]).toBe('Lý do không đọc được: Mẫu bảng tính cũ: 2 xã; Không có quyền xem: 1 xã (danh sách tại mục VI).');
  });

  it('a year with no result says so in every section of figures', () => {
    const text = lines(2026);
    expect(section(text, 'II. ')).toEqual(['Năm 2026 chưa có xã nào có kết quả.']);
    expect(section(text, 'III. ')).toEqual(['Năm 2026 không có bảng tính CĐHT nào đọc được nên chưa có số liệu theo tiêu chí.']);
    expect(section(text, 'V. ')).toEqual(['Năm 2026 chưa có xã nào có kết quả.']);
    // No spreadsheet row number in the report.
    expect(section(text, 'VI. ')).toEqual(['STT | Tên\u00a0xã | Lý\u00a0do', '1 | (chưa có tên) | Lỗi ở dòng danh sách: Thiếu tên xã.']);
  });

  it('compares TT44 years across a gap with the previous assessed year', () => {
    const tt44 = rollUp([
      record({ row: 2, commune: 'Xã An', year: 2019, rulesetId: 'TT44', rating: 'Khá', score: 74.5 }),
      record({ row: 3, commune: 'Xã An', year: 2021, rulesetId: 'TT44', rating: 'Tốt', score: 88 }),
    ]);
    const text = documentText(buildSummaryReport(tt44, 2021, CONTEXT, TODAY)).split('\n');
    // Tốt 0 → 1, Khá 1 → 0; the other categories stay at 0.
    expect(section(text, 'IV. ')).toEqual([
      '1. Số xã theo kết quả, so với năm đánh giá trước',
      'Theo Thông tư 44/2014/TT-BGDĐT — Cộng đồng học tập cấp xã (chấm điểm):',
      'Kết\u00a0quả | Năm 2019 | Năm 2021 | Tăng\u00a0(+), giảm\u00a0(-)',
      'Tốt | 0 | 1 | +1',
      'Khá | 1 | 0 | -1',
      'Trung bình | 0 | 0 | 0',
      'Chưa đạt | 0 | 0 | 0',
      'Không xếp loại | 0 | 0 | 0',
      '2. Các xã thay đổi kết quả',
      'So với lần đánh giá trước của xã theo cùng bộ tiêu chí: 1 xã tăng hạng, 0 xã giảm hạng.',
      'STT | Tên\u00a0xã | Kết\u00a0quả lần\u00a0trước | Kết\u00a0quả năm\u00a02021 | Thay\u00a0đổi',
      '1 | Xã An | Khá (năm 2019) | Tốt | Tăng hạng',
    ]);
    expect(section(text, 'V. ')).toContain('1 | Xã An | 88 điểm | Bảng tính CĐHT');
  });

  it('blank context fields print as dots to fill in by hand, never as guesses', () => {
    const doc = buildSummaryReport(district, 2025, BLANK_CONTEXT, TODAY);
    expect(blocksOf(doc, 'header')[0]).toMatchObject({
      issuingBody: ['…………'],
      number: `Số:${'\u00a0'.repeat(6)}/BC-……`,
      placeDate: '……, ngày 05 tháng 3 năm 2026',
    });
    expect(blocksOf(doc, 'signature')[0].signers).toEqual([{ authority: undefined, title: '……', name: '' }]);
    const text = documentText(doc).split('\n');
    expect(text).toContain('Kết quả đánh giá, công nhận “Cộng đồng học tập” cấp xã năm 2025 như sau:');
    expect(text).toContain('Trên đây là báo cáo tổng hợp kết quả đánh giá, công nhận “Cộng đồng học tập” cấp xã năm 2025./.');
  });

  it('a body typed under its parent line: the parent above, not bold; the sentence names the body alone (Nghị định 30/2020)', () => {
    const doc = buildSummaryReport(district, 2025, { ...CONTEXT, body: 'UBND tỉnh Sông Lam\nSở Giáo dục và Đào tạo' }, TODAY);
    expect(blocksOf(doc, 'header')[0]).toMatchObject({ parentBody: 'UBND TỈNH SÔNG LAM', issuingBody: ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'] });
    expect(runText(paragraphs(doc).find((p) => runText(p.runs).includes('báo cáo kết quả'))!.runs)).toBe(
      'Sở Giáo dục và Đào tạo báo cáo kết quả đánh giá, công nhận “Cộng đồng học tập” cấp xã năm 2025 như sau:',
    );
  });
});

describe('DOCX of the year report', () => {
  it('reads back as one A4 portrait section with the header, the tables and the gaps highlighted', async () => {
    const files = unzipDocx(await renderDocx([buildSummaryReport(district, 2025, CONTEXT, TODAY)]));
    const xml = files.get('word/document.xml')!;
    const sections = all(xml, /<w:sectPr>[\s\S]*?<\/w:sectPr>/g);
    expect(sections.map((s) => [attr(s, 'w:pgSz', 'w:w'), attr(s, 'w:pgSz', 'w:h')])).toEqual([['11906', '16838']]);
    const cells = tables(xml).map(tableCells);
    // "SỞ GIÁO DỤC VÀ ĐÀO TẠO" does not fit the header column at 13 pt: one line at 12 pt (Phụ lục I: 12–13), never broken inside "GIÁO DỤC VÀ ĐÀO TẠO".
    expect(cells[0][0]).toEqual(['UBND TỈNH SÔNG LAM / SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc']);
    const headerRuns = all(tables(xml)[0], /<w:r>[\s\S]*?<\/w:r>/g).filter((run) => /UBND|SỞ/.test(textOf(run)));
    // The parent line upright at the body's 12 pt, never 13 over it (newcomer review of issue 13, finding 13).
    expect(headerRuns.map((run) => [textOf(run), attr(run, 'w:sz', 'w:val'), /<w:b\/>|<w:b w:val="(?:true|1)"\/>/.test(run)])).toEqual([
      ['UBND TỈNH SÔNG LAM', '24', false],
      ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', '24', true],
    ]);
    expect(cells[0][1]).toEqual(['Số: 15/BC-SGDĐT', 'Sông Lam, ngày 05 tháng 3 năm 2026']);
    expect(cells).toContainEqual([
      ['Kết quả', 'Số xã', 'Tỷ lệ trên số xã đã xếp loại'],
      ['Mức độ 2', '1', '25%'],
      ['Mức độ 1', '1', '25%'],
      ['Chưa đạt', '2', '50%'],
      ['Số xã đã xếp loại', '4', '100%'],
      ['Không xếp loại', '1', '–'],
    ]);
    const highlighted = all(xml, /<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:highlight [^>]*\/>[\s\S]*?<\/w:r>/g).map(textOf);
    expect(highlighted.join('')).toContain('[Cần bổ sung: Kiến nghị, đề xuất — viết trực tiếp vào văn bản này trước khi ký]');
  });
});

describe('a body typed in small letters (newcomer review)', () => {
  it('is in capitals in the header, its parent line too, and capitalised as Nghị định 30/2020 (Phụ lục II) writes it in the sentences', () => {
    const text = lines(2025, { ...CONTEXT, body: 'sở giáo dục và đào tạo tỉnh sông lam' });
    expect(text[0].replace(/\u00a0/g, ' ')).toBe('UBND TỈNH SÔNG LAM / SỞ GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc');
    // Lead's finding: it stayed "sở giáo dục và đào tạo tỉnh sông lam" inside the sentence.
    expect(text.filter((line) => line.includes('báo cáo'))).toEqual([
      'Sở Giáo dục và Đào tạo tỉnh Sông Lam báo cáo kết quả đánh giá, công nhận “Cộng đồng học tập” cấp xã năm 2025 như sau:',
      'Trên đây là báo cáo tổng hợp kết quả đánh giá, công nhận “Cộng đồng học tập” cấp xã năm 2025 của Sở Giáo dục và Đào tạo tỉnh Sông Lam./.',
    ]);
  });
});

describe('a body typed in capitals', () => {
  it('reads as a name in the sentences and in capitals in the header', () => {
    const text = lines(2025, { ...CONTEXT, body: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH SÔNG LAM' });
    // The header keeps each name's words together with non-breaking spaces.
    expect(text[0].replace(/\u00a0/g, ' ')).toBe('UBND TỈNH SÔNG LAM / SỞ GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc');
    expect(text.filter((line) => line.includes('Sông Lam'))).toEqual([
      'Số: 15/BC-SGDĐT | Sông Lam, ngày 05 tháng 3 năm 2026',
      'Sở Giáo dục và Đào tạo tỉnh Sông Lam báo cáo kết quả đánh giá, công nhận “Cộng đồng học tập” cấp xã năm 2025 như sau:',
      'Trên đây là báo cáo tổng hợp kết quả đánh giá, công nhận “Cộng đồng học tập” cấp xã năm 2025 của Sở Giáo dục và Đào tạo tỉnh Sông Lam./.',
    ]);
  });
});

describe('a Sở typed in small letters or without its province’s unit (review 13b, finding 5)', () => {
  it('heads the report with its province’s UBND and its own name, and numbers it "BC-SGDĐT"', () => {
    const heads = ['sở gd&đt tỉnh đắk lắk', 'Sở Giáo dục và Đào tạo Đắk Lắk', 'Sở GD&ĐT Hà Nội'].map((body) =>
      lines(2025, { ...CONTEXT, body, number: '' })
        .slice(0, 2)
        .map((line) => line.replace(/\u00a0/g, ' ')),
    );
    expect(heads).toEqual([
      // The header names the body in full (Nghị định 30/2020, Phụ lục I), its field's abbreviation spelt out (review 13c F13).
      ['UBND TỈNH ĐẮK LẮK / SỞ GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc', 'Số:      /BC-SGDĐT | Sông Lam, ngày 05 tháng 3 năm 2026'],
      ['UBND TỈNH ĐẮK LẮK / SỞ GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc', 'Số:      /BC-SGDĐT | Sông Lam, ngày 05 tháng 3 năm 2026'],
      ['UBND THÀNH PHỐ HÀ NỘI / SỞ GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc', 'Số:      /BC-SGDĐT | Sông Lam, ngày 05 tháng 3 năm 2026'],
    ]);
  });
});

describe('the office typed as people do (review 13c F7, F13)', () => {
  const head = (context: Partial<SummaryContext>) =>
    lines(2025, { ...CONTEXT, number: '', ...context })
      .slice(0, 2)
      .map((line) => line.replace(/\u00a0/g, ' '));

  it('a Sở typed over two lines, its province on the second: the province’s UBND above, the Sở alone', () => {
    expect(head({ body: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTỈNH ĐẮK LẮK' })[0]).toBe('UBND TỈNH ĐẮK LẮK / SỞ GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc');
    // Its place broken over the lines, the unit on the first (review 13d F10).
    expect(head({ body: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH\nĐẮK LẮK' })[0]).toBe('UBND TỈNH ĐẮK LẮK / SỞ GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc');
    // A body that is no committee's office keeps the lines it was typed on.
    expect(head({ body: 'HỘI KHUYẾN HỌC\nTỈNH ĐẮK LẮK' })[0]).toBe('HỘI KHUYẾN HỌC / TỈNH ĐẮK LẮK | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc');
  });

  it('the place starts with a capital and the signer is named as in the commune dossier, whatever case was typed', () => {
    const small = buildSummaryReport(district, 2025, { ...CONTEXT, place: 'thành phố Hồ Chí Minh', signerName: 'lê văn minh' }, TODAY);
    const capitals = buildSummaryReport(district, 2025, { ...CONTEXT, place: 'ĐẮK LẮK', signerName: 'NGUYỄN VĂN MINH' }, TODAY);
    expect([small, capitals].map((doc) => [blocksOf(doc, 'header')[0].placeDate, blocksOf(doc, 'signature')[0].signers[0].name])).toEqual([
      ['Thành phố Hồ Chí Minh, ngày 05 tháng 3 năm 2026', 'Lê Văn Minh'],
      ['Đắk Lắk, ngày 05 tháng 3 năm 2026', 'Nguyễn Văn Minh'],
    ]);
  });
});
