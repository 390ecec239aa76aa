/**
 * Review finding: a Sheets cell holds at most 50.000 characters (Google Sheets help, "Files you can
 * store in Google Drive": up to 50,000 characters in a single cell). "Lưu" wrote cell after cell
 * and only the sheet's refusal would stop it half-way, with Google's English message, some cells
 * written and some not. A text too long for a cell (with the apostrophe that keeps it text) is
 * named in Vietnamese before anything is written.
 */
import { describe, expect, it } from 'vitest';
import type { CellChange, EvidenceFields } from '../../src/core/sidebar/protocol';
import { TT25 } from '../../src/core/ruleset/tt25';
import { assessmentRows } from '../../src/core/template/assessment-sheet';
import { ASSESSMENT_FIRST_ROW, SHEETS } from '../../src/core/template/layout';
import { saveSidebarChanges } from '../../src/addon/sidebar';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { FakeLock } from '../fakes/lock';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

const NOW = new Date(2026, 10, 21, 9, 30);
const rowOf = (code: string) => ASSESSMENT_FIRST_ROW + assessmentRows(TT25).findIndex((r) => 'item' in r && r.item.code === code);
const change = (code: string, field: CellChange['field'], before: CellChange['before'], after: CellChange['after']): CellChange => ({ code, field, before, after });
const LONG = 'Kết quả '.repeat(6_300); // 50.400 characters

function workbook() {
  const ss = new FakeSpreadsheet();
  setupWorkbook(ss, fakeFactories(ss.log), NOW);
  return { ss, sheet: ss.sheet(SHEETS.assessment) };
}

describe('"Lưu" with a text longer than a cell holds', () => {
  it('in an indicator field: refused in Vietnamese, naming the indicator, nothing written', () => {
    const { ss, sheet } = workbook();
    const save = () =>
      saveSidebarChanges(ss, new FakeLock(), () => {}, {
        overwrite: false,
        changes: [change('TC1.1', 'owner', '', 'Hội Khuyến học xã'), change('TC1.2', 'description', '', LONG)],
      });
    expect(save).toThrow(/TC1\.2.*50\.000 ký tự/);
    expect(sheet.at(`H${rowOf('TC1.1')}`).value).toBe('');
  });

  it('in an evidence item: refused in Vietnamese, naming the item, nothing written', () => {
    const { ss, sheet } = workbook();
    const after: EvidenceFields = { code: 'H1.05', name: LONG, reference: '', issuer: '', link: '', indicators: 'TC1.1' };
    const save = () =>
      saveSidebarChanges(ss, new FakeLock(), () => {}, { overwrite: false, changes: [change('TC1.1', 'owner', '', 'Hội Khuyến học xã')], evidence: [{ row: null, before: null, after }] });
    expect(save).toThrow(/H1\.05.*50\.000 ký tự/);
    expect(sheet.at(`H${rowOf('TC1.1')}`).value).toBe('');
  });

  it('a text of 49.999 characters is saved', () => {
    const { ss } = workbook();
    const text = 'x'.repeat(49_999);
    const result = saveSidebarChanges(ss, new FakeLock(), () => {}, { overwrite: false, changes: [change('TC1.2', 'description', '', text)] });
    expect(result.saved).toBe(1);
  });
});
