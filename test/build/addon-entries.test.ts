/**
 * Every top-level function of dist/Code.js called in the built bundle, with Apps Script's globals
 * backed by the fakes (test/fakes/): the entry points a menu, the sidebar or Sheets call.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { SaveResult, SidebarState } from '../../src/core/sidebar/protocol';
import { EVIDENCE_HEADER_ROW } from '../../src/core/workbook/evidence';
import { fillSampleCommune } from '../fixtures/sample-workbook';
import { scriptRunTransfer } from '../fakes/script-run';
import { OTHER_ENTRY_POINTS } from '../helpers';
import { addonBundle } from './entry-bundles';
import { ADDON_NAME } from '../../src/core/addon-name';

const called = new Set<string>();

/** The bundle over fresh fakes; `withDocs: false` leaves the Docs advanced service out, as a copy of the script without it. */
function bundle(mode: 'person' | 'trigger' = 'person', withDocs = true) {
  const { gas, ...fakes } = addonBundle(mode, withDocs);
  const run = (name: string, ...args: unknown[]) => {
    called.add(name);
    return gas[name](...args);
  };
  return { ...fakes, run };
}

describe('the add-on entry points in the built bundle', () => {
  it('onInstall builds the menu, including the self-check', () => {
    const { ui, run } = bundle();
    run('onInstall', { authMode: 'NONE' });
    expect(ui.shown).toHaveLength(1);
    // Installed as an add-on, the event's AuthMode.NONE puts the menu under Tiện ích mở rộng.
    expect(ui.shown[0]).toMatchObject({ kind: 'menu', title: '(add-on)' });
    expect(ui.shown[0].content).toContain('Kiểm tra tiện ích → checkAddon');
  });

  it('setupWorkbook, then the sidebar loads and saves through what google.script.run lets cross', () => {
    const { ss, ui, lock, flushes, run } = bundle();
    run('setupWorkbook');
    expect(ss.sheets.map((s) => s.name)).toContain('Đánh giá');
    expect(ui.shown.at(-1)).toMatchObject({ kind: 'alert', title: 'Thiết lập mẫu' });
    expect(ui.shown.at(-1)?.content).not.toContain('#ERROR!');

    run('showSidebar');
    expect(ui.shown.at(-1)).toMatchObject({ kind: 'sidebar', content: 'file:Sidebar' });

    const state = run('getSidebarState') as SidebarState;
    expect(scriptRunTransfer(state, 'return')).toEqual({ ok: true, value: state });
    const request = { overwrite: false, changes: [{ code: 'TC1.1', field: 'owner', before: '', after: '0912345678' }] };
    expect(scriptRunTransfer([request], 'argument').ok).toBe(true);
    const flushesBefore = flushes.count;
    const result = run('saveSidebarChanges', request) as SaveResult;
    expect(result).toMatchObject({ saved: 1, held: [{ code: 'TC1.1', field: 'owner', value: '0912345678' }] });
    expect(lock.released).toBe(1);
    // The write is flushed before it is read back (SpreadsheetApp.flush), so "held" is what the sheet stored.
    expect(flushes.count).toBe(flushesBefore + 1);
  });

  // The entry passes the whole request on: an evidence item added in the sidebar reaches "Danh mục minh chứng" (found by sample 11's P18,
  // where only the indicator changes were passed and the item was silently dropped).
  it('saveSidebarChanges writes an evidence item the sidebar adds, through google.script.run', () => {
    const { ss, run } = bundle();
    run('setupWorkbook');
    const fields = { code: 'H1.01', name: 'Nghị quyết về xây dựng xã hội học tập', reference: '15/01/2025', issuer: 'Đảng ủy xã', link: '', indicators: 'TC1.1' };
    const request = { overwrite: false, changes: [], evidence: [{ row: null, before: null, after: fields }] };
    expect(scriptRunTransfer([request], 'argument').ok).toBe(true);
    const result = run('saveSidebarChanges', request) as SaveResult;
    expect(result.saved).toBe(1);
    expect(result.evidence.map((e) => e.fields)).toEqual([fields]);
    const list = ss.sheet('Danh mục minh chứng');
    expect([list.at(`A${EVIDENCE_HEADER_ROW + 1}`).value, list.at(`B${EVIDENCE_HEADER_ROW + 1}`).value]).toEqual(['H1.01', 'Nghị quyết về xây dựng xã hội học tập']);
  });

  it('checkDossier, generateDossier, the help texts and checkAddon show their dialogs', () => {
    const { ui, documentApp, run } = bundle();
    run('setupWorkbook');
    run('checkDossier');
    expect(ui.shown.at(-1)).toMatchObject({ kind: 'dialog', title: 'Kiểm tra hồ sơ' });
    ui.answers.push('YES');
    run('generateDossier');
    expect(ui.shown.at(-1)?.kind).toBe('dialog');
    expect(documentApp.documents.length + ui.shown.filter((s) => s.kind === 'alert').length).toBeGreaterThan(0);
    run('showHelp');
    expect(ui.shown.at(-1)).toMatchObject({ kind: 'alert', title: `Hướng dẫn ${ADDON_NAME}` });
    run('showAggregationHelp');
    expect(ui.shown.at(-1)).toMatchObject({ kind: 'alert', title: 'Tổng hợp nhiều xã' });
    run('checkAddon');
    expect(ui.shown.at(-1)).toMatchObject({ kind: 'dialog', title: 'Kiểm tra tiện ích' });
    expect(ui.shown.at(-1)?.content).toContain('ngôn ngữ vi_VN');
  });

  it('generateDossier merges the criteria rows across the summary, pins heading rows and keeps headings with what follows through the Docs advanced service', () => {
    const { ss, ui, documentApp, docs, run } = bundle();
    run('setupWorkbook');
    fillSampleCommune(ss);
    run('generateDossier');
    expect(documentApp.documents).toHaveLength(5);
    // One documents.get and one batchUpdate for each document (each keeps lines with its signature), after it is saved;
    // a document with group rows (the Bản tổng hợp) is asked once more, before it is drawn.
    const updates = docs.calls.filter((c) => c.method === 'batchUpdate');
    const summary = documentApp.documents.find((d) => d.name.startsWith('Bản tổng hợp'))!;
    const gets = docs.calls.filter((c) => c.method === 'get').map((c) => c.documentId);
    expect(gets.filter((id) => id !== summary.id)).toEqual(updates.map((c) => c.documentId).filter((id) => id !== summary.id));
    expect(gets.filter((id) => id === summary.id)).toHaveLength(2);
    const requests = updates.find((c) => c.documentId === summary.id)!.requests!;
    const table = summary.body.tables.find((t) => t.texts[0][0] === 'Mã')!;
    expect(requests.filter((r) => 'mergeTableCells' in r)).toHaveLength(5);
    expect(requests.filter((r) => 'pinTableHeaderRows' in r)).toEqual([expect.objectContaining({ pinTableHeaderRows: expect.objectContaining({ pinnedHeaderRowsCount: 1 }) })]);
    expect(table.merges.map((m) => [m.columnIndex, m.rowSpan, m.columnSpan])).toEqual(Array(5).fill([0, 1, 6]));
    expect(table.pinnedHeaderRows).toBe(1);
    expect(updates).toHaveLength(5);
    const kept = summary.body.paragraphs.filter((p) => p.paragraphStyle.keepWithNext).map((p) => p.text);
    // The closing lines before the signature: the spacer; and the heading row kept with the first criterion.
    expect(kept).toContain('');
    expect(table.rows[0].cells.map((c) => c.children[0].paragraphStyle)).toEqual(Array(6).fill({ keepWithNext: true }));
    expect(ui.shown.at(-1)?.content).not.toContain('Bố cục chưa xong');
  });

  it('generateDossier without the Docs advanced service still makes the documents and lists the unfinished tables', () => {
    const { ss, ui, documentApp, run } = bundle('person', false);
    run('setupWorkbook');
    fillSampleCommune(ss);
    run('generateDossier');
    expect(documentApp.documents).toHaveLength(5);
    expect(ui.shown.at(-1)?.content).toContain('Bố cục chưa xong trong &#34;Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu&#34;: tên nhóm (tiêu chí) nằm ở cột rộng nhất');
    expect(ui.shown.at(-1)?.content).toContain('chưa bật dịch vụ nâng cao Google Docs API');
  });

  it('startNewYear and restoreYearFromArchive ask first, and change nothing when the person says no', () => {
    const { ss, ui, run } = bundle();
    run('setupWorkbook');
    const before = JSON.stringify(ss.state());
    ui.answers.push('NO');
    run('startNewYear');
    expect(ui.shown.at(-1)).toMatchObject({ kind: 'alert', title: 'Bắt đầu năm đánh giá mới' });
    ui.answers.push('NO');
    run('restoreYearFromArchive');
    expect(ui.shown.at(-1)).toMatchObject({ kind: 'alert', title: 'Khôi phục năm từ trang lưu trữ' });
    expect(JSON.stringify(ss.state())).toBe(before);
  });

  it('onOpen in a bound script builds the top-level menu', () => {
    const { ui, run } = bundle();
    run('onOpen', { authMode: 'LIMITED' });
    expect(ui.shown[0]).toMatchObject({ kind: 'menu', title: 'CĐHT' });
  });

  it('a menu action run where there is no Ui (a trigger) fails loudly instead of writing half-way', () => {
    const { ss, run } = bundle('trigger');
    expect(() => run('checkAddon')).toThrow(/getUi/);
    // The probe sheet never stays behind.
    expect(ss.sheets.map((s) => s.name)).toEqual(['Trang tính1']);
  });

  afterAll(() => {
    // Every entry point other than the custom functions (those are called in addon-bundle.test.ts).
    expect(OTHER_ENTRY_POINTS.filter((name) => !called.has(name))).toEqual([]);
  });
});
