/**
 * Finding: a filled workbook whose "Thông tin" or "Đánh giá" named range was deleted got two
 * different answers. "Kiểm tra hồ sơ" without CDHT_THONG_TIN listed every filled field as missing
 * ("chưa điền Tên xã"), and "Tạo hồ sơ" without CDHT_CHI_TIEU listed every entered indicator as
 * blank, while the other action said the workbook is not set up. Both actions must read the
 * workbook the same way and say the one thing that helps: run the set-up again (it restores the
 * named ranges, keeping what was entered). Nothing is created or written meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { fillSampleCommune } from '../fixtures/sample-workbook';
import { checkDossier, generateDossier } from '../../src/addon/dossier';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { FakeDocumentApp } from '../fakes/document-app';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

const NOW = new Date(2026, 1, 10, 14, 0);
const NOT_SET_UP = [{ text: 'Bảng tính chưa được thiết lập: chọn menu CĐHT → "Thiết lập / sửa mẫu" trước.' }];

function filledWithout(name: string): FakeSpreadsheet {
  const ss = new FakeSpreadsheet();
  setupWorkbook(ss, fakeFactories(ss.log), NOW);
  fillSampleCommune(ss);
  ss.namedRanges = ss.namedRanges.filter((n) => n.name !== name);
  return ss;
}

describe.each(['CDHT_THONG_TIN', 'CDHT_CHI_TIEU'])('a filled workbook without its named range %s', (name) => {
  it('"Kiểm tra hồ sơ" says to run the set-up', () => {
    expect(checkDossier(filledWithout(name), new Date(2026, 1, 10))).toEqual(NOT_SET_UP);
  });

  it('"Tạo hồ sơ" says the same, creates no document and changes nothing', () => {
    const ss = filledWithout(name);
    const before = JSON.stringify(ss.state());
    const app = new FakeDocumentApp();
    const asked: string[] = [];
    const lines = generateDossier({
      spreadsheet: ss,
      documentApp: app.service,
      docs: null,
      chartImage: () => null,
      confirm: (m) => asked.push(m) > 0,
      progress: (m) => asked.push(m),
      editors: () => [],
      now: NOW,
    });
    expect(lines).toEqual(NOT_SET_UP);
    expect([app.documents.length, asked]).toEqual([0, []]);
    expect(JSON.stringify(ss.state())).toBe(before);
  });
});
