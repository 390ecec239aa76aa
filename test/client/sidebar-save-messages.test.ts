/// <reference lib="dom" />
/**
 * "Lưu" on the small hand-made commune (test/client/small-state.ts): every value sent with its
 * kind (text stays text, a percent goes as its fraction, a level as its words), the footer in each
 * step, every message a save can end with, the conflict panel and both ways out of it, and
 * "Tải lại" with unsaved edits. Expected texts are typed from what the user must read.
 */
import { describe, expect, it } from 'vitest';
import type { SaveResult } from '../../src/core/sidebar/protocol';
import { done, openLoaded, text, type Fakes, type Sidebar } from './browser';
import { messageFooter, pendingFooter } from './footer-outline';
import { outline } from './outline';
import { sharedBrowser } from './shared-browser';
import { smallState } from './small-state';

const browser = sharedBrowser();
const lines = (text: string) => text.replace(/^\n|\n$/g, '').split('\n');
const card = (code: string) => `.card[data-code="${code}"]`;
const input = (code: string, field = 'value') => `${card(code)} [data-field="${field}"]`;
const tab = (criterion: string) => `.tab[data-criterion="${criterion}"]`;
const pin = async (s: Sidebar, selector: string, expected: string[]) => expect(await outline(s.page, selector), selector).toEqual(expected);
const answer = (extra: Partial<SaveResult>): SaveResult => ({ saved: 0, conflicts: [], missing: [], held: [], evidenceConflicts: [], evidence: [], ...extra });
const open = (fakes: Omit<Fakes, 'getSidebarState'>) => openLoaded(browser(), { getSidebarState: { ok: smallState() }, ...fakes });

