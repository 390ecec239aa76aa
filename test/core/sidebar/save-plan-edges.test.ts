/**
 * The save plan's edges (src/core/sidebar/save-plan.ts): spaces on either side of a compared cell,
 * the list's header row (block row 0) that is never an item, and an item without a code.
 */
import { describe, expect, it } from 'vitest';
import type { EvidenceFields } from '../../../src/core/sidebar/protocol';
import { planEvidenceSave, sameCell } from '../../../src/core/sidebar/save-plan';

const item = (code: string, name = `Tên ${code}`): EvidenceFields => ({ code, name, reference: '', issuer: '', link: '', indicators: 'TC1.1' });
/** The headings of "Danh mục minh chứng" as set-up writes them: "Mã" is the code column's heading. */
const HEADER: EvidenceFields = { code: 'Mã', name: 'Tên minh chứng', reference: 'Số, ngày ban hành', issuer: 'Cơ quan ban hành', link: 'Liên kết', indicators: 'Chỉ tiêu' };

describe('sameCell', () => {
  it('ignores spaces around either side, as the sheet shows them', () => {
    expect(sameCell(' Đạt ', 'Đạt')).toBe(true);
    expect(sameCell('Đạt', ' Đạt ')).toBe(true);
    expect(sameCell('  ', '')).toBe(true);
    expect(sameCell(' Đạt', 'Không đạt')).toBe(false);
  });
});

describe('planEvidenceSave and the header row', () => {
  it('a new item coded like a heading ("MÃ") is no clash with the header row: it takes the first empty row', () => {
    const plan = planEvidenceSave([{ row: null, before: null, after: item('MÃ') }], [HEADER, item('H1.01'), null], false);
    expect(plan).toEqual({ writes: [{ row: 2, after: item('MÃ') }], conflicts: [] });
  });

  it("an edit giving an item the heading's code is written on its own row", () => {
    const plan = planEvidenceSave([{ row: 1, before: item('H1.01'), after: item('mã') }], [HEADER, item('H1.01')], false);
    expect(plan).toEqual({ writes: [{ row: 1, after: item('mã') }], conflicts: [] });
  });

  it('never writes a new item over the header row, even when its headings were cleared', () => {
    const plan = planEvidenceSave([{ row: null, before: null, after: item('H1.02') }], [null, item('H1.01'), null], false);
    expect(plan).toEqual({ writes: [{ row: 2, after: item('H1.02') }], conflicts: [] });
  });

  it('with the headings cleared and no empty row below them, says the list is full', () => {
    const plan = planEvidenceSave([{ row: null, before: null, after: item('H1.02') }], [null, item('H1.01')], false);
    expect(plan.writes).toEqual([]);
    expect(plan.conflicts).toEqual([{ row: null, before: null, after: item('H1.02'), current: null, reason: 'full', at: null }]);
  });
});

describe('planEvidenceSave and items without a code', () => {
  it('an item whose code was cleared clashes with nothing: written on its row', () => {
    const plan = planEvidenceSave([{ row: 2, before: item('H1.02'), after: item('', 'Kế hoạch') }], [HEADER, item('H1.01'), item('H1.02')], false);
    expect(plan).toEqual({ writes: [{ row: 2, after: item('', 'Kế hoạch') }], conflicts: [] });
  });

  it('a new item without a code takes the first empty row, whatever the rows above hold', () => {
    const plan = planEvidenceSave([{ row: null, before: null, after: item('', 'Kế hoạch') }], [HEADER, item('H1.01'), null], false);
    expect(plan).toEqual({ writes: [{ row: 2, after: item('', 'Kế hoạch') }], conflicts: [] });
  });
});
