import { describe, expect, it } from 'vitest';
import { fillSampleCommune } from '../fixtures/sample-workbook';
import { INFO_LAYOUT, SHEETS } from '../../src/core/template/layout';
import { INFO_FIELDS } from '../../src/core/workbook/info';
import { dialogHtml } from '../../src/gas/dialog';
import { checkDossier, generateDossier, type DossierDeps } from '../../src/addon/dossier';
import { setupWorkbook } from '../../src/addon/setup/setup';
import type { DocsApiLike } from '../../src/gas/render-doc';
import { FakeDocsApi } from '../fakes/docs-api';
import { FakeDocumentApp } from '../fakes/document-app';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

const NOW = new Date(2026, 1, 10, 14, 0);
const LINK = `B${INFO_LAYOUT.firstDossier}`;
const TIME = `B${INFO_LAYOUT.firstDossier + 1}`;

/** A workbook set up by the add-on and filled in with the sample commune (Mức độ 1 under TT25). */
function sampleWorkbook(): FakeSpreadsheet {
  const ss = new FakeSpreadsheet();
  setupWorkbook(ss, fakeFactories(ss.log), NOW);
  fillSampleCommune(ss);
  return ss;
}

const EDITORS = ['mai.tt@example.com', 'hung.lv@example.com'];

/** The dossier's services; the Docs advanced service is there unless `docs` says otherwise (null: a copy of the script without it). */
function deps(ss: FakeSpreadsheet, app: FakeDocumentApp, answer = true, docs: DocsApiLike | null = new FakeDocsApi(app).service): DossierDeps & { asked: string[]; shown: string[] } {
  const asked: string[] = [];
  const shown: string[] = [];
  return {
    spreadsheet: ss,
    documentApp: app.service,
    docs,
    chartImage: () => null,
    confirm: (m) => {
      asked.push(m);
      return answer;
    },
    progress: (m) => shown.push(m),
    editors: () => EDITORS,
    now: NOW,
    asked,
    shown,
  };
}