describe('"Lưu" on a small commune', () => {
  it('sends each edited cell once, as its kind, shows each step in the footer, then compares the next save with what the sheet holds', async () => {
    const s = await open({
      saveSidebarChanges: [
        {
          ok: answer({
            saved: 4,
            // The sheet's own reading: the phone number came back a number (as if typed without the apostrophe).
            held: [
              { code: 'TC1.1', field: 'value', value: 'Không đạt' },
              { code: 'TC1.2', field: 'owner', value: 912345678 },
              { code: 'TC2.1a', field: 'value', value: 0.625 },
              { code: 'TC2.1a', field: 'description', value: '1/2 số hộ' },
            ],
          }),
          delay: 3_000,
        },
        { ok: answer({ saved: 1, held: [{ code: 'TC1.2', field: 'owner', value: 'Hội Khuyến học' }] }) },
      ],
    });
    await s.page.selectOption(input('TC1.1'), 'Không đạt');
    await s.page.fill(input('TC1.2', 'owner'), '0912345678');
    await s.page.click(tab('TC2'));
    await s.page.fill(input('TC2.1a'), '62,5');
    await s.page.fill(input('TC2.1a', 'description'), '1/2 số hộ');
    await pin(s, 'footer', pendingFooter('4 thay đổi chưa lưu'));
    await s.page.click('#save');
    await pin(
      s,
      'footer',
      lines(`
footer
  div#status.status.info [aria-live=polite role=status]
    div.message Đang lưu…
  div.buttons
    button#save.action [disabled type=button] Lưu
    button#reload [disabled type=button] Tải lại
    span#unsaved.unsaved.pending 4 thay đổi chưa lưu
`),
    );
    await s.page.locator('#status.ok').waitFor();
    await pin(s, 'footer', messageFooter('ok', 'Đã lưu 4 thay đổi.', 'Không có thay đổi chưa lưu', true));
    expect((await s.calls())[1]).toEqual({
      name: 'saveSidebarChanges',
      args: [
        {
          changes: [
            { code: 'TC1.1', field: 'value', before: 'x', after: 'Không đạt' },
            { code: 'TC1.2', field: 'owner', before: '', after: '0912345678' },
            { code: 'TC2.1a', field: 'value', before: 0.45, after: 0.625 },
            { code: 'TC2.1a', field: 'description', before: '', after: '1/2 số hộ' },
          ],
          overwrite: false,
        },
      ],
    });
    expect(await s.page.inputValue(input('TC2.1a'))).toBe('62,5');
    await s.page.click(tab('TC1'));
    // The input shows what the sheet holds, and the next save's "before" is that value.
    expect(await s.page.inputValue(input('TC1.2', 'owner'))).toBe('912345678');
    await s.page.fill(input('TC1.2', 'owner'), 'Hội Khuyến học');
    await pin(s, 'footer', pendingFooter('1 thay đổi chưa lưu'));
    await s.page.click('#save');
    await expect.poll(async () => (await s.calls()).length).toBe(3);
    expect((await s.calls())[2].args).toEqual([{ changes: [{ code: 'TC1.2', field: 'owner', before: 912345678, after: 'Hội Khuyến học' }], overwrite: false }]);
    await done(s);
  });

  const evidenceItem = { code: 'H1.01', name: 'Nghị quyết', reference: '12/NQ-ĐU', issuer: 'Đảng ủy xã', link: 'https://drive.google.com/h101', indicators: 'TC1' };
  it.each<[string, Partial<SaveResult>, string, string, string]>([
    [
      'the sheet already held the value',
      { saved: 0, held: [{ code: 'TC1.1', field: 'value', value: 'Không đạt' }] },
      'ok',
      'Trang tính đã có sẵn các giá trị này; không cần ghi thêm.',
      'Không có thay đổi chưa lưu',
    ],
    [
      'rows gone from the sheet, each code named once',
      { saved: 0, missing: ['TC1.1', 'TC2.1a', 'TC1.1'] },
      'error',
      'Không tìm thấy chỉ tiêu TC1.1, TC2.1a trong trang tính (dòng đã bị xóa hoặc di chuyển) nên chưa lưu; hãy bấm "Tải lại".',
      '1 thay đổi chưa lưu',
    ],
    [
      'some saved, a conflict and a row gone',
      { saved: 2, conflicts: [{ code: 'TC1.1', field: 'value', before: 'x', current: '', after: 'Không đạt' }], missing: ['TC9.9'] },
      'error',
      'Đã lưu 2 thay đổi. 1 ô đã được người khác sửa nên chưa lưu: hãy chọn ở phía trên. Không tìm thấy chỉ tiêu TC9.9 trong trang tính (dòng đã bị xóa hoặc di chuyển) nên chưa lưu; hãy bấm "Tải lại".',
      '1 thay đổi chưa lưu',
    ],
    [
      'an evidence row another member changed',
      {
        saved: 1,
        held: [{ code: 'TC1.1', field: 'value', value: 'Không đạt' }],
        evidenceConflicts: [{ row: 1, before: evidenceItem, after: null, current: { ...evidenceItem, name: 'Nghị quyết số 12' }, reason: 'changed', at: 1 }],
      },
      'error',
      'Đã lưu 1 thay đổi. Minh chứng H1.01 (dòng 4) vừa được người khác sửa; bấm "Tải lại" để xem.',
      'Không có thay đổi chưa lưu',
    ],
  ])('ends with what happened: %s', async (_, result, tone, message, unsaved) => {
    const s = await open({ saveSidebarChanges: { ok: answer(result) } });
    await s.page.selectOption(input('TC1.1'), 'Không đạt');
    await s.page.click('#save');
    await s.page.locator('#status.ok, #status.error').waitFor();
    await pin(s, 'footer', messageFooter(tone, message, unsaved, unsaved === 'Không có thay đổi chưa lưu'));
    await done(s);
  });
});

