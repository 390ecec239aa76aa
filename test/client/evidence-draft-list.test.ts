/**
 * The sidebar's working copy of "Danh mục minh chứng" (src/client/evidence-draft.ts) on a small
 * list typed by hand: the items as shown and their keys, which items cite an indicator, the
 * changes sent on "Lưu" in their order, what a save leaves pending, and every conflict message.
 */
import { describe, expect, it } from 'vitest';
import { EvidenceDraft, evidenceConflictText } from '../../src/client/evidence-draft';
import { TT25 } from '../../src/core/ruleset/tt25';
import type { EvidenceConflict, EvidenceFields, SidebarEvidence } from '../../src/core/sidebar/protocol';

const item = (code: string, indicators: string, name = `Tên ${code}`): EvidenceFields => ({ code, name, reference: '', issuer: '', link: '', indicators });
const A = item('H1.01', 'TC1.1, TC1.2');
const B = item('H5.01', 'tc5.2');
const C = item('H2.01', 'TC2');
/** Rows 1, 2 and 4 of the block (row 3 blank). */
const LIST: SidebarEvidence[] = [
  { row: 1, fields: A },
  { row: 2, fields: B },
  { row: 4, fields: C },
];

describe('EvidenceDraft', () => {
  it('shows loaded rows in sheet order keyed by row, then added items keyed by their turn; removed ones vanish', () => {
    const draft = new EvidenceDraft(LIST);
    const N1 = item('H3.01', 'TC3.1');
    const N2 = item('H3.02', 'TC3.2');
    draft.add(N1);
    draft.add(N2);
    expect(draft.set({ key: 'r2', fields: B }, null)).toBe(true);
    expect(draft.set({ key: 'n0', fields: N1 }, null)).toBe(true);
    expect(draft.items()).toEqual([
      { key: 'r1', fields: A },
      { key: 'r4', fields: C },
      { key: 'n1', fields: N2 },
    ]);
  });

  it('finds the items citing an indicator by its code, the indicator it is part of, or its criterion, whatever the case; blank codes cite nothing', () => {
    const draft = new EvidenceDraft(LIST);
    expect(draft.citing(['TC1.2', '', 'TC1'], TT25.criteria).map((i) => i.key)).toEqual(['r1']);
    expect(draft.citing(['TC5.2a', 'TC5.2', 'TC5'], TT25.criteria).map((i) => i.key)).toEqual(['r2']);
    expect(draft.citing(['TC2.1', '', 'TC2'], TT25.criteria).map((i) => i.key)).toEqual(['r4']);
    expect(draft.citing(['TC4.1', '', 'TC4'], TT25.criteria)).toEqual([]);
    expect(new EvidenceDraft([{ row: 1, fields: item('H9', '') }]).citing(['', '', ''], TT25.criteria)).toEqual([]);
  });

  it('finds items citing an indicator the loose ways people write it: "Chỉ tiêu 1.2", "1.2", "TC 1.2", a bare criterion number (review 13c F11)', () => {
    const draft = new EvidenceDraft(['Chỉ tiêu 1.2', '1.2; 2.1', 'TC 1.2.', '4'].map((indicators, i) => ({ row: i + 4, fields: item(`H1.0${i + 1}`, indicators) })));
    expect(draft.citing(['TC1.2', '', 'TC1'], TT25.criteria).map((i) => i.key)).toEqual(['r4', 'r5', 'r6']);
    expect(draft.citing(['TC4.1', '', 'TC4'], TT25.criteria).map((i) => i.key)).toEqual(['r7']);
  });

  it('finds an item citing a range of indicators for each indicator it spans, by the ruleset in use (review 13d F4)', () => {
    const draft = new EvidenceDraft(['TC1.1-1.3', '4.2 đến 4.3'].map((indicators, i) => ({ row: i + 1, fields: item(`H1.0${i + 1}`, indicators) })));
    expect(['TC1.2', 'TC1.3', 'TC4.3', 'TC4.4'].map((code) => draft.citing([code], TT25.criteria).map((i) => i.key))).toEqual([['r1'], ['r1'], ['r2'], []]);
  });

  it('sends edits and removals of loaded rows with the row as loaded, then added items; an edit back to the loaded row is none', () => {
    const draft = new EvidenceDraft(LIST);
    const edited = { ...C, issuer: 'UBND xã' };
    draft.set({ key: 'r4', fields: C }, edited);
    draft.set({ key: 'r1', fields: A }, null);
    draft.add(item('H3.01', 'TC3.1'));
    draft.set({ key: 'r2', fields: B }, { ...B, name: 'Khác' });
    draft.set({ key: 'r2', fields: { ...B, name: 'Khác' } }, { ...B, name: ` ${B.name} ` });
    expect(draft.changes()).toEqual([
      { row: 1, before: A, after: null },
      { row: 4, before: C, after: edited },
      { row: null, before: null, after: item('H3.01', 'TC3.1') },
    ]);
    expect(draft.count).toBe(3);
  });

  it('an item added and removed before "Lưu" leaves nothing to send', () => {
    const draft = new EvidenceDraft(LIST);
    draft.add(item('H3.01', 'TC3.1'));
    draft.add(item('H3.02', 'TC3.2'));
    draft.set({ key: 'n0', fields: item('H3.01', 'TC3.1') }, null);
    expect(draft.changes()).toEqual([{ row: null, before: null, after: item('H3.02', 'TC3.2') }]);
    expect(draft.count).toBe(1);
  });

  // Review 14c: a form left open across a save that no longer held its row stored an edit never sent nor counted.
  it('an edit of a row another member removed meanwhile is refused (false), not stored where "Lưu" never sends it', () => {
    const draft = new EvidenceDraft(LIST);
    draft.saved([{ row: 1, fields: A }], []);
    expect(draft.set({ key: 'r4', fields: C }, { ...C, issuer: 'UBND xã' })).toBe(false);
    expect(draft.set({ key: 'r4', fields: C }, null)).toBe(false);
    expect(draft.changes()).toEqual([]);
    expect(draft.items()).toEqual([{ key: 'r1', fields: A }]);
  });

  it('an edit of a row moved up by a deleted sheet row goes to the row now holding it, never to the item that took its place', () => {
    const draft = new EvidenceDraft(LIST);
    const D = item('H4.01', 'TC4.1');
    // Sheet row of B deleted by another member: C moves from block row 4 to 3; D was added at row 4.
    draft.saved(
      [
        { row: 1, fields: A },
        { row: 3, fields: C },
        { row: 4, fields: D },
      ],
      [],
    );
    const edited = { ...C, issuer: 'UBND xã' };
    expect(draft.set({ key: 'r4', fields: C }, edited)).toBe(true);
    expect(draft.changes()).toEqual([{ row: 3, before: C, after: edited }]);
  });

  it('an edit of an item added, then saved while its form was open, edits its new row; the item pending after the save keeps its own fields', () => {
    const draft = new EvidenceDraft(LIST);
    const saved = item('H3.01', 'TC3.1');
    const taken = item('H1.01', 'TC3.2', 'Trùng mã');
    draft.add(saved);
    draft.add(taken);
    // "n0" was written to row 5; "n1" came back taken and is now the only added item, "n0".
    draft.saved([...LIST, { row: 5, fields: saved }], [{ row: null, before: null, after: taken, current: A, reason: 'taken', at: 1 }]);
    const renamed = { ...saved, name: 'Kế hoạch năm 2025' };
    expect(draft.set({ key: 'n0', fields: saved }, renamed)).toBe(true);
    expect(draft.changes()).toEqual([
      { row: 5, before: saved, after: renamed },
      { row: null, before: null, after: taken },
    ]);
  });

  it('of two rows holding the same fields (a row copied to start another item), the edit goes to the row whose form was opened', () => {
    const draft = new EvidenceDraft([...LIST, { row: 5, fields: C }]);
    const edited = { ...C, code: 'H2.02' };
    expect(draft.set({ key: 'r5', fields: C }, edited)).toBe(true);
    expect(draft.changes()).toEqual([{ row: 5, before: C, after: edited }]);
  });

  it('the same item open in two cards: the second "Cập nhật", made on what the first replaced, is refused and the first edit stays', () => {
    const draft = new EvidenceDraft(LIST);
    const first = { ...A, name: 'Nghị quyết số 12' };
    expect(draft.set({ key: 'r1', fields: A }, first)).toBe(true);
    expect(draft.set({ key: 'r1', fields: A }, { ...A, issuer: 'UBND xã' })).toBe(false);
    // An item removed while its form was open is not brought back by the form either.
    expect(draft.set({ key: 'r2', fields: B }, null)).toBe(true);
    expect(draft.set({ key: 'r2', fields: B }, { ...B, name: 'Khác' })).toBe(false);
    expect(draft.changes()).toEqual([
      { row: 1, before: A, after: first },
      { row: 2, before: B, after: null },
    ]);
  });

  it('after a save, a conflict on an added item keeps only that item pending, not an edit of a row with the same fields', () => {
    const draft = new EvidenceDraft(LIST);
    const same = { ...C, issuer: 'UBND xã' };
    draft.set({ key: 'r4', fields: C }, same);
    draft.add(same);
    draft.saved(
      [
        { row: 1, fields: A },
        { row: 2, fields: B },
        { row: 4, fields: same },
      ],
      [{ row: null, before: null, after: same, current: same, reason: 'taken', at: 4 }],
    );
    expect(draft.changes()).toEqual([{ row: null, before: null, after: same }]);
  });

  it('after a save takes the list the sheet holds; only the changes that came back as conflicts stay pending', () => {
    const draft = new EvidenceDraft(LIST);
    const taken = item('H1.01', 'TC3.1', 'Trùng mã');
    const edited = { ...C, issuer: 'UBND xã' };
    const renamed = { ...B, name: 'Kế hoạch' };
    draft.add(taken);
    draft.add(item('H3.02', 'TC3.2'));
    draft.set({ key: 'r4', fields: C }, edited);
    draft.set({ key: 'r2', fields: B }, renamed);
    const conflicts: EvidenceConflict[] = [
      { row: null, before: null, after: taken, current: A, reason: 'taken', at: 1 },
      // Row 4's conflict was about another version of the edit: the edit sent now is not it.
      { row: 4, before: C, after: { ...C, issuer: 'Đảng ủy' }, current: C, reason: 'changed', at: 4 },
      { row: 2, before: B, after: renamed, current: item('H5.01', 'TC5'), reason: 'changed', at: 2 },
    ];
    const now: SidebarEvidence[] = [
      { row: 1, fields: A },
      { row: 2, fields: item('H5.01', 'TC5') },
      { row: 3, fields: item('H3.02', 'TC3.2') },
      { row: 4, fields: edited },
    ];
    draft.saved(now, conflicts);
    expect(draft.changes()).toEqual([
      { row: 2, before: item('H5.01', 'TC5'), after: renamed },
      { row: null, before: null, after: taken },
    ]);
    expect(draft.items().map((i) => i.key)).toEqual(['r1', 'r2', 'r3', 'r4', 'n0']);
  });
});