describe('Kiểm tra hồ sơ', () => {
  it('a workbook just set up lists what to fill in, by field name', () => {
    const ss = new FakeSpreadsheet();
    setupWorkbook(ss, fakeFactories(ss.log), NOW);
    const fields = ['Tên xã', 'Tỉnh, thành phố', 'Năm đánh giá', 'Cơ quan tiếp nhận hồ sơ', 'Cấp có thẩm quyền công nhận', 'Họ và tên người ký', 'Nơi nhận', 'Thành viên Ban chỉ đạo'];
    const indicators = ['TC1.1', 'TC1.2', 'TC1.3', 'TC2.1', 'TC2.2', 'TC2.3', 'TC3.1', 'TC3.2', 'TC3.3', 'TC4.1', 'TC4.2', 'TC4.3', 'TC4.4', 'TC5.1', 'TC5.2a', 'TC5.2b'];
    expect(checkDossier(ss, NOW).map((l) => l.text)).toEqual([
      'Cần bổ sung 24 mục trước khi tạo hồ sơ:',
      ...fields.map((label) => `• Trang "Thông tin": chưa điền "${label}".`),
      ...indicators.map((code) => `• Chỉ tiêu ${code}: chưa nhập giá trị.`),
    ]);
  });

  it('the filled sample commune is ready, with its result', () => {
    const lines = checkDossier(sampleWorkbook(), NOW);
    expect(lines[0].text).toBe('Đủ thông tin để tạo hồ sơ. Kết quả tự đánh giá: Mức độ 1.');
    // The checklist of what to check before signing, never printed in the documents.
    expect(lines.map((l) => l.text).join('\n')).toMatch(/Trước khi ký, cần bổ sung hoặc kiểm tra \d+ mục:\n☐ Hồ sơ gửi trước ngày 28\/02\/2026/);
  });

  // Checked on the clock it is given, as generation is: the deadline line reads the same in the dialog and in "Tạo hồ sơ".
  it('says the filing deadline has passed only when it has, on the date given', () => {
    const text = (now: Date) =>
      checkDossier(sampleWorkbook(), now)
        .map((l) => l.text)
        .join('\n');
    expect(text(NOW)).not.toContain('Hạn này đã qua');
    expect(text(new Date(2026, 2, 1, 8, 0))).toContain(
      'Hồ sơ gửi trước ngày 28/02/2026; số liệu tính từ ngày 01/01 đến ngày 31/12/2025 (Thông tư 25/2023/TT-BGDĐT, Điều 9 khoản 1 điểm d). Hạn này đã qua.',
    );
  });

  it('one field left empty: the one thing to complete, no result and no checklist', () => {
    const ss = sampleWorkbook();
    const commune = INFO_FIELDS.findIndex((f) => f.key === 'commune');
    ss.sheet(SHEETS.info).type(`B${INFO_LAYOUT.firstField + commune}`, '');
    expect(checkDossier(ss, NOW)).toEqual([{ text: 'Cần bổ sung 1 mục trước khi tạo hồ sơ:' }, { text: '• Trang "Thông tin": chưa điền "Tên xã".' }]);
  });

  it('a ruleset table with no filing deadline leaves nothing to check before signing, and says so', () => {
    const ss = sampleWorkbook();
    const table = ss.sheet(SHEETS.ruleset);
    const deadline = table.values().findIndex((row) => row[1] === 'HAN_NOP_NGAY') + 1;
    expect(table.at(`B${deadline + 1}`).value).toBe('HAN_NOP_THANG');
    table.deleteRows(deadline, 2);
    expect(checkDossier(ss, NOW)).toEqual([
      { text: 'Đủ thông tin để tạo hồ sơ. Kết quả tự đánh giá: Mức độ 1.' },
      { text: 'Không còn mục nào cần bổ sung hay kiểm tra trước khi ký.' },
      { text: 'Chọn menu CĐHT → "Tạo hồ sơ / báo cáo".' },
    ]);
  });

  it('a ruleset table with an error: both actions name the row, the indicator and the column, not "chưa được thiết lập"', () => {
    const ss = sampleWorkbook();
    ss.sheet(SHEETS.ruleset).type('D5', 'Kiểu lạ');
    const broken = [{ text: 'Chưa đọc được bộ tiêu chí: Bộ tiêu chí dòng 5: chỉ tiêu TC1.2: cột Kiểu cần ghi "Đạt/Không đạt", "Mức độ" hoặc "Tỷ lệ".' }];
    expect(checkDossier(ss, NOW)).toEqual(broken);
    const app = new FakeDocumentApp();
    expect(generateDossier(deps(ss, app))).toEqual(broken);
    expect(app.documents).toHaveLength(0);
  });

  it('a spreadsheet never set up says so', () => {
    expect(checkDossier(new FakeSpreadsheet(), NOW)[0].text).toMatch(/chưa được thiết lập/);
  });
});

