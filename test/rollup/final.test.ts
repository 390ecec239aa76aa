import { describe, expect, it } from 'vitest';
import { dossiersFinalFrom, isFinal } from '../../src/core/rollup/final';

describe('when a year’s dossiers are final', () => {
  it('a TT25 year: on the day dossiers are due, 28/02 of the next year (TT 25/2023 Điều 9 khoản 1 điểm d)', () => {
    expect(dossiersFinalFrom(2025)).toEqual(new Date(2026, 1, 28));
    expect(isFinal(2025, new Date(2026, 1, 27, 23, 59).getTime())).toBe(false);
    expect(isFinal(2025, new Date(2026, 1, 28, 0, 0).getTime())).toBe(true);
  });

  it('a TT44 year, assessed in December and without a sending deadline: once the year is over', () => {
    expect(dossiersFinalFrom(2019)).toEqual(new Date(2020, 0, 1));
    expect(isFinal(2023, new Date(2023, 11, 31, 12, 0).getTime())).toBe(false);
    expect(isFinal(2023, new Date(2024, 0, 1).getTime())).toBe(true);
  });
});
