/**
 * The Docs API requests that give a Google Doc what DocumentApp cannot: group labels merged across
 * the table and heading rows pinned (repeated on each page), from the document model and the
 * table starts documents.get reports.
 */
import { describe, expect, it } from 'vitest';
import { apiFailure, DOCS_API_MISSING, TABLES_MISMATCH, foundTables, hasGroupRows, headingRows, layoutChecklist, tableRequests } from '../../src/core/documents/docs-tables';
import { KEEP_MISMATCH } from '../../src/core/documents/docs-keep';
import type { TableBlock, TableRow } from '../../src/core/documents/model';
import { CELL } from '../../src/core/documents/styles';

const row = (texts: string[], extra: Partial<TableRow> = {}): TableRow => ({ cells: texts.map((text) => ({ text })), ...extra });

/** A summary-like table: two heading rows, then a group label before its rows. */
const summary: TableBlock = {
  kind: 'table',
  widths: [0.1, 0.5, 0.2, 0.2],
  borders: true,
  cellStyle: CELL,
  rows: [
    row(['STT', 'Nội dung', 'Kết quả', 'Đánh giá'], { header: true }),
    row(['(1)', '(2)', '(3)', '(4)'], { header: true }),
    { cells: [{ text: 'Tiêu chí 1' }], span: true, bold: true },
    row(['1.1', 'Chỉ tiêu', '90%', 'Đạt']),
    { cells: [{ text: 'Tiêu chí 2' }], span: true, bold: true },
    row(['2.1', 'Chỉ tiêu', '80%', 'Đạt']),
  ],
};
/** A layout table (header block, signature): nothing to merge or pin. */
const layout: TableBlock = { kind: 'table', widths: [0.5, 0.5], borders: false, cellStyle: CELL, rows: [row(['a', 'b'])] };

const location = (index: number) => ({ index });

describe('tableRequests', () => {
  it('merges each group row across all columns and pins the heading rows at the top', () => {
    const result = tableRequests([summary], [{ startIndex: 40, rows: 6, columns: 4 }]);
    expect(result).toEqual({
      ok: true,
      requests: [
        { mergeTableCells: { tableRange: { tableCellLocation: { tableStartLocation: location(40), rowIndex: 4, columnIndex: 0 }, rowSpan: 1, columnSpan: 4 } } },
        { mergeTableCells: { tableRange: { tableCellLocation: { tableStartLocation: location(40), rowIndex: 2, columnIndex: 0 }, rowSpan: 1, columnSpan: 4 } } },
        { pinTableHeaderRows: { tableStartLocation: location(40), pinnedHeaderRowsCount: 2 } },
      ],
    });
  });

  it('sends nothing for layout tables, and orders the tables by descending start (later tables first)', () => {
    const second: TableBlock = { ...summary, rows: [summary.rows[0], summary.rows[3]] };
    const result = tableRequests(
      [layout, summary, second],
      [
        { startIndex: 2, rows: 1, columns: 2 },
        { startIndex: 30, rows: 6, columns: 4 },
        { startIndex: 300, rows: 2, columns: 4 },
      ],
    );
    if (!result.ok) throw new Error(result.reason);
    const starts = result.requests.map((r) => ('pinTableHeaderRows' in r ? r.pinTableHeaderRows.tableStartLocation.index : r.mergeTableCells.tableRange.tableCellLocation.tableStartLocation.index));
    expect(starts).toEqual([300, 30, 30, 30]);
  });

  it('merges nothing in a table of one column: a group label there already spans it', () => {
    const list: TableBlock = {
      kind: 'table',
      widths: [1],
      borders: true,
      cellStyle: CELL,
      rows: [row(['Nội dung'], { header: true }), { cells: [{ text: 'Tiêu chí 1' }], span: true, bold: true }, row(['1.1'])],
    };
    expect(tableRequests([list], [{ startIndex: 7, rows: 3, columns: 1 }])).toEqual({ ok: true, requests: [{ pinTableHeaderRows: { tableStartLocation: location(7), pinnedHeaderRowsCount: 1 } }] });
  });

  it('pins nothing in a table of heading rows only (nothing below them to repeat them over), yet merges its group rows', () => {
    const headings: TableBlock = { ...summary, rows: [summary.rows[0], summary.rows[1]] };
    expect(tableRequests([headings], [{ startIndex: 7, rows: 2, columns: 4 }])).toEqual({ ok: true, requests: [] });
    const grouped: TableBlock = { ...summary, rows: [summary.rows[0], { ...summary.rows[2], header: true }] };
    expect(tableRequests([grouped], [{ startIndex: 7, rows: 2, columns: 4 }])).toEqual({
      ok: true,
      requests: [{ mergeTableCells: { tableRange: { tableCellLocation: { tableStartLocation: location(7), rowIndex: 1, columnIndex: 0 }, rowSpan: 1, columnSpan: 4 } } }],
    });
  });

  it('counts only the heading rows at the top: a heading row further down is not pinned', () => {
    const odd: TableBlock = { ...summary, rows: [row(['a', 'b', 'c', 'd']), row(['e', 'f', 'g', 'h'], { header: true })] };
    const result = tableRequests([odd], [{ startIndex: 5, rows: 2, columns: 4 }]);
    expect(result).toEqual({ ok: true, requests: [] });
  });

  it('sends nothing when the tables found do not match the tables drawn (count, rows or columns), and says why', () => {
    const first = { startIndex: 2, rows: 1, columns: 2 };
    expect(tableRequests([summary], [])).toEqual({ ok: false, reason: TABLES_MISMATCH });
    expect(tableRequests([layout, summary], [first, { startIndex: 30, rows: 5, columns: 4 }])).toEqual({ ok: false, reason: TABLES_MISMATCH });
    expect(tableRequests([layout, summary], [first, { startIndex: 30, rows: 6, columns: 3 }])).toEqual({ ok: false, reason: TABLES_MISMATCH });
  });
});

