/**
 * The sidebar's pure parts in Node: how inputs become cells, which edits count as changes, how
 * server failures read, and that the inlined bundle cannot end its <script> early.
 */
import { EvidenceDraft, evidenceConflictText } from '../../src/client/evidence-draft';
import { describe, expect, it } from 'vitest';
import { escapeScript } from '../../scripts/build-sidebar';
import { Draft } from '../../src/client/draft';
import { cellFromNumberText, choiceOf, choicesFor, linkProblem, numberText, showCell } from '../../src/client/fields';
import { linkHref } from '../../src/core/workbook/evidence';
import { failureText } from '../../src/client/server';
import type { SidebarIndicator } from '../../src/core/sidebar/protocol';

function indicator(code: string, kind: SidebarIndicator['kind'], value: SidebarIndicator['fields']['value'], max?: number): SidebarIndicator {
  return {
    code,
    criterion: code.split('.')[0],
    name: code,
    kind,
    requirements: { MD1: '', MD2: '' },
    ...(max === undefined ? {} : { max }),
    fields: { value, evidence: '', description: '', owner: '' },
  };
}

describe('percent and points inputs', () => {
  it('reads the percent input as percent, vi-VN style, and stores a fraction', () => {
    expect(cellFromNumberText('percent', '62,5')).toBe(0.625);
    expect(cellFromNumberText('percent', '65,12')).toBe(0.6512); // no binary noise (0.6512000000000001)
    expect(cellFromNumberText('percent', '0,5')).toBe(0.005); // 0,5 % typed in a percent box
    expect(cellFromNumberText('percent', '80 %')).toBe(0.8);
    expect(cellFromNumberText('percent', '100')).toBe(1);
    expect(cellFromNumberText('percent', '')).toBe('');
  });

  it('keeps out-of-range or unreadable percents as text for the engine to name', () => {
    // 1.2 as a number would be read by the sheet as 1,2 %, so 120 stays "120%".
    expect(cellFromNumberText('percent', '120')).toBe('120%');
    expect(cellFromNumberText('percent', '-5')).toBe('-5%');
    expect(cellFromNumberText('percent', '120 %')).toBe('120%');
    expect(cellFromNumberText('percent', 'khoảng 70')).toBe('khoảng 70');
  });

  it('shows loaded percents in percent, whatever form the cell had', () => {
    expect(numberText('percent', 0.6512)).toBe('65,12');
    expect(numberText('percent', '54,83%')).toBe('54,83');
    expect(numberText('percent', 12.71)).toBe('12,71'); // a number above 1 is already percent
    expect(numberText('percent', '')).toBe('');
    expect(numberText('percent', 'chưa có')).toBe('chưa có');
    // Up to four decimals of a percent, as typed in the sheet (98,7654%), none lost in the input.
    expect(numberText('percent', 0.987654)).toBe('98,7654');
  });

  it('reads points with a decimal comma', () => {
    expect(cellFromNumberText('points', '17,5')).toBe(17.5);
    expect(cellFromNumberText('points', 'mười')).toBe('mười');
    expect(numberText('points', 6.5)).toBe('6,5');
  });
});

describe('dropdowns', () => {
  it('offers Đạt / Không đạt, and the levels up to the maximum', () => {
    expect(choicesFor(indicator('TC1.1', 'yesno', ''))?.map((c) => c.value)).toEqual(['', 'Đạt', 'Không đạt']);
    expect(choicesFor(indicator('TC4.4', 'level', '', 2))?.map((c) => c.value)).toEqual(['', 'Mức độ 1', 'Mức độ 2', 'Chưa đạt']);
    expect(choicesFor(indicator('TC5.1', 'percent', ''))).toBeNull();
    // A level indicator that states no maximum goes up to Mức độ 3 (the sheet reads it so too).
    expect(choicesFor(indicator('TC4.3', 'level', ''))?.map((c) => c.value)).toEqual(['', 'Mức độ 1', 'Mức độ 2', 'Mức độ 3', 'Chưa đạt']);
  });

  it('selects the choice a loaded cell stands for, or keeps an unreadable cell as it is', () => {
    expect(choiceOf(indicator('TC1.1', 'yesno', ''), 'x')).toBe('Đạt');
    expect(choiceOf(indicator('TC1.1', 'yesno', ''), false)).toBe('Không đạt');
    expect(choiceOf(indicator('TC4.3', 'level', '', 3), 3)).toBe('Mức độ 3');
    expect(choiceOf(indicator('TC4.3', 'level', '', 3), 'MĐ2')).toBe('Mức độ 2');
    expect(choiceOf(indicator('TC4.3', 'level', '', 3), 'chắc đạt')).toBe('chắc đạt');
    // Above the indicator's own maximum is no choice of its dropdown: shown as typed, for the engine to name.
    expect(choiceOf(indicator('TC4.4', 'level', '', 2), 3)).toBe('3');
  });
});