describe('evidenceConflictText', () => {
  const base = { current: null, at: 5 } as const;
  it.each<[string, EvidenceConflict, string]>([
    ['an edit another member changed', { ...base, row: 5, before: A, after: { ...A, name: 'Mới' }, reason: 'changed' }, 'Minh chứng H1.01 (dòng 8) vừa được người khác sửa; bấm "Tải lại" để xem.'],
    ['a removal, named by the row as loaded', { ...base, row: 5, before: B, after: null, reason: 'changed' }, 'Minh chứng H5.01 (dòng 8) vừa được người khác sửa; bấm "Tải lại" để xem.'],
    ['an item without a code', { ...base, row: 5, before: item('', 'TC1'), after: item(' ', 'TC1'), reason: 'changed' }, 'Minh chứng (dòng 8) vừa được người khác sửa; bấm "Tải lại" để xem.'],
    [
      'a taken code, at the row holding it',
      { ...base, row: null, before: null, after: item('H2.01', 'TC2'), reason: 'taken', at: 1 },
      'Minh chứng H2.01: mã này đã có ở dòng 4 của trang "Danh mục minh chứng"; hãy đặt mã khác.',
    ],
    [
      'a full list',
      { ...base, row: null, before: null, after: item('H9.01', 'TC2'), reason: 'full', at: null },
      'Minh chứng H9.01: trang "Danh mục minh chứng" đã hết dòng trống; hãy mở rộng danh mục rồi thêm lại.',
    ],
  ])('%s', (_, conflict, text) => {
    expect(evidenceConflictText(conflict)).toBe(text);
  });
});