describe('foundTables', () => {
  it('reads the top-level tables of a documents.get answer, in order, skipping the section break and paragraphs', () => {
    const document = {
      body: {
        content: [
          { endIndex: 1, sectionBreak: {} },
          { startIndex: 1, endIndex: 2, paragraph: {} },
          { startIndex: 2, endIndex: 20, table: { rows: 1, columns: 2 } },
          { startIndex: 20, endIndex: 25, paragraph: {} },
          { startIndex: 25, endIndex: 90, table: { rows: 6, columns: 4 } },
        ],
      },
    };
    expect(foundTables(document)).toEqual([
      { startIndex: 2, rows: 1, columns: 2 },
      { startIndex: 25, rows: 6, columns: 4 },
    ]);
    expect(foundTables({})).toEqual([]);
  });
});

describe('headingRows and hasGroupRows', () => {
  it('count the heading rows at the top (none when all are headings) and find group rows in tables of several columns', () => {
    expect(headingRows(summary)).toBe(2);
    expect(headingRows(layout)).toBe(0);
    expect(headingRows({ ...summary, rows: [summary.rows[0]] })).toBe(0);
    expect(hasGroupRows(summary)).toBe(true);
    expect(hasGroupRows(layout)).toBe(false);
    expect(hasGroupRows({ ...layout, widths: [1], rows: [{ cells: [{ text: 'x' }], span: true }] })).toBe(false);
  });
});

