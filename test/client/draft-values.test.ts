/**
 * The sidebar's working copy (src/client/draft.ts), each rule on small values typed by hand:
 * what counts as the same value (as the sheet shows it, numbers up to rounding noise), what
 * counts as a change, in which order changes go, and what a save or "take the sheet's value"
 * leaves behind.
 */
import { describe, expect, it } from 'vitest';
import { Draft, sameValue } from '../../src/client/draft';
import type { JsonCell, SidebarIndicator } from '../../src/core/sidebar/protocol';

describe('sameValue', () => {
  it.each<[JsonCell, JsonCell, boolean]>([
    // Rounding noise of binary fractions is no change: 65,12 % typed is 0.6512 whatever the arithmetic.
    [0.1 + 0.2, 0.3, true],
    [0.6512000000000001, 0.6512, true],
    [0.3, 0.1 + 0.2, true],
    // The tolerance is relative for large numbers (a population of a million and a rounding error)…
    [1_000_000, 1_000_000 + 1e-7, true],
    // …and absolute near 0.
    [0, 1e-13, true],
    [0, 1e-11, false],
    // Real differences, however small a percent.
    [0.6512, 0.6513, false],
    [1, 1.000001, false],
    [-0.5, 0.5, false],
    // Not both numbers: compared as the sheet shows them.
    [5, '5', true],
    [' Đạt ', 'Đạt', true],
    ['', '  ', true],
    ['Đạt', 'Không đạt', false],
    [true, 'true', true],
    [0, '', false],
    // A blank is no 0 whichever side it is on (JavaScript would read '' - 0 as 0).
    ['', 0, false],
    ['  ', 0, false],
  ])('%s and %s: %s', (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });
});

const indicator = (code: string, value: JsonCell, owner = ''): SidebarIndicator => ({
  code,
  criterion: code.split('.')[0],
  name: code,
  kind: 'percent',
  requirements: { MD1: '', MD2: '' },
  fields: { value, evidence: 'https://a.vn', description: '', owner },
});

describe('Draft', () => {
  const loaded = () => new Draft([indicator('TC5.1', 0.6512, 'Hội Khuyến học'), indicator('TC5.2a', '')]);

  it('shows what was loaded until something is typed; an unknown cell is blank', () => {
    const draft = loaded();
    expect([draft.get('TC5.1', 'value'), draft.get('TC5.1', 'owner'), draft.get('TC5.1', 'evidence'), draft.get('TC5.2a', 'value')]).toEqual([0.6512, 'Hội Khuyến học', 'https://a.vn', '']);
    expect([draft.before('TC9.9', 'value'), draft.get('TC9.9', 'owner')]).toEqual(['', '']);
    expect([draft.count, draft.changes()]).toEqual([0, []]);
  });

  it('typing a value back to the loaded one, up to rounding noise, is no change', () => {
    const draft = loaded();
    draft.set('TC5.1', 'value', 0.7);
    expect(draft.count).toBe(1);
    draft.set('TC5.1', 'value', 65.12 / 100);
    expect([draft.count, draft.changes(), draft.get('TC5.1', 'value')]).toEqual([0, [], 0.6512]);
  });

  it('clearing a value of 0 is a change: the blank is sent, with the 0 as its "before"', () => {
    const draft = new Draft([indicator('TC5.1', 0)]);
    draft.set('TC5.1', 'value', '');
    expect(draft.changes()).toEqual([{ code: 'TC5.1', field: 'value', before: 0, after: '' }]);
  });

  it('lists changes in sheet order (indicators as loaded, fields as the protocol lists them), each with its "before"', () => {
    const draft = loaded();
    draft.set('TC5.2a', 'owner', 'UBND xã');
    draft.set('TC5.1', 'owner', '');
    draft.set('TC5.2a', 'value', 0.5);
    draft.set('TC5.1', 'description', 'Biên bản');
    expect(draft.changes()).toEqual([
      { code: 'TC5.1', field: 'description', before: '', after: 'Biên bản' },
      { code: 'TC5.1', field: 'owner', before: 'Hội Khuyến học', after: '' },
      { code: 'TC5.2a', field: 'value', before: '', after: 0.5 },
      { code: 'TC5.2a', field: 'owner', before: '', after: 'UBND xã' },
    ]);
    expect(draft.count).toBe(4);
  });

  it('after a save, the sheet’s value is the new "before"; an edit typed since the send stays, one equal to what was sent or held goes', () => {
    const draft = loaded();
    draft.set('TC5.1', 'value', 0.7);
    draft.set('TC5.2a', 'value', 0.5);
    draft.set('TC5.1', 'owner', 'UBND xã');
    // TC5.1: sent 0.7, the user typed 0.75 since; TC5.2a: sent 0.5 and the sheet holds 0.5 plus noise; owner: held as sent.
    draft.set('TC5.1', 'value', 0.75);
    expect(draft.saved('TC5.1', 'value', 0.7, 0.7)).toBe(false);
    expect(draft.saved('TC5.2a', 'value', 0.5, 0.5000000000000001)).toBe(true);
    expect(draft.saved('TC5.1', 'owner', 'UBND xã', 'UBND xã')).toBe(true);
    expect(draft.changes()).toEqual([{ code: 'TC5.1', field: 'value', before: 0.7, after: 0.75 }]);
    expect([draft.before('TC5.2a', 'value'), draft.before('TC5.1', 'owner')]).toEqual([0.5000000000000001, 'UBND xã']);
  });

  it('an edit typed since the send that the sheet now holds (another member typed it too) is done', () => {
    const draft = loaded();
    draft.set('TC5.1', 'value', 0.75);
    expect(draft.saved('TC5.1', 'value', 0.7, 0.75)).toBe(true);
    expect(draft.count).toBe(0);
  });

  it('taking the sheet’s value drops the edit and makes it the new "before"', () => {
    const draft = loaded();
    draft.set('TC5.1', 'value', 0.75);
    draft.set('TC5.2a', 'owner', 'UBND xã');
    draft.takeSheet('TC5.1', 'value', 0.8);
    expect([draft.get('TC5.1', 'value'), draft.before('TC5.1', 'value'), draft.count]).toEqual([0.8, 0.8, 1]);
    draft.set('TC5.1', 'value', 0.6512);
    expect(draft.changes()).toEqual([
      { code: 'TC5.1', field: 'value', before: 0.8, after: 0.6512 },
      { code: 'TC5.2a', field: 'owner', before: '', after: 'UBND xã' },
    ]);
  });
});
