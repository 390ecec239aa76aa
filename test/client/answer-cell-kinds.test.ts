/**
 * Every cell a server answer carries (src/client/answer.ts) holds what a Sheets cell gives
 * google.script.run: text, a number or a flag, the falsy ones ('', 0, false) included. A percent
 * in conflict (0.625 typed, 0.6 in the sheet), a level held as the number 2, a tick box's flag:
 * each kind is accepted in each place, and only a value no cell holds (null, NaN, an object) is
 * refused, with the words the user reads. answer-fields.test.ts breaks each field once; this
 * file tries each place with every kind, since a check written for text alone passed its examples.
 */
import { describe, expect, it } from 'vitest';
import { ANSWER_CHECKS } from '../../src/client/answer';
import type { JsonCell, SaveResult } from '../../src/core/sidebar/protocol';

const KINDS: [string, JsonCell][] = [
  ['text', 'Hội Khuyến học'],
  ['blank text', ''],
  ['a fraction (a percent)', 0.625],
  ['zero', 0],
  ['a flag', true],
  ['a false flag', false],
];
const NOT_CELLS: [string, unknown][] = [
  ['null', null],
  ['not a number', Number.NaN],
  ['an object', { v: 1 }],
];

const state = (cell: unknown, where: 'value' | 'evidence' | 'description' | 'owner' | 'table'): unknown => ({
  commune: 'Xã A',
  year: 2025,
  difficultArea: false,
  rulesetTable: [['Chỉ tiêu', where === 'table' ? cell : 'TC1.1']],
  indicators: [
    {
      code: 'TC1.1',
      criterion: 'TC1',
      name: 'Tuyên truyền',
      kind: 'percent',
      requirements: { MD1: '≥ 40%', MD2: '≥ 50%' },
      fields: { value: '', evidence: '', description: '', owner: '', ...(where === 'table' ? {} : { [where]: cell }) },
    },
  ],
  evidence: [],
  loadedAt: '2026-01-15T01:30:00.000Z',
});
const saved = (cell: unknown, where: 'before' | 'current' | 'after' | 'held'): unknown => {
  const conflict = { code: 'TC2.1a', field: 'value', before: 0.5, current: 0.6, after: 0.625 };
  const result: Omit<SaveResult, 'conflicts' | 'held'> & { conflicts: unknown[]; held: unknown[] } = {
    saved: 1,
    conflicts: [where === 'held' ? conflict : { ...conflict, [where]: cell }],
    missing: [],
    held: [{ code: 'TC1.1', field: 'owner', value: where === 'held' ? cell : 'UBND xã' }],
    evidenceConflicts: [],
    evidence: [],
  };
  return result;
};

const STATE_PLACES = [
  ['value', 'chỉ tiêu thứ 1: trường "fields" không phải các ô giá trị, minh chứng, ghi chú, đơn vị phụ trách'],
  ['evidence', 'chỉ tiêu thứ 1: trường "fields" không phải các ô giá trị, minh chứng, ghi chú, đơn vị phụ trách'],
  ['description', 'chỉ tiêu thứ 1: trường "fields" không phải các ô giá trị, minh chứng, ghi chú, đơn vị phụ trách'],
  ['owner', 'chỉ tiêu thứ 1: trường "fields" không phải các ô giá trị, minh chứng, ghi chú, đơn vị phụ trách'],
  ['table', 'trường "rulesetTable" không phải bảng'],
] as const;
const SAVE_PLACES = [
  ['before', 'trường "conflicts" không phải danh sách ô bị sửa'],
  ['current', 'trường "conflicts" không phải danh sách ô bị sửa'],
  ['after', 'trường "conflicts" không phải danh sách ô bị sửa'],
  ['held', 'trường "held" không phải danh sách ô đã lưu'],
] as const;

describe('getSidebarState answers: each cell of an indicator and of the ruleset table', () => {
  for (const [place, refusal] of STATE_PLACES) {
    it.each(KINDS)(`${place} holding %s is accepted`, (_, cell) => {
      expect(ANSWER_CHECKS.getSidebarState(state(cell, place))).toBeNull();
    });
    it.each(NOT_CELLS)(`${place} holding %s is refused`, (_, cell) => {
      expect(ANSWER_CHECKS.getSidebarState(state(cell, place))).toBe(refusal);
    });
  }
});

describe('saveSidebarChanges answers: each cell of a conflict and of a held cell', () => {
  for (const [place, refusal] of SAVE_PLACES) {
    it.each(KINDS)(`${place} holding %s is accepted`, (_, cell) => {
      expect(ANSWER_CHECKS.saveSidebarChanges(saved(cell, place))).toBeNull();
    });
    it.each(NOT_CELLS)(`${place} holding %s is refused`, (_, cell) => {
      expect(ANSWER_CHECKS.saveSidebarChanges(saved(cell, place))).toBe(refusal);
    });
  }
});