describe('layoutChecklist', () => {
  const byHand = {
    labels: 'gộp các ô của mỗi hàng tên nhóm',
    pins: 'ghim hàng tiêu đề của bảng',
    keeps: 'nếu một đề mục, hàng tiêu đề hay hàng tên nhóm của bảng đứng riêng ở cuối trang, hoặc khối chữ ký đứng riêng ở đầu trang, chèn ngắt trang trước đề mục, bảng hoặc đoạn kết đó',
  };
  const undone = {
    first: 'tên nhóm (tiêu chí) nằm ở cột đầu, chưa trải hết bảng',
    widest: 'tên nhóm (tiêu chí) nằm ở cột rộng nhất, chưa trải hết bảng',
    pins: 'hàng tiêu đề của bảng chưa lặp lại ở mỗi trang',
    keeps: 'đề mục, hàng tiêu đề và hàng tên nhóm của bảng, đoạn kết trước chữ ký chưa được giữ cùng trang với phần sau',
  };
  const turnOn =
    'hoặc bật Google Docs API cho dự án Apps Script (trình chỉnh sửa Apps Script → Dịch vụ → thêm "Google Docs API"; dự án Google Cloud riêng thì bật cả "Google Docs API" trong Google Cloud Console) rồi tạo lại.';
  const later = 'hoặc thử tạo lại sau ít phút (Google Docs API tạm thời từ chối, chẳng hạn khi quá hạn mức).';
  const handOnly = 'tạo lại chỉ giúp khi có người đã sửa tài liệu trong lúc tạo, nên hãy làm bằng tay.';

  it('gives one item per gap, reason and cause, naming each document, what is undone, how to finish it by hand and what the cause allows', () => {
    const all = { labels: 'first' as const, pins: true, keeps: true };
    const quota = 'Google Docs API báo lỗi: quota';
    const items = layoutChecklist([
      { title: 'Bản tổng hợp', gaps: [{ cause: 'error', reason: quota, ...all }] },
      { title: 'Báo cáo tự đánh giá', gaps: [{ cause: 'error', reason: quota, ...all }] },
      { title: 'Tờ trình', gaps: [] },
      {
        title: 'Danh mục minh chứng',
        gaps: [
          { cause: 'off', reason: DOCS_API_MISSING, labels: 'widest', pins: false, keeps: false },
          { cause: 'mismatch', reason: KEEP_MISMATCH, labels: null, pins: false, keeps: true },
          { cause: 'mismatch', reason: TABLES_MISMATCH, labels: 'first', pins: true, keeps: false },
        ],
      },
    ]);
    expect(items).toEqual([
      `Bố cục chưa xong trong "Bản tổng hợp", "Báo cáo tự đánh giá": ${undone.first}; ${undone.pins}; ${undone.keeps} (Google Docs API báo lỗi: quota). Cách làm trong Google Tài liệu: ${byHand.labels}; ${byHand.pins}; ${byHand.keeps}; ${later}`,
      `Bố cục chưa xong trong "Danh mục minh chứng": ${undone.widest} (dự án Apps Script chưa bật dịch vụ nâng cao Google Docs API). Cách làm trong Google Tài liệu: ${byHand.labels}; ${turnOn}`,
      `Bố cục chưa xong trong "Danh mục minh chứng": ${undone.keeps} (các đoạn Google Tài liệu báo về không khớp với các đoạn đã vẽ). Cách làm trong Google Tài liệu: ${byHand.keeps}; ${handOnly}`,
      `Bố cục chưa xong trong "Danh mục minh chứng": ${undone.first}; ${undone.pins} (các bảng Google Tài liệu báo về không khớp với các bảng đã vẽ). Cách làm trong Google Tài liệu: ${byHand.labels}; ${byHand.pins}; ${handOnly}`,
    ]);
    expect(layoutChecklist([])).toEqual([]);
  });

  it('reads an error the Docs API threw: switched off in the Cloud project, or refused for now; whatever was thrown', () => {
    const disabled = 'API call to docs.documents.get failed with error: Google Docs API has not been used in project 1234 before or it is disabled.';
    expect(apiFailure(new Error(disabled))).toEqual({ cause: 'off', reason: `Google Docs API báo lỗi: ${disabled}` });
    expect(apiFailure(new Error('PERMISSION_DENIED: SERVICE_DISABLED'))).toEqual({ cause: 'off', reason: 'Google Docs API báo lỗi: PERMISSION_DENIED: SERVICE_DISABLED' });
    expect(apiFailure(new Error('Quota exceeded for quota metric'))).toEqual({ cause: 'error', reason: 'Google Docs API báo lỗi: Quota exceeded for quota metric' });
    expect(apiFailure('Internal error')).toEqual({ cause: 'error', reason: 'Google Docs API báo lỗi: Internal error' });
  });
});