describe('Tạo hồ sơ / báo cáo', () => {
  it('writes the links beside their label when people inserted a column before B', () => {
    const ss = sampleWorkbook();
    const info = ss.sheet(SHEETS.info);
    info.insertColumnBefore(2);
    setupWorkbook(ss, fakeFactories(ss.log), NOW);
    generateDossier(deps(ss, new FakeDocumentApp()));
    expect(String(info.at(`C${INFO_LAYOUT.firstDossier}`).value)).toMatch(/^https:\/\/docs\.google\.com\/document\//);
    expect(info.at(`C${INFO_LAYOUT.firstDossier + 1}`).value).toEqual(NOW);
    expect(info.at(`B${INFO_LAYOUT.firstDossier}`).value).toBe('');
  });

  it('creates the five TT25 documents, shares them, links each as PDF and writes their links and the time into "Thông tin"', () => {
    const ss = sampleWorkbook();
    const app = new FakeDocumentApp();
    const d = deps(ss, app);
    const lines = generateDossier(d);
    // Thông tư 25/2023, Điều 9: Tờ trình, Báo cáo tự đánh giá, Bản tổng hợp; the evidence list; the meeting's minutes.
    expect(app.documents.map((doc) => doc.name)).toEqual([
      'Tờ trình đề nghị đánh giá, công nhận Cộng đồng học tập cấp xã - Xã Hòa An - 2025',
      'Báo cáo tự đánh giá, công nhận Cộng đồng học tập cấp xã - Xã Hòa An - 2025',
      'Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu - Xã Hòa An - 2025',
      'Danh mục minh chứng - Xã Hòa An - 2025',
      'Biên bản họp đề nghị công nhận Cộng đồng học tập cấp xã - Xã Hòa An - 2025',
    ]);
    // Each document as a Google Doc and as PDF through Google's export link.
    const urls = lines.flatMap((l) => (l.url ? [l.url] : []));
    expect(urls).toHaveLength(10);
    expect(urls[1]).toBe('https://docs.google.com/document/d/doc-1/export?format=pdf');
    // Shared with the spreadsheet's editors, before the document is closed.
    for (const doc of app.documents) expect(doc.editors).toEqual(EDITORS);
    expect(lines.map((l) => l.text)).toContain('Đã chia sẻ quyền chỉnh sửa cho 2 người đang có quyền sửa bảng tính này.');
    // Progress, one step per document.
    expect(d.shown).toEqual(app.documents.map((doc, i) => `Đang tạo văn bản ${i + 1}/5: ${doc.name.replace(' - Xã Hòa An - 2025', '').replace('Cộng đồng học tập', '“Cộng đồng học tập”')}`));
    const info = ss.sheet(SHEETS.info);
    expect(String(info.at(LINK).value).split('\n')).toEqual(app.documents.map((d) => `https://docs.google.com/document/d/${d.id}/edit`));
    expect(info.at(TIME).value).toEqual(NOW);
    // What the Google Doc cannot do itself (page numbers), said once for the five documents; the
    // headings and closing lines are kept with what follows, so no page-by-page review is asked.
    const byHand = lines.map((l) => l.text).filter((t) => t.startsWith('Việc cần làm thêm: '));
    expect(byHand).toEqual([
      'Việc cần làm thêm: Đánh số trang: trong Google Tài liệu chọn Chèn → Số trang, đặt số ở giữa phía trên và bỏ số ở trang đầu (Nghị định 30/2020/NĐ-CP: đánh số từ trang 2).',
    ]);
    expect(lines.map((l) => l.text).join('\n')).not.toMatch(/Bố cục chưa xong|khối chữ ký/);
  });

  it('spans the criteria across the summary and repeats its heading row (Docs advanced service), and lists nothing about tables', () => {
    const ss = sampleWorkbook();
    const app = new FakeDocumentApp();
    const lines = generateDossier(deps(ss, app));
    const summary = app.documents[2].body.tables.find((t) => t.texts[0][0] === 'Mã')!;
    expect(summary.merges.map((m) => m.columnSpan)).toEqual([6, 6, 6, 6, 6]);
    expect(summary.pinnedHeaderRows).toBe(1);
    expect(lines.map((l) => l.text).join('\n')).not.toMatch(/Bố cục chưa xong/);
  });

  it('without the Docs advanced service the documents are still made, and the checklist says which tables are unfinished', () => {
    const ss = sampleWorkbook();
    const app = new FakeDocumentApp();
    const lines = generateDossier(deps(ss, app, true, null));
    expect(app.documents).toHaveLength(5);
    expect(String(ss.sheet(SHEETS.info).at(LINK).value).split('\n')).toHaveLength(5);
    const items = lines.map((l) => l.text).filter((t) => t.includes('Bố cục chưa xong'));
    const missing = '(dự án Apps Script chưa bật dịch vụ nâng cao Google Docs API)';
    const keepByHand =
      'nếu một đề mục, hàng tiêu đề hay hàng tên nhóm của bảng đứng riêng ở cuối trang, hoặc khối chữ ký đứng riêng ở đầu trang, chèn ngắt trang trước đề mục, bảng hoặc đoạn kết đó; hoặc bật Google Docs API cho dự án Apps Script (trình chỉnh sửa Apps Script → Dịch vụ → thêm "Google Docs API"; dự án Google Cloud riêng thì bật cả "Google Docs API" trong Google Cloud Console) rồi tạo lại.';
    const keeps = 'đề mục, hàng tiêu đề và hàng tên nhóm của bảng, đoạn kết trước chữ ký chưa được giữ cùng trang với phần sau';
    // One item per kind of gap: the Tờ trình and the Biên bản have no data table, only lines to keep;
    // the report and the evidence list have heading rows; only the summary has group rows.
    expect(items).toEqual([
      `☐ Bố cục chưa xong trong "Tờ trình đề nghị đánh giá, công nhận “Cộng đồng học tập” cấp xã", "Biên bản họp đề nghị công nhận “Cộng đồng học tập” cấp xã": ${keeps} ${missing}. Cách làm trong Google Tài liệu: ${keepByHand}`,
      `☐ Bố cục chưa xong trong "Báo cáo tự đánh giá, công nhận “Cộng đồng học tập” cấp xã", "Danh mục minh chứng": hàng tiêu đề của bảng chưa lặp lại ở mỗi trang; ${keeps} ${missing}. Cách làm trong Google Tài liệu: ghim hàng tiêu đề của bảng; ${keepByHand}`,
      `☐ Bố cục chưa xong trong "Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu": tên nhóm (tiêu chí) nằm ở cột rộng nhất, chưa trải hết bảng; hàng tiêu đề của bảng chưa lặp lại ở mỗi trang; ${keeps} ${missing}. Cách làm trong Google Tài liệu: gộp các ô của mỗi hàng tên nhóm; ghim hàng tiêu đề của bảng; ${keepByHand}`,
    ]);
  });

  it('when the Docs API refuses the batchUpdate after drawing, the checklist says the criteria sit in the first column, unmerged, unpinned, not kept', () => {
    const ss = sampleWorkbook();
    const app = new FakeDocumentApp();
    const docs = new FakeDocsApi(app);
    docs.failWith('Internal error encountered.', 'batchUpdate');
    const lines = generateDossier(deps(ss, app, true, docs.service));
    expect(app.documents).toHaveLength(5);
    const summary = app.documents[2].body.tables.find((t) => t.texts[0][0] === 'Mã')!;
    expect(summary.texts[1][0]).toMatch(/^Tiêu\u00a0chí\u00a01\. /);
    const item = lines.map((l) => l.text).find((t) => t.includes('"Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu"'));
    expect(item).toBe(
      '☐ Bố cục chưa xong trong "Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu": tên nhóm (tiêu chí) nằm ở cột đầu, chưa trải hết bảng; hàng tiêu đề của bảng chưa lặp lại ở mỗi trang; đề mục, hàng tiêu đề và hàng tên nhóm của bảng, đoạn kết trước chữ ký chưa được giữ cùng trang với phần sau (Google Docs API báo lỗi: API call to docs.documents.batchUpdate failed with error: Internal error encountered.). Cách làm trong Google Tài liệu: gộp các ô của mỗi hàng tên nhóm; ghim hàng tiêu đề của bảng; nếu một đề mục, hàng tiêu đề hay hàng tên nhóm của bảng đứng riêng ở cuối trang, hoặc khối chữ ký đứng riêng ở đầu trang, chèn ngắt trang trước đề mục, bảng hoặc đoạn kết đó; hoặc thử tạo lại sau ít phút (Google Docs API tạm thời từ chối, chẳng hạn khi quá hạn mức).',
    );
  });

  it('asks before generating again; "no" creates nothing and keeps the old links', () => {
    const ss = sampleWorkbook();
    const app = new FakeDocumentApp();
    generateDossier(deps(ss, app));
    const before = ss.sheet(SHEETS.info).at(LINK).value;
    const again = deps(ss, app, false);
    expect(generateDossier(again)[0].text).toMatch(/Đã hủy/);
    expect(again.asked[0]).toMatch(/Bộ cũ vẫn giữ nguyên/);
    expect(app.documents).toHaveLength(5);
    expect(ss.sheet(SHEETS.info).at(LINK).value).toBe(before);
  });

  it('asks nothing the first time; then asks naming when the last set was made (dd/mm/yyyy), or without a time when its cell was emptied', () => {
    const ss = sampleWorkbook();
    const app = new FakeDocumentApp();
    const first = deps(ss, app);
    generateDossier(first);
    expect(first.asked).toEqual([]);
    const again = deps(ss, app, false);
    expect(generateDossier(again)).toEqual([{ text: 'Đã hủy: không tạo hồ sơ mới.' }]);
    expect(again.asked).toEqual(['Hồ sơ đã được tạo lúc 10/02/2026. Tạo bộ hồ sơ mới? Bộ cũ vẫn giữ nguyên trong Google Drive.']);
    ss.sheet(SHEETS.info).type(TIME, '');
    const noTime = deps(ss, app, false);
    generateDossier(noTime);
    expect(noTime.asked).toEqual(['Hồ sơ đã được tạo. Tạo bộ hồ sơ mới? Bộ cũ vẫn giữ nguyên trong Google Drive.']);
    expect(app.documents).toHaveLength(5);
  });

  it('lists each document twice, as the Google Doc and as "(PDF)", in the order made', () => {
    const ss = sampleWorkbook();
    const app = new FakeDocumentApp();
    const lines = generateDossier(deps(ss, app));
    const doc = (n: number) => `https://docs.google.com/document/d/doc-${n}`;
    const titles = [
      'Tờ trình đề nghị đánh giá, công nhận “Cộng đồng học tập” cấp xã',
      'Báo cáo tự đánh giá, công nhận “Cộng đồng học tập” cấp xã',
      'Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu',
      'Danh mục minh chứng',
      'Biên bản họp đề nghị công nhận “Cộng đồng học tập” cấp xã',
    ];
    expect(lines.slice(1, 11)).toEqual(
      titles.flatMap((title, i) => [
        { text: title, url: `${doc(i + 1)}/edit` },
        { text: `${title} (PDF)`, url: `${doc(i + 1)}/export?format=pdf` },
      ]),
    );
  });

  it('"yes" makes a new set and never touches the earlier documents', () => {
    const ss = sampleWorkbook();
    const app = new FakeDocumentApp();
    generateDossier(deps(ss, app));
    generateDossier(deps(ss, app, true));
    expect(app.documents).toHaveLength(10);
    expect(app.calls.filter((c) => c.method === 'setAttributes' && c.target === 'Document')).toEqual([]);
    // The new set's links replace the old ones: "Thông tin" names the documents to sign, not every draft made.
    expect(String(ss.sheet(SHEETS.info).at(LINK).value).split('\n')).toEqual([6, 7, 8, 9, 10].map((n) => `https://docs.google.com/document/d/doc-${n}/edit`));
  });

  it('a Google-side failure half-way leaves the workbook unchanged and says which documents exist', () => {
    const ss = sampleWorkbook();
    const app = new FakeDocumentApp();
    app.failOnCreate(3);
    const lines = generateDossier(deps(ss, app));
    expect(lines[0].text).toBe(
      'Tạo hồ sơ bị dừng ở văn bản "Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu" (Service invoked too many times for one day: docs create.). Trang "Thông tin" không thay đổi.',
    );
    expect(lines.slice(1)).toEqual([
      { text: '2 văn bản đã được tạo trong Google Drive của bạn (có thể xóa hoặc giữ lại):' },
      { text: 'Tờ trình đề nghị đánh giá, công nhận “Cộng đồng học tập” cấp xã', url: 'https://docs.google.com/document/d/doc-1/edit' },
      { text: 'Báo cáo tự đánh giá, công nhận “Cộng đồng học tập” cấp xã', url: 'https://docs.google.com/document/d/doc-2/edit' },
      { text: 'Hãy thử lại sau ít phút.' },
    ]);
    expect(ss.sheet(SHEETS.info).at(LINK).value).toBe('');
    expect(ss.sheet(SHEETS.info).at(TIME).value).toBe('');
  });

  it('a failure with "Thông tin" renamed names the sheet as its tab reads now (issue 14 repair pass, finding 5)', () => {
    const ss = sampleWorkbook();
    ss.sheet(SHEETS.info).setName('TT chung');
    const app = new FakeDocumentApp();
    app.failOnCreate(1);
    expect(generateDossier(deps(ss, app)).map((l) => l.text)).toEqual([
      'Tạo hồ sơ bị dừng ở văn bản "Tờ trình đề nghị đánh giá, công nhận “Cộng đồng học tập” cấp xã" (Service invoked too many times for one day: docs create.). Trang "TT chung" không thay đổi.',
      'Chưa có văn bản nào được tạo.',
      'Hãy thử lại sau ít phút.',
    ]);
  });

  it('a failure at the first document says none exists and to try again later', () => {
    const ss = sampleWorkbook();
    const app = new FakeDocumentApp();
    app.failOnCreate(1);
    expect(generateDossier(deps(ss, app)).slice(1)).toEqual([{ text: 'Chưa có văn bản nào được tạo.' }, { text: 'Hãy thử lại sau ít phút.' }]);
    expect(ss.sheet(SHEETS.info).at(LINK).value).toBe('');
  });

  it('a commune below Mức độ 1, alone on its spreadsheet: three documents, the two it does not make named with why, shared with no one', () => {
    const ss = sampleWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    sheet.type(`E${sheet.values().findIndex((row) => row[0] === 'TC1.1') + 1}`, 'Không đạt');
    const app = new FakeDocumentApp();
    const lines = generateDossier({ ...deps(ss, app), editors: () => [] }).map((l) => l.text);
    expect(lines[0]).toBe('Đã tạo 3 văn bản (bản nháp để in, ký, đóng dấu). Mở từng văn bản hoặc tải bản PDF:');
    const why = 'Xã Hòa An chưa đạt Mức độ 1 (không đạt: chỉ tiêu 1.1), nên chưa lập hồ sơ đề nghị công nhận.';
    expect(lines.slice(7, 10)).toEqual([
      'Chưa chia sẻ cho ai: bảng tính không có người chỉnh sửa nào khác.',
      `Không tạo: Tờ trình đề nghị đánh giá, công nhận “Cộng đồng học tập” cấp xã — ${why}`,
      `Không tạo: Biên bản họp đề nghị công nhận “Cộng đồng học tập” cấp xã — ${why}`,
    ]);
    expect(app.documents.map((d) => d.editors)).toEqual([[], [], []]);
  });

  it('an incomplete commune gets the list of what to fill in, not a half-empty document', () => {
    const ss = sampleWorkbook();
    ss.sheet(SHEETS.assessment).type('E6', '');
    const app = new FakeDocumentApp();
    expect(generateDossier(deps(ss, app))).toEqual([{ text: 'Chưa tạo được hồ sơ. Cần bổ sung 1 mục:' }, { text: '• Chỉ tiêu TC1.1: chưa nhập giá trị.' }]);
    expect(app.documents).toHaveLength(0);
  });

  // Blind sample 12-edge, P29: the list of what to complete lost its bullets ("• ") and its items ran together in the dialog.
  it('one field left empty: the dialog names it on a bulleted line of its own, and no document is made', () => {
    const ss = sampleWorkbook();
    const commune = INFO_FIELDS.findIndex((f) => f.key === 'commune');
    ss.sheet(SHEETS.info).type(`B${INFO_LAYOUT.firstField + commune}`, '');
    const app = new FakeDocumentApp();
    expect(generateDossier(deps(ss, app))).toEqual([{ text: 'Chưa tạo được hồ sơ. Cần bổ sung 1 mục:' }, { text: '• Trang "Thông tin": chưa điền "Tên xã".' }]);
    expect(app.documents).toHaveLength(0);
  });
});

describe('the result dialog', () => {
  it('escapes every text and link', () => {
    const html = dialogHtml([{ text: '<img src=x onerror=alert(1)>' }, { text: 'a"b', url: 'https://x/?a=1&b="2"' }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).toContain('href="https://x/?a=1&#38;b=&#34;2&#34;"');
  });
});
