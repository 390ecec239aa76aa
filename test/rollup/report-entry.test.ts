/**
 * "Tạo báo cáo tổng hợp" with the roll-up's fakes: a small district updated first (its records stay
 * in the store), then the year asked, the Google Doc drawn and its link shown in an escaped dialog.
 */
import { describe, expect, it } from 'vitest';
import type { DialogUi } from '../../src/gas/services';
import { createSummaryReport } from '../../src/rollup/report';
import { runUpdate } from '../../src/rollup/update';
import { STATE_KEY } from '../../src/core/rollup/resume';
import { FakeDocsApi } from '../fakes/docs-api';
import { FakeLock } from '../fakes/lock';
import { FakeDocumentApp } from '../fakes/document-app';
import { TT25_VALUES, communeWorkbook } from '../fixtures/rollup-communes';
import { fakeId, harness, sheetLink } from './harness';

/** Answers the prompt with `answer` (null: Cancel) and records what the user is shown. */
function ui(answer: string | null) {
  const shown = { prompts: [] as string[], alerts: [] as string[], dialogs: [] as Array<{ title: string; html: string }> };
  const fake: Pick<DialogUi, 'alert' | 'prompt' | 'showDialog'> = {
    prompt: (_title, message) => {
      shown.prompts.push(message);
      return answer;
    },
    alert: (_title, message) => void shown.alerts.push(message),
    showDialog: (title, html) => void shown.dialogs.push({ title, html }),
  };
  return { fake, shown };
}

/** Hòa An Mức độ 1 and Bình Minh Mức độ 2 read, Mỹ Lộc typed Mức độ 1, Cát Tiên not shared. */
function updatedDistrict() {
  const h = harness();
  h.workbook(fakeId('hoa-an'), communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD1 }));
  h.workbook(fakeId('binh-minh'), communeWorkbook({ commune: 'Xã Bình Minh', year: 2025, values: TT25_VALUES.MD2 }));
  h.api.files.set(fakeId('cat-tien'), { kind: 'error', code: 403, status: 'PERMISSION_DENIED', message: 'The caller does not have permission' });
  h.register([
    ['Xã Hòa An', 2025, sheetLink(fakeId('hoa-an'))],
    ['Xã Bình Minh', 2025, sheetLink(fakeId('binh-minh'))],
    ['Xã Mỹ Lộc', 2025, '', 'Mức độ 1'],
    ['Xã Cát Tiên', 2025, sheetLink(fakeId('cat-tien'))],
  ]);
  expect(runUpdate(h.services, 'start').kind).toBe('done');
  const app = new FakeDocumentApp();
  const docs = new FakeDocsApi(app);
  return { h, app, docs, services: { ...h.services, documentApp: app.service, docs: docs.service } };
}

