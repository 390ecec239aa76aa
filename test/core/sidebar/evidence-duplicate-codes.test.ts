/**
 * Review finding: "Lưu" could leave two evidence items with one code in "Danh mục minh chứng".
 * A new item was checked only against the rows the sheet held before the save, so two items added
 * with one code in the same save were both written; and an edit was never checked at all, so
 * renaming H1.01 to H1.02 gave two H1.02. The dossier and the sidebar then cite a code that names
 * two documents. What a save writes is checked against the list as it will be after the save.
 */
import { describe, expect, it } from 'vitest';
import type { EvidenceFields } from '../../../src/core/sidebar/protocol';
import { planEvidenceSave } from '../../../src/core/sidebar/save-plan';

const item = (code: string, name = `Tên ${code}`): EvidenceFields => ({ code, name, reference: '', issuer: '', link: '', indicators: 'TC1.1' });
const HEADER = item('Mã minh chứng', 'Tên minh chứng');
/** Header, H1.01 on row 1, a blank row 2, H1.02 on row 3, a blank row 4. */
const rows = (): Array<EvidenceFields | null> => [HEADER, item('H1.01'), null, item('H1.02'), null];

describe('one code, one evidence item', () => {
  it('two new items with one code in the same save: the second is refused as taken', () => {
    const plan = planEvidenceSave(
      [
        { row: null, before: null, after: item('H1.05', 'Quyết định A') },
        { row: null, before: null, after: item('h1.05', 'Quyết định B') },
      ],
      rows(),
      false,
    );
    expect(plan.writes).toEqual([{ row: 2, after: item('H1.05', 'Quyết định A') }]);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]).toMatchObject({ reason: 'taken', at: 2, current: item('H1.05', 'Quyết định A') });
  });

  it('an edit giving an item the code of another is refused as taken', () => {
    const plan = planEvidenceSave([{ row: 1, before: item('H1.01'), after: item('H1.02', 'Nghị quyết') }], rows(), false);
    expect(plan.writes).toEqual([]);
    expect(plan.conflicts[0]).toMatchObject({ reason: 'taken', at: 3, current: item('H1.02') });
  });

  it('an edit keeping its own code, or taking a code another edit frees in the same save, is written', () => {
    expect(planEvidenceSave([{ row: 1, before: item('H1.01'), after: item('H1.01', 'Mới') }], rows(), false).writes).toEqual([{ row: 1, after: item('H1.01', 'Mới') }]);
    const plan = planEvidenceSave(
      [
        { row: 3, before: item('H1.02'), after: null },
        { row: null, before: null, after: item('H1.02', 'Thay thế') },
      ],
      rows(),
      false,
    );
    expect(plan.conflicts).toEqual([]);
    expect(plan.writes).toEqual([
      { row: 3, after: null },
      { row: 2, after: item('H1.02', 'Thay thế') },
    ]);
  });
});
