/**
 * Review finding: since 07/2025 wards (phường) and special zones (đặc khu) are "cấp xã" too, and
 * the dossier already knows their prefixes (src/core/documents/wording.ts). The roll-up dropped
 * only "Xã" when comparing the register's name with the workbook's, so a ward listed as "Bến Nghé"
 * whose workbook says "Phường Bến Nghé" (or the other way round) was refused as "Bảng tính của xã
 * khác". A prefix on one side only is no difference; two different prefixes still are.
 */
import { describe, expect, it } from 'vitest';
import { recordFromAssessment } from '../../src/core/rollup/record';
import { assessWorkbook } from '../../src/core/workbook/snapshot';
import { TT25_VALUES, communeWorkbook, workbookEntry } from '../fixtures/rollup-communes';

const read = (inWorkbook: string, inRegister: string) =>
  recordFromAssessment(workbookEntry(4, inRegister, 2025), assessWorkbook(communeWorkbook({ commune: inWorkbook, year: 2025, values: TT25_VALUES.MD1 })));

describe('the register name and the workbook name of a ward or special zone', () => {
  it.each([
    ['Phường Bến Nghé', 'Bến Nghé'],
    ['Bến Nghé', 'Phường Bến Nghé'],
    ['Thị trấn Hòa An', 'Hoà An'],
    ['Đặc khu Phú Quốc', 'Phú Quốc'],
    ['phường  Bến Nghé', 'Phường Bến Nghé'],
    // Both typed without diacritics: "PHUONG" is the ward's unit, not part of its name (issue 13).
    ['PHUONG BEN NGHE', 'Ben Nghe'],
  ])('%s in the workbook is the commune of the register row %s', (inWorkbook, inRegister) => {
    expect(read(inWorkbook, inRegister)).toMatchObject({ status: 'read', rating: 'Mức độ 1' });
  });

  it('different prefixes are different units', () => {
    expect(read('Phường Hòa An', 'Xã Hòa An')).toMatchObject({ status: 'failed', failure: 'other_commune' });
    expect(read('PHUONG HOA AN', 'Xa Hoa An')).toMatchObject({ status: 'failed', failure: 'other_commune' });
  });
});
