/**
 * Each field of each server answer the sidebar checks (src/client/answer.ts), broken one at a
 * time, with the exact Vietnamese words the user reads; and a failure turned into a phrase
 * (src/client/server.ts).
 */
import { describe, expect, it } from 'vitest';
import { ANSWER_CHECKS } from '../../src/client/answer';
import { failureText } from '../../src/client/server';
import type { SaveResult, SidebarIndicator, SidebarState } from '../../src/core/sidebar/protocol';

const INDICATOR: SidebarIndicator = {
  code: 'TC4.3',
  criterion: 'TC4',
  name: 'Phổ cập',
  kind: 'level',
  requirements: { MD1: 'Mức độ 2', MD2: 'Mức độ 3' },
  max: 3,
  fields: { value: 2, evidence: '', description: 'x', owner: true },
};
const STATE: SidebarState = {
  commune: 'Xã A',
  year: 2025,
  difficultArea: false,
  rulesetTable: [['a', 1, true]],
  indicators: [INDICATOR, { ...INDICATOR, code: 'TC4.4', max: undefined }],
  evidence: [],
  loadedAt: '2026-01-15T01:30:00.000Z',
};
const RESULT: SaveResult = {
  saved: 0,
  conflicts: [{ code: 'TC4.3', field: 'owner', before: '', current: 'a', after: 'b' }],
  missing: ['TC9'],
  held: [{ code: 'TC4.3', field: 'value', value: 3 }],
  evidenceConflicts: [],
  evidence: [],
};
const ITEM = { code: 'H1.01', name: 'Nghị quyết', reference: '', issuer: '', link: '', indicators: 'TC1' };
const EVIDENCE_CONFLICT = { row: null, before: null, after: ITEM, current: null, reason: 'full', at: null };
const second = (change: Partial<Record<keyof SidebarIndicator, unknown>>) => ({ ...STATE, indicators: [INDICATOR, { ...INDICATOR, ...change }] });

describe('getSidebarState answers', () => {
  it('accept the protocol’s shape, an indicator without a maximum included', () => {
    expect(ANSWER_CHECKS.getSidebarState(JSON.parse(JSON.stringify(STATE)))).toBeNull();
  });

  it.each<[string, unknown, string]>([
    ['a number', 5, 'không có dữ liệu (nhận được kiểu number)'],
    ['a list', [], 'không có dữ liệu (nhận được một danh sách)'],
    ['null', null, 'không có dữ liệu (nhận được giá trị rỗng)'],
    ['the commune as a number', { ...STATE, commune: 1 }, 'trường "commune" không phải chữ'],
    ['the year missing', { ...STATE, year: undefined }, 'trường "year" bị thiếu'],
    ['the year not finite', { ...STATE, year: Number.NaN }, 'trường "year" không phải số'],
    ['the difficult area as text', { ...STATE, difficultArea: 'Có' }, 'trường "difficultArea" không phải Có/Không'],
    ['a ruleset row holding null', { ...STATE, rulesetTable: [['a', null]] }, 'trường "rulesetTable" không phải bảng'],
    ['the ruleset as one row', { ...STATE, rulesetTable: ['a'] }, 'trường "rulesetTable" không phải bảng'],
    ['the time as a number', { ...STATE, loadedAt: 0 }, 'trường "loadedAt" không phải chữ'],
    ['no evidence list', { ...STATE, evidence: undefined }, 'trường "evidence" bị thiếu'],
    ['an evidence row without its fields', { ...STATE, evidence: [{ row: 1 }] }, 'trường "evidence" không phải danh sách minh chứng'],
    ['a code as a number', second({ code: 43 }), 'chỉ tiêu thứ 2: trường "code" không phải chữ'],
    ['a criterion missing', second({ criterion: undefined }), 'chỉ tiêu thứ 2: trường "criterion" bị thiếu'],
    ['a name as a number', second({ name: 1 }), 'chỉ tiêu thứ 2: trường "name" không phải chữ'],
    ['an unknown kind', second({ kind: 'text' }), 'chỉ tiêu thứ 2: trường "kind" không phải một trong yesno, level, percent, points'],
    ['a requirement missing', second({ requirements: { MD1: '' } }), 'chỉ tiêu thứ 2: trường "requirements" không phải yêu cầu Mức độ 1 và Mức độ 2'],
    ['a maximum as text', second({ max: '3' }), 'chỉ tiêu thứ 2: trường "max" không phải số'],
    ['a field missing', second({ fields: { value: 1, evidence: '', description: '' } }), 'chỉ tiêu thứ 2: trường "fields" không phải các ô giá trị, minh chứng, ghi chú, đơn vị phụ trách'],
  ])('name %s', (_, answer, problem) => {
    expect(ANSWER_CHECKS.getSidebarState(answer)).toBe(problem);
  });
});