describe('evidence links', () => {
  it('accepts http(s) addresses, and a scheme-less one as https (never another scheme)', () => {
    expect(linkHref('https://drive.google.com/drive/folders/abc')).toBe('https://drive.google.com/drive/folders/abc');
    expect(linkHref('javascript:alert(1)')).toBeNull();
    expect(linkHref('drive.google.com/abc')).toBe('https://drive.google.com/abc');
    // A link must start with its scheme: an address further in does not make the whole a link.
    expect(linkHref('javascript:alert(1)//https://drive.google.com/abc')).toBeNull();
    expect(linkHref('xhttps://drive.google.com/abc')).toBeNull();
    expect(linkProblem('TC1.1', 'drive.google.com/a; https://b.vn/y')).toBeNull();
    expect(linkProblem('TC1.1', 'https://a.vn/x https://b.vn/y')).toBeNull();
    expect(linkProblem('TC1.1', 'https://a.vn/x; tủ hồ sơ')).toContain('Chỉ tiêu TC1.1: minh chứng "tủ hồ sơ" không phải là liên kết');
  });

  it('shows cells in conflicts as the user would recognise them', () => {
    const percent = indicator('TC5.1', 'percent', 0.6512);
    expect(showCell(percent, 'value', 0.85)).toBe('85%');
    expect(showCell(percent, 'description', '')).toBe('(để trống)');
    // Points as Vietnamese numbers: a decimal comma, dots between thousands.
    expect(showCell(indicator('TC2.1', 'points', 17.5), 'value', 17.5)).toBe('17,5');
    expect(showCell(indicator('TC2.1', 'points', 1234.5), 'value', 1234.5)).toBe('1.234,5');
  });
});

describe('draft', () => {
  const indicators = [indicator('TC4.3', 'level', 'Mức độ 2', 3), indicator('TC5.1', 'percent', 0.6512)];

  it('lists only real changes, in sheet order, with the loaded value as "before"', () => {
    const draft = new Draft(indicators);
    draft.set('TC5.1', 'value', 0.85);
    draft.set('TC4.3', 'description', 'biên bản');
    draft.set('TC4.3', 'value', 'Mức độ 3');
    draft.set('TC4.3', 'value', 'Mức độ 2'); // typed back: no change
    expect(draft.changes()).toEqual([
      { code: 'TC4.3', field: 'description', before: '', after: 'biên bản' },
      { code: 'TC5.1', field: 'value', before: 0.6512, after: 0.85 },
    ]);
    expect(draft.count).toBe(2);
  });

  it('makes saved values the new "before", keeping edits typed while saving', () => {
    const draft = new Draft(indicators);
    draft.set('TC5.1', 'value', 0.85);
    draft.set('TC4.3', 'value', 'Mức độ 3');
    expect(draft.saved('TC5.1', 'value', 0.85, 0.85)).toBe(true);
    expect(draft.saved('TC4.3', 'value', 'Mức độ 1', 'Mức độ 1')).toBe(false); // the user typed Mức độ 3 after sending Mức độ 1
    expect(draft.changes()).toEqual([{ code: 'TC4.3', field: 'value', before: 'Mức độ 1', after: 'Mức độ 3' }]);
  });

  it('drops an edit typed while saving that the sheet already holds', () => {
    const draft = new Draft(indicators);
    draft.set('TC5.1', 'value', 0.85);
    // Sent 85%; meanwhile the user typed 90%, which another member had just saved in the sheet.
    draft.set('TC5.1', 'value', 0.9);
    expect(draft.saved('TC5.1', 'value', 0.85, 0.9)).toBe(true);
    expect(draft.changes()).toEqual([]);
    expect(draft.count).toBe(0);
  });

  it('takes what the sheet stored, even when it differs from what was sent: the next save has no false conflict', () => {
    const draft = new Draft(indicators);
    draft.set('TC4.3', 'owner', '0912345678');
    // Suppose the sheet read the text as a number: that is what it holds, and what the next save compares with.
    expect(draft.saved('TC4.3', 'owner', '0912345678', 912345678)).toBe(true);
    expect(draft.changes()).toEqual([]);
    expect(draft.before('TC4.3', 'owner')).toBe(912345678);
    draft.set('TC4.3', 'owner', 'Hội Khuyến học');
    expect(draft.changes()).toEqual([{ code: 'TC4.3', field: 'owner', before: 912345678, after: 'Hội Khuyến học' }]);
  });

  it("takes the sheet's value and drops the edit", () => {
    const draft = new Draft(indicators);
    draft.set('TC4.3', 'value', 'Mức độ 3');
    draft.takeSheet('TC4.3', 'value', 'Mức độ 1');
    expect(draft.get('TC4.3', 'value')).toBe('Mức độ 1');
    expect(draft.changes()).toEqual([]);
  });
});

