/**
 * "Tạo hồ sơ / báo cáo" in the built add-on (dist/Code.js), for what only the live adapters give
 * (src/gas/live.ts): the spreadsheet's editors (Spreadsheet.getEditors, each User.getEmail, a blank
 * address skipped: Document.addEditors rejects it), the "Kết quả" chart as a PNG blob
 * (EmbeddedChart.getAs('image/png')), and the progress toasts (title and 30 seconds).
 */
import { describe, expect, it } from 'vitest';
import { fakeImage } from '../fakes/document-app';
import { fillSampleCommune } from '../fixtures/sample-workbook';
import { addonBundle } from './entry-bundles';

function bundle(editors: () => Array<{ getEmail(): string }>) {
  const { ss, ui, documentApp, gas } = addonBundle();
  const toasts: unknown[][] = [];
  gas.setupWorkbook();
  fillSampleCommune(ss);
  Object.assign(ss, { getEditors: editors, toast: (...args: unknown[]) => void toasts.push(args) });
  // The "Kết quả" sheet's chart, as EmbeddedChart.getAs gives it: a PNG blob only.
  const results = ss.sheet('Kết quả');
  const chart = { getAs: (type: string) => (type === 'image/png' ? fakeImage(600, 371) : null) };
  Object.assign(results, { getCharts: () => [chart] });
  return { ui, documentApp, toasts, run: () => gas.generateDossier() };
}

describe('the dossier with the live spreadsheet’s editors and chart', () => {
  it('shares each document with the editors that have an address, puts the chart in, and shows progress toasts', () => {
    const b = bundle(() => [{ getEmail: () => 'mai.tt@example.com' }, { getEmail: () => '' }, { getEmail: () => 'hung.lv@example.com' }]);
    b.run();
    expect(b.documentApp.documents).toHaveLength(5);
    for (const doc of b.documentApp.documents) expect(doc.editors, doc.name).toEqual(['mai.tt@example.com', 'hung.lv@example.com']);
    const images = b.documentApp.documents.flatMap((doc) => doc.body.paragraphs.flatMap((p) => p.images));
    expect(images).toHaveLength(1);
    expect(b.ui.shown.at(-1)?.content).toContain('<p>Đã chia sẻ quyền chỉnh sửa cho 2 người đang có quyền sửa bảng tính này.</p>');
    expect(b.toasts.map(([, title, seconds]) => [title, seconds])).toEqual(Array(5).fill(['CĐHT Xã', 30]));
    expect(b.toasts[0][0]).toMatch(/^Đang tạo văn bản 1\/5: /);
  });

  it('editors that cannot be read: the documents are made and shared with nobody, and the dialog says so', () => {
    const b = bundle(() => {
      throw new Error('Action not allowed');
    });
    b.run();
    expect(b.documentApp.documents.map((doc) => doc.editors)).toEqual(Array(5).fill([]));
    expect(b.ui.shown.at(-1)?.content).toContain('<p>Chưa chia sẻ cho ai: bảng tính không có người chỉnh sửa nào khác.</p>');
  });
});
