/**
 * "Lưu" on an evidence item another member changed since loading: with "Ghi đè" (overwrite: true)
 * the sidebar's version is written, as for the indicators' cells (save-plan.ts planEvidenceSave:
 * a conflict "unless the user chose to overwrite"); without it, the conflict is reported
 * (sidebar.test.ts). Before this test only the refusing side was tried, so the choice could be
 * dropped on its way to the evidence plan unseen. Expected cells typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { saveSidebarChanges } from '../../src/addon/sidebar';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { SHEETS } from '../../src/core/template/layout';
import { EVIDENCE_HEADER_ROW } from '../../src/core/workbook/evidence';
import { FakeLock } from '../fakes/lock';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

const NOW = new Date(2026, 10, 21, 9, 30);
const ITEM = { code: 'H1.01', name: 'Tên H1.01', reference: '', issuer: '', link: '', indicators: 'TC1.1' };

describe('an evidence item changed by another member, saved with "Ghi đè"', () => {
  it('writes the sidebar’s edit over the sheet’s and reports no conflict', () => {
    const ss = new FakeSpreadsheet();
    setupWorkbook(ss, fakeFactories(ss.log), NOW);
    const sheet = ss.sheet(SHEETS.evidence);
    const [loaded] = saveSidebarChanges(ss, new FakeLock(), () => {}, { overwrite: false, changes: [], evidence: [{ row: null, before: null, after: ITEM }] }).evidence;
    sheet.type(`B${EVIDENCE_HEADER_ROW + 1}`, 'Sửa trên trang tính');
    const result = saveSidebarChanges(ss, new FakeLock(), () => {}, {
      overwrite: true,
      changes: [],
      evidence: [{ row: loaded.row, before: loaded.fields, after: { ...loaded.fields, name: 'Nghị quyết 12' } }],
    });
    expect([result.saved, result.evidenceConflicts]).toEqual([1, []]);
    expect(['A', 'B', 'F'].map((c) => sheet.at(`${c}${EVIDENCE_HEADER_ROW + 1}`).value)).toEqual(['H1.01', 'Nghị quyết 12', 'TC1.1']);
  });
});
