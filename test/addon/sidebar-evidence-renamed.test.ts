/**
 * The sidebar's refusal of an evidence list whose headers are out of place (a column deleted before
 * the others), when the commune renamed "Danh mục minh chứng": the message must name the sheet as
 * it is called now, as set-up's messages do (setup-renamed-messages.test.ts), or people look for a
 * tab that no longer exists. The named range CDHT_MINH_CHUNG follows the renamed sheet (Google:
 * a named range belongs to its sheet, whatever the sheet is called).
 */
import { describe, expect, it } from 'vitest';
import { loadSidebarState, saveSidebarChanges } from '../../src/addon/sidebar';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { SHEETS } from '../../src/core/template/layout';
import { FakeLock } from '../fakes/lock';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

const NOW = new Date(2026, 10, 21, 9, 30);
const RENAMED = /^(Chưa lưu gì: )?Trang "Minh chứng 2025", dòng 3: tiêu đề cột không đúng chỗ \(cột A là "Tên minh chứng", cần "Mã minh chứng"; /;

function shiftedAndRenamed() {
  const ss = new FakeSpreadsheet();
  setupWorkbook(ss, fakeFactories(ss.log), NOW);
  const list = ss.sheet(SHEETS.evidence);
  list.deleteColumn(1);
  ss.renamed(list, 'Minh chứng 2025');
  return ss;
}

describe('a renamed evidence list with its headers out of place', () => {
  it('loading names the sheet by its new name', () => {
    expect(() => loadSidebarState(shiftedAndRenamed(), NOW)).toThrow(RENAMED);
  });

  it('"Lưu" with an evidence item names it by its new name too', () => {
    const item = { code: 'H1.02', name: 'Kế hoạch', reference: '', issuer: '', link: '', indicators: 'TC1.2' };
    const request = { overwrite: false, changes: [], evidence: [{ row: null, before: null, after: item }] };
    expect(() => saveSidebarChanges(shiftedAndRenamed(), new FakeLock(), () => {}, request)).toThrow(RENAMED);
  });
});
