/**
 * Every answer the server may send is checked before the sidebar uses it: a broken one (null, a
 * missing field, a wrong type) is named in Vietnamese, and nothing of JavaScript's own wording
 * ("undefined", "Cannot read properties", "TypeError") ever reaches the user.
 */
import { describe, expect, it } from 'vitest';
import { ANSWER_CHECKS, BrokenAnswer } from '../../src/client/answer';
import { failureText } from '../../src/client/server';
import type { SaveResult, SidebarState } from '../../src/core/sidebar/protocol';
import { buildSidebarState } from '../../src/core/sidebar/state';
import { sampleSnapshot } from '../fixtures/sample-commune';
import { VIETNAMESE } from '../helpers';

const STATE = buildSidebarState(sampleSnapshot('TT25'), new Date(2026, 0, 15)) as SidebarState;
const SAVED: SaveResult = {
  saved: 1,
  conflicts: [{ code: 'TC1.1', field: 'value', before: 'Đạt', current: 'Không đạt', after: 'Đạt' }],
  missing: ['TC9.9'],
  held: [{ code: 'TC1.2', field: 'description', value: '0912' }],
  evidenceConflicts: [],
  evidence: [],
};
/** Words of JavaScript's own messages. */
const JS_WORDS = /undefined|null|NaN|TypeError|Cannot read|is not a function|\[object|of undefined/;

/** The answer as it crosses google.script.run: through JSON, so undefined fields vanish. */
const sent = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
const withIndicator = (change: Record<string, unknown>) => ({ ...STATE, indicators: [{ ...STATE.indicators[0], ...change }, ...STATE.indicators.slice(1)] });

describe('getSidebarState answers', () => {
  it('the server’s own answer passes', () => {
    expect(ANSWER_CHECKS.getSidebarState(sent(STATE))).toBeNull();
  });

  it.each<[string, unknown, RegExp]>([
    ['null (an answer holding a Date arrives as null)', null, /không có dữ liệu/],
    ['a text', 'lỗi', /không có dữ liệu/],
    ['a list', [STATE], /không có dữ liệu/],
    ['an empty object', {}, /trường "commune" bị thiếu/],
    ['indicators missing', { ...STATE, indicators: undefined }, /trường "indicators" bị thiếu/],
    ['indicators of the wrong type', { ...STATE, indicators: 'TC1.1' }, /trường "indicators" không phải danh sách/],
    ['the year as text', { ...STATE, year: '2025' }, /trường "year" không phải số/],
    ['the ruleset table not a table', { ...STATE, rulesetTable: [1, 2] }, /trường "rulesetTable"/],
    ['an indicator without its fields', withIndicator({ fields: undefined }), /chỉ tiêu thứ 1: trường "fields" bị thiếu/],
    ['an indicator of an unknown kind', withIndicator({ kind: 'text' }), /chỉ tiêu thứ 1: trường "kind"/],
    ['a null cell', withIndicator({ fields: { ...STATE.indicators[0].fields, value: null } }), /chỉ tiêu thứ 1: trường "fields"/],
    ['a null indicator', { ...STATE, indicators: [null] }, /chỉ tiêu thứ 1: không có dữ liệu/],
  ])('%s is named', (_, answer, named) => {
    const problem = ANSWER_CHECKS.getSidebarState(sent(answer));
    expect(problem).toMatch(named);
    expect(problem).toMatch(VIETNAMESE);
    expect(problem).not.toMatch(/undefined|TypeError|Cannot read|\[object/);
  });
});

describe('saveSidebarChanges answers', () => {
  it('the server’s own answer passes', () => {
    expect(ANSWER_CHECKS.saveSidebarChanges(sent(SAVED))).toBeNull();
  });

  it.each<[string, unknown, RegExp]>([
    ['null', null, /không có dữ liệu/],
    ['without conflicts', { saved: 1, missing: [] }, /trường "conflicts" bị thiếu/],
    ['a conflict without its current value', { ...SAVED, conflicts: [{ ...SAVED.conflicts[0], current: undefined }] }, /trường "conflicts"/],
    ['a count as text', { ...SAVED, saved: '1' }, /trường "saved" không phải số/],
  ])('%s is named', (_, answer, named) => {
    expect(ANSWER_CHECKS.saveSidebarChanges(sent(answer))).toMatch(named);
  });
});

describe('failureText', () => {
  it('a broken answer reads in Vietnamese', () => {
    const text = failureText(new BrokenAnswer('trường "indicators" bị thiếu'));
    expect(text).toMatch(/^máy chủ trả lời không đúng dạng \(trường "indicators" bị thiếu\)/);
  });

  it.each([new TypeError("Cannot read properties of undefined (reading 'map')"), new RangeError('Invalid array length'), new ReferenceError('x is not defined')])(
    'an error of the browser’s own (%s) is never shown as JavaScript words it',
    (failure) => {
      const text = failureText(failure);
      expect(text).toMatch(VIETNAMESE);
      expect(text).not.toMatch(JS_WORDS);
    },
  );
});