describe('saveSidebarChanges answers', () => {
  it('accept the protocol’s shape', () => {
    expect(ANSWER_CHECKS.saveSidebarChanges(RESULT)).toBeNull();
    expect(
      ANSWER_CHECKS.saveSidebarChanges({
        ...RESULT,
        evidenceConflicts: [EVIDENCE_CONFLICT, { ...EVIDENCE_CONFLICT, row: 2, before: ITEM, after: null, reason: 'changed', at: 2 }],
        evidence: [{ row: 1, fields: ITEM }],
      }),
    ).toBeNull();
  });

  it.each<[string, unknown, string]>([
    ['a count missing', { ...RESULT, saved: undefined }, 'trường "saved" bị thiếu'],
    ['a conflict of an unknown column', { ...RESULT, conflicts: [{ ...RESULT.conflicts[0], field: 'link' }] }, 'trường "conflicts" không phải danh sách ô bị sửa'],
    ['a conflict whose current value is null', { ...RESULT, conflicts: [{ ...RESULT.conflicts[0], current: null }] }, 'trường "conflicts" không phải danh sách ô bị sửa'],
    ['a conflict without its code', { ...RESULT, conflicts: [{ ...RESULT.conflicts[0], code: undefined }] }, 'trường "conflicts" không phải danh sách ô bị sửa'],
    ['a missing code as a number', { ...RESULT, missing: [9] }, 'trường "missing" không phải danh sách mã'],
    ['no held cells', { ...RESULT, held: undefined }, 'trường "held" bị thiếu'],
    ['a held cell of an unknown column', { ...RESULT, held: [{ code: 'TC4.3', field: 'note', value: 1 }] }, 'trường "held" không phải danh sách ô đã lưu'],
    ['a held cell holding null', { ...RESULT, held: [{ code: 'TC4.3', field: 'value', value: null }] }, 'trường "held" không phải danh sách ô đã lưu'],
    ['a held cell without its code', { ...RESULT, held: [{ field: 'value', value: 1 }] }, 'trường "held" không phải danh sách ô đã lưu'],
    // The evidence parts: an answer without them (a server of an older version) once surfaced as a JavaScript error.
    ['no evidence conflicts', { ...RESULT, evidenceConflicts: undefined }, 'trường "evidenceConflicts" bị thiếu'],
    [
      'an evidence conflict of an unknown reason',
      { ...RESULT, evidenceConflicts: [{ ...EVIDENCE_CONFLICT, reason: 'locked' }] },
      'trường "evidenceConflicts" không phải danh sách minh chứng chưa lưu',
    ],
    [
      'an evidence conflict whose item lacks a field',
      { ...RESULT, evidenceConflicts: [{ ...EVIDENCE_CONFLICT, after: { code: 'H1.01' } }] },
      'trường "evidenceConflicts" không phải danh sách minh chứng chưa lưu',
    ],
    ['an evidence conflict whose row is text', { ...RESULT, evidenceConflicts: [{ ...EVIDENCE_CONFLICT, at: '4' }] }, 'trường "evidenceConflicts" không phải danh sách minh chứng chưa lưu'],
    ['no evidence list', { ...RESULT, evidence: undefined }, 'trường "evidence" bị thiếu'],
    ['an evidence row without its number', { ...RESULT, evidence: [{ fields: ITEM }] }, 'trường "evidence" không phải danh sách minh chứng'],
    ['an evidence row holding a number', { ...RESULT, evidence: [{ row: 1, fields: { ...ITEM, code: 101 } }] }, 'trường "evidence" không phải danh sách minh chứng'],
  ])('name %s', (_, answer, problem) => {
    expect(ANSWER_CHECKS.saveSidebarChanges(answer)).toBe(problem);
  });
});

describe('failureText', () => {
  it.each<[unknown, string]>([
    [new Error('Exception: Hết thời gian chờ...'), 'Hết thời gian chờ'],
    [new Error('ScriptError: Không tìm thấy hàm tập lệnh: x。'), 'Không tìm thấy hàm tập lệnh: x'],
    [new Error('  Lỗi mạng.  '), 'Lỗi mạng'],
    [new Error('Lỗi: không đọc được.'), 'Lỗi: không đọc được'],
    ['Error: Máy chủ bận', 'Máy chủ bận'],
    [{ message: 'Exception: Bị từ chối' }, 'Bị từ chối'],
    [new Error('Exception: .'), 'lỗi không rõ nguyên nhân'],
    [null, 'lỗi không rõ nguyên nhân'],
    [new SyntaxError('Unexpected token'), 'thanh bên gặp lỗi khi xử lý dữ liệu; hãy đóng thanh bên rồi mở lại, nếu vẫn lỗi hãy báo người hỗ trợ'],
  ])('%s reads "%s"', (failure, phrase) => {
    expect(failureText(failure)).toBe(phrase);
  });
});
