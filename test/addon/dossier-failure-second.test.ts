/**
 * A Google-side failure at the second document of the dossier: exactly one document exists, and
 * the dialog must list it (dossier.test.ts tries the failure at the first document, none made,
 * and at the third, two made; one made is the boundary between them). Expected lines typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { generateDossier } from '../../src/addon/dossier';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { fillSampleCommune } from '../fixtures/sample-workbook';
import { FakeDocsApi } from '../fakes/docs-api';
import { FakeDocumentApp } from '../fakes/document-app';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

const NOW = new Date(2026, 1, 10, 14, 0);

describe('a failure at the second document', () => {
  it('names the one document made, with its link', () => {
    const ss = new FakeSpreadsheet();
    setupWorkbook(ss, fakeFactories(ss.log), NOW);
    fillSampleCommune(ss);
    const app = new FakeDocumentApp();
    app.failOnCreate(2);
    const lines = generateDossier({
      spreadsheet: ss,
      documentApp: app.service,
      docs: new FakeDocsApi(app).service,
      chartImage: () => null,
      confirm: () => true,
      progress: () => {},
      editors: () => [],
      now: NOW,
    });
    expect(lines).toEqual([
      {
        text: 'Tạo hồ sơ bị dừng ở văn bản "Báo cáo tự đánh giá, công nhận “Cộng đồng học tập” cấp xã" (Service invoked too many times for one day: docs create.). Trang "Thông tin" không thay đổi.',
      },
      { text: '1 văn bản đã được tạo trong Google Drive của bạn (có thể xóa hoặc giữ lại):' },
      { text: 'Tờ trình đề nghị đánh giá, công nhận “Cộng đồng học tập” cấp xã', url: 'https://docs.google.com/document/d/doc-1/edit' },
      { text: 'Hãy thử lại sau ít phút.' },
    ]);
  });
});