describe('server failures and the inlined bundle', () => {
  it('turns a failure into a phrase for a Vietnamese sentence', () => {
    expect(failureText(new Error('Exception: Không lấy được khóa tài liệu.'))).toBe('Không lấy được khóa tài liệu');
    expect(failureText({ message: 'ScriptError: Hết thời gian chờ' })).toBe('Hết thời gian chờ');
    expect(failureText(undefined)).toBe('lỗi không rõ nguyên nhân');
  });

  it('gives a readable Vietnamese phrase for any thrown value, never "[object Object]"', () => {
    const thrown: unknown[] = ['Hết hạn.', '', null, {}, { message: 42 }, { message: '  ' }, Object.create(null), JSON.parse('{"toString":0}'), 7];
    expect(thrown.map(failureText)).toEqual([
      'Hết hạn',
      'lỗi không rõ nguyên nhân',
      'lỗi không rõ nguyên nhân',
      'lỗi không rõ nguyên nhân',
      'lỗi không rõ nguyên nhân',
      'lỗi không rõ nguyên nhân',
      'lỗi không rõ nguyên nhân',
      'lỗi không rõ nguyên nhân',
      'lỗi không rõ nguyên nhân',
    ]);
  });

  it('escapes "</script" and "<!--" so the HTML parser cannot end the script early', () => {
    const escaped = escapeScript('const a = "</script><!-- x", b = /<\\/SCRIPT>/;');
    expect(escaped).not.toMatch(/<\/script/i);
    expect(escaped).not.toContain('<!--');
    expect(escaped).toBe('const a = "<\\/script><\\!-- x", b = /<\\/SCRIPT>/;');
  });
});

describe('evidence conflicts in words', () => {
  const fields = (code: string) => ({ code, name: '', reference: '', issuer: '', link: '', indicators: 'TC1.1' });
  it('names the item and the sheet row (the block row + the header row 3)', () => {
    expect(evidenceConflictText({ row: 1, before: fields('H1.01'), after: null, current: fields('H1.01'), reason: 'changed', at: 1 })).toBe(
      'Minh chứng H1.01 (dòng 4) vừa được người khác sửa; bấm "Tải lại" để xem.',
    );
    expect(evidenceConflictText({ row: null, before: null, after: fields(' h1.02 '), current: fields('H1.02'), reason: 'taken', at: 3 })).toBe(
      'Minh chứng h1.02: mã này đã có ở dòng 6 của trang "Danh mục minh chứng"; hãy đặt mã khác.',
    );
    expect(evidenceConflictText({ row: null, before: null, after: fields(''), current: null, reason: 'full', at: null })).toBe(
      'Minh chứng: trang "Danh mục minh chứng" đã hết dòng trống; hãy mở rộng danh mục rồi thêm lại.',
    );
  });
});

describe('the evidence list being edited', () => {
  it('counts an item edited back to what was loaded as no change', () => {
    const loaded = { code: 'H1.01', name: 'Nghị quyết', reference: '', issuer: 'Đảng ủy xã', link: '', indicators: 'TC1.1' };
    const draft = new EvidenceDraft([{ row: 1, fields: loaded }]);
    draft.set({ key: 'r1', fields: loaded }, { ...loaded, name: 'Nghị quyết số 12' });
    expect(draft.count).toBe(1);
    draft.set({ key: 'r1', fields: { ...loaded, name: 'Nghị quyết số 12' } }, { ...loaded });
    expect(draft.changes()).toEqual([]);
    expect(draft.count).toBe(0);
  });
});
