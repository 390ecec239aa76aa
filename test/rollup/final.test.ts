/** When a year's dossiers are final, from each ruleset's legal facts (written by hand from the texts). */
import { describe, expect, it } from 'vitest';
import { dossiersFinalFrom } from '../../src/core/rollup/final';

describe('dossiersFinalFrom', () => {
  it('TT25 Điều 9 khoản 1 điểm d, "trước ngày 28 tháng 02 của năm sau liền kề năm đánh giá": from the day after', () => {
    expect(dossiersFinalFrom(2025)).toEqual(new Date(2026, 2, 1));
    expect(dossiersFinalFrom(2027)).toEqual(new Date(2028, 1, 29)); // 2028 is a leap year
  });

  it('TT44 Điều 4 khoản 4, "vào tháng 12 hằng năm": from 1 January', () => {
    expect(dossiersFinalFrom(2020)).toEqual(new Date(2021, 0, 1));
  });
});
