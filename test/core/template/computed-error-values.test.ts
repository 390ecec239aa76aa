/**
 * Every error value Sheets shows in a formula's cell (getValues reads it there) means its result
 * spilled nothing: what its area holds was typed. #NAME? is what a sheet shows while the CDHT_*
 * functions are not loaded, #REF! when typed text blocks the spill.
 */
import { describe, expect, it } from 'vitest';
import { isErrorValue } from '../../../src/core/template/computed';

describe('error values', () => {
  it('are the eight Sheets shows', () => {
    for (const value of ['#REF!', '#ERROR!', '#N/A', '#VALUE!', '#NAME?', '#DIV/0!', '#NUM!', '#NULL!']) expect(isErrorValue(value), value).toBe(true);
  });

  it('are nothing else: a result, a number, text about an error', () => {
    for (const value of ['Đạt', '', 0, '#REF', 'lỗi #REF!', '#NAME', null]) expect(isErrorValue(value), String(value)).toBe(false);
  });
});
