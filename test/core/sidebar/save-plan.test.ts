/** The sidebar's save plan (src/core/sidebar/save-plan.ts): one test per branch. */
import { describe, expect, it } from 'vitest';
import type { CellChange, EditableField, EvidenceFields, JsonCell } from '../../../src/core/sidebar/protocol';
import { cellToWrite, planEvidenceSave, planSave, sameCell } from '../../../src/core/sidebar/save-plan';

const change = (code: string, before: JsonCell, after: JsonCell, field: EditableField = 'value'): CellChange => ({ code, field, before, after });
/** The sheet as a lookup: code → value of every field; codes not listed are missing. */
const sheet =
  (cells: Record<string, JsonCell>) =>
  (code: string): JsonCell | undefined =>
    cells[code];

describe('planSave', () => {
  it('writes a change whose cell still holds what the sidebar loaded', () => {
    const c = change('TC1.1', '', 'Đạt');
    expect(planSave({ changes: [c], overwrite: false }, sheet({ 'TC1.1': '' }))).toEqual({ writes: [c], unchanged: [], conflicts: [], missing: [] });
  });

  it('reports a conflict when the cell moved on since loading, with what it holds now', () => {
    const c = change('TC5.1', 0.65, 0.9);
    expect(planSave({ changes: [c], overwrite: false }, sheet({ 'TC5.1': 0.7 }))).toEqual({ writes: [], unchanged: [], conflicts: [{ ...c, current: 0.7 }], missing: [] });
  });

  it('writes over a moved cell when the user chose to keep their value', () => {
    const c = change('TC5.1', 0.65, 0.9);
    expect(planSave({ changes: [c], overwrite: true }, sheet({ 'TC5.1': 0.7 })).writes).toEqual([c]);
  });

  it('skips, without a conflict, a change the sheet already holds (someone typed the same)', () => {
    const c = change('TC1.1', '', 'Đạt');
    expect(planSave({ changes: [c], overwrite: false }, sheet({ 'TC1.1': 'Đạt' }))).toEqual({ writes: [], unchanged: [c], conflicts: [], missing: [] });
  });

  it('names a code no longer in the sheet', () => {
    expect(planSave({ changes: [change('TC9.9', '', 'Đạt')], overwrite: true }, sheet({})).missing).toEqual(['TC9.9']);
  });

  it('keeps the order of the request within each list', () => {
    const a = change('A', '', 1);
    const b = change('B', '', 2);
    expect(planSave({ changes: [b, a], overwrite: false }, sheet({ A: '', B: '' })).writes).toEqual([b, a]);
  });
});

describe('sameCell', () => {
  it('compares as the sheet shows: 5 and "5", blank and "  " are the same; 5 and 6 are not', () => {
    expect(sameCell(5, '5')).toBe(true);
    expect(sameCell('', '  ')).toBe(true);
    expect(sameCell(5, 6)).toBe(false);
    expect(sameCell('Đạt', 'Không đạt')).toBe(false);
  });
});

describe('cellToWrite', () => {
  it('puts text behind an apostrophe so the sheet keeps it as text', () => {
    expect(cellToWrite('0912345678')).toBe("'0912345678");
    expect(cellToWrite('1/2')).toBe("'1/2");
    expect(cellToWrite('=1+1')).toBe("'=1+1");
    expect(cellToWrite("'a")).toBe("''a");
  });
  it('writes numbers, booleans and the empty string as they are', () => {
    expect(cellToWrite(0.625)).toBe(0.625);
    expect(cellToWrite(true)).toBe(true);
    expect(cellToWrite('')).toBe('');
  });
});

describe('planEvidenceSave', () => {
  const item = (code: string, name = `Tên ${code}`, extra: Partial<EvidenceFields> = {}): EvidenceFields => ({ code, name, reference: '', issuer: '', link: '', indicators: 'TC1.1', ...extra });
  const HEADER = item('Mã minh chứng', 'Tên minh chứng');
  /** The block now: header, H1.01 on row 1, a blank row 2, H1.02 on row 3, a blank row 4. */
  const rows = (): Array<EvidenceFields | null> => [HEADER, item('H1.01'), null, item('H1.02'), null];

  it('puts a new item in the first empty row, a second one in the next', () => {
    const plan = planEvidenceSave(
      [
        { row: null, before: null, after: item('H1.03') },
        { row: null, before: null, after: item('H1.04') },
      ],
      rows(),
      false,
    );
    expect(plan).toEqual({
      writes: [
        { row: 2, after: item('H1.03') },
        { row: 4, after: item('H1.04') },
      ],
      conflicts: [],
    });
  });

  it('a new item removed before saving (no row, nothing after) writes nothing and takes no row', () => {
    const plan = planEvidenceSave(
      [
        { row: null, before: null, after: null },
        { row: null, before: null, after: item('H1.03') },
      ],
      rows(),
      false,
    );
    expect(plan).toEqual({ writes: [{ row: 2, after: item('H1.03') }], conflicts: [] });
  });

  it('refuses a new item whose code the list already holds (case and spaces aside), even when overwriting', () => {
    const plan = planEvidenceSave([{ row: null, before: null, after: item('h1.02 ', 'Khác') }], rows(), true);
    expect(plan.writes).toEqual([]);
    expect(plan.conflicts[0].current).toEqual(item('H1.02'));
    expect(plan.conflicts[0]).toMatchObject({ reason: 'taken', at: 3 });
  });

  it('skips a new item another member already added identically', () => {
    expect(planEvidenceSave([{ row: null, before: null, after: item('H1.02') }], rows(), false)).toEqual({ writes: [], conflicts: [] });
  });

  it('says so when no empty row is left', () => {
    const plan = planEvidenceSave([{ row: null, before: null, after: item('H1.09') }], [HEADER, item('H1.01')], false);
    expect(plan.conflicts.map((c) => c.reason)).toEqual(['full']);
  });

  it('writes an edit or a removal whose row still holds what was loaded', () => {
    const edited = item('H1.01', 'Nghị quyết', { reference: '15/01/2025' });
    const plan = planEvidenceSave(
      [
        { row: 1, before: item('H1.01'), after: edited },
        { row: 3, before: item('H1.02'), after: null },
      ],
      rows(),
      false,
    );
    expect(plan).toEqual({
      writes: [
        { row: 1, after: edited },
        { row: 3, after: null },
      ],
      conflicts: [],
    });
  });

  it('reports a conflict when the row moved on since loading, and overwrites when asked', () => {
    const change = { row: 1, before: item('H1.01', 'Cũ'), after: item('H1.01', 'Mới') };
    const plan = planEvidenceSave([change], rows(), false);
    expect(plan.writes).toEqual([]);
    expect(plan.conflicts).toEqual([{ ...change, current: item('H1.01'), reason: 'changed', at: 1 }]);
    expect(planEvidenceSave([change], rows(), true).writes).toEqual([{ row: 1, after: item('H1.01', 'Mới') }]);
  });

  it('skips an edit or removal the sheet already holds', () => {
    expect(planEvidenceSave([{ row: 3, before: item('H1.02', 'Cũ'), after: item('H1.02') }], rows(), false)).toEqual({ writes: [], conflicts: [] });
    expect(planEvidenceSave([{ row: 2, before: item('H1.05'), after: null }], rows(), false)).toEqual({ writes: [], conflicts: [] });
  });
});