describe('a save conflict', () => {
  const conflicts: SaveResult['conflicts'] = [
    { code: 'TC2.1a', field: 'value', before: 0.45, current: 0.5, after: 0.625 },
    { code: 'TC2.1a', field: 'owner', before: 'Công chức văn hóa', current: '', after: 'Hội Khuyến học' },
  ];
  const panel = lines(`
div#conflicts.conflicts [role=alert]
  strong 2 ô đã được người khác sửa trong trang tính
  p Các ô này đã thay đổi kể từ khi thanh bên tải dữ liệu nên chưa được lưu. Hãy chọn giữ giá trị nào:
  ul
    li [data-code=TC2.1a data-field=value]
      div.conflict-where TC2.1a · Kết quả tự đánh giá
      div
        | Bạn nhập:
        span.mine 62,5%
      div
        | Trang tính hiện có:
        span.theirs 50%
    li [data-code=TC2.1a data-field=owner]
      div.conflict-where TC2.1a · Phụ trách
      div
        | Bạn nhập:
        span.mine Hội Khuyến học
      div
        | Trang tính hiện có:
        span.theirs (để trống)
  div.buttons
    button#keep-mine.action [type=button] Giữ giá trị của tôi
    button#take-sheet [type=button] Dùng giá trị trong trang tính
`);

  async function intoConflict(): Promise<Sidebar> {
    const s = await open({
      saveSidebarChanges: [
        { ok: answer({ conflicts }) },
        {
          ok: answer({
            saved: 2,
            held: [
              { code: 'TC2.1a', field: 'value', value: 0.625 },
              { code: 'TC2.1a', field: 'owner', value: 'Hội Khuyến học' },
            ],
          }),
        },
      ],
    });
    await s.page.click(tab('TC2'));
    await s.page.fill(input('TC2.1a'), '62,5');
    await s.page.fill(input('TC2.1a', 'owner'), 'Hội Khuyến học');
    await s.page.click('#save');
    await s.page.locator('#conflicts li').first().waitFor();
    await pin(s, '#conflicts', panel);
    await pin(s, 'footer', messageFooter('error', '2 ô đã được người khác sửa nên chưa lưu: hãy chọn ở phía trên.', '2 thay đổi chưa lưu', false));
    return s;
  }

  it('lists each cell as the user knows it; "Dùng giá trị trong trang tính" takes the sheet\'s values, with no server call', async () => {
    const s = await intoConflict();
    await s.page.click('#take-sheet');
    await pin(s, '#conflicts', lines('div#conflicts.conflicts [hidden role=alert]'));
    await pin(s, 'footer', messageFooter('ok', 'Đã dùng giá trị trong trang tính cho 2 ô.', 'Không có thay đổi chưa lưu', true));
    expect(await s.page.inputValue(input('TC2.1a'))).toBe('50');
    expect(await s.page.inputValue(input('TC2.1a', 'owner'))).toBe('');
    // 50 % meets Mức độ 2's 50 % of a difficult area.
    expect(await text(s, '#score')).toBe('Chỉ tiêu đạt: Mức độ 1 3/3 · Mức độ 2 3/3');
    expect(await s.calls()).toHaveLength(2);
    await done(s);
  });

  it('"Giữ giá trị của tôi" sends those cells again, overwriting, and no evidence edit with them', async () => {
    const s = await intoConflict();
    await s.page.click(`${card('TC2.1a')} .remove-evidence`);
    await s.page.click('#keep-mine');
    await s.page.locator('#status.ok').waitFor();
    expect((await s.calls())[2].args).toEqual([
      {
        changes: [
          { code: 'TC2.1a', field: 'value', before: 0.45, after: 0.625 },
          { code: 'TC2.1a', field: 'owner', before: 'Công chức văn hóa', after: 'Hội Khuyến học' },
        ],
        overwrite: true,
      },
    ]);
    await pin(s, '#conflicts', lines('div#conflicts.conflicts [hidden role=alert]'));
    await pin(s, 'footer', messageFooter('ok', 'Đã lưu 2 thay đổi.', '1 thay đổi chưa lưu', false));
    // An evidence edit after a save clears its message, as typing does.
    await s.page.click(tab('TC1'));
    await s.page.click(`${card('TC1.1')} .remove-evidence`);
    await pin(s, 'footer', pendingFooter('2 thay đổi chưa lưu'));
    await done(s);
  });

  it('"Giữ giá trị của tôi" after typing the values back sends nothing and says so', async () => {
    const s = await intoConflict();
    await s.page.fill(input('TC2.1a'), '45');
    await s.page.fill(input('TC2.1a', 'owner'), 'Công chức văn hóa');
    await s.page.click('#keep-mine');
    await pin(s, 'footer', messageFooter('info', 'Không có thay đổi nào để lưu.', 'Không có thay đổi chưa lưu', true));
    expect(await s.calls()).toHaveLength(2);
    await done(s);
  });
});

describe('"Tải lại" with unsaved edits', () => {
  it('asks first, naming how many edits it drops; "Hủy" keeps them', async () => {
    const s = await open({});
    await s.page.selectOption(input('TC1.1'), 'Không đạt');
    await s.page.fill(input('TC1.1', 'owner'), 'UBND xã');
    await s.page.click('#reload');
    await pin(
      s,
      '#status',
      lines(`
div#status.status.error [aria-live=polite role=status]
  div.message Tải lại sẽ bỏ 2 thay đổi chưa lưu.
  div.buttons
    button#confirm-reload [type=button] Bỏ thay đổi và tải lại
    button [type=button] Hủy
`),
    );
    await s.page.click('#status button:text("Hủy")');
    await pin(s, '#status', lines('div#status.status.info [aria-live=polite role=status]'));
    expect(await text(s, '#unsaved')).toBe('2 thay đổi chưa lưu');
    expect(await s.calls()).toHaveLength(1);
    await done(s);
  });
});
