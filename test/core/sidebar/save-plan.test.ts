/** The sidebar's save plan (src/core/sidebar/save-plan.ts): one test per branch. */
import { describe, expect, it } from 'vitest';
import type { CellChange, EditableField, JsonCell } from '../../../src/core/sidebar/protocol';
import { cellToWrite, planSave, sameCell } from '../../../src/core/sidebar/save-plan';

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
