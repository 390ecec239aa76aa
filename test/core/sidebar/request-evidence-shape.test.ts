/**
 * Review finding: the server checked every cell change of a save request against the protocol,
 * but took the evidence changes unchecked (only "a list"). A sidebar of another version, or any
 * script in the page, could then send row 0 (the header of "Danh mục minh chứng", which the save
 * would overwrite), a row that is no number (Apps Script fails half-way through the writes), or
 * an item whose fields are numbers or missing. Each evidence change is now held to the
 * protocol's shape like the cell changes, and the whole request refused before anything is written.
 */
import { describe, expect, it } from 'vitest';
import { saveRequestProblem } from '../../../src/core/sidebar/request';

const item = { code: 'H1.01', name: 'Quyết định', reference: '', issuer: '', link: '', indicators: 'TC1.1' };
const request = (...evidence: unknown[]) => ({ overwrite: false, changes: [], evidence });

describe('evidence changes in a save request', () => {
  it('accepts an added, an edited and a removed item of the protocol’s shape', () => {
    expect(saveRequestProblem(request({ row: null, before: null, after: item }, { row: 3, before: item, after: { ...item, name: 'Mới' } }, { row: 1, before: item, after: null }))).toBeNull();
  });

  it.each<[string, unknown[], string]>([
    ['a row that is no number', [{ row: 'x', before: null, after: item }], 'minh chứng thứ 1, trường "row" sai: x'],
    ['the header row', [{ row: 0, before: item, after: item }], 'minh chứng thứ 1, trường "row" sai: 0'],
    ['a row between two', [{ row: 2.5, before: item, after: item }], 'minh chứng thứ 1, trường "row" sai: 2.5'],
    [
      'a field that is a number, in the second change',
      [
        { row: null, before: null, after: item },
        { row: null, before: null, after: { ...item, code: 5 } },
      ],
      'minh chứng thứ 2, trường "after": trường "code" sai: 5',
    ],
    ['a field missing', [{ row: 1, before: { ...item, link: undefined }, after: null }], 'minh chứng thứ 1, trường "before": trường "link" sai: undefined'],
    ['a field the list does not have', [{ row: 1, before: item, after: { ...item, formula: '=1' } }], 'minh chứng thứ 1, trường "after": thừa trường "formula"'],
    ['an item that is text', [{ row: null, before: null, after: 'H1.01' }], 'minh chứng thứ 1, trường "after" sai: H1.01'],
    // A list where an item belongs (a row's cells sent as they are): the side named wrong as a whole (blind sample 10's P5).
    ['an item that is a list', [{ row: 1, before: ['H1.01', 'Quyết định'], after: null }], 'minh chứng thứ 1, trường "before" sai: H1.01,Quyết định'],
    ['a change without its row', [{ before: null, after: item }], 'minh chứng thứ 1, trường "row" sai: undefined'],
    ['a change that is no object', [7], 'minh chứng thứ 1, 7'],
  ])('refuses %s, naming it', (_, evidence, named) => {
    expect(saveRequestProblem(request(...evidence))).toBe(`yêu cầu lưu không đúng dạng (${named})`);
  });
});