describe('Tạo báo cáo tổng hợp', () => {
  it('asks the year, draws the report from the last update and shows its link', () => {
    const { h, app, services } = updatedDistrict();
    const { fake, shown } = ui(' 2025 ');
    const outcome = createSummaryReport(services, fake);
    expect(shown.prompts).toEqual(['Báo cáo năm đánh giá nào? Các năm có số liệu: 2025.']);
    expect(app.documents.map((d) => d.name)).toEqual(['Báo cáo tổng hợp kết quả đánh giá, công nhận Cộng đồng học tập cấp xã năm 2025']);
    expect(outcome).toEqual({ kind: 'created', year: 2025, url: 'https://docs.google.com/document/d/doc-1/edit' });
    // Mức độ 2 Bình Minh, Mức độ 1 Hòa An and Mỹ Lộc: 1, 2, 0 of the 3 rated (Cát Tiên unreadable, none unrated).
    const texts = app.documents[0].body.tables.map((t) => t.texts);
    expect(texts).toContainEqual([
      ['Kết\u00a0quả', 'Số\u00a0xã', 'Tỷ\u00a0lệ trên số\u00a0xã đã xếp\u00a0loại'],
      // Labels bound to their numbers with no-break spaces, as the renderers write them.
      ['Mức\u00a0độ\u00a02', '1', '33,3%'],
      ['Mức\u00a0độ\u00a01', '2', '66,7%'],
      ['Chưa đạt', '0', '0%'],
      ['Số xã đã xếp loại', '3', '100%'],
      ['Không xếp loại', '0', '–'],
    ]);
    expect(app.documents[0].open).toBe(false);
    // Dated by the roll-up's clock (08:00 on 15/01/2026 in the harness), as the update's status line is.
    expect(texts[0][1][1]).toBe('……, ngày\u00a015 tháng\u00a001 năm\u00a02026');
    expect(shown.alerts).toEqual([]);
    expect(shown.dialogs).toHaveLength(1);
    const { title, html } = shown.dialogs[0];
    expect(title).toBe('Báo cáo tổng hợp');
    expect(html).toContain('<a href="https://docs.google.com/document/d/doc-1/edit" target="_blank" rel="noopener">Báo cáo tổng hợp kết quả đánh giá, công nhận Cộng đồng học tập cấp xã năm 2025</a>');
    // Quotes in the text are escaped, never raw HTML.
    expect(html).toContain('&#34;[Cần bổ sung: …]&#34;');
    expect(html).toContain('Đánh số trang');
    expect(html).not.toContain('chưa gộp ô nhóm');
    expect(h.lock.held).toBe(false);
  });

  it("repeats each table's heading row on every page through the Docs advanced service; without it, says so", () => {
    const { app, services } = updatedDistrict();
    createSummaryReport(services, ui('2025').fake);
    const tables = app.documents[0].body.tables.filter((t) => t.texts[0][0] === 'Kết\u00a0quả');
    expect(tables.map((t) => t.pinnedHeaderRows)).toEqual([1]);

    const without = updatedDistrict();
    const { fake, shown } = ui('2025');
    createSummaryReport({ ...without.services, docs: null }, fake);
    expect(without.app.documents).toHaveLength(1);
    expect(shown.dialogs[0].html).toContain(
      'Việc cần làm thêm: Bố cục chưa xong trong &#34;Báo cáo tổng hợp kết quả đánh giá, công nhận Cộng đồng học tập cấp xã năm 2025&#34;: tên nhóm (tiêu chí) nằm ở cột rộng nhất, chưa trải hết bảng; hàng tiêu đề của bảng chưa lặp lại ở mỗi trang; đề mục, hàng tiêu đề và hàng tên nhóm của bảng, đoạn kết trước chữ ký chưa được giữ cùng trang với phần sau (dự án Apps Script chưa bật dịch vụ nâng cao Google Docs API).',
    );
  });

  it('with two years in the store, the report is of the year asked, the older one too', () => {
    const h = harness();
    h.workbook(fakeId('hoa-an-2024'), communeWorkbook({ commune: 'Xã Hòa An', year: 2024, values: TT25_VALUES.MD2 }));
    h.workbook(fakeId('hoa-an'), communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD1 }));
    h.register([
      ['Xã Hòa An', 2024, sheetLink(fakeId('hoa-an-2024'))],
      ['Xã Hòa An', 2025, sheetLink(fakeId('hoa-an'))],
    ]);
    expect(runUpdate(h.services, 'start').kind).toBe('done');
    const app = new FakeDocumentApp();
    const { fake, shown } = ui('2024');
    const outcome = createSummaryReport({ ...h.services, documentApp: app.service, docs: null }, fake);
    expect(shown.prompts).toEqual(['Báo cáo năm đánh giá nào? Các năm có số liệu: 2024, 2025.']);
    expect(outcome).toEqual({ kind: 'created', year: 2024, url: 'https://docs.google.com/document/d/doc-1/edit' });
    expect(app.documents.map((d) => d.name)).toEqual(['Báo cáo tổng hợp kết quả đánh giá, công nhận Cộng đồng học tập cấp xã năm 2024']);
    // 2024: Hòa An at Mức độ 2 (2025's Mức độ 1 is another year's).
    expect(app.documents[0].body.tables.map((t) => t.texts)).toContainEqual([
      ['Kết\u00a0quả', 'Số\u00a0xã', 'Tỷ\u00a0lệ trên số\u00a0xã đã xếp\u00a0loại'],
      ['Mức\u00a0độ\u00a02', '1', '100%'],
      ['Mức\u00a0độ\u00a01', '0', '0%'],
      ['Chưa đạt', '0', '0%'],
      ['Số xã đã xếp loại', '1', '100%'],
      ['Không xếp loại', '0', '–'],
    ]);
  });

  it('a year with no data says so in Vietnamese and creates nothing', () => {
    const { app, services } = updatedDistrict();
    const { fake, shown } = ui('2024');
    expect(createSummaryReport(services, fake).kind).toBe('refused');
    expect(shown.alerts).toEqual(['Năm "2024" không có trong số liệu của lần cập nhật gần nhất nên chưa tạo báo cáo. Các năm có số liệu: 2025.']);
    expect(app.documents).toHaveLength(0);
    expect(shown.dialogs).toHaveLength(0);
  });

  it('text that is not a year is refused the same way; Cancel does nothing', () => {
    const { app, services } = updatedDistrict();
    // only four digits are a year: "2025.0" is a number equal to one, not a year typed
    for (const typed of ['năm 2025', '2025.0']) {
      const typo = ui(typed);
      createSummaryReport(services, typo.fake);
      expect(typo.shown.alerts).toEqual([`Năm "${typed}" không có trong số liệu của lần cập nhật gần nhất nên chưa tạo báo cáo. Các năm có số liệu: 2025.`]);
    }
    const cancel = ui(null);
    expect(createSummaryReport(services, cancel.fake)).toEqual({ kind: 'cancelled' });
    expect(cancel.shown.alerts).toEqual([]);
    expect(app.documents).toHaveLength(0);
  });

  it('"OK" with no year typed is told which years there are, not taken for Cancel', () => {
    const { app, services } = updatedDistrict();
    for (const typed of ['', '   ']) {
      const blank = ui(typed);
      expect(createSummaryReport(services, blank.fake).kind).toBe('refused');
      expect(blank.shown.alerts).toEqual(['Chưa ghi năm nào nên chưa tạo báo cáo. Các năm có số liệu: 2025.']);
    }
    expect(app.documents).toHaveLength(0);
  });

  it('before any update, or during one, it asks nothing and explains', () => {
    const h = harness();
    h.register([['Xã Hòa An', 2025, sheetLink(fakeId('hoa-an'))]]);
    const app = new FakeDocumentApp();
    const before = ui('2025');
    createSummaryReport({ ...h.services, documentApp: app.service, docs: null }, before.fake);
    expect(before.shown.alerts).toEqual(['Chưa có số liệu tổng hợp: hãy bấm CĐHT Tổng hợp › Cập nhật tổng hợp trước khi tạo báo cáo.']);

    const { services } = updatedDistrict();
    services.properties.setProperty(STATE_KEY, '{}');
    const during = ui('2025');
    createSummaryReport(services, during.fake);
    expect(during.shown.alerts).toEqual(['Lượt cập nhật tổng hợp chưa xong: hãy bấm CĐHT Tổng hợp › Tiếp tục cập nhật cho đến khi xong rồi tạo báo cáo.']);
    // the store is read only under the update's lock, and the lock is given back on every refusal
    expect(services.lock.tryLock(0)).toBe(true);
    services.lock.releaseLock();
    expect([...before.shown.prompts, ...during.shown.prompts]).toEqual([]);
    expect(app.documents).toHaveLength(0);
  });

  it('while an update holds the lock (it rewrites the store), it asks nothing and says to wait', () => {
    const { services, app } = updatedDistrict();
    const busy = ui('2025');
    createSummaryReport({ ...services, lock: new FakeLock(true) }, busy.fake);
    expect(busy.shown).toEqual({ prompts: [], alerts: ['Đang có một lượt cập nhật tổng hợp chạy: hãy đợi lượt đó xong rồi tạo báo cáo.'], dialogs: [] });
    expect(app.documents).toHaveLength(0);
  });
});
